//! The report: what it holds, and how it is built from annotations.

use crate::glossary::Glossary;
use khabar_wire::{ClaimMention, DateKind, DocAnnotation, EntityType, Qualifier, QuantityKind, QuantityMention};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

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
const MAX_TITLE: usize = 300;

/// The prefix of the ledger group key of an action (`action:freed`).
const ACTION_GROUP: &str = "action:";

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
    entities: FxHashMap<String, EntityInfo>,
    glossary: Glossary,
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
        Accumulator {
            builder: self,
            seen: FxHashSet::default(),
            names: Vec::new(),
            serial: 0,
            corpus: Corpus::default(),
            sources: BTreeMap::new(),
            actors: FxHashMap::default(),
            groups: FxHashMap::default(),
            series: BTreeMap::new(),
            measures: BTreeMap::new(),
            dates: FxHashMap::default(),
            pairs: FxHashMap::default(),
            documents: Vec::new(),
        }
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
    fn comparable(&self, c: &Claim) -> Option<(String, String)> {
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

/// A report being built: takes one annotation at a time ([`add`]), merges
/// with the accumulator of another shard ([`merge`]), and makes the
/// [`Report`] ([`finish`]). What it keeps is what the report shows:
/// counts, the first [`MAX_EXAMPLES`] claims of each list, one entry per
/// date, one per entity pair, one summary per document; never the
/// annotations themselves. The report does not depend on the order
/// documents come in.
///
/// [`add`]: Accumulator::add
/// [`merge`]: Accumulator::merge
/// [`finish`]: Accumulator::finish
pub struct Accumulator<'b> {
    builder: &'b ReportBuilder,
    /// The names of the documents added, so that one given twice counts once.
    seen: FxHashSet<Arc<str>>,
    /// The same names by document number (a document's place, from 0).
    names: Vec<Arc<str>>,
    /// Documents added so far; each document's number is its place, from 1.
    serial: u32,
    corpus: Corpus,
    sources: BTreeMap<String, usize>,
    actors: FxHashMap<String, ActorTally>,
    groups: FxHashMap<String, Examples>,
    series: BTreeMap<(String, String, String), SeriesTally>,
    measures: BTreeMap<(String, String), BTreeMap<Value, ValueTally>>,
    dates: FxHashMap<(bool, String), DateTally>,
    pairs: FxHashMap<(String, String), PairTally>,
    documents: Vec<DocumentSummary>,
}

/// Two accumulators that hold the same documents cannot be merged: the
/// shared documents would be counted twice.
#[derive(Debug, thiserror::Error)]
#[error("{shared} document(s) are in both accumulators, for example {example}")]
pub struct SharedDocuments {
    /// How many documents both hold.
    pub shared: usize,
    /// The name of one of them.
    pub example: String,
}

/// A count, and the first claims in an order.
#[derive(Default)]
struct Examples {
    count: usize,
    kept: Vec<Claim>,
}

impl Examples {
    fn offer(&mut self, claim: &Claim, order: fn(&Claim, &Claim) -> std::cmp::Ordering) {
        self.count += 1;
        self.kept.push(claim.clone());
        // Sorting only when twice the list is held keeps this linear.
        if self.kept.len() >= 2 * MAX_EXAMPLES {
            self.prune(order);
        }
    }

    fn prune(&mut self, order: fn(&Claim, &Claim) -> std::cmp::Ordering) {
        self.kept.sort_by(order);
        self.kept.truncate(MAX_EXAMPLES);
    }

    fn merge(&mut self, other: Examples, order: fn(&Claim, &Claim) -> std::cmp::Ordering) {
        self.count += other.count;
        self.kept.extend(other.kept);
        self.prune(order);
    }

    fn finish(mut self, order: fn(&Claim, &Claim) -> std::cmp::Ordering) -> (usize, Vec<Claim>) {
        self.prune(order);
        (self.count, self.kept)
    }
}

/// Corpus order: documents by name, then text order.
fn corpus_order(a: &Claim, b: &Claim) -> std::cmp::Ordering {
    (&a.doc, a.start).cmp(&(&b.doc, b.start))
}

/// Time order: by `when`, then corpus order.
fn time_order(a: &Claim, b: &Claim) -> std::cmp::Ordering {
    a.when.cmp(&b.when).then_with(|| corpus_order(a, b))
}

struct ActorTally {
    mentions: usize,
    documents: usize,
    last_doc: u32,
    aliases: BTreeMap<String, usize>,
    kind: EntityType,
}

struct SeriesTally {
    examples: Examples,
    first_doc: u32,
    first_value: u64,
    /// Seen in two documents, or with two values.
    moved: bool,
}

/// A value, ordered as numbers are.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Value(f64);

impl Eq for Value {}
impl PartialOrd for Value {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Value {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// The most a discrepancy quotes of a claim's sentence.
const DISCREPANCY_QUOTE: usize = 240;

/// The most documents and claimants a value of a measure remembers by
/// name; beyond them it counts.
const VALUE_MEMORY: usize = 16;

/// A claim reduced to what a discrepancy shows of it: its sentence cut to
/// [`DISCREPANCY_QUOTE`] bytes around the figure (claims.csv has it whole)
/// and its document as a number, since a corpus can give hundreds of
/// thousands of distinct values.
struct ValueExample {
    doc: u32,
    start: usize,
    end: usize,
    text: Box<str>,
    sentence: Option<Box<str>>,
    display: Box<str>,
    kind: QuantityKind,
    unit: Option<Box<str>>,
    qualifier: Option<Qualifier>,
    counted: Option<Box<str>>,
    claimant: Option<Box<str>>,
    speaker: Option<Box<str>>,
    actor: Option<Box<str>>,
    action: Option<Box<str>>,
    when: Option<Box<str>>,
    total: bool,
}

impl ValueExample {
    fn of(c: &Claim, doc: u32) -> ValueExample {
        let boxed = |s: &Option<String>| s.as_deref().map(Box::from);
        ValueExample {
            doc,
            start: c.start,
            end: c.end,
            text: c.text.as_str().into(),
            sentence: c.sentence.as_deref().map(|s| {
                // The figure's place in its quote: the first time its text
                // stands there.
                let at = s.find(c.text.as_str()).unwrap_or(0);
                window(s, at, at + c.text.len(), DISCREPANCY_QUOTE).into()
            }),
            display: c.display.as_str().into(),
            kind: c.kind,
            unit: boxed(&c.unit),
            qualifier: c.qualifier,
            counted: boxed(&c.counted),
            claimant: boxed(&c.claimant),
            speaker: boxed(&c.speaker),
            actor: boxed(&c.actor),
            action: boxed(&c.action),
            when: boxed(&c.when),
            total: c.total,
        }
    }

    fn claim(self, value: f64, doc: &str, glossary: &Glossary) -> Claim {
        let string = |s: Option<Box<str>>| s.map(String::from);
        let gloss = self.counted.as_deref().and_then(|c| glossary.counted(c)).map(|g| g.gloss.clone());
        Claim {
            value: Some(value),
            display: self.display.into(),
            kind: self.kind,
            unit: string(self.unit),
            qualifier: self.qualifier,
            counted: string(self.counted),
            gloss,
            text: self.text.into(),
            sentence: string(self.sentence),
            doc: doc.to_string(),
            start: self.start,
            end: self.end,
            claimant: string(self.claimant),
            speaker: string(self.speaker),
            actor: string(self.actor),
            action: string(self.action),
            when: string(self.when),
            total: self.total,
        }
    }
}

#[derive(Default)]
struct ValueTally {
    docs: Vec<u32>,
    more_docs: usize,
    claimants: BTreeSet<String>,
    /// The first claim of this value in corpus order.
    example: Option<ValueExample>,
}

impl ValueTally {
    fn add_doc(&mut self, doc: u32) {
        if self.docs.last() == Some(&doc) {
            return;
        }
        if self.docs.len() < VALUE_MEMORY {
            self.docs.push(doc);
        } else {
            self.more_docs += 1;
        }
    }

    /// Keeps `example` when it comes before the one kept, in corpus order.
    fn keep(&mut self, example: ValueExample, names: &[Arc<str>]) {
        let at = |e: &ValueExample| (names.get(e.doc as usize).map(|n| &**n), e.start);
        if self.example.as_ref().is_none_or(|kept| at(&example) < at(kept)) {
            self.example = Some(example);
        }
    }

    fn merge(&mut self, other: ValueTally, offset: u32, names: &[Arc<str>]) {
        for d in other.docs {
            self.add_doc(d + offset);
        }
        self.more_docs += other.more_docs;
        for c in other.claimants {
            if self.claimants.len() < VALUE_MEMORY {
                self.claimants.insert(c);
            }
        }
        if let Some(e) = other.example {
            self.keep(ValueExample { doc: e.doc + offset, ..e }, names);
        }
    }
}

struct DateTally {
    mentions: usize,
    documents: usize,
    last_doc: u32,
    /// The first mention in corpus order, and where it stands.
    first: TimelineEntry,
    first_at: usize,
}

struct PairTally {
    sentences: usize,
    documents: usize,
    last_doc: u32,
}

impl Accumulator<'_> {
    /// Adds one document's annotations, and returns every quantity of it as
    /// a ledger row and its summary (what claims.csv and documents.csv
    /// list). A document whose name was added before is not counted again:
    /// `None`.
    pub fn add(&mut self, d: &DocAnnotation) -> Option<Added> {
        if self.seen.contains(d.doc.as_str()) {
            self.corpus.duplicates += 1;
            return None;
        }
        let name: Arc<str> = Arc::from(d.doc.as_str());
        self.seen.insert(name.clone());
        self.names.push(name);
        self.serial += 1;
        let serial = self.serial;
        let builder = self.builder;
        let claims = builder.claims_of(d);

        // The corpus and the document.
        let meta = d.meta.clone().unwrap_or_default();
        self.corpus.documents += 1;
        self.corpus.words += meta.words;
        self.corpus.mentions += d.entities.len();
        self.corpus.quantities += d.quantities.len();
        self.corpus.dates += d.dates.len();
        self.corpus.claims += d.claims.len();
        if let Some(o) = &meta.outlet {
            *self.sources.entry(o.clone()).or_default() += 1;
        }
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for e in &d.entities {
            *counts.entry(e.id.clone()).or_default() += 1;
        }
        let mut entities = sorted_counts(counts);
        entities.truncate(MAX_DOC_ENTITIES);
        let document = DocumentSummary {
            doc: d.doc.clone(),
            title: clip(&meta.title, MAX_TITLE),
            outlet: meta.outlet,
            published: meta.published,
            words: meta.words,
            entities,
            quantities: d.quantities.len(),
            claims: d.claims.len(),
            dates: d.dates.len(),
        };
        self.documents.push(document.clone());
        if self.documents.len() >= 2 * MAX_DOCUMENTS {
            prune_documents(&mut self.documents);
        }

        // Actors.
        for e in &d.entities {
            let a = self.actors.entry(e.id.clone()).or_insert_with(|| ActorTally {
                mentions: 0,
                documents: 0,
                last_doc: 0,
                aliases: BTreeMap::new(),
                kind: e.kind,
            });
            a.mentions += 1;
            if a.last_doc != serial {
                a.last_doc = serial;
                a.documents += 1;
            }
            match a.aliases.get_mut(&e.text) {
                Some(n) => *n += 1,
                None => {
                    a.aliases.insert(e.text.clone(), 1);
                }
            }
        }

        // Claims: the ledger, series over time, values of each measure.
        for c in &claims {
            self.groups.entry(builder.group_of(c)).or_default().offer(c, corpus_order);
            let Some((action, measure)) = builder.comparable(c) else { continue };
            let value = c.value.unwrap_or(0.0);
            if let Some(claimant) = &c.claimant {
                let s = self.series.entry((claimant.clone(), action.clone(), measure.clone())).or_insert_with(|| SeriesTally {
                    examples: Examples::default(),
                    first_doc: serial,
                    first_value: value.to_bits(),
                    moved: false,
                });
                s.moved |= s.first_doc != serial || s.first_value != value.to_bits();
                s.examples.offer(c, time_order);
            }
            let scope = if matches!(action.as_str(), "joined" | "fighters" | "controlled") {
                "standing counts".to_string()
            } else if c.total {
                "running totals".to_string()
            } else {
                c.when.as_deref().map_or_else(|| "figures with no date".to_string(), |when| format!("figures of {when}"))
            };
            let v = self.measures.entry((format!("{action} · {measure}"), scope)).or_default().entry(Value(value)).or_default();
            v.add_doc(serial);
            if v.claimants.len() < VALUE_MEMORY {
                v.claimants.insert(c.claimant.clone().unwrap_or_else(|| "outlet".into()));
            }
            v.keep(ValueExample::of(c, serial - 1), &self.names);
        }

        // Dates.
        for x in &d.dates {
            if x.kind == DateKind::Time {
                continue;
            }
            let without_year = x.iso.starts_with('-') && x.resolved.is_none();
            let when = x.resolved.clone().unwrap_or_else(|| x.iso.clone());
            let entry = || TimelineEntry {
                iso: x.iso.clone(),
                resolved: x.resolved.clone(),
                kind: x.kind,
                text: x.text.clone(),
                sentence: quote_of(d, x.sentence, x.start, x.end),
                doc: d.doc.clone(),
                mentions: 0,
                documents: 0,
            };
            match self.dates.get_mut(&(without_year, when.clone())) {
                Some(t) => {
                    t.mentions += 1;
                    if t.last_doc != serial {
                        t.last_doc = serial;
                        t.documents += 1;
                    }
                    if (d.doc.as_str(), x.start) < (t.first.doc.as_str(), t.first_at) {
                        t.first = entry();
                        t.first_at = x.start;
                    }
                }
                None => {
                    let t = DateTally { mentions: 1, documents: 1, last_doc: serial, first: entry(), first_at: x.start };
                    self.dates.insert((without_year, when), t);
                }
            }
        }

        // Who appears with whom: the distinct entities of each sentence,
        // the first MAX_SENTENCE_ENTITIES of them.
        let mut sentence: Option<usize> = None;
        let mut ids: Vec<&str> = Vec::new();
        let mut flush = |ids: &mut Vec<&str>| {
            ids.sort_unstable();
            for (k, a) in ids.iter().enumerate() {
                for b in &ids[k + 1..] {
                    let p = match self.pairs.get_mut(&(a.to_string(), b.to_string())) {
                        Some(p) => p,
                        None => self.pairs.entry((a.to_string(), b.to_string())).or_insert(PairTally {
                            sentences: 0,
                            documents: 0,
                            last_doc: 0,
                        }),
                    };
                    p.sentences += 1;
                    if p.last_doc != serial {
                        p.last_doc = serial;
                        p.documents += 1;
                    }
                }
            }
            ids.clear();
        };
        for e in &d.entities {
            let Some(s) = e.sentence else { continue };
            if sentence != Some(s) {
                flush(&mut ids);
                sentence = Some(s);
            }
            if ids.len() < MAX_SENTENCE_ENTITIES && !ids.contains(&e.id.as_str()) {
                ids.push(&e.id);
            }
        }
        flush(&mut ids);
        Some(Added { claims, document })
    }

    /// Documents added (duplicates not counted).
    pub fn documents(&self) -> usize {
        self.corpus.documents
    }

    /// Documents given again and not counted.
    pub fn duplicates(&self) -> usize {
        self.corpus.duplicates
    }

    /// Adds what `other` holds (another shard's documents) to this one.
    /// Accumulators holding the same document are not merged.
    pub fn merge(&mut self, other: Accumulator<'_>) -> Result<(), SharedDocuments> {
        let mut shared = other.seen.iter().filter(|d| self.seen.contains(*d));
        if let Some(example) = shared.next() {
            return Err(SharedDocuments { shared: 1 + shared.count(), example: example.to_string() });
        }
        // The other's documents come after this one's.
        let offset = self.serial;
        self.serial += other.serial;
        self.seen.extend(other.seen);
        self.names.extend(other.names);
        let c = other.corpus;
        self.corpus.documents += c.documents;
        self.corpus.words += c.words;
        self.corpus.mentions += c.mentions;
        self.corpus.quantities += c.quantities;
        self.corpus.dates += c.dates;
        self.corpus.claims += c.claims;
        self.corpus.duplicates += c.duplicates;
        for (name, n) in other.sources {
            *self.sources.entry(name).or_default() += n;
        }
        for (id, a) in other.actors {
            match self.actors.get_mut(&id) {
                Some(mine) => {
                    mine.mentions += a.mentions;
                    mine.documents += a.documents;
                    for (alias, n) in a.aliases {
                        *mine.aliases.entry(alias).or_default() += n;
                    }
                }
                None => {
                    self.actors.insert(id, ActorTally { last_doc: a.last_doc + offset, ..a });
                }
            }
        }
        for (key, g) in other.groups {
            self.groups.entry(key).or_default().merge(g, corpus_order);
        }
        for (key, s) in other.series {
            match self.series.get_mut(&key) {
                Some(mine) => {
                    mine.moved = true;
                    mine.examples.merge(s.examples, time_order);
                }
                None => {
                    self.series.insert(key, SeriesTally { first_doc: s.first_doc + offset, ..s });
                }
            }
        }
        for (key, values) in other.measures {
            let mine = self.measures.entry(key).or_default();
            for (v, t) in values {
                mine.entry(v).or_default().merge(t, offset, &self.names);
            }
        }
        for (key, t) in other.dates {
            match self.dates.get_mut(&key) {
                Some(mine) => {
                    mine.mentions += t.mentions;
                    mine.documents += t.documents;
                    if (t.first.doc.as_str(), t.first_at) < (mine.first.doc.as_str(), mine.first_at) {
                        mine.first = t.first;
                        mine.first_at = t.first_at;
                    }
                }
                None => {
                    self.dates.insert(key, DateTally { last_doc: t.last_doc + offset, ..t });
                }
            }
        }
        for (key, p) in other.pairs {
            match self.pairs.get_mut(&key) {
                Some(mine) => {
                    mine.sentences += p.sentences;
                    mine.documents += p.documents;
                }
                None => {
                    self.pairs.insert(key, PairTally { last_doc: p.last_doc + offset, ..p });
                }
            }
        }
        self.documents.extend(other.documents);
        prune_documents(&mut self.documents);
        Ok(())
    }

    /// The report.
    pub fn finish(self) -> Report {
        let builder = self.builder;
        let mut corpus = self.corpus;
        corpus.sources = sorted_counts(self.sources);

        let mut documents = self.documents;
        prune_documents(&mut documents);

        // Timeline: one entry per date, in date order.
        let mut timeline = Timeline::default();
        let mut dates: Vec<((bool, String), DateTally)> = self.dates.into_iter().collect();
        dates.sort_by(|a, b| a.0.cmp(&b.0));
        for ((without_year, _), t) in dates {
            let entry = TimelineEntry { mentions: t.mentions, documents: t.documents, ..t.first };
            if without_year {
                timeline.without_year.push(entry);
            } else {
                timeline.dated.push(entry);
            }
        }
        corpus.first_date = timeline.dated.first().map(|e| e.resolved.clone().unwrap_or_else(|| e.iso.clone()));
        corpus.last_date = timeline.dated.last().map(|e| e.resolved.clone().unwrap_or_else(|| e.iso.clone()));

        // The ledger, by action in the order of ACTIONS, then the glossary's
        // groups, then the rest by key.
        let mut by_group = self.groups;
        let mut claims: Vec<ClaimGroup> = Vec::new();
        let mut take = |key: &str, label: String, by_group: &mut FxHashMap<String, Examples>| {
            if let Some(g) = by_group.remove(key) {
                let (count, kept) = g.finish(corpus_order);
                claims.push(ClaimGroup { group: key.to_string(), label, count, claims: kept });
            }
        };
        for (action, label) in ACTIONS {
            take(&format!("{ACTION_GROUP}{action}"), label.to_string(), &mut by_group);
        }
        for (key, label) in &builder.glossary.groups {
            take(key, label.clone(), &mut by_group);
        }
        let mut rest: Vec<String> = by_group.keys().cloned().collect();
        rest.sort();
        for key in rest {
            let label = builder.glossary.group_label(&key);
            take(&key, label, &mut by_group);
        }

        let claims_over_time = self
            .series
            .into_iter()
            .filter(|(_, s)| s.moved && s.examples.count >= 2)
            .map(|((claimant, action, measure), s)| {
                let (count, claims) = s.examples.finish(time_order);
                ClaimSeries { claimant, action, measure, count, claims }
            })
            .collect();

        Report {
            generator: format!("khabar {}", env!("CARGO_PKG_VERSION")),
            corpus,
            actors: actors(builder, self.actors),
            claims,
            claims_over_time,
            discrepancies: discrepancies(self.measures, &self.names, &builder.glossary),
            timeline,
            cooccurrence: cooccurrence(self.pairs),
            documents,
        }
    }
}

/// Keeps the first [`MAX_DOCUMENTS`] summaries by name, in name order.
fn prune_documents(documents: &mut Vec<DocumentSummary>) {
    documents.sort_by(|a, b| a.doc.cmp(&b.doc));
    documents.truncate(MAX_DOCUMENTS);
}

/// What [`Accumulator::add`] made of a new document: each quantity as a
/// ledger row (what claims.csv lists) and the document's summary (what
/// documents.csv lists).
#[derive(Clone, Debug, PartialEq)]
pub struct Added {
    /// Every quantity of the document, in text order.
    pub claims: Vec<Claim>,
    /// Its summary.
    pub document: DocumentSummary,
}

/// Values of one measure within [`SAME_CLAIM_RATIO`] of each other: 7 and
/// 7.7 million people freed, 46 to 83 coalition countries. Values further
/// apart (1,000 captured, 11,000 lost) count different things. Of what was
/// done, running totals are compared with running totals, and an
/// incident's figure only with figures of the same date (a day's strikes
/// with the same day's); standing counts (members, fighters, land held)
/// with each other.
fn discrepancies(
    measures: BTreeMap<(String, String), BTreeMap<Value, ValueTally>>,
    names: &[Arc<str>],
    glossary: &Glossary,
) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    for ((measure, scope), values) in measures {
        let mut cluster: Vec<(Value, ValueTally)> = Vec::new();
        let mut flush = |cluster: &mut Vec<(Value, ValueTally)>| {
            if cluster.len() >= 2 {
                let mut docs: BTreeSet<u32> = BTreeSet::new();
                let mut more = 0;
                let mut claimants: BTreeSet<String> = BTreeSet::new();
                let mut claims = Vec::new();
                for (v, t) in cluster.iter_mut() {
                    docs.extend(&t.docs);
                    more += t.more_docs;
                    claimants.append(&mut t.claimants);
                    if let Some(e) = t.example.take().filter(|_| claims.len() < MAX_EXAMPLES) {
                        let doc = names.get(e.doc as usize).map_or("", |n| &**n);
                        claims.push(e.claim(v.0, doc, glossary));
                    }
                }
                let verdict = if claimants.len() > 1 { "claimants disagree" } else { "one claimant changed its figure" };
                out.push(Discrepancy {
                    measure: measure.clone(),
                    scope: scope.clone(),
                    claimants: claimants.into_iter().collect(),
                    verdict: verdict.to_string(),
                    distinct_values: cluster.len(),
                    documents: docs.len() + more,
                    claims,
                });
            }
            cluster.clear();
        };
        for (v, t) in values {
            let low = cluster.first().map_or(0.0, |(low, _)| low.0);
            if !cluster.is_empty() && v.0 > low * SAME_CLAIM_RATIO {
                flush(&mut cluster);
            }
            cluster.push((v, t));
        }
        flush(&mut cluster);
    }
    out.sort_by(|a, b| b.distinct_values.cmp(&a.distinct_values).then_with(|| a.measure.cmp(&b.measure)));
    out
}

fn actors(builder: &ReportBuilder, tallies: FxHashMap<String, ActorTally>) -> Vec<Actor> {
    let mut actors: Vec<Actor> = tallies
        .into_iter()
        .map(|(id, a)| {
            let info = builder.entities.get(&id);
            // An entity the gazetteer does not know goes by its commonest
            // spelling.
            let commonest = || a.aliases.iter().max_by(|x, y| x.1.cmp(y.1).then_with(|| y.0.cmp(x.0))).map(|(alias, _)| alias.clone());
            Actor {
                name: info.map_or_else(|| commonest().unwrap_or_else(|| id.clone()), |i| i.name.clone()),
                arabic: info.map_or_else(|| commonest().unwrap_or_default(), |i| i.arabic.clone()),
                kind: info.map_or(a.kind, |i| i.kind),
                mentions: a.mentions,
                documents: a.documents,
                aliases: sorted_counts(a.aliases),
                id,
            }
        })
        .collect();
    actors.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
    actors
}

fn cooccurrence(pairs: FxHashMap<(String, String), PairTally>) -> Vec<Pair> {
    let mut out: Vec<Pair> = pairs.into_iter().map(|((a, b), p)| Pair { a, b, sentences: p.sentences, documents: p.documents }).collect();
    out.sort_by(|x, y| y.sentences.cmp(&x.sentences).then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b))));
    out
}

/// The sentence of an item, cut to [`MAX_QUOTE`] bytes around it; `None`
/// when the line carries no text for it.
fn quote_of(d: &DocAnnotation, sentence: Option<usize>, start: usize, end: usize) -> Option<String> {
    let s = d.sentences.as_ref()?.get(sentence?)?;
    let text = s.text.as_deref()?;
    // The item's place in the sentence (clamped: a hand-made line may
    // disagree with itself).
    let item_start = start.saturating_sub(s.start).min(text.len());
    let item_end = end.saturating_sub(s.start).clamp(item_start, text.len());
    Some(window(text, item_start, item_end, MAX_QUOTE))
}

/// At most about `max` bytes of `text` around `item_start..item_end`, cut
/// between words on char boundaries, with an ellipsis where it was cut.
fn window(text: &str, item_start: usize, item_end: usize, max: usize) -> String {
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
fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

fn sorted_counts(map: BTreeMap<String, usize>) -> Vec<Count> {
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
