//! Table-driven tests of the tokenizer: one `check` helper, one row a case.

use khabar_tokenize::{NormalizeConfig, Span, TokenKind, Tokenizer, TokenizerConfig};

/// Tokenizes `input` and compares `text/kind` of each token with `expect`,
/// written as `text:kind` separated by spaces (kinds: a l n p s).
fn check(input: &str, expect: &str) {
    let tokens = Tokenizer::default().tokenize(input);
    let got: Vec<String> = tokens
        .iter()
        .map(|t| {
            let k = match t.kind {
                TokenKind::Arabic => "a",
                TokenKind::Latin => "l",
                TokenKind::Number => "n",
                TokenKind::Punct => "p",
                TokenKind::Symbol => "s",
            };
            format!("{}:{}", t.text, k)
        })
        .collect();
    assert_eq!(got.join(" "), expect, "input: {input:?}");
    for t in tokens.iter() {
        assert_eq!(&input[t.span.range()], t.text);
    }
}

#[test]
fn words_numbers_punctuation() {
    let cases = [
        ("قال التحالف الدولي", "قال:a التحالف:a الدولي:a"),
        ("عبر تويتر.. التحالف", "عبر:a تويتر:a .:p .:p التحالف:a"),
        ("منصة SY24، أنه", "منصة:a SY24:l ،:p أنه:a"),
        ("camera iconطائرة", "camera:l icon:l طائرة:a"),
        // A hashtag's underscore between Arabic words separates them; in a
        // Latin word it stays.
        ("#التحالف_الدولي يقصف", "#:p التحالف:a الدولي:a يقصف:a"),
        ("snake_case _قسد", "snake:l _:p case:l _:p قسد:a"),
        ("$10,000 دولار", "$:s 10,000:n دولار:a"),
        ("COVID-19", "COVID:l -:p 19:n"),
        ("a+b=c", "a:l +:s b:l =:s c:l"),
    ];
    for (input, expect) in cases {
        check(input, expect);
    }
}

#[test]
fn numbers_keep_their_separators() {
    let cases = [
        ("2,6 ألف", "2,6:n ألف:a"),
        ("1,5 مليون", "1,5:n مليون:a"),
        ("7.7 مليون", "7.7:n مليون:a"),
        ("110.000 كيلومتر", "110.000:n كيلومتر:a"),
        ("25500 مادة", "25500:n مادة:a"),
        ("22.03.2017 | 21:38", "22.03.2017:n |:s 21:38:n"),
        ("عام ٢٠١٤", "عام:a ٢٠١٤:n"),
        ("١٬٠٠٠٫٥", "١٬٠٠٠٫٥:n"),
        ("۱۲۳", "۱۲۳:n"),
        ("9،2 مليون", "9،2:n مليون:a"),
        ("400،000 لاجئ", "400،000:n لاجئ:a"),
        ("32% منهم", "32%:n منهم:a"),
        ("٣٢٪ منهم", "٣٢٪:n منهم:a"),
        ("22/03/2017", "22/03/2017:n"),
        // A separator not followed by a digit is punctuation.
        ("عام 2014، وفي 2015.", "عام:a 2014:n ،:p وفي:a 2015:n .:p"),
        ("انتهى 7.", "انتهى:a 7:n .:p"),
    ];
    for (input, expect) in cases {
        check(input, expect);
    }
}

#[test]
fn clitics_glued_to_numbers_are_split_off() {
    let cases = [
        ("و110 آلاف", "و:a 110:n آلاف:a"),
        ("لـ40 دولة", "لـ:a 40:n دولة:a"),
        ("الـ83 الأعضاء", "الـ:a 83:n الأعضاء:a"),
        ("حتى الـ 12 من", "حتى:a الـ:a 12:n من:a"),
        ("و٢٠١٤", "و:a ٢٠١٤:n"),
    ];
    for (input, expect) in cases {
        check(input, expect);
    }
}

#[test]
fn quotes_brackets_and_slash_are_separate() {
    let cases = [
        ("لـ”قسد”", "لـ:a ”:p قسد:a ”:p"),
        ("لـ”ضمان هزيمة”", "لـ:a ”:p ضمان:a هزيمة:a ”:p"),
        ("بـ(التحالف الدولي)", "بـ:a (:p التحالف:a الدولي:a ):p"),
        ("(عين العرب/كوباني)", "(:p عين:a العرب:a /:p كوباني:a ):p"),
        ("شباط/فبراير", "شباط:a /:p فبراير:a"),
        ("«داعش»", "«:p داعش:a »:p"),
        ("\"الدولة الإسلامية\"", "\":p الدولة:a الإسلامية:a \":p"),
        ("“داعش” –", "“:p داعش:a ”:p –:p"),
        ("خطر”مخيّمات", "خطر:a ”:p مخيّمات:a"),
    ];
    for (input, expect) in cases {
        check(input, expect);
    }
}

#[test]
fn invisible_characters_are_whitespace() {
    let cases = [
        ("داعش\u{00A0}في", "داعش:a في:a"),
        ("\u{FEFF}التحالف", "التحالف:a"),
        ("قوات\u{200C}سوريا", "قوات:a سوريا:a"),
        ("قوات\u{200D}سوريا", "قوات:a سوريا:a"),
        ("\u{200F}قسد\u{200E}", "قسد:a"),
        ("\u{202B}الرقة\u{202C}", "الرقة:a"),
        ("\u{202A}SDF\u{202E}", "SDF:l"),
        ("a\u{2066}b\u{2069}", "a:l b:l"),
        ("سطر\r\nسطر", "سطر:a سطر:a"),
    ];
    for (input, expect) in cases {
        check(input, expect);
    }
}

#[test]
fn a_direction_glued_to_the_word_before_is_a_word_of_its_own() {
    let cases = [
        ("ريف دير الزورالشرقي", "ريف:a دير:a الزور:a الشرقي:a"),
        ("ريف حلبالشمالية أمس", "ريف:a حلب:a الشمالية:a أمس:a"),
        // Folded letters before the direction: the normalized form splits too.
        ("ريف إدلبالجنوبي", "ريف:a إدلب:a الجنوبي:a"),
        // Two letters or fewer before it are proclitics; a direction alone
        // stays whole.
        ("وبالشرقية والغربي", "وبالشرقية:a والغربي:a"),
        ("الشمالية", "الشمالية:a"),
    ];
    for (input, expect) in cases {
        check(input, expect);
    }
    check_norm("ريف إدلبالجنوبي", "ريف ادلب الجنوبي");
}

#[test]
fn a_kunya_glued_to_the_name_after_it_is_a_word_of_its_own() {
    let cases = [
        ("قتل أبوالحسن القرشي", "قتل:a أبو:a الحسن:a القرشي:a"),
        ("وقال ابوالوليد", "وقال:a ابو:a الوليد:a"),
        // Without the article, or too short to hold a name, it stays whole.
        ("أبوبكر أبوه أبوال", "أبوبكر:a أبوه:a أبوال:a"),
    ];
    for (input, expect) in cases {
        check(input, expect);
    }
    check_norm("أبوالحسَن", "ابو الحسن");
}

#[test]
fn diacritics_and_tatweel_stay_inside_words() {
    check("صرّح بأنَّ", "صرّح:a بأنَّ:a");
    check("الـــدولة", "الـــدولة:a");
    check("عدوًا", "عدوًا:a");
}

/// Normalized forms, token by token.
fn check_norm(input: &str, expect: &str) {
    let tokens = Tokenizer::default().tokenize(input);
    let got: Vec<&str> = tokens.iter().map(|t| t.norm).collect();
    assert_eq!(got.join(" "), expect, "input: {input:?}");
}

#[test]
fn normalization_rules() {
    let cases = [
        // alef forms
        ("أنتوني إبراهيم آذار ٱلله", "انتوني ابراهيم اذار الله"),
        // alef maqsura and Persian yeh
        ("موسى ی", "موسي ي"),
        ("عیسی", "عيسي"),
        // Persian keheh, Kurdish heh
        ("کوباني کوردستانە", "كوباني كوردستانه"),
        // Persian gaf, peh and tcheh, veh, Maghrebi g
        ("العگيدات پيشمرگە چمچمال ڤيينا ڨالمة", "العكيدات بيشمركه جمجمال فيينا قالمة"),
        // diacritics, superscript alef, tatweel
        ("مُحَمَّدٌ هٰذا الـــدولة", "محمد هذا الدولة"),
        // digits
        ("٢٠١٤ ۲۰۱۴ 2014", "2014 2014 2014"),
        ("١٬٠٠٠٫٥", "1٬000٫5"),
        ("٣٢٪", "32%"),
        // presentation forms
        ("ﻻ ﷲ", "لا الله"),
        ("ﺍﻟﺮﻗﺔ", "الرقة"),
        // teh marbuta is kept by default
        ("الرقة", "الرقة"),
    ];
    for (input, expect) in cases {
        check_norm(input, expect);
    }
}

#[test]
fn teh_marbuta_folds_only_when_asked() {
    let config = TokenizerConfig { normalize: NormalizeConfig { fold_teh_marbuta: true } };
    let tokens = Tokenizer::new(config).tokenize("الرقة");
    assert_eq!(tokens.get(0).unwrap().norm, "الرقه");
}

/// Every character of ASCII, the Arabic block (U+0600–U+06FF) and General
/// Punctuation (U+2000–U+206F), alone, inside a word and around one, under
/// both normalizations: a letter or mark belongs to the word, a digit starts
/// a number, punctuation and symbols stand alone, a space separates, and
/// every token's normalized form is its text normalized.
#[test]
fn characters_tokenize_as_their_class_says() {
    use khabar_tokenize::chars::{is_arabic_letter, is_arabic_mark, is_digit, is_punctuation, is_space};
    use khabar_tokenize::normalize;
    let characters = ('\u{21}'..='\u{7F}').chain('\u{0600}'..='\u{06FF}').chain('\u{2000}'..='\u{206F}');
    for fold_teh_marbuta in [false, true] {
        let config = NormalizeConfig { fold_teh_marbuta };
        let tokenizer = Tokenizer::new(TokenizerConfig { normalize: config });
        for c in characters.clone() {
            for text in [format!("{c}"), format!("ب{c}ب"), format!("{c}ب"), format!("بب{c} {c}")] {
                let tokens = tokenizer.tokenize(&text);
                for t in tokens.iter() {
                    assert_eq!(t.norm, normalize(t.text, &config), "{c:?} (U+{:04X}) in {text:?}", c as u32);
                }
                let first = tokens.get(0);
                let kind = first.map(|t| t.kind);
                let expected = if is_space(c) {
                    (text.chars().count() == 1).then_some(None)
                } else if is_arabic_letter(c) || is_arabic_mark(c) {
                    Some(Some(TokenKind::Arabic))
                } else if is_digit(c) {
                    text.starts_with(c).then_some(Some(TokenKind::Number))
                } else if c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric() && !is_punctuation(c)) {
                    text.starts_with(c).then_some(Some(TokenKind::Latin))
                } else if is_punctuation(c) {
                    text.starts_with(c).then_some(Some(TokenKind::Punct))
                } else {
                    text.starts_with(c).then_some(Some(TokenKind::Symbol))
                };
                if let Some(expected) = expected {
                    assert_eq!(kind, expected, "{c:?} (U+{:04X}) in {text:?}", c as u32);
                }
                if is_arabic_letter(c) || is_arabic_mark(c) {
                    assert_eq!(tokens.len(), text.split(' ').count(), "{c:?} (U+{:04X}) stays in its word: {text:?}", c as u32);
                } else if c == '_' && text.starts_with(|f: char| is_arabic_letter(f)) && text.ends_with(|l: char| is_arabic_letter(l)) {
                    // Between Arabic words (a hashtag) it separates them as
                    // a space would.
                    assert!(tokens.iter().all(|t| !t.text.contains('_')), "{c:?} separates {text:?}");
                } else if !is_space(c) && !is_digit(c) && !c.is_alphanumeric() {
                    assert!(tokens.iter().any(|t| t.text == c.to_string()), "{c:?} (U+{:04X}) stands alone in {text:?}", c as u32);
                }
            }
        }
    }
}

/// Every reading of the word as `prefix+stem` (the stem as a dictionary
/// lists it), unsplit first.
fn check_splits(word: &str, expect: &str) {
    let tokens = Tokenizer::default().tokenize(word);
    let tok = tokens.get(0).unwrap();
    let mut buf = String::new();
    let got: Vec<String> = tok
        .splits()
        .map(|s| {
            let prefix = &word[s.prefix.range()];
            let stem = s.dictionary_form(&mut buf).to_string();
            assert_eq!(s.stem.end, tok.span.end);
            assert_eq!(s.prefix.end, s.stem.start);
            if prefix.is_empty() {
                stem
            } else {
                format!("{prefix}+{stem}")
            }
        })
        .collect();
    assert_eq!(got.join(" "), expect, "word: {word:?}");
}

#[test]
fn proclitic_readings() {
    let cases = [
        ("وبلينكن", "وبلينكن و+بلينكن وب+لينكن"),
        ("بلينكن", "بلينكن ب+لينكن"),
        ("لقسد", "لقسد ل+قسد"),
        ("للبغدادي", "للبغدادي ل+لبغدادي ل+البغدادي"),
        ("للتحالف", "للتحالف ل+لتحالف ل+التحالف"),
        ("وللتحالف", "وللتحالف و+للتحالف ول+لتحالف ول+التحالف"),
        ("بالعراق", "بالعراق ب+العراق"),
        ("والعراق", "والعراق و+العراق"),
        ("فالتحالف", "فالتحالف ف+التحالف"),
        ("كالتحالف", "كالتحالف ك+التحالف"),
        ("وبالرقة", "وبالرقة و+بالرقة وب+الرقة"),
        ("لـقسد", "لقسد لـ+قسد"),
        ("وواشنطن", "وواشنطن و+واشنطن"),
        // Too short to split: a stem keeps two letters.
        ("وفي", "وفي و+في"),
        ("بل", "بل"),
        ("ولم", "ولم و+لم"),
        ("وب", "وب"),
    ];
    for (word, expect) in cases {
        check_splits(word, expect);
    }
}

#[test]
fn split_spans_point_at_the_original() {
    let text = "وبـ«التحالف» وللتحالف";
    let tokens = Tokenizer::default().tokenize(text);
    let lil = tokens.iter().find(|t| t.text == "وللتحالف").unwrap();
    let elided = lil.splits().find(|s| s.elided_article).unwrap();
    // The span starts at the second lam.
    assert_eq!(&text[elided.stem.range()], "لتحالف");
    assert_eq!(elided.without_article(), "تحالف");
    let tatweel = Tokenizer::default().tokenize("لـقسد");
    let tok = tatweel.get(0).unwrap();
    let split = tok.splits().nth(1).unwrap();
    assert_eq!(split.stem, Span::new("لـ".len(), "لـقسد".len()));
}

fn check_sentences(input: &str, expect: &[&str]) {
    let tokens = Tokenizer::default().tokenize(input);
    let got: Vec<&str> = khabar_tokenize::Sentences::of(&tokens).iter().map(|s| &input[s.span.range()]).collect();
    assert_eq!(got, expect, "input: {input:?}");
}

#[test]
fn sentences() {
    check_sentences("حررنا 7.7 مليون شخص. وتابع القول", &["حررنا 7.7 مليون شخص.", "وتابع القول"]);
    check_sentences("في 22.03.2017 قال، ثم مضى؟ نعم!", &["في 22.03.2017 قال، ثم مضى؟", "نعم!"]);
    check_sentences("عبر تويتر.. التحالف يستعرض", &["عبر تويتر..", "التحالف يستعرض"]);
    check_sentences("العنوان\n\nالفقرة الأولى\nالثانية", &["العنوان", "الفقرة الأولى", "الثانية"]);
    check_sentences("قال “انتهى.” ثم", &["قال “انتهى.”", "ثم"]);
    check_sentences("انتظر… ثم", &["انتظر…", "ثم"]);
    // Initials are no sentence end: an agency's (د.ب.أ), a title (د.), a
    // Latin initial; a word before the stop is.
    check_sentences("قال مصدر للوكالة (د.ب.أ) اليوم إن", &["قال مصدر للوكالة (د.ب.أ) اليوم إن"]);
    check_sentences("وقال د. سامر الأحمد إن", &["وقال د. سامر الأحمد إن"]);
    check_sentences("نقلت أ.ف.ب. عن مصدر", &["نقلت أ.ف.ب. عن مصدر"]);
    check_sentences("انتهى الاجتماع.وقال المتحدث", &["انتهى الاجتماع.", "وقال المتحدث"]);
    check_sentences("حي ب.\nسطر", &["حي ب.", "سطر"]);
    // Words left out of a quote, in brackets, end nothing.
    check_sentences("قال إن العدد (...) بلغ 50 ألفا. ثم", &["قال إن العدد (...) بلغ 50 ألفا.", "ثم"]);
    check_sentences("قال [...] إن", &["قال [...] إن"]);
    check_sentences("", &[]);
    check_sentences("  \n ", &[]);
}

#[test]
fn gaps_rebuild_the_original() {
    let text = " أ\u{00A0}ب\n\nج ";
    let tokens = Tokenizer::default().tokenize(text);
    let mut rebuilt = String::new();
    for (i, t) in tokens.iter().enumerate() {
        rebuilt.push_str(tokens.gap_before(i));
        rebuilt.push_str(t.text);
    }
    rebuilt.push_str(tokens.gap_before(tokens.len()));
    assert_eq!(rebuilt, text);
}

#[test]
fn tokenizer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Tokenizer>();
}
