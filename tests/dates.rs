//! Dates through the whole pipeline: a date that states no year gets it
//! from the publication date, else from the reference date the user gives.

use khabar::{Pipeline, PipelineConfig};

fn resolved(config: &PipelineConfig, text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let pipeline = Pipeline::new(config).unwrap();
    let doc = pipeline.annotate("t.txt", text);
    doc.dates.into_iter().map(|d| (d.iso, d.resolved, d.anchor)).collect()
}

fn owned(iso: &str, resolved: Option<&str>, anchor: Option<&str>) -> (String, Option<String>, Option<String>) {
    (iso.to_string(), resolved.map(String::from), anchor.map(String::from))
}

#[test]
fn dates_without_a_year_resolve_against_the_publication_date() {
    let text = "قسد تعلن حصيلة جديدة للمعارك في دير الزور\n02.04.2019\nقتل 5 أشخاص في 23 آذار، وفي كانون الأول الماضي قتل 3.";
    let config = PipelineConfig { reference_date: Some("2010-01-01".into()), ..PipelineConfig::default() };
    assert_eq!(
        resolved(&config, text),
        [
            owned("2019-04-02", None, None),
            owned("--03-23", Some("2019-03-23"), Some("published")),
            owned("--12", Some("2018-12"), Some("published")),
        ]
    );
}

#[test]
fn without_a_publication_date_the_reference_date_is_used_and_without_one_nothing() {
    let text = "قتل 5 أشخاص في 23 آذار المقبل.";
    let with = PipelineConfig { reference_date: Some("2019-04-02".into()), ..PipelineConfig::default() };
    assert_eq!(resolved(&with, text), [owned("--03-23", Some("2020-03-23"), Some("reference"))]);
    assert_eq!(resolved(&PipelineConfig::default(), text), [owned("--03-23", None, None)]);
}
