//! An accumulator's state as data: a partial report that another process
//! resumes and merges, so that a report scales out as annotating does
//! (Spark aggregates each partition into a partial and merges the partials
//! in a tree), in bounded memory at each step, and the final report is the
//! one a single run gives.

use super::{Accumulator, ActorTally, DateTally, Examples, PairTally, SeriesTally, Value, ValueTally};
use crate::model::{Corpus, DocumentSummary, FailedInput, ReportBuilder};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What tells a partial report from other JSON (its first key).
pub const PARTIAL_MARK: &str = "khabar_partial";

/// The format of partial reports this build writes and reads.
const FORMAT: u32 = 1;

/// What values are compared under: `action · measure`, and the scope.
type MeasureKey = (String, String);

/// An accumulator's state: `Accumulator::into_partial` makes it,
/// `ReportBuilder::resume` turns it back into an accumulator. Its JSON form
/// is a partial report file; every list in it is sorted, so the same
/// documents give the same file.
#[derive(Serialize, Deserialize)]
pub struct PartialReport {
    /// The format's number, under the key that marks the file.
    khabar_partial: u32,
    /// The program and version that made it: partials of another version
    /// are not merged (their figures may have been read differently).
    pub generator: String,
    names: Vec<String>,
    corpus: Corpus,
    sources: Vec<(String, usize)>,
    actors: Vec<(String, ActorTally)>,
    groups: Vec<(String, Examples)>,
    series: Vec<((String, String, String), SeriesTally)>,
    measures: Vec<(MeasureKey, Vec<(Value, ValueTally)>)>,
    dates: Vec<((bool, String), DateTally)>,
    pairs: Vec<((String, String), PairTally)>,
    documents: Vec<DocumentSummary>,
    #[serde(default)]
    failed: Vec<FailedInput>,
    #[serde(default)]
    producers: Vec<(String, usize)>,
    #[serde(default)]
    entity_names: Vec<(String, khabar_wire::NamedEntity)>,
}

/// A partial report that cannot be resumed.
#[derive(Debug, thiserror::Error)]
pub enum PartialError {
    /// Made by another version of khabar.
    #[error("made by {found}, not {expected}: partial reports merge only with those of the same version")]
    Version {
        /// The version that made it.
        found: String,
        /// This one.
        expected: String,
    },
    /// Of another format.
    #[error("a partial report of format {0}, not {FORMAT}")]
    Format(u32),
}

fn generator() -> String {
    format!("khabar {}", env!("CARGO_PKG_VERSION"))
}

fn sorted<K: Ord, V>(items: impl IntoIterator<Item = (K, V)>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = items.into_iter().collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

impl Accumulator<'_> {
    /// The state, as data to write out and resume elsewhere.
    pub fn into_partial(self) -> PartialReport {
        let mut groups = sorted(self.groups);
        for (_, g) in &mut groups {
            g.prune(super::corpus_order);
        }
        PartialReport {
            khabar_partial: FORMAT,
            generator: generator(),
            names: self.names.iter().map(|n| n.to_string()).collect(),
            corpus: self.corpus,
            sources: self.sources.into_iter().collect(),
            actors: sorted(self.actors),
            groups,
            series: self.series.into_iter().collect(),
            measures: self.measures.into_iter().map(|(k, values)| (k, values.into_iter().collect())).collect(),
            dates: sorted(self.dates),
            pairs: sorted(self.pairs),
            documents: self.documents,
            producers: self.producers.into_iter().collect(),
            entity_names: self.entity_names.into_iter().collect(),
            failed: {
                let mut failed = self.failed;
                super::prune_failed(&mut failed);
                failed
            },
        }
    }
}

impl ReportBuilder {
    /// An accumulator holding what `partial` holds, to add documents to,
    /// merge with others and finish.
    pub fn resume(&self, partial: PartialReport) -> Result<Accumulator<'_>, PartialError> {
        if partial.khabar_partial != FORMAT {
            return Err(PartialError::Format(partial.khabar_partial));
        }
        if partial.generator != generator() {
            return Err(PartialError::Version { found: partial.generator, expected: generator() });
        }
        let mut acc = self.accumulator();
        acc.names = partial.names.into_iter().map(Arc::from).collect();
        acc.seen = acc.names.iter().cloned().collect();
        acc.serial = u32::try_from(acc.names.len()).unwrap_or(u32::MAX);
        acc.corpus = partial.corpus;
        acc.sources = partial.sources.into_iter().collect();
        acc.actors = partial.actors.into_iter().collect();
        acc.groups = partial.groups.into_iter().collect();
        acc.series = partial.series.into_iter().collect();
        acc.measures = partial.measures.into_iter().map(|(k, values)| (k, values.into_iter().collect())).collect();
        acc.dates = partial.dates.into_iter().collect();
        acc.pairs = partial.pairs.into_iter().collect();
        acc.documents = partial.documents;
        acc.failed = partial.failed;
        acc.producers = partial.producers.into_iter().collect();
        acc.entity_names = partial.entity_names.into_iter().collect();
        Ok(acc)
    }
}

#[cfg(test)]
mod tests {
    use crate::{Glossary, ReportBuilder};
    use khabar_wire::{ClaimMention, DateKind, DateMention, DocAnnotation, EntityMention, EntityType, QuantityKind, QuantityMention};

    fn doc(name: &str, value: f64, when: &str) -> DocAnnotation {
        DocAnnotation {
            doc: name.into(),
            entities: vec![
                EntityMention {
                    start: 0, end: 3, text: "قسد".into(), id: "sdf".into(), kind: EntityType::Organization, sentence: Some(0)
                },
                EntityMention {
                    start: 4,
                    end: 8,
                    text: "داعش".into(),
                    id: "isis".into(),
                    kind: EntityType::Organization,
                    sentence: Some(0),
                },
            ],
            quantities: vec![QuantityMention {
                start: 10,
                end: 12,
                text: "5".into(),
                value: Some(value),
                kind: QuantityKind::Cardinal,
                unit: None,
                qualifier: None,
                counted: Some("مقاتل".into()),
                range: None,
                sentence: Some(0),
            }],
            dates: vec![DateMention {
                start: 20,
                end: 24,
                text: when.into(),
                iso: when.into(),
                kind: DateKind::Year,
                relative: None,
                resolved: None,
                anchor: None,
                sentence: Some(0),
            }],
            claims: vec![ClaimMention {
                quantity: Some(0),
                start: 10,
                end: 12,
                claimant: Some("sdf".into()),
                claimant_text: None,
                speaker: None,
                actor: Some("sdf".into()),
                action: "killed".into(),
                when: Some(when.into()),
                when_from: None,
                total: true,
            }],
            ..Default::default()
        }
    }

    #[test]
    fn partials_written_out_and_merged_give_the_single_report() {
        let builder = ReportBuilder::new([], Glossary::default());
        let docs: Vec<DocAnnotation> =
            (0..9).map(|k| doc(&format!("d{k}.txt"), 100.0 + f64::from(k % 4) * 10.0, &format!("{}", 2014 + k % 3))).collect();
        let single = builder.build(&docs);
        // Three partitions, each written out as JSON and read back, merged
        // in a tree: (0 + 1) + 2.
        let partial = |part: &[DocAnnotation]| {
            let mut acc = builder.accumulator();
            for d in part {
                acc.add(d);
            }
            serde_json::to_string(&acc.into_partial()).unwrap()
        };
        let parts: Vec<String> = docs.chunks(3).map(partial).collect();
        assert!(parts[0].starts_with("{\"khabar_partial\":1,"));
        let resume = |json: &str| builder.resume(serde_json::from_str(json).unwrap()).unwrap();
        let mut left = resume(&parts[0]);
        left.merge(resume(&parts[1])).unwrap();
        let left = serde_json::to_string(&left.into_partial()).unwrap();
        let mut all = resume(&left);
        all.merge(resume(&parts[2])).unwrap();
        let merged = all.finish();
        assert_eq!(serde_json::to_string(&merged).unwrap(), serde_json::to_string(&single).unwrap());
        // The same partial twice is refused, not counted twice.
        let mut twice = resume(&parts[0]);
        assert!(twice.merge(resume(&parts[0])).is_err());
    }

    #[test]
    fn a_partial_of_another_version_is_refused() {
        let builder = ReportBuilder::new([], Glossary::default());
        let json = serde_json::to_string(&builder.accumulator().into_partial()).unwrap().replace("khabar 0.", "khabar 99.");
        let error = builder.resume(serde_json::from_str(&json).unwrap()).err().unwrap();
        assert!(error.to_string().contains("khabar 99."), "{error}");
    }
}
