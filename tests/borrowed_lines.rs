//! `khabar annotate` writes each line from an annotation that borrows the
//! document's text (`Pipeline::annotate_borrowed`) with its own JSON writer
//! (`DocAnnotation::write_json`); everything else keeps owned annotations
//! (`Pipeline::annotate`) and serde. All must give the same JSON, byte for
//! byte, whatever the text.

use khabar::{Pipeline, PipelineConfig};
use proptest::prelude::*;
use std::path::Path;

fn lines_agree(pipeline: &Pipeline, name: &str, text: &str) -> Result<(), String> {
    let borrowed = pipeline.annotate_borrowed(name, text);
    let written = serde_json::to_string(&borrowed).map_err(|e| e.to_string())?;
    let owned = serde_json::to_string(&pipeline.annotate(name, text)).map_err(|e| e.to_string())?;
    let mut fast = Vec::new();
    borrowed.write_json(&mut fast);
    let fast = String::from_utf8(fast).map_err(|e| e.to_string())?;
    let converted = serde_json::to_string(&borrowed.into_owned()).map_err(|e| e.to_string())?;
    if written != owned || written != converted {
        return Err(format!("{name}: borrowed and owned lines differ\n{written}\n{owned}"));
    }
    if fast != written {
        return Err(format!("{name}: write_json and serde_json differ\n{fast}\n{written}"));
    }
    Ok(())
}

#[test]
fn seeds_give_the_same_lines() {
    let pipeline = Pipeline::new(&PipelineConfig { tokens: true, ..PipelineConfig::default() }).unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut checked = 0;
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // Every kind of item, and contexts cut from long sentences too.
        let line = pipeline.annotate(&name, &text);
        assert!(!line.entities.is_empty() && !line.quantities.is_empty(), "{name} has entities and quantities");
        lines_agree(&pipeline, &name, &text).unwrap();
        lines_agree(&pipeline, &name, &text.replace(['.', '\n'], " ")).unwrap();
        checked += 1;
    }
    assert_eq!(checked, 5);
}

fn shared_pipeline() -> &'static Pipeline {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new(&PipelineConfig::default()).unwrap())
}

proptest! {
    #[test]
    fn any_text_gives_the_same_lines(text in "[ا-ي0-9٠-٩ .،\n\"«»$%ـًَ]{0,300}|\\PC{0,200}") {
        let agree = lines_agree(shared_pipeline(), "doc", &text);
        prop_assert!(agree.is_ok(), "{:?}", agree);
    }
}
