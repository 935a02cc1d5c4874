//! The lexicon: number words, scale words, units, qualifiers, month names
//! and the word lists the rules consult, loaded from TOML data files.

use crate::{Qualifier, QuantityKind};
use khabar_tokenize::{normalize, NormalizeConfig, PhraseError, PhraseTable};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use toml::Spanned;

/// The lexicon shipped with the crate (`data/lexicon.toml`).
pub const DEFAULT_LEXICON: &str = include_str!("../data/lexicon.toml");

/// What went wrong loading a lexicon file.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// The file is not valid TOML, or a table or field has the wrong shape.
    /// The message names the line, column and field.
    #[error("{source_name}: {message}")]
    Parse {
        /// The file name (or other label) the text came from.
        source_name: String,
        /// What the TOML reader said, with line and column.
        message: String,
    },
    /// A key normalizes to nothing (only diacritics or spaces).
    #[error("{source_name}:{line}: table [{table}]: key {key:?} is empty once normalized")]
    EmptyKey {
        /// The file name the text came from.
        source_name: String,
        /// The 1-based line of the key.
        line: usize,
        /// The table holding the key.
        table: String,
        /// The key as written.
        key: String,
    },
    /// A generated table would make too many forms.
    #[error("{source_name}:{line}: table [{table}]: {forms} forms (stems × suffixes); a table makes at most {MAX_GENERATED_FORMS}")]
    TooManyForms {
        /// The file name the text came from.
        source_name: String,
        /// The 1-based line of the table.
        line: usize,
        /// The table.
        table: &'static str,
        /// How many forms it would make.
        forms: usize,
    },
    /// A phrase key that cannot be matched (too many words).
    #[error("{source_name}:{line}: table [{table}]: {error}")]
    BadPhrase {
        /// The file name the text came from.
        source_name: String,
        /// The 1-based line of the key.
        line: usize,
        /// The table holding the key.
        table: String,
        /// What is wrong with it.
        error: PhraseError,
    },
}

/// Which half of the day a word puts a clock hour in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum DayPeriod {
    /// Before noon: 12 is midnight.
    Am,
    /// After noon: 1 to 11 are 13 to 23, 12 stays noon.
    Pm,
    /// At night: 6 to 11 are 18 to 23, 12 is midnight, 1 to 5 stay.
    Night,
}

/// How a scale word counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ScaleForm {
    /// ألف: multiplies the number before it, or 1 when alone.
    Singular,
    /// ألفين: two of the scale, alone.
    Dual,
    /// آلاف: multiplies the number before it; alone it is a vague amount.
    Plural,
}

/// A unit as the lexicon describes it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Unit {
    pub kind: QuantityKind,
    pub code: Arc<str>,
    /// The word is a dual and carries the number 2 on its own.
    pub dual: bool,
    /// Multiplies the value into the unit's code (سنت = 0.01 USD).
    pub factor: f64,
}

/// What a phrase of the lexicon means.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum What {
    Number(f64),
    Scale {
        value: f64,
        form: ScaleForm,
    },
    Vague,
    /// The dual of a counted noun (شخصين، طائرتان): two of the singular.
    Dual(Arc<str>),
    /// The dual in construct, its «ن» dropped before the noun it is of
    /// (مقتل عنصري أمن): two of the singular after a word of
    /// [`Lexicon::dual_construct_after`] only («عنصري» is also "racist").
    DualConstruct(Arc<str>),
    Fraction(f64),
    Ordinal(u32),
    Unit(Unit),
    Qualifier(Qualifier),
    PostQualifier(Qualifier),
    Month {
        month: u8,
        ambiguous: bool,
    },
    HijriMonth {
        month: u8,
        ambiguous: bool,
    },
    SameMonth,
    /// The month the text is written in (الشهر الجاري).
    CurrentMonth,
    /// A weekday or a year head (عام): it can open a date, so the scan
    /// must stop at it.
    DateOpener,
    /// An expression that states no calendar date (أمس، الشهر الماضي).
    Relative(crate::Relative),
    /// A weekday's name, by its ISO number, for relative dates.
    Weekday(u8),
}

/// The lexicon of the number extractor. Build it once (the default, or the
/// default extended by user files) and share it.
#[derive(Clone, Debug)]
pub struct Lexicon {
    /// Number words, scales, units, qualifiers, months…: every phrase the
    /// grammar looks tokens up in.
    pub(crate) phrases: PhraseTable<What>,
    pub(crate) compound_only: FxHashSet<String>,
    pub(crate) ordinal_needs_context: FxHashSet<String>,
    pub(crate) hijri_markers: FxHashSet<String>,
    pub(crate) gregorian_markers: FxHashSet<String>,
    pub(crate) weekdays: FxHashSet<String>,
    pub(crate) year_heads: FxHashSet<String>,
    /// Adjectives between a year's head and the year (السنة المالية 2016).
    pub(crate) year_adjectives: FxHashSet<String>,
    /// Words right before a figure that join it to the money before it,
    /// whose currency it shares when it names none (و، إلى، منها، بزيادة).
    pub(crate) sum_links: FxHashSet<String>,
    /// «شهر»: before a month's number it names the month (شهر 10).
    pub(crate) month_words: FxHashSet<String>,
    /// Words after a weekday that move it (الماضي -1, المقبل +1).
    pub(crate) relative_direction: FxHashMap<String, i32>,
    /// Words before a bare weekday that make it a date (يوم، مساء).
    pub(crate) weekday_heads: FxHashSet<String>,
    /// Words after, and before, a relative word that make it no date
    /// (اليوم الأول، نفس اليوم).
    pub(crate) relative_not_after: FxHashSet<String>,
    pub(crate) relative_not_before: FxHashSet<String>,
    pub(crate) date_heads: FxHashSet<String>,
    pub(crate) time_heads: FxHashSet<String>,
    pub(crate) clock_minus: FxHashSet<String>,
    pub(crate) clock_until: FxHashSet<String>,
    /// Minutes a word stands for after an hour (والنصف = 30).
    pub(crate) clock_fractions: FxHashMap<String, u32>,
    /// Which half of the day a word puts an hour in.
    pub(crate) day_periods: FxHashMap<String, DayPeriod>,
    pub(crate) year_context: FxHashSet<String>,
    pub(crate) identifier_heads: FxHashSet<String>,
    /// Words of a time zone after a time of day in digits (بتوقيت، GMT).
    pub(crate) time_zones: FxHashSet<String>,
    /// Words that label a number after them only when they open a line
    /// (العدد 1664: a periodical's issue).
    pub(crate) line_labels: FxHashSet<String>,
    /// Nouns of places after which a scale word is a name (قرية بليون).
    pub(crate) place_heads: FxHashSet<String>,
    pub(crate) not_counted: FxHashSet<String>,
    pub(crate) keeps_final_alef: FxHashSet<String>,
    pub(crate) decimal_words: FxHashSet<String>,
    pub(crate) lone_units: FxHashSet<String>,
    pub(crate) free_lone_units: FxHashSet<String>,
    pub(crate) age_words: FxHashSet<String>,
    /// Military ranks: «أول» after one is part of the rank.
    pub(crate) ranks: FxHashSet<String>,
    /// Words of what was done to people before a dual in construct
    /// (مقتل عنصري أمن): only after one is it a count of two.
    pub(crate) dual_construct_after: FxHashSet<String>,
    /// Normalized plural → singular as written.
    pub(crate) singulars: FxHashMap<String, String>,
    /// The singular nouns of `[singulars]` and `[dual_nouns]`,
    /// normalized: a word that is «و» and one of them is no noun of its
    /// own (وزعيم), one that is one of them whole is (وزير).
    pub(crate) nouns: FxHashSet<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawLexicon {
    numbers: BTreeMap<String, Amount>,
    compound_only: Words,
    scales: BTreeMap<String, RawScale>,
    vague: Words,
    fractions: BTreeMap<String, Amount>,
    ordinals: BTreeMap<String, u32>,
    ordinal_needs_context: Words,
    units: BTreeMap<String, RawUnit>,
    dual_construct: Option<Spanned<RawDualConstruct>>,
    qualifiers: BTreeMap<String, Qualifier>,
    post_qualifiers: BTreeMap<String, Qualifier>,
    months: BTreeMap<String, RawMonth>,
    hijri_months: BTreeMap<String, RawMonth>,
    hijri_markers: Words,
    gregorian_markers: Words,
    weekdays: Words,
    year_heads: Words,
    year_adjectives: Words,
    sum_links: Words,
    month_words: Words,
    date_heads: Words,
    time_heads: Words,
    clock_minus: Words,
    clock_until: Words,
    clock_fractions: BTreeMap<String, u32>,
    day_periods: BTreeMap<String, DayPeriod>,
    year_context: Words,
    same_month: Words,
    current_month: Words,
    identifier_heads: Words,
    time_zones: Words,
    line_labels: Words,
    place_heads: Words,
    not_counted: Words,
    singulars: BTreeMap<String, String>,
    keeps_final_alef: Words,
    decimal_words: Words,
    lone_units: Words,
    free_lone_units: Words,
    age_words: Words,
    ranks: Words,
    dual_construct_after: Words,
    dual_nouns: Words,
    relative: BTreeMap<String, RawRelative>,
    relative_weekdays: BTreeMap<String, RawWeekday>,
    relative_direction: BTreeMap<String, Offset>,
    weekday_heads: Words,
    relative_not_after: Words,
    relative_not_before: Words,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelative {
    unit: crate::RelativeUnit,
    #[serde(deserialize_with = "small_offset")]
    offset: i32,
}

/// A weekday's ISO number: 1 (Monday) to 7 (Sunday).
#[derive(Clone, Copy)]
struct RawWeekday(u8);

impl<'de> Deserialize<'de> for RawWeekday {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = u8::deserialize(d)?;
        if (1..=7).contains(&n) {
            Ok(RawWeekday(n))
        } else {
            Err(serde::de::Error::custom(format!("weekday {n} is not a weekday: 1 (Monday) to 7 (Sunday)")))
        }
    }
}

/// A direction word's move (الماضي -1), bounded as an offset is.
struct Offset(i32);

impl<'de> Deserialize<'de> for Offset {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        small_offset(d).map(Offset)
    }
}

/// How far a relative word moves: a few units either way.
fn small_offset<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
    let n = i32::deserialize(d)?;
    if (-10..=10).contains(&n) {
        Ok(n)
    } else {
        Err(serde::de::Error::custom(format!("offset {n} is out of range: -10 to 10")))
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Words {
    words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    #[serde(deserialize_with = "positive")]
    value: f64,
    form: ScaleForm,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnit {
    kind: QuantityKind,
    unit: String,
    #[serde(default)]
    dual: bool,
    #[serde(default = "one", deserialize_with = "positive")]
    factor: f64,
}

fn one() -> f64 {
    1.0
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawDualConstruct {
    stems: BTreeMap<String, String>,
    suffixes: Vec<String>,
}

/// The most forms one generated table may make (`[dual_construct]`: stems
/// times suffixes). The shipped one makes 35; a bound keeps a user's file
/// from turning a few kilobytes into gigabytes of keys.
pub const MAX_GENERATED_FORMS: usize = 10_000;

/// A month's number: 1 to 12, in either calendar.
fn month_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let month = u8::deserialize(d)?;
    if (1..=12).contains(&month) {
        Ok(month)
    } else {
        Err(serde::de::Error::custom(format!("month {month} is not a month: months are 1 to 12")))
    }
}

/// A number the lexicon gives a word: finite, not negative, and within the
/// values khabar writes (up to 10^18).
#[derive(Clone, Copy, Debug)]
struct Amount(f64);

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(d)?;
        if value.is_finite() && (0.0..=1e18).contains(&value) {
            Ok(Amount(value))
        } else {
            Err(serde::de::Error::custom(format!("{value} is not a number a word can stand for (0 to 10^18)")))
        }
    }
}

/// A unit's factor or a scale: finite and above zero.
fn positive<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let value = f64::deserialize(d)?;
    if value.is_finite() && value > 0.0 && value <= 1e18 {
        Ok(value)
    } else {
        Err(serde::de::Error::custom(format!("{value} must be above 0 and at most 10^18")))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMonth {
    #[serde(deserialize_with = "month_number")]
    month: u8,
    #[serde(default)]
    ambiguous: bool,
}

impl Default for Lexicon {
    /// The lexicon shipped with the crate.
    fn default() -> Lexicon {
        let mut lexicon = Lexicon::empty();
        // The shipped file is tested; failing here would be a build defect.
        lexicon.extend_from_toml("khabar-numbers/data/lexicon.toml", DEFAULT_LEXICON).expect("the shipped lexicon is valid");
        lexicon
    }
}

impl Lexicon {
    /// A lexicon that knows no word.
    pub fn empty() -> Lexicon {
        Lexicon {
            phrases: PhraseTable::default(),
            compound_only: FxHashSet::default(),
            ordinal_needs_context: FxHashSet::default(),
            hijri_markers: FxHashSet::default(),
            gregorian_markers: FxHashSet::default(),
            weekdays: FxHashSet::default(),
            year_heads: FxHashSet::default(),
            year_adjectives: FxHashSet::default(),
            sum_links: FxHashSet::default(),
            month_words: FxHashSet::default(),
            relative_direction: FxHashMap::default(),
            weekday_heads: FxHashSet::default(),
            relative_not_after: FxHashSet::default(),
            relative_not_before: FxHashSet::default(),
            date_heads: FxHashSet::default(),
            time_heads: FxHashSet::default(),
            clock_minus: FxHashSet::default(),
            clock_until: FxHashSet::default(),
            clock_fractions: FxHashMap::default(),
            day_periods: FxHashMap::default(),
            year_context: FxHashSet::default(),
            identifier_heads: FxHashSet::default(),
            time_zones: FxHashSet::default(),
            line_labels: FxHashSet::default(),
            place_heads: FxHashSet::default(),
            not_counted: FxHashSet::default(),
            keeps_final_alef: FxHashSet::default(),
            decimal_words: FxHashSet::default(),
            lone_units: FxHashSet::default(),
            free_lone_units: FxHashSet::default(),
            age_words: FxHashSet::default(),
            ranks: FxHashSet::default(),
            dual_construct_after: FxHashSet::default(),
            singulars: FxHashMap::default(),
            nouns: FxHashSet::default(),
        }
    }

    /// Adds the tables of a TOML lexicon file (same layout as
    /// `data/lexicon.toml`; every table optional). `source_name` names the
    /// file in error messages.
    ///
    /// ```
    /// use khabar_numbers::{Extractor, Lexicon};
    /// let mut lexicon = Lexicon::default();
    /// lexicon.extend_from_toml("my.toml", "[units]\n\"فدان\" = { kind = \"measure\", unit = \"feddan\" }\n").unwrap();
    /// let extractor = Extractor::new(lexicon);
    /// let found = extractor.extract("زرعوا 40 فدان قمح");
    /// assert_eq!(found.quantities[0].unit.as_deref(), Some("feddan"));
    /// ```
    pub fn extend_from_toml(&mut self, source_name: &str, text: &str) -> Result<(), LexiconError> {
        let raw: RawLexicon = toml::from_str(text)
            .map_err(|e| LexiconError::Parse { source_name: source_name.to_string(), message: e.to_string().trim_end().to_string() })?;
        let mut b = Builder { lexicon: self, source_name, text };
        for (k, v) in &raw.numbers {
            b.phrase("numbers", k, What::Number(v.0))?;
        }
        for (k, s) in &raw.scales {
            b.phrase("scales", k, What::Scale { value: s.value, form: s.form })?;
        }
        // شخص → شخصين، شخصان; طائرة → طائرتين، طائرتان; عنصر → عنصري (in
        // construct; not for nouns in «ة», whose «تي» is "my").
        for singular in &raw.dual_nouns.words {
            let stem = singular.strip_suffix('ة').map_or_else(|| singular.clone(), |s| format!("{s}ت"));
            for ending in ["ين", "ان"] {
                b.phrase("dual_nouns", &format!("{stem}{ending}"), What::Dual(Arc::from(singular.as_str())))?;
            }
            if !singular.ends_with('ة') {
                b.phrase("dual_nouns", &format!("{singular}ي"), What::DualConstruct(Arc::from(singular.as_str())))?;
            }
        }
        for k in &raw.vague.words {
            b.phrase("vague", k, What::Vague)?;
        }
        for (k, v) in &raw.fractions {
            b.phrase("fractions", k, What::Fraction(v.0))?;
        }
        for (k, v) in &raw.ordinals {
            b.phrase("ordinals", k, What::Ordinal(*v))?;
        }
        for (k, u) in &raw.units {
            let unit = Unit { kind: u.kind, code: Arc::from(u.unit.as_str()), dual: u.dual, factor: u.factor };
            b.phrase("units", k, What::Unit(unit))?;
        }
        let no_table = RawDualConstruct::default();
        let dual_construct = raw.dual_construct.as_ref().map_or(&no_table, |t| t.get_ref());
        let forms = dual_construct.stems.len().saturating_mul(dual_construct.suffixes.len());
        if forms > MAX_GENERATED_FORMS {
            let start = raw.dual_construct.as_ref().map_or(0, |t| t.span().start);
            let line = khabar_tokenize::line_number(text, start);
            return Err(LexiconError::TooManyForms { source_name: source_name.to_string(), line, table: "dual_construct", forms });
        }
        for (stem, unit) in &dual_construct.stems {
            for suffix in &dual_construct.suffixes {
                let unit = Unit { kind: QuantityKind::Duration, code: Arc::from(unit.as_str()), dual: true, factor: 1.0 };
                b.phrase("dual_construct", &format!("{stem}{suffix}"), What::Unit(unit))?;
            }
        }
        for (k, q) in &raw.qualifiers {
            b.phrase("qualifiers", k, What::Qualifier(*q))?;
        }
        for (k, q) in &raw.post_qualifiers {
            b.phrase("post_qualifiers", k, What::PostQualifier(*q))?;
        }
        for (k, m) in &raw.months {
            b.phrase("months", k, What::Month { month: m.month, ambiguous: m.ambiguous })?;
        }
        for (k, m) in &raw.hijri_months {
            b.phrase("hijri_months", k, What::HijriMonth { month: m.month, ambiguous: m.ambiguous })?;
        }
        for k in &raw.same_month.words {
            b.phrase("same_month", k, What::SameMonth)?;
        }
        for k in &raw.current_month.words {
            b.phrase("current_month", k, What::CurrentMonth)?;
        }
        for k in raw.weekdays.words.iter().chain(&raw.year_heads.words) {
            b.phrase("weekdays", k, What::DateOpener)?;
        }
        b.words("compound_only", &raw.compound_only, |l| &mut l.compound_only)?;
        b.words("ordinal_needs_context", &raw.ordinal_needs_context, |l| &mut l.ordinal_needs_context)?;
        b.words("hijri_markers", &raw.hijri_markers, |l| &mut l.hijri_markers)?;
        b.words("gregorian_markers", &raw.gregorian_markers, |l| &mut l.gregorian_markers)?;
        b.words("weekdays", &raw.weekdays, |l| &mut l.weekdays)?;
        b.words("year_heads", &raw.year_heads, |l| &mut l.year_heads)?;
        b.words("year_adjectives", &raw.year_adjectives, |l| &mut l.year_adjectives)?;
        b.words("sum_links", &raw.sum_links, |l| &mut l.sum_links)?;
        b.words("month_words", &raw.month_words, |l| &mut l.month_words)?;
        for (k, r) in &raw.relative {
            b.phrase("relative", k, What::Relative(crate::Relative { unit: r.unit, offset: r.offset }))?;
        }
        for (k, n) in &raw.relative_weekdays {
            b.phrase("relative_weekdays", k, What::Weekday(n.0))?;
        }
        for (word, offset) in &raw.relative_direction {
            let key = b.key("relative_direction", word)?;
            b.lexicon.relative_direction.insert(key, offset.0);
        }
        b.words("weekday_heads", &raw.weekday_heads, |l| &mut l.weekday_heads)?;
        b.words("relative_not_after", &raw.relative_not_after, |l| &mut l.relative_not_after)?;
        b.words("relative_not_before", &raw.relative_not_before, |l| &mut l.relative_not_before)?;
        b.words("date_heads", &raw.date_heads, |l| &mut l.date_heads)?;
        b.words("time_heads", &raw.time_heads, |l| &mut l.time_heads)?;
        b.words("clock_minus", &raw.clock_minus, |l| &mut l.clock_minus)?;
        b.words("clock_until", &raw.clock_until, |l| &mut l.clock_until)?;
        for (word, minutes) in &raw.clock_fractions {
            let key = b.key("clock_fractions", word)?;
            b.lexicon.clock_fractions.insert(key, *minutes);
        }
        for (word, period) in &raw.day_periods {
            let key = b.key("day_periods", word)?;
            b.lexicon.day_periods.insert(key, *period);
        }
        b.words("year_context", &raw.year_context, |l| &mut l.year_context)?;
        b.words("identifier_heads", &raw.identifier_heads, |l| &mut l.identifier_heads)?;
        b.words("line_labels", &raw.line_labels, |l| &mut l.line_labels)?;
        b.words("time_zones", &raw.time_zones, |l| &mut l.time_zones)?;
        b.words("place_heads", &raw.place_heads, |l| &mut l.place_heads)?;
        b.words("not_counted", &raw.not_counted, |l| &mut l.not_counted)?;
        b.words("keeps_final_alef", &raw.keeps_final_alef, |l| &mut l.keeps_final_alef)?;
        b.words("decimal_words", &raw.decimal_words, |l| &mut l.decimal_words)?;
        b.words("lone_units", &raw.lone_units, |l| &mut l.lone_units)?;
        b.words("free_lone_units", &raw.free_lone_units, |l| &mut l.free_lone_units)?;
        b.words("age_words", &raw.age_words, |l| &mut l.age_words)?;
        b.words("ranks", &raw.ranks, |l| &mut l.ranks)?;
        b.words("dual_construct_after", &raw.dual_construct_after, |l| &mut l.dual_construct_after)?;
        for (plural, singular) in &raw.singulars {
            let key = b.key("singulars", plural)?;
            b.lexicon.singulars.insert(key, singular.clone());
            let noun = b.key("singulars", singular)?;
            b.lexicon.nouns.insert(noun);
        }
        for singular in &raw.dual_nouns.words {
            let noun = b.key("dual_nouns", singular)?;
            b.lexicon.nouns.insert(noun);
        }
        Ok(())
    }

    /// The normalization of every key: tokens made otherwise are read
    /// again before extraction.
    pub fn normalization(&self) -> NormalizeConfig {
        self.phrases.config().tokenizer.normalize
    }
}

struct Builder<'a> {
    lexicon: &'a mut Lexicon,
    source_name: &'a str,
    /// The file's text, to give the line of a key at fault.
    text: &'a str,
}

impl Builder<'_> {
    /// The 1-based line where `key` is written in `[table]` (serde hands
    /// out keys without their place): its first occurrence after the
    /// table's header, else the header's line.
    fn line_of(&self, table: &str, key: &str) -> usize {
        let header = self.text.find(&format!("[{table}]")).unwrap_or(0);
        let at = self.text[header..].find(key).map_or(header, |i| header + i);
        khabar_tokenize::line_number(self.text, at)
    }

    fn key(&self, table: &str, key: &str) -> Result<String, LexiconError> {
        let norm = normalize(key.trim(), &self.lexicon.normalization());
        if norm.trim().is_empty() {
            return Err(LexiconError::EmptyKey {
                source_name: self.source_name.to_string(),
                line: self.line_of(table, key),
                table: table.to_string(),
                key: key.to_string(),
            });
        }
        Ok(norm)
    }

    /// Adds a phrase, keyed as the text tokenizes (so `ك.م.س` or `كم2` match
    /// as the same gazetteer alias would). Longer phrases win over their
    /// beginnings (كم مربع over كم) when both match.
    fn phrase(&mut self, table: &str, key: &str, what: What) -> Result<(), LexiconError> {
        // Teh marbuta written as heh at a word's end (ثلاثه، ساعه) reads
        // the same.
        if let Some(heh) = khabar_tokenize::normalize::with_final_heh(key) {
            let _ = self.lexicon.phrases.insert(&heh, what.clone());
        }
        match self.lexicon.phrases.insert(key, what) {
            Ok(_) => Ok(()),
            Err(PhraseError::Empty { .. }) => Err(LexiconError::EmptyKey {
                source_name: self.source_name.to_string(),
                line: self.line_of(table, key),
                table: table.to_string(),
                key: key.to_string(),
            }),
            Err(error) => Err(LexiconError::BadPhrase {
                source_name: self.source_name.to_string(),
                line: self.line_of(table, key),
                table: table.to_string(),
                error,
            }),
        }
    }

    fn words(&mut self, table: &str, words: &Words, set: impl Fn(&mut Lexicon) -> &mut FxHashSet<String>) -> Result<(), LexiconError> {
        for w in &words.words {
            let key = self.key(table, w)?;
            // A final teh marbuta may be written as heh (الساعه، السنه).
            if let Some(heh) = khabar_tokenize::normalize::with_final_heh(&key) {
                set(self.lexicon).insert(heh);
            }
            set(self.lexicon).insert(key);
        }
        Ok(())
    }
}
