//! Exact alignment tests: each normalization rule maps normalized bytes back
//! to the original character that made them.

use khabar_tokenize::{NormalizeConfig, NormalizedText, Span};

/// Normalizes `original`, finds `normalized_part` in the result and checks
/// that it maps back to exactly `original_part`.
fn check(original: &str, normalized: &str, normalized_part: &str, original_part: &str) {
    let n = NormalizedText::new(original, &NormalizeConfig::default());
    assert_eq!(n.normalized(), normalized, "normalizing {original:?}");
    let at = n.normalized().find(normalized_part).unwrap_or_else(|| panic!("{normalized_part:?} not in {normalized:?}"));
    let span = n.original_span(Span::new(at, at + normalized_part.len())).unwrap();
    assert_eq!(&original[span.range()], original_part, "mapping {normalized_part:?} back");
}

#[test]
fn each_rule_aligns_exactly() {
    // alef with hamza above / below / madda / wasla
    check("قال أنتوني", "قال انتوني", "انتوني", "أنتوني");
    check("إبراهيم عواد", "ابراهيم عواد", "ابراهيم", "إبراهيم");
    check("في آذار", "في اذار", "اذار", "آذار");
    check("ٱلدولة", "الدولة", "الدولة", "ٱلدولة");
    // alef maqsura, Persian yeh, keheh, heh forms
    check("مستشفى حلب", "مستشفي حلب", "مستشفي", "مستشفى");
    check("عبدی", "عبدي", "ي", "ی");
    check("کوباني", "كوباني", "ك", "ک");
    check("کوردستانە", "كوردستانه", "ه", "ە");
    check("العگيدات", "العكيدات", "ك", "گ");
    check("پيشمرگه", "بيشمركه", "ب", "پ");
    // diacritics: removed, and the letter before keeps them in its span
    check("صرّح", "صرح", "ر", "رّ");
    check("عدوًّا", "عدوا", "عدوا", "عدوًّا");
    check("هٰذا", "هذا", "ه", "هٰ");
    // tatweel: removed
    check("الـــدولة", "الدولة", "لد", "لـــد");
    check("لـ”قسد”", "ل”قسد”", "قسد", "قسد");
    // digits
    check("عام ٢٠١٤", "عام 2014", "2014", "٢٠١٤");
    check("۱۳۹۹", "1399", "39", "۳۹");
    check("٣٢٪", "32%", "%", "٪");
    // presentation forms: a ligature's letters map to the whole ligature
    check("ﻻ", "لا", "ا", "ﻻ");
    check("ﺍﻟﺮﻗﺔ", "الرقة", "رق", "ﺮﻗ");
    // Latin and punctuation pass through
    check("SY24 “داعش”", "SY24 “داعش”", "SY24", "SY24");
}

#[test]
fn empty_and_out_of_range_spans() {
    let n = NormalizedText::new("ـــ", &NormalizeConfig::default());
    assert_eq!(n.normalized(), "");
    assert_eq!(n.original_span(Span::new(0, 0)), None);
    assert_eq!(n.original_span(Span::new(0, 5)), None);
}
