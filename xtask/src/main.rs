//! `cargo xtask`: the project's chores in one place.
//!
//! - `cargo xtask test`: format check, clippy with warnings denied, every
//!   test and doctest, the benches smoke-run once, snapshots in check mode.
//! - `cargo xtask report [DIR] [--out DIR]`: the report on `seeds/` (or DIR).
//! - `cargo xtask eval`: the seeds scored against the gold annotations.
//! - `cargo xtask bench`: the criterion benches.
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
        _ => {
            eprintln!("usage: cargo xtask <test|report [DIR] [--out DIR]|eval|bench [FILTER]|ci>");
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
    Ok(())
}

fn report(args: &[String]) -> Result<()> {
    let mut cmd = cargo();
    cmd.args(["run", "--quiet", "--release", "--bin", "khabar", "--", "report"]);
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
    cmd.arg(dir.unwrap_or_else(|| root().join("seeds").display().to_string()));
    cmd.arg("--out").arg(out.unwrap_or_else(|| root().join("target/report").display().to_string()));
    run("khabar report", cmd)
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

fn bench(args: &[String]) -> Result<()> {
    let mut cmd = cargo();
    cmd.args(["bench", "--workspace"]);
    if !args.is_empty() {
        cmd.arg("--").args(args);
    }
    run("cargo bench --workspace", cmd)
}
