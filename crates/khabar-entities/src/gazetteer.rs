//! The gazetteer: entities, their aliases and the context word lists,
//! loaded from TOML (`data/gazetteer.toml`), extended by user files.

use khabar_tokenize::{KeyRule, PhraseError, PhraseTable, PhraseTableConfig, Tokenizer};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use toml::Spanned;

/// The gazetteer shipped with the crate.
pub const DEFAULT_GAZETTEER: &str = include_str!("../data/gazetteer.toml");

/// What went wrong loading a gazetteer file. Each message names the file,
/// and the line, entity or field at fault.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// Not valid TOML, or a field of the wrong shape (the message has the
    /// line and column).
    #[error("{source_name}: {message}")]
    Parse {
        /// The file.
        source_name: String,
        /// What the TOML reader said.
        message: String,
    },
    /// A field holds a value that cannot be used.
    #[error("{source_name}:{line}: entity {id:?}: field `{field}`: {message}")]
    Invalid {
        /// The file.
        source_name: String,
        /// The 1-based line of the value (or of its entity's table).
        line: usize,
        /// The entity's id.
        id: String,
        /// The field.
        field: &'static str,
        /// What is wrong with it.
        message: String,
    },
}

/// The longest alias, in bytes: three times the longest name in the
/// shipped gazetteer. Matching cost grows with the words of an alias, and a
/// runaway entry (a pasted paragraph) is a mistake, not a name.
pub const MAX_ALIAS_BYTES: usize = 300;

/// The type of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    /// A person.
    #[serde(rename = "PER")]
    Person,
    /// An organization, armed group, institution or outlet.
    #[serde(rename = "ORG")]
    Organization,
    /// A state, region, city or other place.
    #[serde(rename = "LOC")]
    Location,
}

impl EntityType {
    /// `PER`, `ORG` or `LOC`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PER",
            EntityType::Organization => "ORG",
            EntityType::Location => "LOC",
        }
    }
}

/// One entity of the gazetteer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// Stable snake_case id (`baghdadi`, `sdf`).
    pub id: String,
    /// PER, ORG or LOC.
    pub kind: EntityType,
    /// English name.
    pub name: String,
    /// Usual Arabic name.
    pub arabic: String,
    /// Short names may link without a full name in the document.
    pub short_alone: bool,
}

/// How an alias may be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum AliasRule {
    /// Anywhere.
    Full,
    /// Needs a full mention in the document, a title before it, or
    /// `short_alone`.
    Short,
    /// Only right after one of these word sequences (normalized).
    After(Vec<Vec<String>>),
    /// Only where it cannot be an adjective of the noun before it.
    Guarded,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AliasEntry {
    pub entity: usize,
    pub rule: AliasRule,
}

/// The entities and aliases the tagger knows, and the word lists its
/// context rules read.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    pub(crate) entities: Vec<Entity>,
    by_id: FxHashMap<String, usize>,
    /// Every alias, by its words; Latin acronyms keep their case.
    pub(crate) aliases: PhraseTable<AliasEntry>,
    pub(crate) titles: Vec<Vec<String>>,
    pub(crate) given_names: FxHashSet<String>,
    pub(crate) guard_ok_after: FxHashSet<String>,
    /// Verbs of speech whose subject is a person (`[context] speech_verbs`).
    pub(crate) speech_verbs: FxHashSet<String>,
    /// Words no alias may be made of alone (`[context] function_words`).
    function_words: FxHashSet<String>,
    /// The duals of places' heads (مخيمي، سجني), each to its singular
    /// (`[context] dual_heads`): مخيمي الهول وروج names مخيم الهول and
    /// مخيم روج.
    pub(crate) dual_heads: FxHashMap<String, String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawGazetteer {
    context: RawContext,
    entity: Vec<Spanned<RawEntity>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawContext {
    titles: Vec<String>,
    given_names: Vec<String>,
    guard_ok_after: Vec<String>,
    function_words: Vec<String>,
    speech_verbs: Vec<String>,
    dual_heads: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    id: String,
    #[serde(rename = "type")]
    kind: EntityType,
    name: String,
    #[serde(default)]
    arabic: String,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    short: Vec<Spanned<String>>,
    #[serde(default)]
    short_alone: bool,
    #[serde(default)]
    after: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    guarded: Vec<Spanned<String>>,
}

impl Default for Gazetteer {
    /// The gazetteer shipped with the crate.
    fn default() -> Gazetteer {
        let mut g = Gazetteer::empty();
        // The shipped file is tested; failing here would be a build defect.
        g.extend_from_toml("khabar-entities/data/gazetteer.toml", DEFAULT_GAZETTEER).expect("the shipped gazetteer is valid");
        g
    }
}

impl Gazetteer {
    /// A gazetteer that knows no entity.
    pub fn empty() -> Gazetteer {
        Gazetteer {
            entities: Vec::new(),
            by_id: FxHashMap::default(),
            aliases: PhraseTable::new(PhraseTableConfig { keys: KeyRule::LatinAcronymsKeepCase, ..PhraseTableConfig::default() }),
            titles: Vec::new(),
            given_names: FxHashSet::default(),
            guard_ok_after: FxHashSet::default(),
            dual_heads: FxHashMap::default(),
            speech_verbs: FxHashSet::default(),
            function_words: FxHashSet::default(),
        }
    }

    /// Adds the entities and context lists of a TOML gazetteer (same layout
    /// as `data/gazetteer.toml`). An entity whose id is already known gains
    /// the new aliases. `source_name` names the file in error messages.
    ///
    /// ```
    /// use khabar_entities::{Gazetteer, Tagger};
    /// let mut g = Gazetteer::default();
    /// g.extend_from_toml("mine.toml", r#"
    ///     [[entity]]
    ///     id = "hamza_bin_laden"
    ///     type = "PER"
    ///     name = "Hamza bin Laden"
    ///     aliases = ["حمزة بن لادن"]
    /// "#).unwrap();
    /// let tagger = Tagger::new(g);
    /// let text = "قتل حمزة بن لادن";
    /// let mentions = tagger.tag(text);
    /// assert_eq!(tagger.id_of(&mentions[0], text), "hamza_bin_laden");
    /// ```
    pub fn extend_from_toml(&mut self, source_name: &str, text: &str) -> Result<(), GazetteerError> {
        let raw: RawGazetteer = toml::from_str(text)
            .map_err(|e| GazetteerError::Parse { source_name: source_name.to_string(), message: e.to_string().trim_end().to_string() })?;
        for t in &raw.context.titles {
            let words = self.words(t);
            if !words.is_empty() {
                self.titles.push(words);
            }
        }
        for (list, target) in [
            (&raw.context.given_names, 0),
            (&raw.context.guard_ok_after, 1),
            (&raw.context.function_words, 2),
            (&raw.context.speech_verbs, 3),
        ] {
            for w in list {
                let key = self.words(w).join(" ");
                match target {
                    0 => &mut self.given_names,
                    1 => &mut self.guard_ok_after,
                    2 => &mut self.function_words,
                    _ => &mut self.speech_verbs,
                }
                .insert(key);
            }
        }
        for head in &raw.context.dual_heads {
            let key = self.words(head).join(" ");
            // The dual in construct: the singular and «ي» (مخيم → مخيمي).
            self.dual_heads.insert(format!("{key}\u{064A}"), key);
        }
        for spanned in raw.entity {
            // Lines are counted only for a message: counting them for every
            // entry read the file once per alias.
            let entity_at = spanned.span().start;
            let e = spanned.into_inner();
            let invalid = |field: &'static str, at: usize, message: String| GazetteerError::Invalid {
                source_name: source_name.to_string(),
                line: khabar_tokenize::line_number(text, at),
                id: e.id.clone(),
                field,
                message,
            };
            if e.id.is_empty() || !e.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
                return Err(invalid("id", entity_at, "ids are lowercase snake_case (a-z, 0-9, _)".into()));
            }
            let index = match self.by_id.get(&e.id) {
                Some(&i) => i,
                None => {
                    if e.aliases.is_empty() && e.short.is_empty() && e.after.is_empty() && e.guarded.is_empty() {
                        return Err(invalid("aliases", entity_at, "a new entity needs at least one alias".into()));
                    }
                    let arabic = if e.arabic.is_empty() {
                        e.aliases.first().map(|a| a.get_ref().clone()).unwrap_or_default()
                    } else {
                        e.arabic.clone()
                    };
                    self.entities.push(Entity { id: e.id.clone(), kind: e.kind, name: e.name.clone(), arabic, short_alone: e.short_alone });
                    self.by_id.insert(e.id.clone(), self.entities.len() - 1);
                    self.entities.len() - 1
                }
            };
            for (field, list, rule) in [
                ("aliases", &e.aliases, AliasRule::Full),
                ("short", &e.short, AliasRule::Short),
                ("guarded", &e.guarded, AliasRule::Guarded),
            ] {
                for alias in list {
                    self.add_alias(index, alias.get_ref(), rule.clone()).map_err(|m| invalid(field, alias.span().start, m))?;
                }
            }
            for (alias, before) in &e.after {
                let seqs: Vec<Vec<String>> = before.iter().map(|b| self.words(b)).filter(|w| !w.is_empty()).collect();
                if seqs.is_empty() {
                    return Err(invalid("after", entity_at, format!("alias {alias:?} lists no word to follow")));
                }
                self.add_alias(index, alias, AliasRule::After(seqs)).map_err(|m| invalid("after", entity_at, m))?;
            }
        }
        Ok(())
    }

    /// The entity at `index` (as found in a [`crate::Mention`]).
    pub fn entity(&self, index: usize) -> &Entity {
        &self.entities[index]
    }

    /// The entity with this id.
    pub fn by_id(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// Every entity, in the order they were added.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// A tokenizer that makes tokens as the aliases were keyed.
    pub fn tokenizer(&self) -> Tokenizer {
        Tokenizer::new(self.aliases.config().tokenizer)
    }

    /// The normalized words of a phrase, as the tagger will see them in text.
    fn words(&self, phrase: &str) -> Vec<String> {
        self.aliases.words(phrase)
    }

    fn add_alias(&mut self, entity: usize, alias: &str, rule: AliasRule) -> Result<(), String> {
        let shown = khabar_tokenize::shortened(alias);
        if alias.len() > MAX_ALIAS_BYTES {
            return Err(format!("alias {shown:?} is {} bytes long; an alias has at most {MAX_ALIAS_BYTES}", alias.len()));
        }
        let words = self.words(alias);
        // A clitic letter or a punctuation mark (و، ب، «.») would be tagged
        // in every sentence: a name has two letters or more (U.S. has two
        // words of one).
        if words.iter().flat_map(|w| w.chars()).filter(|c| c.is_alphanumeric()).count() < 2 {
            return Err(format!("alias {shown:?} has fewer than two letters: it would match a clitic or a mark everywhere"));
        }
        if words.iter().all(|w| self.function_words.contains(w)) {
            return Err(format!("alias {shown:?} is only function words ([context] function_words): it would match in every sentence"));
        }
        // Many outlets end a name with heh where it has teh marbuta
        // (الرقه، الحسكه): the alias is matched in both spellings.
        if let Some(heh) = khabar_tokenize::normalize::with_final_heh(alias) {
            let _ = self.aliases.insert(&heh, AliasEntry { entity, rule: rule.clone() });
        }
        // عبد الله، عبدالله: names of «عبد» and a name with the article are
        // written apart and joined alike; the alias is matched both ways.
        if let Some(other) = abd_written_otherwise(alias) {
            let _ = self.aliases.insert(&other, AliasEntry { entity, rule: rule.clone() });
        }
        match self.aliases.insert(alias, AliasEntry { entity, rule }) {
            Ok(_) => Ok(()),
            Err(PhraseError::Empty { .. }) => Err(format!("alias {shown:?} has no word once normalized")),
            Err(e) => Err(e.to_string()),
        }
    }
}

/// An alias with «عبد» and a name with the article written the other way:
/// joined when apart (عبد الله → عبدالله), apart when joined (عبدالرحمن →
/// عبد الرحمن). `None` when it has no such name.
fn abd_written_otherwise(alias: &str) -> Option<String> {
    const APART: &str = "عبد ال";
    const JOINED: &str = "عبدال";
    if alias.contains(APART) {
        return Some(alias.replace(APART, JOINED));
    }
    // «عبدال» opening a word (not «العبدالي» inside one).
    let joined = alias.split(' ').any(|w| w.starts_with(JOINED));
    joined.then(|| {
        alias
            .split(' ')
            .map(|w| w.strip_prefix(JOINED).map_or_else(|| w.to_string(), |rest| format!("{APART}{rest}")))
            .collect::<Vec<_>>()
            .join(" ")
    })
}
