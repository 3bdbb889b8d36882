//! Opening inputs safely: only regular files are read, and never more than a limit.
//!
//! A path may name a FIFO (reading it blocks until someone writes), a device (`/dev/zero`
//! never ends; `/dev/console` may block), a socket or a directory. The file is opened
//! without blocking, its type is checked on the open handle (so a file swapped after the
//! check cannot slip through), and the bytes are read through `take(limit + 1)`: the size
//! the metadata reports is never trusted (it is 0 for `/dev/zero`).

use std::fs::{File, FileType, OpenOptions};
use std::io::Read;
use std::path::Path;

use super::read::InputError;

/// What a file that is not a regular file is, in words for an error message.
pub fn kind_of(file_type: FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
    }
    if file_type.is_dir() {
        "a directory"
    } else if file_type.is_symlink() {
        "a symbolic link"
    } else {
        "not a regular file"
    }
}

/// Opens `path` for reading if, after following links, it is a regular file.
pub fn open_regular(path: &Path) -> Result<File, InputError> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A FIFO opened without O_NONBLOCK waits for a writer: never wait.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => InputError::NotFound,
        _ if is_link_loop(&e) => InputError::LinkLoop,
        _ => InputError::Io(e),
    })?;
    let file_type = file.metadata()?.file_type();
    if !file_type.is_file() {
        return Err(InputError::NotRegular(kind_of(file_type)));
    }
    Ok(file)
}

/// Whether an error says a chain of symbolic links loops ("Too many levels of symbolic
/// links").
pub fn is_link_loop(error: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = error;
        false
    }
}

/// Reads a whole regular file of at most `limit` bytes.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, InputError> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(InputError::TooLarge {
            limit_mb: limit / (1024 * 1024),
        });
    }
    Ok(bytes)
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn devices_and_fifos_are_refused_without_blocking() {
        assert!(matches!(
            read_bounded(Path::new("/dev/zero"), 1024),
            Err(InputError::NotRegular("a character device"))
        ));
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        // mkfifo through the shell keeps the crate free of unsafe code.
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        assert!(matches!(
            read_bounded(&fifo, 1024),
            Err(InputError::NotRegular("a FIFO (named pipe)"))
        ));
    }

    #[test]
    fn a_file_over_the_limit_is_too_large() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, vec![b'a'; 2048]).unwrap();
        assert!(matches!(
            read_bounded(&path, 1024),
            Err(InputError::TooLarge { .. })
        ));
        assert_eq!(read_bounded(&path, 4096).unwrap().len(), 2048);
    }
}
