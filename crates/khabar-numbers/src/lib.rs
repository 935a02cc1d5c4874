//! Numbers, quantities and dates in Arabic news text.
//!
//! This crate is the third stage of the khabar pipeline, beside
//! `khabar-entities`: it reads the tokens of `khabar-tokenize` and turns every
//! numeric claim into a [`Quantity`] (value with scale words applied, kind,
//! unit, qualifier and counted noun) and every date into a [`DateMention`]
//! with an ISO 8601 value. It knows nothing of entities or files.
//!
//! What it reads:
//!
//! - digits in ASCII, Arabic-Indic and Eastern Arabic-Indic forms, with the
//!   decimal and thousands marks the press uses (`2,6 ألف` = 2600,
//!   `110.000` = 110000, `9،2 مليون`), decided from the digit groups and
//!   whether a scale word follows;
//! - number words (ثلاثة وعشرون، مئة وخمسون), scale words in all forms
//!   (ألف آلاف ألفا ألفين مليون ملايين مليار), duals (عامين، عاميه، شهرين),
//!   fractions before a scale (نصف مليون), vague amounts (مئات، آلاف) with no
//!   made-up value;
//! - percentages, money (ISO 4217 codes), measures, durations, ordinals;
//! - qualifiers (أكثر من، نحو، ما لا يقل عن…) and the counted noun in its
//!   singular base form (`180 قائدا` → قائد);
//! - dates (`22.03.2017`, `10 أيلول 2014`, `شباط/فبراير`, `السبت 23 من آذار`,
//!   `عام 2014`, Hijri dates converted to the Gregorian calendar by Umm
//!   al-Qura through `icu_calendar`) and times.
//!
//! Every word it knows is in a [`Lexicon`] loaded from TOML
//! (`data/lexicon.toml`), which users can extend.
//!
//! # Example
//!
//! ```
//! use khabar_numbers::{Extractor, QuantityKind, Qualifier};
//!
//! let extractor = Extractor::default();
//! let text = "وجّه التحالف أكثر من 19 ألف ضربة منذ 10 أيلول 2014";
//! let found = extractor.extract(text);
//!
//! let q = &found.quantities[0];
//! assert_eq!(&text[q.span.range()], "19 ألف");
//! assert_eq!(q.value, Some(19000.0));
//! assert_eq!(q.kind, QuantityKind::Cardinal);
//! assert_eq!(q.qualifier, Some(Qualifier::MoreThan));
//! assert_eq!(q.counted.as_deref(), Some("ضربة"));
//!
//! let d = &found.dates[0];
//! assert_eq!(&text[d.span.range()], "10 أيلول 2014");
//! assert_eq!(d.iso, "2014-09-10");
//! ```

#![deny(missing_docs)]

/// The README's example, compiled and run as a test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

mod calendar;
mod lexicon;
mod scan;
mod value;

pub use calendar::days_in_month;
pub use khabar_tokenize::{Span, TokenRange};
pub use lexicon::{Lexicon, LexiconError, DEFAULT_LEXICON};

use khabar_tokenize::{Tokenizer, TokenizerConfig, Tokens};
use serde::{Deserialize, Serialize};

/// What a quantity measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A count: `180 قائدا`, `11 ألف مقاتل`.
    Cardinal,
    /// A percentage: `32%`, `65 بالمئة`.
    Percent,
    /// An amount of money, with an ISO 4217 unit.
    Money,
    /// A length, area, mass, volume…: `110 آلاف كم مربع`.
    Measure,
    /// A position: `الأول`, `الذكرى الثانية`.
    Ordinal,
    /// A span of time: `عامين`, `ستة أعوام`.
    Duration,
    /// An amount with no value: `مئات المدنيين`, `ملايين الدولارات`.
    Vague,
}

impl QuantityKind {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Cardinal => "cardinal",
            QuantityKind::Percent => "percent",
            QuantityKind::Money => "money",
            QuantityKind::Measure => "measure",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Duration => "duration",
            QuantityKind::Vague => "vague",
        }
    }
}

/// How the text hedges a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// أكثر من، ما يزيد عن
    MoreThan,
    /// نحو، حوالي، قرابة
    About,
    /// أقل من
    LessThan,
    /// ما لا يقل عن، على الأقل
    AtLeast,
    /// ما لا يزيد عن، على الأكثر
    AtMost,
}

impl Qualifier {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::MoreThan => "more_than",
            Qualifier::About => "about",
            Qualifier::LessThan => "less_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
        }
    }
}

/// A numeric claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    /// Original span of the number with its scale words and unit (not the
    /// qualifier, not the counted noun).
    pub span: Span,
    /// The tokens from the one the number opens at to the one before the
    /// token after it (its scale words and unit; the counted noun is not
    /// among them).
    pub tokens: TokenRange,
    /// The value with scale words applied; `None` for vague amounts. Always
    /// finite.
    pub value: Option<f64>,
    /// What it measures.
    pub kind: QuantityKind,
    /// `percent`, an ISO 4217 code, `km`, `km2`, `year`…; `None` for a plain
    /// count or an ordinal.
    pub unit: Option<String>,
    /// The hedge before (or after) the number.
    pub qualifier: Option<Qualifier>,
    /// Original span of the qualifier's words (`أكثر من`), outside `span`.
    pub qualifier_span: Option<Span>,
    /// The counted noun in its singular base form, as written (with hamza).
    pub counted: Option<String>,
    /// Original span of the token that holds the counted noun.
    pub counted_span: Option<Span>,
    /// The other end of a range this quantity is one end of (بين 10 و15
    /// مدنيا، ثلاثة إلى أربعة كيلومترات), by index in
    /// [`Extraction::quantities`]. Both ends carry the shared scale, unit
    /// and counted noun.
    pub range: Option<usize>,
}

/// What a date mention gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// A calendar date, full or partial (`2017-03-22`, `2014-09`, `--03-23`).
    Date,
    /// A year alone (`2014`).
    Year,
    /// A time of day (`T21:38`, or in words: الساعة الثالثة عصرا = `T15:00`).
    Time,
    /// An expression that states no calendar date, only where it lies from
    /// the day of writing (أمس، الأربعاء الماضي، الشهر الماضي): its `iso` is
    /// empty and [`DateMention::relative`] tells where it lies. Found only
    /// when asked ([`Extractor::with_relative_dates`]).
    Relative,
}

impl DateKind {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::Date => "date",
            DateKind::Year => "year",
            DateKind::Time => "time",
            DateKind::Relative => "relative",
        }
    }
}

/// The unit a relative date counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelativeUnit {
    /// أمس، اليوم، غدا.
    Day,
    /// الأسبوع الماضي.
    Week,
    /// الشهر الماضي.
    Month,
    /// العام الماضي.
    Year,
    /// A weekday by its ISO number (Monday 1 … Sunday 7): الأربعاء الماضي.
    #[serde(skip)]
    Weekday(u8),
}

/// Where a relative date lies from the day of writing: `offset` units
/// before (negative) or after it. For a weekday, offset 0 is its last
/// occurrence on or before the day (news tells of the past: «يوم
/// الأربعاء»), -1 the one strictly before (الأربعاء الماضي) and 1 the next
/// (الأربعاء المقبل).
///
/// ```
/// use khabar_numbers::{Relative, RelativeUnit};
/// assert_eq!(Relative { unit: RelativeUnit::Day, offset: -1 }.code(), "day-1");
/// assert_eq!(Relative { unit: RelativeUnit::Weekday(3), offset: 0 }.code(), "wed+0");
/// assert_eq!(Relative { unit: RelativeUnit::Year, offset: -1 }.resolve((2019, 3, 23)).as_deref(), Some("2018"));
/// assert_eq!(Relative { unit: RelativeUnit::Day, offset: -1 }.resolve((2019, 3, 1)).as_deref(), Some("2019-02-28"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Relative {
    /// What it counts in.
    pub unit: RelativeUnit,
    /// How many units from the day of writing.
    pub offset: i32,
}

impl Relative {
    /// Its short code on the wire: `day-1`, `week+0`, `month-1`, `year+1`,
    /// `wed-1` (a weekday by its English abbreviation).
    pub fn code(&self) -> String {
        const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        let unit = match self.unit {
            RelativeUnit::Day => "day",
            RelativeUnit::Week => "week",
            RelativeUnit::Month => "month",
            RelativeUnit::Year => "year",
            RelativeUnit::Weekday(n) => WEEKDAYS.get(usize::from(n).wrapping_sub(1)).copied().unwrap_or("day"),
        };
        format!("{unit}{:+}", self.offset)
    }

    /// The date it names, seen from `reference` (year, month, day): a day
    /// (`2019-03-22`), an ISO week (`2019-W11`), a month (`2019-02`) or a
    /// year (`2018`). `None` when `reference` is no date.
    pub fn resolve(&self, reference: (i32, u32, u32)) -> Option<String> {
        calendar::resolve_relative(self, reference)
    }
}

/// A date or time in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DateMention {
    /// Original span.
    pub span: Span,
    /// ISO 8601 as far as the text tells: `2017-03-22`, `2014-09`, `2014`,
    /// `--03-23` (year unknown), `--02`, `T21:38`.
    pub iso: String,
    /// Date, year, time or relative.
    pub kind: DateKind,
    /// Where a [`DateKind::Relative`] date lies from the day of writing.
    pub relative: Option<Relative>,
}

/// Everything found in one text, each list in text order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Extraction {
    /// Numeric claims.
    pub quantities: Vec<Quantity>,
    /// Dates and times.
    pub dates: Vec<DateMention>,
}

/// The number and date extractor. Build once, share across threads.
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    lexicon: Lexicon,
    /// Find relative dates too.
    relative: bool,
}

impl Extractor {
    /// An extractor over `lexicon`.
    pub fn new(lexicon: Lexicon) -> Extractor {
        Extractor { lexicon, relative: false }
    }

    /// The same extractor, finding relative dates too when `on`: expressions
    /// that state no calendar date (أمس، الأسبوع الماضي، يوم الأربعاء، الخميس
    /// المقبل), as [`DateKind::Relative`] mentions with their
    /// [`Relative`]. Off by default: annotation conventions that leave them
    /// out (khabar's gold files) stay comparable.
    ///
    /// ```
    /// use khabar_numbers::{DateKind, Extractor, RelativeUnit};
    /// let extractor = Extractor::default().with_relative_dates(true);
    /// let found = extractor.extract("قتل ثلاثة أشخاص أمس في قصف، وأعلن الجيش يوم الأربعاء الماضي انتهاء العملية");
    /// let relative: Vec<String> = found.dates.iter().filter(|d| d.kind == DateKind::Relative).map(|d| d.relative.unwrap().code()).collect();
    /// assert_eq!(relative, ["day-1", "wed-1"]);
    /// assert!(Extractor::default().extract("أمس").dates.is_empty());
    /// ```
    pub fn with_relative_dates(mut self, on: bool) -> Extractor {
        self.relative = on;
        self
    }

    /// The tokenizer whose tokens the lexicon's keys match as they are.
    pub fn tokenizer(&self) -> Tokenizer {
        Tokenizer::new(TokenizerConfig { normalize: self.lexicon.normalization() })
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Tokenizes `text` and extracts from it.
    pub fn extract(&self, text: &str) -> Extraction {
        self.extract_tokens(&self.tokenizer().tokenize(text))
    }

    /// Extracts from tokens made by `khabar-tokenize`. Never fails, never
    /// panics.
    ///
    /// Tokens normalized otherwise than the lexicon's keys (with teh
    /// marbuta folded, say) are read again as the keys were made: token
    /// boundaries do not depend on normalization, so spans and token
    /// ranges are those of `tokens` all the same.
    pub fn extract_tokens(&self, tokens: &Tokens<'_>) -> Extraction {
        match self.lexicon.phrases.matcher(tokens) {
            Ok(phrases) => scan::Scan::new(&self.lexicon, &phrases, tokens, self.relative).run(),
            Err(_) => self.extract_tokens(&self.tokenizer().tokenize(tokens.text())),
        }
    }
}
