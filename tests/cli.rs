//! The command line on bad input: every case gives a defined outcome and a
//! message that names the file and what was wrong; one bad input never
//! stops the others.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn khabar() -> Command {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cmd: &mut Command) -> (Output, String, String) {
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stdout, stderr)
}

fn docs(stdout: &str) -> Vec<serde_json::Value> {
    stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

const GOOD: &str = "قال أنتوني بلينكن إن قسد خسرت نحو 11 ألف مقاتل.";

#[test]
fn invalid_utf8_names_the_file_and_offset_and_the_rest_goes_on() {
    let dir = scratch("utf8");
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    let mut bad = "داعش".as_bytes().to_vec();
    bad.extend_from_slice(&[0xFF, 0xFE]);
    bad.extend_from_slice("قسد".as_bytes());
    std::fs::write(dir.join("b.txt"), &bad).unwrap();
    std::fs::write(dir.join("c.txt"), GOOD).unwrap();
    let (out, stdout, stderr) = run(khabar().arg("annotate").arg(&dir));
    assert_eq!(out.status.code(), Some(1), "a failed document makes the exit code say so");
    assert!(stderr.contains("b.txt: invalid UTF-8 at byte 8"), "{stderr}");
    let names = names(&stdout);
    assert_eq!(names, ["a.txt", "c.txt"]);

    // --lossy replaces the bytes, warns, and annotates the file.
    let (out, stdout, stderr) = run(khabar().arg("annotate").arg("--lossy").arg(dir.join("b.txt")));
    assert!(out.status.success());
    assert!(stderr.contains("warning") && stderr.contains("b.txt") && stderr.contains("byte 8"), "{stderr}");
    let d = &docs(&stdout)[0];
    let ids: Vec<&str> = d["entities"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["isis", "sdf"]);
}

#[test]
fn empty_bom_crlf_and_binary_files() {
    let dir = scratch("shapes");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("bom.txt"), format!("\u{FEFF}{GOOD}")).unwrap();
    std::fs::write(dir.join("crlf.txt"), "العنوان\r\nقالت قسد\r\n").unwrap();
    std::fs::write(dir.join("binary.txt"), b"PK\x03\x04\x00\x00binary").unwrap();
    std::fs::write(dir.join("notes.md"), "not an article").unwrap();
    let (out, stdout, stderr) = run(khabar().arg("annotate").arg(&dir));
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("binary.txt: binary, not text (NUL byte at offset 4), skipped"), "{stderr}");
    assert!(stderr.contains("skipped 1 file(s) not ending in .txt"), "{stderr}");
    let docs = docs(&stdout);
    let by_name = |n: &str| docs.iter().find(|d| d["doc"] == n).unwrap_or_else(|| panic!("{n} missing"));
    // An empty file is an empty annotation.
    let empty = by_name("empty.txt");
    assert!(empty["entities"].as_array().unwrap().is_empty() && empty["quantities"].as_array().unwrap().is_empty());
    // Offsets count the BOM's three bytes: they are offsets into the file.
    let bom = by_name("bom.txt");
    let first = &bom["entities"][0];
    assert_eq!(first["text"], "أنتوني بلينكن");
    assert_eq!(first["start"], 3 + "قال ".len());
    // CRLF: the \r is whitespace, spans still point into the file.
    let crlf = by_name("crlf.txt");
    assert_eq!(crlf["entities"][0]["start"], "العنوان\r\nقالت ".len());
}

#[test]
fn missing_and_unreadable_paths_are_errors_that_name_them() {
    let dir = scratch("missing");
    std::fs::write(dir.join("good.txt"), GOOD).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("dangling.txt")).unwrap();
    let (out, stdout, stderr) = run(khabar().arg("annotate").arg(dir.join("no-such-file.txt")).arg(&dir));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("no-such-file.txt") && stderr.contains("No such file"), "{stderr}");
    #[cfg(unix)]
    assert!(stderr.contains("dangling.txt"), "{stderr}");
    assert_eq!(docs(&stdout).len(), 1, "the good file is still annotated");
}

#[test]
fn malformed_jsonl_lines_are_reported_and_the_rest_annotated() {
    let input = format!(
        "{}\n{{\"doc\": \"two\"}}\nnot json\n\n{}\n",
        serde_json::json!({"doc": "one", "text": GOOD}),
        serde_json::json!({"doc": "five", "text": "داعش"})
    );
    let (code, stdout, stderr) = with_stdin(&["annotate", "--jsonl"], input.as_bytes());
    assert_eq!(code, Some(1));
    assert!(stderr.contains("<stdin>:2 (doc two): missing field `text`"), "{stderr}");
    assert!(stderr.contains("<stdin>:3: not a JSON object"), "{stderr}");
    assert_eq!(names(&stdout), ["one", "five"]);
}

#[test]
fn one_long_line_is_one_document() {
    let dir = scratch("long");
    // Two megabytes with no line break and no full stop.
    let line = "قالت قسد إن 5 مقاتلين قتلوا في دير الزور، ".repeat(30_000);
    std::fs::write(dir.join("long.txt"), &line).unwrap();
    let (out, stdout, stderr) = run(khabar().arg("annotate").arg(dir.join("long.txt")));
    assert!(out.status.success(), "{stderr}");
    let d = &docs(&stdout)[0];
    assert_eq!(d["quantities"].as_array().unwrap().len(), 30_000);
    // The sentence is stored once, whatever number of items stand in it,
    // and the line stays a small multiple of the text.
    let sentences = d["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 1);
    assert_eq!(sentences[0]["text"].as_str().unwrap(), line.trim_end());
    assert_eq!(d["quantities"][29_999]["sentence"], 0);
    assert!(stdout.len() < 10 * line.len(), "{} bytes of annotation for {} of text", stdout.len(), line.len());
}

#[test]
fn a_file_of_bare_numbers_gives_a_line_a_small_multiple_of_it() {
    let dir = scratch("numbers");
    // Five-digit numbers, from a fixed linear congruential sequence.
    let mut x: u64 = 1;
    let numbers: Vec<String> = (0..40_000)
        .map(|_| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (10_000 + (x >> 33) % 90_000).to_string()
        })
        .collect();
    for (name, separator) in [("spaces.txt", " "), ("lines.txt", "\n"), ("commas.txt", "، ")] {
        let text = numbers.join(separator);
        let path = dir.join(name);
        std::fs::write(&path, &text).unwrap();
        let (out, stdout, stderr) = run(khabar().arg("annotate").arg(&path));
        assert!(out.status.success(), "{name}: {stderr}");
        assert_eq!(docs(&stdout).len(), 1, "{name}");
        assert!(stdout.len() < 10 * text.len(), "{name}: {} bytes of annotation for {} of text", stdout.len(), text.len());
    }
}

/// Runs khabar with `args`, reads the first bytes of its output and closes
/// the pipe.
fn into_closed_pipe(args: &[PathBuf]) -> Output {
    let mut child = khabar().args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_pipe_ends_quietly_with_success() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut args = vec![PathBuf::from("annotate")];
    args.extend(std::iter::repeat_n(seeds, 200));
    let out = into_closed_pipe(&args);
    assert!(out.status.success(), "exit {:?}", out.status);
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn malformed_gazetteer_and_lexicon_files_name_file_line_and_field() {
    let dir = scratch("data");
    let gazetteer = dir.join("mine.toml");
    std::fs::write(&gazetteer, "[[entity]]\nid = \"x\"\ntype = \"PERSON\"\nname = \"X\"\naliases = [\"س\"]\n").unwrap();
    let (out, _, stderr) = run(khabar().arg("annotate").arg("--gazetteer").arg(&gazetteer).arg("-").stdin(Stdio::null()));
    assert_eq!(out.status.code(), Some(2), "a data file that does not load is fatal");
    assert!(stderr.contains("mine.toml") && stderr.contains("line 3") && stderr.contains("PERSON"), "{stderr}");

    let lexicon = dir.join("units.toml");
    std::fs::write(&lexicon, "[units]\n\"فدان\" = { kind = \"area\", unit = \"feddan\" }\n").unwrap();
    let (out, _, stderr) = run(khabar().arg("annotate").arg("--lexicon").arg(&lexicon).arg("-").stdin(Stdio::null()));
    assert_eq!(out.status.code(), Some(2), "a data file that does not load is fatal");
    assert!(stderr.contains("units.toml") && stderr.contains("line 2") && stderr.contains("kind"), "{stderr}");

    let (out, _, stderr) = run(khabar().arg("annotate").arg("--gazetteer").arg(dir.join("absent.toml")).arg("-").stdin(Stdio::null()));
    assert_eq!(out.status.code(), Some(2), "a data file that does not load is fatal");
    assert!(stderr.contains("absent.toml"), "{stderr}");
}

#[test]
fn numbers_at_the_edges_never_give_nan_or_infinity() {
    let text = format!("{} شخص و ألف ألف ألف ألف ألف ألف ألف مقاتل و 1e400 و {}٫{}", "9".repeat(1000), "9".repeat(400), "9".repeat(400));
    let (code, stdout, _) = with_stdin(&["annotate", "-"], text.as_bytes());
    assert_eq!(code, Some(0));
    assert!(!stdout.contains("NaN") && !stdout.contains("inf"), "{stdout}");
    for q in docs(&stdout)[0]["quantities"].as_array().unwrap() {
        assert!(q["value"].is_null() || q["value"].as_f64().is_some_and(f64::is_finite));
    }
}

#[test]
fn claim_word_files_extend_the_claims_stage_and_bad_ones_are_named() {
    let dir = scratch("claim_words");
    let words = dir.join("verbs.toml");
    std::fs::write(&words, "[speech]\nwords = [\"استنكر\"]\n").unwrap();
    let article = dir.join("a.txt");
    std::fs::write(&article, "واستنكر المرصد السوري لحقوق الإنسان مقتل 40 مدنيا.").unwrap();
    let claimant = |extra: &[&std::path::Path]| {
        let mut cmd = khabar();
        cmd.arg("annotate");
        for w in extra {
            cmd.arg("--claim-words").arg(w);
        }
        let (out, stdout, _) = run(cmd.arg(&article));
        assert!(out.status.success());
        docs(&stdout)[0]["claims"][0]["claimant"].clone()
    };
    // Without the verb the figure is the outlet's; with it, the observatory's.
    assert_eq!(claimant(&[]), serde_json::Value::Null);
    assert_eq!(claimant(&[&words]), "sohr");
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "[actions.looted]\nwords = [\"نهب\"]\n").unwrap();
    let (out, _, stderr) = run(khabar().arg("annotate").arg("--claim-words").arg(&bad).arg(&article));
    assert!(!out.status.success());
    assert!(stderr.contains("bad.toml") && stderr.contains("looted"), "{stderr}");
}

#[test]
fn a_reference_date_fills_in_years_and_a_bad_one_is_refused() {
    let dir = scratch("reference");
    std::fs::write(dir.join("a.txt"), "قتل 5 أشخاص في 23 آذار.").unwrap();
    let (out, stdout, stderr) = run(khabar().args(["annotate", "--reference-date", "2019-04-02"]).arg(&dir));
    assert!(out.status.success(), "{stderr}");
    assert_eq!(docs(&stdout)[0]["dates"][0]["resolved"], "2019-03-23");
    let (out, _, stderr) = run(khabar().args(["annotate", "--reference-date", "2019-02-30"]).arg(&dir));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("2019-02-30"), "{stderr}");
}

#[test]
fn jsonl_metadata_overrides_what_the_text_tells_and_other_fields_are_ignored() {
    let line = serde_json::json!({
        "doc": "a", "text": "قتل 5 أشخاص في 23 آذار.", "title": "عنوان من المصدر", "source": "Rudaw",
        "date": "2019-04-02T10:00:00Z", "url": "https://example.org/a", "lang": "ar", "id": 7
    });
    let (code, stdout, _) = with_stdin(&["annotate", "--jsonl"], format!("{line}\n").as_bytes());
    assert_eq!(code, Some(0));
    let d = &docs(&stdout)[0];
    assert_eq!(d["meta"]["title"], "عنوان من المصدر");
    assert_eq!(d["meta"]["outlet"], "Rudaw");
    assert_eq!(d["meta"]["published"], "2019-04-02");
    assert_eq!(d["meta"]["url"], "https://example.org/a");
    // The given publication date anchors the year of «23 آذار».
    assert_eq!(d["dates"][0]["resolved"], "2019-03-23");
    assert_eq!(d["dates"][0]["anchor"], "published");
}

#[cfg(unix)]
#[test]
fn folders_give_regular_txt_files_of_any_case_and_links_that_stay_inside() {
    let dir = scratch("walk");
    let outside = scratch("walk-outside");
    std::fs::write(dir.join("upper.TXT"), GOOD).unwrap();
    std::fs::write(outside.join("secret.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink(dir.join("upper.TXT"), dir.join("inside-link.txt")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), dir.join("outside-link.txt")).unwrap();
    // A FIFO would block a reader forever: it is skipped, not read.
    let fifo = dir.join("pipe.txt");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let (out, stdout, stderr) = run(khabar().arg("annotate").arg(&dir));
    assert!(out.status.success(), "{stderr}");
    let mut names = names(&stdout);
    names.sort();
    assert_eq!(names, ["inside-link.txt", "upper.TXT"]);
    assert!(stderr.contains("no regular files") && stderr.contains("outside the folder"), "{stderr}");
}

#[test]
fn a_jsonl_file_given_as_an_article_says_what_to_do() {
    let dir = scratch("jsonl-file");
    std::fs::write(dir.join("docs.jsonl"), format!("{}\n", serde_json::json!({"doc": "a", "text": GOOD}))).unwrap();
    std::fs::write(dir.join("b.txt"), GOOD).unwrap();
    let (out, stdout, stderr) = run(khabar().arg("annotate").arg(dir.join("docs.jsonl")).arg(dir.join("b.txt")));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("docs.jsonl: a JSON Lines file") && stderr.contains("--jsonl <"), "{stderr}");
    assert_eq!(docs(&stdout).len(), 1, "the article is still annotated");
}

#[test]
fn the_corpus_ends_quietly_at_a_closed_pipe_and_takes_any_size() {
    for mb in ["1", "18446744073709551615"] {
        let mut child = khabar().args(["corpus", "--mb", mb]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut first = [0u8; 100];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "--mb {mb}: {:?}", out.status);
        assert!(out.stderr.is_empty(), "--mb {mb}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn quiet_silences_warnings_and_threads_sets_the_pool() {
    let dir = scratch("quiet");
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    std::fs::write(dir.join("notes.md"), "x").unwrap();
    let (out, stdout, stderr) = run(khabar().args(["annotate", "--threads", "1"]).arg(&dir));
    assert!(out.status.success() && stderr.contains("warning"), "{stderr}");
    let (out, quiet_stdout, stderr) = run(khabar().args(["annotate", "--quiet", "--threads", "2"]).arg(&dir));
    assert!(out.status.success() && stderr.is_empty(), "{stderr}");
    assert_eq!(stdout, quiet_stdout, "the same annotations on one thread and two");
    let (out, _, stderr) = run(khabar().args(["annotate", "--threads", "0"]).arg(&dir));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
}

#[cfg(unix)]
#[test]
fn file_names_in_messages_are_escaped_and_kept_apart() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("names");
    // Control characters could rewrite the terminal or forge a log line;
    // two names that differ only in a byte that is not UTF-8 stay apart.
    for name in [&b"red\x1b[31m\nfake.txt"[..], b"b\xffad.txt", b"b\xfead.txt"] {
        std::fs::write(dir.join(std::ffi::OsStr::from_bytes(name)), b"x\xff").unwrap();
    }
    let (out, _, stderr) = run(khabar().arg("annotate").arg(&dir));
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr.contains('\x1b') && stderr.contains("red\\u{1b}[31m\\nfake.txt"), "{stderr}");
    assert!(stderr.contains("b\\xFFad.txt") && stderr.contains("b\\xFEad.txt"), "{stderr}");
    assert_eq!(stderr.lines().count(), 4, "one line per file and the summary: {stderr}");
}

#[test]
fn a_closed_pipe_keeps_the_exit_code_of_inputs_that_failed_before_it() {
    let dir = scratch("pipe-failed");
    std::fs::write(dir.join("bad.txt"), b"x\xff").unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut args = vec![PathBuf::from("annotate"), dir.join("bad.txt")];
    args.extend(std::iter::repeat_n(seeds, 200));
    let out = into_closed_pipe(&args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("bad.txt: invalid UTF-8") && !stderr.contains("Broken pipe"), "{stderr}");
}

#[test]
fn eval_refuses_an_empty_gold_file() {
    let dir = scratch("empty-gold");
    let gold = dir.join("gold.jsonl");
    std::fs::write(&gold, "\n").unwrap();
    let predicted = dir.join("predicted.jsonl");
    std::fs::write(&predicted, "{\"doc\":\"a.txt\"}\n").unwrap();
    let (out, _, stderr) = run(khabar().arg("eval").arg("--gold").arg(&gold).arg(&predicted));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("gold.jsonl: the gold file holds no document"), "{stderr}");
}

#[test]
fn jsonl_takes_number_ids_and_lossy_bytes_and_names_the_document_of_an_error() {
    let input: &[u8] =
        b"{\"doc\":7,\"text\":\"\xd9\x82\xd8\xb3\xd8\xaf\"}\n{\"doc\":\"bad\",\"text\":\"x\xff y\"}\n{\"doc\":9,\"txt\":\"oops\"}\n";
    let annotate = |lossy: bool| {
        let args: &[&str] = if lossy { &["annotate", "--jsonl", "--lossy"] } else { &["annotate", "--jsonl"] };
        let (code, stdout, stderr) = with_stdin(args, input);
        (code, names(&stdout), stderr)
    };
    let (code, names, stderr) = annotate(false);
    assert_eq!((code, names), (Some(1), vec!["7".to_string()]));
    assert!(stderr.contains("<stdin>:2 (doc bad): invalid UTF-8 at byte 22"), "{stderr}");
    assert!(stderr.contains("<stdin>:3 (doc 9): missing field `text`"), "{stderr}");
    let (code, names, stderr) = annotate(true);
    assert_eq!((code, names), (Some(1), vec!["7".to_string(), "bad".to_string()]));
    assert!(stderr.contains("warning: <stdin>:2 (doc bad): invalid UTF-8 from byte 22 replaced with U+FFFD"), "{stderr}");
}

/// Runs `khabar ARGS` with `stdin` as standard input, without waiting for
/// the input to be taken in whole (a child that stops reading early).
fn with_stdin(args: &[&str], stdin: &[u8]) -> (Option<i32>, String, String) {
    let mut child = khabar().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn names(stdout: &str) -> Vec<String> {
    docs(stdout).iter().map(|d| d["doc"].as_str().unwrap().to_string()).collect()
}

#[test]
fn documents_and_json_lines_over_the_size_limit_are_named_and_skipped() {
    let dir = scratch("size");
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    std::fs::write(dir.join("big.txt"), GOOD.repeat(100)).unwrap();
    let (out, stdout, stderr) = run(khabar().args(["annotate", "--max-doc-bytes", "1K"]).arg(&dir));
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(names(&stdout), ["a.txt"]);
    assert!(stderr.contains("big.txt: longer than 1024 bytes (--max-doc-bytes), skipped"), "{stderr}");
    // The default lets an ordinary long document through.
    let (out, stdout, _) = run(khabar().arg("annotate").arg(dir.join("big.txt")));
    assert!(out.status.success());
    assert_eq!(names(&stdout), ["big.txt"]);
    // A device that never ends is read up to the limit, then skipped.
    let (out, _, stderr) = run(khabar().args(["annotate", "--max-doc-bytes", "100K", "/dev/zero"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("zero: longer than 102400 bytes"), "{stderr}");
    // A `--jsonl` line too long, even one of zeros with no line end at
    // all, costs no more than the limit; the lines around it are annotated.
    let mut input = format!("{}\n", serde_json::json!({"doc": "first", "text": GOOD})).into_bytes();
    input.extend(std::iter::repeat_n(0u8, 5 << 20));
    input.push(b'\n');
    input.extend(format!("{}\n", serde_json::json!({"doc": "last", "text": GOOD})).into_bytes());
    let (code, stdout, stderr) = with_stdin(&["annotate", "--jsonl", "--max-doc-bytes", "64K"], &input);
    assert_eq!((code, names(&stdout)), (Some(1), vec!["first".to_string(), "last".to_string()]), "{stderr}");
    assert!(stderr.contains("<stdin>:2: longer than 65536 bytes (--max-doc-bytes), skipped"), "{stderr}");
    let (out, _, stderr) = run(khabar().args(["annotate", "--max-doc-bytes", "lots"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("not a size"), "{stderr}");
}

#[test]
fn a_line_that_never_ends_is_told_at_once_in_bounded_memory() {
    let mut child = khabar()
        .args(["annotate", "--jsonl", "--max-doc-bytes", "1M"])
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let mut told = Vec::new();
    let mut byte = [0u8; 1];
    while !told.ends_with(b"\n") && stderr.read(&mut byte).unwrap() == 1 {
        told.push(byte[0]);
    }
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let told = String::from_utf8_lossy(&told);
    assert!(told.contains("<stdin>:1: longer than 1048576 bytes"), "{told}");
    let rss_kb: u64 =
        status.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok()).unwrap();
    assert!(rss_kb < 200_000, "peak memory {rss_kb} kB while passing over an endless line");
}

#[test]
fn utf16_files_with_a_byte_order_mark_are_decoded() {
    let dir = scratch("utf16");
    let utf16 = |text: &str, big_endian: bool| -> Vec<u8> {
        let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
        for unit in text.encode_utf16() {
            bytes.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
        }
        bytes
    };
    std::fs::write(dir.join("le.txt"), utf16(GOOD, false)).unwrap();
    std::fs::write(dir.join("be.txt"), utf16(GOOD, true)).unwrap();
    let mut no_mark = utf16(GOOD, false);
    no_mark.drain(..2);
    std::fs::write(dir.join("no-mark.txt"), no_mark).unwrap();
    let mut broken = utf16(GOOD, false);
    broken.extend([0x00, 0xD8]); // a lone high surrogate
    std::fs::write(dir.join("broken.txt"), &broken).unwrap();
    let (out, stdout, stderr) = run(khabar().arg("annotate").arg(&dir));
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let annotations = docs(&stdout);
    assert_eq!(names(&stdout), ["be.txt", "le.txt"]);
    for d in &annotations {
        // Offsets are those of the text decoded to UTF-8, after the mark
        // kept as U+FEFF (three bytes), as a UTF-8 BOM is kept.
        let ids: Vec<&str> = d["entities"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["blinken", "sdf"], "{d}");
        let sdf = &d["entities"][1];
        let start = sdf["start"].as_u64().unwrap() as usize;
        assert_eq!(&format!("\u{feff}{GOOD}")[start..sdf["end"].as_u64().unwrap() as usize], "قسد");
    }
    assert!(stderr.contains("broken.txt: invalid UTF-16 at byte"), "{stderr}");
    assert!(stderr.contains("no-mark.txt: binary") && stderr.contains("looks like UTF-16 without a byte-order mark"), "{stderr}");
    let (out, stdout, _) = run(khabar().args(["annotate", "--lossy"]).arg(dir.join("broken.txt")));
    assert!(out.status.success());
    assert!(docs(&stdout)[0]["quantities"].as_array().is_some_and(|q| !q.is_empty()));
}

#[test]
fn jsonl_takes_a_bom_refuses_arrays_and_skips_nul_text_as_files_do() {
    let mut input = "\u{feff}".as_bytes().to_vec();
    input.extend(format!("{}\n", serde_json::json!({"doc": "bom", "text": GOOD})).into_bytes());
    input.extend(format!("{}\n", serde_json::json!(["array", GOOD])).into_bytes());
    input.extend(format!("{}\n", serde_json::json!({"doc": "nul", "text": "قسد\u{0}"})).into_bytes());
    let (code, stdout, stderr) = with_stdin(&["annotate", "--jsonl"], &input);
    assert_eq!(names(&stdout), ["bom"], "{stderr}");
    assert_eq!(code, Some(1), "the array line is an error");
    assert!(stderr.contains("<stdin>:2: not a JSON object"), "{stderr}");
    // A NUL in a line's text is what a NUL in a file is: binary, skipped
    // with a warning, no failure.
    assert!(stderr.contains("warning: <stdin>:3 (doc nul): binary, not text (NUL byte at offset 6)"), "{stderr}");
    let dir = scratch("nul-file");
    std::fs::write(dir.join("nul.txt"), "قسد\u{0}").unwrap();
    let (out, stdout, stderr) = run(khabar().arg("annotate").arg(dir.join("nul.txt")));
    assert!(out.status.success() && stdout.is_empty());
    assert!(stderr.contains("warning: nul.txt: binary, not text (NUL byte at offset 6)"), "{stderr}");
}

#[test]
fn links_out_of_a_folder_need_follow_and_loops_are_told_not_walked() {
    let dir = scratch("follow");
    let outside = scratch("follow-outside");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/a.txt"), GOOD).unwrap();
    std::fs::write(outside.join("b.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("elsewhere")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    let (out, stdout, stderr) = run(khabar().arg("annotate").arg(&dir));
    assert!(out.status.success(), "{stderr}");
    assert_eq!(names(&stdout), ["sub/a.txt"]);
    assert!(stderr.contains("skipped 1 link(s) to files or folders outside the folder (--follow follows them)"), "{stderr}");
    assert!(stderr.contains("sub/up: a link back to") && stderr.contains("(a loop), not followed"), "{stderr}");
    let (out, stdout, stderr) = run(khabar().args(["annotate", "--follow"]).arg(&dir));
    assert!(out.status.success(), "{stderr}");
    assert_eq!(names(&stdout), ["elsewhere/b.txt", "sub/a.txt"]);
    assert!(stderr.contains("(a loop), not followed"), "{stderr}");
}

#[test]
fn harmful_gazetteer_and_lexicon_entries_are_refused_with_file_line_and_field() {
    let dir = scratch("harmful-data");
    let entity =
        |alias: &str| format!("[[entity]]\nid = \"x\"\nname = \"X\"\ntype = \"ORG\"\naliases = [\"قوة المهام\",\n  \"{alias}\"]\n");
    let long_alias = vec!["كلمة"; 10_000].join(" ");
    let stems: Vec<String> = (0..200).map(|i| format!("\"س{i}\" = \"year\"")).collect();
    let suffixes: Vec<String> = (0..200).map(|i| format!("\"ه{i}\"")).collect();
    let cases: [(&str, &str, String, &[&str]); 8] = [
        ("gazetteer", "clitic.toml", entity("و"), &["clitic.toml:6:", "field `aliases`", "fewer than two letters"]),
        ("gazetteer", "stop.toml", entity("."), &["stop.toml:6:", "fewer than two letters"]),
        ("gazetteer", "particle.toml", entity("في"), &["particle.toml:6:", "only function words"]),
        ("gazetteer", "long.toml", entity(&long_alias), &["long.toml:6:", "bytes long; an alias has at most 300", "…"]),
        ("lexicon", "month0.toml", "[months]\n\"فلان\" = { month = 0 }\n".into(), &["month0.toml", "line 2", "months are 1 to 12"]),
        ("lexicon", "month13.toml", "[hijri_months]\n\"فلان\" = { month = 13 }\n".into(), &["month13.toml", "line 2", "months are 1 to 12"]),
        ("lexicon", "month255.toml", "\n[months]\n\"فلان\" = { month = 255 }\n".into(), &["month255.toml", "line 3", "months are 1 to 12"]),
        (
            "lexicon",
            "cross.toml",
            format!("# many\n[dual_construct]\nstems = {{ {} }}\nsuffixes = [{}]\n", stems.join(", "), suffixes.join(", ")),
            &["cross.toml:2: table [dual_construct]: 40000 forms", "at most 10000"],
        ),
    ];
    for (flag, file, text, wanted) in cases {
        let path = dir.join(file);
        std::fs::write(&path, &text).unwrap();
        let (out, stdout, stderr) = run(khabar().arg("annotate").arg(format!("--{flag}")).arg(&path).arg("-").stdin(Stdio::null()));
        assert_eq!(out.status.code(), Some(2), "{file}: {stderr}");
        assert!(stdout.is_empty(), "{file}: nothing is annotated");
        for w in wanted {
            assert!(stderr.contains(w), "{file}: wanted {w:?} in {stderr}");
        }
        assert!(stderr.len() < 600, "{file}: the message quotes a runaway entry in part: {} bytes", stderr.len());
    }
    // A number word's value that khabar could never write is refused too.
    std::fs::write(dir.join("neg.toml"), "[numbers]\n\"كذا\" = -5\n").unwrap();
    let (out, _, stderr) = run(khabar().arg("annotate").arg("--lexicon").arg(dir.join("neg.toml")).arg("-").stdin(Stdio::null()));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("line 2") && stderr.contains("not a number a word can stand for"), "{stderr}");
}

#[test]
fn the_progress_line_gives_the_share_done_and_the_time_left() {
    // The line is drawn on a terminal only: `script` gives the run one.
    if Command::new("script").arg("--version").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "util-linux `script` is needed to test the progress line");
        eprintln!("skipped: no `script` to give khabar a terminal");
        return;
    }
    let dir = scratch("progress");
    for k in 0..40 {
        std::fs::write(dir.join(format!("{k:02}.txt")), GOOD.repeat(50)).unwrap();
    }
    let command = format!("{} report {} --out {}", env!("CARGO_BIN_EXE_khabar"), dir.display(), dir.join("out").display());
    let (out, stdout, _) = run(Command::new("script").args(["-qec", &command, "/dev/null"]));
    assert!(out.status.success(), "{stdout}");
    let lines: Vec<&str> = stdout.split(['\r', '\n']).filter(|l| l.contains("annotated")).collect();
    let last = lines.last().unwrap_or_else(|| panic!("no progress line in {stdout:?}"));
    assert!(last.contains(" of ") && last.contains("%)") && last.contains(" left"), "{last}");
    assert!(last.contains("document"), "{last}");
    // Rates are whole or short numbers, never `862.1499/s`.
    assert!(!lines.iter().any(|l| l.split_whitespace().any(|w| w.contains('.') && w.len() > 8)), "{lines:?}");
}

#[test]
fn relative_dates_are_written_when_asked_and_resolved_against_the_reference() {
    let dir = scratch("relative");
    std::fs::write(dir.join("a.txt"), "قتل ثلاثة عناصر أمس في قصف.").unwrap();
    let (out, stdout, stderr) =
        run(khabar().args(["annotate", "--relative-dates", "--reference-date", "2020-03-01"]).arg(dir.join("a.txt")));
    assert!(out.status.success(), "{stderr}");
    let date = &docs(&stdout)[0]["dates"][0];
    assert_eq!(date["kind"], "relative");
    assert_eq!(date["relative"], "day-1");
    assert_eq!(date["resolved"], "2020-02-29");
    assert_eq!(date["anchor"], "reference");
    let (_, stdout, _) = run(khabar().arg("annotate").arg(dir.join("a.txt")));
    assert!(docs(&stdout)[0]["dates"].as_array().unwrap().is_empty(), "off by default");
}

#[test]
fn help_gives_examples_exit_codes_and_the_input_limits() {
    let (out, stdout, _) = run(khabar().arg("--help"));
    assert!(out.status.success());
    for wanted in ["Examples:", "khabar annotate articles/", "khabar report shards/", "Exit codes:", "--max-doc-bytes", "UTF-16"] {
        assert!(stdout.contains(wanted), "--help lacks {wanted:?}");
    }
    let (_, stdout, _) = run(khabar().args(["annotate", "--help"]));
    for wanted in ["--max-doc-bytes <SIZE>", "--follow", "--relative-dates", "--lossy", "--threads", "--quiet"] {
        assert!(stdout.contains(wanted), "annotate --help lacks {wanted:?}");
    }
}

#[test]
fn report_with_no_paths_on_a_terminal_says_what_it_waits_for() {
    if Command::new("script").arg("--version").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "util-linux `script` is needed to give khabar a terminal");
        return;
    }
    let dir = scratch("waits");
    let command = format!("{} report --out {}", env!("CARGO_BIN_EXE_khabar"), dir.join("out").display());
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Read what the terminal shows until the hint, or give up after a while.
    let mut shown = Vec::new();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut byte = [0u8; 1];
        while !String::from_utf8_lossy(&shown).contains("Ctrl-D") && stdout.read(&mut byte).is_ok_and(|n| n == 1) {
            shown.push(byte[0]);
        }
        String::from_utf8_lossy(&shown).into_owned()
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !reader.is_finished() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    let shown = reader.join().unwrap();
    assert!(shown.contains("reading one document from standard input (end it with Ctrl-D"), "{shown:?}");
    assert!(!shown.contains("annotated 0 documents"), "the hint comes before any progress line: {shown:?}");
}
