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
/// are skipped. A failed read ends the reading with its error.
///
/// ```
/// use khabar_wire::read_annotations;
///
/// let lines = "{\"doc\":\"a.txt\"}\n\nnot json\n";
/// let mut docs = Vec::new();
/// let mut errors = Vec::new();
/// read_annotations(lines.as_bytes(), "shard.jsonl", |line| match line {
///     Ok(a) => docs.push(a.doc),
///     Err(e) => errors.push(e.to_string()),
/// })
/// .unwrap();
/// assert_eq!(docs, ["a.txt"]);
/// assert!(errors[0].starts_with("shard.jsonl:3: not an annotation line"));
/// ```
pub fn read_annotations(
    reader: impl BufRead,
    source_name: &str,
    mut each: impl FnMut(Result<DocAnnotation, ReadError>),
) -> Result<(), ReadError> {
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|error| ReadError::Io { source_name: source_name.to_string(), line: i + 1, error })?;
        if line.trim().is_empty() {
            continue;
        }
        each(serde_json::from_str(&line).map_err(|e| ReadError::Line {
            source_name: source_name.to_string(),
            line: i + 1,
            message: e.to_string(),
        }));
    }
    Ok(())
}
