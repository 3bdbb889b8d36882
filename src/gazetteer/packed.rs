//! A sorted, packed name index, built at compile time by `build.rs` (which includes this
//! file) and read at start-up without hashing or folding a single name.
//!
//! Why: folding and hashing the gazetteer's ~370,000 names took about half a second per
//! process; the CLI must start in well under 150 ms.
//!
//! Layout (all integers little-endian u32): `MAGIC`, places, keys, refs, longest name in
//! tokens, then `keys` key end offsets, `keys` ref end offsets, `refs` refs, then the
//! concatenated UTF-8 key bytes. Keys are sorted byte-wise and unique.

/// Format tag; bump when the layout changes.
pub const MAGIC: u32 = 0x494d_4e31;

/// A name index over sorted keys.
#[derive(Debug, Default)]
pub struct Packed {
    pub places: u32,
    pub longest_name_tokens: u32,
    key_ends: Vec<u32>,
    ref_ends: Vec<u32>,
    refs: Vec<u32>,
    keys: Vec<u8>,
}

/// Encodes `(key, ref)` pairs (any order, duplicates allowed) into the packed layout.
#[cfg_attr(not(test), allow(dead_code))] // used by build.rs, which includes this file
pub fn encode(mut entries: Vec<(String, u32)>, places: u32, longest_name_tokens: u32) -> Vec<u8> {
    entries.sort();
    entries.dedup();
    let mut key_ends = Vec::new();
    let mut ref_ends = Vec::new();
    let mut refs = Vec::new();
    let mut keys = Vec::new();
    for (i, (key, value)) in entries.iter().enumerate() {
        if i == 0 || entries[i - 1].0 != *key {
            if i > 0 {
                ref_ends.push(refs.len() as u32);
            }
            keys.extend_from_slice(key.as_bytes());
            key_ends.push(keys.len() as u32);
        }
        refs.push(*value);
    }
    if !entries.is_empty() {
        ref_ends.push(refs.len() as u32);
    }
    let mut out = Vec::new();
    for word in [
        MAGIC,
        places,
        key_ends.len() as u32,
        refs.len() as u32,
        longest_name_tokens,
    ] {
        out.extend_from_slice(&word.to_le_bytes());
    }
    for word in key_ends.iter().chain(&ref_ends).chain(&refs) {
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.extend_from_slice(&keys);
    out
}

fn words(bytes: &[u8], count: usize, at: &mut usize) -> Result<Vec<u32>, String> {
    let end = *at + count * 4;
    let slice = bytes.get(*at..end).ok_or("packed index is truncated")?;
    *at = end;
    Ok(slice
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect())
}

/// Reads the packed layout; checks its shape so lookups cannot go out of bounds.
pub fn decode(bytes: &[u8]) -> Result<Packed, String> {
    let mut at = 0;
    let header = words(bytes, 5, &mut at)?;
    if header[0] != MAGIC {
        return Err("packed index has the wrong format tag".to_owned());
    }
    let (keys_count, refs_count) = (header[2] as usize, header[3] as usize);
    let key_ends = words(bytes, keys_count, &mut at)?;
    let ref_ends = words(bytes, keys_count, &mut at)?;
    let refs = words(bytes, refs_count, &mut at)?;
    let keys = bytes[at..].to_vec();
    let ordered = |ends: &[u32], total: usize| {
        ends.windows(2).all(|w| w[0] <= w[1]) && ends.last().is_none_or(|&l| l as usize == total)
    };
    if !ordered(&key_ends, keys.len()) || !ordered(&ref_ends, refs.len()) {
        return Err("packed index offsets are inconsistent".to_owned());
    }
    Ok(Packed {
        places: header[1],
        longest_name_tokens: header[4],
        key_ends,
        ref_ends,
        refs,
        keys,
    })
}

impl Packed {
    fn key(&self, i: usize) -> &[u8] {
        let start = if i == 0 {
            0
        } else {
            self.key_ends[i - 1] as usize
        };
        &self.keys[start..self.key_ends[i] as usize]
    }

    /// The refs stored under `key`; empty when it is not there.
    pub fn get(&self, key: &str) -> &[u32] {
        let (mut lo, mut hi) = (0, self.key_ends.len());
        let key = key.as_bytes();
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key(mid).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let start = if mid == 0 {
                        0
                    } else {
                        self.ref_ends[mid - 1] as usize
                    };
                    return &self.refs[start..self.ref_ends[mid] as usize];
                }
            }
        }
        &[]
    }

    /// Every key with its refs, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u32])> {
        (0..self.key_ends.len()).map(move |i| {
            let start = if i == 0 {
                0
            } else {
                self.ref_ends[i - 1] as usize
            };
            (
                std::str::from_utf8(self.key(i)).unwrap_or(""),
                &self.refs[start..self.ref_ends[i] as usize],
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{decode, encode};

    #[test]
    fn keys_round_trip_with_all_their_refs() {
        let entries = vec![
            ("erbil".into(), 3),
            ("baghdad".into(), 1),
            ("erbil".into(), 7),
            ("erbil".into(), 3),
        ];
        let packed = decode(&encode(entries, 10, 2)).unwrap();
        assert_eq!(packed.get("erbil"), &[3, 7]);
        assert_eq!(packed.get("baghdad"), &[1]);
        assert!(packed.get("mosul").is_empty());
        assert_eq!((packed.places, packed.longest_name_tokens), (10, 2));
    }

    #[test]
    fn truncated_data_is_an_error_not_a_panic() {
        let bytes = encode(vec![("erbil".into(), 3)], 10, 1);
        assert!(decode(&bytes[..bytes.len() / 2]).is_err() || decode(&bytes[..10]).is_err());
        assert!(decode(&[1, 2, 3]).is_err());
    }
}
