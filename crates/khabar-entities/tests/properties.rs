//! Property tests: any text gives mentions in order, disjoint, in bounds
//! and on char boundaries; no panic.

use khabar_entities::{EntityRef, Tagger};
use proptest::prelude::*;
use std::sync::LazyLock;

static TAGGER: LazyLock<Tagger> = LazyLock::new(Tagger::default);

fn newsy() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "قوات",
        "سوريا",
        "الديمقراطية",
        "قسد",
        "لـ",
        "”",
        "“",
        "\"",
        "أبو",
        "بكر",
        "البغدادي",
        "بلينكن",
        "أنتوني",
        "مظلوم",
        "عبدي",
        "كوباني",
        "عين",
        "العرب",
        "/",
        "تنظيم",
        "الدولة",
        "الإسلامية",
        "التحالف",
        "الدولي",
        "للتحالف",
        "العقيد",
        "اللواء",
        "الركن",
        "الطيار",
        "قائد",
        "سامي",
        "البو",
        "تل",
        "كاكينز",
        "سورية",
        "في",
        "إلهام",
        "SDF",
        "U.S.",
        "ISIS",
    ]);
    prop::collection::vec(prop_oneof![words.prop_map(String::from), any::<char>().prop_map(|c| c.to_string())], 0..40)
        .prop_map(|v| v.join(" "))
}

fn check(tagger: &Tagger, text: &str) {
    let mut prev = 0;
    for m in tagger.tag(text) {
        assert!(m.span.start < m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert!(m.span.start >= prev, "mentions in order and disjoint");
        prev = m.span.end;
        match m.entity {
            EntityRef::Known(index) => assert!(index < tagger.gazetteer().entities().len()),
            EntityRef::New { name } => {
                assert!(name.start < name.end && name.end <= text.len());
                assert!(text.is_char_boundary(name.start) && text.is_char_boundary(name.end));
                let id = tagger.id_of(&m, text);
                assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'), "{id}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_newsy_text(text in newsy()) {
        check(&TAGGER, &text);
    }

    #[test]
    fn any_text(text in any::<String>()) {
        check(&TAGGER, &text);
    }
}

/// Inputs the properties once failed on, kept as cases of their own.
#[test]
fn cases_the_properties_found() {
    // A rank, then words the model and the context rules each read as a
    // person's name, overlapping.
    check(&TAGGER, "العقيد بكر الطيار الدولة إلهام لـ قوات");
}
