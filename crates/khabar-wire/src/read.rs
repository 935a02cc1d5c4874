//! Reading annotation lines back: shards, gold files, `khabar eval` input.

use crate::annotation::DocAnnotation;
use std::io::BufRead;

/// A line that could not be read as an annotation, or a read that failed.
/// Each names the source and the line.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The line is not one annotation object.
    #[error("{source_name}:{line}: not an annotation line: {message}")]
    Line {
        /// The file (or other source) name.
        source_name: String,
        /// The line number, from 1.
        line: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// Reading failed; nothing after this line was read.
    #[error("{source_name}:{line}: {error}")]
    Io {
        /// The file (or other source) name.
        source_name: String,
        /// The line number, from 1.
        line: usize,
        /// What the system said.
        error: std::io::Error,
    },
}

/// Reads the annotation lines of `reader`, handing `each` an annotation or
/// the error of a line that is not one (the reading goes on). Blank lines
/// are skipped, and so is a byte-order mark before the first. A line with
/// invalid UTF-8 is an error of that line alone. A failed read ends the
/// reading with its error.
///
/// ```
/// use khabar_wire::read_annotations;
///
/// let lines = b"{\"doc\":\"a.txt\"}\n\nnot json\n{\"doc\":\"b\xFF.txt\"}\n{\"doc\":\"c.txt\"}\n";
/// let mut docs = Vec::new();
/// let mut errors = Vec::new();
/// read_annotations(&lines[..], "shard.jsonl", |line| match line {
///     Ok(a) => docs.push(a.doc),
///     Err(e) => errors.push(e.to_string()),
/// })
/// .unwrap();
/// assert_eq!(docs, ["a.txt", "c.txt"]);
/// assert!(errors[0].starts_with("shard.jsonl:3: not an annotation line"));
/// assert!(errors[1].starts_with("shard.jsonl:4: not an annotation line"));
/// ```
pub fn read_annotations(
    mut reader: impl BufRead,
    source_name: &str,
    mut each: impl FnMut(Result<DocAnnotation, ReadError>),
) -> Result<(), ReadError> {
    let mut line = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        number += 1;
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return Ok(()),
            Ok(_) => {}
            Err(error) => return Err(ReadError::Io { source_name: source_name.to_string(), line: number, error }),
        }
        // A byte-order mark (a file saved by a Windows editor) opens the
        // first line, not the document.
        let bytes = if number == 1 { line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&line) } else { &line[..] };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        // Invalid UTF-8 spoils its line only: serde_json refuses it there.
        each(serde_json::from_slice(bytes).map_err(|e| ReadError::Line {
            source_name: source_name.to_string(),
            line: number,
            message: e.to_string(),
        }));
    }
}
