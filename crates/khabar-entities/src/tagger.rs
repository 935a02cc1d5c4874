//! Matching aliases over tokens and applying the context rules.

use crate::gazetteer::{AliasEntry, AliasRule, EntityType, Gazetteer};
use crate::model::{NerModel, Recognizer};
use khabar_tokenize::{Matcher, Node, Span, Token, TokenKind, TokenRange, Tokenizer, Tokens};
use std::borrow::Cow;
use std::sync::Arc;

/// The Matcher of the gazetteer's aliases over one document.
type Aliases<'g, 'd, 't> = Matcher<'g, 'd, 't, AliasEntry>;

/// An entity mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Mention {
    /// Original span of the name, without proclitics or quotes around it.
    /// Where ل merged with the article (للتحالف) it starts at the second lam.
    pub span: Span,
    /// The tokens of the name (the first one may carry a proclitic, and a
    /// quote inside the name is among them).
    pub tokens: TokenRange,
    /// Which entity it names.
    pub entity: EntityRef,
    /// Its type.
    pub kind: EntityType,
    /// True when the mention is a short name (a surname, التحالف) linked by
    /// context rather than a full name.
    pub by_context: bool,
}

/// The entity a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum EntityRef {
    /// An entity of the gazetteer, by index ([`Gazetteer::entity`]).
    Known(usize),
    /// A name the gazetteer does not know, found by the statistical model:
    /// named by the span of its fullest form in the document (a surname
    /// after the full name points at the full name). Its id comes from that
    /// name's normalized text ([`crate::new_entity_id`]).
    New {
        /// The span of the name it stands for.
        name: Span,
    },
}

/// The entity tagger. Build once, call [`Tagger::tag`] from any thread.
///
/// [`Tagger::new`] matches the gazetteer alone; [`Tagger::with_model`] (and
/// [`Tagger::default`], with the shipped model) also finds the names the
/// gazetteer does not list.
#[derive(Clone, Debug)]
pub struct Tagger {
    gazetteer: Gazetteer,
    model: Option<Recognizer>,
}

impl Default for Tagger {
    /// The shipped gazetteer and model.
    fn default() -> Tagger {
        Tagger::with_model(Gazetteer::default(), NerModel::shipped())
    }
}

/// The article ال, as bytes.
const ARTICLE_BYTES: &[u8] = "\u{0627}\u{0644}".as_bytes();

/// The preposition «على» as written: once normalized it is the given name
/// «علي».
const PREPOSITION_ALA: &str = "\u{0639}\u{0644}\u{0649}";

/// A word long enough for two names of three letters with an article
/// inside it: the cheap test before [`glued_names`].
#[inline]
fn may_hold_glued_names(norm: &str) -> bool {
    norm.len() >= 12
        && (norm.as_bytes()[6..norm.len() - 4].windows(4).any(|w| w == ARTICLE_BYTES)
            || has_teh_marbuta_inside(&norm.as_bytes()[4..norm.len() - 6]))
}

/// Whether `bytes` hold teh marbuta (ة, D8 A9), which only ends a word.
/// A plain loop over pairs: the slices are a few bytes long, too short for
/// a vectorized search to pay its setup.
#[inline]
fn has_teh_marbuta_inside(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|pair| pair == [0xD8, 0xA9])
}

/// Names glued together by a missing space, as aggregators print them
/// (سورياوالعراق، الولاياتالمتحدة): a word that starts no alias is cut
/// where an article (ال, or و and an article) begins inside it, and each
/// side that is a full alias by itself, or both sides read as one
/// two-word alias, become candidates with spans inside the word. Only full
/// aliases count: a glued word gives no context for the other rules.
fn glued_names<'g>(aliases: &Aliases<'g, '_, '_>, tok: &Token<'_>, out: &mut Vec<Candidate<'g>>) {
    const ARTICLE: &str = "\u{0627}\u{0644}";
    // Only words whose normalized form changes letters for letters of the
    // same length (أ → ا), dropping none: the cut is a byte offset into
    // both. Long enough for two names of three letters.
    if tok.norm.len() != tok.text.len() || tok.norm.len() < 12 || tok.norm.chars().count() != tok.text.chars().count() {
        return;
    }
    let full = |node: Node| -> Option<&'g [AliasEntry]> {
        let entries = aliases.values(node);
        entries.iter().any(|e| e.rule == AliasRule::Full).then_some(entries)
    };
    // العراقيةبغداد، محافظةالأنبار: teh marbuta only ends a word, so a
    // full alias glued right after one is a name of its own, whatever the
    // word before it is.
    let teh_marbuta = '\u{0629}';
    for (at, _) in tok.norm.match_indices(teh_marbuta).filter(|&(at, _)| at >= 4 && tok.norm.len() - at >= 8) {
        let from = at + teh_marbuta.len_utf8();
        if let Some(entries) = aliases.first(&tok.norm[from..]).and_then(&full) {
            out.push(Candidate {
                span: Span::new(tok.span.start + from, tok.span.end),
                first: tok.index,
                end: tok.index + 1,
                entries,
                prefixed: false,
            });
            return;
        }
    }
    for (at, _) in tok.norm.match_indices(ARTICLE).filter(|&(at, _)| at >= 6 && tok.norm.len() - at >= 6) {
        // و before the article is a conjunction between two names; ب ل ك ف
        // a proclitic of the second (العراقبالكويت).
        let (left_end, right_start) = match tok.norm[..at].strip_suffix(['\u{0648}', '\u{0628}', '\u{0644}', '\u{0643}', '\u{0641}']) {
            Some(left) if left.len() >= 6 => (left.len(), at),
            _ => (at, at),
        };
        // وبغدادوالبصرة: a «و» opening the word is a conjunction too.
        let whole_left = &tok.norm[..left_end];
        let after_waw = whole_left.strip_prefix('\u{0648}').filter(|rest| rest.len() >= 6);
        let Some((left_start, first)) = aliases
            .first(whole_left)
            .map(|first| (0, first))
            .or_else(|| after_waw.and_then(|rest| Some((left_end - rest.len(), aliases.first(rest)?))))
        else {
            continue;
        };
        let right = &tok.norm[right_start..];
        let span = |from: usize, to: usize| Span::new(tok.span.start + from, tok.span.start + to);
        let candidate = |from: usize, to: usize, entries| Candidate {
            span: span(from, to),
            first: tok.index,
            end: tok.index + 1,
            entries,
            prefixed: false,
        };
        // One two-word alias: الولايات + المتحدة.
        if left_end == right_start {
            if let Some(entries) = aliases.next(first, right).and_then(&full) {
                out.push(candidate(left_start, tok.norm.len(), entries));
                return;
            }
        }
        // Two names: سوريا + و + العراق.
        if let (Some(a), Some(b)) = (full(first), aliases.first(right).and_then(&full)) {
            out.push(candidate(left_start, left_end, a));
            out.push(candidate(right_start, tok.norm.len(), b));
            return;
        }
    }
}

/// A longest match before the context rules decide.
struct Candidate<'g> {
    span: Span,
    first: usize,
    end: usize,
    entries: &'g [AliasEntry],
    prefixed: bool,
}

/// A name joined by «و» right after a mention of the same type (الموصل
/// وبيجي والقائم; داعش و القاعدة): the list is the context a name that
/// needs one (a word that is also a common word) has.
fn listed_after(toks: &Tokens<'_>, c: &Candidate<'_>, kind: EntityType, chosen: &[Option<Mention>]) -> bool {
    let Some(previous) = chosen.iter().rev().flatten().next().filter(|m| m.kind == kind) else { return false };
    let text = toks.text();
    // «والقائم»: the conjunction glued to the name, nothing else.
    let glued = toks.span(c.first).and_then(|t| text.get(t.start..c.span.start)).is_some_and(|p| p == "و");
    // «و القاعدة»: the conjunction a word of its own.
    let apart = c.span.start == toks.span(c.first).map_or(usize::MAX, |t| t.start)
        && c.first.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|t| t.text == "و");
    (glued && previous.tokens.end == c.first) || (apart && previous.tokens.end + 1 == c.first)
}

/// A name followed by a list joined by «و» (one word each, the conjunction
/// glued) that reaches a mention of the same type among `later` within
/// three words (القائم والبوحيات وبيجي): the list is its context, unless
/// the name stands right after a definite noun it would describe (الوضع
/// القائم وبغداد).
fn listed_before(toks: &Tokens<'_>, c: &Candidate<'_>, kind: EntityType, later: &[Option<Mention>]) -> bool {
    let after_definite =
        c.first.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|t| t.kind == TokenKind::Arabic && t.norm.starts_with("ال"));
    if after_definite {
        return false;
    }
    let glued_waw =
        |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Arabic && t.text.len() > "و".len() + 2 && t.text.starts_with('و'));
    // The first word of the list's items not glued to «و» ends it.
    (c.end..c.end + 3).take_while(|&i| glued_waw(i)).any(|i| later.iter().flatten().any(|m| m.tokens.start == i && m.kind == kind))
}

/// A new name glossed in brackets right after it by a name the gazetteer
/// knows, of its type (القيادة العسكرية الأميركية للشرق الأوسط (سنتكوم)), is
/// that entity, and so are its later mentions and short forms.
fn glossed_by_known_names(toks: &Tokens<'_>, mentions: &mut [Mention]) {
    let is = |i: usize, mark: &str| toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct && t.text == mark);
    for k in 1..mentions.len() {
        let (m, gloss) = (&mentions[k - 1], &mentions[k]);
        let EntityRef::New { name } = m.entity else { continue };
        let EntityRef::Known(entity) = gloss.entity else { continue };
        let glossed = name == m.span
            && gloss.kind == m.kind
            && gloss.tokens.start == m.tokens.end + 1
            && is(m.tokens.end, "(")
            && is(gloss.tokens.end, ")");
        if glossed {
            let words = name.slice(toks.text());
            for later in mentions[k - 1..].iter_mut() {
                if matches!(later.entity, EntityRef::New { name: n } if n.slice(toks.text()) == words) {
                    later.entity = EntityRef::Known(entity);
                }
            }
        }
    }
}

/// Mentions in text order that never overlap, whichever pass found them:
/// of two that do, a name the gazetteer knows stands over a new one, else
/// the longer (the earlier when as long).
fn disjoint(mentions: &mut Vec<Mention>) {
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        match kept.last_mut() {
            Some(last) if m.span.start < last.span.end => {
                let known = |x: &Mention| matches!(x.entity, EntityRef::Known(_));
                let m_wins = (known(&m) && !known(last)) || (known(&m) == known(last) && m.span.len() > last.span.len());
                if m_wins {
                    *last = m;
                }
            }
            _ => kept.push(m),
        }
    }
    *mentions = kept;
}

/// The most words a quoted name runs past an alias it opens with.
const QUOTED_NAME_TAIL: usize = 2;

fn is_quote(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct && matches!(t.text, "\"" | "“" | "”" | "«" | "»" | "'" | "‘" | "’" | "„")
}

fn is_opening_bracket(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct && t.text == "("
}

impl Tagger {
    /// A tagger over `gazetteer`.
    pub fn new(gazetteer: Gazetteer) -> Tagger {
        Tagger { gazetteer, model: None }
    }

    /// A tagger over `gazetteer` whose names come first, with `model`
    /// finding the others.
    pub fn with_model(gazetteer: Gazetteer, model: Arc<NerModel>) -> Tagger {
        let model = Recognizer::new(model, &gazetteer);
        Tagger { gazetteer, model: Some(model) }
    }

    /// True when a statistical model finds names beside the gazetteer.
    pub fn has_model(&self) -> bool {
        self.model.is_some()
    }

    /// The id of the entity a mention names, in `text` (the text it was
    /// tagged in).
    pub fn id_of<'s>(&'s self, mention: &Mention, text: &str) -> Cow<'s, str> {
        match mention.entity {
            EntityRef::Known(index) => Cow::Borrowed(self.gazetteer.entity(index).id.as_str()),
            EntityRef::New { name } => Cow::Owned(crate::new_entity_id(name.slice(text))),
        }
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Tokenizes `text` and tags it.
    pub fn tag(&self, text: &str) -> Vec<Mention> {
        self.tag_tokens(&self.tokenizer().tokenize(text))
    }

    /// The tokenizer whose tokens the gazetteer's keys match as they are.
    pub fn tokenizer(&self) -> Tokenizer {
        self.gazetteer.tokenizer()
    }

    /// Tags tokens made by `khabar-tokenize`. Mentions come in text order
    /// and never overlap. Never fails, never panics.
    ///
    /// Tokens normalized otherwise than the gazetteer's keys (with teh
    /// marbuta folded, say) are read again as the keys were made: token
    /// boundaries do not depend on normalization, so the mentions' spans
    /// and token ranges are those of `tokens` all the same.
    pub fn tag_tokens(&self, tokens: &Tokens<'_>) -> Vec<Mention> {
        match self.gazetteer.aliases.matcher(tokens) {
            Ok(aliases) => {
                let candidates = self.candidates(&aliases);
                let (known, declined) = self.resolve(tokens, candidates);
                let mut mentions = match &self.model {
                    Some(model) => {
                        self.untagged_surnames(tokens, crate::merge::merge(known, &declined, model.recognize(tokens), tokens, model))
                    }
                    None => known,
                };
                mentions.retain(|m| !demonym_in_the_accusative(tokens, m));
                self.speakers_read_as_places(tokens, &mut mentions);
                glossed_by_known_names(tokens, &mut mentions);
                disjoint(&mut mentions);
                mentions
            }
            Err(_) => self.tag_tokens(&self.tokenizer().tokenize(tokens.text())),
        }
    }

    /// Leftmost-longest alias matches: outer names swallow the names inside
    /// them.
    fn candidates<'g>(&'g self, aliases: &Aliases<'g, '_, '_>) -> Vec<Candidate<'g>> {
        let toks = aliases.tokens();
        // About one name per sixteen tokens in news text: sized so that
        // most documents never regrow it.
        let mut out = Vec::with_capacity(toks.len() / 16);
        let mut buf = String::new();
        let mut i = 0;
        // After a place's head in the dual (مخيمي), the singular head and
        // the token where the next of its names may start.
        let mut dual: Option<(&str, usize)> = None;
        while let (Some(kind), Some(norm)) = (toks.kind(i), toks.norm(i)) {
            if let Some(c) = dual.filter(|&(_, at)| at == i).and_then(|(head, _)| self.named_by_dual(aliases, head, i, &mut buf)) {
                dual = dual.map(|(head, _)| (head, c.end + usize::from(toks.norm(c.end) == Some("و"))));
                i = c.end;
                out.push(c);
                continue;
            }
            // The cheap test first: a dual in construct ends in «ي».
            if let Some(head) = norm.ends_with('\u{064A}').then(|| self.gazetteer.dual_heads.get(norm)).flatten() {
                dual = Some((head.as_str(), i + 1));
            }
            // Most tokens start no alias under any reading: they are passed
            // over without building their view.
            if !aliases.may_start_with(kind, norm) {
                // Its readings start no alias; two names glued together
                // may still stand in it.
                if kind == TokenKind::Arabic && may_hold_glued_names(norm) {
                    if let Some(tok) = toks.get(i) {
                        glued_names(aliases, &tok, &mut out);
                    }
                }
                i += 1;
                continue;
            }
            let Some(tok) = toks.get(i) else { break };
            let mut best: Option<Candidate<'g>> = None;
            let consider = |start: usize, key: &str, prefixed: bool, best: &mut Option<Candidate<'g>>| {
                let Some(node) = aliases.first(key) else { return };
                if let Some((end, node)) = self.walk(aliases, i + 1, node) {
                    let longer = best.as_ref().is_none_or(|b| end > b.end);
                    if longer {
                        let span = Span::new(start, toks.get(end - 1).map_or(start, |t| t.span.end));
                        *best = Some(Candidate { span, first: i, end, entries: aliases.values(node), prefixed });
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
                    consider(tok.span.start, &aliases.table().key_of(&tok), false, &mut best);
                    consider(tok.span.start, &tok.norm.to_lowercase(), false, &mut best);
                }
                _ => consider(tok.span.start, tok.norm, false, &mut best),
            }
            match best {
                Some(c) => {
                    i = c.end.max(i + 1);
                    out.push(c);
                }
                None => {
                    if tok.kind == TokenKind::Arabic && may_hold_glued_names(tok.norm) {
                        glued_names(aliases, &tok, &mut out);
                    }
                    i += 1;
                }
            }
        }
        out
    }

    /// The place named at token `i` after a dual of `head` (مخيمي الهول
    /// وروج: at «الهول», at «وروج»), where the gazetteer lists «head name»
    /// as a place; the head's dual stays out of the span.
    fn named_by_dual<'g>(&'g self, aliases: &Aliases<'g, '_, '_>, head: &str, i: usize, buf: &mut String) -> Option<Candidate<'g>> {
        let tok = aliases.tokens().get(i).filter(|t| t.kind == TokenKind::Arabic)?;
        let head = aliases.first(head)?;
        let toks = aliases.tokens();
        tok.splits()
            .filter_map(|split| {
                let node = aliases.next(head, split.dictionary_form(buf))?;
                let (end, node) = self.walk(aliases, i + 1, node)?;
                let entries = aliases.values(node);
                let place = entries.iter().all(|e| self.gazetteer.entity(e.entity).kind == EntityType::Location);
                let span = Span::new(split.stem.start, toks.get(end - 1)?.span.end);
                place.then_some(Candidate { span, first: i, end, entries, prefixed: !split.is_unsplit() })
            })
            .max_by_key(|c| c.end)
    }

    /// Follows the trie from `node` over the tokens from `j`, skipping quote
    /// marks inside a name (قوات “سوريا الديمقراطية”). Returns the end of the
    /// longest alias found and its node; a name with a quote opened inside
    /// it ends with the quote that closes it.
    fn walk(&self, aliases: &Aliases<'_, '_, '_>, mut j: usize, mut node: Node) -> Option<(usize, Node)> {
        let toks = aliases.tokens();
        let mut best = (!aliases.values(node).is_empty()).then_some((j, node));
        // The mark that opened a quote or bracket inside the name, if any.
        let mut opened: Option<&str> = None;
        let mut best_opened: Option<&str> = None;
        let next_of = |node: Node, t: &Token<'_>| -> Option<Node> {
            if t.kind == TokenKind::Latin {
                aliases.next(node, &aliases.table().key_of(t)).or_else(|| aliases.next(node, &t.norm.to_lowercase()))
            } else {
                aliases.next(node, t.norm)
            }
        };
        // No name runs across a line break (a headline's last word and the
        // dateline after it: سوريا \n 24 يونيو).
        while let Some(t) = toks.get(j).filter(|_| !toks.line_break_before(j)) {
            let step = match next_of(node, &t) {
                Some(n) => Some((n, j + 1)),
                // قناة (الحرة): a bracket opened inside a name as a quote is.
                None if is_quote(&t) || is_opening_bracket(&t) => {
                    let step =
                        toks.get(j + 1).filter(|_| !toks.line_break_before(j + 1)).and_then(|u| next_of(node, &u)).map(|n| (n, j + 2));
                    if step.is_some() {
                        opened = Some(t.text);
                    }
                    step
                }
                None => None,
            };
            let Some((n, after)) = step else { break };
            node = n;
            j = after;
            if !aliases.values(node).is_empty() {
                best = Some((j, node));
                best_opened = opened;
            }
        }
        let (end, node) = best?;
        let Some(opener) = best_opened else {
            return Some((end, node));
        };
        let closes = |t: &Token<'_>| if opener == "(" { t.kind == TokenKind::Punct && t.text == ")" } else { is_quote(t) };
        // قناة "العربية الحدث": the quote opened inside closes a word or two
        // further on; the name quoted is the alias's, ending there. A quote
        // left open is no name's.
        (end..(end + QUOTED_NAME_TAIL + 1).min(toks.len()))
            .take_while(|&k| toks.get(k).is_some_and(|t| t.kind == TokenKind::Arabic || closes(&t)))
            .find(|&k| toks.get(k).is_some_and(|t| closes(&t)))
            .map(|close| (close + 1, node))
    }

    /// The mentions the context rules accept, and the token ranges of the
    /// aliases they declined (a surname with nothing to link it to): the
    /// model does not make new entities of those.
    fn resolve(&self, toks: &Tokens<'_>, candidates: Vec<Candidate<'_>>) -> (Vec<Mention>, Vec<TokenRange>) {
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
                    AliasRule::After(seqs) => {
                        seqs.iter().any(|s| self.preceded_by(toks, c.first, s)) || listed_after(toks, c, g.entities[e.entity].kind, &chosen)
                    }
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
            chosen.push(pick.map(|entity| Mention {
                span: c.span,
                tokens: TokenRange::new(c.first, c.end),
                entity: EntityRef::Known(entity),
                kind: g.entities[entity].kind,
                by_context: false,
            }));
        }
        // A name that needs a context heading a list whose later member is
        // a mention of its type (بالقرب من القائم والبوحيات وبيجي).
        let mut listed_first = false;
        for (k, c) in candidates.iter().enumerate() {
            if chosen[k].is_some() {
                continue;
            }
            let pick = c
                .entries
                .iter()
                .find(|e| matches!(e.rule, AliasRule::After(_)) && listed_before(toks, c, g.entities[e.entity].kind, &chosen[k + 1..]));
            if let Some(e) = pick {
                full_at.push((e.entity, c.first));
                full_ending_at.push((c.end, c.first));
                listed_first = true;
                chosen[k] = Some(Mention {
                    span: c.span,
                    tokens: TokenRange::new(c.first, c.end),
                    entity: EntityRef::Known(e.entity),
                    kind: g.entities[e.entity].kind,
                    by_context: false,
                });
            }
        }
        if listed_first {
            full_ending_at.sort_by_key(|&(end, _)| end);
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
            // our aliases is someone else. The preposition على folds to the
            // name علي: as written it is no name (يجب على التحالف).
            let given_name_before = c
                .first
                .checked_sub(1)
                .and_then(|k| toks.get(k))
                .is_some_and(|t| g.given_names.contains(t.norm) && t.text != PREPOSITION_ALA);
            if !c.prefixed && given_name_before {
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
                *slot = Some(Mention {
                    span: c.span,
                    tokens: TokenRange::new(c.first, c.end),
                    entity: EntityRef::Known(entity),
                    kind: g.entities[entity].kind,
                    by_context: true,
                });
            }
        }
        // A given name that counts only after a title (مظلوم) is the person
        // too, in quotes or after a verb of speech, once the full name is
        // told before it (مظلوم عبدي … يحتجز “مظلوم”، وقال مظلوم).
        for (c, slot) in candidates.iter().zip(chosen.iter_mut()) {
            // The cheap tests first: most declined names are surnames.
            let given_name = |e: &AliasEntry| matches!(e.rule, AliasRule::After(_)) && g.entities[e.entity].kind == EntityType::Person;
            if slot.is_some() || c.first == 0 || !c.entries.iter().any(given_name) {
                continue;
            }
            let quoted = toks.get(c.first - 1).is_some_and(|t| is_quote(&t)) && toks.get(c.end).is_some_and(|t| is_quote(&t));
            if !quoted && !self.after_speech_verb(toks, c.first) {
                continue;
            }
            let told_before = |e: usize| {
                let k = full_at.partition_point(|&(f, p)| f < e || (f == e && p < c.first));
                k > 0 && full_at[k - 1].0 == e
            };
            let person = c.entries.iter().find(|e| given_name(e) && told_before(e.entity)).map(|e| e.entity);
            if let Some(entity) = person {
                *slot = Some(Mention {
                    span: c.span,
                    tokens: TokenRange::new(c.first, c.end),
                    entity: EntityRef::Known(entity),
                    kind: EntityType::Person,
                    by_context: true,
                });
            }
        }
        self.surnames_after_speech(toks, &mut chosen);
        let declined = candidates.iter().zip(&chosen).filter(|(_, m)| m.is_none()).map(|(c, _)| TokenRange::new(c.first, c.end)).collect();
        (chosen.into_iter().flatten().collect(), declined)
    }

    /// A new name of two words or more that the model read as a place,
    /// right after a verb of speech, is the person who spoke (وقالت
    /// فلانة فلان القائمة بأعمال …): the places that speak in news (states,
    /// capitals) are the gazetteer's.
    fn speakers_read_as_places(&self, toks: &Tokens<'_>, mentions: &mut [Mention]) {
        for m in mentions.iter_mut() {
            let new_place = m.kind == EntityType::Location && matches!(m.entity, EntityRef::New { .. }) && m.tokens.len() > 1;
            if new_place && self.after_speech_verb(toks, m.tokens.start) {
                m.kind = EntityType::Person;
            }
        }
    }

    /// The token before `i` is a verb of speech (`[context] speech_verbs`),
    /// its proclitics off (وقال).
    fn after_speech_verb(&self, toks: &Tokens<'_>, i: usize) -> bool {
        i.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| t.splits().any(|s| self.gazetteer.speech_verbs.contains(s.stem_norm)))
    }

    /// A one-word mention right after a verb of speech that is the last
    /// word of a person's full name told before it is that person (مظلوم
    /// كوباني … وقال كوباني: not the town), in a document that names the
    /// person in full.
    fn surnames_after_speech(&self, toks: &Tokens<'_>, chosen: &mut [Option<Mention>]) {
        let g = &self.gazetteer;
        // (last word, person) of the full names of people so far.
        let mut surnames: Vec<(&str, usize)> = Vec::new();
        for slot in chosen.iter_mut() {
            let Some(m) = slot.as_mut() else { continue };
            let EntityRef::Known(entity) = m.entity else { continue };
            let (first, end) = (m.tokens.start, m.tokens.end);
            if g.entities[entity].kind == EntityType::Person && end - first > 1 && !m.by_context {
                if let Some(last) = toks.norm(end - 1) {
                    surnames.push((last, entity));
                }
                continue;
            }
            if surnames.is_empty() || end - first != 1 || first == 0 || g.entities[entity].kind == EntityType::Person {
                continue;
            }
            if !self.after_speech_verb(toks, first) {
                continue;
            }
            let Some(token) = toks.get(first) else { continue };
            let is_word = |last: &str| token.norm == last || token.splits().any(|s| s.stem_norm == last);
            if let Some(&(_, person)) = surnames.iter().rev().find(|(last, _)| is_word(last)) {
                *m = Mention { entity: EntityRef::Known(person), kind: EntityType::Person, by_context: true, ..*m };
            }
        }
    }

    /// A new person's surname standing alone right after a verb of speech
    /// that the model left untagged (سالم الموسوي … وقال الموسوي) names that
    /// person. A name ending in «الله» goes by its last two words (عبد
    /// الأمير يار الله … وأوضح يار الله، نقلت عن يار الله), told apart
    /// wherever they stand.
    fn untagged_surnames(&self, toks: &Tokens<'_>, mentions: Vec<Mention>) -> Vec<Mention> {
        // (the surname's tokens in the full name, the full name's span).
        let mut people: Vec<(TokenRange, Span)> = Vec::new();
        for m in mentions.iter().filter(|m| m.kind == EntityType::Person && m.tokens.len() > 1) {
            let EntityRef::New { name } = m.entity else { continue };
            if name != m.span {
                continue;
            }
            let (start, end) = (m.tokens.start, m.tokens.end);
            let word = |i: usize| toks.norm(i).unwrap_or("");
            let surname = match word(end - 1) {
                "الله" if end - start > 2 && !word(end - 2).is_empty() => TokenRange::new(end - 2, end),
                "الله" => continue,
                last if last.chars().count() > 2 => TokenRange::new(end - 1, end),
                _ => continue,
            };
            people.push((surname, name));
        }
        let Some(&(first, _)) = people.first() else { return mentions };
        let first_end = first.end;
        let mut out: Vec<Mention> = Vec::with_capacity(mentions.len() + 2);
        let mut next = 0;
        let mut i = first_end;
        while i < toks.len() {
            while mentions.get(next).is_some_and(|m| m.tokens.end <= i) {
                out.push(mentions[next]);
                next += 1;
            }
            if mentions.get(next).is_some_and(|m| m.tokens.start <= i) {
                i += 1;
                continue;
            }
            // The surname's words again at `i`, after its full name and
            // clear of the next mention.
            let fits = |surname: &TokenRange| {
                let end = i + surname.len();
                surname.end <= i
                    && mentions.get(next).is_none_or(|m| m.tokens.start >= end)
                    && (0..surname.len()).all(|k| toks.norm(i + k) == toks.norm(surname.start + k))
            };
            let person = people.iter().rev().find(|(surname, _)| fits(surname));
            // A surname of two words (يار الله) is told apart anywhere; one
            // word only as the subject of speech.
            if let Some(&(surname, name)) = person.filter(|(surname, _)| surname.len() > 1 || self.after_speech_verb(toks, i)) {
                let end = i + surname.len();
                if let (Some(a), Some(b)) = (toks.span(i), toks.span(end - 1)) {
                    out.push(Mention {
                        span: a.cover(b),
                        tokens: TokenRange::new(i, end),
                        entity: EntityRef::New { name },
                        kind: EntityType::Person,
                        by_context: true,
                    });
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        out.extend_from_slice(&mentions[next..]);
        out
    }

    /// The tokens before `first` (quotes skipped) are `seq`.
    fn preceded_by(&self, toks: &Tokens<'_>, first: usize, seq: &[String]) -> bool {
        let mut j = first;
        for (k, word) in seq.iter().rev().enumerate() {
            loop {
                if j == 0 {
                    return false;
                }
                j -= 1;
                if !toks.get(j).is_some_and(|t| is_quote(&t)) {
                    break;
                }
            }
            // The first word of the phrase may carry a proclitic (بنظام
            // الأسد، وزعيم التنظيم); the words inside it may not.
            let opens_phrase = k + 1 == seq.len();
            let reads_as_word =
                |t: &khabar_tokenize::Token<'_>| t.norm == word || (opens_phrase && t.splits().any(|sp| sp.stem_norm == word));
            if toks.get(j).is_none_or(|t| !reads_as_word(&t)) {
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

/// سوريًا، تركيًا: a word of one token with the accusative's tanween (16
/// ألف سوريًا, «sixteen thousand Syrians») is an adjective or a noun of
/// people, however like a country's name it reads once its marks are gone:
/// a place's name takes no tanween.
fn demonym_in_the_accusative(tokens: &Tokens<'_>, m: &Mention) -> bool {
    m.kind == EntityType::Location && m.tokens.len() == 1 && m.span.slice(tokens.text()).contains('\u{064B}')
}
