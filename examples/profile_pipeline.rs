//! Runs the pipeline over the bench corpus for profiling:
//! `cargo build --release --example profile_pipeline` then run it under
//! perf or valgrind --tool=callgrind.

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() {
    let mb: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let docs = corpus::cycled(mb << 20);
    let pipeline = khabar::Pipeline::new(&khabar::PipelineConfig::default()).expect("pipeline");
    let mut n = 0;
    let start = std::time::Instant::now();
    for (i, d) in docs.iter().enumerate() {
        let a = pipeline.annotate(&i.to_string(), d);
        n += a.entities.len() + a.quantities.len() + a.dates.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{n} items, {:.1} MB/s", corpus::total_bytes(&docs) as f64 / secs / 1e6);
}
