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
    /// What the input says of it (the fields of a `--jsonl` line); it
    /// overrides what khabar derives from the text.
    pub given: GivenMeta,
}

/// Document metadata an input gives: a `--jsonl` line's `title`, `outlet`
/// (or `source`), `published` (or `date`) and `url`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GivenMeta {
    /// The headline.
    pub title: Option<String>,
    /// The outlet's name.
    pub outlet: Option<String>,
    /// The publication date, as given (its `YYYY-MM-DD` start is used).
    pub published: Option<String>,
    /// The page it comes from.
    pub url: Option<String>,
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
    /// A `.jsonl` file given as a text to annotate.
    #[error("{path}: a JSON Lines file, not an article: annotate its {{\"doc\", \"text\"}} lines with `khabar annotate --jsonl < {path}`; annotations go to `khabar report` as they are")]
    JsonLinesFile {
        /// The path.
        path: String,
    },
    /// The bytes are not UTF-8.
    #[error("{}: invalid UTF-8 at byte {offset} (use --lossy to replace invalid bytes and go on)", escaped(name))]
    InvalidUtf8 {
        /// The document.
        name: String,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The file holds NUL bytes: a binary file, not text.
    #[error("{}: binary file (NUL byte at offset {offset}), skipped", escaped(name))]
    Binary {
        /// The document.
        name: String,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// A line of `--jsonl` input is not a `{"doc": ..., "text": ...}` object.
    #[error("{}:{line}{}: {message}", escaped(source_name), doc_note(doc.as_deref()))]
    JsonLine {
        /// Where the lines came from (`<stdin>` or a file).
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// The document's id, when the line gives one.
        doc: Option<String>,
        /// What is wrong with it.
        message: String,
    },
}

impl InputError {
    /// The document this error stands for, as a record a pipeline keeps:
    /// its name (empty when unknown) and what went wrong where.
    pub fn failure(&self) -> (String, khabar_wire::InputFailure) {
        let message = self.to_string();
        let (doc, source, line) = match self {
            InputError::Io { path, .. } | InputError::JsonLinesFile { path } => (path.clone(), Some(path.clone()), None),
            InputError::InvalidUtf8 { name, .. } | InputError::Binary { name, .. } => (name.clone(), Some(name.clone()), None),
            InputError::JsonLine { source_name, line, doc, .. } => {
                (doc.clone().unwrap_or_default(), Some(source_name.clone()), Some(*line))
            }
        };
        (doc, khabar_wire::InputFailure { message, source, line })
    }
}

/// ` (doc ID)` after a line number, when the line names its document.
fn doc_note(doc: Option<&str>) -> String {
    doc.map_or_else(String::new, |d| format!(" (doc {})", escaped(d)))
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

/// A name as a message shows it: control characters and the marks that
/// reorder a terminal line escaped (`\n`, `\u{202e}`), so that a file name
/// can neither rewrite the terminal nor forge a line of the log.
pub fn escaped(name: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !name.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A path as a message shows it: [`escaped`], and bytes that are not UTF-8
/// as `\xNN`, so two names that differ only there stay apart.
pub fn shown(path: &Path) -> String {
    escaped(&name_of(path.as_os_str())).into_owned()
}

/// A file name as a document's name: its text, with bytes that are not
/// UTF-8 written `\xNN`, so two names that differ only there stay two
/// documents.
fn name_of(name: &std::ffi::OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for byte in chunk.invalid() {
                out.push_str(&format!("\\x{byte:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned()
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
            Err(source) => errors.push(InputError::Io { path: shown(path), source }),
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                let mut skipped = Skipped::default();
                // Links are followed only to files inside the folder given.
                let inside = path.canonicalize().unwrap_or_else(|_| path.clone());
                walk(path, &inside, path, &mut found, &mut skipped, &mut errors);
                found.sort_by(|a: &FileInput, b| a.name.cmp(&b.name));
                let shown = path.display();
                for (count, what) in [
                    (skipped.other, "file(s) not ending in .txt"),
                    (skipped.special, "*.txt entries that are no regular files (FIFOs, sockets, devices)"),
                    (skipped.outside, "*.txt links to files outside the folder"),
                ] {
                    if count > 0 {
                        warnings.push(Warning(format!("{shown}: skipped {count} {what}")));
                    }
                }
                files.extend(found);
            }
            // Annotation shards and --jsonl input are lines of JSON, not an
            // article: say what to do instead of annotating the syntax.
            Ok(_) if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl")) => {
                errors.push(InputError::JsonLinesFile { path: shown(path) });
            }
            Ok(_) => {
                let name = path.file_name().map_or_else(|| path.display().to_string(), name_of);
                files.push(FileInput { path: path.clone(), name });
            }
        }
    }
    (files, errors, warnings)
}

/// What a folder walk left out, by reason.
#[derive(Default)]
struct Skipped {
    /// Files not ending in `.txt`.
    other: usize,
    /// FIFOs, sockets and devices named `*.txt`: reading one could block
    /// forever or never end.
    special: usize,
    /// Links that lead out of the folder given.
    outside: usize,
}

/// The `*.txt` files below `dir` (any case of the extension), named by their
/// path relative to `root`; `inside` is `root` with its links resolved.
fn walk(root: &Path, inside: &Path, dir: &Path, found: &mut Vec<FileInput>, skipped: &mut Skipped, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            errors.push(InputError::Io { path: shown(dir), source });
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(source) => {
                errors.push(InputError::Io { path: shown(dir), source });
                continue;
            }
        };
        let path = entry.path();
        let file_type = entry.file_type().ok();
        if file_type.is_some_and(|t| t.is_dir()) {
            walk(root, inside, &path, found, skipped, errors);
            continue;
        }
        if !path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
            skipped.other += 1;
            continue;
        }
        let regular = if file_type.is_some_and(|t| t.is_symlink()) {
            match std::fs::metadata(&path) {
                // A dangling link is an error that names it.
                Err(source) => {
                    errors.push(InputError::Io { path: shown(&path), source });
                    continue;
                }
                Ok(_) if !path.canonicalize().is_ok_and(|target| target.starts_with(inside)) => {
                    skipped.outside += 1;
                    continue;
                }
                Ok(meta) => meta.is_file(),
            }
        } else {
            file_type.is_some_and(|t| t.is_file())
        };
        if !regular {
            skipped.special += 1;
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(&path);
        let name = rel.components().map(|c| name_of(c.as_os_str())).collect::<Vec<_>>().join("/");
        found.push(FileInput { path, name });
    }
}

/// Calls `each` with every line of `reader`, without its `\n`, and the
/// number of bytes it took (with the `\n`), in order, until `each` returns
/// false. The last line needs no `\n`.
///
/// Lines are handed out straight from the reader's buffer; only a line that
/// runs past the end of the buffer is copied to be joined. With a buffer of
/// a megabyte that is one line in hundreds, where reading line by line into
/// a fresh vector copied every byte of a corpus once more.
///
/// ```
/// let mut lines = Vec::new();
/// khabar::input::for_each_line(&b"a\nbc\n\nd"[..], |line, taken| {
///     lines.push((String::from_utf8_lossy(line).into_owned(), taken));
///     true
/// })
/// .unwrap();
/// assert_eq!(lines, [("a".into(), 2), ("bc".into(), 3), ("".into(), 1), ("d".into(), 1)]);
/// ```
pub fn for_each_line<R: std::io::BufRead>(mut reader: R, mut each: impl FnMut(&[u8], usize) -> bool) -> std::io::Result<()> {
    // The start of a line that ran past the end of the buffer.
    let mut joined: Vec<u8> = Vec::new();
    loop {
        let buffer = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            if !joined.is_empty() {
                let taken = joined.len();
                each(&joined, taken);
            }
            return Ok(());
        }
        let mut start = 0;
        if !joined.is_empty() {
            // Finish the joined line first.
            match memchr::memchr(b'\n', buffer) {
                Some(end) => {
                    joined.extend_from_slice(&buffer[..end]);
                    let taken = joined.len() + 1;
                    if !each(&joined, taken) {
                        return Ok(());
                    }
                    joined.clear();
                    start = end + 1;
                }
                None => {
                    joined.extend_from_slice(buffer);
                    let len = buffer.len();
                    reader.consume(len);
                    continue;
                }
            }
        }
        let from = start;
        for newline in memchr::memchr_iter(b'\n', &buffer[from..]).map(|i| from + i) {
            if !each(&buffer[start..newline], newline + 1 - start) {
                return Ok(());
            }
            start = newline + 1;
        }
        joined.extend_from_slice(&buffer[start..]);
        let len = buffer.len();
        reader.consume(len);
    }
}

/// A `--jsonl` line: `doc` and `text`, the metadata khabar knows, and any
/// other field (scraped data carries many), which is ignored.
#[derive(Deserialize)]
struct JsonDoc {
    #[serde(deserialize_with = "khabar_wire::lenient::name")]
    doc: String,
    text: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// Only the id of a `--jsonl` line, to name it in a message.
#[derive(Deserialize)]
struct JsonId {
    #[serde(deserialize_with = "khabar_wire::lenient::name")]
    doc: String,
}

/// Parses one line of `--jsonl` input from its bytes. `line` is 1-based,
/// for the message, which also names the document's id when the line
/// gives one. Invalid UTF-8 is an error of the line, or with `lossy` is
/// replaced with U+FFFD and told in the warning.
///
/// The whole line is validated as UTF-8 once, with SIMD (`simdutf8`), and
/// then parsed as a `str`: parsing from bytes would validate each string
/// again, one byte at a time, which was half of the reader thread's time.
pub fn parse_json_bytes(source_name: &str, line: usize, bytes: &[u8], lossy: bool) -> Result<(Document, Option<Warning>), InputError> {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    let id_of = |text: &str| serde_json::from_str::<JsonId>(text).ok().map(|j| j.doc);
    let error = |doc: Option<String>, message: String| InputError::JsonLine { source_name: source_name.to_string(), line, doc, message };
    let parse = |text: &str| {
        serde_json::from_str::<JsonDoc>(text)
            .map(|d| Document {
                name: d.doc,
                text: d.text,
                given: GivenMeta { title: d.title, outlet: d.outlet.or(d.source), published: d.published.or(d.date), url: d.url },
            })
            .map_err(|e| error(id_of(text), e.to_string()))
    };
    match simdutf8::compat::from_utf8(bytes) {
        Ok(text) => parse(text).map(|d| (d, None)),
        Err(u) => {
            let fixed = String::from_utf8_lossy(bytes);
            let at = u.valid_up_to();
            if !lossy {
                return Err(error(id_of(&fixed), format!("invalid UTF-8 at byte {at}")));
            }
            let doc = parse(&fixed)?;
            let warning = Warning(format!(
                "{}:{line}{}: invalid UTF-8 from byte {at} replaced with U+FFFD",
                escaped(source_name),
                doc_note(Some(&doc.name))
            ));
            Ok((doc, Some(warning)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::for_each_line;
    use proptest::prelude::*;
    use std::io::BufReader;

    /// The lines `for_each_line` hands out, read through a buffer of
    /// `capacity` bytes, with the bytes each took.
    fn lines(input: &[u8], capacity: usize) -> Vec<(Vec<u8>, usize)> {
        let mut seen = Vec::new();
        for_each_line(BufReader::with_capacity(capacity, input), |line, taken| {
            seen.push((line.to_vec(), taken));
            true
        })
        .unwrap();
        seen
    }

    /// What splitting at every `\n` gives; a final `\n` ends the last line
    /// rather than starting an empty one.
    fn expected(input: &[u8]) -> Vec<(Vec<u8>, usize)> {
        let body = input.strip_suffix(b"\n").unwrap_or(input);
        if input.is_empty() {
            return Vec::new();
        }
        let mut parts: Vec<(Vec<u8>, usize)> = body.split(|&b| b == b'\n').map(|l| (l.to_vec(), l.len() + 1)).collect();
        if !input.ends_with(b"\n") {
            if let Some(last) = parts.last_mut() {
                last.1 -= 1;
            }
        }
        parts
    }

    #[test]
    fn lines_that_run_past_the_buffer_are_joined() {
        let input = "{\"doc\":\"أ\"}\n\nسطر طويل جدا يتجاوز المخزن\nlast".as_bytes();
        for capacity in [1, 2, 3, 7, 16, 1 << 20] {
            assert_eq!(lines(input, capacity), expected(input), "buffer of {capacity} bytes");
        }
        let taken: usize = lines(input, 5).iter().map(|(_, t)| t).sum();
        assert_eq!(taken, input.len(), "every byte is counted once");
    }

    #[test]
    fn reading_stops_when_asked() {
        let mut seen = 0;
        for_each_line(BufReader::with_capacity(4, &b"a\nb\nc\n"[..]), |_, _| {
            seen += 1;
            seen < 2
        })
        .unwrap();
        assert_eq!(seen, 2);
    }

    #[test]
    fn empty_input_has_no_lines() {
        assert!(lines(b"", 8).is_empty());
        assert_eq!(lines(b"\n", 8), [(Vec::new(), 1)]);
    }

    proptest! {
        #[test]
        fn any_bytes_through_any_buffer_split_as_split_does(
            input in proptest::collection::vec(prop_oneof![Just(b'\n'), any::<u8>()], 0..200),
            capacity in 1usize..40,
        ) {
            prop_assert_eq!(lines(&input, capacity), expected(&input));
        }
    }
}
