//! Property tests: any text gives quantities and dates with spans in
//! bounds, on char boundaries, in order, and finite values; no panic.

use khabar_numbers::Extractor;
use proptest::prelude::*;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::default);

fn newsy() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "أكثر",
        "من",
        "نحو",
        "ألف",
        "آلاف",
        "مليون",
        "ملايين",
        "مليار",
        "ألفين",
        "عامين",
        "العامين",
        "ثلاثة",
        "وعشرون",
        "و",
        "عشر",
        "الحادي",
        "الأول",
        "الثانية",
        "دولار",
        "واحد",
        "بالمئة",
        "في",
        "المئة",
        "كم",
        "مربع",
        "كانون",
        "الثاني",
        "شباط",
        "/",
        "فبراير",
        "آذار",
        "السبت",
        "الـ",
        "عام",
        "منذ",
        "هـ",
        "رجب",
        "الشهر",
        "ذاته",
        "فاصلة",
        "-",
        ".",
        "%",
        "$",
        "مقاتلا",
        "شخص",
        "السنوات",
        "الست",
        "ما",
        "لا",
        "يقل",
        "عن",
        "مئات",
        "نصف",
    ]);
    let numbers = prop::sample::select(vec![
        "2,6",
        "110.000",
        "7.7",
        "22.03.2017",
        "21:38",
        "٢٠١٤",
        "١٬٠٠٠٫٥",
        "9،2",
        "32%",
        "0",
        "99999999999999999999999",
        "1/0",
        "12",
        "31",
        "2014",
    ]);
    prop::collection::vec(
        prop_oneof![words.prop_map(String::from), numbers.prop_map(String::from), any::<char>().prop_map(|c| c.to_string())],
        0..40,
    )
    .prop_map(|v| v.join(" "))
}

fn check(text: &str) {
    let found = EXTRACTOR.extract(text);
    let mut prev = 0;
    for q in &found.quantities {
        assert!(q.span.start < q.span.end && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.span.start >= prev, "quantities in order and disjoint");
        prev = q.span.end;
        assert!(q.value.is_none_or(|v| v.is_finite()), "finite value");
        if let Some(s) = q.qualifier_span {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.end <= text.len());
        }
    }
    for d in &found.dates {
        assert!(d.span.start < d.span.end && d.span.end <= text.len());
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
        assert!(!d.iso.is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_newsy_text(text in newsy()) {
        check(&text);
    }

    #[test]
    fn any_text(text in any::<String>()) {
        check(&text);
    }
}
