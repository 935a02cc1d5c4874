//! Claims of phrases written for these tests, through the whole pipeline:
//! who states each figure, who did it, what was done and when. Each case
//! is `(text, [(figure, claimant, speaker, actor, action)])`, figures in
//! text order.

use khabar::{Pipeline, PipelineConfig};

type Expected<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>, &'a str);

fn check(pipeline: &Pipeline, text: &str, expected: &[Expected<'_>]) {
    let doc = pipeline.annotate("t.txt", text);
    let got: Vec<Expected<'_>> = doc
        .claims
        .iter()
        .map(|c| {
            let figure = &text[c.start..c.end];
            (figure, c.claimant.as_deref(), c.speaker.as_deref(), c.actor.as_deref(), c.action.as_str())
        })
        .collect();
    assert_eq!(got, expected, "text: {text}");
}

#[test]
fn claimants_actors_and_actions_of_news_phrases() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let cases: &[(&str, &[Expected<'_>])] = &[
        // A speech verb and its subject; the subject of what is said acts.
        ("وقال التحالف الدولي إن قسد اعتقلت 40 عنصرا من داعش.", &[("40", Some("coalition"), None, Some("sdf"), "detained")]),
        // A spokesperson speaks for the institution.
        (
            "وأعلن المتحدث باسم التحالف الدولي، العقيد مايلز كاكينز، أن التحالف حرر أكثر من مليون شخص.",
            &[("مليون", Some("coalition"), Some("caggins"), Some("coalition"), "freed")],
        ),
        // And keeps speaking for it later under his own name.
        (
            "وقال المتحدث باسم التحالف الدولي مايلز كاكينز إن الضربات مستمرة.\nوأضاف كاكينز أن 300 غارة نفذت الشهر الماضي.",
            &[("300", Some("coalition"), Some("caggins"), None, "attacks")],
        ),
        // A trailing source phrase names the claimant; own losses.
        ("وبلغت خسائر قسد نحو 900 مقاتل، وفق بيان لقائد قسد مظلوم عبدي.", &[("900", Some("mazloum_abdi"), None, Some("sdf"), "killed")]),
        // A headline with a colon; the first person is the claimant.
        ("قسد: حررنا 20 ألف كيلومتر مربع", &[("20 ألف كيلومتر مربع", Some("sdf"), None, Some("sdf"), "freed")]),
        // Unnamed sources.
        ("وأفادت مصادر محلية بمقتل 12 مدنيا في قصف على القرية.", &[("12", Some("unnamed_source"), None, None, "killed")]),
        // The outlet's own voice.
        ("يشار إلى أن التحالف يضم أكثر من 80 دولة.", &[("80", None, None, Some("coalition"), "joined")]),
        // A verb with no subject continues the last statement; a passive
        // says no doer.
        (
            "وأكد المرصد السوري لحقوق الإنسان أن الاشتباكات مستمرة. وأضاف أنه تم نقل 150 جريحا إلى المستشفيات.",
            &[("150", Some("sohr"), None, None, "wounded")],
        ),
        // A named cause; money is funding.
        (
            "وقال البيت الأبيض إن نحو 5 آلاف شخص نزحوا جراء هجوم داعش، وإن واشنطن قدمت 10 ملايين دولار.",
            &[
                ("5 آلاف", Some("white_house"), None, Some("isis"), "displaced"),
                ("10 ملايين دولار", Some("white_house"), None, Some("washington"), "funded"),
            ],
        ),
        // A relay is no claimant when the originator is named.
        (
            "وذكر بيان صدر عن التحالف الدولي، حسبما أوردت وكالة الأناضول، أن 14 ضربة استهدفت مواقع التنظيم.",
            &[("14", Some("coalition"), None, None, "attacks")],
        ),
        // A share of the figure before takes its action.
        (
            "وقال المرصد السوري إن 200 شخص قتلوا في المعارك، بينهم 30 طفلا.",
            &[("200", Some("sohr"), None, None, "killed"), ("30", Some("sohr"), None, None, "killed")],
        ),
    ];
    for (text, expected) in cases {
        check(&pipeline, text, expected);
    }
}

#[test]
fn a_claim_is_dated_by_its_sentence_or_else_by_publication() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let text = "الخميس، 03 نوفمبر 2016\nوقال التحالف إنه نفذ 120 غارة في آذار 2015. وأضاف أنه دمر 40 موقعا.";
    let doc = pipeline.annotate("t.txt", text);
    let when: Vec<(Option<&str>, Option<&str>)> = doc.claims.iter().map(|c| (c.when.as_deref(), c.when_from.as_deref())).collect();
    assert_eq!(when, [(Some("2015-03"), Some("sentence")), (Some("2016-11-03"), Some("published"))]);
    // Each claim points at its quantity.
    for c in &doc.claims {
        let q = &doc.quantities[c.quantity.unwrap()];
        assert_eq!((q.start, q.end), (c.start, c.end));
    }
}

#[test]
fn durations_ordinals_years_and_vague_amounts_are_no_claims() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let doc = pipeline.annotate("t.txt", "وقال التحالف إن الحملة الثانية استمرت 3 أشهر منذ عام 2014 وقتلت مئات المسلحين.");
    assert!(doc.claims.is_empty(), "{:?}", doc.claims);
}
