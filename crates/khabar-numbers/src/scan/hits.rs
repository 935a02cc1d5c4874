//! The lexicon hits: every phrase of the lexicon that starts at each token,
//! under each of its proclitic readings, with and without the article;
//! and the tokens that can open a date or a quantity.

use super::cursor::Cursor;
pub(crate) use super::cursor::WAW;
use crate::lexicon::What;
use khabar_tokenize::{Matcher, Node, Split, TokenKind};

/// The article ال.
pub(crate) const ARTICLE: &str = "\u{0627}\u{0644}";
/// The preposition من (الثالث من تشرين الأول، 1959 من القوات).
pub(crate) const MIN: &str = "\u{0645}\u{0646}";

/// `http`, `https` or `www`: the token opens a web address.
pub(crate) fn is_web_address_head(norm: &str) -> bool {
    ["http", "https", "www"].iter().any(|w| norm.eq_ignore_ascii_case(w))
}

/// One way to read a token before looking it up.
#[derive(Clone, Copy)]
struct Reading<'a> {
    start: usize,
    form: &'a str,
    prefixed: bool,
    prefix_waw: bool,
    article: bool,
}

/// A lexicon phrase found at a token.
#[derive(Clone, Copy)]
pub(crate) struct Hit<'a, 'l> {
    /// The normalized first word as found (proclitics and, when `article`,
    /// the article removed).
    pub(crate) form: &'a str,
    /// Original offset where the phrase starts (after any proclitic).
    pub(crate) start: usize,
    /// Token index one past the phrase.
    pub(crate) end: usize,
    pub(crate) what: &'l What,
    /// A proclitic was removed to find it.
    pub(crate) prefixed: bool,
    /// The removed proclitic was exactly the conjunction و.
    pub(crate) prefix_waw: bool,
    /// The article was removed to find it.
    pub(crate) article: bool,
}

/// The hits of every token of a document, unsplit readings first.
pub(crate) struct Hits<'a, 'l> {
    hits: Vec<Hit<'a, 'l>>,
    /// hits[first[i]..first[i + 1]] are the hits of token i.
    first: Vec<usize>,
    /// The tokens that can open a date or a quantity, in order: numbers,
    /// tokens with hits, the article alone (الـ 12), and web addresses
    /// (skipped whole). The scan visits only these.
    pub(crate) openers: Vec<usize>,
}

impl<'a, 'l> Hits<'a, 'l> {
    /// Looks every token up once under each of its readings.
    pub(crate) fn look_up(phrases: &Matcher<'l, '_, '_, What>, cur: Cursor<'a>) -> Hits<'a, 'l> {
        // About one token in sixteen is a hit or opens one.
        let mut found = Hits {
            hits: Vec::with_capacity(cur.len() / 16),
            first: Vec::with_capacity(cur.len() + 1),
            openers: Vec::with_capacity(cur.len() / 16),
        };
        let mut buf = String::new();
        for i in 0..cur.len() {
            let hits_before = found.hits.len();
            found.first.push(hits_before);
            // Tokens are read by kind and normalized form here, without
            // building their views: most of them open nothing.
            let kind = cur.kind(i);
            if kind == Some(TokenKind::Number) {
                found.openers.push(i);
                continue;
            }
            let norm = cur.norm(i);
            if kind.is_some_and(|kind| phrases.may_start_with(kind, norm)) {
                if let Some(tok) = cur.get(i) {
                    if tok.may_have_proclitic() {
                        // «ك» (like) opens no number word: كمية is a
                        // quantity, not ك + مية (a hundred).
                        let text = cur.text();
                        for split in tok.splits().filter(|s| s.is_unsplit() || !s.prefix.slice(text).ends_with('\u{0643}')) {
                            found.of_reading(phrases, cur, i, split, &mut buf);
                        }
                    } else {
                        found.of_reading(phrases, cur, i, tok.unsplit(), &mut buf);
                    }
                }
            }
            if found.hits.len() > hits_before || norm == ARTICLE || (kind == Some(TokenKind::Latin) && is_web_address_head(norm)) {
                found.openers.push(i);
            }
        }
        found.first.push(found.hits.len());
        found
    }

    /// Looks one reading of token `i` up, with and without its article.
    fn of_reading(&mut self, phrases: &Matcher<'l, '_, '_, What>, cur: Cursor<'a>, i: usize, split: Split<'a>, buf: &mut String) {
        let with_article = phrases.first(split.dictionary_form(buf));
        let bare = split.without_article();
        let has_bare = bare.len() < split.stem_norm.len() || split.elided_article;
        let without_article = if has_bare { phrases.first(bare) } else { None };
        // Most words are in no table: nothing more to do.
        if with_article.is_none() && without_article.is_none() {
            return;
        }
        let prefixed = !split.is_unsplit();
        let prefix_waw = cur.waw_prefixed(&split);
        let reading = Reading { start: split.stem.start, form: split.stem_norm, prefixed, prefix_waw, article: false };
        self.add(phrases, i, with_article, reading);
        self.add(phrases, i, without_article, Reading { form: bare, article: true, ..reading });
    }

    /// The phrases that go on from `first` over the tokens after `i`,
    /// longest first.
    fn add(&mut self, phrases: &Matcher<'l, '_, '_, What>, i: usize, first: Option<Node>, r: Reading<'a>) {
        let Some(first) = first else { return };
        for (end, values) in phrases.phrases_from(first, i + 1) {
            for what in values {
                self.hits.push(Hit {
                    start: r.start,
                    end,
                    what,
                    form: r.form,
                    prefixed: r.prefixed,
                    prefix_waw: r.prefix_waw,
                    article: r.article,
                });
            }
        }
    }

    /// The hits of token `i`.
    pub(crate) fn at(&self, i: usize) -> &[Hit<'a, 'l>] {
        match (self.first.get(i), self.first.get(i + 1)) {
            (Some(&a), Some(&b)) => self.hits.get(a..b).unwrap_or_default(),
            _ => &[],
        }
    }

    /// The first hit at `i` that `pick` accepts, trying the plainest reading
    /// first (hits are stored unsplit first).
    pub(crate) fn find<T>(&self, i: usize, mut pick: impl FnMut(&Hit<'a, 'l>) -> Option<T>) -> Option<(Hit<'a, 'l>, T)> {
        self.at(i).iter().find_map(|h| pick(h).map(|t| (*h, t)))
    }
}
