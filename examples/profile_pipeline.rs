//! Times each stage of the pipeline over the generated corpus, one thread:
//! `cargo run --release --example profile_pipeline -- 20` (megabytes).
//! Also the binary to run under perf or valgrind --tool=callgrind.

use khabar::describe::{describe, Outlets};
use khabar::{corpus, Pipeline, PipelineConfig};
use khabar_entities::Tagger;
use khabar_numbers::Extractor;
use khabar_tokenize::{Sentences, Tokenizer};
use std::time::Instant;

fn main() {
    let mb: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    let docs = corpus::texts(mb * 1_000_000);
    let bytes = corpus::total_bytes(&docs) as f64;
    let tokenizer = Tokenizer::default();
    let tagger = Tagger::default();
    let extractor = Extractor::default();
    let pipeline = Pipeline::new(&PipelineConfig::default()).expect("pipeline");
    // STAGE=name runs only the stages whose name contains it (for perf).
    let only = std::env::var("STAGE").ok();
    let wanted = |name: &str| only.as_deref().is_none_or(|o| name.contains(o));
    let time = |name: &str, f: &dyn Fn() -> usize| {
        if !wanted(name) {
            return;
        }
        let start = Instant::now();
        let n = f();
        let s = start.elapsed().as_secs_f64();
        println!("{name:<34} {:>7.1} ms/MB {:>7.1} MB/s  ({n})", s * 1e3 / (bytes / 1e6), bytes / s / 1e6);
    };
    time("tokenize", &|| docs.iter().map(|d| tokenizer.tokenize(d).len()).sum());
    time("tokenize + sentences", &|| docs.iter().map(|d| Sentences::of(&tokenizer.tokenize(d)).len()).sum());
    time("tokenize + entities", &|| docs.iter().map(|d| tagger.tag_tokens(&tokenizer.tokenize(d)).len()).sum());
    time("tokenize + numbers", &|| docs.iter().map(|d| extractor.extract_tokens(&tokenizer.tokenize(d)).quantities.len()).sum());
    let outlets = Outlets::default();
    time("tokenize + describe", &|| docs.iter().map(|d| describe(&tokenizer.tokenize(d), &[], &outlets).words).sum());
    // What `analyze` runs before the claims stage; `analyze` less this is
    // the claims stage's cost in the pipeline, its tables and lists read
    // after the other stages have filled the caches ("claims alone" runs
    // it over analyses made beforehand, in a warm cache).
    time("stages before claims, by hand", &|| {
        docs.iter()
            .map(|d| {
                let t = tokenizer.tokenize(d);
                let s = Sentences::of(&t);
                let e = tagger.tag_tokens(&t);
                let ids = e.iter().filter(|m| !tagger.id_of(m, d).is_empty()).count();
                let n = extractor.extract_tokens(&t);
                let m = describe(&t, &n.dates, &outlets);
                s.len() + ids + n.quantities.len() + m.words
            })
            .sum()
    });
    time("analyze", &|| docs.iter().map(|d| pipeline.analyze(d).mentions.len()).sum());
    // Analyzed beforehand (and only when this stage runs), so that the
    // time is the claims stage alone.
    if wanted("claims alone") {
        let analyses: Vec<_> = docs.iter().map(|d| pipeline.analyze(d)).collect();
        time("claims alone", &|| analyses.iter().map(|a| pipeline.claims_of(a).len()).sum());
    }
    time("annotate", &|| docs.iter().map(|d| pipeline.annotate_borrowed("doc", d).entities.len()).sum());
    time("annotate + JSON line", &|| {
        let mut line = Vec::new();
        docs.iter()
            .map(|d| {
                line.clear();
                pipeline.annotate_borrowed("doc", d).write_json(&mut line);
                line.len()
            })
            .sum()
    });
    // Annotated beforehand (and only when these stages run), so that the
    // time is the serializing alone.
    if wanted("JSON lines alone") {
        let annotations: Vec<_> = docs.iter().map(|d| pipeline.annotate("doc", d)).collect();
        time("JSON lines alone", &|| {
            let mut line = Vec::new();
            annotations
                .iter()
                .map(|a| {
                    line.clear();
                    a.write_json(&mut line);
                    line.len()
                })
                .sum()
        });
        time("JSON lines alone, serde_json", &|| annotations.iter().map(|a| serde_json::to_vec(a).map_or(0, |v| v.len())).sum());
    }
}

// The allocator the `khabar` binary uses, so the figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
