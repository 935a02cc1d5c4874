//! The rules: a left-to-right scan over tokens that reads dates first
//! (their digits are never quantities), then quantities.

use crate::calendar::{hijri_to_gregorian, valid_day};
use crate::lexicon::{Lexicon, Phrase, ScaleForm, Unit, What};
use crate::value::{finite, parse_digits, plain_integer, MAX_VALUE};
use crate::{DateKind, DateMention, Extraction, Qualifier, Quantity, QuantityKind};
use khabar_tokenize::chars::is_arabic_mark;
use khabar_tokenize::{strip_article, Span, TokenKind, Tokens};

/// `http`, `https` or `www`: the token opens a web address.
fn is_web_address_head(norm: &str) -> bool {
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
struct Hit<'a, 'l> {
    /// The normalized first word as found (proclitics and, when `article`,
    /// the article removed).
    form: &'a str,
    /// Original offset where the phrase starts (after any proclitic).
    start: usize,
    /// Token index one past the phrase.
    end: usize,
    what: &'l What,
    /// A proclitic was removed to find it.
    prefixed: bool,
    /// The removed proclitic was exactly the conjunction و.
    prefix_waw: bool,
    /// The article was removed to find it.
    article: bool,
}

pub(crate) struct Scan<'a, 'l> {
    lex: &'l Lexicon,
    tokens: &'a Tokens<'a>,
    /// hits[hit_start[i]..hit_start[i + 1]] are the hits of token i.
    hits: Vec<Hit<'a, 'l>>,
    hit_start: Vec<usize>,
    /// The tokens that can open a date or a quantity, in order: numbers,
    /// tokens with hits, the article alone (الـ 12), and web addresses
    /// (skipped whole). The scan visits only these.
    openers: Vec<usize>,
    /// The month (and year) named last, for الشهر ذاته.
    last_month: Option<(Option<i32>, u32)>,
    out: Extraction,
}

const WAW: &str = "\u{0648}";
const ARTICLE: &str = "\u{0627}\u{0644}";
const MIN: &str = "\u{0645}\u{0646}";

impl<'a, 'l> Scan<'a, 'l> {
    pub(crate) fn new(lex: &'l Lexicon, tokens: &'a Tokens<'a>) -> Scan<'a, 'l> {
        let mut scan = Scan {
            lex,
            tokens,
            // About one token in sixteen is a hit or opens one.
            hits: Vec::with_capacity(tokens.len() / 16),
            hit_start: Vec::new(),
            openers: Vec::with_capacity(tokens.len() / 16),
            last_month: None,
            // A quantity every few dozen tokens of news text, a date or two
            // per article.
            out: Extraction { quantities: Vec::with_capacity(tokens.len() / 32), dates: Vec::with_capacity(4) },
        };
        scan.find_hits();
        scan
    }

    fn find_hits(&mut self) {
        let mut buf = String::new();
        self.hit_start.reserve(self.tokens.len() + 1);
        for i in 0..self.tokens.len() {
            let hits_before = self.hits.len();
            self.hit_start.push(hits_before);
            // Tokens are read by kind and normalized form here, without
            // building their views: most of them open nothing.
            let kind = self.kind(i);
            if kind == Some(TokenKind::Number) {
                self.openers.push(i);
                continue;
            }
            let norm = self.norm(i);
            if self.lex.may_start_phrase_in(norm) {
                if let Some(tok) = self.tokens.get(i) {
                    if tok.may_have_proclitic() {
                        for split in tok.splits() {
                            self.hits_of_reading(i, split, &mut buf);
                        }
                    } else {
                        self.hits_of_reading(i, tok.unsplit(), &mut buf);
                    }
                }
            }
            if self.hits.len() > hits_before || norm == ARTICLE || (kind == Some(TokenKind::Latin) && is_web_address_head(norm)) {
                self.openers.push(i);
            }
        }
        self.hit_start.push(self.hits.len());
    }

    /// Looks one reading of token `i` up, with and without its article.
    fn hits_of_reading(&mut self, i: usize, split: khabar_tokenize::Split<'a>, buf: &mut String) {
        let lex = self.lex;
        let with_article = lex.phrases_starting(split.dictionary_form(buf));
        let bare = split.without_article();
        let has_bare = bare.len() < split.stem_norm.len() || split.elided_article;
        let without_article = if has_bare { lex.phrases_starting(bare) } else { &[] };
        // Most words are in no table: nothing more to do.
        if with_article.is_empty() && without_article.is_empty() {
            return;
        }
        let prefixed = !split.is_unsplit();
        let prefix_waw = prefixed && split.prefix.slice(self.tokens.text()).chars().filter(|&c| !is_arabic_mark(c)).eq(WAW.chars());
        let reading = Reading { start: split.stem.start, form: split.stem_norm, prefixed, prefix_waw, article: false };
        self.add_hits(i, with_article, reading);
        self.add_hits(i, without_article, Reading { form: bare, article: true, ..reading });
    }

    fn add_hits(&mut self, i: usize, phrases: &'l [Phrase], r: Reading<'a>) {
        for phrase in phrases {
            if let Some(end) = self.rest_matches(i + 1, phrase) {
                self.hits.push(Hit {
                    start: r.start,
                    end,
                    what: &phrase.what,
                    form: r.form,
                    prefixed: r.prefixed,
                    prefix_waw: r.prefix_waw,
                    article: r.article,
                });
            }
        }
    }

    fn rest_matches(&self, from: usize, phrase: &Phrase) -> Option<usize> {
        for (k, word) in phrase.rest.iter().enumerate() {
            if self.tokens.norm(from + k)? != word {
                return None;
            }
        }
        Some(from + phrase.rest.len())
    }

    fn end_of(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(0, |t| t.span.end)
    }

    fn start_of(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(0, |t| t.span.start)
    }

    fn text_of(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text)
    }

    /// The proclitic readings of token `i` (none past the end).
    fn splits_of(&self, i: usize) -> impl Iterator<Item = khabar_tokenize::Split<'a>> {
        self.tokens.get(i).into_iter().flat_map(|t| t.splits())
    }

    fn hits_at(&self, i: usize) -> &[Hit<'a, 'l>] {
        match (self.hit_start.get(i), self.hit_start.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.hits[a..b],
            _ => &[],
        }
    }

    /// The first hit at `i` that `pick` accepts, trying the plainest reading
    /// first (hits are stored unsplit first).
    fn find<T>(&self, i: usize, mut pick: impl FnMut(&Hit<'a, 'l>) -> Option<T>) -> Option<(Hit<'a, 'l>, T)> {
        self.hits_at(i).iter().find_map(|h| pick(h).map(|t| (*h, t)))
    }

    fn norm(&self, i: usize) -> &'a str {
        self.tokens.norm(i).unwrap_or("")
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.kind(i)
    }

    /// No whitespace between tokens `i - 1` and `i`.
    fn glued(&self, i: usize) -> bool {
        self.tokens.gap_before(i).is_empty()
    }

    pub(crate) fn run(mut self) -> Extraction {
        let n = self.tokens.len();
        let openers = std::mem::take(&mut self.openers);
        let mut i = 0;
        // Only a number, an article before one (الـ 12) or a word the
        // lexicon knows can open a date or a quantity: go from one such
        // token to the next that a match has not consumed.
        for opener in openers {
            if opener < i {
                continue;
            }
            i = opener;
            let kind = self.kind(i);
            // A web address holds dates and numbers of its own: skip it whole.
            if kind == Some(TokenKind::Latin) && is_web_address_head(self.norm(i)) {
                i += 1;
                while i < n && self.glued(i) {
                    i += 1;
                }
                continue;
            }
            // 1- or 2) opening a line numbers a list item.
            if kind == Some(TokenKind::Number)
                && (i == 0 || self.tokens.line_break_before(i))
                && self.tokens.get(i + 1).is_some_and(|t| t.is_punct('-') || t.is_punct(')') || t.is_punct('.') || t.is_punct('–'))
                && !self.glued(i + 2)
            {
                i += 2;
                continue;
            }
            if let Some(end) = self.date_at(i) {
                i = end;
            } else if let Some(end) = self.quantity_at(i) {
                i = end;
            } else {
                i += 1;
            }
        }
        self.out
    }

    // ---------------------------------------------------------------- dates

    fn push_date(&mut self, start: usize, end_tok: usize, iso: String, kind: DateKind) {
        let end = self.end_of(end_tok - 1);
        self.out.dates.push(DateMention { span: Span::new(start, end), iso, kind });
    }

    /// Tries every date pattern at token `i`; returns the token after it.
    fn date_at(&mut self, i: usize) -> Option<usize> {
        let tok = self.tokens.get(i)?;
        if tok.kind == TokenKind::Number {
            if let Some(end) = self.numeric_date_at(i) {
                return Some(end);
            }
        }
        // [weekday] [الـ] day [من] month [year]
        let mut j = i;
        let start = tok.span.start;
        if self.lex.weekdays.contains(self.norm(j)) {
            j += 1;
        }
        if self.norm(j) == ARTICLE && self.kind(j) == Some(TokenKind::Arabic) {
            j += 1;
        }
        if let Some((day, after_day)) = self.day_at(j) {
            let mut k = after_day;
            if self.norm(k) == MIN {
                k += 1;
            }
            if let Some((h, _)) = self.find(k, |h| matches!(h.what, What::SameMonth).then_some(())) {
                if self.day_of_last_month(start, h.end, day) {
                    return Some(h.end);
                }
            }
            // 15 الجاري: a day of the current month. With no month named yet
            // the text does not place it, and it is no count either.
            if matches!(self.norm(after_day), "الجاري" | "الحالي") {
                self.day_of_last_month(start, after_day + 1, day);
                return Some(after_day + 1);
            }
            if let Some(m) = self.month_at(k) {
                let (year, end) = self.year_after(m.end, m.hijri);
                if self.emit_date(start, end, year, m.month, Some(day), m.hijri) {
                    return Some(end);
                }
            }
        }
        // month [/month] [year]
        if let Some(m) = self.month_at(i) {
            let (year, end) = self.year_after(m.end, m.hijri);
            let settled = !m.ambiguous || year.is_some() || self.norm(i.wrapping_sub(1)) == "شهر" || self.relative_follows(end);
            if settled && self.emit_date(m.start, end, year, m.month, None, m.hijri) {
                return Some(end);
            }
        }
        // عام 2014
        if self.lex.year_heads.contains(self.norm(i)) {
            if let Some(year) = self.year_token(i + 1, false) {
                let end = self.skip_marker(i + 2, false);
                self.push_date(tok.span.start, end, format!("{year:04}"), DateKind::Year);
                return Some(end);
            }
        }
        None
    }

    /// Emits `day` of the month named last (الـ12 من الشهر ذاته), when a
    /// month was named and has that day.
    fn day_of_last_month(&mut self, start: usize, end: usize, day: u32) -> bool {
        match self.last_month {
            Some((year, month)) if valid_day(year, month, day) => {
                self.push_date(start, end, iso_date(year, month, Some(day)), DateKind::Date);
                true
            }
            _ => false,
        }
    }

    /// الماضي، المقبل، الجاري after a month name settle that it is one.
    fn relative_follows(&self, i: usize) -> bool {
        matches!(self.norm(i), "الماضي" | "المقبل" | "الجاري" | "القادم" | "الحالي" | "المنصرم")
    }

    fn emit_date(&mut self, start: usize, end: usize, year: Option<i32>, month: u32, day: Option<u32>, hijri: bool) -> bool {
        let (iso, remembered) = if hijri {
            let Some(y) = year else { return false };
            let Some((gy, gm, gd)) = hijri_to_gregorian(y, month, day.unwrap_or(1)) else {
                return false;
            };
            (iso_date(Some(gy), gm, day.map(|_| gd)), (Some(gy), gm))
        } else {
            if let Some(d) = day {
                if !valid_day(year, month, d) {
                    return false;
                }
            }
            (iso_date(year, month, day), (year, month))
        };
        self.last_month = Some(remembered);
        self.push_date(start, end, iso, DateKind::Date);
        true
    }

    /// A day of the month: a plain number 1–31 or an ordinal word.
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let tok = self.tokens.get(i)?;
        if tok.kind == TokenKind::Number {
            let d = plain_integer(tok.norm)?;
            return (1..=31).contains(&d).then_some((d, i + 1));
        }
        let (value, end) = self.ordinal_value_at(i)?;
        (1..=31).contains(&value).then_some((value, end))
    }

    /// A four-digit year at `i` (Gregorian 1800–2200, or Hijri 1200–1600).
    fn year_token(&self, i: usize, hijri: bool) -> Option<i32> {
        let tok = self.tokens.get(i)?;
        if tok.kind != TokenKind::Number || tok.norm.len() != 4 {
            return None;
        }
        let y = plain_integer(tok.norm)? as i32;
        let range = if hijri { 1200..=1600 } else { 1800..=2200 };
        range.contains(&y).then_some(y)
    }

    /// An optional year after a month: `2014`, `عام 2014`, with an era mark.
    fn year_after(&self, i: usize, hijri: bool) -> (Option<i32>, usize) {
        let at = if self.lex.year_heads.contains(self.norm(i)) { i + 1 } else { i };
        match self.year_token(at, hijri) {
            Some(y) => (Some(y), self.skip_marker(at + 1, hijri)),
            None => (None, i),
        }
    }

    /// Skips an era mark after a year (2014م, 1440 هـ).
    fn skip_marker(&self, i: usize, hijri: bool) -> usize {
        let set = if hijri { &self.lex.hijri_markers } else { &self.lex.gregorian_markers };
        if self.kind(i) == Some(TokenKind::Arabic) && set.contains(self.norm(i)) {
            i + 1
        } else {
            i
        }
    }

    /// A month name, or two joined by `/` or parentheses (شباط/فبراير,
    /// آذار (مارس)), which settles an ambiguous name.
    fn month_at(&self, i: usize) -> Option<MonthFound> {
        let (h, (month, ambiguous, hijri)) = self.find(i, |h| match h.what {
            What::Month { month, ambiguous } if !h.article => Some((u32::from(*month), *ambiguous, false)),
            What::HijriMonth { month, ambiguous } if !h.article => Some((u32::from(*month), *ambiguous, true)),
            _ => None,
        })?;
        let mut found = MonthFound { start: h.start, end: h.end, month, ambiguous, hijri };
        let j = h.end;
        let pair_open = self.tokens.get(j).is_some_and(|t| t.is_punct('/') || t.is_punct('('));
        if pair_open {
            let closes = self.tokens.get(j).is_some_and(|t| t.is_punct('('));
            if let Some((h2, m2)) = self.find(j + 1, |h| match h.what {
                What::Month { month, .. } if !h.prefixed && !h.article => Some(u32::from(*month)),
                _ => None,
            }) {
                if m2 == month && !hijri {
                    let mut end = h2.end;
                    if closes && self.tokens.get(end).is_some_and(|t| t.is_punct(')')) {
                        end += 1;
                    }
                    found.end = end;
                    found.ambiguous = false;
                }
            }
        }
        Some(found)
    }

    /// Dates written in digits: 22.03.2017, 22/03/2017, 2017-03-22, and
    /// times 21:38.
    fn numeric_date_at(&mut self, i: usize) -> Option<usize> {
        let tok = self.tokens.get(i)?;
        if tok.norm.contains(':') {
            let parts: Vec<&str> = tok.norm.split(':').collect();
            let ok = (2..=3).contains(&parts.len())
                && parts.iter().all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
                && parts[1].len() == 2;
            if !ok {
                return None;
            }
            let h: u32 = parts[0].parse().ok()?;
            let m: u32 = parts[1].parse().ok()?;
            let s: u32 = parts.get(2).map_or(Some(0), |p| p.parse().ok())?;
            if h > 24 || m > 59 || s > 59 {
                return None;
            }
            let iso = if parts.len() == 3 { format!("T{h:02}:{m:02}:{s:02}") } else { format!("T{h:02}:{m:02}") };
            self.push_date(tok.span.start, i + 1, iso, DateKind::Time);
            return Some(i + 1);
        }
        // Three groups from one token (22.03.2017) or from tokens joined by
        // hyphens without spaces (2017-03-22).
        let mut groups = [""; 3];
        let mut count = 0;
        let mut end = i + 1;
        if tok.norm.contains(['.', '/']) {
            for group in tok.norm.split(['.', '/']) {
                // A fourth group: no date.
                *groups.get_mut(count)? = group;
                count += 1;
            }
        } else {
            groups[0] = tok.norm;
            count = 1;
            while count < 3
                && self.tokens.get(end).is_some_and(|t| t.is_punct('-'))
                && self.glued(end)
                && self.kind(end + 1) == Some(TokenKind::Number)
                && self.glued(end + 1)
            {
                groups[count] = self.norm(end + 1);
                count += 1;
                end += 2;
            }
        }
        if count != 3 || groups.iter().any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let (y, m, d) = if groups[0].len() == 4 && groups[1].len() <= 2 && groups[2].len() <= 2 {
            (groups[0], groups[1], groups[2])
        } else if groups[2].len() == 4 && groups[0].len() <= 2 && groups[1].len() <= 2 {
            (groups[2], groups[1], groups[0])
        } else {
            return None;
        };
        let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        if !(1..=12).contains(&m) || !valid_day(Some(y), m, d) {
            return None;
        }
        self.last_month = Some((Some(y), m));
        self.push_date(tok.span.start, end, iso_date(Some(y), m, Some(d)), DateKind::Date);
        Some(end)
    }

    // ----------------------------------------------------------- quantities

    /// An ordinal at `i`: a unit ordinal, optionally with عشر (الحادي عشر)
    /// or و + tens (الحادي والعشرين). Returns its value and the token after.
    fn ordinal_value_at(&self, i: usize) -> Option<(u32, usize)> {
        let (h, v) = self.find(i, |h| match h.what {
            What::Ordinal(v) if !h.prefixed || h.prefix_waw => Some(*v),
            _ => None,
        })?;
        let mut value = v;
        let mut end = h.end;
        if v < 10 {
            if matches!(self.norm(end), "عشر" | "عشرة") {
                return Some((v + 10, end + 1));
            }
            let loose_waw = self.norm(end) == WAW && self.kind(end) == Some(TokenKind::Arabic);
            let at = if loose_waw { end + 1 } else { end };
            if let Some((h2, tens)) = self.find(at, |h| {
                let joined = if loose_waw { !h.prefixed } else { h.prefix_waw };
                match h.what {
                    What::Ordinal(t) if joined && *t >= 20 && *t % 10 == 0 && *t < 100 => Some(*t),
                    What::Number(t) if joined && *t >= 20.0 && *t < 100.0 && *t % 10.0 == 0.0 => Some(*t as u32),
                    _ => None,
                }
            }) {
                value += tens;
                end = h2.end;
            }
        }
        Some((value, end))
    }

    /// A qualifier phrase ending right before token `i` (or before an
    /// article standing before it: قرابة الـ200), with its span.
    fn qualifier_before(&self, i: usize) -> Option<(Qualifier, Span)> {
        let i = if i > 0 && self.norm(i - 1) == ARTICLE { i - 1 } else { i };
        for j in i.saturating_sub(5)..i {
            if let Some((h, q)) = self.find(j, |h| match h.what {
                What::Qualifier(q) if h.end == i => Some(*q),
                _ => None,
            }) {
                return Some((q, Span::new(h.start, self.end_of(i - 1))));
            }
        }
        None
    }

    /// A qualifier phrase that follows the quantity (10 آلاف تقريبا).
    fn post_qualifier_at(&self, i: usize) -> Option<(Qualifier, Span)> {
        self.find(i, |h| match h.what {
            What::PostQualifier(q) if !h.prefixed => Some(*q),
            _ => None,
        })
        .map(|(h, q)| (q, Span::new(h.start, self.end_of(h.end - 1))))
    }

    fn unit_at(&self, i: usize) -> Option<(Hit<'a, 'l>, &'l Unit)> {
        self.find(i, |h| match h.what {
            What::Unit(u) if !h.prefixed || u.kind == QuantityKind::Percent => Some(u),
            _ => None,
        })
    }

    fn scale_at(&self, i: usize) -> Option<(Hit<'a, 'l>, f64, ScaleForm)> {
        self.find(i, |h| match h.what {
            What::Scale { value, form } if !h.prefixed && !h.article => Some((*value, *form)),
            _ => None,
        })
        .map(|(h, (value, form))| (h, value, form))
    }

    /// The scale words from `i` on (11 ألف، 2 مليون، ألف ألف), duals
    /// excepted: their product, the token after them, and the last scale
    /// (0 when there is none).
    fn scales_after(&self, mut i: usize) -> (f64, usize, f64) {
        let (mut factor, mut last) = (1.0, 0.0);
        while let Some((h, s, form)) = self.scale_at(i) {
            if form == ScaleForm::Dual {
                break;
            }
            factor *= s;
            last = s;
            i = h.end;
        }
        (factor, i, last)
    }

    /// Number words from `i`, joined by و: ثلاثة وعشرون، مئة وخمسون،
    /// خمسة آلاف، نصف مليون. Returns (value, end, single compound-only word).
    fn word_number_at(&self, i: usize) -> Option<WordNumber> {
        let mut total = 0.0f64;
        let mut current = 0.0f64;
        let mut j = i;
        let mut items = 0;
        let mut last_scale = false;
        let mut last_scale_value = 0.0f64;
        let mut last_unit_value = 0.0f64;
        let mut start = None;
        let mut only_compound_word = false;
        let mut last_end = i;
        let mut overflow = false;
        loop {
            let first = j == i;
            // و written apart (خمسة و عشرون) joins like و glued to the word.
            let loose_waw = !first && self.norm(j) == WAW && self.kind(j) == Some(TokenKind::Arabic);
            if loose_waw {
                j += 1;
            }
            let Some((h, what)) = self.find(j, |h| {
                // After the first word, a number word joins with و glued
                // to it, with و written apart, or (teens, hundreds) bare.
                let joined = first || !h.prefixed || h.prefix_waw;
                match h.what {
                    What::Scale { .. } if h.article => None,
                    What::Number(_) | What::Scale { .. } | What::Fraction(_) if joined && (first || !h.article) => Some(h.what),
                    _ => None,
                }
            }) else {
                break;
            };
            match what {
                What::Number(v) => {
                    let v = *v;
                    let teen = !h.prefixed && v == 10.0 && (1.0..10.0).contains(&last_unit_value) && items > 0;
                    let hundreds = !h.prefixed && v == 100.0 && (1.0..10.0).contains(&current) && items > 0;
                    if !first && !h.prefix_waw && !loose_waw && !teen && !hundreds {
                        break;
                    }
                    if hundreds {
                        current *= 100.0;
                    } else {
                        current += v;
                    }
                    last_unit_value = if v < 10.0 { v } else { 0.0 };
                    last_scale = false;
                    if first {
                        only_compound_word = self.lex.compound_only.contains(h.form);
                    }
                }
                What::Fraction(f) => {
                    // مليون ونصف: a fraction joined by و after a scale word
                    // is that fraction of the scale.
                    if last_scale && (h.prefix_waw || loose_waw) && self.scale_at(h.end).is_none() {
                        total += *f * last_scale_value;
                        items += 1;
                        j = h.end;
                        last_end = j;
                        break;
                    }
                    // Otherwise a fraction counts only before a scale word.
                    if !self.scale_at(h.end).is_some_and(|(_, _, form)| form == ScaleForm::Singular) {
                        break;
                    }
                    if !first && !h.prefix_waw && !loose_waw {
                        break;
                    }
                    current += *f;
                    last_scale = false;
                }
                What::Scale { value, form } => {
                    if !first && (h.prefix_waw || loose_waw) && current > 0.0 {
                        break;
                    }
                    match form {
                        ScaleForm::Dual if current == 0.0 => total += 2.0 * value,
                        ScaleForm::Dual => break,
                        ScaleForm::Plural if current == 0.0 && !last_scale => {
                            if first {
                                return None; // آلاف alone is vague
                            }
                            break;
                        }
                        _ if current == 0.0 && last_scale => total *= value,
                        _ if current == 0.0 => total += value,
                        _ => {
                            total += current * value;
                            current = 0.0;
                        }
                    }
                    last_scale = true;
                    last_scale_value = *value;
                    last_unit_value = 0.0;
                }
                _ => break,
            }
            if first {
                start = Some(h.start);
            }
            items += 1;
            j = h.end;
            last_end = j;
            if !(total + current).is_finite() || total + current > MAX_VALUE {
                // Beyond any real amount: the whole run is consumed and
                // reported as nothing (so it is not read again from each of
                // its words).
                overflow = true;
            }
        }
        if items == 0 {
            return None;
        }
        let value = if overflow { f64::INFINITY } else { total + current };
        Some(WordNumber { start: start?, end: last_end, value, single_compound_only: items == 1 && only_compound_word })
    }

    fn quantity_at(&mut self, i: usize) -> Option<usize> {
        let tok = self.tokens.get(i)?;
        match tok.kind {
            TokenKind::Number => self.digit_quantity_at(i),
            TokenKind::Symbol => {
                // $10,000 and €5
                let (_, unit) = self.unit_at(i)?;
                if unit.kind != QuantityKind::Money || self.kind(i + 1) != Some(TokenKind::Number) {
                    return None;
                }
                let scale_follows = self.scale_at(i + 2).is_some();
                let value = parse_digits(self.norm(i + 1), scale_follows)?;
                let (factor, end, _) = self.scales_after(i + 2);
                self.finish(
                    i,
                    tok.span.start,
                    end,
                    Some(value * factor * unit.factor),
                    QuantityKind::Money,
                    Some(unit.code.to_string()),
                    None,
                )
            }
            TokenKind::Arabic => self.word_quantity_at(i),
            _ => None,
        }
    }

    fn digit_quantity_at(&mut self, i: usize) -> Option<usize> {
        let tok = self.tokens.get(i)?;
        let (digits, percent) = match tok.norm.strip_suffix('%') {
            Some(d) => (d, true),
            None => (tok.norm, false),
        };
        if digits.contains(':') {
            return None;
        }
        let mut start = tok.span.start;
        // A sign or a decimal mark glued before the number, with a space or
        // the start of the text before it: -1.2, .77, ٫٧٧.
        let mut sign = 1.0;
        let mut leading_point = false;
        if i > 0 && self.glued(i) && (i == 1 || !self.glued(i - 1) || self.kind(i - 2) != Some(TokenKind::Number)) {
            match self.text_of(i - 1) {
                "-" | "\u{2212}" => {
                    sign = -1.0;
                    start = self.start_of(i - 1);
                }
                "." | "\u{066B}" if i == 1 || !self.glued(i - 1) => {
                    leading_point = true;
                    start = self.start_of(i - 1);
                }
                _ => {}
            }
        }
        // 1440 هـ: a Hijri year alone spans two Gregorian years, so it gives
        // no ISO date; it is no count either.
        if plain_integer(digits).is_some_and(|y| (1200..=1600).contains(&y)) && self.skip_marker(i + 1, true) > i + 1 {
            return Some(i + 2);
        }
        // Phone numbers and other long codes are not amounts.
        if digits.len() >= 8
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (digits.starts_with('0') || i > 0 && self.text_of(i - 1) == "+")
        {
            return Some(i + 1);
        }
        let scale_follows = self.scale_at(i + 1).is_some_and(|(_, _, f)| f != ScaleForm::Dual);
        let parsed = if leading_point {
            digits.bytes().all(|b| b.is_ascii_digit()).then(|| format!("0.{digits}").parse().ok()).flatten()
        } else if let Some((num, den)) = digits.split_once('/') {
            // 11/10: a fraction.
            match (parse_digits(num, false), parse_digits(den, false)) {
                (Some(n), Some(d)) if d != 0.0 && !den.contains('/') => Some(n / d),
                _ => None,
            }
        } else {
            parse_digits(digits, scale_follows)
        };
        let Some(value) = parsed else {
            // Unreadable or out of range: consumed, reported as nothing.
            return Some(i + 1);
        };
        let (mut value, mut end) = self.decimal_word_after(value, i + 1);
        value *= sign;
        if percent {
            return self.finish(i, start, end, Some(value), QuantityKind::Percent, Some("percent".into()), None);
        }
        let (factor, after_scales, last_scale) = self.scales_after(end);
        let scaled = after_scales > end;
        value *= factor;
        end = after_scales;
        // 2 مليون ونصف: and a half of the scale.
        if scaled {
            if let Some((h, f)) = self.find(end, |h| match h.what {
                What::Fraction(f) if h.prefix_waw => Some(*f),
                _ => None,
            }) {
                if self.scale_at(h.end).is_none() {
                    value += f * last_scale;
                    end = h.end;
                }
            }
        }
        // 62 ألفاً و400: a smaller number joined by و completes the amount.
        if scaled && self.norm(end) == WAW && self.kind(end + 1) == Some(TokenKind::Number) {
            if let Some(rest) = plain_integer(self.norm(end + 1)).map(f64::from).filter(|&r| r > 0.0 && r < last_scale) {
                value += rest;
                end += 2;
            }
        }
        if !value.is_finite() || value > MAX_VALUE {
            return Some(end);
        }
        if let Some(end) = self.with_unit(i, start, end, Some(value)) {
            return Some(end);
        }
        // A bare digit token after a label word is an identifier
        // (القرار 2254); one glued to a Latin word is a code (SY 24 never
        // splits, but F-16 does).
        if let Some(prev) = self.tokens.get(i.wrapping_sub(1)).filter(|_| !scaled) {
            let prev_bare = prev.splits().map(|s| s.stem_norm).any(|n| self.lex.identifier_heads.contains(n));
            if prev_bare
                || (prev.kind == TokenKind::Punct
                    && prev.text == "-"
                    && self.glued(i)
                    && self.kind(i - 1 - usize::from(i >= 2)).is_some_and(|k| k == TokenKind::Latin))
            {
                return Some(i + 1);
            }
        }
        let qualifier = self.qualifier_before(i);
        let mut counted = self.counted_at(end, false);
        // الـ before the digits: after a plural noun it counts it (الدول
        // الـ83, the 83 states); after a singular one it ranks it (الذكرى
        // الـ12, the twelfth anniversary).
        if counted.is_none() && !scaled && i >= 2 && self.norm(i - 1) == ARTICLE {
            if self.is_plural_noun(i - 2) {
                counted = self.counted_from(i - 2, true);
            } else if self.kind(i - 2) == Some(TokenKind::Arabic) && self.splits_of(i - 2).any(|s| strip_article(s.stem_norm).is_some()) {
                return self.finish(i, start, end, Some(value), QuantityKind::Ordinal, None, None);
            }
        }
        // A bare number a few words after a label word still labels it
        // (قرار مجلس الأمن 2254، القرار الأممي رقم 2254).
        if counted.is_none() && qualifier.is_none() && !scaled && self.identifier_head_within(i, 3) {
            return Some(end);
        }
        // A year: 4 digits in the range of years with nothing counted, or
        // after a word that only times take (منذ 2014 تحالفاً).
        let temporal_before = i > 0 && self.splits_of(i - 1).any(|s| self.lex.year_context.contains(s.stem_norm));
        if !scaled && (counted.is_none() || temporal_before) && qualifier.is_none() && digits.len() == 4 {
            if let Some(y) = plain_integer(digits).filter(|y| (1900..=2100).contains(y)) {
                let end = self.skip_marker(i + 1, false);
                self.push_date(start, end, format!("{y:04}"), DateKind::Year);
                return Some(end);
            }
        }
        self.finish(i, start, end, Some(value), QuantityKind::Cardinal, None, counted)
    }

    /// `1 فاصلة 5`: a decimal point written as a word, then the decimals as
    /// digits or a number word. Returns the value and the token after.
    fn decimal_word_after(&self, value: f64, end: usize) -> (f64, usize) {
        if value.fract() != 0.0 || !self.lex.decimal_words.contains(self.norm(end)) {
            return (value, end);
        }
        let decimals = if self.kind(end + 1) == Some(TokenKind::Number) {
            plain_integer(self.norm(end + 1)).map(|d| (d, self.norm(end + 1).len(), end + 2))
        } else {
            self.word_number_at(end + 1).filter(|n| n.value.fract() == 0.0 && n.value < 1e9).map(|n| {
                let d = n.value as u32;
                (d, d.to_string().len(), n.end)
            })
        };
        match decimals {
            Some((d, digits, after)) => (value + f64::from(d) / 10f64.powi(digits as i32), after),
            None => (value, end),
        }
    }

    /// `20 دولار و43 سنت`: an amount in the hundredth unit of the same
    /// currency after a money amount. Returns what it adds and the token
    /// after it.
    fn cents_after(&self, code: &str, end: usize) -> Option<(f64, usize)> {
        let at = if self.norm(end) == WAW { end + 1 } else { end };
        if self.kind(at) != Some(TokenKind::Number) {
            return None;
        }
        let n = plain_integer(self.norm(at))?;
        let (h, unit) = self.unit_at(at + 1)?;
        (unit.kind == QuantityKind::Money && &*unit.code == code && unit.factor == 0.01 && n < 100).then(|| (f64::from(n) * 0.01, h.end))
    }

    /// A unit after the number ends at `end`: percent, money, measure or
    /// duration. Emits the quantity and returns the token after it.
    fn with_unit(&mut self, i: usize, start: usize, end: usize, value: Option<f64>) -> Option<usize> {
        let (h, unit) = self.unit_at(end)?;
        if unit.dual {
            return None;
        }
        let mut value = value.map(|v| v * unit.factor);
        let mut end = h.end;
        if unit.kind == QuantityKind::Money && unit.factor == 1.0 {
            if let Some((cents, after)) = self.cents_after(&unit.code, end) {
                value = value.map(|v| v + cents);
                end = after;
            }
        }
        self.finish(i, start, end, value, unit.kind, Some(unit.code.to_string()), None)
    }

    #[allow(clippy::too_many_arguments)]
    fn finish(
        &mut self,
        i: usize,
        start: usize,
        end: usize,
        value: Option<f64>,
        kind: QuantityKind,
        unit: Option<String>,
        counted: Option<String>,
    ) -> Option<usize> {
        // A trailing hedge follows the number or its counted noun (5 قتلى على الأقل).
        let qualifier = self
            .qualifier_before(i)
            .or_else(|| self.post_qualifier_at(end))
            .or_else(|| counted.as_ref().and_then(|_| self.post_qualifier_at(end + 1)));
        self.out.quantities.push(Quantity {
            span: Span::new(start, self.end_of(end - 1)),
            value: value.and_then(finite),
            kind,
            unit,
            qualifier: qualifier.map(|(q, _)| q),
            qualifier_span: qualifier.map(|(_, s)| s),
            counted,
        });
        Some(end)
    }

    fn word_quantity_at(&mut self, i: usize) -> Option<usize> {
        // A unit standing alone: a dual (عامين), a unit with واحد after it
        // (دولار واحد), or a plural with its number after it (السنوات الست).
        if let Some((h, unit)) = self.find(i, |h| match h.what {
            What::Unit(u) => Some(u),
            _ => None,
        }) {
            if unit.dual && (unit.kind == QuantityKind::Duration || !h.article) {
                return self.finish(i, h.start, h.end, Some(2.0 * unit.factor), unit.kind, Some(unit.code.to_string()), None);
            }
            // منذ أسبوع، قبل عام: a singular time unit alone is one of it,
            // when no noun or number follows (يوم السبت، عام 2014).
            if !h.prefixed && !h.article && self.lex.lone_units.contains(h.form) {
                let next_free = match self.tokens.get(h.end) {
                    None => true,
                    Some(t) => match t.kind {
                        TokenKind::Punct => true,
                        TokenKind::Arabic => {
                            self.lex.not_counted.contains(t.norm)
                                || self.find(h.end, |n| matches!(n.what, What::Qualifier(_)).then_some(())).is_some()
                        }
                        _ => false,
                    },
                };
                let time_word_before = i > 0 && self.splits_of(i - 1).any(|s| self.lex.lone_unit_context.contains(s.stem_norm));
                if next_free && (time_word_before || self.lex.free_lone_units.contains(h.form)) {
                    return self.finish(i, h.start, h.end, Some(unit.factor), unit.kind, Some(unit.code.to_string()), None);
                }
            }
            let unit_definite = h.article || strip_article(h.form).is_some();
            if let Some((h2, v)) = self.find(h.end, |n| match n.what {
                What::Number(v) if !n.prefixed && n.article == unit_definite => Some(*v),
                _ => None,
            }) {
                let is_one = v == 1.0;
                let ok = if unit_definite { (2.0..=10.0).contains(&v) } else { is_one };
                if ok && !unit.dual {
                    return self.finish(i, h.start, h2.end, Some(v * unit.factor), unit.kind, Some(unit.code.to_string()), None);
                }
            }
        }
        // Dates take ordinals first (الثالث من تشرين الأول); what reaches
        // here is a plain ordinal.
        if let Some(end) = self.ordinal_at(i) {
            return Some(end);
        }
        // Vague amounts: مئات المدنيين، آلاف، ملايين الدولارات.
        if let Some((h, _)) = self.find(i, |h| match h.what {
            What::Vague if !h.article => Some(()),
            What::Scale { form: ScaleForm::Plural, .. } if !h.article => Some(()),
            _ => None,
        }) {
            if self.word_number_at(i).is_none() {
                let mut end = h.end;
                let mut unit = None;
                if let Some((uh, u)) = self.find(end, |n| match n.what {
                    What::Unit(u) if u.kind == QuantityKind::Money && !n.prefixed => Some(u),
                    _ => None,
                }) {
                    unit = Some(u.code.to_string());
                    end = uh.end;
                }
                let counted = if unit.is_none() { self.counted_at(end, true) } else { None };
                return self.finish(i, h.start, end, None, QuantityKind::Vague, unit, counted);
            }
        }
        let mut number = self.word_number_at(i)?;
        if !number.value.is_finite() {
            return Some(number.end);
        }
        let (value, end) = self.decimal_word_after(number.value, number.end);
        if end != number.end {
            number = WordNumber { value, end, single_compound_only: false, ..number };
        }
        if let Some(end) = self.with_unit(i, number.start, number.end, Some(number.value)) {
            return Some(end);
        }
        let counted = self.counted_at(number.end, false);
        if number.single_compound_only && counted.is_none() {
            return None;
        }
        // أحد/إحدى alone is "one of", never the number one.
        if number.value == 1.0 && number.single_compound_only {
            return None;
        }
        self.finish(i, number.start, number.end, Some(number.value), QuantityKind::Cardinal, None, counted)
    }

    fn ordinal_at(&mut self, i: usize) -> Option<usize> {
        let (h, _) = self.find(i, |h| matches!(h.what, What::Ordinal(_)).then_some(()))?;
        let (value, end) = self.ordinal_value_at(i)?;
        let form = h.form;
        // الساعة الثالثة is a time of day, not a rank.
        if i > 0 && self.splits_of(i - 1).any(|s| s.stem_norm == "الساعة") {
            return None;
        }
        // الواحد counts only with tens after it (الواحد والعشرون).
        if value < 10 && end == h.end && self.lex.compound_only.contains(strip_article(form).unwrap_or(form)) {
            return None;
        }
        if self.lex.ordinal_needs_context.contains(form) || self.lex.ordinal_needs_context.contains(self.norm(i)) {
            // أول/أولى stand before a noun; ثانية/الثانية after one.
            let next_is_noun = self.kind(end) == Some(TokenKind::Arabic) && !self.lex.not_counted.contains(self.norm(end));
            let prev_is_noun = i > 0
                && self.kind(i - 1) == Some(TokenKind::Arabic)
                && !self.lex.not_counted.contains(self.norm(i - 1))
                && self.unit_at(i - 1).is_none();
            let before_noun = form.starts_with('\u{0627}') && !form.starts_with(ARTICLE);
            let ok = if before_noun { next_is_noun } else { prev_is_noun };
            if !ok {
                return None;
            }
        }
        self.finish(i, h.start, end, Some(f64::from(value)), QuantityKind::Ordinal, None, None)
    }

    /// An identifier head among the `n` words before token `i`, in the same
    /// noun phrase: no punctuation, number or function word between.
    fn identifier_head_within(&self, i: usize, n: usize) -> bool {
        (1..=n.min(i))
            .map(|k| i - k)
            .take_while(|&j| self.kind(j) == Some(TokenKind::Arabic) && !self.lex.not_counted.contains(self.norm(j)))
            .any(|j| self.splits_of(j).any(|s| self.lex.identifier_heads.contains(s.stem_norm)))
    }

    /// The word at `i` is a plural noun: listed as one in the singulars
    /// table, or a sound plural (-ات، -ون، -ين).
    fn is_plural_noun(&self, i: usize) -> bool {
        self.splits_of(i).any(|s| {
            let bare = s.without_article();
            self.lex.singulars.contains_key(bare)
                || (bare.chars().count() >= 4 && (bare.ends_with("ات") || bare.ends_with("ون") || bare.ends_with("ين")))
        })
    }

    /// The counted noun at token `i`, in its singular base form.
    fn counted_at(&self, i: usize, allow_definite: bool) -> Option<String> {
        let tok = self.tokens.get(i)?;
        if tok.kind != TokenKind::Arabic || self.lex.not_counted.contains(tok.norm) {
            return None;
        }
        // Nothing the lexicon reads as a number, unit, month or qualifier.
        if self.hits_at(i).iter().any(|h| !h.prefixed && !matches!(h.what, What::Ordinal(_))) {
            return None;
        }
        // A conjunction before a verb or another number opens a new clause
        // (قتل 5 وأصيب 10، 21 ألفًا ويعيش): the word after it is no count.
        if let Some(rest) = tok.norm.strip_prefix('\u{0648}') {
            let verb_like = rest.starts_with(['\u{0627}', '\u{064A}', '\u{062A}', '\u{0646}']);
            let number_follows = (i + 1..i + 3).any(|k| self.kind(k) == Some(TokenKind::Number));
            if !self.lex.singulars.contains_key(tok.norm) && (verb_like || number_follows || self.lex.not_counted.contains(rest)) {
                return None;
            }
        }
        // Imperfect plural verbs (ينتمون، يعيشون).
        if tok.norm.starts_with(['\u{064A}', '\u{062A}']) && tok.norm.ends_with("ون") {
            return None;
        }
        if strip_article(tok.norm).is_some() && !allow_definite {
            return None;
        }
        // A preposition glued to a definite word (للثورة، بالمدينة) opens a
        // phrase of its own.
        if tok.splits().any(|s| {
            !s.is_unsplit()
                && !s.prefix.slice(self.tokens.text()).starts_with('\u{0648}')
                && (s.elided_article || strip_article(s.stem_norm).is_some())
        }) {
            return None;
        }
        self.counted_from(i, allow_definite)
    }

    /// The base form of the noun at `i`: article and accusative ending
    /// removed, plurals reduced to the singular.
    fn counted_from(&self, i: usize, allow_definite: bool) -> Option<String> {
        let tok = self.tokens.get(i)?;
        if tok.kind != TokenKind::Arabic || self.lex.not_counted.contains(tok.norm) {
            return None;
        }
        // The reading without proclitics whose stem is definite, if any.
        let split = tok
            .splits()
            .find(|s| strip_article(s.stem_norm).is_some() || s.elided_article)
            .filter(|_| allow_definite)
            .unwrap_or_else(|| tok.splits().next().unwrap_or_default());
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
        let mut word: String = split.stem.slice(self.tokens.text()).chars().filter(|&c| !is_arabic_mark(c)).skip(article_letters).collect();
        if let Some(without_alef) = key.strip_suffix('\u{0627}').filter(|_| letters >= 3 && !self.lex.keeps_final_alef.contains(key)) {
            word.pop();
            if let Some(s) = self.lex.singulars.get(without_alef) {
                return Some(s.clone());
            }
            return Some(word);
        }
        if letters >= 5 && (key.ends_with("ين") || key.ends_with("ون")) {
            word.pop();
            word.pop();
            return Some(word);
        }
        if letters >= 5 && key.ends_with("ات") {
            word.pop();
            word.pop();
            word.push('\u{0629}');
            return Some(word);
        }
        Some(word)
    }
}

struct MonthFound {
    start: usize,
    end: usize,
    month: u32,
    ambiguous: bool,
    hijri: bool,
}

struct WordNumber {
    start: usize,
    end: usize,
    value: f64,
    single_compound_only: bool,
}

/// ISO 8601 for a month with an optional year and day: `2014-09-10`,
/// `2014-09`, `--03-23`, `--02`.
fn iso_date(year: Option<i32>, month: u32, day: Option<u32>) -> String {
    match (year, day) {
        (Some(y), Some(d)) => format!("{y:04}-{month:02}-{d:02}"),
        (Some(y), None) => format!("{y:04}-{month:02}"),
        (None, Some(d)) => format!("--{month:02}-{d:02}"),
        (None, None) => format!("--{month:02}"),
    }
}
