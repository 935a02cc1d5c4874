//! Scores the pipeline on the seed articles against the hand-checked gold
//! annotations (`tests/data/gold_seeds.jsonl`), with the thresholds the
//! project commits to. Prints the whole table.

use khabar::eval::score;
use khabar::{DocAnnotation, Pipeline, PipelineConfig};
use std::path::Path;

fn gold() -> Vec<DocAnnotation> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold_seeds.jsonl")).unwrap();
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn predicted(gold: &[DocAnnotation]) -> Vec<DocAnnotation> {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    gold.iter()
        .map(|g| {
            let text = std::fs::read_to_string(seeds.join(&g.doc)).unwrap();
            pipeline.annotate(&g.doc, &text)
        })
        .collect()
}

#[test]
fn numbers_and_dates_meet_thresholds() {
    let gold = gold();
    let s = score(&predicted(&gold), &gold);
    println!("{}", s.table());
    assert!(s.quantities.f1() >= 0.98, "quantities F1 {:.3}", s.quantities.f1());
    assert!(s.dates.f1() >= 0.95, "dates F1 {:.3}", s.dates.f1());
    for (name, a) in [("kind", s.kind), ("unit", s.unit), ("qualifier", s.qualifier), ("counted", s.counted)] {
        assert!(a.rate() >= 0.90, "{name} agreement {:.3}", a.rate());
    }
}

#[test]
fn entities_meet_thresholds() {
    let gold = gold();
    let s = score(&predicted(&gold), &gold);
    println!("{}", s.table());
    for id in ["baghdadi", "blinken", "mazloum_abdi", "sdf"] {
        let c = s.entities_by_id.get(id).copied().unwrap_or_default();
        assert!(c.precision() == 1.0 && c.recall() == 1.0, "{id}: P {:.3} R {:.3}", c.precision(), c.recall());
    }
    assert!(s.entities.f1() >= 0.97, "entities F1 {:.3}", s.entities.f1());
}

#[test]
fn claims_meet_thresholds() {
    let gold = gold();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gold_seeds_claims.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    let gold_claims: Vec<DocAnnotation> = text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect();
    let s = khabar::claims_eval::score_claims(&predicted(&gold), &gold_claims);
    println!("{}", s.table());
    assert_eq!(s.gold, 35);
    assert_eq!(s.coverage(), 1.0, "coverage");
    assert!(s.claimant_accuracy() >= 0.95, "claimant {:.3}", s.claimant_accuracy());
    assert!(s.action_accuracy() >= 0.90, "action {:.3}", s.action_accuracy());
    assert!(s.actor_accuracy() >= 0.85, "actor {:.3}", s.actor_accuracy());
}
