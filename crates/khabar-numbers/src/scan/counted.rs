//! The counted noun after a number, reduced to its singular base form
//! (`180 قائدا` → قائد، `مئات المدنيين` → مدني): the morphology of the
//! quantity grammar.

use super::Scan;
use crate::lexicon::What;
use khabar_tokenize::chars::{arabic_for_persian, is_arabic_mark};
use khabar_tokenize::{strip_article, Span, Split, TokenKind};

/// The sound plural endings: masculine nominative (-ون) and oblique (-ين),
/// feminine (-ات).
const SOUND_PLURAL_SUFFIXES: [&str; 3] = ["ات", "ون", "ين"];
/// Scale words in the accusative (normalized): the figure they close is
/// whole (60 ألفا).
const ACCUSATIVE_SCALES: [&str; 3] = ["الفا", "مليونا", "مليارا"];
/// The feminine sound plural ending.
const FEMININE_PLURAL: &str = "ات";
/// A word of this many letters or more that ends as a sound plural is taken
/// for one where only plurality matters (a plural noun before الـ83).
const MIN_PLURAL_LETTERS: usize = 4;
/// A sound plural is reduced to its singular only from this many letters:
/// cutting the ending of a four-letter word leaves too little of its stem
/// (قوات، سنين).
const MIN_REDUCED_PLURAL_LETTERS: usize = 5;

/// The sound plural ending of `word` (normalized, without its article),
/// when it has one and at least `min_letters` letters.
fn sound_plural_suffix(word: &str, min_letters: usize) -> Option<&'static str> {
    let suffix = SOUND_PLURAL_SUFFIXES.into_iter().find(|s| word.ends_with(s))?;
    (word.chars().count() >= min_letters).then_some(suffix)
}

impl Scan<'_, '_> {
    /// The counted noun at token `i` in its singular base form, with the
    /// token's span.
    pub(super) fn counted_noun_at(&self, i: usize, allow_definite: bool) -> (Option<String>, Option<Span>) {
        // مقتل 7 "إرهابيين": a noun an outlet sets in quotes to distance
        // itself from the word is still what the figure counts.
        let i = if self.quoted_word_at(i) { i + 1 } else { i };
        match self.counted_at(i, allow_definite) {
            Some(noun) => (Some(noun), self.cur.get(i).map(|t| t.span)),
            None => (None, None),
        }
    }

    /// Token `i` opens quotes around one word, on one line, that token
    /// `i + 2` closes.
    fn quoted_word_at(&self, i: usize) -> bool {
        let quote = |k: usize, quotes: &[&str]| self.cur.kind(k) == Some(TokenKind::Punct) && quotes.contains(&self.cur.norm(k));
        let pair = [("«", "»"), ("“", "”"), ("\"", "\"")].into_iter().find(|(open, _)| quote(i, &[open]));
        pair.is_some_and(|(_, close)| quote(i + 2, &[close]) && !self.cur.line_break_before(i + 1) && !self.cur.line_break_before(i + 2))
    }

    /// The word at `i` is a plural noun: listed as one in the singulars
    /// table, or a sound plural (-ات، -ون، -ين).
    pub(super) fn is_plural_noun(&self, i: usize) -> bool {
        self.cur.splits_of(i).any(|s| {
            let bare = s.without_article();
            self.lex.singulars.contains_key(bare) || sound_plural_suffix(bare, MIN_PLURAL_LETTERS).is_some()
        })
    }

    /// The counted noun at token `i`, in its singular base form.
    fn counted_at(&self, i: usize, allow_definite: bool) -> Option<String> {
        let tok = self.cur.get(i)?;
        if tok.kind != TokenKind::Arabic || self.lex.not_counted.contains(tok.norm) || self.lex.day_periods.contains_key(tok.norm) {
            return None;
        }
        // A line break ends the phrase: a number closing a title or a line
        // counts nothing on the next.
        if self.cur.line_break_before(i) {
            return None;
        }
        // Nothing the lexicon reads as a number, unit, month or qualifier;
        // a number word with a proclitic neither (من عشرة لعشرين).
        if self.hits.at(i).iter().any(|h| (!h.prefixed || matches!(h.what, What::Number(_))) && !matches!(h.what, What::Ordinal(_))) {
            return None;
        }
        // A conjunction before a verb or another number opens a new clause
        // (قتل 5 وأصيب 10، 21 ألفًا ويعيش): the word after it is no count.
        // A noun the tables know after «و» opens another phrase too (قادة
        // التنظيم الخمسة وزعيمه); a noun that starts with «و» is whole
        // (12 وزيرا و4 سفراء).
        if let Some(rest) = tok.norm.strip_prefix('\u{0648}') {
            // With its accusative alef or a pronoun of possession (زعيمه).
            let noun = |w: &str| {
                self.lex.nouns.contains(w)
                    || ["\u{0627}", "\u{0647}", "\u{0647}\u{0627}", "\u{0647}\u{0645}"]
                        .iter()
                        .any(|ending| w.strip_suffix(ending).is_some_and(|w| self.lex.nouns.contains(w)))
            };
            let verb_like = rest.starts_with(['\u{0627}', '\u{064A}', '\u{062A}', '\u{0646}']);
            let number_follows = (i + 1..i + 3).any(|k| self.cur.kind(k) == Some(TokenKind::Number));
            let whole = self.lex.singulars.contains_key(tok.norm) || noun(tok.norm);
            if !whole && (verb_like || number_follows || self.lex.not_counted.contains(rest) || noun(rest)) {
                return None;
            }
        }
        // Imperfect plural verbs (ينتمون، يعيشون), and perfect ones: a stem
        // of three letters or more with «وا» (فجروا، عادوا); a noun's
        // accusative on «و» has a shorter stem (عضوا، عدوا).
        if tok.norm.starts_with(['\u{064A}', '\u{062A}']) && tok.norm.ends_with("ون") {
            return None;
        }
        let perfect_plural = tok.norm.strip_suffix("وا").is_some_and(|stem| stem.chars().count() >= 3);
        if perfect_plural && !self.lex.singulars.contains_key(tok.norm) {
            return None;
        }
        // 60 ألفا شكلت: a scale word in the accusative closes its figure;
        // a noun after it agrees with it (30 ألفا نازحا) or is one the
        // tables know.
        let after_accusative_scale = i.checked_sub(1).is_some_and(|p| ACCUSATIVE_SCALES.contains(&self.cur.norm(p)));
        if after_accusative_scale {
            let known = self.lex.singulars.contains_key(tok.norm) || self.lex.nouns.contains(tok.norm);
            if !tok.norm.ends_with('\u{0627}') && !known {
                return None;
            }
        }
        if strip_article(tok.norm).is_some() && !allow_definite {
            return None;
        }
        // A preposition glued to a definite word (للثورة، بالمدينة) opens a
        // phrase of its own.
        if tok.splits().any(|s| !s.is_unsplit() && !s.prefix.slice(self.cur.text()).starts_with('\u{0648}') && s.has_article()) {
            return None;
        }
        // So does one glued to a plural the table knows, when the whole word
        // is none (15 بعمليات ضد: «with operations»; بلدات stays a noun).
        let behind_preposition = |s: &Split| {
            !s.is_unsplit()
                && s.prefix
                    .slice(self.cur.text())
                    .trim_start_matches(['\u{0648}', '\u{0641}'])
                    .starts_with(['\u{0628}', '\u{0644}', '\u{0643}'])
                && self.lex.singulars.contains_key(s.stem_norm)
        };
        if !self.lex.singulars.contains_key(tok.norm) && tok.splits().any(|s| behind_preposition(&s)) {
            return None;
        }
        self.counted_from(i, allow_definite)
    }

    /// The base form of the noun at `i`: article and accusative ending
    /// removed, plurals reduced to the singular.
    pub(super) fn counted_from(&self, i: usize, allow_definite: bool) -> Option<String> {
        let tok = self.cur.get(i)?;
        if tok.kind != TokenKind::Arabic || self.lex.not_counted.contains(tok.norm) {
            return None;
        }
        // The reading without proclitics whose stem is definite, if any.
        let split =
            tok.splits().find(|s| s.has_article()).filter(|_| allow_definite).unwrap_or_else(|| tok.splits().next().unwrap_or_default());
        let key = split.without_article();
        if let Some(s) = self.lex.singulars.get(key) {
            return Some(s.clone());
        }
        let letters = key.chars().count();
        if letters < 2 {
            return None;
        }
        // The written form without its marks, and without the article's
        // letters when the key has none.
        let article_letters = if key.len() == split.stem_norm.len() {
            0
        } else if split.elided_article {
            1
        } else {
            2
        };
        let mut word: String = split
            .stem
            .slice(self.cur.text())
            .chars()
            .filter(|&c| !is_arabic_mark(c))
            .skip(article_letters)
            .map(arabic_for_persian)
            .collect();
        // سوريًا: the accusative's tanween written on the alef makes it the
        // ending, even of a word whose alef is its own elsewhere (سوريا).
        let tanween = split.stem.slice(self.cur.text()).contains('\u{064B}');
        if let Some(without_alef) =
            key.strip_suffix('\u{0627}').filter(|_| letters >= 3 && (tanween || !self.lex.keeps_final_alef.contains(key)))
        {
            word.pop();
            if let Some(s) = self.lex.singulars.get(without_alef) {
                return Some(s.clone());
            }
            return Some(word);
        }
        match sound_plural_suffix(key, MIN_REDUCED_PLURAL_LETTERS) {
            Some(suffix) => {
                word.pop();
                word.pop();
                // A feminine plural (-ات) is singular with teh marbuta.
                if suffix == FEMININE_PLURAL {
                    word.push('\u{0629}');
                }
                Some(word)
            }
            None => Some(word),
        }
    }
}
