//! Building the report: annotations of the generated corpus (about 20 MB of
//! text) added one at a time to an accumulator and finished, and the report
//! rendered as HTML, Markdown and JSON. Throughput is over the text the
//! annotations were made from.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use khabar::{corpus, DocAnnotation, Pipeline, PipelineConfig};
use khabar_report::render::{Html, Json, Markdown, Renderer};
use rayon::prelude::*;

fn bench(c: &mut Criterion) {
    let pipeline = Pipeline::new(&PipelineConfig::default()).expect("the shipped data loads");
    let docs: Vec<(String, String)> = corpus::documents(corpus::bench_size()).collect();
    let text_bytes: u64 = docs.iter().map(|(_, t)| t.len() as u64).sum();
    let annotations: Vec<DocAnnotation> = docs.par_iter().map(|(name, text)| pipeline.annotate(name, text)).collect();
    let builder = pipeline.report_builder();

    let mut group = c.benchmark_group("report");
    group.throughput(Throughput::Bytes(text_bytes));
    group.sample_size(10);
    group.bench_function("accumulate_and_finish", |b| {
        b.iter(|| {
            let mut acc = builder.accumulator();
            for a in &annotations {
                black_box(acc.add(a));
            }
            acc.finish()
        })
    });
    let report = builder.build(&annotations);
    group.bench_function("render_html_markdown_json", |b| {
        b.iter(|| [&Html as &dyn Renderer, &Markdown, &Json].iter().map(|r| r.render(black_box(&report)).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
