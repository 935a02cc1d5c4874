//! Scoring claims against a gold file, as docs/CLAIMS.md §6 says: within a
//! document, each gold claim in order takes the unused predicted claim
//! whose quantity span overlaps it most (one to one); coverage is the share
//! of gold claims matched, and claimant, action and actor accuracy the
//! share of gold claims whose match agrees (an unmatched gold claim counts
//! as wrong). `null`, `""` and a missing field are equal; ids compare
//! trimmed and case-insensitively. A lenient claimant score also accepts
//! the gold speaker.

use crate::wire::{ClaimMention, DocAnnotation};
use std::collections::BTreeMap;

/// The claim scores of a run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimScores {
    /// Gold claims.
    pub gold: usize,
    /// Gold claims with a matched prediction.
    pub matched: usize,
    /// Matches with the gold claimant.
    pub claimant: usize,
    /// Matches whose claimant is the gold claimant or the gold speaker.
    pub claimant_lenient: usize,
    /// Matches with the gold action.
    pub action: usize,
    /// Matches with the gold actor.
    pub actor: usize,
    /// Matches with the gold speaker.
    pub speaker: usize,
    /// Predicted claims that match no gold claim.
    pub extra: usize,
    /// Each disagreement, for reading: (document, gold text, field, predicted, gold).
    pub misses: Vec<(String, String, &'static str, String, String)>,
}

/// A field as compared: trimmed, lowercase, empty for null.
fn key(v: Option<&str>) -> String {
    v.unwrap_or("").trim().to_lowercase()
}

/// The span of a predicted claim: its own, or its quantity's.
fn span_of(doc: &DocAnnotation, c: &ClaimMention) -> (usize, usize) {
    match c.quantity.and_then(|k| doc.quantities.get(k)) {
        Some(q) if c.start == c.end => (q.start, q.end),
        _ => (c.start, c.end),
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Scores `predicted` claims against `gold` claims (documents by name).
pub fn score_claims(predicted: &[DocAnnotation], gold: &[DocAnnotation]) -> ClaimScores {
    let by_name: BTreeMap<&str, &DocAnnotation> = predicted.iter().map(|d| (d.doc.as_str(), d)).collect();
    let mut s = ClaimScores::default();
    for g in gold {
        let p = by_name.get(g.doc.as_str());
        let mut used = vec![false; p.map_or(0, |p| p.claims.len())];
        let index = crate::eval::SpanIndex::new(p.map_or_else(Vec::new, |p| p.claims.iter().map(|c| span_of(p, c)).collect()));
        let gold_text: std::collections::HashMap<(usize, usize), &str> =
            g.quantities.iter().map(|q| ((q.start, q.end), q.text.as_str())).collect();
        for gc in &g.claims {
            s.gold += 1;
            let gold_span = (gc.start, gc.end);
            let best = p.and_then(|p| {
                index
                    .overlapping(gold_span)
                    .into_iter()
                    .filter(|k| !used[*k])
                    .map(|k| (k, overlap(span_of(p, &p.claims[k]), gold_span)))
                    .filter(|(_, o)| *o > 0)
                    .max_by_key(|(k, o)| (*o, std::cmp::Reverse(*k)))
            });
            let text = gold_text.get(&gold_span).map_or_else(|| format!("@{}", gc.start), |t| t.to_string());
            let Some((k, _)) = best else {
                s.misses.push((g.doc.clone(), text, "coverage", "-".into(), "claim".into()));
                continue;
            };
            used[k] = true;
            s.matched += 1;
            let pc = &p.expect("a match has a prediction").claims[k];
            let mut agree = |field: &'static str, predicted: Option<&str>, gold: Option<&str>| {
                let same = key(predicted) == key(gold);
                if !same {
                    s.misses.push((g.doc.clone(), text.clone(), field, key(predicted), key(gold)));
                }
                usize::from(same)
            };
            s.claimant += agree("claimant", pc.claimant.as_deref(), gc.claimant.as_deref());
            s.action += agree("action", Some(pc.action.as_str()), Some(gc.action.as_str()));
            s.actor += agree("actor", pc.actor.as_deref(), gc.actor.as_deref());
            s.claimant_lenient += usize::from(
                key(pc.claimant.as_deref()) == key(gc.claimant.as_deref())
                    || (gc.speaker.is_some() && key(pc.claimant.as_deref()) == key(gc.speaker.as_deref())),
            );
            s.speaker += usize::from(key(pc.speaker.as_deref()) == key(gc.speaker.as_deref()));
        }
        s.extra += used.iter().filter(|u| !**u).count();
    }
    s
}

impl ClaimScores {
    fn rate(&self, n: usize) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            n as f64 / self.gold as f64
        }
    }

    /// Share of gold claims matched.
    pub fn coverage(&self) -> f64 {
        self.rate(self.matched)
    }

    /// Claimant accuracy over gold claims.
    pub fn claimant_accuracy(&self) -> f64 {
        self.rate(self.claimant)
    }

    /// Action accuracy over gold claims.
    pub fn action_accuracy(&self) -> f64 {
        self.rate(self.action)
    }

    /// Actor accuracy over gold claims.
    pub fn actor_accuracy(&self) -> f64 {
        self.rate(self.actor)
    }

    /// The summary line and the disagreements, for people.
    pub fn table(&self) -> String {
        use std::fmt::Write;
        let mut out = format!(
            "claims                 coverage {:.3} claimant {:.3} action {:.3} actor {:.3} (lenient claimant {:.3}, speaker {:.3}; gold {}, extra {})\n",
            self.coverage(),
            self.claimant_accuracy(),
            self.action_accuracy(),
            self.actor_accuracy(),
            self.rate(self.claimant_lenient),
            self.rate(self.speaker),
            self.gold,
            self.extra
        );
        for (doc, text, field, predicted, gold) in &self.misses {
            let _ = writeln!(out, "{doc} claims {field}: {text} → {predicted:?}; gold {gold:?}");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(start: usize, end: usize, claimant: Option<&str>, action: &str) -> ClaimMention {
        ClaimMention {
            quantity: None,
            start,
            end,
            claimant: claimant.map(String::from),
            claimant_text: None,
            speaker: None,
            actor: None,
            action: action.into(),
            when: None,
            when_from: None,
            total: false,
        }
    }

    fn doc(claims: Vec<ClaimMention>) -> DocAnnotation {
        DocAnnotation { doc: "d".into(), claims, ..DocAnnotation::default() }
    }

    #[test]
    fn gold_claims_take_the_most_overlapping_prediction_once() {
        let gold = [doc(vec![claim(0, 10, Some("coalition"), "freed"), claim(20, 30, None, "other")])];
        // The first prediction overlaps both gold claims a little; the
        // second overlaps the first more.
        let predicted = [doc(vec![claim(8, 22, Some("sdf"), "freed"), claim(0, 9, Some(" Coalition"), "killed")])];
        let s = score_claims(&predicted, &gold);
        assert_eq!((s.gold, s.matched, s.extra), (2, 2, 0));
        // Gold 1 takes the larger overlap (0..9): claimant right (ids compare
        // trimmed, whatever their case), action wrong. Gold 2 takes the
        // other: claimant wrong (sdf against null), action wrong.
        assert_eq!((s.claimant, s.action), (1, 0));
        assert_eq!(s.coverage(), 1.0);
    }

    #[test]
    fn an_unmatched_gold_claim_counts_as_wrong_and_extras_are_counted() {
        let gold = [doc(vec![claim(0, 10, None, "other")])];
        let predicted = [doc(vec![claim(40, 50, None, "other")])];
        let s = score_claims(&predicted, &gold);
        assert_eq!((s.matched, s.claimant, s.extra), (0, 0, 1));
        assert_eq!(s.claimant_accuracy(), 0.0);
    }
}
