//! Throughput of entity tagging, tokenization included, over the seed
//! articles cycled to about 20 MB: with the statistical model, and with
//! the gazetteer alone.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use khabar_entities::{Gazetteer, Tagger};

#[path = "../../../src/corpus.rs"]
mod corpus;

fn bench(c: &mut Criterion) {
    let docs = corpus::texts(corpus::bench_size());
    let tagger = Tagger::default();
    let gazetteer_only = Tagger::new(Gazetteer::default());
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(corpus::total_bytes(&docs)));
    group.sample_size(10);
    // The gazetteer and the statistical model, as `khabar annotate` runs.
    group.bench_function("tag", |b| b.iter(|| docs.iter().map(|d| tagger.tag(black_box(d)).len()).sum::<usize>()));
    // The gazetteer alone (`--entities gazetteer`).
    group.bench_function("tag_gazetteer_only", |b| b.iter(|| docs.iter().map(|d| gazetteer_only.tag(black_box(d)).len()).sum::<usize>()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
