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
    /// The text holds a NUL byte: a binary file, not text. A file and the
    /// `text` of a `--jsonl` line are treated alike.
    #[error("{}: binary, not text (NUL byte at offset {offset}{}), skipped", escaped(name), utf16_hint(*utf16))]
    Binary {
        /// The document.
        name: String,
        /// Offset of the first NUL byte.
        offset: usize,
        /// Its bytes look like UTF-16 without a byte-order mark.
        utf16: bool,
    },
    /// A document, or a `--jsonl` line, longer than `--max-doc-bytes`.
    #[error("{}: longer than {limit} bytes (--max-doc-bytes), skipped", escaped(name))]
    TooLarge {
        /// The document, or `SOURCE:LINE` of a `--jsonl` line.
        name: String,
        /// The limit in force.
        limit: u64,
    },
    /// A UTF-16 file whose units do not make text (an odd length, an
    /// unpaired surrogate).
    #[error("{}: invalid UTF-16 at byte {offset} (use --lossy to replace it and go on)", escaped(name))]
    InvalidUtf16 {
        /// The document.
        name: String,
        /// Offset of the first bad unit.
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
            InputError::InvalidUtf8 { name, .. }
            | InputError::InvalidUtf16 { name, .. }
            | InputError::Binary { name, .. }
            | InputError::TooLarge { name, .. } => (name.clone(), Some(name.clone()), None),
            InputError::JsonLine { source_name, line, doc, .. } => {
                (doc.clone().unwrap_or_default(), Some(source_name.clone()), Some(*line))
            }
        };
        (doc, khabar_wire::InputFailure { message, source, line })
    }
}

/// What the message of a binary file adds when it looks like UTF-16 that
/// lost its byte-order mark.
fn utf16_hint(utf16: bool) -> &'static str {
    if utf16 {
        "; it looks like UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 with one"
    } else {
        ""
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

/// Decodes a document's bytes. UTF-16 with a byte-order mark (as Windows
/// tools export text) is decoded to UTF-8, and offsets are those of the
/// UTF-8 text. Otherwise NUL bytes make it binary; invalid UTF-8 (or
/// UTF-16) is an error unless `lossy`, which replaces invalid sequences with
/// U+FFFD and warns. A UTF-8 BOM and CRLF line ends are kept, so offsets
/// stay those of the file.
pub fn decode(name: &str, bytes: Vec<u8>, lossy: bool) -> Result<(String, Option<Warning>), InputError> {
    if let Some(big_endian) = utf16_bom(&bytes) {
        return decode_utf16(name, &bytes, big_endian, lossy);
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(InputError::Binary { name: name.to_string(), offset, utf16: looks_like_utf16(&bytes) });
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

/// Whether `bytes` start with a UTF-16 byte-order mark: `Some(true)` for
/// big-endian (`FE FF`), `Some(false)` for little-endian (`FF FE`).
fn utf16_bom(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFE, 0xFF, ..] => Some(true),
        [0xFF, 0xFE, ..] => Some(false),
        _ => None,
    }
}

/// Whether the start of `bytes` reads as UTF-16 text: one byte of each
/// pair nearly always `00` (Latin, digits, spaces) or `06` (Arabic
/// letters), with NUL among them, and the other byte not.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(512) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return false;
    }
    let high = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0 || b == 6).count();
    let (even, odd) = (high(0), high(1));
    let text_like = |h: usize, other: usize| h * 10 >= pairs * 9 && other * 2 < pairs;
    text_like(odd, even) || text_like(even, odd)
}

/// Decodes UTF-16 after its byte-order mark; the mark itself becomes
/// U+FEFF, as a UTF-8 BOM is kept.
fn decode_utf16(name: &str, bytes: &[u8], big_endian: bool, lossy: bool) -> Result<(String, Option<Warning>), InputError> {
    let units = bytes.chunks_exact(2).map(|p| if big_endian { u16::from_be_bytes([p[0], p[1]]) } else { u16::from_le_bytes([p[0], p[1]]) });
    let mut text = String::with_capacity(bytes.len() * 3 / 2);
    let mut first_bad: Option<usize> = None;
    let mut at = 0usize;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                at += 2 * c.len_utf16();
                text.push(c);
            }
            Err(_) => {
                first_bad.get_or_insert(at);
                at += 2;
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    if bytes.len() % 2 == 1 {
        first_bad.get_or_insert(bytes.len() - 1);
        text.push(char::REPLACEMENT_CHARACTER);
    }
    match first_bad {
        None => {
            if let Some(offset) = text.find('\0') {
                return Err(InputError::Binary { name: name.to_string(), offset, utf16: false });
            }
            Ok((text, None))
        }
        Some(offset) if lossy => Ok((
            text,
            Some(Warning(format!(
                "{name}: invalid UTF-16 from byte {offset} replaced with U+FFFD; offsets are those of the text decoded to UTF-8"
            ))),
        )),
        Some(offset) => Err(InputError::InvalidUtf16 { name: name.to_string(), offset }),
    }
}

/// Reads all of `reader`, or returns `Ok(None)` as soon as it holds more
/// than `limit` bytes: a document over the limit, a device or a file that
/// never ends costs at most `limit` bytes of memory.
pub fn read_limited(reader: impl std::io::Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// The default of `--max-doc-bytes`: 64 MiB, a thousand times a long
/// article, and a size the pipeline annotates in a few seconds and a few
/// hundred megabytes of memory.
pub const DEFAULT_MAX_DOC_BYTES: u64 = 64 << 20;

/// Reads a size written as bytes or with a binary suffix (`500K`, `64M`,
/// `1G`; `KB`, `MiB`… read alike), as `--max-doc-bytes` takes it.
///
/// ```
/// use khabar::input::parse_size;
/// assert_eq!(parse_size("1000"), Ok(1000));
/// assert_eq!(parse_size("64M"), Ok(64 << 20));
/// assert_eq!(parse_size("2gib"), Ok(2 << 30));
/// assert!(parse_size("lots").is_err());
/// ```
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let digits = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, suffix) = text.split_at(digits);
    let shift = match suffix.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => return Err(format!("{text:?} is not a size (bytes, or a number with K, M, G or T)")),
    };
    let n: u64 = number.parse().map_err(|_| format!("{text:?} is not a size (bytes, or a number with K, M, G or T)"))?;
    n.checked_mul(1u64 << shift).filter(|&n| n > 0).ok_or_else(|| format!("{text:?} is not a size between 1 byte and 16 EiB"))
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
///
/// Links inside a folder are followed only where they lead to a file or a
/// folder inside it, unless `follow`; a link that leads back to a folder
/// it sits in (a loop) is never followed, and a warning names it.
pub fn expand_paths(paths: &[PathBuf], follow: bool) -> (Vec<FileInput>, Vec<InputError>, Vec<Warning>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(source) => errors.push(InputError::Io { path: shown(path), source }),
            Ok(meta) if meta.is_dir() => {
                let inside = path.canonicalize().unwrap_or_else(|_| path.clone());
                let mut walk = Walk {
                    root: path,
                    inside: &inside,
                    follow,
                    found: Vec::new(),
                    skipped: Skipped::default(),
                    errors: &mut errors,
                    warnings: &mut warnings,
                    open: vec![inside.clone()],
                };
                walk.dir(path);
                let Walk { mut found, skipped, .. } = walk;
                found.sort_by(|a: &FileInput, b| a.name.cmp(&b.name));
                let shown = shown(path);
                for (count, what) in [
                    (skipped.other, "file(s) not ending in .txt"),
                    (skipped.special, "*.txt entries that are no regular files (FIFOs, sockets, devices)"),
                    (skipped.outside, "link(s) to files or folders outside the folder (--follow follows them)"),
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

/// One folder walk: the `*.txt` files below `root` (any case of the
/// extension), named by their path relative to it.
struct Walk<'a> {
    root: &'a Path,
    /// `root` with its links resolved.
    inside: &'a Path,
    /// Follow links that lead outside `root`.
    follow: bool,
    found: Vec<FileInput>,
    skipped: Skipped,
    errors: &'a mut Vec<InputError>,
    warnings: &'a mut Vec<Warning>,
    /// The folders being walked, links resolved, from `root` down: a link
    /// to one of them is a loop.
    open: Vec<PathBuf>,
}

impl Walk<'_> {
    fn dir(&mut self, dir: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(source) => {
                self.errors.push(InputError::Io { path: shown(dir), source });
                return;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(e) => e,
                Err(source) => {
                    self.errors.push(InputError::Io { path: shown(dir), source });
                    continue;
                }
            };
            let path = entry.path();
            let Ok(file_type) = entry.file_type() else {
                self.skipped.special += 1;
                continue;
            };
            if file_type.is_symlink() {
                self.link(&path);
            } else if file_type.is_dir() {
                let real = path.canonicalize().unwrap_or_else(|_| path.clone());
                self.subdir(&path, real);
            } else if !is_txt(&path) {
                self.skipped.other += 1;
            } else if file_type.is_file() {
                self.file(path);
            } else {
                self.skipped.special += 1;
            }
        }
    }

    /// A folder below: walked, with `real` (its path, links resolved) open.
    fn subdir(&mut self, path: &Path, real: PathBuf) {
        self.open.push(real);
        self.dir(path);
        self.open.pop();
    }

    /// A link: followed to a file or folder inside the folder given (or
    /// anywhere with `follow`), never round a loop.
    fn link(&mut self, path: &Path) {
        let (meta, target) = match (std::fs::metadata(path), path.canonicalize()) {
            (Ok(meta), Ok(target)) => (meta, target),
            // A dangling link (or a loop of links) is an error that names it.
            (Err(source), _) | (_, Err(source)) => {
                if is_txt(path) {
                    self.errors.push(InputError::Io { path: shown(path), source });
                }
                return;
            }
        };
        if meta.is_dir() && self.open.contains(&target) {
            self.warnings.push(Warning(format!("{}: a link back to {} (a loop), not followed", shown(path), shown(&target))));
            return;
        }
        if !meta.is_dir() && !is_txt(path) {
            self.skipped.other += 1;
            return;
        }
        if !self.follow && !target.starts_with(self.inside) {
            self.skipped.outside += 1;
            return;
        }
        if meta.is_dir() {
            self.subdir(path, target);
        } else if meta.is_file() {
            self.file(path.to_path_buf());
        } else {
            self.skipped.special += 1;
        }
    }

    fn file(&mut self, path: PathBuf) {
        let rel = path.strip_prefix(self.root).unwrap_or(&path);
        let name = rel.components().map(|c| name_of(c.as_os_str())).collect::<Vec<_>>().join("/");
        self.found.push(FileInput { path, name });
    }
}

/// Whether a path names a text file: `*.txt`, in any case (`.TXT`).
pub fn is_txt(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

/// One line [`for_each_line`] hands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line<'a> {
    /// A whole line, without its `\n`.
    Whole(&'a [u8]),
    /// A line longer than the limit: handed out once, as soon as it is
    /// known to be, and its bytes passed over up to the next `\n` without
    /// being kept.
    TooLong,
}

/// Calls `each` with every line of `reader` and the number of bytes it took
/// (with the `\n`), in order, until `each` returns false. The last line
/// needs no `\n`. A line over `max_line` bytes is [`Line::TooLong`]: memory
/// stays bounded by the limit, even on input that never ends a line
/// (`/dev/zero`).
///
/// Lines are handed out straight from the reader's buffer; only a line that
/// runs past the end of the buffer is copied to be joined. With a buffer of
/// a megabyte that is one line in hundreds, where reading line by line into
/// a fresh vector copied every byte of a corpus once more.
///
/// ```
/// use khabar::input::{for_each_line, Line};
/// let mut lines = Vec::new();
/// for_each_line(&b"a\nbc\n\nd\n0123456789\ne"[..], 5, |line, taken| {
///     lines.push(match line {
///         Line::Whole(bytes) => String::from_utf8_lossy(bytes).into_owned(),
///         Line::TooLong => "(too long)".into(),
///     });
///     true
/// })
/// .unwrap();
/// assert_eq!(lines, ["a", "bc", "", "d", "(too long)", "e"]);
/// ```
pub fn for_each_line<R: std::io::BufRead>(
    mut reader: R,
    max_line: usize,
    mut each: impl FnMut(Line<'_>, usize) -> bool,
) -> std::io::Result<()> {
    // The start of a line that ran past the end of the buffer.
    let mut joined: Vec<u8> = Vec::new();
    // Passing over the rest of a line too long to keep.
    let mut skipping = false;
    loop {
        let buffer = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            if !joined.is_empty() {
                let taken = joined.len();
                each(Line::Whole(&joined), taken);
            }
            return Ok(());
        }
        let mut start = 0;
        if skipping || !joined.is_empty() {
            // Finish the joined (or skipped) line first.
            match memchr::memchr(b'\n', buffer) {
                Some(end) if skipping => {
                    skipping = false;
                    start = end + 1;
                }
                Some(end) if joined.len() + end <= max_line => {
                    joined.extend_from_slice(&buffer[..end]);
                    let taken = joined.len() + 1;
                    if !each(Line::Whole(&joined), taken) {
                        return Ok(());
                    }
                    joined.clear();
                    start = end + 1;
                }
                Some(end) => {
                    let taken = joined.len() + end + 1;
                    joined.clear();
                    if !each(Line::TooLong, taken) {
                        return Ok(());
                    }
                    start = end + 1;
                }
                None => {
                    let len = buffer.len();
                    if !skipping && joined.len() + len <= max_line {
                        joined.extend_from_slice(buffer);
                    } else if !skipping {
                        skipping = true;
                        let taken = joined.len() + len;
                        joined = Vec::new();
                        if !each(Line::TooLong, taken) {
                            return Ok(());
                        }
                    }
                    reader.consume(len);
                    continue;
                }
            }
        }
        let from = start;
        for newline in memchr::memchr_iter(b'\n', &buffer[from..]).map(|i| from + i) {
            let line = if newline - start <= max_line { Line::Whole(&buffer[start..newline]) } else { Line::TooLong };
            if !each(line, newline + 1 - start) {
                return Ok(());
            }
            start = newline + 1;
        }
        let len = buffer.len();
        if len - start <= max_line {
            joined.extend_from_slice(&buffer[start..]);
        } else {
            skipping = true;
            if !each(Line::TooLong, len - start) {
                return Ok(());
            }
        }
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
    // A byte-order mark before the first line, as Windows tools write one.
    let bytes = if line == 1 { bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes) } else { bytes };
    let id_of = |text: &str| serde_json::from_str::<JsonId>(text).ok().map(|j| j.doc);
    let error = |doc: Option<String>, message: String| InputError::JsonLine { source_name: source_name.to_string(), line, doc, message };
    let parse = |text: &str| {
        // serde reads a struct from an array as well (`["id", "text"]`):
        // only an object is a document.
        if !text.trim_start().starts_with('{') {
            return Err(error(None, "not a JSON object: each line is {\"doc\": ..., \"text\": ...}".into()));
        }
        let d = serde_json::from_str::<JsonDoc>(text).map_err(|e| error(id_of(text), e.to_string()))?;
        // NUL is no character of text: a file holding one is binary, and
        // so is a line's text, alike.
        if let Some(offset) = memchr::memchr(0, d.text.as_bytes()) {
            let name = format!("{source_name}:{line} (doc {})", d.doc);
            return Err(InputError::Binary { name, offset, utf16: false });
        }
        Ok(Document {
            name: d.doc,
            text: d.text,
            given: GivenMeta { title: d.title, outlet: d.outlet.or(d.source), published: d.published.or(d.date), url: d.url },
        })
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
    use super::{for_each_line, Line};
    use proptest::prelude::*;
    use std::io::BufReader;

    /// The lines `for_each_line` hands out, read through a buffer of
    /// `capacity` bytes, with the bytes each took.
    fn lines(input: &[u8], capacity: usize) -> Vec<(Vec<u8>, usize)> {
        bounded_lines(input, capacity, usize::MAX)
    }

    /// The same with lines over `max` bytes as `None`, and the bytes each
    /// took.
    fn bounded_lines(input: &[u8], capacity: usize, max: usize) -> Vec<(Vec<u8>, usize)> {
        let mut seen = Vec::new();
        for_each_line(BufReader::with_capacity(capacity, input), max, |line, taken| {
            seen.push((
                match line {
                    Line::Whole(l) => l.to_vec(),
                    Line::TooLong => b"<too long>".to_vec(),
                },
                taken,
            ));
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
        for_each_line(BufReader::with_capacity(4, &b"a\nb\nc\n"[..]), usize::MAX, |_, _| {
            seen += 1;
            seen < 2
        })
        .unwrap();
        assert_eq!(seen, 2);
    }

    #[test]
    fn a_line_that_never_ends_costs_no_more_than_the_limit() {
        // A megabyte of zeros read through a small buffer, then a line.
        let mut input = vec![0u8; 1 << 20];
        input.extend_from_slice(b"\nok\n");
        let seen = bounded_lines(&input, 4096, 1000);
        assert_eq!(seen.iter().map(|(l, _)| l.as_slice()).collect::<Vec<_>>(), [&b"<too long>"[..], b"ok"]);
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

        #[test]
        fn long_lines_are_told_once_and_the_others_kept(
            input in proptest::collection::vec(prop_oneof![Just(b'\n'), any::<u8>()], 0..200),
            capacity in 1usize..40,
            max in 0usize..30,
        ) {
            let want: Vec<Vec<u8>> = expected(&input)
                .into_iter()
                .map(|(l, _)| if l.len() > max { b"<too long>".to_vec() } else { l })
                .collect();
            let got: Vec<Vec<u8>> = bounded_lines(&input, capacity, max).into_iter().map(|(l, _)| l).collect();
            prop_assert_eq!(got, want);
        }
    }
}
