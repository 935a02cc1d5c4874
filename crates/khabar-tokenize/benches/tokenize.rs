//! Throughput of tokenization and normalization over the seed articles
//! cycled to about 20 MB.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use khabar_tokenize::Tokenizer;

#[path = "../../../src/corpus.rs"]
mod corpus;

fn bench(c: &mut Criterion) {
    let docs = corpus::texts(corpus::bench_size());
    let tokenizer = Tokenizer::default();
    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(corpus::total_bytes(&docs)));
    group.sample_size(10);
    group.bench_function("tokens", |b| b.iter(|| docs.iter().map(|d| tokenizer.tokenize(black_box(d)).len()).sum::<usize>()));
    group.bench_function("tokens_and_sentences", |b| {
        b.iter(|| docs.iter().map(|d| khabar_tokenize::Sentences::of(&tokenizer.tokenize(black_box(d))).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
