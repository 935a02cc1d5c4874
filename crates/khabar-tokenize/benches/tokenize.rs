//! Throughput of tokenization and normalization over about 20 MB of
//! synthetic news (`khabar_tokenize::sample`).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use khabar_tokenize::Tokenizer;

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
    let tokenizer = Tokenizer::default();
    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(docs.iter().map(|d| d.len() as u64).sum::<u64>()));
    group.sample_size(10);
    group.bench_function("tokens", |b| b.iter(|| docs.iter().map(|d| tokenizer.tokenize(black_box(d)).len()).sum::<usize>()));
    group.bench_function("tokens_and_sentences", |b| {
        b.iter(|| docs.iter().map(|d| khabar_tokenize::Sentences::of(&tokenizer.tokenize(black_box(d))).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
