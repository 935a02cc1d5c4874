//! The report: what it holds, and how it is built from annotations.

use crate::accumulate::Accumulator;
use crate::glossary::Glossary;
use khabar_wire::{ClaimMention, DateKind, DocAnnotation, EntityType, Qualifier, QuantityKind, QuantityMention};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Values of one measure further apart than this factor are taken for
/// different claims, not one claim given differently.
pub const SAME_CLAIM_RATIO: f64 = 3.0;

/// The ledger's groups of claims, by action, in this order, with their
/// headings (the labels of docs/CLAIMS.md).
pub const ACTIONS: [(&str, &str); 14] = [
    ("killed", "Killed"),
    ("wounded", "Wounded"),
    ("detained", "Detained, captured, held"),
    ("freed", "Freed, liberated"),
    ("displaced", "Displaced"),
    ("returned", "Returned home"),
    ("attacks", "Strikes, attacks, operations"),
    ("trained", "Trained"),
    ("joined", "Members, participants"),
    ("fighters", "Force sizes"),
    ("funded", "Money spent, given, pledged"),
    ("cleared", "Mines and explosives cleared"),
    ("controlled", "Territory held or seized"),
    ("other", "Other figures"),
];

/// The most claims the report keeps as examples of one ledger group, one
/// series over time or one discrepancy; the counts cover them all, and
/// claims.csv lists every claim.
pub const MAX_EXAMPLES: usize = 100;

/// The most document summaries the report keeps (the first by name);
/// documents.csv lists every document.
pub const MAX_DOCUMENTS: usize = 1000;

/// The most inputs that could not be read the report lists (in source and
/// line order); `corpus.failed` counts them all.
pub const MAX_FAILED: usize = 1000;

/// The most entities a document's summary lists.
pub const MAX_DOC_ENTITIES: usize = 8;

/// The most distinct entities of one sentence paired with each other: a
/// list of thousands of names in one sentence would give millions of
/// pairs. The first named are paired.
pub const MAX_SENTENCE_ENTITIES: usize = 24;

/// The most a quoted sentence holds: a longer sentence (or a text with no
/// stops at all) is cut to a window around the item.
pub const MAX_QUOTE: usize = 600;

/// The most characters of a document's title the report keeps.
pub(crate) const MAX_TITLE: usize = 300;

/// The prefix of the ledger group key of an action (`action:freed`).
pub(crate) const ACTION_GROUP: &str = "action:";

/// What the report knows of an entity id (from the gazetteer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityInfo {
    /// The id.
    pub id: String,
    /// English name.
    pub name: String,
    /// Arabic name.
    pub arabic: String,
    /// PER, ORG or LOC.
    #[serde(rename = "type")]
    pub kind: EntityType,
}

/// The whole report. Its JSON form is `report.json`; docs/REPORT.md
/// describes every field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The program and version that made it.
    pub generator: String,
    /// The corpus at a glance.
    pub corpus: Corpus,
    /// Every actor, most mentioned first.
    pub actors: Vec<Actor>,
    /// Every quantity: claims grouped by what was done (killed, freed…),
    /// the other quantities by what is counted.
    pub claims: Vec<ClaimGroup>,
    /// The same claim (claimant, action, measure) across documents and
    /// dates: a figure growing, shrinking or changing.
    pub claims_over_time: Vec<ClaimSeries>,
    /// Comparable claims (same action and measure) given different values.
    pub discrepancies: Vec<Discrepancy>,
    /// The dates mentioned, in order.
    pub timeline: Timeline,
    /// Entities named in the same sentence.
    pub cooccurrence: Vec<Pair>,
    /// Each document.
    pub documents: Vec<DocumentSummary>,
    /// Inputs that could not be read (the first [`MAX_FAILED`]): error
    /// records of annotation shards, lines and files the report itself
    /// could not read.
    #[serde(default)]
    pub failed: Vec<FailedInput>,
}

/// An input that could not be read.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FailedInput {
    /// Where it came from (a file, `<stdin>`), when known.
    pub source: Option<String>,
    /// Its line there, for a JSON line.
    pub line: Option<usize>,
    /// The document's id, when known (else empty).
    pub doc: String,
    /// What was wrong.
    pub message: String,
}

/// The corpus at a glance.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// Documents.
    pub documents: usize,
    /// Words.
    pub words: usize,
    /// Outlets named by the texts, with how many documents each.
    pub sources: Vec<Count>,
    /// Entity mentions.
    pub mentions: usize,
    /// Quantities (vague ones included).
    pub quantities: usize,
    /// Dates and times.
    pub dates: usize,
    /// Claims (quantities of kind cardinal, money, measure or percent with
    /// a claimant, action and actor).
    #[serde(default)]
    pub claims: usize,
    /// Documents given again (the same `doc` name in two shards, or twice
    /// in one) and counted once.
    #[serde(default)]
    pub duplicates: usize,
    /// Inputs that could not be read (listed in `failed`).
    #[serde(default)]
    pub failed: usize,
    /// What made the annotations (`meta.producer`: khabar's version and a
    /// digest of the user's data files), with documents each: more than one
    /// means annotations made differently were merged.
    #[serde(default)]
    pub producers: Vec<Count>,
    /// The earliest date mentioned that has a year (ISO 8601).
    pub first_date: Option<String>,
    /// The latest.
    pub last_date: Option<String>,
}

/// A name with a count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    /// The name.
    pub name: String,
    /// How many.
    pub count: usize,
}

/// An entity across the corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical id.
    pub id: String,
    /// English name.
    pub name: String,
    /// Arabic name.
    pub arabic: String,
    /// PER, ORG or LOC.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Mentions in the corpus.
    pub mentions: usize,
    /// Documents that mention it.
    pub documents: usize,
    /// Every spelling seen, most frequent first.
    pub aliases: Vec<Count>,
}

/// One quantity as the ledger shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The value, scale words applied; null for a vague amount.
    pub value: Option<f64>,
    /// The value as a person reads it (`7,700,000`, `USD 31,000,000`,
    /// `hundreds`).
    pub display: String,
    /// cardinal, percent, money, measure, ordinal, duration, vague.
    pub kind: QuantityKind,
    /// Unit code or null.
    pub unit: Option<String>,
    /// Qualifier or null.
    pub qualifier: Option<Qualifier>,
    /// Counted noun (Arabic) or null.
    pub counted: Option<String>,
    /// English gloss of the counted noun, when known.
    pub gloss: Option<String>,
    /// The text of the quantity.
    pub text: String,
    /// The sentence it comes from.
    pub sentence: Option<String>,
    /// The document.
    pub doc: String,
    /// First byte of the quantity in the document.
    #[serde(default)]
    pub start: usize,
    /// One past its last byte.
    #[serde(default)]
    pub end: usize,
    /// Who states it: an entity id, `unnamed_source`, or null for the
    /// outlet's own voice.
    #[serde(default)]
    pub claimant: Option<String>,
    /// A spokesperson speaking for the claimant.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Who did the counted thing.
    #[serde(default)]
    pub actor: Option<String>,
    /// What was done (`killed`, `freed`…); null for quantities that are no
    /// claims (durations, ordinals, vague amounts).
    #[serde(default)]
    pub action: Option<String>,
    /// When (ISO 8601): a date of its sentence, else the publication date.
    #[serde(default)]
    pub when: Option<String>,
    /// A running total (since a date, so far), not one incident's figure.
    #[serde(default)]
    pub total: bool,
}

/// One claimant's figure for one action and measure, across documents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimSeries {
    /// Who states it.
    pub claimant: String,
    /// What was done.
    pub action: String,
    /// What is measured (`people`, `km2`, `USD`).
    pub measure: String,
    /// How many claims the series holds in all.
    #[serde(default)]
    pub count: usize,
    /// The claims, earliest first: the first [`MAX_EXAMPLES`].
    pub claims: Vec<Claim>,
}

/// Claims about one kind of thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimGroup {
    /// Group key (`people`, `fighters`, `money`…).
    pub group: String,
    /// English label.
    pub label: String,
    /// How many quantities the group holds in all (claims.csv lists every
    /// one).
    #[serde(default)]
    pub count: usize,
    /// The first [`MAX_EXAMPLES`] in corpus order (documents by name,
    /// quantities in text order).
    pub claims: Vec<Claim>,
}

/// Comparable claims given different values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// What was done and what is measured (`freed · people`, `funded ·
    /// USD`).
    pub measure: String,
    /// What the values count over: `running totals`, or the incident time
    /// they share (`figures of 2017-03-22`).
    #[serde(default)]
    pub scope: String,
    /// Who gives the values (`outlet` for the outlet's own voice).
    #[serde(default)]
    pub claimants: Vec<String>,
    /// `claimants disagree` or `one claimant changed its figure`.
    #[serde(default)]
    pub verdict: String,
    /// Distinct values given.
    pub distinct_values: usize,
    /// In how many documents.
    pub documents: usize,
    /// Claims of each value (the first few of each, at most
    /// [`MAX_EXAMPLES`] in all), smallest value first.
    pub claims: Vec<Claim>,
}

/// Dates in order: one entry per date, with its first mention.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// Dates with a year, earliest first.
    pub dated: Vec<TimelineEntry>,
    /// Dates whose year the text does not give (`--03-23`), by month.
    pub without_year: Vec<TimelineEntry>,
}

/// A date, how often it is mentioned, and its first mention (in corpus
/// order).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// ISO 8601 as far as the text tells.
    pub iso: String,
    /// The full date filled in from a reference (the publication date),
    /// for a date that states no year; the timeline places it by this.
    #[serde(default)]
    pub resolved: Option<String>,
    /// date or year.
    pub kind: DateKind,
    /// The text of the date.
    pub text: String,
    /// The sentence it stands in.
    pub sentence: Option<String>,
    /// The document.
    pub doc: String,
    /// Mentions of this date in the corpus.
    #[serde(default)]
    pub mentions: usize,
    /// Documents mentioning it.
    #[serde(default)]
    pub documents: usize,
}

/// Two entities named in the same sentences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    /// One id.
    pub a: String,
    /// The other.
    pub b: String,
    /// Sentences naming both.
    pub sentences: usize,
    /// Documents with such a sentence.
    pub documents: usize,
}

/// One document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentSummary {
    /// Its name.
    pub doc: String,
    /// Its first line.
    pub title: String,
    /// The outlet, when named.
    pub outlet: Option<String>,
    /// Publication date, when given.
    pub published: Option<String>,
    /// Words.
    pub words: usize,
    /// Entities, most mentioned first (the first [`MAX_DOC_ENTITIES`]).
    pub entities: Vec<Count>,
    /// Its quantities.
    #[serde(default)]
    pub quantities: usize,
    /// Its claims.
    #[serde(default)]
    pub claims: usize,
    /// Its dates and times.
    #[serde(default)]
    pub dates: usize,
}

/// Builds reports. Build once with the entity names and a glossary.
#[derive(Clone, Debug, Default)]
pub struct ReportBuilder {
    pub(crate) entities: FxHashMap<String, EntityInfo>,
    pub(crate) glossary: Glossary,
}

impl ReportBuilder {
    /// A builder that names entities from `entities` (ids it does not know
    /// are shown by id).
    pub fn new(entities: impl IntoIterator<Item = EntityInfo>, glossary: Glossary) -> ReportBuilder {
        ReportBuilder { entities: entities.into_iter().map(|e| (e.id.clone(), e)).collect(), glossary }
    }

    /// The glossary in use.
    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// The English name of an entity id (its id when unknown).
    pub fn name_of(&self, id: &str) -> String {
        self.entities.get(id).map_or_else(|| id.to_string(), |e| e.name.clone())
    }

    /// Builds the report of `docs`: the same as adding each to an
    /// [`Accumulator`] and finishing it.
    pub fn build(&self, docs: &[DocAnnotation]) -> Report {
        let mut acc = self.accumulator();
        for d in docs {
            acc.add(d);
        }
        acc.finish()
    }

    /// An empty accumulator: add annotations one at a time, merge
    /// accumulators of other shards, finish into the report.
    pub fn accumulator(&self) -> Accumulator<'_> {
        Accumulator::new(self)
    }

    /// Every quantity of a document as a ledger row, in text order: what
    /// claims.csv lists.
    pub fn claims_of(&self, d: &DocAnnotation) -> Vec<Claim> {
        // Claims point at their quantity by index (or, in older shards, by
        // span); each quantity has at most one.
        let mut of_quantity: Vec<Option<&ClaimMention>> = vec![None; d.quantities.len()];
        for c in &d.claims {
            let k = c.quantity.or_else(|| d.quantities.iter().position(|q| (q.start, q.end) == (c.start, c.end)));
            if let Some(slot) = k.and_then(|k| of_quantity.get_mut(k)) {
                slot.get_or_insert(c);
            }
        }
        d.quantities.iter().zip(of_quantity).map(|(q, claim)| self.claim(d, q, claim)).collect()
    }

    fn claim(&self, d: &DocAnnotation, q: &QuantityMention, claim: Option<&ClaimMention>) -> Claim {
        let gloss = q.counted.as_deref().and_then(|c| self.glossary.counted(c)).map(|g| g.gloss.clone());
        Claim {
            value: q.value,
            display: self.display(q),
            kind: q.kind,
            unit: q.unit.clone(),
            qualifier: q.qualifier,
            counted: q.counted.clone(),
            gloss,
            text: q.text.clone(),
            sentence: quote_of(d, q.sentence, q.start, q.end),
            doc: d.doc.clone(),
            start: q.start,
            end: q.end,
            claimant: claim.and_then(|c| c.claimant.clone()),
            speaker: claim.and_then(|c| c.speaker.clone()),
            actor: claim.and_then(|c| c.actor.clone()),
            action: claim.map(|c| c.action.clone()),
            when: claim.and_then(|c| c.when.clone()),
            total: claim.is_some_and(|c| c.total),
        }
    }
    /// The value as a person reads it.
    fn display(&self, q: &QuantityMention) -> String {
        let Some(v) = q.value else {
            return self.glossary.vague(&q.text).unwrap_or("some").to_string();
        };
        let n = format_number(v);
        match (q.kind, q.unit.as_deref()) {
            (QuantityKind::Percent, _) => format!("{n}%"),
            (QuantityKind::Money, Some(code)) => format!("{code} {n}"),
            (QuantityKind::Ordinal, _) => format!("#{n}"),
            (QuantityKind::Duration, Some(u)) | (QuantityKind::Measure, Some(u)) => {
                let plural = if v == 1.0 || u.len() <= 3 { "" } else { "s" };
                format!("{n} {u}{plural}")
            }
            _ => n,
        }
    }

    /// The ledger group a claim is listed under (`action:killed`, or for a
    /// quantity that is no claim, what it counts: `durations`, `people`…).
    pub fn group_of(&self, c: &Claim) -> String {
        if let Some(action) = &c.action {
            return format!("{ACTION_GROUP}{action}");
        }
        let group = match c.kind {
            QuantityKind::Money => "money",
            QuantityKind::Percent => "shares",
            QuantityKind::Duration => "durations",
            QuantityKind::Ordinal => "ordinals",
            QuantityKind::Measure => match c.unit.as_deref() {
                Some("km2" | "m2" | "ha" | "dunam") => "area",
                Some("km" | "m" | "mi" | "nmi" | "cm" | "mm" | "dm" | "yd" | "ft" | "in") => "distance",
                _ => "measures",
            },
            QuantityKind::Cardinal | QuantityKind::Vague => match c.counted.as_deref().and_then(|n| self.glossary.counted(n)) {
                Some(g) => return g.group.clone(),
                None if c.counted.is_some() => "other",
                None => "unspecified",
            },
        };
        group.to_string()
    }

    /// What a claim is compared under: its action and its measure (what is
    /// counted, a currency or a unit). Claims are compared only with claims
    /// of the same action and measure: 8 million returnees are no other
    /// count of 7.7 million freed. Attributes (`other`) and quantities that
    /// are no claims are compared with nothing.
    pub(crate) fn comparable(&self, c: &Claim) -> Option<(String, String)> {
        c.value?;
        let action = c.action.as_deref().filter(|a| *a != "other")?;
        let measure = match c.kind {
            QuantityKind::Money | QuantityKind::Measure => c.unit.clone(),
            QuantityKind::Cardinal => {
                let noun = c.counted.as_deref()?;
                Some(self.glossary.counted(noun).map_or_else(|| noun.to_string(), |g| g.measure.clone()))
            }
            QuantityKind::Percent | QuantityKind::Ordinal | QuantityKind::Duration | QuantityKind::Vague => None,
        }?;
        Some((action.to_string(), measure))
    }
}

/// The sentence of an item, cut to [`MAX_QUOTE`] bytes around it; `None`
/// when the line carries no text for it.
pub(crate) fn quote_of(d: &DocAnnotation, sentence: Option<usize>, start: usize, end: usize) -> Option<String> {
    let s = d.sentence(sentence)?;
    let text = s.text.as_deref()?;
    // The item's place in the sentence (clamped: a hand-made line may
    // disagree with itself).
    let item_start = start.saturating_sub(s.start).min(text.len());
    let item_end = end.saturating_sub(s.start).clamp(item_start, text.len());
    Some(window(text, item_start, item_end, MAX_QUOTE))
}

/// At most about `max` bytes of `text` around `item_start..item_end`, cut
/// between words on char boundaries, with an ellipsis where it was cut.
pub(crate) fn window(text: &str, item_start: usize, item_end: usize, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let half = max / 2;
    let mut from = item_start.saturating_sub(half);
    let mut to = (item_end + half).min(text.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    if from > 0 {
        if let Some(space) = text.get(from..item_start.max(from)).and_then(|t| t.find(char::is_whitespace)) {
            from += space + 1;
        }
    }
    if to < text.len() {
        if let Some(space) = text.get(item_end.min(to)..to).and_then(|t| t.rfind(char::is_whitespace)) {
            to = item_end.min(to) + space;
        }
    }
    let mut out = String::with_capacity(to - from + 8);
    if from > 0 {
        out.push('…');
    }
    out.push_str(text.get(from..to).unwrap_or(""));
    if to < text.len() {
        out.push('…');
    }
    out
}

/// At most `max` characters of `s`, with an ellipsis where it was cut.
pub(crate) fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

pub(crate) fn sorted_counts(map: BTreeMap<String, usize>) -> Vec<Count> {
    let mut v: Vec<Count> = map.into_iter().map(|(name, count)| Count { name, count }).collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    v
}

/// A number with thousands separators and at most three decimals.
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return String::from("?");
    }
    let negative = v < 0.0;
    let v = v.abs();
    let whole = v.trunc();
    let frac = v - whole;
    let digits = format!("{whole:.0}");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac > 0.0005 {
        let f = format!("{frac:.3}");
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    if negative {
        out.insert(0, '-');
    }
    out
}
