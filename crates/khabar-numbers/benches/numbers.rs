//! Throughput of number and date extraction, tokenization included, over
//! the seed articles cycled to about 20 MB.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use khabar_numbers::Extractor;

#[path = "../../../src/corpus.rs"]
mod corpus;

fn bench(c: &mut Criterion) {
    let docs = corpus::texts(corpus::bench_size());
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("numbers");
    group.throughput(Throughput::Bytes(corpus::total_bytes(&docs)));
    group.sample_size(10);
    group.bench_function("extract", |b| b.iter(|| docs.iter().map(|d| extractor.extract(black_box(d)).quantities.len()).sum::<usize>()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
