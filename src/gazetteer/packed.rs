//! A sorted, packed name index, built at compile time by `build.rs` (which includes this
//! file) and read at start-up without hashing or folding a single name.
//!
//! Why: folding and hashing the gazetteer's ~370,000 names took about half a second per
//! process; the CLI must start in well under 150 ms.
//!
//! Layout (all integers little-endian u32): `MAGIC`, places, keys, refs, longest name in
//! tokens, buckets, then `keys` key end offsets, `keys` ref end offsets, `refs` refs,
//! `buckets + 1` bucket starts, then the concatenated UTF-8 key bytes. Keys are unique and
//! grouped by hash bucket (FNV-1a), so a lookup hashes once and compares one or two keys.

/// Format tag; bump when the layout changes.
pub const MAGIC: u32 = 0x494d_4e32;

use std::borrow::Cow;

/// FNV-1a, 32 bits: the same in `build.rs` and at run time, unlike std's hashers.
fn hash(key: &[u8]) -> u32 {
    key.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// A name index over sorted keys, borrowing the bytes it was decoded from.
#[derive(Debug, Default)]
pub struct Packed<'a> {
    pub places: u32,
    pub longest_name_tokens: u32,
    key_ends: Cow<'a, [u32]>,
    ref_ends: Cow<'a, [u32]>,
    refs: Cow<'a, [u32]>,
    bucket_starts: Cow<'a, [u32]>,
    keys: &'a [u8],
}

/// Encodes `(key, ref)` pairs (any order, duplicates allowed) into the packed layout.
#[cfg_attr(not(test), allow(dead_code))] // used by build.rs, which includes this file
pub fn encode(mut entries: Vec<(String, u32)>, places: u32, longest_name_tokens: u32) -> Vec<u8> {
    entries.sort();
    entries.dedup();
    let distinct = entries.windows(2).filter(|w| w[0].0 != w[1].0).count() + 1;
    let buckets = distinct.next_power_of_two().max(1) as u32;
    // Group by bucket, keeping each key's refs together and in order.
    entries.sort_by(|a, b| {
        (hash(a.0.as_bytes()) & (buckets - 1), &a.0, a.1).cmp(&(
            hash(b.0.as_bytes()) & (buckets - 1),
            &b.0,
            b.1,
        ))
    });
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
    let mut bucket_starts = vec![0u32; buckets as usize + 1];
    let mut start = 0usize;
    for (i, end) in key_ends.iter().enumerate() {
        let key = &keys[start..*end as usize];
        bucket_starts[(hash(key) & (buckets - 1)) as usize + 1] = i as u32 + 1;
        start = *end as usize;
    }
    for b in 1..bucket_starts.len() {
        bucket_starts[b] = bucket_starts[b].max(bucket_starts[b - 1]);
    }
    let mut out = Vec::new();
    let header = [
        MAGIC,
        places,
        key_ends.len() as u32,
        refs.len() as u32,
        longest_name_tokens,
        buckets,
    ];
    for word in header
        .iter()
        .chain(&key_ends)
        .chain(&ref_ends)
        .chain(&refs)
        .chain(&bucket_starts)
    {
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.extend_from_slice(&keys);
    out
}

/// A run of little-endian words: borrowed from `'static` data when it is aligned (the
/// embedded index is, see [`Aligned`]) and the machine is little-endian, copied otherwise.
fn words<'a>(bytes: &'a [u8], count: usize, at: &mut usize) -> Result<&'a [u8], String> {
    let end = count
        .checked_mul(4)
        .and_then(|n| n.checked_add(*at))
        .ok_or("packed index is truncated")?;
    let slice = bytes.get(*at..end).ok_or("packed index is truncated")?;
    *at = end;
    Ok(slice)
}

fn to_words<'a>(slice: &'a [u8]) -> Cow<'a, [u32]> {
    match bytemuck::try_cast_slice::<u8, u32>(slice) {
        Ok(words) if cfg!(target_endian = "little") => Cow::Borrowed(words),
        _ => Cow::Owned(
            slice
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        ),
    }
}

/// Bytes aligned for reading as `u32` words in place: wrap `include_bytes!` in it so
/// start-up reads the embedded index without copying it.
#[repr(C, align(4))]
pub struct Aligned<Bytes: ?Sized>(pub Bytes);

/// Reads the packed layout; checks its shape so lookups cannot go out of bounds. The
/// result borrows `bytes` where it can (no copy of the embedded index at start-up).
pub fn decode(bytes: &[u8]) -> Result<Packed<'_>, String> {
    let mut at = 0;
    let header = to_words(words(bytes, 6, &mut at)?);
    if header[0] != MAGIC {
        return Err("packed index has the wrong format tag".to_owned());
    }
    let (keys_count, refs_count) = (header[2] as usize, header[3] as usize);
    let key_ends = to_words(words(bytes, keys_count, &mut at)?);
    let ref_ends = to_words(words(bytes, keys_count, &mut at)?);
    let refs = to_words(words(bytes, refs_count, &mut at)?);
    let buckets = header[5] as usize;
    if !buckets.is_power_of_two() && keys_count > 0 {
        return Err("packed index has a bad bucket count".to_owned());
    }
    let bucket_starts = to_words(words(bytes, buckets + 1, &mut at)?);
    let keys = &bytes[at..];
    let ordered = |ends: &[u32], total: usize| {
        ends.windows(2).all(|w| w[0] <= w[1]) && ends.last().is_none_or(|&l| l as usize == total)
    };
    if !ordered(&key_ends, keys.len())
        || !ordered(&ref_ends, refs.len())
        || !ordered(&bucket_starts, keys_count)
    {
        return Err("packed index offsets are inconsistent".to_owned());
    }
    Ok(Packed {
        places: header[1],
        longest_name_tokens: header[4],
        key_ends,
        ref_ends,
        refs,
        bucket_starts,
        keys,
    })
}

impl Packed<'_> {
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
        let buckets = self.bucket_starts.len().saturating_sub(1);
        if buckets == 0 {
            return &[];
        }
        let bucket = (hash(key.as_bytes()) as usize) & (buckets - 1);
        for i in self.bucket_starts[bucket] as usize..self.bucket_starts[bucket + 1] as usize {
            if self.key(i) == key.as_bytes() {
                let start = if i == 0 {
                    0
                } else {
                    self.ref_ends[i - 1] as usize
                };
                return &self.refs[start..self.ref_ends[i] as usize];
            }
        }
        &[]
    }

    /// Every key with its refs (in bucket order).
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
        let bytes = encode(entries, 10, 2);
        let packed = decode(&bytes).unwrap();
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
