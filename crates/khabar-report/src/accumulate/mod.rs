//! Building a report one annotation at a time, in memory bounded by what
//! the report shows.

use crate::glossary::Glossary;
use crate::model::{
    clip, quote_of, sorted_counts, window, Actor, Claim, ClaimGroup, ClaimSeries, Corpus, Discrepancy, DocumentSummary, EntityInfo,
    FailedInput, Pair, Report, ReportBuilder, Timeline, TimelineEntry, ACTIONS, ACTION_GROUP, MAX_DOCUMENTS, MAX_DOC_ENTITIES,
    MAX_EXAMPLES, MAX_FAILED, MAX_SENTENCE_ENTITIES, MAX_TITLE, SAME_CLAIM_RATIO,
};
use khabar_wire::{DateKind, DocAnnotation, EntityType, NamedEntity, Qualifier, QuantityKind};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

mod partial;
pub use partial::{PartialError, PartialReport, PARTIAL_MARK};

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
    failed: Vec<FailedInput>,
    /// What made the annotations, with documents each.
    producers: BTreeMap<String, usize>,
    /// Names the annotations carry for entities of users' gazetteers.
    entity_names: BTreeMap<String, NamedEntity>,
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
#[derive(Default, Serialize, Deserialize)]
struct Examples {
    count: usize,
    kept: Vec<Claim>,
    /// The list has been cut: its first [`MAX_EXAMPLES`] are the best so
    /// far, in order, and a claim that does not come before the last of
    /// them can never be kept. Not written in a partial report: the next
    /// cut sets it again.
    #[serde(skip)]
    cut: bool,
}

impl Examples {
    fn offer(&mut self, claim: &Claim, order: fn(&Claim, &Claim) -> std::cmp::Ordering) {
        self.count += 1;
        // Most claims of a large corpus come after the first hundred (in
        // corpus order, all of them once documents arrive in order): they
        // are counted, not copied.
        if self.cut && order(claim, &self.kept[MAX_EXAMPLES - 1]) != std::cmp::Ordering::Less {
            return;
        }
        self.kept.push(claim.clone());
        // Sorting only when twice the list is held keeps this linear.
        if self.kept.len() >= 2 * MAX_EXAMPLES {
            self.prune(order);
        }
    }

    fn prune(&mut self, order: fn(&Claim, &Claim) -> std::cmp::Ordering) {
        self.kept.sort_by(order);
        self.kept.truncate(MAX_EXAMPLES);
        self.cut = self.kept.len() == MAX_EXAMPLES;
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

#[derive(Serialize, Deserialize)]
struct ActorTally {
    mentions: usize,
    documents: usize,
    last_doc: u32,
    aliases: BTreeMap<String, usize>,
    kind: EntityType,
}

#[derive(Serialize, Deserialize)]
struct SeriesTally {
    examples: Examples,
    first_doc: u32,
    first_value: u64,
    /// Seen in two documents, or with two values.
    moved: bool,
}

/// A value, ordered as numbers are.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
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

/// A claim reduced to what a discrepancy shows of it: its sentence cut to
/// [`DISCREPANCY_QUOTE`] bytes around the figure (claims.csv has it whole)
/// and its document as a number, since a corpus can give hundreds of
/// thousands of distinct values.
#[derive(Serialize, Deserialize)]
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

#[derive(Default, Serialize, Deserialize)]
struct ValueTally {
    /// The documents giving this value, by number, each once (four bytes a
    /// claim of a compared measure, so that a discrepancy counts its
    /// documents exactly however the corpus was split).
    docs: Vec<u32>,
    claimants: BTreeSet<String>,
    /// The first claim of this value in corpus order.
    example: Option<ValueExample>,
}

impl ValueTally {
    fn add_doc(&mut self, doc: u32) {
        // A document's claims come together: a repeat is the last one.
        if self.docs.last() != Some(&doc) {
            self.docs.push(doc);
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
        // The other's documents are numbered after this one's.
        self.docs.extend(other.docs.into_iter().map(|d| d + offset));
        self.claimants.extend(other.claimants);
        if let Some(e) = other.example {
            self.keep(ValueExample { doc: e.doc + offset, ..e }, names);
        }
    }
}

#[derive(Serialize, Deserialize)]
struct DateTally {
    mentions: usize,
    documents: usize,
    last_doc: u32,
    /// The first mention in corpus order, and where it stands.
    first: TimelineEntry,
    first_at: usize,
}

#[derive(Serialize, Deserialize)]
struct PairTally {
    sentences: usize,
    documents: usize,
    last_doc: u32,
}

impl Accumulator<'_> {
    pub(crate) fn new(builder: &ReportBuilder) -> Accumulator<'_> {
        Accumulator {
            builder,
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
            failed: Vec::new(),
            producers: BTreeMap::new(),
            entity_names: BTreeMap::new(),
        }
    }

    /// Counts and lists an input that could not be read.
    pub fn add_failure(&mut self, failed: FailedInput) {
        self.corpus.failed += 1;
        self.failed.push(failed);
        if self.failed.len() >= 2 * MAX_FAILED {
            prune_failed(&mut self.failed);
        }
    }

    /// Adds one document's annotations, and returns every quantity of it as
    /// a ledger row and its summary (what claims.csv and documents.csv
    /// list). A document whose name was added before is not counted again:
    /// `None`.
    pub fn add(&mut self, d: &DocAnnotation) -> Option<Added> {
        if let Some(e) = &d.error {
            // An error record stands for a document that could not be read.
            self.add_failure(FailedInput { source: e.source.clone(), line: e.line, doc: d.doc.clone(), message: e.message.clone() });
            return None;
        }
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
        if let Some(p) = &meta.producer {
            *self.producers.entry(p.clone()).or_default() += 1;
        }
        for n in &meta.names {
            self.entity_names.entry(n.id.clone()).or_insert_with(|| n.clone());
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
            let claimant = c.claimant.as_deref().unwrap_or("outlet");
            if !v.claimants.contains(claimant) {
                v.claimants.insert(claimant.to_string());
            }
            v.keep(ValueExample::of(c, serial - 1), &self.names);
        }

        // Dates.
        for x in &d.dates {
            // A relative date with nothing to resolve it against names no
            // day of the timeline.
            if x.kind == DateKind::Time || (x.kind == DateKind::Relative && x.resolved.is_none()) {
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
                    let p =
                        self.pairs.entry((a.to_string(), b.to_string())).or_insert(PairTally { sentences: 0, documents: 0, last_doc: 0 });
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

    /// What made the annotations added (`meta.producer`), with documents
    /// each.
    pub fn producers(&self) -> &BTreeMap<String, usize> {
        &self.producers
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
        self.corpus.failed += c.failed;
        self.failed.extend(other.failed);
        prune_failed(&mut self.failed);
        for (name, n) in other.sources {
            *self.sources.entry(name).or_default() += n;
        }
        for (producer, n) in other.producers {
            *self.producers.entry(producer).or_default() += n;
        }
        for (id, named) in other.entity_names {
            self.entity_names.entry(id).or_insert(named);
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
        corpus.producers = sorted_counts(self.producers);

        let mut documents = self.documents;
        prune_documents(&mut documents);
        let mut failed = self.failed;
        prune_failed(&mut failed);

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
            actors: actors(builder, &self.entity_names, self.actors),
            claims,
            claims_over_time,
            discrepancies: discrepancies(self.measures, &self.names, &builder.glossary),
            timeline,
            cooccurrence: cooccurrence(self.pairs),
            documents,
            failed,
        }
    }
}

/// Keeps the first [`MAX_FAILED`] failed inputs, by source and line.
fn prune_failed(failed: &mut Vec<FailedInput>) {
    failed.sort();
    failed.truncate(MAX_FAILED);
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
                let mut docs: Vec<u32> = Vec::new();
                let mut claimants: BTreeSet<String> = BTreeSet::new();
                let mut claims = Vec::new();
                for (v, t) in cluster.iter_mut() {
                    docs.extend(&t.docs);
                    claimants.append(&mut t.claimants);
                    if let Some(e) = t.example.take().filter(|_| claims.len() < MAX_EXAMPLES) {
                        let doc = names.get(e.doc as usize).map_or("", |n| &**n);
                        claims.push(e.claim(v.0, doc, glossary));
                    }
                }
                docs.sort_unstable();
                docs.dedup();
                let verdict = if claimants.len() > 1 { "claimants disagree" } else { "one claimant changed its figure" };
                out.push(Discrepancy {
                    measure: measure.clone(),
                    scope: scope.clone(),
                    claimants: claimants.into_iter().collect(),
                    verdict: verdict.to_string(),
                    distinct_values: cluster.len(),
                    documents: docs.len(),
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

fn actors(builder: &ReportBuilder, names: &BTreeMap<String, NamedEntity>, tallies: FxHashMap<String, ActorTally>) -> Vec<Actor> {
    let mut actors: Vec<Actor> = tallies
        .into_iter()
        .map(|(id, a)| {
            // The report's gazetteer first, then the names the annotations
            // carry for their users' entities.
            let carried =
                names.get(&id).map(|n| EntityInfo { id: n.id.clone(), name: n.name.clone(), arabic: n.arabic.clone(), kind: n.kind });
            let info = builder.entities.get(&id).or(carried.as_ref());
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
