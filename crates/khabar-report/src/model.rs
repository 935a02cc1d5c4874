//! The report: what it holds, and how it is built from annotations.

use crate::glossary::Glossary;
use khabar_wire::{ClaimMention, DateKind, DocAnnotation, EntityType, Qualifier, QuantityKind, QuantityMention};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

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
    /// The claims, earliest first.
    pub claims: Vec<Claim>,
}

/// Claims about one kind of thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimGroup {
    /// Group key (`people`, `fighters`, `money`…).
    pub group: String,
    /// English label.
    pub label: String,
    /// The claims, in corpus order.
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
    /// The claims, smallest value first.
    pub claims: Vec<Claim>,
}

/// Dates in order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// Dates with a year, earliest first.
    pub dated: Vec<TimelineEntry>,
    /// Dates whose year the text does not give (`--03-23`), by month.
    pub without_year: Vec<TimelineEntry>,
}

/// A date and what happened.
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
    /// Entities, most mentioned first.
    pub entities: Vec<Count>,
    /// Its quantities.
    pub claims: Vec<Claim>,
    /// Its dates, in text order.
    pub dates: Vec<TimelineEntry>,
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

    /// Builds the report. Documents are taken in name order, so the same
    /// annotations give the same report however they were sharded.
    pub fn build(&self, docs: &[DocAnnotation]) -> Report {
        let mut docs: Vec<&DocAnnotation> = docs.iter().collect();
        docs.sort_by(|a, b| a.doc.cmp(&b.doc));

        let documents: Vec<DocumentSummary> = docs.iter().map(|d| self.summary(d)).collect();
        let mut corpus = Corpus { documents: docs.len(), ..Corpus::default() };
        let mut sources: BTreeMap<String, usize> = BTreeMap::new();
        for (d, s) in docs.iter().zip(&documents) {
            corpus.words += s.words;
            corpus.mentions += d.entities.len();
            corpus.quantities += d.quantities.len();
            corpus.dates += d.dates.len();
            if let Some(o) = &s.outlet {
                *sources.entry(o.clone()).or_default() += 1;
            }
        }
        corpus.sources = sorted_counts(sources);

        let timeline = self.timeline(&documents);
        corpus.first_date = timeline.dated.first().map(|e| e.resolved.clone().unwrap_or_else(|| e.iso.clone()));
        corpus.last_date = timeline.dated.last().map(|e| e.resolved.clone().unwrap_or_else(|| e.iso.clone()));

        Report {
            generator: format!("khabar {}", env!("CARGO_PKG_VERSION")),
            corpus,
            actors: self.actors(&docs),
            claims: self.claims(&documents),
            claims_over_time: self.claims_over_time(&documents),
            discrepancies: self.discrepancies(&documents),
            timeline,
            cooccurrence: cooccurrence(&docs),
            documents,
        }
    }

    fn summary(&self, d: &DocAnnotation) -> DocumentSummary {
        let meta = d.meta.clone().unwrap_or_default();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for e in &d.entities {
            *counts.entry(e.id.clone()).or_default() += 1;
        }
        let dates = d
            .dates
            .iter()
            .map(|x| TimelineEntry {
                iso: x.iso.clone(),
                resolved: x.resolved.clone(),
                kind: x.kind,
                text: x.text.clone(),
                sentence: x.context.clone(),
                doc: d.doc.clone(),
            })
            .collect();
        DocumentSummary {
            doc: d.doc.clone(),
            title: meta.title,
            outlet: meta.outlet,
            published: meta.published,
            words: meta.words,
            entities: sorted_counts(counts),
            claims: d
                .quantities
                .iter()
                .enumerate()
                .map(|(k, q)| {
                    let claim =
                        d.claims.iter().find(|c| c.quantity == Some(k) || (c.quantity.is_none() && (c.start, c.end) == (q.start, q.end)));
                    self.claim(q, claim, &d.doc)
                })
                .collect(),
            dates,
        }
    }

    fn claim(&self, q: &QuantityMention, claim: Option<&ClaimMention>, doc: &str) -> Claim {
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
            sentence: q.context.clone(),
            doc: doc.to_string(),
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

    fn group_of(&self, c: &Claim) -> String {
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

    fn claims(&self, documents: &[DocumentSummary]) -> Vec<ClaimGroup> {
        let mut by_group: FxHashMap<String, Vec<Claim>> = FxHashMap::default();
        for c in documents.iter().flat_map(|d| &d.claims) {
            by_group.entry(self.group_of(c)).or_default().push(c.clone());
        }
        let mut groups: Vec<ClaimGroup> = Vec::new();
        for (action, label) in ACTIONS {
            let key = format!("{ACTION_GROUP}{action}");
            if let Some(claims) = by_group.remove(&key) {
                groups.push(ClaimGroup { group: key, label: label.to_string(), claims });
            }
        }
        for (key, label) in &self.glossary.groups {
            if let Some(claims) = by_group.remove(key) {
                groups.push(ClaimGroup { group: key.clone(), label: label.clone(), claims });
            }
        }
        let mut rest: Vec<(String, Vec<Claim>)> = by_group.into_iter().collect();
        rest.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, claims) in rest {
            groups.push(ClaimGroup { label: self.glossary.group_label(&key), group: key, claims });
        }
        groups
    }

    /// The measure a claim's value is compared under, if any.
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

    /// The same claimant's claims of one action and measure, in two
    /// documents or with two values: how its figure moved, earliest first.
    fn claims_over_time(&self, documents: &[DocumentSummary]) -> Vec<ClaimSeries> {
        let mut series: BTreeMap<(String, String, String), Vec<Claim>> = BTreeMap::new();
        for c in documents.iter().flat_map(|d| &d.claims) {
            let (Some(claimant), Some((action, measure))) = (&c.claimant, self.comparable(c)) else { continue };
            series.entry((claimant.clone(), action, measure)).or_default().push(c.clone());
        }
        let mut out = Vec::new();
        for ((claimant, action, measure), mut claims) in series {
            let documents = claims.iter().map(|c| c.doc.as_str()).collect::<BTreeSet<_>>().len();
            let values = claims.iter().filter_map(|c| c.value.map(f64::to_bits)).collect::<BTreeSet<_>>().len();
            if claims.len() < 2 || (documents < 2 && values < 2) {
                continue;
            }
            claims.sort_by(|a, b| a.when.cmp(&b.when).then_with(|| a.doc.cmp(&b.doc)));
            out.push(ClaimSeries { claimant, action, measure, claims });
        }
        out
    }

    /// Claims of one measure whose values differ but stay within
    /// [`SAME_CLAIM_RATIO`] of each other: 7 and 7.7 million people freed,
    /// 46 to 83 coalition countries. Values further apart (1,000 captured,
    /// 11,000 lost) count different things. Of what was done, running
    /// totals are compared with running totals, and an incident's figure
    /// only with figures of the same date (a day's strikes with the same
    /// day's); standing counts (members, fighters, land held) with each
    /// other.
    fn discrepancies(&self, documents: &[DocumentSummary]) -> Vec<Discrepancy> {
        let mut by_measure: BTreeMap<(String, String), Vec<Claim>> = BTreeMap::new();
        for c in documents.iter().flat_map(|d| &d.claims) {
            if let Some((action, measure)) = self.comparable(c) {
                let scope = if matches!(action.as_str(), "joined" | "fighters" | "controlled") {
                    "standing counts".to_string()
                } else if c.total {
                    "running totals".to_string()
                } else {
                    c.when.as_deref().map_or_else(|| "figures with no date".to_string(), |when| format!("figures of {when}"))
                };
                by_measure.entry((format!("{action} · {measure}"), scope)).or_default().push(c.clone());
            }
        }
        let mut out = Vec::new();
        for ((measure, scope), mut claims) in by_measure {
            claims.sort_by(|a, b| a.value.partial_cmp(&b.value).unwrap_or(std::cmp::Ordering::Equal).then_with(|| a.doc.cmp(&b.doc)));
            let mut cluster: Vec<Claim> = Vec::new();
            let mut flush = |cluster: &mut Vec<Claim>| {
                let distinct: BTreeSet<u64> = cluster.iter().filter_map(|c| c.value.map(f64::to_bits)).collect();
                if distinct.len() >= 2 {
                    let documents = cluster.iter().map(|c| c.doc.as_str()).collect::<BTreeSet<_>>().len();
                    let claimants: BTreeSet<String> =
                        cluster.iter().map(|c| c.claimant.clone().unwrap_or_else(|| "outlet".into())).collect();
                    let verdict = if claimants.len() > 1 { "claimants disagree" } else { "one claimant changed its figure" };
                    out.push(Discrepancy {
                        measure: measure.clone(),
                        scope: scope.clone(),
                        claimants: claimants.into_iter().collect(),
                        verdict: verdict.to_string(),
                        distinct_values: distinct.len(),
                        documents,
                        claims: std::mem::take(cluster),
                    });
                }
                cluster.clear();
            };
            for c in claims {
                let low = cluster.first().and_then(|f| f.value).unwrap_or(0.0);
                if c.value.is_some_and(|v| !cluster.is_empty() && v > low * SAME_CLAIM_RATIO) {
                    flush(&mut cluster);
                }
                cluster.push(c);
            }
            flush(&mut cluster);
        }
        out.sort_by(|a, b| b.distinct_values.cmp(&a.distinct_values).then_with(|| a.measure.cmp(&b.measure)));
        out
    }

    fn timeline(&self, documents: &[DocumentSummary]) -> Timeline {
        let mut t = Timeline::default();
        for e in documents.iter().flat_map(|d| &d.dates) {
            if e.kind == DateKind::Time {
                continue;
            }
            if e.iso.starts_with('-') && e.resolved.is_none() {
                t.without_year.push(e.clone());
            } else {
                t.dated.push(e.clone());
            }
        }
        // A date that states no year stands where its resolved date puts it.
        let when = |e: &TimelineEntry| e.resolved.clone().unwrap_or_else(|| e.iso.clone());
        t.dated.sort_by(|a, b| when(a).cmp(&when(b)).then_with(|| a.doc.cmp(&b.doc)));
        t.without_year.sort_by(|a, b| a.iso.cmp(&b.iso).then_with(|| a.doc.cmp(&b.doc)));
        t
    }

    fn actors(&self, docs: &[&DocAnnotation]) -> Vec<Actor> {
        struct Acc {
            mentions: usize,
            docs: FxHashSet<usize>,
            aliases: BTreeMap<String, usize>,
            kind: EntityType,
        }
        let mut acc: BTreeMap<String, Acc> = BTreeMap::new();
        for (i, d) in docs.iter().enumerate() {
            for e in &d.entities {
                let a = acc.entry(e.id.clone()).or_insert_with(|| Acc {
                    mentions: 0,
                    docs: FxHashSet::default(),
                    aliases: BTreeMap::new(),
                    kind: e.kind,
                });
                a.mentions += 1;
                a.docs.insert(i);
                *a.aliases.entry(e.text.clone()).or_default() += 1;
            }
        }
        let mut actors: Vec<Actor> = acc
            .into_iter()
            .map(|(id, a)| {
                let info = self.entities.get(&id);
                // An entity the gazetteer does not know goes by its commonest
                // spelling.
                let commonest = || a.aliases.iter().max_by(|x, y| x.1.cmp(y.1).then_with(|| y.0.cmp(x.0))).map(|(alias, _)| alias.clone());
                Actor {
                    name: info.map_or_else(|| commonest().unwrap_or_else(|| id.clone()), |i| i.name.clone()),
                    arabic: info.map_or_else(|| commonest().unwrap_or_default(), |i| i.arabic.clone()),
                    kind: info.map_or(a.kind, |i| i.kind),
                    mentions: a.mentions,
                    documents: a.docs.len(),
                    aliases: sorted_counts(a.aliases),
                    id,
                }
            })
            .collect();
        actors.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
        actors
    }
}

fn cooccurrence(docs: &[&DocAnnotation]) -> Vec<Pair> {
    let mut pairs: BTreeMap<(String, String), (usize, BTreeSet<usize>)> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        let mut by_sentence: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
        for e in &d.entities {
            if let Some(s) = e.sentence {
                by_sentence.entry(s).or_default().insert(e.id.as_str());
            }
        }
        for ids in by_sentence.values() {
            let ids: Vec<&str> = ids.iter().copied().collect();
            for (k, a) in ids.iter().enumerate() {
                for b in &ids[k + 1..] {
                    let entry = pairs.entry((a.to_string(), b.to_string())).or_default();
                    entry.0 += 1;
                    entry.1.insert(i);
                }
            }
        }
    }
    let mut out: Vec<Pair> = pairs.into_iter().map(|((a, b), (sentences, docs))| Pair { a, b, sentences, documents: docs.len() }).collect();
    out.sort_by(|x, y| y.sentences.cmp(&x.sentences).then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b))));
    out
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
