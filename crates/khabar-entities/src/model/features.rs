//! The features of a token, as strings: what the tagger knows of a word on
//! its own (its forms, affixes, shape, membership in the gazetteer and the
//! trigger lists) and what a word tells of its neighbours.
//!
//! Every feature of a token depends on that token alone, never on its
//! position: the tagger computes a word's scores once and reuses them for
//! every occurrence of the word. A neighbour's features are those of the
//! neighbouring word, under a prefix that says which side it stands on.

use crate::gazetteer::{EntityType, Gazetteer};
use khabar_tokenize::{Token, TokenKind, Tokens, WordSieve};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

/// The trigger lists shipped with the crate (`data/triggers.toml`).
pub const DEFAULT_TRIGGERS: &str = include_str!("../../data/triggers.toml");

/// The Arabic names of the places of Syria, Iraq and Turkey in GeoNames
/// (CC BY 4.0; `data/places.txt`, written by `cargo xtask places`). A
/// feature, never a match: there are villages named الجمعة and السوري.
pub const DEFAULT_PLACES: &str = include_str!("../../data/places.txt");

/// The words of the place names: those that begin one, and those inside.
#[derive(Clone, Debug, Default)]
pub(crate) struct PlaceWords {
    first: FxHashSet<String>,
    inner: FxHashSet<String>,
    /// The names of two words or more, their words joined by a space.
    long_names: FxHashSet<String>,
}

impl PlaceWords {
    /// The shipped list, keyed as `gazetteer` keys words.
    pub(crate) fn shipped(gazetteer: &Gazetteer) -> PlaceWords {
        let mut words = PlaceWords::default();
        for line in DEFAULT_PLACES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let name = gazetteer.aliases.words(line);
            if name.len() >= 2 {
                words.long_names.insert(name.join(" "));
            }
            for (k, word) in name.into_iter().enumerate() {
                if k == 0 { &mut words.first } else { &mut words.inner }.insert(word);
            }
        }
        words
    }

    /// `words` (normalized, joined by a space) are a whole name of two
    /// words or more in the list (معرة مصرين، دارة عزة).
    pub(crate) fn is_long_name(&self, words: &str) -> bool {
        self.long_names.contains(words)
    }

    /// `word` (normalized) begins a place's name in the list.
    pub(crate) fn begins_a_place(&self, word: &str) -> bool {
        self.first.contains(word)
    }
}

/// Words that announce a name of a given type.
#[derive(Clone, Debug, Default)]
pub(crate) struct Triggers {
    by_word: FxHashMap<String, u8>,
    /// Heads that make one organization with the place after them.
    pub(crate) institutions: ReadingSet,
    /// Words that make a command with the place after them after a body's
    /// head (قيادة عمليات كركوك).
    pub(crate) command_heads: ReadingSet,
    /// Generic words that may stand between such a head and its place.
    pub(crate) place_words: ReadingSet,
    /// Heads of an armed faction's name (كتائب، لواء، سرايا).
    pub(crate) faction_heads: ReadingSet,
    /// Heads of a front's or a movement's name, one with the article in
    /// quotes (“الجبهة الشامية”).
    pub(crate) quoted_fronts: ReadingSet,
    /// The arms of an army's units (المشاة، المدفعية): a unit named by
    /// one is described, not named.
    pub(crate) army_arms: ReadingSet,
    /// The land's features whose head word is part of the name (وادي).
    pub(crate) feature_heads: ReadingSet,
    /// The divisions of a province and the settlements named after their
    /// head (قضاء، قرية).
    pub(crate) district_heads: ReadingSet,
    /// Adjectives that describe a place after its generic word (منطقة
    /// جبلية): no name.
    pub(crate) place_adjectives: ReadingSet,
    /// Plurals and duals of place words, before a list of names
    /// (بلدات البصيرة وذيبان): each name of the list is a place.
    pub(crate) place_list_heads: FormSet,
    /// The words of [`Triggers::outlet_ends`], [`Triggers::place_list_heads`]
    /// and [`Triggers::construct_heads`] in one set: the merge finds where
    /// they stand in one pass over a document's tokens.
    pub(crate) merge_cues: FormSet,
    /// Heads of a body named by its place and an adjective (مركز).
    pub(crate) body_heads: ReadingSet,
    /// Adjectives of direction, time or a verb (الشرقي، الماضي): no part
    /// of a body's name.
    pub(crate) not_of_name: ReadingSet,
    /// Peoples, faiths and sects: groups, no names.
    pub(crate) groups: ReadingSet,
    /// Nouns of what forces do (عملية، حملة): no person's first word.
    pub(crate) deeds: ReadingSet,
    /// Months and weekdays: dates, no names.
    pub(crate) calendar: ReadingSet,
    /// Words of blame said of an attack (الجبان، الغادر): no names.
    pub(crate) epithets: ReadingSet,
    /// Illnesses and the words for them (وباء كورونا): no names.
    pub(crate) illnesses: ReadingSet,
    /// Heads of a state's force or body named by its adjective.
    pub(crate) descriptive_heads: ReadingSet,
    /// The adjectives of states (الأمريكية).
    pub(crate) state_adjectives: ReadingSet,
    /// Heads of a news outlet's name (شبكة، وكالة، قناة).
    pub(crate) outlet_heads: ReadingSet,
    /// Words that close a news outlet's name (الإخبارية، للأنباء، نيوز).
    pub(crate) outlet_ends: FormSet,
    /// Of those, the ones that close a name with no head before it (نيوز،
    /// برس: بلدي نيوز).
    pub(crate) brand_ends: FormSet,
    /// Military ranks before a person's name (اللواء).
    pub(crate) ranks: FormSet,
    /// Given names of one word (the gazetteer's `[context] given_names`),
    /// normalized: «و» glued to one opens the next person of a list.
    pub(crate) given_names: FxHashSet<String>,
    /// Adjectives of a title before the name of who holds it (المتحدث
    /// السابق فلان، الرئيس الجديد).
    pub(crate) title_adjectives: FormSet,
    /// Roles held of a body or place (قائد، محافظ، المتحدث باسم).
    pub(crate) roles_of: FormSet,
    /// «The» spokesperson, the body unnamed (وأضاف المتحدث فلان).
    pub(crate) spokespeople: FormSet,
    /// People named by their trade before their name, one or two
    /// adjectives between (الخبير الأمني فلان، المحلل السياسي فلان).
    pub(crate) professions: FormSet,
    /// Words of a byline, before the writer's name (كتبت فلانة، بقلم: فلان).
    pub(crate) bylines: FormSet,
    /// The gazetteer's verbs of speech (`[context] speech_verbs`), «و» or
    /// «ف» before them or not (وقال، فأضافت): the speaker's name may follow.
    pub(crate) speech_verbs: FormSet,
    /// Ranks, spokespeople, trades, bylines and verbs of speech: the words a
    /// person's name may follow wherever they stand, looked up once a token.
    pub(crate) person_openers: FormSet,
    /// Words that follow a person's name, not part of it (إن، في، قوله).
    pub(crate) name_ends: ReadingSet,
    /// Words that introduce a person by the name the text goes on with
    /// (المدعو).
    pub(crate) called: FormSet,
    /// Heads of an organization's name written in quotes after them
    /// (حركة "…"، شبكة "…").
    pub(crate) quoted_heads: FormSet,
    /// The fields of ministries (الخارجية، الداخلية، الدفاع), named with
    /// the state's adjective alone (الخارجية المغربية).
    pub(crate) ministry_fields: FormSet,
    /// Heads of a state body's name in construct (وزارة، مديرية).
    pub(crate) construct_heads: FormSet,
    /// Adjectives after such a head with the article (العامة، العليا).
    pub(crate) body_adjectives: ReadingSet,
    /// Words that cannot close a name (البو، أبو، بن): a name found ending
    /// in one goes on to the word after it.
    pub(crate) name_particles: FormSet,
    /// Given names that open with a proclitic's letter (بسام، وليد), as
    /// written alone: the letter is the name's.
    pub(crate) whole_names: FxHashSet<String>,
    /// Words that give a person's other name after the name (الملقب،
    /// المكنى).
    pub(crate) nicknames: FormSet,
    /// The kinds of body a role is held of, by form: the heads of
    /// organizations' names of [organization] (وزارة، والوزارة) and the
    /// bodies of [role_body] that open no name (الوزراء، الأركان). One set:
    /// a cheaper look than `by_word` on every token.
    body_kinds: FormSet,
}

/// A word, and when it ends in teh marbuta its spelling with heh too
/// (قرية، قريه): many pages write the one for the other.
fn with_heh(word: String) -> impl Iterator<Item = String> {
    let heh = word.strip_suffix('\u{0629}').map(|stem| format!("{stem}\u{0647}"));
    std::iter::once(word).chain(heh)
}

/// Words a token is looked up in by its readings (with and without
/// proclitics and article), behind a sieve: the merge asks of every name the
/// model finds and every place the gazetteer finds, and most of their words
/// are in none of these lists.
#[derive(Clone, Debug, Default)]
pub(crate) struct ReadingSet {
    words: FxHashSet<String>,
    sieve: WordSieve,
}

impl ReadingSet {
    fn new(words: impl IntoIterator<Item = String>) -> ReadingSet {
        let mut set = ReadingSet::default();
        for w in words.into_iter().flat_map(with_heh) {
            set.sieve.insert(&w);
            set.words.insert(w);
        }
        set
    }

    /// Token `i` read in one of its forms is in the set.
    pub(crate) fn holds(&self, tokens: &Tokens<'_>, i: usize) -> bool {
        self.stem_start(tokens, i).is_some()
    }

    /// Where the stem of token `i` starts in its first reading in the set,
    /// past the proclitics of that reading (وعمليات: after «و»).
    pub(crate) fn stem_start(&self, tokens: &Tokens<'_>, i: usize) -> Option<usize> {
        // The sieve first, on the normalized form alone: most words stop here.
        if !tokens.norm(i).is_some_and(|norm| self.sieve.may_hold_a_reading_of(norm)) {
            return None;
        }
        let t = tokens.get(i)?;
        let mut buf = String::new();
        t.splits()
            .find(|s| self.words.contains(s.dictionary_form(&mut buf)) || self.words.contains(s.without_article()))
            .map(|s| s.stem.start)
    }

    /// Token `i` is the sound plural or the dual of a nisba in the set
    /// (سوريين، العراقيون، مغربيات، مغربيتان of سوري، عراقي، مغربي).
    pub(crate) fn holds_plural_of(&self, tokens: &Tokens<'_>, i: usize) -> bool {
        let Some(t) = tokens.get(i) else { return false };
        t.splits().any(|s| {
            let word = s.without_article();
            // -ين، -ون، -ات، -تان، -تين، -ان.
            [
                "\u{064A}\u{0646}",
                "\u{0648}\u{0646}",
                "\u{0627}\u{062A}",
                "\u{062A}\u{0627}\u{0646}",
                "\u{062A}\u{064A}\u{0646}",
                "\u{0627}\u{0646}",
            ]
            .iter()
            .filter_map(|ending| word.strip_suffix(ending))
            .any(|stem| stem.ends_with('\u{064A}') && self.words.contains(stem))
        })
    }
}

/// Words looked up by their exact normalized form, with or without the
/// article, bare or after «و» or «ف»: cheaper than a [`ReadingSet`] where
/// many tokens are asked.
#[derive(Clone, Debug, Default)]
pub(crate) struct FormSet {
    forms: FxHashSet<String>,
    /// The forms' sieve: most words are told apart without hashing.
    sieve: WordSieve,
    /// The shortest and longest form, in bytes: most words fall outside.
    shortest: usize,
    longest: usize,
}

impl FormSet {
    fn new(words: impl IntoIterator<Item = String>) -> FormSet {
        let mut forms = FxHashSet::default();
        for w in words.into_iter().flat_map(with_heh) {
            // With the article too, unless the word has it (المتحدث، اللواء).
            let article = (!w.starts_with("ال")).then(|| format!("ال{w}"));
            for form in std::iter::once(w).chain(article) {
                forms.insert(format!("و{form}"));
                forms.insert(format!("ف{form}"));
                forms.insert(form);
            }
        }
        let shortest = forms.iter().map(String::len).min().unwrap_or(1);
        let longest = forms.iter().map(String::len).max().unwrap_or(0);
        let mut sieve = WordSieve::default();
        forms.iter().for_each(|f| sieve.insert(f));
        FormSet { forms, sieve, shortest, longest }
    }

    /// Token `i`, as normalized, is in the set.
    pub(crate) fn holds(&self, tokens: &Tokens<'_>, i: usize) -> bool {
        tokens.norm(i).is_some_and(|norm| self.contains(norm))
    }

    /// `norm`, a normalized word, is in the set.
    pub(crate) fn contains(&self, norm: &str) -> bool {
        (self.shortest..=self.longest).contains(&norm.len()) && self.sieve.may_contain(norm) && self.forms.contains(norm)
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawTriggers {
    person: Words,
    organization: Words,
    location: Words,
    institution: Words,
    place_word: Words,
    command_head: Words,
    faction_head: Words,
    quoted_front: Words,
    army_arm: Words,
    feature_head: Words,
    district_head: Words,
    place_adjective: Words,
    place_list_head: Words,
    body_head: Words,
    not_of_name: Words,
    group: Words,
    deed: Words,
    calendar: Words,
    epithet: Words,
    illness: Words,
    descriptive_head: Words,
    state_adjective: Words,
    outlet_head: Words,
    outlet_end: Words,
    brand_end: Words,
    rank: Words,
    title_adjective: Words,
    role_of: Words,
    spokesperson: Words,
    profession: Words,
    byline: Words,
    name_end: Words,
    called: Words,
    quoted_head: Words,
    ministry_field: Words,
    construct_head: Words,
    body_adjective: Words,
    name_particle: Words,
    whole_name: Words,
    nickname: Words,
    role_body: Words,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Words {
    words: Vec<String>,
}

/// One bit a type, for sets of types.
pub(crate) fn type_bit(t: EntityType) -> u8 {
    match t {
        EntityType::Person => 1,
        EntityType::Organization => 2,
        EntityType::Location => 4,
    }
}

const TYPES: [(u8, &str); 3] = [(1, "PER"), (2, "ORG"), (4, "LOC")];

impl Triggers {
    /// The shipped lists, keyed as `gazetteer` keys words.
    pub(crate) fn shipped(gazetteer: &Gazetteer) -> Triggers {
        // The shipped file is tested; failing here would be a build defect.
        let raw: RawTriggers = toml::from_str(DEFAULT_TRIGGERS).expect("the shipped trigger lists are valid");
        let keys = |words: &Words| words.words.iter().flat_map(|w| gazetteer.aliases.words(w)).collect::<Vec<String>>();
        let set = |words: Words| ReadingSet::new(keys(&words));
        let forms = |words: &Words| FormSet::new(keys(words));
        let body_kinds = FormSet::new(keys(&raw.organization).into_iter().chain(keys(&raw.role_body)));
        // لوزارة، بمديرية، للمديرية: a preposition glued before the head
        // too (the set adds «و», «ف» and the article).
        // Each word of a list, written bare and after each proclitic given.
        let prefixed = |words: &Words, proclitics: &[&str]| -> Vec<String> {
            keys(words).into_iter().flat_map(|w| proclitics.iter().map(move |p| format!("{p}{w}"))).collect()
        };
        let construct_heads = prefixed(&raw.construct_head, &["", "ل", "ب", "لل", "بال"]);
        // بوادي، لجبل: the land's features after a preposition too.
        let feature_heads = prefixed(&raw.feature_head, &["", "ل", "ب"]);
        let district_heads = prefixed(&raw.district_head, &["", "ل", "ب"]);
        let command_words = keys(&raw.command_head);
        let faction_words = prefixed(&raw.faction_head, &["", "و", "ل", "ب"]);
        let speech_verbs: Vec<String> =
            gazetteer.speech_verbs.iter().flat_map(|verb| ["", "و", "ف"].map(|proclitic| format!("{proclitic}{verb}"))).collect();
        let mut by_word: FxHashMap<String, u8> = FxHashMap::default();
        for (list, t) in
            [(raw.person, EntityType::Person), (raw.organization, EntityType::Organization), (raw.location, EntityType::Location)]
        {
            for w in list.words {
                for key in gazetteer.aliases.words(&w) {
                    *by_word.entry(key).or_default() |= type_bit(t);
                }
            }
        }
        Triggers {
            by_word,
            institutions: set(raw.institution),
            place_words: set(raw.place_word),
            command_heads: set(raw.command_head),
            faction_heads: set(raw.faction_head),
            quoted_fronts: set(raw.quoted_front),
            army_arms: set(raw.army_arm),
            feature_heads: set(raw.feature_head),
            district_heads: set(raw.district_head),
            place_adjectives: set(raw.place_adjective),
            place_list_heads: forms(&raw.place_list_head),
            merge_cues: FormSet::new(
                keys(&raw.outlet_end)
                    .into_iter()
                    .chain(keys(&raw.brand_end))
                    .chain(keys(&raw.place_list_head))
                    .chain(keys(&raw.body_head))
                    .chain(construct_heads.iter().cloned())
                    .chain(feature_heads)
                    .chain(district_heads)
                    .chain(command_words)
                    .chain(faction_words),
            ),
            body_heads: set(raw.body_head),
            not_of_name: set(raw.not_of_name),
            groups: set(raw.group),
            deeds: set(raw.deed),
            calendar: set(raw.calendar),
            epithets: set(raw.epithet),
            illnesses: set(raw.illness),
            descriptive_heads: set(raw.descriptive_head),
            state_adjectives: set(raw.state_adjective),
            outlet_heads: set(raw.outlet_head),
            outlet_ends: FormSet::new(keys(&raw.outlet_end).into_iter().chain(keys(&raw.brand_end))),
            brand_ends: forms(&raw.brand_end),
            ranks: forms(&raw.rank),
            given_names: gazetteer.given_names.iter().filter(|n| !n.contains(' ')).cloned().collect(),
            title_adjectives: forms(&raw.title_adjective),
            roles_of: forms(&raw.role_of),
            spokespeople: forms(&raw.spokesperson),
            professions: forms(&raw.profession),
            bylines: forms(&raw.byline),
            speech_verbs: FormSet::new(speech_verbs.iter().cloned()),
            person_openers: FormSet::new(
                keys(&raw.rank)
                    .into_iter()
                    .chain(keys(&raw.spokesperson))
                    .chain(keys(&raw.profession))
                    .chain(keys(&raw.byline))
                    .chain(speech_verbs),
            ),
            name_ends: set(raw.name_end),
            called: forms(&raw.called),
            body_kinds,
            quoted_heads: forms(&raw.quoted_head),
            ministry_fields: forms(&raw.ministry_field),
            construct_heads: FormSet::new(construct_heads),
            body_adjectives: set(raw.body_adjective),
            name_particles: forms(&raw.name_particle),
            whole_names: keys(&raw.whole_name).into_iter().flat_map(with_heh).collect(),
            nicknames: forms(&raw.nickname),
        }
    }

    fn of(&self, word: &str) -> u8 {
        self.by_word.get(word).copied().unwrap_or(0)
    }

    /// True when `word` (normalized) announces a name of some type.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.by_word.contains_key(word)
    }

    /// True when `word` (normalized) announces a name of type `t`.
    pub(crate) fn announces(&self, word: &str, t: EntityType) -> bool {
        self.of(word) & type_bit(t) != 0
    }

    /// `word` (normalized) is a body named by its kind alone, with the article
    /// (الوزارة، الهيئة): what a role is held of when the text has named
    /// the body before (المتحدث باسم الوزارة علي عباس).
    pub(crate) fn is_body_by_kind(&self, word: &str) -> bool {
        ["ال", "وال", "فال"].iter().any(|a| word.starts_with(a)) && self.body_kinds.contains(word)
    }
}

/// What the gazetteer knows of single words: the types of the aliases a
/// word begins, and of those it stands inside.
#[derive(Clone, Debug, Default)]
pub(crate) struct AliasWords {
    first: FxHashMap<String, u8>,
    inner: FxHashMap<String, u8>,
}

impl AliasWords {
    pub(crate) fn of(gazetteer: &Gazetteer) -> AliasWords {
        let mut words = AliasWords::default();
        gazetteer.aliases.for_each_phrase(|phrase, entries| {
            let types = entries.iter().fold(0, |acc, e| acc | type_bit(gazetteer.entity(e.entity).kind));
            for (k, word) in phrase.iter().enumerate() {
                let map = if k == 0 { &mut words.first } else { &mut words.inner };
                *map.entry(word.to_string()).or_default() |= types;
            }
        });
        words
    }

    /// `word` (normalized) opens an alias of the gazetteer.
    pub(crate) fn begins_an_alias(&self, word: &str) -> bool {
        self.first.contains_key(word)
    }
}

/// Everything a feature is computed from besides the token.
#[derive(Clone, Debug)]
pub(crate) struct Lexicons {
    pub(crate) triggers: Triggers,
    pub(crate) aliases: AliasWords,
    pub(crate) places: PlaceWords,
}

impl Lexicons {
    /// The lists that go with `gazetteer`.
    pub(crate) fn of(gazetteer: &Gazetteer) -> Lexicons {
        Lexicons { triggers: Triggers::shipped(gazetteer), aliases: AliasWords::of(gazetteer), places: PlaceWords::shipped(gazetteer) }
    }
}

/// The letters of `s` from `from` to `to` (counted in chars).
fn chars_between(s: &str, from: usize, to: usize) -> &str {
    let start = s.char_indices().nth(from).map_or(s.len(), |(i, _)| i);
    let end = s.char_indices().nth(to).map_or(s.len(), |(i, _)| i);
    s.get(start..end).unwrap_or("")
}

fn length_bucket(letters: usize) -> &'static str {
    match letters {
        0..=2 => "1",
        3 => "3",
        4..=5 => "4",
        6..=8 => "6",
        _ => "9",
    }
}

fn kind_letter(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Arabic => "A",
        TokenKind::Latin => "L",
        TokenKind::Number => "N",
        TokenKind::Punct => "P",
        TokenKind::Symbol => "S",
    }
}

/// The features of one word, each handed to `each` with `side` before it
/// (`""` for the word itself, `"-"` as the word before, `"+"` as the word
/// after). The word's own features are richer than a neighbour's. Each
/// feature is built in one reused buffer: this runs for every word the
/// model has not seen.
pub(crate) fn word_features(token: &Token<'_>, lex: &Lexicons, side: &str, each: &mut dyn FnMut(&str)) {
    let own = side.is_empty();
    let norm = token.norm;
    let mut buf = String::with_capacity(side.len() + 2 * norm.len() + 8);
    let mut emit = |parts: &[&str]| {
        buf.clear();
        buf.push_str(side);
        for p in parts {
            buf.push_str(p);
        }
        each(&buf);
    };
    emit(&["k=", kind_letter(token.kind)]);
    if token.kind == TokenKind::Punct || token.kind == TokenKind::Symbol || token.kind == TokenKind::Number {
        if token.kind == TokenKind::Punct {
            emit(&["w=", norm]);
        }
        return;
    }
    emit(&["w=", norm]);
    // Readings without proclitics and article: the bare stems.
    let mut stems: Vec<&str> = Vec::with_capacity(4);
    let mut triggers = 0u8;
    let (mut first, mut inner) = (0u8, 0u8);
    let (mut place_first, mut place_inner) = (false, false);
    let mut article = false;
    let mut dictionary_buf = String::new();
    for split in token.splits() {
        let bare = split.without_article();
        article |= split.has_article();
        if !stems.contains(&bare) {
            stems.push(bare);
        }
        let dictionary = split.dictionary_form(&mut dictionary_buf);
        triggers |= lex.triggers.of(dictionary) | lex.triggers.of(bare);
        first |= lex.aliases.first.get(dictionary).copied().unwrap_or(0);
        inner |= lex.aliases.inner.get(dictionary).copied().unwrap_or(0);
        place_first |= lex.places.first.contains(dictionary);
        place_inner |= lex.places.inner.contains(dictionary);
    }
    if place_first {
        emit(&["pB"]);
    }
    if own && place_inner {
        emit(&["pI"]);
    }
    for (bit, name) in TYPES {
        if triggers & bit != 0 {
            emit(&["t=", name]);
        }
        if first & bit != 0 {
            emit(&["gB=", name]);
        }
        if own && inner & bit != 0 {
            emit(&["gI=", name]);
        }
    }
    // The shortest stem: the word with every proclitic and the article off.
    let bare = stems.iter().copied().min_by_key(|s| s.len()).unwrap_or(norm);
    if own {
        for stem in &stems {
            emit(&["s=", stem]);
        }
        let letters = bare.chars().count();
        emit(&["p2=", chars_between(bare, 0, 2)]);
        emit(&["p3=", chars_between(bare, 0, 3)]);
        emit(&["x2=", chars_between(bare, letters.saturating_sub(2), letters)]);
        emit(&["x3=", chars_between(bare, letters.saturating_sub(3), letters)]);
        emit(&["l=", length_bucket(letters)]);
        if article {
            emit(&["art"]);
        }
        if token.kind == TokenKind::Latin && norm.chars().next().is_some_and(char::is_uppercase) {
            emit(&["cap"]);
        }
    } else {
        emit(&["s=", bare]);
    }
}

/// The feature of the edge of a sentence, as a neighbour.
pub(crate) fn edge_feature(side: &str) -> String {
    format!("{side}edge")
}

/// The feature every token has.
pub(crate) const BIAS: &str = "bias";
