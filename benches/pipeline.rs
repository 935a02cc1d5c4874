//! Throughput of the whole pipeline as `khabar annotate` runs it:
//! tokenize, tag entities, extract numbers and dates, describe the document
//! and serialize its JSON line, over the generated corpus (about 20 MB),
//! on one thread and on the thread pool.

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
}

criterion_group!(benches, bench);
criterion_main!(benches);

// The allocator the `khabar` binary uses, so the figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
