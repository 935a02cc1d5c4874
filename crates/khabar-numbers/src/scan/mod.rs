//! The grammar: a left-to-right scan over tokens that reads dates first
//! (their digits are never quantities), then quantities.
//!
//! - [`cursor`] reads the tokens around a position;
//! - [`hits`] looks every token up in the lexicon once;
//! - [`numerals`] read values (number words, scales, ordinals) and emit
//!   nothing;
//! - [`dates`] recognize and emit dates and times;
//! - [`relative`] recognizes and emits relative dates (أمس، الشهر الماضي),
//!   when asked;
//! - [`quantities`] recognize and emit quantities, with their unit,
//!   qualifier and counted noun;
//! - [`counted`] reduces a counted noun to its singular base form;
//! - [`durations`] adds up the parts of a duration (ساعتين ودقيقة).
//!
//! The scan visits only the tokens that can open something and tries the
//! recognizers of [`Scan::RECOGNIZERS`] in order; the first that matches
//! says where the scan goes on.

mod clock;
mod counted;
mod cursor;
mod dates;
mod durations;
mod hits;
mod numerals;
mod quantities;
mod ranges;
mod relative;

use crate::lexicon::{Lexicon, What};
use crate::Extraction;
use cursor::Cursor;
use hits::{is_web_address_head, Hit, Hits};
use khabar_tokenize::{Matcher, TokenKind, Tokens};

/// The most numbers a text of one line without words may hold and still be
/// read as a phrase (`1 500 000`, `10 - 15`) rather than a list of figures.
const PHRASE_NUMBERS: usize = 4;

/// What a recognizer made of the tokens at its position (it returns `None`
/// when they are not its kind of thing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// It emitted a date or a quantity; the scan goes on at this token.
    Emitted(usize),
    /// It read tokens that are neither (a web address, an identifier, a
    /// number beyond reason) and emitted nothing; the scan goes on at this
    /// token.
    Consumed(usize),
    /// A number the quantity grammar reads as a year standing alone
    /// (`منذ 2014`): the dates module emits it, and the scan goes on at
    /// `end`.
    YearAlone {
        /// Original offset of the year's first byte.
        start: usize,
        /// The token after the year (and its era mark).
        end: usize,
        /// The year.
        year: u32,
    },
}

/// A recognizer: the grammar of one kind of thing at a token.
type Recognizer<'a, 'l> = fn(&mut Scan<'a, 'l>, usize) -> Option<Step>;

pub(crate) struct Scan<'a, 'l> {
    lex: &'l Lexicon,
    cur: Cursor<'a>,
    hits: Hits<'a, 'l>,
    /// The month (and year) named last, for الشهر ذاته.
    last_month: Option<(Option<i32>, u32)>,
    /// The month the text has named as its own (آذار الجاري), for الشهر
    /// الجاري and 15 الجاري.
    current_month: Option<(Option<i32>, u32)>,
    /// Emit relative dates (أمس، الشهر الماضي).
    relative: bool,
    /// The tokens of the last line found to hold a word (see
    /// [`Scan::line_has_word`]).
    wordy_line: std::ops::Range<usize>,
    out: Extraction,
}

impl<'a, 'l> Scan<'a, 'l> {
    /// The recognizers, in the order they are tried at a token: what a
    /// list item number or a web address holds is no date or quantity, and
    /// dates come before quantities so that their digits are never counts.
    const RECOGNIZERS: [Recognizer<'a, 'l>; 7] = [
        Scan::web_address_at,
        Scan::list_item_number_at,
        Scan::clock_time_at,
        Scan::date_at,
        Scan::relative_at,
        Scan::headless_clock_at,
        Scan::quantity_at,
    ];

    pub(crate) fn new(lex: &'l Lexicon, phrases: &Matcher<'l, '_, '_, What>, tokens: &'a Tokens<'a>, relative: bool) -> Scan<'a, 'l> {
        let cur = Cursor::new(tokens);
        Scan {
            lex,
            cur,
            hits: Hits::look_up(phrases, cur),
            last_month: None,
            current_month: None,
            relative,
            wordy_line: 0..0,
            // A quantity every few dozen tokens of news text, a date or two
            // per article.
            out: Extraction { quantities: Vec::with_capacity(tokens.len() / 32), dates: Vec::with_capacity(4) },
        }
    }

    pub(crate) fn run(mut self) -> Extraction {
        let openers = std::mem::take(&mut self.hits.openers);
        let mut i = 0;
        // Only a number, an article before one (الـ 12) or a word the
        // lexicon knows can open a date or a quantity: go from one such
        // token to the next that a match has not consumed.
        for opener in openers {
            if opener < i {
                continue;
            }
            i = opener;
            let step = Self::RECOGNIZERS.iter().find_map(|recognize| recognize(&mut self, i));
            i = match step {
                Some(Step::Emitted(end) | Step::Consumed(end)) => end,
                Some(Step::YearAlone { start, end, year }) => {
                    self.emit_year_alone(start, end, year);
                    end
                }
                None => i + 1,
            };
        }
        self.day_ranges();
        self.years_of_ranges();
        self.link_ranges();
        self.out
    }

    /// A web address holds dates and numbers of its own: it is read whole.
    fn web_address_at(&mut self, i: usize) -> Option<Step> {
        if self.cur.kind(i) != Some(TokenKind::Latin) || !is_web_address_head(self.cur.norm(i)) {
            return None;
        }
        let mut end = i + 1;
        while end < self.cur.len() && self.cur.glued(end) {
            end += 1;
        }
        Some(Step::Consumed(end))
    }

    /// `1-` or `2)` opening a line numbers a list item; `17 - 06 - 2024`
    /// opening a line is a date, and so is `18/07/2015 - 11:42` (a number
    /// written with «/» numbers no item).
    fn list_item_number_at(&mut self, i: usize) -> Option<Step> {
        let date_goes_on = self.cur.kind(i + 2) == Some(TokenKind::Number) && self.cur.is_punct(i + 3, '-');
        let numbers_item = self.cur.kind(i) == Some(TokenKind::Number)
            && !self.cur.norm(i).contains('/')
            && (i == 0 || self.cur.line_break_before(i))
            && ['-', ')', '.', '–'].iter().any(|&c| self.cur.is_punct(i + 1, c))
            && !self.cur.glued(i + 2)
            && !date_goes_on;
        numbers_item.then_some(Step::Consumed(i + 2))
    }

    /// Whether the line of token `i` holds a word (Arabic or Latin), or is
    /// a phrase of a few numbers making the whole text. When it is neither,
    /// returns the token that opens the next line.
    ///
    /// A number with no word on its line of a longer text (a page number, a
    /// share counter, a column of figures) says nothing countable. The next
    /// tokens settle it for most numbers; otherwise the whole line is read
    /// once and remembered, so a line of numbers costs one pass.
    fn line_has_word(&mut self, i: usize) -> Result<(), usize> {
        let is_word = |k: Option<TokenKind>| matches!(k, Some(TokenKind::Arabic | TokenKind::Latin));
        let same_line_after = |j: usize| j < self.cur.len() && !self.cur.line_break_before(j);
        if (i > 0 && !self.cur.line_break_before(i) && is_word(self.cur.kind(i - 1)))
            || (same_line_after(i + 1) && is_word(self.cur.kind(i + 1)))
            || self.wordy_line.contains(&i)
        {
            return Ok(());
        }
        let mut start = i;
        while start > 0 && !self.cur.line_break_before(start) {
            start -= 1;
        }
        let mut end = i + 1;
        while same_line_after(end) {
            end += 1;
        }
        // A text of one line with a few numbers is a phrase given as it is
        // («100»، «1 500 000»); a longer one is a list of figures.
        let phrase = start == 0
            && end == self.cur.len()
            && (start..end).filter(|&j| self.cur.kind(j) == Some(TokenKind::Number)).nth(PHRASE_NUMBERS).is_none();
        if phrase || (start..end).any(|j| is_word(self.cur.kind(j))) {
            self.wordy_line = start..end;
            Ok(())
        } else {
            Err(end)
        }
    }

    /// The first hit at `i` that `pick` accepts, trying the plainest reading
    /// first.
    fn find<T>(&self, i: usize, pick: impl FnMut(&Hit<'a, 'l>) -> Option<T>) -> Option<(Hit<'a, 'l>, T)> {
        self.hits.find(i, pick)
    }
}
