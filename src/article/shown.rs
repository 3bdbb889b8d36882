//! How a path is written in output and messages: without loss and on one line.
//!
//! Two different file names must never print the same, and a name must never split a
//! message line. Valid UTF-8 is kept as it is; bytes that are not UTF-8 are written
//! `\xHH` (as ripgrep does) and control characters `\n`, `\t`, `\r` or `\xHH`, so the
//! name can be told apart and found again.

use std::fmt::Write;
use std::path::Path;

/// The path as printed.
pub fn shown(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                escape_controls(valid, &mut out);
                break;
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                // `valid` is UTF-8 by construction.
                escape_controls(std::str::from_utf8(valid).unwrap_or_default(), &mut out);
                let bad = error.error_len().unwrap_or(after.len()).max(1);
                for byte in &after[..bad] {
                    let _ = write!(out, "\\x{byte:02X}");
                }
                rest = &after[bad..];
            }
        }
    }
    out
}

fn escape_controls(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\x{:02X}", c as u32);
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_are_kept() {
        assert_eq!(
            shown(Path::new("data/Erbil – 2023.txt")),
            "data/Erbil – 2023.txt"
        );
    }

    #[test]
    fn newlines_and_controls_are_escaped() {
        assert_eq!(shown(Path::new("a\nb\tc.txt")), "a\\nb\\tc.txt");
    }

    #[cfg(unix)]
    #[test]
    fn different_non_utf8_names_print_differently() {
        use std::os::unix::ffi::OsStrExt;
        let a = shown(Path::new(std::ffi::OsStr::from_bytes(b"\xFF\xFE.txt")));
        let b = shown(Path::new(std::ffi::OsStr::from_bytes(b"\xFE\xFF.txt")));
        assert_eq!(a, "\\xFF\\xFE.txt");
        assert_ne!(a, b);
    }
}
