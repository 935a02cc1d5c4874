//! Tokens made under another normalization, and keys with punctuation: the
//! stages behind the pipeline match whatever the tokens carry, and every
//! table keys its phrases as the text tokenizes.

use khabar::{Pipeline, PipelineConfig};
use khabar_entities::{Gazetteer, Tagger};
use khabar_numbers::{Extractor, Lexicon};
use khabar_tokenize::{NormalizeConfig, Tokenizer, TokenizerConfig};
use std::path::Path;

fn folding() -> TokenizerConfig {
    TokenizerConfig { normalize: NormalizeConfig { fold_teh_marbuta: true } }
}

type Findings = (Vec<(usize, usize, String)>, Vec<String>, Vec<(usize, usize, String)>, Option<khabar::wire::DocMeta>);

/// What a document gives: each mention (span and entity id), each
/// quantity (span, value, unit, counted noun), each date (span, ISO) and
/// its description.
fn findings(pipeline: &Pipeline, text: &str) -> Findings {
    let doc = pipeline.annotate("doc", text);
    let entities = doc.entities.iter().map(|e| (e.start, e.end, e.id.clone())).collect();
    let quantities = doc.quantities.iter().map(|q| format!("{}-{} {:?} {:?} {:?}", q.start, q.end, q.value, q.unit, q.counted)).collect();
    let dates = doc.dates.iter().map(|d| (d.start, d.end, d.iso.clone())).collect();
    (entities, quantities, dates, doc.meta)
}

#[test]
fn teh_marbuta_folding_finds_the_same_mentions_and_values() {
    let plain = Pipeline::new(&PipelineConfig::default()).unwrap();
    let folded = Pipeline::new(&PipelineConfig { normalize: folding().normalize, ..PipelineConfig::default() }).unwrap();
    let mut texts: Vec<String> = vec![
        "أعلنت قوات سوريا الديمقراطية مقتل 5 بالمئة من عناصر تنظيم الدولة الإسلامية في مدينة الرقة".into(),
        "وقالت وزارة الدفاع إن الحصيلة بلغت نحو 11 ألف مقاتل في السنة الماضية، منذ 10 أيلول 2014".into(),
        "تقرير عن الحرب على التنظيم في سوريا\nالجزيرة".into(),
    ];
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for entry in std::fs::read_dir(seeds).unwrap() {
        texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let (mut mentions, mut quantities, mut dates) = (0, 0, 0);
    for text in &texts {
        let expected = findings(&plain, text);
        assert_eq!(findings(&folded, text), expected, "{text:.60}");
        mentions += expected.0.len();
        quantities += expected.1.len();
        dates += expected.2.len();
    }
    assert!(mentions > 100 && quantities > 40 && dates > 10, "{mentions} mentions, {quantities} quantities, {dates} dates");
}

#[test]
fn each_stage_reads_folded_tokens_as_default_ones() {
    let text = "قالت قوات سوريا الديمقراطية إن 5 بالمئة من سكان الرقة نزحوا";
    let plain = Tokenizer::default().tokenize(text);
    let folded = Tokenizer::new(folding()).tokenize(text);
    assert_ne!(plain.norm(3), folded.norm(3), "the tokens really differ: {:?}", folded.norm(3));
    let tagger = Tagger::default();
    assert_eq!(tagger.tag_tokens(&folded), tagger.tag_tokens(&plain));
    let extractor = Extractor::default();
    let found = extractor.extract_tokens(&folded);
    assert_eq!(found, extractor.extract_tokens(&plain));
    assert_eq!(found.quantities[0].unit.as_deref(), Some("percent"));
}

#[test]
fn a_lexicon_key_with_punctuation_matches_as_a_gazetteer_alias_does() {
    for key in ["ك.م.س", "م.ت.ر", "هكتار2", "ج . ل"] {
        let text = format!("قطعت القافلة 40 {key} أمس");
        let at = text.find(key).unwrap();
        // The gazetteer: the key as an alias.
        let mut gazetteer = Gazetteer::default();
        gazetteer
            .extend_from_toml(
                "test.toml",
                &format!("[[entity]]\nid = \"probe\"\ntype = \"ORG\"\nname = \"Probe\"\naliases = [\"{key}\"]\n"),
            )
            .unwrap();
        let tagger = Tagger::new(gazetteer);
        let mention = tagger.tag(&text).into_iter().find(|m| tagger.id_of(m, &text) == "probe");
        let mention = mention.unwrap_or_else(|| panic!("{key} as an alias"));
        assert_eq!(&text[mention.span.range()], key);
        // The lexicon: the same key as a unit.
        let mut lexicon = Lexicon::default();
        lexicon.extend_from_toml("test.toml", &format!("[units]\n\"{key}\" = {{ kind = \"measure\", unit = \"probe\" }}\n")).unwrap();
        let q = Extractor::new(lexicon).extract(&text).quantities.into_iter().next().unwrap_or_else(|| panic!("{key} as a unit"));
        assert_eq!(q.unit.as_deref(), Some("probe"), "{key}");
        assert_eq!(q.span.end, at + key.len(), "{key}: the unit ends the quantity");
        assert_eq!(q.value, Some(40.0));
    }
}
