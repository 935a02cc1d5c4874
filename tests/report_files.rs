//! `khabar report` writing its files and reading its inputs: the previous
//! report stays whole on any failure, runs into one folder never mix, links
//! at the destination are replaced, not followed; shards are known by their
//! content, read from folders and gzip, counted once, and a bad line or
//! shard is named and skipped.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn khabar() -> Command {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-files").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn run(cmd: &mut Command) -> (Output, String) {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stderr)
}

/// The documents count of report.json, and checks that the set of files is
/// whole and of one run (report.md states the same count) and that no
/// temporary file is left.
fn whole_report(out: &Path) -> u64 {
    let documents = whole_files(out);
    let leftovers: Vec<_> = std::fs::read_dir(out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".khabar-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    documents
}

/// The documents count of report.json, and checks that the set of files is
/// whole and of one run.
fn whole_files(out: &Path) -> u64 {
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).expect("report.json is whole");
    let documents = json["corpus"]["documents"].as_u64().unwrap();
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.contains(&format!("\n{documents} documents,")), "report.md is of another run than report.json");
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.ends_with("</html>\n"), "report.html is cut");
    assert!(html.contains(&format!("khabar report: {documents} documents")), "report.html is of another run");
    let csv = std::fs::read_to_string(out.join("claims.csv")).unwrap();
    assert!(csv.starts_with("doc,start,end,") && csv.ends_with('\n'));
    documents
}

fn report_of(inputs: &[&Path], out: &Path) -> (Output, String) {
    run(khabar().arg("report").args(inputs).arg("--out").arg(out))
}

/// Annotation lines of the seeds, one file.
fn seed_shard(dir: &Path) -> PathBuf {
    let out = khabar().arg("annotate").arg(seeds()).output().unwrap();
    assert!(out.status.success());
    let path = dir.join("seeds.jsonl");
    std::fs::write(&path, out.stdout).unwrap();
    path
}

#[test]
fn a_symlink_at_the_destination_is_replaced_and_its_target_kept() {
    let dir = scratch("symlink");
    let out = dir.join("out");
    std::fs::create_dir(&out).unwrap();
    let victim = dir.join("precious.txt");
    std::fs::write(&victim, "keep").unwrap();
    std::os::unix::fs::symlink(&victim, out.join("report.html")).unwrap();
    let (status, stderr) = report_of(&[&seeds()], &out);
    assert!(status.status.success(), "{stderr}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
    assert!(!std::fs::symlink_metadata(out.join("report.html")).unwrap().file_type().is_symlink());
    assert_eq!(whole_report(&out), 5);
}

#[test]
fn no_document_read_writes_no_report_and_keeps_the_previous_one() {
    let dir = scratch("empty");
    let out = dir.join("out");
    assert!(report_of(&[&seeds()], &out).0.status.success());
    let before = std::fs::read(out.join("report.json")).unwrap();
    // A mistyped path, an empty folder, a file of unknown JSON lines.
    let empty = dir.join("nothing");
    std::fs::create_dir(&empty).unwrap();
    let odd = dir.join("odd.jsonl");
    std::fs::write(&odd, "{\"id\": 1}\n").unwrap();
    for input in [dir.join("no-such-folder"), empty, odd] {
        let (status, stderr) = report_of(&[&input], &out);
        assert_eq!(status.status.code(), Some(2), "{}: {stderr}", input.display());
        assert!(stderr.contains("no document was read"), "{stderr}");
        assert_eq!(std::fs::read(out.join("report.json")).unwrap(), before);
        assert_eq!(whole_report(&out), 5);
    }
}

#[test]
fn a_closed_stdout_still_leaves_whole_files() {
    let dir = scratch("closed-stdout");
    let out = dir.join("out");
    let mut child =
        khabar().arg("report").arg(seeds()).arg("--out").arg(&out).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    drop(child.stdout.take());
    child.wait().unwrap();
    assert_eq!(whole_report(&out), 5);
}

#[test]
fn a_killed_run_leaves_the_previous_report_whole() {
    let dir = scratch("killed");
    let out = dir.join("out");
    assert!(report_of(&[&seeds()], &out).0.status.success());
    let corpus = dir.join("corpus.jsonl");
    let lines = khabar().args(["corpus", "--mb", "3"]).output().unwrap().stdout;
    std::fs::write(&corpus, lines).unwrap();
    // Killed at moments through the run: while annotating, and about when
    // the files are written.
    for delay_ms in [20, 120, 250, 400, 600, 900] {
        let mut child = khabar()
            .args(["report", "--quiet", "--jsonl", "--out"])
            .arg(&out)
            .stdin(std::fs::File::open(&corpus).unwrap())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        child.wait().unwrap();
        // A killed run cannot remove its temporary files; the next run does.
        let documents = whole_files(&out);
        assert!(documents == 5 || documents > 100, "{documents} documents: a report cut short");
    }
    assert!(report_of(&[&seeds()], &out).0.status.success());
    assert_eq!(whole_report(&out), 5);
}

#[test]
fn concurrent_runs_into_one_folder_never_mix() {
    let dir = scratch("concurrent");
    let out = dir.join("out");
    let files: Vec<PathBuf> = {
        let mut f: Vec<PathBuf> = std::fs::read_dir(seeds()).unwrap().map(|e| e.unwrap().path()).collect();
        f.sort();
        f
    };
    let children: Vec<_> = (1..=4)
        .map(|n| khabar().arg("report").arg("--quiet").args(&files[..n]).arg("--out").arg(&out).stdout(Stdio::null()).spawn().unwrap())
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let documents = whole_report(&out);
    assert!((1..=4).contains(&documents));
}

#[test]
fn a_full_disk_fails_the_run_and_keeps_the_previous_report() {
    let dir = scratch("full-disk");
    let out = dir.join("small");
    std::fs::create_dir(&out).unwrap();
    // A 64 KiB file system, where one may be mounted (root, Linux).
    let mounted = Command::new("mount").args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"]).arg(&out).output();
    if !mounted.is_ok_and(|o| o.status.success()) {
        eprintln!("SKIPPED: no small tmpfs could be mounted here (needs root)");
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(self.0).status();
        }
    }
    let _unmount = Unmount(&out);
    // The previous report: one short document fits.
    let one = dir.join("one.txt");
    std::fs::write(&one, "قالت قسد إن 5 مقاتلين قتلوا.").unwrap();
    let (status, stderr) = report_of(&[&one], &out);
    assert!(status.status.success(), "{stderr}");
    let before = std::fs::read(out.join("report.html")).unwrap();
    // The seeds' report does not fit.
    let (status, stderr) = report_of(&[&seeds()], &out);
    assert_eq!(status.status.code(), Some(2), "no report written is fatal: {stderr}");
    assert!(stderr.contains("No space left") || stderr.contains("space"), "{stderr}");
    assert_eq!(std::fs::read(out.join("report.html")).unwrap(), before);
    assert_eq!(whole_report(&out), 1);
}

#[test]
fn documents_given_twice_count_once() {
    let dir = scratch("duplicates");
    let shard = seed_shard(&dir);
    let copy = dir.join("retry.jsonl");
    std::fs::copy(&shard, &copy).unwrap();
    let out = dir.join("out");
    let (status, stderr) = report_of(&[&shard, &copy], &out);
    assert!(status.status.success(), "{stderr}");
    assert!(stderr.contains("5 document(s) were given more than once"), "{stderr}");
    assert_eq!(whole_report(&out), 5);
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap();
    assert_eq!(json["corpus"]["duplicates"], 5);
    // The same report as from one copy.
    let single = dir.join("single");
    assert!(report_of(&[&shard], &single).0.status.success());
    let strip = |v: &mut serde_json::Value| v["corpus"]["duplicates"] = 0.into();
    let mut a = json;
    let mut b: serde_json::Value = serde_json::from_slice(&std::fs::read(single.join("report.json")).unwrap()).unwrap();
    strip(&mut a);
    strip(&mut b);
    assert!(a == b, "a duplicate changed the report");
}

#[test]
fn spark_output_folders_and_gzip_shards_are_read_by_content() {
    let dir = scratch("spark");
    let shard = seed_shard(&dir);
    let lines = std::fs::read_to_string(&shard).unwrap();
    let lines: Vec<&str> = lines.lines().collect();
    let spark = dir.join("spark-out");
    std::fs::create_dir(&spark).unwrap();
    std::fs::write(spark.join("_SUCCESS"), "").unwrap();
    std::fs::write(spark.join(".part-00000.crc"), "crc").unwrap();
    std::fs::write(spark.join("part-00000"), format!("{}\n{}\n", lines[0], lines[1])).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(lines[2..].join("\n").as_bytes()).unwrap();
    std::fs::write(spark.join("part-00001.gz"), gz.finish().unwrap()).unwrap();
    let out = dir.join("out");
    let (status, stderr) = report_of(&[&spark], &out);
    assert!(status.status.success(), "{stderr}");
    let single = dir.join("single");
    assert!(report_of(&[&shard], &single).0.status.success());
    for file in ["report.json", "report.md", "report.html"] {
        assert!(std::fs::read(out.join(file)).unwrap() == std::fs::read(single.join(file)).unwrap(), "{file} differs");
    }
}

#[test]
fn document_lines_are_annotated_and_unknown_lines_refused() {
    let dir = scratch("doc-lines");
    let docs = dir.join("docs.json");
    std::fs::write(&docs, "{\"doc\":\"a\",\"text\":\"قالت قسد إن 5 مقاتلين قتلوا.\"}\n{\"doc\":\"b\",\"text\":\"نحو 11 ألف مقاتل\"}\n")
        .unwrap();
    let odd = dir.join("ids.jsonl");
    std::fs::write(&odd, "{\"id\":7}\n").unwrap();
    let out = dir.join("out");
    let (status, stderr) = report_of(&[&docs, &odd], &out);
    assert_eq!(status.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("ids.jsonl") && stderr.contains("neither annotations"), "{stderr}");
    assert_eq!(whole_report(&out), 2);
}

#[test]
fn a_bad_line_or_byte_in_a_shard_is_named_and_skipped() {
    let dir = scratch("bad-line");
    let shard = seed_shard(&dir);
    let mut bytes = std::fs::read(&shard).unwrap();
    bytes.extend_from_slice(b"{\"doc\":\"bad\xFF.txt\",\"entities\":[]}\nnot json\n");
    std::fs::write(&shard, bytes).unwrap();
    let out = dir.join("out");
    let (status, stderr) = report_of(&[&shard], &out);
    assert_eq!(status.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("seeds.jsonl:6:") && stderr.contains("seeds.jsonl:7:"), "{stderr}");
    assert_eq!(whole_report(&out), 5);
}

#[test]
fn a_sentence_of_thousands_of_names_and_a_huge_document_name_stay_small() {
    let dir = scratch("pathological");
    // 8,000 names in one sentence: pairs among its first names only.
    let names = ["بلينكن", "البغدادي", "قسد", "داعش", "العراق", "سوريا", "تركيا", "الموصل", "الرقة", "دمشق"];
    let list: Vec<&str> = names.iter().copied().cycle().take(8_000).collect();
    let crowd = dir.join("crowd.txt");
    std::fs::write(&crowd, format!("اجتمع {} في بغداد.", list.join(" و"))).unwrap();
    // A document name of 300 KB.
    let long = dir.join("long-name.jsonl");
    let line = serde_json::json!({"doc": "n".repeat(300_000), "text": "قالت قسد إن 5 مقاتلين قتلوا في 10 أيلول 2014."});
    std::fs::write(&long, format!("{line}\n")).unwrap();
    let out = dir.join("out");
    let (status, stderr) = report_of(&[&crowd, &long], &out);
    assert!(status.status.success(), "{stderr}");
    assert_eq!(whole_report(&out), 2);
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap();
    let pairs = json["cooccurrence"].as_array().unwrap().len();
    assert!(pairs > 0 && pairs <= 24 * 23 / 2, "{pairs} pairs");
    // The long name was read as a document (its figure is counted) and is
    // written a bounded number of times, not once per row.
    assert_eq!(json["corpus"]["quantities"], 1);
    for file in ["report.html", "report.md", "report.json"] {
        let size = std::fs::metadata(out.join(file)).unwrap().len();
        assert!(size < 4 * 300_000 + 200_000, "{file}: {size} bytes");
    }
}

#[test]
fn partial_reports_merge_into_the_single_report() {
    let dir = scratch("partials");
    let files: Vec<PathBuf> = {
        let mut f: Vec<PathBuf> = std::fs::read_dir(seeds()).unwrap().map(|e| e.unwrap().path()).collect();
        f.sort();
        f
    };
    let single = dir.join("single");
    assert!(report_of(&[&seeds()], &single).0.status.success());
    // Three partitions; the first two merged into one partial (a tree),
    // then that with the third into the report.
    let parts = dir.join("parts");
    std::fs::create_dir(&parts).unwrap();
    for (k, chunk) in files.chunks(2).enumerate() {
        let (status, stderr) = run(khabar().arg("report").args(chunk).arg("--partial").arg(parts.join(format!("p{k}.json"))));
        assert!(status.status.success(), "{stderr}");
    }
    let (status, stderr) =
        run(khabar().arg("report").arg(parts.join("p0.json")).arg(parts.join("p1.json")).arg("--partial").arg(dir.join("p01.json")));
    assert!(status.status.success(), "{stderr}");
    let merged = dir.join("merged");
    // A report from the annotations was there before: its tables go.
    assert!(report_of(&[&seeds()], &merged).0.status.success());
    let (status, stderr) = report_of(&[Path::new("merge"), &dir.join("p01.json"), &parts.join("p2.json")], &merged);
    assert!(status.status.success(), "{stderr}");
    for file in ["report.json", "report.md", "report.html"] {
        assert!(std::fs::read(merged.join(file)).unwrap() == std::fs::read(single.join(file)).unwrap(), "{file} differs");
    }
    assert!(!merged.join("claims.csv").exists() && !merged.join("documents.csv").exists());
    // A partial merged twice is named and left out, not counted twice.
    let again = dir.join("again");
    let (status, stderr) = report_of(&[&dir.join("p01.json"), &parts.join("p0.json"), &parts.join("p2.json")], &again);
    assert_eq!(status.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("p0.json: not merged") && stderr.contains("in both"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(again.join("report.json")).unwrap()).unwrap();
    assert_eq!(json["corpus"]["documents"], 5);
}

#[test]
fn bad_records_travel_as_data_through_a_pipeline_and_are_listed() {
    let dir = scratch("error-records");
    // A partition with a good line, a bad byte, a line without text and a
    // duplicated id, annotated as a pipe stage would.
    let partition: &[u8] = b"{\"doc\":1,\"text\":\"\xd9\x82\xd8\xa7\xd9\x84\xd8\xaa \xd9\x82\xd8\xb3\xd8\xaf \xd8\xa5\xd9\x86 5 \xd9\x85\xd9\x82\xd8\xa7\xd8\xaa\xd9\x84\xd9\x8a\xd9\x86 \xd9\x82\xd8\xaa\xd9\x84\xd9\x88\xd8\xa7\"}\n{\"doc\":2,\"text\":\"x\xff y\"}\n{\"doc\":3,\"txt\":\"no text\"}\n{\"doc\":1,\"text\":\"again\"}\n";
    let mut child = khabar()
        .args(["annotate", "--jsonl", "--errors-as-records"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(partition).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "a bad record does not fail the stage: {}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4, "one line per input line");
    assert_eq!(lines[1]["doc"], "2");
    assert!(lines[1]["error"]["message"].as_str().unwrap().contains("invalid UTF-8"));
    assert_eq!((lines[2]["error"]["source"].as_str(), lines[2]["error"]["line"].as_u64()), (Some("<stdin>"), Some(3)));
    let shard = dir.join("part-00000");
    std::fs::write(&shard, &out.stdout).unwrap();
    let report = dir.join("out");
    let (status, stderr) = report_of(&[&shard], &report);
    assert!(status.status.success(), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(report.join("report.json")).unwrap()).unwrap();
    // Nothing lost, nothing counted twice: one document, one duplicate,
    // two inputs that could not be read, listed.
    assert_eq!((json["corpus"]["documents"].as_u64(), json["corpus"]["duplicates"].as_u64()), (Some(1), Some(1)));
    assert_eq!(json["corpus"]["failed"], 2);
    let failed: Vec<&str> = json["failed"].as_array().unwrap().iter().map(|f| f["doc"].as_str().unwrap()).collect();
    assert_eq!(failed, ["2", "3"]);
    assert!(std::fs::read_to_string(report.join("report.html")).unwrap().contains("Inputs that could not be read"));
}

#[test]
fn shards_carry_what_made_them_and_the_names_of_their_own_entities() {
    let dir = scratch("provenance");
    let gazetteer = dir.join("mine.toml");
    std::fs::write(
        &gazetteer,
        "[[entity]]\nid = \"wadi_co\"\ntype = \"ORG\"\nname = \"Wadi Company\"\narabic = \"شركة الوادي\"\naliases = [\"شركة الوادي\"]\n",
    )
    .unwrap();
    let article = dir.join("a.txt");
    std::fs::write(&article, "قالت شركة الوادي إن 5 مقاتلين قتلوا.").unwrap();
    let other = dir.join("b.txt");
    std::fs::write(&other, "قالت قسد إن 3 مقاتلين قتلوا.").unwrap();
    let annotate = |args: &[&std::ffi::OsStr], out: &Path| {
        let o = khabar().arg("annotate").args(args).output().unwrap();
        assert!(o.status.success());
        std::fs::write(out, &o.stdout).unwrap();
        serde_json::from_slice::<serde_json::Value>(o.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap()
    };
    let mine = dir.join("mine.jsonl");
    let line = annotate(&["--gazetteer".as_ref(), gazetteer.as_os_str(), article.as_os_str()], &mine);
    let producer = line["meta"]["producer"].as_str().unwrap().to_string();
    assert!(producer.starts_with("khabar ") && producer.contains("+data:"), "{producer}");
    assert_eq!(line["meta"]["names"][0]["name"], "Wadi Company");
    let plain = dir.join("plain.jsonl");
    let line = annotate(&[other.as_os_str()], &plain);
    assert!(!line["meta"]["producer"].as_str().unwrap().contains("+data:"));
    // The report names the user's entity without the gazetteer, and says
    // the shards were made differently.
    let out = dir.join("out");
    let (status, stderr) = report_of(&[&mine, &plain], &out);
    assert!(status.status.success(), "{stderr}");
    assert!(stderr.contains("annotations made differently are merged"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap();
    let wadi = json["actors"].as_array().unwrap().iter().find(|a| a["id"] == "wadi_co").unwrap();
    assert_eq!((wadi["name"].as_str(), wadi["arabic"].as_str()), (Some("Wadi Company"), Some("شركة الوادي")));
    assert_eq!(json["corpus"]["producers"].as_array().unwrap().len(), 2);
}
