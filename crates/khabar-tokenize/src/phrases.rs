//! A table of phrases over tokens: the one structure behind the gazetteer's
//! aliases, the lexicon's number words and units, and the outlet names.
//!
//! A phrase is a sequence of words. Its key is made by the same tokenizer
//! that reads the text, so a key and the text it should match can never
//! disagree on where words break: `ك.م.س`, `SY24`, `عربي21` and `al-Baghdadi`
//! are keyed as the tokens the text gives, whichever table holds them.
//! Phrases share a trie of normalized words; a [`WordSieve`] of first words,
//! private to the table, rules out most tokens before any hashing.
//!
//! Lookups go through a [`Matcher`] bound to one document's tokens. Making
//! one checks that the tokens were normalized as the keys were: the table
//! refuses tokens of another normalization rather than silently matching
//! nothing (see [`PhraseTable::matcher`]).

use crate::normalize::NormalizeConfig;
use crate::sieve::WordSieve;
use crate::tokens::{Token, TokenKind, Tokenizer, TokenizerConfig, Tokens};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// How a word of a key (and of the text) is written in the table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KeyRule {
    /// The token's normalized form, as it is.
    #[default]
    Normalized,
    /// The normalized form, except that Latin words are lowercased unless
    /// they are acronyms (two letters or more, none lowercase), which keep
    /// their case: `SDF` and `US` stay themselves, so that the pronoun "us"
    /// is not the United States, while `Baghdadi` matches `BAGHDADI`.
    LatinAcronymsKeepCase,
}

impl KeyRule {
    /// The key of one word (a token's normalized form) of kind `kind`.
    pub fn key<'w>(self, kind: TokenKind, norm: &'w str) -> Cow<'w, str> {
        match self {
            KeyRule::LatinAcronymsKeepCase if kind == TokenKind::Latin => {
                let letters = norm.chars().filter(|c| c.is_alphabetic()).count();
                if letters >= 2 && norm.chars().all(|c| !c.is_lowercase()) {
                    Cow::Borrowed(norm)
                } else {
                    Cow::Owned(norm.to_lowercase())
                }
            }
            _ => Cow::Borrowed(norm),
        }
    }
}

/// Options of a [`PhraseTable`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PhraseTableConfig {
    /// The tokenizer that makes the keys; the text must be tokenized with
    /// the same normalization.
    pub tokenizer: TokenizerConfig,
    /// How words are keyed.
    pub keys: KeyRule,
}

/// The most words a phrase may have. Matching walks a phrase word by word
/// from every token that starts one: a bound keeps that walk short whatever
/// a user's table holds.
pub const MAX_PHRASE_WORDS: usize = 16;

/// A phrase that cannot be a key.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhraseError {
    /// Nothing is left of it once tokenized and normalized.
    #[error("{phrase:?} has no word once tokenized and normalized")]
    Empty {
        /// The phrase as given.
        phrase: String,
    },
    /// It has more than [`MAX_PHRASE_WORDS`] words.
    #[error("{:?} has {words} words; a phrase has at most {MAX_PHRASE_WORDS}", shortened(phrase))]
    TooLong {
        /// The phrase as given.
        phrase: String,
        /// How many words it has.
        words: usize,
    },
}

/// A phrase as a message quotes it: its first 60 characters, and `…` when
/// there were more, so that a runaway entry does not flood the terminal.
pub fn shortened(phrase: &str) -> std::borrow::Cow<'_, str> {
    match phrase.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &phrase[..cut]).into(),
        None => phrase.into(),
    }
}

/// Tokens normalized otherwise than a table's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the tokens were normalized with {tokens:?}, the table's keys with {table:?}")]
pub struct OtherNormalization {
    /// How the tokens were normalized.
    pub tokens: NormalizeConfig,
    /// How the table's keys were.
    pub table: NormalizeConfig,
}

/// A place in the trie: the words of a phrase read so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Node(u32);

#[derive(Clone, Debug)]
struct TrieNode<V> {
    next: FxHashMap<Box<str>, Node>,
    values: Vec<V>,
}

impl<V> Default for TrieNode<V> {
    fn default() -> Self {
        TrieNode { next: FxHashMap::default(), values: Vec::new() }
    }
}

/// Phrases of normalized words, each with the values it stands for.
///
/// ```
/// use khabar_tokenize::{PhraseTable, Tokenizer};
///
/// let mut table = PhraseTable::default();
/// table.insert("كم مربع", "km2").unwrap();
/// table.insert("ك.م.س", "kms").unwrap();
/// let tokens = Tokenizer::default().tokenize("مساحة 5 كم مربع و3 ك.م.س");
/// let m = table.matcher(&tokens).unwrap();
/// let found: Vec<(usize, &str)> = (0..tokens.len())
///     .filter_map(|i| m.first(tokens.norm(i)?).map(|node| (i, node)))
///     .flat_map(|(i, node)| m.phrases_from(node, i + 1).into_iter().map(move |(end, values)| (end - i, values[0])))
///     .collect();
/// assert_eq!(found, [(2, "km2"), (5, "kms")]);
/// ```
#[derive(Clone, Debug)]
pub struct PhraseTable<V> {
    config: PhraseTableConfig,
    tokenizer: Tokenizer,
    /// Node 0 is the root.
    nodes: Vec<TrieNode<V>>,
    /// The first words of every phrase: a "certainly not" before the
    /// root's map.
    first_words: WordSieve,
}

impl<V> Default for PhraseTable<V> {
    fn default() -> Self {
        PhraseTable::new(PhraseTableConfig::default())
    }
}

impl<V> PhraseTable<V> {
    /// An empty table.
    pub fn new(config: PhraseTableConfig) -> PhraseTable<V> {
        PhraseTable {
            config,
            tokenizer: Tokenizer::new(config.tokenizer),
            nodes: vec![TrieNode::default()],
            first_words: WordSieve::default(),
        }
    }

    /// The options it was made with.
    pub fn config(&self) -> PhraseTableConfig {
        self.config
    }

    /// The words of `phrase` as the table keys them: the normalized forms of
    /// its tokens, under the table's [`KeyRule`]. Word lists that sit beside
    /// a table (titles, given names) are keyed with this too. A token that
    /// normalizes to nothing (a lone diacritic) is no word.
    pub fn words(&self, phrase: &str) -> Vec<String> {
        let tokens = self.tokenizer.tokenize(phrase);
        tokens.iter().filter(|t| !t.norm.is_empty()).map(|t| self.config.keys.key(t.kind, t.norm).into_owned()).collect()
    }

    /// The key of a token of the text.
    #[inline]
    pub fn key_of<'t>(&self, token: &Token<'t>) -> Cow<'t, str> {
        self.config.keys.key(token.kind, token.norm)
    }

    /// Adds `value` under `phrase`. A value already held by the same phrase
    /// is not added twice. Values of one phrase keep the order they were
    /// added in.
    pub fn insert(&mut self, phrase: &str, value: V) -> Result<Node, PhraseError>
    where
        V: PartialEq,
    {
        let words = self.words(phrase);
        if words.len() > MAX_PHRASE_WORDS {
            return Err(PhraseError::TooLong { phrase: phrase.to_string(), words: words.len() });
        }
        let Some(first) = words.first() else {
            return Err(PhraseError::Empty { phrase: phrase.to_string() });
        };
        self.first_words.insert(first);
        let mut node = Node(0);
        for word in words {
            node = match self.node(node).next.get(word.as_str()) {
                Some(&next) => next,
                None => {
                    let next = Node(u32::try_from(self.nodes.len()).unwrap_or(u32::MAX));
                    self.nodes.push(TrieNode::default());
                    self.node_mut(node).next.insert(word.into_boxed_str(), next);
                    next
                }
            };
        }
        let values = &mut self.node_mut(node).values;
        if !values.contains(&value) {
            values.push(value);
        }
        Ok(node)
    }

    #[inline]
    fn node(&self, node: Node) -> &TrieNode<V> {
        // Nodes are only made by `insert`, which pushes them: always in
        // range. The root stands in for a node of another table.
        self.nodes.get(node.0 as usize).unwrap_or(&self.nodes[0])
    }

    fn node_mut(&mut self, node: Node) -> &mut TrieNode<V> {
        let i = if (node.0 as usize) < self.nodes.len() { node.0 as usize } else { 0 };
        &mut self.nodes[i]
    }

    /// Calls `each` with the words and values of every phrase of the table.
    pub fn for_each_phrase(&self, mut each: impl FnMut(&[&str], &[V])) {
        let mut path = Vec::new();
        self.visit(Node(0), &mut path, &mut each);
    }

    fn visit<'s>(&'s self, node: Node, path: &mut Vec<&'s str>, each: &mut impl FnMut(&[&str], &[V])) {
        let trie = self.node(node);
        if !trie.values.is_empty() {
            each(path, &trie.values);
        }
        // Words in order, so that the walk is the same on every run.
        let mut next: Vec<(&str, Node)> = trie.next.iter().map(|(w, n)| (&**w, *n)).collect();
        next.sort_unstable();
        for (word, node) in next {
            path.push(word);
            self.visit(node, path, each);
            path.pop();
        }
    }

    /// True when the table holds no phrase.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() == 1
    }

    /// A matcher over `tokens`, or an error when they were normalized
    /// otherwise than the keys (their words would silently miss: a key with
    /// ة never equals a word folded to ه).
    pub fn matcher<'s, 'd, 't>(&'s self, tokens: &'d Tokens<'t>) -> Result<Matcher<'s, 'd, 't, V>, OtherNormalization> {
        let table = self.config.tokenizer.normalize;
        if tokens.normalization() != table {
            return Err(OtherNormalization { tokens: tokens.normalization(), table });
        }
        Ok(Matcher { table: self, tokens })
    }
}

/// Lookups of one table over one document's tokens.
#[derive(Clone, Copy, Debug)]
pub struct Matcher<'s, 'd, 't, V> {
    table: &'s PhraseTable<V>,
    tokens: &'d Tokens<'t>,
}

impl<'s, 'd, 't, V> Matcher<'s, 'd, 't, V> {
    /// The tokens it reads.
    pub fn tokens(&self) -> &'d Tokens<'t> {
        self.tokens
    }

    /// The table it reads.
    pub fn table(&self) -> &'s PhraseTable<V> {
        self.table
    }

    /// False when no proclitic reading of token `i` can start a phrase:
    /// one look, before its readings are worked out. Latin words keyed
    /// apart from their normalized form always pass.
    #[inline]
    pub fn may_start_at(&self, i: usize) -> bool {
        match (self.tokens.kind(i), self.tokens.norm(i)) {
            (Some(kind), Some(norm)) => self.may_start_with(kind, norm),
            _ => false,
        }
    }

    /// [`Matcher::may_start_at`] for a token whose kind and normalized form
    /// the caller has read already.
    #[inline]
    pub fn may_start_with(&self, kind: TokenKind, norm: &str) -> bool {
        (kind == TokenKind::Latin && self.table.config.keys != KeyRule::Normalized) || self.table.first_words.may_hold_a_reading_of(norm)
    }

    /// The node after the first word `word` (a key: a normalized reading
    /// of a token), when some phrase starts with it.
    #[inline]
    pub fn first(&self, word: &str) -> Option<Node> {
        if !self.table.first_words.may_contain(word) {
            return None;
        }
        self.table.nodes[0].next.get(word).copied()
    }

    /// The node after `word` from `node`.
    #[inline]
    pub fn next(&self, node: Node, word: &str) -> Option<Node> {
        let next = &self.table.node(node).next;
        if next.is_empty() {
            return None;
        }
        next.get(word).copied()
    }

    /// The node after token `j` (by its key) from `node`.
    #[inline]
    pub fn next_token(&self, node: Node, j: usize) -> Option<Node> {
        self.next_token_in(self.table.node(node), j)
    }

    /// No phrase runs across a line break: a headline's last word and the
    /// dateline after it (…سوريا \n 24 يونيو) are no phrase.
    #[inline]
    fn next_token_in(&self, trie: &TrieNode<V>, j: usize) -> Option<Node> {
        if trie.next.is_empty() || self.tokens.line_break_before(j) {
            return None;
        }
        // Read by kind and normalized form, without building the token's
        // view.
        let key = self.table.config.keys.key(self.tokens.kind(j)?, self.tokens.norm(j)?);
        trie.next.get(key.as_ref()).copied()
    }

    /// The values of the phrases that end at `node`.
    #[inline]
    pub fn values(&self, node: Node) -> &'s [V] {
        &self.table.node(node).values
    }

    /// Every phrase that goes on from `node` over the tokens from `j`, word
    /// by word, longest first: `each` gets the token after it and its
    /// values. `node` itself comes last, with `j`, when phrases end there.
    #[inline]
    pub fn each_phrase_from(&self, node: Node, j: usize, each: &mut impl FnMut(usize, &'s [V])) {
        let trie = self.table.node(node);
        // Most phrases are one word: no deeper look.
        if let Some(next) = self.next_token_in(trie, j) {
            self.each_deeper_phrase(next, j + 1, each);
        }
        if !trie.values.is_empty() {
            each(j, &trie.values);
        }
    }

    /// [`Matcher::each_phrase_from`] past the first word. The recursion is
    /// as deep as the longest phrase: at most [`MAX_PHRASE_WORDS`] words.
    fn each_deeper_phrase(&self, node: Node, j: usize, each: &mut impl FnMut(usize, &'s [V])) {
        let trie = self.table.node(node);
        if let Some(next) = self.next_token_in(trie, j) {
            self.each_deeper_phrase(next, j + 1, each);
        }
        if !trie.values.is_empty() {
            each(j, &trie.values);
        }
    }

    /// The phrases of [`Matcher::each_phrase_from`], collected.
    pub fn phrases_from(&self, node: Node, j: usize) -> Vec<(usize, &'s [V])> {
        let mut found = Vec::new();
        self.each_phrase_from(node, j, &mut |end, values| found.push((end, values)));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::NormalizeConfig;

    #[test]
    fn keys_break_where_the_text_breaks() {
        let mut table = PhraseTable::default();
        for (phrase, value) in [("عربي21", 1), ("ك.م.س", 2), ("al-Baghdadi", 3)] {
            table.insert(phrase, value).unwrap();
        }
        for (text, value, words) in [("موقع عربي 21", 1, 2), ("مسافة 3 ك.م.س", 2, 5), ("said al-Baghdadi", 3, 3)] {
            let tokens = Tokenizer::default().tokenize(text);
            let m = table.matcher(&tokens).unwrap();
            let found: Vec<(usize, i32)> = (0..tokens.len())
                .filter_map(|i| Some((i, m.first(tokens.norm(i)?)?)))
                .flat_map(|(i, node)| m.phrases_from(node, i + 1).into_iter().map(move |(end, v)| (end - i, v[0])))
                .collect();
            assert_eq!(found, [(words, value)], "{text}");
        }
    }

    #[test]
    fn longest_phrase_first_and_values_in_order() {
        let mut table = PhraseTable::default();
        table.insert("كم", "km").unwrap();
        table.insert("كم مربع", "km2").unwrap();
        table.insert("كم", "km again").unwrap();
        table.insert("كم", "km").unwrap();
        let tokens = Tokenizer::default().tokenize("كم مربع");
        let m = table.matcher(&tokens).unwrap();
        let node = m.first("كم").unwrap();
        let found: Vec<(usize, Vec<&str>)> = m.phrases_from(node, 1).into_iter().map(|(end, v)| (end, v.to_vec())).collect();
        assert_eq!(found, [(2, vec!["km2"]), (1, vec!["km", "km again"])]);
    }

    #[test]
    fn no_phrase_runs_across_a_line_break() {
        let mut table = PhraseTable::default();
        table.insert("كم مربع", "km2").unwrap();
        table.insert("كم", "km").unwrap();
        for (text, expected) in [("كم مربع", vec![(2, "km2"), (1, "km")]), ("كم\nمربع", vec![(1, "km")])] {
            let tokens = Tokenizer::default().tokenize(text);
            let m = table.matcher(&tokens).unwrap();
            let node = m.first("كم").unwrap();
            let found: Vec<(usize, &str)> = m.phrases_from(node, 1).into_iter().map(|(end, v)| (end, v[0])).collect();
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn every_phrase_is_visited_once_in_order() {
        let mut table = PhraseTable::default();
        for (phrase, v) in [("كم مربع", 2), ("كم", 1), ("ميل", 3), ("كم", 4)] {
            table.insert(phrase, v).unwrap();
        }
        let mut seen = Vec::new();
        table.for_each_phrase(|words, values| seen.push((words.join(" "), values.to_vec())));
        assert_eq!(seen, [("كم".to_string(), vec![1, 4]), ("كم مربع".to_string(), vec![2]), ("ميل".to_string(), vec![3])]);
    }

    #[test]
    fn refuses_tokens_of_another_normalization() {
        let mut table = PhraseTable::default();
        table.insert("قوات سوريا الديمقراطية", ()).unwrap();
        let folded = Tokenizer::new(TokenizerConfig { normalize: NormalizeConfig { fold_teh_marbuta: true } });
        let tokens = folded.tokenize("قوات سوريا الديمقراطية");
        assert!(table.matcher(&tokens).is_err());
        assert!(table.matcher(&Tokenizer::default().tokenize("قوات")).is_ok());
    }

    #[test]
    fn latin_acronyms_keep_their_case() {
        let rule = KeyRule::LatinAcronymsKeepCase;
        for (word, key) in [("SDF", "SDF"), ("US", "US"), ("us", "us"), ("Baghdadi", "baghdadi"), ("X", "x"), ("SY24", "SY24")] {
            assert_eq!(rule.key(TokenKind::Latin, word), key, "{word}");
        }
        assert_eq!(KeyRule::Normalized.key(TokenKind::Latin, "Baghdadi"), "Baghdadi");
    }

    #[test]
    fn empty_and_endless_phrases_are_refused() {
        let mut table: PhraseTable<()> = PhraseTable::default();
        assert!(matches!(table.insert("  ً ", ()), Err(PhraseError::Empty { .. })));
        let long = vec!["كلمة"; MAX_PHRASE_WORDS + 1].join(" ");
        assert!(matches!(table.insert(&long, ()), Err(PhraseError::TooLong { words: 17, .. })));
        assert!(table.is_empty());
        let longest = vec!["كلمة"; MAX_PHRASE_WORDS].join(" ");
        table.insert(&longest, ()).unwrap();
        let tokens = Tokenizer::default().tokenize(&longest);
        let m = table.matcher(&tokens).unwrap();
        let node = m.first("كلمة").unwrap();
        assert_eq!(m.phrases_from(node, 1).into_iter().map(|(end, _)| end).collect::<Vec<_>>(), [MAX_PHRASE_WORDS]);
    }
}
