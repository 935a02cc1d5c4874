//! Matching aliases over tokens and applying the context rules.

use crate::gazetteer::{latin_key, AliasEntry, AliasRule, Gazetteer};
use khabar_tokenize::{Span, Token, TokenKind, Tokenizer, Tokens};

/// An entity mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Original span of the name, without proclitics or quotes around it.
    /// Where ل merged with the article (للتحالف) it starts at the second lam.
    pub span: Span,
    /// Index of the entity in the gazetteer ([`Gazetteer::entity`]).
    pub entity: usize,
    /// True when the mention is a short name (a surname, التحالف) linked by
    /// context rather than a full name.
    pub by_context: bool,
}

/// The entity tagger. Build once, call [`Tagger::tag`] from any thread.
#[derive(Clone, Debug, Default)]
pub struct Tagger {
    gazetteer: Gazetteer,
    tokenizer: Tokenizer,
}

/// A longest match before the context rules decide.
struct Candidate<'g> {
    span: Span,
    first: usize,
    end: usize,
    entries: &'g [AliasEntry],
    prefixed: bool,
}

fn is_quote(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct && matches!(t.text, "\"" | "“" | "”" | "«" | "»" | "'" | "‘" | "’" | "„")
}

impl Tagger {
    /// A tagger over `gazetteer`.
    pub fn new(gazetteer: Gazetteer) -> Tagger {
        Tagger { gazetteer, tokenizer: Tokenizer::default() }
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Tokenizes `text` and tags it.
    pub fn tag(&self, text: &str) -> Vec<Mention> {
        self.tag_tokens(&self.tokenizer.tokenize(text))
    }

    /// Tags tokens made by `khabar-tokenize` with the default
    /// normalization. Mentions come in text order and never overlap. Never
    /// fails, never panics.
    pub fn tag_tokens(&self, tokens: &Tokens<'_>) -> Vec<Mention> {
        let candidates = self.candidates(tokens);
        self.resolve(tokens, candidates)
    }

    /// Leftmost-longest alias matches: outer names swallow the names inside
    /// them.
    fn candidates<'g>(&'g self, toks: &Tokens<'_>) -> Vec<Candidate<'g>> {
        // About one name per sixteen tokens in news text: sized so that
        // most documents never regrow it.
        let mut out = Vec::with_capacity(toks.len() / 16);
        let mut buf = String::new();
        let mut i = 0;
        while let (Some(kind), Some(norm)) = (toks.kind(i), toks.norm(i)) {
            // Most tokens start no alias under any reading (Latin words are
            // keyed by case, not by their normalized form): they are passed
            // over without building their view.
            if kind != TokenKind::Latin && !self.gazetteer.first_words.may_hold_a_reading_of(norm) {
                i += 1;
                continue;
            }
            let Some(tok) = toks.get(i) else { break };
            let mut best: Option<Candidate<'g>> = None;
            let consider = |start: usize, key: &str, prefixed: bool, best: &mut Option<Candidate<'g>>| {
                if !self.gazetteer.first_words.may_contain(key) {
                    return;
                }
                let Some(&node) = self.gazetteer.nodes[0].next.get(key) else { return };
                if let Some((end, node)) = self.walk(toks, i + 1, node) {
                    let longer = best.as_ref().is_none_or(|b| end > b.end);
                    if longer {
                        let span = Span::new(start, toks.get(end - 1).map_or(start, |t| t.span.end));
                        *best = Some(Candidate { span, first: i, end, entries: &self.gazetteer.nodes[node].ends, prefixed });
                    }
                }
            };
            match tok.kind {
                TokenKind::Arabic if tok.may_have_proclitic() => {
                    for split in tok.splits() {
                        consider(split.stem.start, split.dictionary_form(&mut buf), !split.is_unsplit(), &mut best);
                    }
                }
                TokenKind::Latin => {
                    consider(tok.span.start, &latin_key(tok.norm), false, &mut best);
                    consider(tok.span.start, &tok.norm.to_lowercase(), false, &mut best);
                }
                _ => consider(tok.span.start, tok.norm, false, &mut best),
            }
            match best {
                Some(c) => {
                    i = c.end.max(i + 1);
                    out.push(c);
                }
                None => i += 1,
            }
        }
        out
    }

    /// Follows the trie from `node` over the tokens from `j`, skipping quote
    /// marks inside a name (قوات “سوريا الديمقراطية”). Returns the end of the
    /// longest alias found and its node.
    fn walk(&self, toks: &Tokens<'_>, mut j: usize, mut node: usize) -> Option<(usize, usize)> {
        let nodes = &self.gazetteer.nodes;
        let mut best = (!nodes[node].ends.is_empty()).then_some((j, node));
        let next_of = |node: usize, t: &Token<'_>| -> Option<usize> {
            let n = &nodes[node].next;
            if t.kind == TokenKind::Latin {
                n.get(&latin_key(t.norm)).or_else(|| n.get(&t.norm.to_lowercase())).copied()
            } else {
                n.get(t.norm).copied()
            }
        };
        while let Some(t) = toks.get(j) {
            let step = match next_of(node, &t) {
                Some(n) => Some((n, j + 1)),
                None if is_quote(&t) => toks.get(j + 1).and_then(|u| next_of(node, &u)).map(|n| (n, j + 2)),
                None => None,
            };
            let Some((n, after)) = step else { break };
            node = n;
            j = after;
            if !nodes[node].ends.is_empty() {
                best = Some((j, node));
            }
        }
        best
    }

    fn resolve(&self, toks: &Tokens<'_>, candidates: Vec<Candidate<'_>>) -> Vec<Mention> {
        let g = &self.gazetteer;
        // Full names first: they decide what short names refer to. Both
        // tables are sorted vectors, not maps: a document names a few dozen
        // entities, and building maps per document cost more than the search.
        let mut full_at: Vec<(usize, usize)> = Vec::with_capacity(candidates.len()); // (entity, first token), sorted below
        let mut full_ending_at: Vec<(usize, usize)> = Vec::with_capacity(candidates.len()); // (end token, first token), in text order
        let mut chosen: Vec<Option<Mention>> = Vec::with_capacity(candidates.len());
        for c in &candidates {
            let mut pick = None;
            for e in c.entries {
                let ok = match &e.rule {
                    AliasRule::Full => true,
                    AliasRule::After(seqs) => seqs.iter().any(|s| self.preceded_by(toks, c.first, s)),
                    AliasRule::Guarded => c.prefixed || self.guard_ok(toks, c.first),
                    AliasRule::Short => false,
                };
                if ok {
                    pick = Some(e.entity);
                    break;
                }
            }
            if let Some(entity) = pick {
                full_at.push((entity, c.first));
                full_ending_at.push((c.end, c.first));
            }
            chosen.push(pick.map(|entity| Mention { span: c.span, entity, by_context: false }));
        }
        full_at.sort_unstable();
        // Short names: the nearest full mention of a candidate entity, else
        // a title before it, else an entity that may go by it alone.
        for (c, slot) in candidates.iter().zip(chosen.iter_mut()) {
            if slot.is_some() {
                continue;
            }
            let shorts: Vec<usize> = c.entries.iter().filter(|e| e.rule == AliasRule::Short).map(|e| e.entity).collect();
            if shorts.is_empty() {
                continue;
            }
            // إلهام عبدي: a given name before a short name that is not one of
            // our aliases is someone else.
            if c.first > 0 && !c.prefixed && toks.get(c.first - 1).is_some_and(|t| g.given_names.contains(t.norm)) {
                continue;
            }
            // Distance to each candidate's nearest full mention, one before
            // ranking ahead of one after (a surname usually follows the name).
            let nearest = shorts
                .iter()
                .filter_map(|&e| {
                    let positions = &full_at[full_at.partition_point(|&(f, _)| f < e)..full_at.partition_point(|&(f, _)| f <= e)];
                    let k = positions.partition_point(|&(_, p)| p < c.first);
                    let before = k.checked_sub(1).map(|k| (0, c.first - positions[k].1));
                    let after = positions.get(k).map(|&(_, p)| (1, p - c.first));
                    before.or(after).map(|d| (d, e))
                })
                .min()
                .map(|(_, e)| e);
            let entity = nearest // With a title, the entity listed first (the most prominent) takes it.
                .or_else(|| self.titled(toks, c.first, &full_ending_at).then(|| shorts[0]))
                .or_else(|| {
                    let alone: Vec<usize> = shorts.iter().copied().filter(|&e| g.entities[e].short_alone).collect();
                    (alone.len() == 1).then(|| alone[0])
                });
            if let Some(entity) = entity {
                *slot = Some(Mention { span: c.span, entity, by_context: true });
            }
        }
        chosen.into_iter().flatten().collect()
    }

    /// The tokens before `first` (quotes skipped) are `seq`.
    fn preceded_by(&self, toks: &Tokens<'_>, first: usize, seq: &[String]) -> bool {
        let mut j = first;
        for word in seq.iter().rev() {
            loop {
                if j == 0 {
                    return false;
                }
                j -= 1;
                if !toks.get(j).is_some_and(|t| is_quote(&t)) {
                    break;
                }
            }
            if toks.get(j).is_none_or(|t| t.norm != word) {
                return false;
            }
        }
        true
    }

    /// A title stands right before the name, or before the organization
    /// name that stands right before it (زعيم داعش البغدادي).
    fn titled(&self, toks: &Tokens<'_>, first: usize, full_ending_at: &[(usize, usize)]) -> bool {
        let titled_at = |at: usize| self.gazetteer.titles.iter().any(|t| self.preceded_by(toks, at, t));
        let full_ending_here = full_ending_at.binary_search_by_key(&first, |&(end, _)| end).ok().map(|k| full_ending_at[k].1);
        titled_at(first) || full_ending_here.is_some_and(titled_at)
    }

    /// A guarded alias is the name after a preposition, punctuation, a line
    /// break or the start of the text, never right after a noun.
    fn guard_ok(&self, toks: &Tokens<'_>, first: usize) -> bool {
        if first == 0 || toks.line_break_before(first) {
            return true;
        }
        let Some(prev) = toks.get(first - 1) else { return true };
        prev.kind == TokenKind::Punct || prev.splits().any(|s| self.gazetteer.guard_ok_after.contains(s.stem_norm))
    }
}
