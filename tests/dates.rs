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

/// A relative date's text, code, resolution and anchor.
type RelativeRow = (String, Option<String>, Option<String>, Option<String>);

#[test]
fn relative_dates_resolve_against_the_publication_date_when_asked() {
    let text = "التحالف يعلن نتائج غاراته\n23.03.2019\nقتل ثلاثة عناصر أمس، وكان التحالف قد نفذ الشهر الماضي 40 غارة، وأعلن يوم الأربعاء الماضي نهاية العملية.";
    let asked = PipelineConfig { relative_dates: true, ..PipelineConfig::default() };
    let pipeline = Pipeline::new(&asked).unwrap();
    let doc = pipeline.annotate("t.txt", text);
    let relative: Vec<RelativeRow> = doc
        .dates
        .iter()
        .filter(|d| d.kind == khabar_wire::DateKind::Relative)
        .map(|d| (d.text.clone(), d.relative.clone(), d.resolved.clone(), d.anchor.clone()))
        .collect();
    let row = |text: &str, code: &str, resolved: &str| {
        (text.to_string(), Some(code.to_string()), Some(resolved.to_string()), Some("published".to_string()))
    };
    assert_eq!(
        relative,
        [row("أمس", "day-1", "2019-03-22"), row("الشهر الماضي", "month-1", "2019-02"), row("يوم الأربعاء الماضي", "wed-1", "2019-03-20")]
    );
    // Every relative date states no calendar date of its own.
    assert!(doc.dates.iter().filter(|d| d.kind == khabar_wire::DateKind::Relative).all(|d| d.iso.is_empty()));
    // The claim of the 40 strikes is not dated by «الشهر الماضي»'s empty iso.
    assert!(doc.claims.iter().all(|c| c.when.as_deref() != Some("")), "{:?}", doc.claims);
    // Off by default: the dates are those the gold conventions annotate.
    let plain = Pipeline::new(&PipelineConfig::default()).unwrap().annotate("t.txt", text);
    assert_eq!(plain.dates.iter().map(|d| d.iso.as_str()).collect::<Vec<_>>(), ["2019-03-23"]);
}

#[test]
fn without_any_reference_a_relative_date_has_no_resolution() {
    let asked = PipelineConfig { relative_dates: true, ..PipelineConfig::default() };
    let doc = Pipeline::new(&asked).unwrap().annotate("t.txt", "قتل ثلاثة عناصر أمس.");
    assert_eq!(doc.dates.len(), 1);
    assert_eq!((doc.dates[0].relative.as_deref(), doc.dates[0].resolved.as_deref()), (Some("day-1"), None));
    let with = PipelineConfig { relative_dates: true, reference_date: Some("2021-01-01".into()), ..PipelineConfig::default() };
    let doc = Pipeline::new(&with).unwrap().annotate("t.txt", "قتل ثلاثة عناصر أمس.");
    assert_eq!((doc.dates[0].resolved.as_deref(), doc.dates[0].anchor.as_deref()), (Some("2020-12-31"), Some("reference")));
}

#[test]
fn a_month_inside_a_name_is_the_names_word() {
    // A month alone inside a person's or an organization's name is no date;
    // one beside a name, or with its day, stays.
    let config = PipelineConfig::default();
    let isos = |text: &str| resolved(&config, text).into_iter().map(|(iso, _, _)| iso).collect::<Vec<_>>();
    assert_eq!(isos("والتقى الوزير أنتوني بلينكن نظيره الإيطالي لويجي دي مايو في روما."), Vec::<String>::new());
    assert_eq!(isos("والتقى بلينكن نظيره الإيطالي لويجي دي مايو في أيار الماضي."), ["--05"]);
    assert_eq!(isos("والتقى بلينكن نظيره في 28 مايو."), ["--05-28"]);
}
