//! The forms of a verb that news writes, from its past tense.
//!
//! A lexicon lists a trigger verb once, in the past tense, third person
//! masculine singular (سيطر، اعتقل، أعلن); [`verb_forms`] writes out the
//! persons and tenses a news sentence puts it in, so that «سيطرت»،
//! «يسيطرون» and «سيطرنا» trigger like «سيطر». Verbs are written without
//! vowels, so one rule serves most of them:
//!
//! | past | forms |
//! |---|---|
//! | فعل (and forms II, III, V, VI; doubled شن) | فعلت، فعلوا، فعلنا، فعلتا، يفعل، تفعل، نفعل، يفعلون، تفعلون، يفعلان، تفعلان، يفعلوا |
//! | أفعل (form IV, four letters or more) | the present drops the alef: يفعل |
//! | افتعل، انفعل، استفعل (forms VII, VIII, X) | the present drops the alef: يفتعل، يستفعل |
//! | فعى (ending in alef maqsura: قضى، ادعى، أحصى) | فعت، فعوا، فعينا، يفعي، تفعي، نفعي، يفعون |
//!
//! Hollow verbs (قال → يقول، عاد → يعود) and verbs whose first letter is a
//! hamza (أكد → يؤكد) have a present of their own: a lexicon lists those
//! forms as words. What the rule writes for them in excess is no word of
//! news (قالنا), so it never matches.

/// The forms of `past` (see the module docs); the first word of a phrase
/// is the verb, the words after it stay (قبض على → قبضت على، يقبض على).
pub(crate) fn verb_forms(past: &str) -> Vec<String> {
    let past = past.trim();
    let (verb, rest) = match past.split_once(char::is_whitespace) {
        Some((verb, rest)) => (verb, format!(" {}", rest.trim())),
        None => (past, String::new()),
    };
    if verb.is_empty() {
        return Vec::new();
    }
    let letters = verb.chars().count();
    // Forms IV, VII, VIII and X lose their first alef in the present.
    let present = match verb.chars().next() {
        Some('أ') if letters >= 4 => &verb['أ'.len_utf8()..],
        Some('ا') if letters >= 4 => &verb['ا'.len_utf8()..],
        _ => verb,
    };
    let mut forms: Vec<String> = Vec::with_capacity(16);
    if let Some(stem) = verb.strip_suffix('ى') {
        let present = present.strip_suffix('ى').unwrap_or(present);
        forms.push(verb.to_string());
        forms.extend(["ت", "وا", "ينا", "تا"].iter().map(|s| format!("{stem}{s}")));
        forms.extend(["ي", "ت", "ن"].iter().map(|p| format!("{p}{present}ي")));
        forms.extend(["ي", "ت"].iter().map(|p| format!("{p}{present}ون")));
    } else {
        forms.push(verb.to_string());
        forms.extend(["ت", "وا", "نا", "تا"].iter().map(|s| format!("{verb}{s}")));
        forms.extend(["ي", "ت", "ن"].iter().map(|p| format!("{p}{present}")));
        forms.extend([("ي", "ون"), ("ت", "ون"), ("ي", "ان"), ("ت", "ان"), ("ي", "وا")].iter().map(|(p, s)| format!("{p}{present}{s}")));
    }
    forms.into_iter().map(|form| format!("{form}{rest}")).collect()
}

#[cfg(test)]
mod tests {
    use super::verb_forms;

    #[test]
    fn persons_and_tenses_of_news_verbs() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            // Form I and quadriliteral verbs keep their letters.
            ("سيطر", &["سيطرت", "سيطروا", "سيطرنا", "يسيطر", "تسيطر", "نسيطر", "يسيطرون"], &["سيطرى"]),
            ("قتل", &["قتل", "قتلت", "قتلوا", "يقتل", "تقتلان", "يقتلوا"], &["تل"]),
            // Forms IV, VIII and X drop the alef in the present.
            ("أعلن", &["أعلنت", "أعلنوا", "يعلن", "تعلن", "يعلنون"], &["يأعلن"]),
            ("اعتقل", &["اعتقلت", "اعتقلوا", "يعتقل", "نعتقل", "يعتقلون"], &["ياعتقل"]),
            ("استهدف", &["استهدفت", "يستهدف", "تستهدفان"], &["يااستهدف"]),
            // A three-letter verb opening with hamza keeps it (أسر → يأسر).
            ("أسر", &["أسرت", "أسروا", "يأسر", "تأسر"], &["يسر"]),
            // Alef maqsura: قضى → قضت، قضوا، يقضي.
            ("قضى", &["قضى", "قضت", "قضوا", "قضينا", "يقضي", "تقضي", "يقضون"], &["قضىت", "يقضى"]),
            ("ادعى", &["ادعت", "ادعوا", "يدعي"], &["يادعي"]),
            // A phrase keeps the words after its verb.
            ("قبض على", &["قبضت على", "يقبض على", "قبضوا على"], &["قبضت"]),
        ];
        for (past, present, absent) in cases {
            let forms = verb_forms(past);
            for form in *present {
                assert!(forms.iter().any(|f| f == form), "{past}: {form} missing from {forms:?}");
            }
            for form in *absent {
                assert!(!forms.iter().any(|f| f == form), "{past}: {form} should not be in {forms:?}");
            }
        }
        assert!(verb_forms("  ").is_empty());
    }
}
