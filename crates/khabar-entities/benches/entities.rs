//! Throughput of entity tagging, tokenization included, over about 20 MB
//! of synthetic news (`khabar_tokenize::sample`): with the statistical
//! model, and with the gazetteer alone.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use khabar_entities::{Gazetteer, Tagger};

/// About 20 MB of text in an optimized build; a small slice when
/// `cargo test --benches` smoke-runs the bench in a debug build.
fn bench_bytes() -> usize {
    if cfg!(debug_assertions) {
        100_000
    } else {
        20_000_000
    }
}

fn bench(c: &mut Criterion) {
    let docs = khabar_tokenize::sample::articles(bench_bytes());
    let tagger = Tagger::default();
    let gazetteer_only = Tagger::new(Gazetteer::default());
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(docs.iter().map(|d| d.len() as u64).sum::<u64>()));
    group.sample_size(10);
    // The gazetteer and the statistical model, as `khabar annotate` runs.
    group.bench_function("tag", |b| b.iter(|| docs.iter().map(|d| tagger.tag(black_box(d)).len()).sum::<usize>()));
    // The gazetteer alone (`--entities gazetteer`).
    group.bench_function("tag_gazetteer_only", |b| b.iter(|| docs.iter().map(|d| gazetteer_only.tag(black_box(d)).len()).sum::<usize>()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
