//! Streaming documents through the pipeline: a reader thread reads and
//! decodes batches, the thread pool annotates each document of a batch in
//! parallel, and the caller's sink receives the results in input order. At
//! most a few batches are in memory at once, however large the corpus.

use anyhow::Result;
use khabar::input::{
    decode, expand_paths, for_each_line, parse_json_bytes, read_limited, Document, InputError, Line, DEFAULT_MAX_DOC_BYTES,
};
use rayon::prelude::*;
use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::sync::Arc;

/// Documents handed to the thread pool at once: enough to keep every core
/// busy, small enough that memory stays flat however large the corpus and
/// that the memory of one batch is reused by the next while still warm.
const BATCH_BYTES: usize = 2 << 20;
const BATCH_DOCS: usize = 4096;

/// What to read.
#[derive(Clone, Debug, Default)]
pub(crate) struct Inputs {
    /// Files, or folders searched for `*.txt`; `-` is standard input.
    /// Standard input alone when empty.
    pub(crate) paths: Vec<PathBuf>,
    /// Standard input holds `{"doc", "text"}` JSON lines.
    pub(crate) jsonl: bool,
    /// Invalid UTF-8 becomes U+FFFD instead of an error.
    pub(crate) lossy: bool,
    /// What messages call standard input (`<stdin>` when none).
    pub(crate) stdin_name: Option<String>,
    /// The longest document, or `--jsonl` line, read (0: the default,
    /// [`DEFAULT_MAX_DOC_BYTES`]).
    pub(crate) max_doc_bytes: u64,
    /// Follow links inside folders wherever they lead.
    pub(crate) follow: bool,
    /// Where the reader tells the bytes of the files it found, before it
    /// reads the first (for a progress line's share done and time left).
    pub(crate) text_bytes: Option<Arc<AtomicU64>>,
}

impl Inputs {
    /// The size limit in force.
    fn limit(&self) -> u64 {
        if self.max_doc_bytes == 0 {
            DEFAULT_MAX_DOC_BYTES
        } else {
            self.max_doc_bytes
        }
    }
}

/// One input, decoded: a document or what stands in its place.
pub(crate) type Item = Result<Document, InputError>;

/// Decodes a whole text (a file, or standard input), telling the user of a
/// lossy decoding.
fn decoded(name: String, bytes: Vec<u8>, lossy: bool) -> Item {
    let (text, warning) = decode(&name, bytes, lossy)?;
    if let Some(w) = warning {
        crate::output::warn(w);
    }
    Ok(Document { name, text, given: Default::default() })
}

/// Collects items into batches of about [`BATCH_BYTES`] and sends them on.
struct Batcher {
    batch: Vec<Item>,
    size: usize,
    out: SyncSender<Vec<Item>>,
}

impl Batcher {
    /// Adds an item of `bytes` input bytes; false when nobody listens.
    fn push(&mut self, item: Item, bytes: usize) -> bool {
        self.size += bytes;
        self.batch.push(item);
        if self.size >= BATCH_BYTES || self.batch.len() >= BATCH_DOCS {
            self.size = 0;
            // The next batch starts with room for as many documents as this
            // one held: growing it item by item copied every batch a
            // dozen times over.
            let room = self.batch.len();
            let full = std::mem::replace(&mut self.batch, Vec::with_capacity(room));
            return self.out.send(full).is_ok();
        }
        true
    }

    fn finish(self) {
        if !self.batch.is_empty() {
            let _ = self.out.send(self.batch);
        }
    }
}

/// Reads and decodes every input in order (UTF-8, `--jsonl` lines), with
/// `stdin` as standard input, and hands the documents on in batches; stops
/// early when the receiver is gone.
fn read_inputs(inputs: &Inputs, stdin: impl Read, out: SyncSender<Vec<Item>>) {
    let mut batcher = Batcher { batch: Vec::new(), size: 0, out };
    let stdin_name = inputs.stdin_name.as_deref().unwrap_or("<stdin>");
    if inputs.jsonl {
        // A megabyte at a time: lines are parsed where they were read.
        let reader = io::BufReader::with_capacity(1 << 20, stdin);
        let mut line = 0usize;
        let mut listening = true;
        let max_line = usize::try_from(inputs.limit()).unwrap_or(usize::MAX);
        let read = for_each_line(reader, max_line, |bytes, taken| {
            line += 1;
            let item = match bytes {
                Line::TooLong => Err(InputError::TooLarge { name: format!("{stdin_name}:{line}"), limit: inputs.limit() }),
                Line::Whole(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => return true,
                Line::Whole(bytes) => parse_json_bytes(stdin_name, line, bytes, inputs.lossy).map(|(doc, warning)| {
                    if let Some(w) = warning {
                        crate::output::warn(w);
                    }
                    doc
                }),
            };
            // A line too long is told at once, not when its batch fills:
            // the rest of it may never end.
            let weight = if matches!(item, Err(InputError::TooLarge { .. })) { BATCH_BYTES } else { taken };
            listening = batcher.push(item, weight);
            listening
        });
        if !listening {
            return;
        }
        if let Err(source) = read {
            let _ = batcher.push(Err(InputError::Io { path: stdin_name.into(), source }), 0);
        }
        return batcher.finish();
    }
    let wants_stdin = inputs.paths.is_empty() || inputs.paths.iter().any(|p| p.as_os_str() == "-");
    if wants_stdin {
        let (item, n) = match read_limited(stdin, inputs.limit()) {
            Ok(Some(bytes)) => {
                let n = bytes.len();
                (decoded("stdin".into(), bytes, inputs.lossy), n)
            }
            Ok(None) => (Err(InputError::TooLarge { name: "stdin".into(), limit: inputs.limit() }), 0),
            Err(source) => (Err(InputError::Io { path: stdin_name.into(), source }), 0),
        };
        if !batcher.push(item, n) {
            return;
        }
    }
    let paths: Vec<PathBuf> = inputs.paths.iter().filter(|p| p.as_os_str() != "-").cloned().collect();
    let (files, errors, warnings) = expand_paths(&paths, inputs.follow);
    if let Some(total) = &inputs.text_bytes {
        total.store(files.iter().filter_map(|f| std::fs::metadata(&f.path).ok()).map(|m| m.len()).sum(), Ordering::Relaxed);
    }
    for w in warnings {
        crate::output::warn(w);
    }
    for e in errors {
        if !batcher.push(Err(e), 0) {
            return;
        }
    }
    for f in files {
        let (item, n) = match read_file(&f.path, inputs.limit()) {
            Ok(Some(bytes)) => {
                let n = bytes.len();
                (decoded(f.name, bytes, inputs.lossy), n)
            }
            Ok(None) => (Err(InputError::TooLarge { name: f.name, limit: inputs.limit() }), 0),
            Err(source) => (Err(InputError::Io { path: khabar::input::shown(&f.path), source }), 0),
        };
        if !batcher.push(item, n) {
            return;
        }
    }
    batcher.finish();
}

/// A file's bytes, or `None` when it is longer than `limit`: told by its
/// size before reading when it is a regular file, and by reading at most
/// one byte past the limit otherwise (a file that grows, a device).
fn read_file(path: &std::path::Path, limit: u64) -> io::Result<Option<Vec<u8>>> {
    let file = std::fs::File::open(path)?;
    if file.metadata().is_ok_and(|m| m.is_file() && m.len() > limit) {
        return Ok(None);
    }
    read_limited(file, limit)
}

/// Streams every input through `annotate` in three stages that overlap: a
/// reader thread reads and decodes batches (with `stdin` as standard
/// input), the thread pool runs `annotate` on each document of a batch in
/// parallel (annotating it and turning the annotation into what the caller
/// keeps: a JSON line, say), and `sink` receives the results in input order
/// on this thread. The first error of `sink` stops the stream.
pub(crate) fn stream<T: Send>(
    inputs: &Inputs,
    stdin: impl Read + Send,
    annotate: impl Fn(&Document) -> T + Sync,
    mut sink: impl FnMut(Result<T, InputError>) -> Result<()>,
) -> Result<()> {
    let (read_tx, read_rx) = sync_channel::<Vec<Item>>(1);
    let (done_tx, done_rx) = sync_channel::<Vec<Result<T, InputError>>>(1);
    let annotate = &annotate;
    std::thread::scope(|scope| {
        // Named, so that a profile (perf, top -H) tells the stages apart.
        let reader = std::thread::Builder::new().name("khabar-read".into());
        let dispatcher = std::thread::Builder::new().name("khabar-batches".into());
        reader.spawn_scoped(scope, move || read_inputs(inputs, stdin, read_tx))?;
        dispatcher.spawn_scoped(scope, move || {
            for batch in read_rx {
                let results = batch.into_par_iter().map(|item| item.map(|d| annotate(&d))).collect();
                if done_tx.send(results).is_err() {
                    return;
                }
            }
        })?;
        for results in done_rx {
            for r in results {
                sink(r)?;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the documents streamed from `stdin`, in order, and the
    /// errors in their places.
    fn streamed(inputs: &Inputs, stdin: &[u8]) -> Vec<String> {
        let mut seen = Vec::new();
        stream(
            inputs,
            stdin,
            |d| format!("{}:{}", d.name, d.text.chars().count()),
            |r| {
                seen.push(r.unwrap_or_else(|e| format!("error: {e}")));
                Ok(())
            },
        )
        .unwrap();
        seen
    }

    #[test]
    fn json_lines_come_out_in_order_with_errors_in_place() {
        let inputs = Inputs { jsonl: true, ..Inputs::default() };
        let mut stdin = String::new();
        for k in 0..5000 {
            stdin.push_str(&format!("{{\"doc\":\"d{k}\",\"text\":\"نص {k}\"}}\n"));
            if k == 2500 {
                stdin.push_str("not json\n\n");
            }
        }
        let seen = streamed(&inputs, stdin.as_bytes());
        assert_eq!(seen.len(), 5001);
        assert_eq!(seen[0], "d0:4");
        assert!(seen[2501].starts_with("error: <stdin>:2502"), "{}", seen[2501]);
        assert_eq!(seen[5000], "d4999:7");
    }

    #[test]
    fn standard_input_is_one_document() {
        let inputs = Inputs::default();
        assert_eq!(streamed(&inputs, "قسد".as_bytes()), ["stdin:3"]);
        let lossy = Inputs { lossy: true, ..Inputs::default() };
        assert_eq!(streamed(&lossy, b"a\xffb"), ["stdin:3"]);
        assert!(streamed(&Inputs::default(), b"a\xffb")[0].starts_with("error: stdin: invalid UTF-8 at byte 1"));
    }

    #[test]
    fn a_sink_error_stops_the_stream() {
        let inputs = Inputs { jsonl: true, ..Inputs::default() };
        let stdin = "{\"doc\":\"a\",\"text\":\"x\"}\n".repeat(10_000);
        let mut taken = 0;
        let result = stream(
            &inputs,
            stdin.as_bytes(),
            |d| d.name.clone(),
            |_| {
                taken += 1;
                if taken == 3 {
                    anyhow::bail!("stop");
                }
                Ok(())
            },
        );
        assert!(result.is_err());
        assert_eq!(taken, 3);
    }
}
