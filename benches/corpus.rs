//! The benchmark corpus, shared by every bench in the workspace (included
//! with `#[path]`): the seed articles cycled, one document per copy, until
//! the corpus reaches the requested size. Deterministic, so anyone can
//! reproduce the figures.

#![allow(dead_code)]

/// The five seed articles.
pub const SEEDS: [&str; 5] = [
    include_str!("../seeds/000_5d9f13a3a59b5a92.txt"),
    include_str!("../seeds/001_b81e124375752cc1.txt"),
    include_str!("../seeds/002_5ced4cc376893daf.txt"),
    include_str!("../seeds/003_83b625066f24c502.txt"),
    include_str!("../seeds/004_0ae17a3b2d5de974.txt"),
];

/// The bench corpus size: about 20 MB in an optimized build, a small slice
/// when `cargo test --benches` smoke-runs the benches in a debug build.
pub fn bench_size() -> usize {
    if cfg!(debug_assertions) {
        100_000
    } else {
        20_000_000
    }
}

/// The seeds cycled until the documents hold at least `bytes` bytes.
pub fn cycled(bytes: usize) -> Vec<&'static str> {
    let mut docs = Vec::new();
    let mut total = 0;
    for seed in SEEDS.iter().cycle() {
        if total >= bytes {
            break;
        }
        docs.push(*seed);
        total += seed.len();
    }
    docs
}

/// Total bytes of a list of documents.
pub fn total_bytes(docs: &[&str]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}
