//! Training the model: a structured averaged perceptron over labelled
//! sentences, deterministic (the same sentences give the same model, byte
//! for byte), and span-level scores on held-out sentences.

use super::features::{edge_feature, word_features, Lexicons, BIAS};
use super::{names, Label, NerModel, Scores, LABELS};
use crate::gazetteer::Gazetteer;
use crate::EntityType;
use khabar_tokenize::Tokens;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// A sentence with one label per token of `text`, as the gazetteer's
/// tokenizer splits it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labelled {
    /// The sentence.
    pub text: String,
    /// One label per token.
    pub labels: Vec<Label>,
}

impl Labelled {
    /// The labels with every I- that does not continue a name of its type
    /// made a B- (corpora and their alignment to khabar's tokens leave a
    /// few): the sequences decoding can give.
    pub fn repaired(&self) -> Vec<Label> {
        let mut out = self.labels.clone();
        for i in 0..out.len() {
            let prev = i.checked_sub(1).map(|p| out[p]);
            if !out[i].may_follow(prev) {
                out[i] = match out[i] {
                    Label::IPer => Label::BPer,
                    Label::IOrg => Label::BOrg,
                    Label::ILoc => Label::BLoc,
                    other => other,
                };
            }
        }
        out
    }
}

/// Options of the trainer.
#[derive(Clone, Copy, Debug)]
pub struct TrainConfig {
    /// Passes over the sentences.
    pub epochs: usize,
    /// A feature seen fewer times than this in training gets no weight.
    pub min_count: usize,
    /// Averaged weights closer to zero than this are dropped from the
    /// model file.
    pub prune_below: f32,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig { epochs: 8, min_count: 2, prune_below: 0.005 }
    }
}

/// The features of every token of a sentence, by feature index.
fn sentence_features(tokens: &Tokens<'_>, lex: &Lexicons, ids: &mut FxHashMap<String, u32>, add: bool) -> Vec<Vec<u32>> {
    let mut per_token = Vec::with_capacity(tokens.len());
    let mut buf = Vec::new();
    for i in 0..tokens.len() {
        buf.clear();
        buf.push(BIAS.to_string());
        let mut push = |f: &str| buf.push(f.to_string());
        if let Some(token) = tokens.get(i) {
            word_features(&token, lex, "", &mut push);
        }
        match i.checked_sub(1).and_then(|p| tokens.get(p)) {
            Some(prev) => word_features(&prev, lex, "-", &mut push),
            None => push(&edge_feature("-")),
        }
        match tokens.get(i + 1) {
            Some(next) => word_features(&next, lex, "+", &mut push),
            None => push(&edge_feature("+")),
        }
        let mut feats = Vec::with_capacity(buf.len());
        for f in buf.drain(..) {
            let next_id = ids.len() as u32;
            let id = if add { Some(*ids.entry(f).or_insert(next_id)) } else { ids.get(&f).copied() };
            if let Some(id) = id {
                feats.push(id);
            }
        }
        per_token.push(feats);
    }
    per_token
}

/// The weights while training, with the sums that averaging needs.
struct Weights {
    w: Vec<Scores>,
    /// Σ step × update, per weight: the average is `w - u / steps`.
    u: Vec<Scores>,
    t: [[f32; LABELS]; LABELS + 1],
    tu: [[f32; LABELS]; LABELS + 1],
    step: f32,
}

impl Weights {
    fn emissions(&self, feats: &[Vec<u32>]) -> Vec<Scores> {
        feats
            .iter()
            .map(|fs| {
                let mut e = [0f32; LABELS];
                for &f in fs {
                    for (s, w) in e.iter_mut().zip(&self.w[f as usize]) {
                        *s += w;
                    }
                }
                e
            })
            .collect()
    }

    fn update(&mut self, feats: &[u32], label: Label, by: f32) {
        for &f in feats {
            self.w[f as usize][label.index()] += by;
            self.u[f as usize][label.index()] += self.step * by;
        }
    }

    fn update_transition(&mut self, from: usize, to: Label, by: f32) {
        self.t[from][to.index()] += by;
        self.tu[from][to.index()] += self.step * by;
    }
}

/// A deterministic shuffle (xorshift), so that every run trains the same
/// model.
fn shuffled(n: usize, epoch: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ (epoch as u64 + 1).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    order
}

/// Trains a model on `sentences`, with the gazetteer's words as features.
pub fn train(sentences: &[Labelled], gazetteer: &Gazetteer, config: TrainConfig) -> NerModel {
    let lex = super::features::Lexicons::of(gazetteer);
    let tokenizer = gazetteer.tokenizer();
    // Count features first: only those seen often enough get a weight.
    let mut counts: FxHashMap<String, u32> = FxHashMap::default();
    let mut all: Vec<(Vec<Vec<u32>>, Vec<Label>)> = Vec::with_capacity(sentences.len());
    {
        let mut seen: FxHashMap<String, u32> = FxHashMap::default();
        let mut raw = Vec::with_capacity(sentences.len());
        for s in sentences {
            let tokens = tokenizer.tokenize(&s.text);
            if tokens.len() != s.labels.len() {
                continue;
            }
            raw.push((sentence_features(&tokens, &lex, &mut seen, true), s.repaired()));
        }
        let mut tally = vec![0u32; seen.len()];
        for (feats, _) in &raw {
            for fs in feats {
                for &f in fs {
                    tally[f as usize] += 1;
                }
            }
        }
        // Keep the frequent features, renumbered in name order.
        let mut kept: Vec<(String, u32)> = seen.into_iter().filter(|(_, id)| tally[*id as usize] as usize >= config.min_count).collect();
        kept.sort_unstable();
        let renumber: FxHashMap<u32, u32> = kept.iter().enumerate().map(|(new, (_, old))| (*old, new as u32)).collect();
        for (k, (name, _)) in kept.into_iter().enumerate() {
            counts.insert(name, k as u32);
        }
        for (feats, labels) in raw {
            let feats = feats.into_iter().map(|fs| fs.into_iter().filter_map(|f| renumber.get(&f).copied()).collect()).collect();
            all.push((feats, labels));
        }
    }
    let mut weights = Weights {
        w: vec![[0.0; LABELS]; counts.len()],
        u: vec![[0.0; LABELS]; counts.len()],
        t: [[0.0; LABELS]; LABELS + 1],
        tu: [[0.0; LABELS]; LABELS + 1],
        step: 1.0,
    };
    let mut model = NerModel::default();
    let mut predicted = Vec::new();
    for epoch in 0..config.epochs {
        for k in shuffled(all.len(), epoch) {
            let (feats, gold) = &all[k];
            model.transitions = weights.t;
            model.viterbi(&weights.emissions(feats), None, false, &mut predicted);
            for i in 0..gold.len() {
                let (g, p) = (gold[i], predicted[i]);
                if g != p {
                    weights.update(&feats[i], g, 1.0);
                    weights.update(&feats[i], p, -1.0);
                }
                let (gp, pp) = if i == 0 { (LABELS, LABELS) } else { (gold[i - 1].index(), predicted[i - 1].index()) };
                if (gp, g) != (pp, p) {
                    weights.update_transition(gp, g, 1.0);
                    weights.update_transition(pp, p, -1.0);
                }
            }
            weights.step += 1.0;
        }
    }
    // The averaged weights.
    let steps = weights.step;
    let average = |w: &Scores, u: &Scores| {
        let mut a = [0f32; LABELS];
        for k in 0..LABELS {
            a[k] = w[k] - u[k] / steps;
        }
        a
    };
    let mut out = NerModel::default();
    for from in 0..=LABELS {
        out.transitions[from] = average(&weights.t[from], &weights.tu[from]).map(round);
    }
    for (name, id) in counts {
        let a =
            average(&weights.w[id as usize], &weights.u[id as usize]).map(|w| if w.abs() < config.prune_below { 0.0 } else { round(w) });
        if a.iter().any(|&w| w != 0.0) {
            out.weights.insert(name.into_boxed_str(), a);
        }
    }
    out
}

/// Three decimals are plenty for a perceptron's weights, and keep the
/// model file small.
fn round(w: f32) -> f32 {
    (w * 1000.0).round() / 1000.0
}

/// Span-level scores: exact span and type.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpanScores {
    /// (matched, predicted, gold) over all types.
    pub all: (usize, usize, usize),
    /// The same per type.
    pub by_type: BTreeMap<EntityType, (usize, usize, usize)>,
}

impl SpanScores {
    /// Precision, recall and F1 of counts.
    pub fn prf((matched, predicted, gold): (usize, usize, usize)) -> (f64, f64, f64) {
        let p = if predicted == 0 { 1.0 } else { matched as f64 / predicted as f64 };
        let r = if gold == 0 { 1.0 } else { matched as f64 / gold as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
}

/// Scores `model` on `sentences` by exact span and type.
pub fn evaluate(model: &NerModel, sentences: &[Labelled], gazetteer: &Gazetteer) -> SpanScores {
    let lex = super::features::Lexicons::of(gazetteer);
    let tokenizer = gazetteer.tokenizer();
    let mut scores = SpanScores::default();
    let mut labels = Vec::new();
    for s in sentences {
        let tokens = tokenizer.tokenize(&s.text);
        if tokens.len() != s.labels.len() {
            continue;
        }
        let words: Vec<_> = tokens.iter().map(|t| model.word_scores(&t, &lex)).collect();
        let edge = model.edge_scores();
        let emissions: Vec<Scores> = (0..words.len())
            .map(|i| {
                let mut e = words[i].own;
                let prev = if i > 0 { &words[i - 1].as_prev } else { &edge.as_prev };
                let next = if i + 1 < words.len() { &words[i + 1].as_next } else { &edge.as_next };
                for k in 0..LABELS {
                    e[k] += prev[k] + next[k];
                }
                e
            })
            .collect();
        model.viterbi(&emissions, None, false, &mut labels);
        let predicted = names(&labels);
        let gold = names(&s.repaired());
        let mut tally = |kind: EntityType, m: usize, p: usize, g: usize| {
            let e = scores.by_type.entry(kind).or_default();
            e.0 += m;
            e.1 += p;
            e.2 += g;
            scores.all.0 += m;
            scores.all.1 += p;
            scores.all.2 += g;
        };
        for &(a, b, kind) in &predicted {
            tally(kind, usize::from(gold.contains(&(a, b, kind))), 1, 0);
        }
        for &(_, _, kind) in &gold {
            tally(kind, 0, 0, 1);
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str, labels: &[&str]) -> Labelled {
        Labelled { text: text.to_string(), labels: labels.iter().map(|l| Label::parse(l)).collect() }
    }

    #[test]
    fn training_learns_a_pattern_and_is_deterministic() {
        let gazetteer = Gazetteer::empty();
        let mut sentences = Vec::new();
        for name in ["سامر", "كريم", "نادر", "وسيم", "ماهر", "باسم"] {
            sentences.push(labelled(&format!("قال العقيد {name} إن الوضع هادئ"), &["O", "O", "B-PER", "O", "O", "O"]));
            sentences.push(labelled(&format!("زار الوفد مدينة {name}ة أمس"), &["O", "O", "O", "B-LOC", "O"]));
        }
        let config = TrainConfig { min_count: 1, ..TrainConfig::default() };
        let model = train(&sentences, &gazetteer, config);
        let scores = evaluate(&model, &sentences, &gazetteer);
        assert_eq!(scores.all.0, scores.all.2, "{scores:?}");
        // A name it never saw, in a context it learned.
        let unseen = [labelled("قال العقيد فارس إن الوضع هادئ", &["O", "O", "B-PER", "O", "O", "O"])];
        assert_eq!(evaluate(&model, &unseen, &gazetteer).all, (1, 1, 1));
        let mut a = Vec::new();
        let mut b = Vec::new();
        model.write(&mut a).unwrap();
        train(&sentences, &gazetteer, config).write(&mut b).unwrap();
        assert_eq!(a, b);
        assert_eq!(NerModel::read(&a).unwrap().weights, model.weights);
    }
}
