//! Scoring annotations against a gold file, as FORMAT.md describes: a
//! predicted item matches a gold item when their spans overlap and they
//! agree on `id` (entities), `value` (quantities, relative error below 1e-9)
//! or `iso` (dates); matching is one-to-one.
//!
//! Entities are also scored by span overlap and type alone (`PER`, `ORG`,
//! `LOC`): names outside the gazetteer get ids that no gold file can know,
//! and this measure says whether they were found at all.

use crate::wire::{DateMention, DocAnnotation, EntityMention, EntityType, QuantityKind, QuantityMention};
use std::collections::BTreeMap;

/// Precision, recall and F1 counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Matched pairs.
    pub matched: usize,
    /// Predicted items.
    pub predicted: usize,
    /// Gold items.
    pub gold: usize,
}

impl Counts {
    /// Matched over predicted (1.0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    /// Matched over gold (1.0 when there is no gold item).
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// The counts of one pair from the matching: both sides, or one alone.
    fn of_pair(predicted: Option<usize>, gold: Option<usize>) -> Counts {
        Counts {
            matched: usize::from(predicted.is_some() && gold.is_some()),
            predicted: usize::from(predicted.is_some()),
            gold: usize::from(gold.is_some()),
        }
    }

    fn add(&mut self, other: Counts) {
        self.matched += other.matched;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Agreement on one attribute among matched quantities.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Agreement {
    /// Matched pairs that agree.
    pub agree: usize,
    /// Matched pairs.
    pub total: usize,
}

impl Agreement {
    /// Share of matched pairs that agree (1.0 when there is none).
    pub fn rate(&self) -> f64 {
        ratio(self.agree, self.total)
    }
}

/// A mismatch worth showing: an item found but not in gold, or the reverse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Miss {
    /// The document.
    pub doc: String,
    /// `entities`, `quantities` or `dates`.
    pub layer: &'static str,
    /// `extra` (predicted, not gold) or `missing` (gold, not predicted).
    pub what: &'static str,
    /// The item's text, key and span.
    pub detail: String,
}

impl Miss {
    fn new(doc: &str, layer: &'static str, what: &'static str, detail: String) -> Miss {
        Miss { doc: doc.to_string(), layer, what, detail }
    }
}

/// The four actors khabar follows above all.
pub const REQUIRED_IDS: [&str; 4] = ["baghdadi", "blinken", "mazloum_abdi", "sdf"];
/// The required actors and the other ids every report leans on.
pub const CORE_IDS: [&str; 9] = ["baghdadi", "blinken", "mazloum_abdi", "sdf", "isis", "coalition", "usa", "syria", "iraq"];

/// The scores of a run against gold.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// Entities, all ids.
    pub entities: Counts,
    /// Entities by id.
    pub entities_by_id: BTreeMap<String, Counts>,
    /// Entities matched by span overlap and type, whatever their ids.
    pub entities_by_type: Counts,
    /// The same, for each type.
    pub entities_per_type: BTreeMap<EntityType, Counts>,
    /// Quantities (vague ones ignored).
    pub quantities: Counts,
    /// Dates.
    pub dates: Counts,
    /// Among matched quantities: kind, unit, qualifier, counted.
    pub kind: Agreement,
    /// Unit agreement.
    pub unit: Agreement,
    /// Qualifier agreement.
    pub qualifier: Agreement,
    /// Counted-noun agreement.
    pub counted: Agreement,
    /// Every mismatch, for reading.
    pub misses: Vec<Miss>,
    /// Matched quantities whose attributes disagree.
    pub attribute_misses: Vec<Miss>,
    /// Predicted documents the gold file does not hold (not scored).
    pub not_in_gold: Vec<String>,
    /// Documents given twice (`predicted NAME`, `gold NAME`), scored once.
    pub duplicates: Vec<String>,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The items of one list by where they stand, to find those overlapping a
/// span in logarithmic time (a document can hold hundreds of thousands).
pub(crate) struct SpanIndex {
    /// Item indices, by start.
    order: Vec<usize>,
    /// Their starts, in that order.
    starts: Vec<usize>,
    /// The longest span, so that every item overlapping a span starts at
    /// most this far before it.
    longest: usize,
    spans: Vec<(usize, usize)>,
}

impl SpanIndex {
    pub(crate) fn new(spans: Vec<(usize, usize)>) -> SpanIndex {
        let mut order: Vec<usize> = (0..spans.len()).collect();
        order.sort_by_key(|&i| (spans[i].0, i));
        let starts = order.iter().map(|&i| spans[i].0).collect();
        let longest = spans.iter().map(|s| s.1.saturating_sub(s.0)).max().unwrap_or(0);
        SpanIndex { order, starts, longest, spans }
    }

    /// The indices of the items overlapping `span`, in index order.
    pub(crate) fn overlapping(&self, span: (usize, usize)) -> Vec<usize> {
        let from = self.starts.partition_point(|&s| s < span.0.saturating_sub(self.longest));
        let to = self.starts.partition_point(|&s| s < span.1);
        let mut found: Vec<usize> = self.order[from..to.max(from)].iter().copied().filter(|&i| overlaps(self.spans[i], span)).collect();
        found.sort_unstable();
        found
    }
}

/// One-to-one greedy matching in text order: each predicted item takes the
/// first unmatched gold item that overlaps it and agrees on the key.
fn match_items<P, G>(
    pred: &[P],
    gold: &[G],
    span_p: impl Fn(&P) -> (usize, usize),
    span_g: impl Fn(&G) -> (usize, usize),
    agree: impl Fn(&P, &G) -> bool,
) -> Vec<(Option<usize>, Option<usize>)> {
    let index = SpanIndex::new(gold.iter().map(&span_g).collect());
    let mut taken = vec![false; gold.len()];
    let mut pairs = Vec::new();
    for (pi, p) in pred.iter().enumerate() {
        let found = index.overlapping(span_p(p)).into_iter().find(|&gi| !taken[gi] && agree(p, &gold[gi]));
        if let Some(gi) = found {
            taken[gi] = true;
        }
        pairs.push((Some(pi), found));
    }
    for (gi, t) in taken.iter().enumerate() {
        if !t {
            pairs.push((None, Some(gi)));
        }
    }
    pairs
}

fn same_value(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || ((a - b).abs() / a.abs().max(b.abs())) < 1e-9,
        _ => false,
    }
}

/// Scores `predicted` against `gold`, document by document (matched by
/// `doc`; a gold document with no prediction counts as all missed). A
/// document given twice on either side is scored once (its first line) and
/// named in `duplicates`; predicted documents the gold does not hold are
/// named in `not_in_gold`.
pub fn score(predicted: &[DocAnnotation], gold: &[DocAnnotation]) -> Scores {
    let mut s = Scores::default();
    let empty = DocAnnotation::default();
    let mut by_name: std::collections::HashMap<&str, &DocAnnotation> = std::collections::HashMap::new();
    for p in predicted {
        if by_name.insert(p.doc.as_str(), p).is_some() {
            s.duplicates.push(format!("predicted {}", p.doc));
        }
    }
    // The first line of a name counts.
    for p in predicted.iter().rev() {
        by_name.insert(p.doc.as_str(), p);
    }
    let mut scored = std::collections::HashSet::new();
    for g in gold {
        if !scored.insert(g.doc.as_str()) {
            s.duplicates.push(format!("gold {}", g.doc));
            continue;
        }
        let p = by_name.get(g.doc.as_str()).copied().unwrap_or(&empty);
        score_doc(p, g, &mut s);
    }
    let mut not_in_gold: Vec<String> = by_name.keys().filter(|d| !scored.contains(*d)).map(|d| d.to_string()).collect();
    not_in_gold.sort();
    s.not_in_gold = not_in_gold;
    s
}

/// Records the unmatched side of a pair: a prediction with no gold item
/// (`extra`) or a gold item with no prediction (`missing`).
fn record_unmatched(
    misses: &mut Vec<Miss>,
    doc: &str,
    layer: &'static str,
    pair: (Option<usize>, Option<usize>),
    predicted: impl Fn(usize) -> String,
    gold: impl Fn(usize) -> String,
) {
    match pair {
        (Some(i), None) => misses.push(Miss::new(doc, layer, "extra", predicted(i))),
        (None, Some(i)) => misses.push(Miss::new(doc, layer, "missing", gold(i))),
        _ => {}
    }
}

fn score_doc(p: &DocAnnotation, g: &DocAnnotation, s: &mut Scores) {
    let doc = g.doc.as_str();
    // Entities.
    let entity = |e: &EntityMention| format!("{} [{}] @{}", e.text, e.id, e.start);
    let pairs = match_items(&p.entities, &g.entities, |e| (e.start, e.end), |e| (e.start, e.end), |a, b| a.id == b.id);
    for (pi, gi) in pairs {
        let id = gi.map(|i| g.entities[i].id.clone()).or_else(|| pi.map(|i| p.entities[i].id.clone())).unwrap_or_default();
        let c = Counts::of_pair(pi, gi);
        record_unmatched(&mut s.misses, doc, "entities", (pi, gi), |i| entity(&p.entities[i]), |i| entity(&g.entities[i]));
        s.entities.add(c);
        s.entities_by_id.entry(id).or_default().add(c);
    }
    let pairs = match_items(&p.entities, &g.entities, |e| (e.start, e.end), |e| (e.start, e.end), |a, b| a.kind == b.kind);
    for (pi, gi) in pairs {
        let kind = gi.map(|i| g.entities[i].kind).or_else(|| pi.map(|i| p.entities[i].kind));
        let c = Counts::of_pair(pi, gi);
        s.entities_by_type.add(c);
        if let Some(kind) = kind {
            s.entities_per_type.entry(kind).or_default().add(c);
        }
    }
    // Quantities: vague amounts are not scored.
    let quantity = |q: &QuantityMention| format!("{} = {:?} ({}) @{}", q.text, q.value, q.kind, q.start);
    let pq: Vec<_> = p.quantities.iter().filter(|q| q.kind != QuantityKind::Vague).collect();
    let gq: Vec<_> = g.quantities.iter().filter(|q| q.kind != QuantityKind::Vague).collect();
    let pairs = match_items(&pq, &gq, |q| (q.start, q.end), |q| (q.start, q.end), |a, b| same_value(a.value, b.value));
    for (pi, gi) in pairs {
        s.quantities.add(Counts::of_pair(pi, gi));
        record_unmatched(&mut s.misses, doc, "quantities", (pi, gi), |i| quantity(pq[i]), |i| quantity(gq[i]));
        if let (Some(pi), Some(gi)) = (pi, gi) {
            let (a, b) = (pq[pi], gq[gi]);
            let checks = [
                (&mut s.kind, a.kind == b.kind, "kind"),
                (&mut s.unit, a.unit == b.unit, "unit"),
                (&mut s.qualifier, a.qualifier == b.qualifier, "qualifier"),
                (&mut s.counted, a.counted == b.counted, "counted"),
            ];
            for (agreement, ok, name) in checks {
                agreement.total += 1;
                agreement.agree += usize::from(ok);
                if !ok {
                    let detail = format!(
                        "{} → kind {} unit {:?} qualifier {:?} counted {:?}; gold kind {} unit {:?} qualifier {:?} counted {:?}",
                        a.text,
                        a.kind,
                        a.unit,
                        a.qualifier.map(|q| q.as_str()),
                        a.counted,
                        b.kind,
                        b.unit,
                        b.qualifier.map(|q| q.as_str()),
                        b.counted
                    );
                    s.attribute_misses.push(Miss::new(doc, "quantities", name, detail));
                }
            }
        }
    }
    // Dates.
    let date = |d: &DateMention| format!("{} = {} @{}", d.text, d.iso, d.start);
    let pairs = match_items(&p.dates, &g.dates, |d| (d.start, d.end), |d| (d.start, d.end), |a, b| a.iso == b.iso);
    for (pi, gi) in pairs {
        s.dates.add(Counts::of_pair(pi, gi));
        record_unmatched(&mut s.misses, doc, "dates", (pi, gi), |i| date(&p.dates[i]), |i| date(&g.dates[i]));
    }
}

impl Scores {
    /// The entity counts of these ids together (micro-averaged).
    pub fn ids(&self, ids: &[&str]) -> Counts {
        let mut total = Counts::default();
        for id in ids {
            if let Some(c) = self.entities_by_id.get(*id) {
                total.add(*c);
            }
        }
        total
    }

    /// A plain-text table of the scores and the mismatches, for people.
    pub fn table(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let row = |out: &mut String, name: &str, c: &Counts| {
            let _ = writeln!(
                out,
                "{name:<22} P {:.3}  R {:.3}  F1 {:.3}  (matched {}, predicted {}, gold {})",
                c.precision(),
                c.recall(),
                c.f1(),
                c.matched,
                c.predicted,
                c.gold
            );
        };
        row(&mut out, "entities", &self.entities);
        row(&mut out, "entities (span+type)", &self.entities_by_type);
        for (kind, c) in &self.entities_per_type {
            row(&mut out, &format!("  {kind}"), c);
        }
        row(&mut out, "required ids", &self.ids(&REQUIRED_IDS));
        row(&mut out, "core ids", &self.ids(&CORE_IDS));
        for (id, c) in &self.entities_by_id {
            row(&mut out, &format!("  {id}"), c);
        }
        row(&mut out, "quantities", &self.quantities);
        for (name, a) in [("kind", &self.kind), ("unit", &self.unit), ("qualifier", &self.qualifier), ("counted", &self.counted)] {
            let _ = writeln!(out, "  {name:<20} {:.3} ({}/{})", a.rate(), a.agree, a.total);
        }
        row(&mut out, "dates", &self.dates);
        for m in self.misses.iter().chain(&self.attribute_misses) {
            let _ = writeln!(out, "{} {} {}: {}", m.doc, m.layer, m.what, m.detail);
        }
        if !self.not_in_gold.is_empty() {
            let _ = writeln!(
                out,
                "{} predicted document(s) not in the gold file, not scored: {}",
                self.not_in_gold.len(),
                self.not_in_gold.join(", ")
            );
        }
        if !self.duplicates.is_empty() {
            let _ = writeln!(out, "{} document(s) given twice, scored once: {}", self.duplicates.len(), self.duplicates.join(", "));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{DocAnnotation, EntityMention, EntityType, QuantityMention};

    fn entity(start: usize, end: usize, id: &str) -> EntityMention {
        EntityMention { start, end, text: String::new(), id: id.into(), kind: EntityType::Organization, sentence: None }
    }

    fn quantity(start: usize, end: usize, value: Option<f64>, kind: QuantityKind) -> QuantityMention {
        QuantityMention {
            start,
            end,
            text: String::new(),
            value,
            kind,
            unit: None,
            qualifier: None,
            counted: None,
            range: None,
            sentence: None,
        }
    }

    fn doc(entities: Vec<EntityMention>, quantities: Vec<QuantityMention>) -> DocAnnotation {
        DocAnnotation { doc: "d".into(), entities, quantities, ..DocAnnotation::default() }
    }

    #[test]
    fn documents_twice_or_outside_the_gold_are_named_and_scored_once() {
        let doc = |name: &str, ids: &[&str]| DocAnnotation {
            doc: name.into(),
            entities: ids.iter().enumerate().map(|(k, id)| entity(10 * k, 10 * k + 5, id)).collect(),
            ..Default::default()
        };
        let gold = vec![doc("a", &["sdf"]), doc("a", &["isis"]), doc("b", &["usa"])];
        let predicted = vec![doc("a", &["sdf"]), doc("a", &["coalition"]), doc("b", &["usa"]), doc("c", &["iraq"])];
        let s = score(&predicted, &gold);
        // The first line of each name counts: a and b match, c is not scored.
        assert_eq!(s.entities, Counts { matched: 2, predicted: 2, gold: 2 });
        assert_eq!(s.not_in_gold, ["c"]);
        assert_eq!(s.duplicates, ["predicted a", "gold a"]);
        assert!(s.table().contains("not in the gold file"));
    }

    #[test]
    fn the_span_index_finds_exactly_the_overlapping_items() {
        let spans: Vec<(usize, usize)> = (0..500).map(|k| (k * 7 % 997, k * 7 % 997 + 1 + k % 13)).collect();
        let index = SpanIndex::new(spans.clone());
        for probe in [(0, 1), (5, 40), (300, 301), (990, 2000), (50, 50)] {
            let expected: Vec<usize> = (0..spans.len()).filter(|&i| overlaps(spans[i], probe)).collect();
            assert_eq!(index.overlapping(probe), expected, "{probe:?}");
        }
    }

    #[test]
    fn overlap_and_key_make_a_match_one_to_one() {
        let gold = [doc(vec![entity(0, 10, "sdf"), entity(20, 30, "isis")], vec![])];
        // Overlapping span, same id: a match. Two predictions for one gold
        // item: one match, one extra. Wrong id: no match.
        let predicted = [doc(vec![entity(2, 8, "sdf"), entity(5, 9, "sdf"), entity(20, 30, "syria")], vec![])];
        let s = score(&predicted, &gold);
        assert_eq!(s.entities, Counts { matched: 1, predicted: 3, gold: 2 });
        assert_eq!(s.entities_by_id["sdf"], Counts { matched: 1, predicted: 2, gold: 1 });
        assert_eq!(s.entities_by_id["isis"].recall(), 0.0);
    }

    #[test]
    fn values_match_within_relative_error_and_vague_amounts_are_ignored() {
        let gold =
            [doc(vec![], vec![quantity(0, 5, Some(7_700_000.0), QuantityKind::Cardinal), quantity(10, 15, None, QuantityKind::Vague)])];
        let predicted = [doc(
            vec![],
            vec![quantity(0, 5, Some(7_700_000.000_000_1), QuantityKind::Cardinal), quantity(10, 15, None, QuantityKind::Vague)],
        )];
        let s = score(&predicted, &gold);
        assert_eq!(s.quantities, Counts { matched: 1, predicted: 1, gold: 1 });
        let wrong = [doc(vec![], vec![quantity(0, 5, Some(7_000_000.0), QuantityKind::Cardinal)])];
        assert_eq!(score(&wrong, &gold).quantities.matched, 0);
    }

    #[test]
    fn entities_also_match_by_overlap_and_type_whatever_their_ids() {
        let person = |start, end, id: &str| EntityMention { kind: EntityType::Person, ..entity(start, end, id) };
        let gold = [doc(vec![entity(0, 10, "sdf"), person(20, 30, "rami_abdulrahman"), entity(40, 50, "un")], vec![])];
        // An unknown id on the right span and type counts; the wrong type
        // does not; ids group into the required and core measures.
        let predicted = [doc(vec![entity(0, 10, "sdf"), person(22, 30, "x_abd_alrhmn"), person(40, 50, "un")], vec![])];
        let s = score(&predicted, &gold);
        assert_eq!(s.entities, Counts { matched: 2, predicted: 3, gold: 3 });
        assert_eq!(s.entities_by_type, Counts { matched: 2, predicted: 3, gold: 3 });
        assert_eq!(s.entities_per_type[&EntityType::Person], Counts { matched: 1, predicted: 2, gold: 1 });
        assert_eq!(s.entities_per_type[&EntityType::Organization], Counts { matched: 1, predicted: 1, gold: 2 });
        assert_eq!(s.ids(&REQUIRED_IDS), Counts { matched: 1, predicted: 1, gold: 1 });
        assert!(s.table().contains("entities (span+type)"));
    }

    #[test]
    fn a_missing_document_counts_as_all_missed() {
        let gold = [doc(vec![entity(0, 3, "sdf")], vec![])];
        let s = score(&[], &gold);
        assert_eq!(s.entities, Counts { matched: 0, predicted: 0, gold: 1 });
        assert_eq!(s.entities.f1(), 0.0);
    }
}
