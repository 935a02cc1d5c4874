//! What `khabar report` is given: annotation shards (whatever their name:
//! `*.jsonl`, Spark's and Hadoop's `part-*`, gzip-compressed or not),
//! `{"doc", "text"}` lines to annotate, or text. A file is recognised by
//! its first line, not its name; a folder is searched for all three.

use anyhow::{Context, Result};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Annotation lines (`khabar annotate` output).
    Shard,
    /// A partial report (`khabar report --partial`), to merge.
    Partial,
    /// `{"doc", "text"}` lines, to annotate.
    DocLines,
    /// An article.
    Text,
    /// JSON lines that are neither.
    UnknownLines,
}

/// The inputs of a report, sorted by kind.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub(crate) shards: Vec<PathBuf>,
    pub(crate) partials: Vec<PathBuf>,
    pub(crate) doc_lines: Vec<PathBuf>,
    /// Text files, folders holding `*.txt`, and `-`.
    pub(crate) texts: Vec<PathBuf>,
    /// Files that are JSON lines of an unknown shape.
    pub(crate) unknown: Vec<PathBuf>,
}

/// Sorts `paths` by what they hold. Folders are searched (without following
/// links) for shard files and `*.txt`; Spark's `_SUCCESS` and `.crc` files
/// and hidden files are passed over.
pub(crate) fn plan(paths: &[PathBuf]) -> Plan {
    let mut plan = Plan::default();
    for path in paths {
        if path.as_os_str() == "-" {
            plan.texts.push(path.clone());
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut has_text = false;
                walk(path, &mut plan, &mut has_text);
                if has_text {
                    plan.texts.push(path.clone());
                }
            }
            Ok(_) => match kind_of(path) {
                Kind::Shard => plan.shards.push(path.clone()),
                Kind::Partial => plan.partials.push(path.clone()),
                Kind::DocLines => plan.doc_lines.push(path.clone()),
                Kind::UnknownLines => plan.unknown.push(path.clone()),
                Kind::Text => plan.texts.push(path.clone()),
            },
            // The text reader names the path and what went wrong.
            Err(_) => plan.texts.push(path.clone()),
        }
    }
    plan
}

fn walk(dir: &Path, plan: &mut Plan, has_text: &mut bool) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let Ok(kind) = entry.file_type() else { continue };
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name.starts_with('_') || name.ends_with(".crc") {
            continue;
        }
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, plan, has_text);
        } else if khabar::input::is_txt(&path) {
            *has_text = true;
        } else if kind.is_file() && looks_like_lines(&name) {
            match kind_of(&path) {
                Kind::Shard => plan.shards.push(path),
                Kind::Partial => plan.partials.push(path),
                Kind::DocLines => plan.doc_lines.push(path),
                Kind::UnknownLines | Kind::Text => plan.unknown.push(path),
            }
        }
    }
}

/// Names that JSON lines go by: `*.jsonl`, `*.json`, `part-*` (Spark,
/// Hadoop), each maybe `.gz`; partial reports are `*.json` too.
fn looks_like_lines(name: &str) -> bool {
    let name = name.strip_suffix(".gz").unwrap_or(name);
    name.starts_with("part-") || name.ends_with(".jsonl") || name.ends_with(".json")
}

/// Opens a file for reading lines, through gzip when it starts with
/// gzip's magic bytes.
pub(crate) fn open_lines(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    let mut file = BufReader::with_capacity(1 << 20, File::open(path)?);
    let gzip = file.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gzip { Box::new(BufReader::with_capacity(1 << 20, flate2::bufread::MultiGzDecoder::new(file))) } else { Box::new(file) })
}

/// The most of a first line read to tell what a file holds.
const FIRST_LINE_LIMIT: u64 = 64 << 20;

/// What a file holds, from its first line.
pub(crate) fn kind_of(path: &Path) -> Kind {
    let Ok(reader) = open_lines(path) else { return Kind::Text };
    // The first line, or its first 64 MiB (a document name or text can be
    // long; the keys may come after it).
    let mut head = Vec::new();
    if reader.take(FIRST_LINE_LIMIT).read_until(b'\n', &mut head).is_err() {
        return Kind::Text;
    }
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    let first = head.iter().position(|b| !b.is_ascii_whitespace());
    let Some(first) = first.filter(|&i| head[i] == b'{') else {
        return Kind::Text;
    };
    // A partial report is one long line that opens with its mark.
    let mark = format!("\"{}\"", khabar_report::PARTIAL_MARK);
    if head[first + 1..].trim_ascii_start().starts_with(mark.as_bytes()) {
        return Kind::Partial;
    }
    let has_key = |key: &str| {
        match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(head) {
            Ok(object) => object.contains_key(key),
            // A first line longer than what was read: look for the key.
            Err(_) => memchr::memmem::find(head, format!("\"{key}\"").as_bytes()).is_some(),
        }
    };
    if ["entities", "quantities", "dates", "claims"].iter().any(|k| has_key(k)) {
        Kind::Shard
    } else if has_key("text") {
        Kind::DocLines
    } else if has_key("doc") {
        // An annotation of a document with nothing found, as a reduced
        // shard (DataFrame output drops empty fields).
        Kind::Shard
    } else {
        Kind::UnknownLines
    }
}

/// Reads a partial report.
pub(crate) fn read_partial(path: &Path) -> Result<khabar_report::PartialReport> {
    let reader = open_lines(path).with_context(|| format!("opening {}", khabar::input::shown(path)))?;
    serde_json::from_reader(reader).with_context(|| format!("{}: not a partial report", khabar::input::shown(path)))
}

/// Reads every annotation of a shard, handing each (or the error of a line
/// that is not one) to `each`.
pub(crate) fn read_shard(path: &Path, each: impl FnMut(Result<khabar::DocAnnotation, khabar_wire::ReadError>)) -> Result<()> {
    let reader = open_lines(path).with_context(|| format!("opening {}", khabar::input::shown(path)))?;
    khabar_wire::read_annotations(reader, &khabar::input::shown(path), each)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn files_are_known_by_their_first_line() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, bytes: &[u8]| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        };
        let gz = {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(b"{\"doc\":\"a.txt\",\"entities\":[]}\n").unwrap();
            e.finish().unwrap()
        };
        for (name, bytes, kind) in [
            ("part-00000", &b"{\"quantities\":[],\"doc\":\"a.txt\"}\n"[..], Kind::Shard),
            ("part-00001.gz", &gz[..], Kind::Shard),
            ("docs.jsonl", b"\xEF\xBB\xBF{\"doc\":\"a\",\"text\":\"x\"}\n", Kind::DocLines),
            ("odd.jsonl", b"{\"id\":1}\n", Kind::UnknownLines),
            ("article.md", "قال المرصد".as_bytes(), Kind::Text),
            ("empty.jsonl", b"", Kind::Text),
            ("p.json", b"{\"khabar_partial\":1,\"generator\":\"khabar\"}", Kind::Partial),
            ("long-name.jsonl", format!("{{\"doc\":\"{}\",\"text\":\"x\"}}\n", "n".repeat(300_000)).as_bytes(), Kind::DocLines),
        ] {
            assert_eq!(kind_of(&write(name, bytes)), kind, "{name}");
        }
    }

    #[test]
    fn a_spark_output_folder_is_read_as_shards() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        for (name, bytes) in [
            ("_SUCCESS", &b""[..]),
            (".part-00000.crc", b"xx"),
            ("part-00000", b"{\"doc\":\"a.txt\",\"entities\":[]}\n"),
            ("part-00001-c000.json", b"{\"doc\":\"b.txt\",\"claims\":[]}\n"),
        ] {
            std::fs::write(out.join(name), bytes).unwrap();
        }
        let plan = plan(std::slice::from_ref(&out));
        assert_eq!(plan.shards, [out.join("part-00000"), out.join("part-00001-c000.json")]);
        assert!(plan.texts.is_empty() && plan.doc_lines.is_empty() && plan.unknown.is_empty());
    }
}
