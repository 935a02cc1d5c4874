//! Reading documents: files, folders of `*.txt`, standard input and JSON
//! Lines, with a clear error for each one that cannot be read and no
//! silent loss.

use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// A document to annotate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Its name in the output (`doc`): the file name, or its path relative
    /// to the folder given, or the `doc` of a JSON line.
    pub name: String,
    /// Its text.
    pub text: String,
}

/// Why a document could not be read. Every message names the document.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The path does not exist or cannot be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8.
    #[error("{name}: invalid UTF-8 at byte {offset} (use --lossy to replace invalid bytes and go on)")]
    InvalidUtf8 {
        /// The document.
        name: String,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The file holds NUL bytes: a binary file, not text.
    #[error("{name}: binary file (NUL byte at offset {offset}), skipped")]
    Binary {
        /// The document.
        name: String,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// A line of `--jsonl` input is not a `{"doc": ..., "text": ...}` object.
    #[error("{source_name}:{line}: {message}")]
    JsonLine {
        /// Where the lines came from (`<stdin>` or a file).
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// A warning that does not stop a document (a lossy decoding, a skipped
/// non-text file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning(pub String);

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Decodes a document's bytes. NUL bytes make it binary; invalid UTF-8 is an
/// error unless `lossy`, which replaces invalid sequences with U+FFFD and
/// warns. A BOM and CRLF line ends are kept, so offsets stay those of the
/// file.
pub fn decode(name: &str, bytes: Vec<u8>, lossy: bool) -> Result<(String, Option<Warning>), InputError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError::Binary { name: name.to_string(), offset });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            if lossy {
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                Ok((
                    text,
                    Some(Warning(format!(
                        "{name}: invalid UTF-8 from byte {offset} replaced with U+FFFD; offsets after it refer to the replaced text"
                    ))),
                ))
            } else {
                Err(InputError::InvalidUtf8 { name: name.to_string(), offset })
            }
        }
    }
}

/// One input to read: a file with its output name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileInput {
    /// Where to read it.
    pub path: PathBuf,
    /// Its name in the output.
    pub name: String,
}

/// Expands paths into files: a file stands for itself (named by its file
/// name); a folder for every `*.txt` below it, sorted, named by their path
/// relative to it. Paths that do not exist and unreadable folders become
/// errors; other files in folders are skipped with a warning.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<FileInput>, Vec<InputError>, Vec<Warning>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(source) => errors.push(InputError::Io { path: path.display().to_string(), source }),
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                let mut skipped = 0usize;
                walk(path, path, &mut found, &mut skipped, &mut errors);
                found.sort_by(|a: &FileInput, b| a.name.cmp(&b.name));
                if skipped > 0 {
                    warnings.push(Warning(format!("{}: skipped {skipped} file(s) not ending in .txt", path.display())));
                }
                files.extend(found);
            }
            Ok(_) => {
                let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                files.push(FileInput { path: path.clone(), name });
            }
        }
    }
    (files, errors, warnings)
}

fn walk(root: &Path, dir: &Path, found: &mut Vec<FileInput>, skipped: &mut usize, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            errors.push(InputError::Io { path: dir.display().to_string(), source });
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(source) => {
                errors.push(InputError::Io { path: dir.display().to_string(), source });
                continue;
            }
        };
        let path = entry.path();
        let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
        if is_dir {
            walk(root, &path, found, skipped, errors);
        } else if path.extension().is_some_and(|e| e == "txt") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let name = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/");
            found.push(FileInput { path, name });
        } else {
            *skipped += 1;
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonDoc {
    doc: String,
    text: String,
}

/// Parses one line of `--jsonl` input from its bytes. `line` is 1-based,
/// for the message.
///
/// The whole line is validated as UTF-8 once, with SIMD (`simdutf8`), and
/// then parsed as a `str`: parsing from bytes would validate each string
/// again, one byte at a time, which was half of the reader thread's time.
pub fn parse_json_bytes(source_name: &str, line: usize, bytes: &[u8]) -> Result<Document, InputError> {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    let error = |message: String| InputError::JsonLine { source_name: source_name.to_string(), line, message };
    let text = simdutf8::compat::from_utf8(bytes).map_err(|u| error(format!("invalid UTF-8 at byte {}", u.valid_up_to())))?;
    serde_json::from_str::<JsonDoc>(text).map(|d| Document { name: d.doc, text: d.text }).map_err(|e| error(e.to_string()))
}
