//! Counted-noun glosses, claim groups and outlet names, from
//! `data/glossary.toml`.

use khabar_tokenize::{normalize, NormalizeConfig, WordSieve};
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The glossary shipped with the crate.
pub const DEFAULT_GLOSSARY: &str = include_str!("../data/glossary.toml");

/// What the report knows of a counted noun.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gloss {
    /// English gloss (`fighters`).
    pub gloss: String,
    /// The claims-ledger group (`fighters`).
    pub group: String,
    /// The measure under which values are compared (`fighters`).
    pub measure: String,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawGlossary {
    groups: BTreeMap<String, String>,
    counted: BTreeMap<String, Gloss>,
    vague: BTreeMap<String, String>,
    outlets: BTreeMap<String, String>,
    byline_outlets: BTreeMap<String, String>,
}

/// Glosses, groups and outlets.
#[derive(Clone, Debug)]
pub struct Glossary {
    /// Group key → English label, in ledger order.
    pub(crate) groups: Vec<(String, String)>,
    counted: FxHashMap<String, Gloss>,
    vague: FxHashMap<String, String>,
    /// (normalized name words, English name, byline only)
    pub(crate) outlets: Vec<(Vec<String>, String, bool)>,
    /// Outlets by the first word of their name.
    pub(crate) outlets_by_first: FxHashMap<String, Vec<usize>>,
    /// The keys of `outlets_by_first`: a cheap "no" for the words of a
    /// document that start no outlet name.
    pub(crate) outlet_first_words: WordSieve,
}

/// A glossary file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{source_name}: {message}")]
pub struct GlossaryError {
    /// The file.
    pub source_name: String,
    /// What is wrong, with line and column.
    pub message: String,
}

fn key(s: &str) -> String {
    normalize(s.trim(), &NormalizeConfig::default())
}

impl Default for Glossary {
    fn default() -> Glossary {
        // The shipped file is tested; failing here would be a build defect.
        Glossary::from_toml("khabar-report/data/glossary.toml", DEFAULT_GLOSSARY).expect("the shipped glossary is valid")
    }
}

/// The order groups appear in the ledger, whatever order TOML gives them.
const GROUP_ORDER: [&str; 15] = [
    "people",
    "fighters",
    "attacks",
    "countries",
    "places",
    "materiel",
    "money",
    "area",
    "distance",
    "measures",
    "shares",
    "durations",
    "other",
    "unspecified",
    "ordinals",
];

impl Glossary {
    /// Reads a glossary in the layout of `data/glossary.toml`.
    pub fn from_toml(source_name: &str, text: &str) -> Result<Glossary, GlossaryError> {
        let raw: RawGlossary = toml::from_str(text)
            .map_err(|e| GlossaryError { source_name: source_name.into(), message: e.to_string().trim_end().into() })?;
        let mut groups: Vec<(String, String)> = raw.groups.into_iter().collect();
        groups.sort_by_key(|(k, _)| GROUP_ORDER.iter().position(|g| g == k).unwrap_or(GROUP_ORDER.len()));
        let outlets = raw
            .outlets
            .iter()
            .map(|(k, v)| (k, v, false))
            .chain(raw.byline_outlets.iter().map(|(k, v)| (k, v, true)))
            .map(|(k, v, byline)| (key(k).split_whitespace().map(str::to_string).collect(), v.clone(), byline))
            .collect();
        let outlets: Vec<(Vec<String>, String, bool)> = outlets;
        let mut outlets_by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let mut outlet_first_words = WordSieve::default();
        for (i, (words, _, _)) in outlets.iter().enumerate() {
            if let Some(first) = words.first() {
                outlet_first_words.insert(first);
                outlets_by_first.entry(first.clone()).or_default().push(i);
            }
        }
        Ok(Glossary {
            outlets_by_first,
            outlet_first_words,
            groups,
            counted: raw.counted.into_iter().map(|(k, v)| (key(&k), v)).collect(),
            vague: raw.vague.into_iter().map(|(k, v)| (key(&k), v)).collect(),
            outlets,
        })
    }

    /// What the glossary knows of a counted noun.
    pub fn counted(&self, noun: &str) -> Option<&Gloss> {
        self.counted.get(&key(noun))
    }

    /// The English reading of a vague amount (`مئات المدنيين` → hundreds).
    pub fn vague(&self, text: &str) -> Option<&str> {
        let first = text.split_whitespace().next()?;
        self.vague.get(&key(first)).map(String::as_str)
    }

    /// The English label of a ledger group.
    pub fn group_label(&self, group: &str) -> String {
        self.groups.iter().find(|(k, _)| k == group).map_or_else(|| group.to_string(), |(_, v)| v.clone())
    }
}
