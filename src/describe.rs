//! What a document shows besides its annotations: title, outlet,
//! publication date, word count.

use khabar_numbers::{DateKind, DateMention};
use khabar_tokenize::{PhraseError, PhraseTable, TokenKind, Tokenizer, Tokens};
use serde::Deserialize;
use std::collections::BTreeMap;

pub use khabar_wire::DocMeta;

/// The outlets shipped with khabar (`data/outlets.toml`).
pub const DEFAULT_OUTLETS: &str = include_str!("../data/outlets.toml");

/// A line this short (in words) can be a byline, a dateline or a footer.
const SHORT_LINE_WORDS: usize = 6;
/// A dateline stands among the first lines.
const DATELINE_LINES: usize = 6;
/// A dateline opening a paragraph names at most this many words before
/// its date (a city, a reporter and a city: شهد محمد - أبوظبي في).
const DATELINE_WORDS_BEFORE: usize = 5;
/// And closes with a dash this many tokens after its date at most (a
/// time, its period, an agency in brackets: 09:24 صباحاً -، (سانا) -).
const DATELINE_TOKENS_AFTER: usize = 6;

/// A headline has at least this many words; a shorter first line is a
/// section label (الأخبار السياسية) or a kicker.
pub const MIN_TITLE_WORDS: usize = 4;
/// Titles longer than this are cut at a word boundary.
pub const MAX_TITLE_CHARS: usize = 140;

/// One outlet a name stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Outlet {
    /// Its English name.
    english: String,
    /// The name is also a common word: it counts only on a short line.
    byline_only: bool,
}

/// The outlets a text may name.
#[derive(Clone, Debug)]
pub struct Outlets {
    names: PhraseTable<Outlet>,
    /// Words that label a publication date (نشر في، تاريخ النشر،
    /// Published).
    labels: PhraseTable<()>,
}

/// An outlets file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum OutletsError {
    /// Not valid TOML, or a table of the wrong shape.
    #[error("{source_name}: {message}")]
    Parse {
        /// The file.
        source_name: String,
        /// What the TOML reader said, with line and column.
        message: String,
    },
    /// A name that cannot be matched.
    #[error("{source_name}: table [{table}]: {error}")]
    Name {
        /// The file.
        source_name: String,
        /// The table holding the name.
        table: &'static str,
        /// What is wrong with it.
        error: PhraseError,
    },
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawOutlets {
    outlets: BTreeMap<String, String>,
    byline_outlets: BTreeMap<String, String>,
    published_labels: PublishedLabels,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct PublishedLabels {
    words: Vec<String>,
}

impl Default for Outlets {
    fn default() -> Outlets {
        // The shipped file is tested; failing here would be a build defect.
        Outlets::from_toml("data/outlets.toml", DEFAULT_OUTLETS).expect("the shipped outlets file is valid")
    }
}

impl Outlets {
    /// Reads outlets in the layout of `data/outlets.toml`.
    pub fn from_toml(source_name: &str, text: &str) -> Result<Outlets, OutletsError> {
        let raw: RawOutlets = toml::from_str(text)
            .map_err(|e| OutletsError::Parse { source_name: source_name.to_string(), message: e.to_string().trim_end().to_string() })?;
        let mut names = PhraseTable::default();
        let tables = [("outlets", &raw.outlets, false), ("byline_outlets", &raw.byline_outlets, true)];
        for (table, list, byline_only) in tables {
            for (name, english) in list {
                names.insert(name, Outlet { english: english.clone(), byline_only }).map_err(|error| OutletsError::Name {
                    source_name: source_name.to_string(),
                    table,
                    error,
                })?;
            }
        }
        let mut labels = PhraseTable::default();
        for label in &raw.published_labels.words {
            labels.insert(label, ()).map_err(|error| OutletsError::Name {
                source_name: source_name.to_string(),
                table: "published_labels",
                error,
            })?;
        }
        Ok(Outlets { names, labels })
    }
}

/// The title: the first line of at least [`MIN_TITLE_WORDS`] words among
/// the first few, else the first non-empty line; cut to
/// [`MAX_TITLE_CHARS`] characters.
pub fn title_of(text: &str) -> String {
    // Lines are read lazily and words counted only up to the minimum: the
    // first lines of an article can be whole paragraphs.
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(DATELINE_LINES);
    let first = lines.next().unwrap_or("");
    let is_title = |l: &&str| l.split_whitespace().nth(MIN_TITLE_WORDS - 1).is_some();
    let line = if is_title(&first) { first } else { lines.find(is_title).unwrap_or(first) };
    // Bytes bound chars from above: a short line needs no counting.
    if line.len() <= MAX_TITLE_CHARS || line.chars().count() <= MAX_TITLE_CHARS {
        return line.to_string();
    }
    let cut: String = line.chars().take(MAX_TITLE_CHARS).collect();
    let cut = cut.rsplit_once(char::is_whitespace).map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

fn is_word(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Arabic | TokenKind::Latin | TokenKind::Number)
}

/// One line of the text, as a range of tokens.
struct Line {
    start: usize,
    tokens: std::ops::Range<usize>,
    words: usize,
}

/// Describes a document from its tokens and its dates.
///
/// - title: see [`title_of`];
/// - outlet: a known outlet named on a short line of its own (a byline or a
///   footer), else a distinctive outlet name anywhere;
/// - published: a full date (year, month and day) right after a label
///   (نشر في، تاريخ النشر، آخر تحديث، Published) on one of the first lines,
///   else a full date on one of them when that line holds little else (a
///   dateline), else a labelled date anywhere;
/// - words: Arabic and Latin tokens.
///
/// ```
/// use khabar::describe::{describe, Outlets};
/// use khabar_numbers::Extractor;
/// use khabar_tokenize::Tokenizer;
///
/// let text = "التحالف يعلن حصيلة جديدة للضربات\n22.03.2017\nقال التحالف إنه نفذ 19 ألف ضربة.\nعنب بلدي";
/// let tokens = Tokenizer::default().tokenize(text);
/// let dates = Extractor::default().extract_tokens(&tokens).dates;
/// let meta = describe(&tokens, &dates, &Outlets::default());
/// assert_eq!(meta.title, "التحالف يعلن حصيلة جديدة للضربات");
/// assert_eq!(meta.outlet.as_deref(), Some("Enab Baladi"));
/// assert_eq!(meta.published.as_deref(), Some("2017-03-22"));
/// ```
pub fn describe(tokens: &Tokens<'_>, dates: &[DateMention], outlets: &Outlets) -> DocMeta {
    // Outlet names are keyed under one normalization: tokens of another
    // are read again as the names were (the same tokens, other forms).
    let retokenized;
    let tokens = if outlets.names.matcher(tokens).is_ok() {
        tokens
    } else {
        retokenized = Tokenizer::new(outlets.names.config().tokenizer).tokenize(tokens.text());
        &retokenized
    };
    let text = tokens.text();
    let title = title_of(text);
    // Lines as ranges of tokens, with how many words each holds, and the
    // word count: one pass that reads only kinds and line starts.
    let mut lines: Vec<Line> = Vec::new();
    let mut words = 0;
    for i in 0..tokens.len() {
        let Some(kind) = tokens.kind(i) else { break };
        if i == 0 || tokens.line_break_before(i) {
            lines.push(Line { start: tokens.span(i).map_or(0, |s| s.start), tokens: i..i, words: 0 });
        }
        words += usize::from(matches!(kind, TokenKind::Arabic | TokenKind::Latin));
        if let Some(line) = lines.last_mut() {
            line.tokens.end = i + 1;
            line.words += usize::from(is_word(kind));
        }
    }
    let outlet = outlet_named(tokens, &lines, outlets);
    let dateline_end = lines.get(DATELINE_LINES).map_or(text.len(), |l| l.start);
    // A date labelled as the publication's among the first lines says so
    // in words, over a bare date line (an aggregator's time of copying
    // above «تاريخ النشر: …»).
    let labelled = labelled_date(tokens, &lines, dates, outlets);
    let published = labelled
        .filter(|d| d.span.start < dateline_end)
        .or_else(|| {
            dates.iter().filter(|d| d.span.start < dateline_end && is_full_date(d)).find(|d| {
                // The date's line holds little besides the date (and a time).
                line_of(&lines, d.span.start).is_some_and(|l| l.words <= SHORT_LINE_WORDS)
            })
        })
        .or_else(|| opening_dateline(tokens, &lines, dates, dateline_end))
        .or(labelled)
        .map(|d| as_written_on_its_line(text, &lines, dates, d).iso.clone());
    DocMeta { title, outlet, published, words, url: None, producer: None, names: Vec::new() }
}

/// The line that holds byte `at`.
fn line_of(lines: &[Line], at: usize) -> Option<&Line> {
    lines.partition_point(|l| l.start <= at).checked_sub(1).and_then(|k| lines.get(k))
}

/// Of the full dates on the line of `found`, the first written in the year
/// it gives, else `found`: of a Hijri and a Gregorian date on one line
/// (الاثنين - 27 شعبان 1436 هـ - 15 يونيو 2015), the outlet's own Gregorian
/// date (converting the other may land a day off it).
fn as_written_on_its_line<'d>(text: &str, lines: &[Line], dates: &'d [DateMention], found: &'d DateMention) -> &'d DateMention {
    if written_in_its_year(text, found) {
        return found;
    }
    let line = line_of(lines, found.span.start).map(|l| l.start);
    dates
        .iter()
        .filter(|d| is_full_date(d) && line_of(lines, d.span.start).map(|l| l.start) == line)
        .find(|d| written_in_its_year(text, d))
        .unwrap_or(found)
}

/// The date's words hold the year of its ISO form (`15 يونيو 2015`, not
/// `27 شعبان 1436 هـ`).
fn written_in_its_year(text: &str, d: &DateMention) -> bool {
    let year = d.iso.get(..4).unwrap_or("");
    !year.is_empty() && text.get(d.span.range()).is_some_and(|t| t.contains(year))
}

/// A date that states its year, month and day (`2019-03-22`).
fn is_full_date(d: &DateMention) -> bool {
    d.kind == DateKind::Date && d.iso.len() == 10 && !d.iso.starts_with('-')
}

/// A full date in an agency's dateline opening a paragraph among the first
/// lines: a few words (a city, a byline) before it, a dash closing it soon
/// after (دمشق - الأحد 27 تشرين الأول 2019 (سانا) - …، شهد محمد - أبوظبي في
/// الجمعة 26 سبتمبر 2025 09:24 صباحاً - …).
fn opening_dateline<'d>(tokens: &Tokens<'_>, lines: &[Line], dates: &'d [DateMention], dateline_end: usize) -> Option<&'d DateMention> {
    let is_dash = |k: usize| tokens.kind(k) == Some(TokenKind::Punct) && tokens.get(k).is_some_and(|t| matches!(t.text, "-" | "–" | "—"));
    dates.iter().take_while(|d| d.span.start < dateline_end).filter(|d| is_full_date(d)).find(|d| {
        let Some(line) = line_of(lines, d.span.start) else { return false };
        let (first, after) = (tokens.first_at(d.span.start), tokens.first_at(d.span.end));
        let before = (line.tokens.start..first).filter(|&k| tokens.kind(k).is_some_and(is_word)).count();
        before <= DATELINE_WORDS_BEFORE && (after..(after + DATELINE_TOKENS_AFTER).min(line.tokens.end)).any(is_dash)
    })
}

/// The first full date that a publication label stands right before on its
/// line (one word may stand between: نشر في الأحد 5 أيار 2019).
fn labelled_date<'d>(tokens: &Tokens<'_>, lines: &[Line], dates: &'d [DateMention], outlets: &Outlets) -> Option<&'d DateMention> {
    let labels = outlets.labels.matcher(tokens).ok()?;
    let words_in = |from: usize, to: usize| (from..to).filter(|&k| tokens.kind(k).is_some_and(is_word)).count();
    // A label starting at token `i` and ending before `t`, with at most one
    // word between it and `t`.
    let label_before = |i: usize, t: usize| -> bool {
        let Some(mut node) = tokens.norm(i).filter(|_| tokens.kind(i).is_some_and(is_word)).and_then(|w| labels.first(w)) else {
            return false;
        };
        let mut j = i + 1;
        loop {
            if !labels.values(node).is_empty() && words_in(j, t) <= 1 {
                return true;
            }
            while j < t && !tokens.kind(j).is_some_and(is_word) {
                j += 1;
            }
            match tokens.norm(j).filter(|_| j < t).and_then(|w| labels.next(node, w)) {
                Some(next) => (node, j) = (next, j + 1),
                None => return false,
            }
        }
    };
    dates.iter().filter(|d| is_full_date(d)).find(|d| {
        let t = tokens.first_at(d.span.start);
        line_of(lines, d.span.start).is_some_and(|l| (l.tokens.start..t).any(|i| label_before(i, t)))
    })
}

/// A known outlet named on a short line of its own, else a distinctive
/// outlet name anywhere.
fn outlet_named(tokens: &Tokens<'_>, lines: &[Line], outlets: &Outlets) -> Option<String> {
    let names = outlets.names.matcher(tokens).ok()?;
    // The outlet whose name starts at token `i` and ends before `end`
    // (words only: punctuation between them is stepped over).
    let outlet_at = |i: usize, end: usize, byline_ok: bool| -> Option<&String> {
        // Read by kind and normalized form, without building the token's
        // view: most tokens start no outlet name.
        let first = tokens.norm(i).filter(|_| tokens.kind(i).is_some_and(is_word))?;
        let mut node = names.first(first)?;
        let mut found = None;
        let mut words = (i + 1..end).filter(|&j| tokens.kind(j).is_some_and(is_word));
        loop {
            let allowed = names.values(node).iter().find(|o| byline_ok || !o.byline_only);
            found = allowed.map(|o| &o.english).or(found);
            match words.next().and_then(|j| names.next(node, tokens.norm(j)?)) {
                Some(next) => node = next,
                None => return found,
            }
        }
    };
    let in_line = |line: &Line, byline_ok: bool| line.tokens.clone().find_map(|i| outlet_at(i, line.tokens.end, byline_ok)).cloned();
    lines
        .iter()
        .filter(|l| l.words > 0 && l.words <= SHORT_LINE_WORDS)
        .find_map(|l| in_line(l, true))
        .or_else(|| lines.iter().find_map(|l| in_line(l, false)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use khabar_tokenize::Tokenizer;

    fn outlet(text: &str) -> Option<String> {
        let tokens = Tokenizer::default().tokenize(text);
        describe(&tokens, &[], &Outlets::default()).outlet
    }

    #[test]
    fn outlets_are_found_where_they_count() {
        for (text, expected) in [
            ("خبر طويل عن الحرب في سوريا والعراق\nعنب بلدي", Some("Enab Baladi")),
            // A byline-only name counts on a short line, not inside prose.
            ("خبر طويل\nالجزيرة", Some("Al Jazeera")),
            ("قالت قناة الجزيرة في تقرير طويل عن الحرب إن القتال مستمر", None),
            // The longest name wins, and is keyed as the text tokenizes.
            ("خبر طويل\nالجزيرة نت", Some("Al Jazeera")),
            ("نقل موقع عربي21 عن مصادر محلية أن القصف استمر", Some("Arabi21")),
            ("نقل موقع عربي 21 عن مصادر محلية أن القصف استمر", Some("Arabi21")),
            // Punctuation inside a name is stepped over.
            ("خبر طويل\nسكاي نيوز - عربية", Some("Sky News Arabia")),
            ("لا مصدر هنا", None),
        ] {
            assert_eq!(outlet(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn publication_dates_from_datelines_and_labelled_bylines() {
        let published = |text: &str| {
            let tokens = Tokenizer::default().tokenize(text);
            let dates = khabar_numbers::Extractor::default().extract_tokens(&tokens).dates;
            describe(&tokens, &dates, &Outlets::default()).published
        };
        for (text, expected) in [
            (
                "خبر طويل عن الحرب في سوريا
22.03.2017
نص الخبر.",
                Some("2017-03-22"),
            ),
            (
                "خبر طويل عن الحرب في سوريا
تاريخ النشر: 11th, December 2024 GMT
نص الخبر.",
                Some("2024-12-11"),
            ),
            // The label wins over a bare date line above it (when a page
            // was copied).
            (
                "موقع إخباري
2025-05-19@15:06:18 GMT
خبر طويل عن الحرب في العراق
تاريخ النشر: 1st, December 2023 GMT
نص الخبر.",
                Some("2023-12-01"),
            ),
            // A Hijri and a Gregorian date on one dateline: the Gregorian,
            // as the outlet wrote it (the Hijri converts to the 14th).
            (
                "قتلى في المعارك شمال العراق
الاثنين - 27 شعبان 1436 هـ - 15 يونيو 2015 مـ
نص الخبر.",
                Some("2015-06-15"),
            ),
            (
                "خبر طويل عن الحرب
كتب مراسلنا - نشر في الأحد 5 أيار 2019 الساعة 10:30 صباحا بتوقيت دمشق
نص.",
                Some("2019-05-05"),
            ),
            (
                "خبر طويل عن الحرب في سوريا
نص الخبر الطويل هنا.
Published on 4 April 2019",
                Some("2019-04-04"),
            ),
            // An agency's dateline opening the first paragraph.
            ("دمشق - الأحد 27 تشرين الأول 2019 (سانا) - قتل 5 أشخاص في قصف.", Some("2019-10-27")),
            ("كتب مراسلنا - أبوظبي في الجمعة 26 سبتمبر 2025 09:24 صباحاً - أعلنت القوات مقتل 5.", Some("2025-09-26")),
            // A date in the prose, with no label and not on a dateline, is no
            // publication date.
            (
                "خبر طويل عن الحرب في سوريا
قتل 5 أشخاص في 3 آذار 2018 في قصف على القرية حسب ما نشر في تقرير.",
                None,
            ),
            (
                "خبر طويل عن الحرب في سوريا
قتل خمسة أشخاص بينهم طفلان في 3 آذار 2018 - وفق ناشطين - في قصف.",
                None,
            ),
        ] {
            assert_eq!(published(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn titles_skip_short_labels_and_are_cut() {
        assert_eq!(title_of("أخبار\nالتحالف يعلن حصيلة جديدة للضربات\nنص"), "التحالف يعلن حصيلة جديدة للضربات");
        let long = "كلمة ".repeat(60);
        let title = title_of(&long);
        assert!(title.ends_with('…') && title.chars().count() <= MAX_TITLE_CHARS + 1);
    }
}
