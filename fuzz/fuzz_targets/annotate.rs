//! Any bytes, as `khabar annotate` takes them: decoded (lossy, so every
//! input reaches the pipeline), annotated and serialized; the JSON line
//! reads back, every span matches its text, and no value is NaN or
//! infinite.
#![no_main]

use khabar::input::decode;
use khabar::{DocAnnotation, Pipeline, PipelineConfig};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static PIPELINE: LazyLock<Pipeline> =
    LazyLock::new(|| Pipeline::new(&PipelineConfig { tokens: true, ..PipelineConfig::default() }).unwrap());

fuzz_target!(|bytes: &[u8]| {
    let Ok((text, _)) = decode("fuzz", bytes.to_vec(), true) else { return };
    let annotation = PIPELINE.annotate("fuzz", &text);
    let line = serde_json::to_string(&annotation).unwrap();
    let back: DocAnnotation = serde_json::from_str(&line).unwrap();
    for e in &back.entities {
        assert_eq!(&text[e.start..e.end], e.text);
    }
    for q in &back.quantities {
        assert_eq!(&text[q.start..q.end], q.text);
        assert!(q.value.is_none_or(|v| v.is_finite()));
    }
    for d in &back.dates {
        assert_eq!(&text[d.start..d.end], d.text);
    }
});
