//! Counted-noun glosses and claim groups, from `data/glossary.toml`.

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
}

/// How the glossary folds a word before looking it up: the same function
/// for its keys and for the counted nouns it is asked about, so that
/// spellings the pipeline folds together (أسرة، اسرة) find one entry. The
/// pipeline gives its normalizer; this crate knows no Arabic spelling rules.
pub type KeyFold = fn(&str) -> String;

/// Glosses and groups.
#[derive(Clone, Debug)]
pub struct Glossary {
    /// Group key → English label, in ledger order.
    pub(crate) groups: Vec<(String, String)>,
    counted: FxHashMap<String, Gloss>,
    vague: FxHashMap<String, String>,
    fold: KeyFold,
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

/// The fold of [`Glossary::default`]: surrounding whitespace trimmed,
/// nothing else.
fn trimmed(word: &str) -> String {
    word.trim().to_string()
}

impl Default for Glossary {
    /// The shipped glossary, looked up by exact spelling (see
    /// [`Glossary::shipped`] for a fold).
    fn default() -> Glossary {
        Glossary::shipped(trimmed)
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
    /// The glossary shipped with the crate, its keys folded by `fold`.
    pub fn shipped(fold: KeyFold) -> Glossary {
        // The shipped file is tested; failing here would be a build defect.
        Glossary::from_toml("khabar-report/data/glossary.toml", DEFAULT_GLOSSARY, fold).expect("the shipped glossary is valid")
    }

    /// Reads a glossary in the layout of `data/glossary.toml`, its keys
    /// folded by `fold`.
    pub fn from_toml(source_name: &str, text: &str, fold: KeyFold) -> Result<Glossary, GlossaryError> {
        let raw: RawGlossary = toml::from_str(text)
            .map_err(|e| GlossaryError { source_name: source_name.into(), message: e.to_string().trim_end().into() })?;
        let mut groups: Vec<(String, String)> = raw.groups.into_iter().collect();
        groups.sort_by_key(|(k, _)| GROUP_ORDER.iter().position(|g| g == k).unwrap_or(GROUP_ORDER.len()));
        Ok(Glossary {
            groups,
            counted: raw.counted.into_iter().map(|(k, v)| (fold(&k), v)).collect(),
            vague: raw.vague.into_iter().map(|(k, v)| (fold(&k), v)).collect(),
            fold,
        })
    }

    /// What the glossary knows of a counted noun.
    pub fn counted(&self, noun: &str) -> Option<&Gloss> {
        self.counted.get(&(self.fold)(noun))
    }

    /// The English reading of a vague amount (`مئات المدنيين` → hundreds).
    pub fn vague(&self, text: &str) -> Option<&str> {
        let first = text.split_whitespace().next()?;
        self.vague.get(&(self.fold)(first)).map(String::as_str)
    }

    /// The English label of a ledger group.
    pub fn group_label(&self, group: &str) -> String {
        self.groups.iter().find(|(k, _)| k == group).map_or_else(|| group.to_string(), |(_, v)| v.clone())
    }
}
