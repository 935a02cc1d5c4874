//! The workspace as a user gets it: the Rust it needs is the one the
//! README and the manifests state, and each crate builds from its own
//! folder (as `cargo publish` packages it), reaching no file outside.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The `rust-version` of the workspace manifest.
fn declared_rust_version() -> String {
    let manifest: toml::Table = toml::from_str(&std::fs::read_to_string(root().join("Cargo.toml")).unwrap()).unwrap();
    manifest["workspace"]["package"]["rust-version"].as_str().unwrap().to_string()
}

fn version(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap()).collect()
}

#[test]
fn the_minimum_rust_is_stated_truly_against_the_lock_file() {
    let declared = declared_rust_version();
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(readme.contains(&format!("Rust (stable, {declared} or newer)")), "the README states Rust {declared}");
    // Every locked package this machine builds, dev-dependencies included
    // (the tests are part of what a user builds), needs no newer Rust than
    // the one declared. Offline, so only the packages of this platform
    // (those a build has fetched); another platform's are read where it
    // builds.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let rustc_version = std::process::Command::new(rustc).arg("-vV").output().unwrap();
    let host = String::from_utf8_lossy(&rustc_version.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("host: ").map(str::to_string))
        .expect("rustc -vV names the host");
    let out = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline", "--filter-platform", &host])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut needs: Vec<(Vec<u64>, String)> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| Some((version(p["rust_version"].as_str()?), format!("{} {}", p["name"], p["version"]))))
        .collect();
    needs.sort();
    let (newest, package) = needs.last().unwrap();
    assert!(newest <= &version(&declared), "{package} needs Rust {newest:?}, newer than the declared {declared}");
    // The workspace's own packages say the same.
    for p in metadata["packages"].as_array().unwrap().iter().filter(|p| p["source"].is_null()) {
        if let Some(v) = p["rust_version"].as_str() {
            assert_eq!(v, declared, "{}", p["name"]);
        }
    }
}

/// The files below `dir` ending in `.rs`.
fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The relative paths a Rust file reaches at compile time
/// (`include_str!`, `include_bytes!`, `#[path]`).
fn reached_paths(source: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for opener in ["include_str!(\"", "include_bytes!(\"", "#[path = \"", "#[doc = include_str!(\""] {
        let mut rest = source;
        while let Some(at) = rest.find(opener) {
            rest = &rest[at + opener.len()..];
            if let Some(end) = rest.find('"') {
                paths.push(rest[..end].to_string());
            }
        }
    }
    paths
}

#[test]
fn each_crate_reaches_no_file_outside_its_folder() {
    let mut checked = 0;
    for entry in std::fs::read_dir(root().join("crates")).unwrap().flatten() {
        let krate = entry.path().canonicalize().unwrap();
        let mut files = Vec::new();
        for part in ["src", "benches", "tests", "examples"] {
            rust_files(&krate.join(part), &mut files);
        }
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            for reached in reached_paths(&source) {
                let target = file.parent().unwrap().join(&reached);
                let target = target.canonicalize().unwrap_or_else(|e| panic!("{}: {reached}: {e}", file.display()));
                assert!(target.starts_with(&krate), "{} reaches {reached}, outside its crate: its package would not build", file.display());
                checked += 1;
            }
        }
        // What a package needs beside its code.
        for needed in ["README.md", "LICENSE-MIT", "LICENSE-APACHE"] {
            assert!(krate.join(needed).is_file(), "{} has no {needed}", krate.display());
        }
    }
    assert!(checked > 5, "the scan found the crates' included files ({checked})");
}

#[test]
fn a_path_leaving_the_crate_is_seen() {
    assert_eq!(reached_paths("#[path = \"../../../src/corpus.rs\"]\nmod corpus;"), ["../../../src/corpus.rs"]);
    assert_eq!(reached_paths("const A: &str = include_str!(\"../data/a.toml\");"), ["../data/a.toml"]);
}

#[test]
fn the_files_the_docs_point_to_exist() {
    const TOP: [&str; 11] = ["tests/", "crates/", "data/", "docs/", "src/", "seeds/", "examples/", "benches/", "xtask/", "fuzz/", "gold/"];
    let mut checked = 0;
    for doc in ["README.md", "ARCHITECTURE.md", "CHANGELOG.md", "docs/FORMAT.md", "docs/REPORT.md", "docs/CLAIMS.md"] {
        let text = std::fs::read_to_string(root().join(doc)).unwrap();
        // Paths written in backticks or as link targets: `tests/data/x`, (crates/y).
        for piece in text.split(['`', '(', ')', '[', ']', ' ', '\n']) {
            let path = piece.trim_end_matches([',', '.', ':', ';']);
            // Folders a run makes (and .gitignore lists) are named too.
            let made_by_a_run = path.starts_with("fuzz/work");
            if made_by_a_run
                || !TOP.iter().any(|t| path.starts_with(t))
                || path.contains(['*', '<', '{', '…'])
                || path.ends_with('/') && path.len() < 3
            {
                continue;
            }
            // A path with a line or an anchor: the file part.
            let file = path.split(['#', ':']).next().unwrap_or(path);
            // A crate's data is also named from its crate (`data/lexicon.toml`).
            let in_a_crate = || std::fs::read_dir(root().join("crates")).unwrap().flatten().any(|c| c.path().join(file).exists());
            assert!(root().join(file).exists() || in_a_crate(), "{doc} points to {file}, which is not in the repository");
            checked += 1;
        }
    }
    assert!(checked > 20, "the scan found the docs' paths ({checked})");
}
