//! Throughput of the whole pipeline as `khabar annotate` runs it:
//! tokenize, tag entities, extract numbers and dates, describe the document
//! and serialize its JSON line, over the generated corpus (about 20 MB of
//! the seed articles varied), on one thread and on the thread pool; and of
//! each stage alone over the same corpus (`stages/…`; `stages/claims` over
//! analyses made beforehand). The crates' own
//! benches measure their stage on synthetic news, so that a crate benches
//! without this workspace; the stage figures here are the ones to compare
//! with the pipeline's.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use khabar::{corpus, Pipeline, PipelineConfig};
use rayon::prelude::*;

fn bench(c: &mut Criterion) {
    let docs = corpus::texts(corpus::bench_size());
    let pipeline = Pipeline::new(&PipelineConfig::default()).expect("the shipped data loads");
    let line = |text: &str| {
        let mut line = Vec::new();
        pipeline.annotate_borrowed("doc", black_box(text)).write_json(&mut line);
        line.len()
    };
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(corpus::total_bytes(&docs)));
    group.sample_size(10);
    group.bench_function("annotate_to_json_one_thread", |b| b.iter(|| docs.iter().map(|d| line(d)).sum::<usize>()));
    group.bench_function("annotate_to_json_thread_pool", |b| b.iter(|| docs.par_iter().map(|d| line(d)).sum::<usize>()));
    group.finish();

    let tokenizer = khabar_tokenize::Tokenizer::default();
    let tagger = khabar_entities::Tagger::default();
    let extractor = khabar_numbers::Extractor::default();
    let mut stages = c.benchmark_group("stages");
    stages.throughput(Throughput::Bytes(corpus::total_bytes(&docs)));
    stages.sample_size(10);
    stages.bench_function("tokenize", |b| b.iter(|| docs.iter().map(|d| tokenizer.tokenize(black_box(d)).len()).sum::<usize>()));
    stages.bench_function("entities", |b| b.iter(|| docs.iter().map(|d| tagger.tag(black_box(d)).len()).sum::<usize>()));
    stages.bench_function("numbers", |b| b.iter(|| docs.iter().map(|d| extractor.extract(black_box(d)).quantities.len()).sum::<usize>()));
    // The claims stage alone, over analyses made beforehand (its
    // throughput is still counted in bytes of text).
    let analyses: Vec<_> = docs.iter().map(|d| pipeline.analyze(d)).collect();
    stages.bench_function("claims", |b| b.iter(|| analyses.iter().map(|a| pipeline.claims_of(black_box(a)).len()).sum::<usize>()));
    drop(analyses);
    stages.finish();

    // What every run pays before its first document: the shipped data
    // parsed and checked, the model decompressed.
    let mut startup = c.benchmark_group("startup");
    startup.sample_size(10);
    startup.bench_function("pipeline_new", |b| b.iter(|| Pipeline::new(black_box(&PipelineConfig::default())).map(|_| ()).is_ok()));
    startup.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

// The allocator the `khabar` binary uses, so the figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
