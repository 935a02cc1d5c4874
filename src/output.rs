//! Writing what the commands make: annotation lines to standard output,
//! messages about inputs that gave nothing, and annotation files read back.

use anyhow::Result;
use khabar::input::InputError;
use khabar::DocAnnotation;
use std::io::{self, Write};
use std::path::Path;

/// Writes whole lines, about a megabyte at a time, with vectored writes
/// straight from the lines the workers made: the output is 2.4 times the
/// input, and a buffered writer would copy all of it once more before the
/// kernel copies it again.
pub(crate) struct LineBatches<W: Write> {
    out: W,
    pending: Vec<Vec<u8>>,
    pending_bytes: usize,
}

impl<W: Write> LineBatches<W> {
    const BATCH_BYTES: usize = 1 << 20;

    pub(crate) fn new(out: W) -> LineBatches<W> {
        LineBatches { out, pending: Vec::new(), pending_bytes: 0 }
    }

    /// Queues one line (with its newline), writing the queue once it holds
    /// a megabyte.
    pub(crate) fn push(&mut self, line: Vec<u8>) -> io::Result<()> {
        self.pending_bytes += line.len();
        self.pending.push(line);
        if self.pending_bytes >= Self::BATCH_BYTES {
            self.write_pending()?;
        }
        Ok(())
    }

    fn write_pending(&mut self) -> io::Result<()> {
        let mut slices: Vec<io::IoSlice<'_>> = self.pending.iter().map(|l| io::IoSlice::new(l)).collect();
        let mut rest = &mut slices[..];
        while !rest.is_empty() {
            match self.out.write_vectored(rest) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => io::IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.pending.clear();
        self.pending_bytes = 0;
        Ok(())
    }

    /// Writes what is queued and flushes.
    pub(crate) fn flush(&mut self) -> io::Result<()> {
        self.write_pending()?;
        self.out.flush()
    }
}

/// Tells the user about an input that gave no annotation; returns 1 when
/// it counts as a failure. A binary file is skipped with a warning: it was
/// never a document.
pub(crate) fn report_input_error(e: &InputError) -> usize {
    match e {
        InputError::Binary { .. } => {
            warn(e);
            0
        }
        _ => {
            eprintln!("khabar: error: {e}");
            1
        }
    }
}

/// All the annotations of a file (as `khabar report` reads a shard), or
/// the first line that is not one.
pub(crate) fn read_jsonl(path: &Path) -> Result<Vec<DocAnnotation>> {
    let mut annotations = Vec::new();
    let mut first_error = None;
    crate::shards::read_shard(path, |line| match line {
        Ok(a) => annotations.push(a),
        Err(e) => {
            first_error.get_or_insert(e);
        }
    })?;
    match first_error {
        Some(e) => Err(e.into()),
        None => Ok(annotations),
    }
}

/// Set by `--quiet`: warnings are not printed.
pub(crate) static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Prints a warning unless `--quiet` was given.
pub(crate) fn warn(message: impl std::fmt::Display) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        eprintln!("khabar: warning: {message}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that takes at most a few bytes per call, as a pipe may.
    struct Trickle(Vec<u8>);

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let n = buf.len().min(7);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn lines_come_out_whole_and_in_order_however_the_writer_takes_them() {
        let mut out = LineBatches::new(Trickle(Vec::new()));
        let lines: Vec<Vec<u8>> =
            (0..3000).map(|k| format!("{{\"doc\":\"{k}\",\"text\":\"{}\"}}\n", "ق".repeat(k % 700)).into_bytes()).collect();
        for line in &lines {
            out.push(line.clone()).unwrap();
        }
        out.flush().unwrap();
        assert_eq!(out.out.0, lines.concat());
    }
}
