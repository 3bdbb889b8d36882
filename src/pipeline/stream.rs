//! Many files through the pipeline at once, with results handed on in input order as they
//! are ready: the walk runs on its own thread while files are extracted in parallel
//! batches, so the first result comes out within milliseconds and memory holds at most a
//! few batches, whatever the number of files.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, sync_channel};

use rayon::prelude::*;

use super::{Outcome, extract_file};
use crate::article::walk::{Found, each_article_file};
use crate::corrections::Corrections;
use crate::gazetteer::Gazetteer;

/// The largest batch extracted at once. Batches start small (the first result is out at
/// once) and double up to this, which keeps both cores busy between two emits.
const LARGEST_BATCH: usize = 512;
const FIRST_BATCH: usize = 8;

/// One piece of work, in input order: a file to read, or a problem met while walking.
enum Work {
    File(PathBuf),
    /// Boxed: a problem is rare and an outcome is large.
    Problem(Box<Outcome>),
}

/// Reads and extracts every file under `paths` (folders walked in path order), `each`
/// turning an outcome into what the caller keeps, in parallel; `emit` gets the results
/// in input order, batch by batch, while later files are still being read, and returns
/// whether to go on (false: the reader has gone; the walk and the reading stop). `found`
/// is told how many inputs the walk has found so far (for a progress bar), and at its end.
pub fn stream_paths<T: Send>(
    paths: &[PathBuf],
    gazetteer: &Gazetteer,
    corrections: &Corrections,
    each: impl Fn(Outcome) -> T + Sync + Send,
    found: impl Fn(usize) + Send,
    mut emit: impl FnMut(T) -> bool,
) {
    let (sender, receiver) = sync_channel::<Work>(LARGEST_BATCH * 4);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut count = 0;
            let mut send = |work: Work| {
                count += 1;
                if count % 256 == 0 {
                    found(count);
                }
                // The receiver stops only when the caller is done with us.
                sender.send(work).is_ok()
            };
            for path in paths {
                if path.is_dir() {
                    let mut open = true;
                    each_article_file(path, &mut |item| {
                        if open {
                            open = send(match item {
                                Found::File(file) => Work::File(file),
                                Found::Problem(problem) => Work::Problem(Box::new(Outcome {
                                    path: problem.path,
                                    result: Err(problem.error),
                                })),
                            });
                        }
                    });
                    if !open {
                        return;
                    }
                } else if !send(Work::File(path.clone())) {
                    return;
                }
            }
            found(count);
        });
        let mut size = FIRST_BATCH;
        while let Some(batch) = next_batch(&receiver, size) {
            let results: Vec<Vec<T>> = batch
                .into_par_iter()
                .map(|work| match work {
                    Work::Problem(outcome) => vec![each(*outcome)],
                    Work::File(file) => extract_file(&file, gazetteer, corrections)
                        .into_iter()
                        .map(&each)
                        .collect(),
                })
                .collect();
            if !results.into_iter().flatten().all(&mut emit) {
                break; // Dropping the receiver stops the walk.
            }
            size = (size * 2).min(LARGEST_BATCH);
        }
        drop(receiver);
    });
}

/// Up to `size` pieces of work: waits for the first, then takes what has arrived (and
/// waits for more only while the walk is still producing). `None` once the walk is over.
fn next_batch(receiver: &Receiver<Work>, size: usize) -> Option<Vec<Work>> {
    let first = receiver.recv().ok()?;
    let mut batch = Vec::with_capacity(size);
    batch.push(first);
    while batch.len() < size {
        match receiver.recv() {
            Ok(work) => batch.push(work),
            Err(_) => break,
        }
    }
    Some(batch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_path_order_and_a_reader_that_leaves_stops_the_work() {
        let dir = tempfile::tempdir().unwrap();
        let names: Vec<String> = (0..300).map(|i| format!("{i:04}.txt")).collect();
        for (i, name) in names.iter().enumerate() {
            let text = if i == 7 {
                String::new()
            } else {
                format!("Talks in Erbil, {i}.")
            };
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let gazetteer = Gazetteer::embedded().unwrap();
        let corrections = Corrections::new();
        let paths = vec![dir.path().to_path_buf()];
        let mut seen = Vec::new();
        let found = std::sync::atomic::AtomicUsize::new(0);
        stream_paths(
            &paths,
            gazetteer,
            &corrections,
            |outcome| outcome.path,
            |n| found.store(n, std::sync::atomic::Ordering::Relaxed),
            |path| {
                seen.push(path);
                true
            },
        );
        let expected: Vec<String> = names
            .iter()
            .map(|n| dir.path().join(n).display().to_string())
            .collect();
        assert_eq!(seen, expected, "every file once, in path order");
        assert_eq!(found.load(std::sync::atomic::Ordering::Relaxed), 300);
        // A reader that wants only the first result gets only that.
        let mut taken = 0;
        stream_paths(
            &paths,
            gazetteer,
            &corrections,
            |o| o,
            |_| {},
            |_| {
                taken += 1;
                false
            },
        );
        assert_eq!(taken, 1);
    }
}
