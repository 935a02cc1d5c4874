//! Dates and times: numeric dates (22.03.2017, 2017-03-22), times (21:38),
//! month names with their day and year, Hijri dates converted to the
//! Gregorian calendar, days of the month named last (الـ12 من الشهر ذاته),
//! and years after a year word (عام 2014) or standing alone.

use super::clock::in_period;
use super::cursor::WAW;
use super::hits::{ARTICLE, MIN};
use super::{Scan, Step};
use crate::calendar::{hijri_to_gregorian, valid_day, Calendar};
use crate::lexicon::{DayPeriod, What};
use crate::value::{is_plain_digits, plain_integer};
use crate::{DateKind, DateMention};
use khabar_tokenize::{strip_article, Span, TokenKind};

/// «شهر» before a month's name (من شهر شباط).
const MONTH_WORD: &str = "\u{0634}\u{0647}\u{0631}";
/// Years in words after a year word (عام ألفين وواحد وعشرين).
const YEARS_IN_WORDS: std::ops::RangeInclusive<i32> = 1900..=2100;
/// «م» after a clock time: مساءً, after noon (4:41 م).
const CLOCK_PM_MARK: &str = "\u{0645}";
/// «ص» after a clock time: صباحًا, before noon (9:10 ص).
const CLOCK_AM_MARK: &str = "\u{0635}";

/// The half of the day a mark after a clock time in digits names: «م» or
/// «ص», or the Latin «PM»/«AM» of bylines in any case (03:15 PM).
fn clock_mark(word: &str) -> Option<DayPeriod> {
    match word {
        CLOCK_PM_MARK => Some(DayPeriod::Pm),
        CLOCK_AM_MARK => Some(DayPeriod::Am),
        _ if word.eq_ignore_ascii_case("pm") => Some(DayPeriod::Pm),
        _ if word.eq_ignore_ascii_case("am") => Some(DayPeriod::Am),
        _ => None,
    }
}

/// A month name found at a token.
struct MonthFound {
    start: usize,
    end: usize,
    month: u32,
    ambiguous: bool,
    calendar: Calendar,
}

impl Scan<'_, '_> {
    pub(super) fn push_date(&mut self, start: usize, end_tok: usize, iso: String, kind: DateKind) {
        let end = self.cur.end_of(end_tok - 1);
        self.out.dates.push(DateMention { span: Span::new(start, end), iso, kind, relative: None });
    }

    /// Token `i` is a weekday's name, in one of its readings (والاثنين).
    pub(super) fn is_weekday(&self, i: usize) -> bool {
        self.cur.splits_of(i).any(|s| self.lex.weekdays.contains(s.stem_norm))
    }

    /// Emits a year that the quantity grammar found standing alone
    /// (`منذ 2014`); `end` is the token after it.
    pub(super) fn emit_year_alone(&mut self, start: usize, end: usize, year: u32) {
        self.push_date(start, end, format!("{year:04}"), DateKind::Year);
    }

    /// A month's name opens at token `i`.
    pub(super) fn is_month(&self, i: usize) -> bool {
        self.month_at(i).is_some()
    }

    /// Tries every date pattern at token `i`.
    pub(super) fn date_at(&mut self, i: usize) -> Option<Step> {
        let tok = self.cur.get(i)?;
        if tok.kind == TokenKind::Number {
            if let Some(end) = self.numeric_date_at(i) {
                return Some(Step::Emitted(end));
            }
            if let Some(end) = self.hijri_year_alone_at(i) {
                return Some(Step::Consumed(end));
            }
        }
        // [weekday] [الـ] day [من] month [year]
        let mut j = i;
        let start = tok.span.start;
        if self.lex.weekdays.contains(self.cur.norm(j)) {
            j += 1;
        }
        if self.cur.norm(j) == ARTICLE && self.cur.kind(j) == Some(TokenKind::Arabic) {
            j += 1;
        }
        if let Some((day, after_day)) = self.day_at(j) {
            let mut k = after_day;
            if self.cur.norm(k) == MIN {
                k += 1;
            }
            // 19 - أكتوبر - 2025، 19/أكتوبر/2025: a dash or a slash between
            // the day, the month's name and the year, as bylines write them.
            let separator = ['-', '–', '/'].into_iter().find(|&c| self.cur.is_punct(k, c));
            if let Some(sep) = separator {
                if let Some(m) = self.month_at(k + 1) {
                    // Only with the year written the same way: «5 - أكتوبر»
                    // alone may be an item of a numbered list.
                    let year = self.cur.is_punct(m.end, sep).then(|| self.year_token(m.end + 1, m.calendar)).flatten();
                    if let Some(year) = year {
                        let end = self.skip_marker(m.end + 2, m.calendar);
                        if self.emit_date(start, end, Some(year), m.month, Some(day), m.calendar) {
                            return Some(Step::Emitted(end));
                        }
                    }
                }
            }
            let month_word = |h: &super::hits::Hit<'_, '_>| match h.what {
                What::SameMonth => Some(false),
                What::CurrentMonth => Some(true),
                _ => None,
            };
            // في 16 و24 سبتمبر: a day listed before another day of a month
            // is a day of that month and year too; so before a day of the
            // month told before (بين يومي 7 و9 من الشهر نفسه).
            if self.cur.norm(after_day) == WAW {
                if let Some((_, after_second)) = self.day_at(after_day + 1) {
                    let at = if self.cur.norm(after_second) == MIN { after_second + 1 } else { after_second };
                    if let Some(m) = self.month_at(at) {
                        let (year, _) = self.year_after_day_and_month(m.end, m.calendar);
                        if self.emit_date(start, after_day, year, m.month, Some(day), m.calendar) {
                            return Some(Step::Emitted(after_day));
                        }
                    } else if let Some((_, current)) = self.find(at, month_word) {
                        let month = if current { self.current_month.or(self.last_month) } else { self.last_month };
                        if self.day_of(month, start, after_day, day) {
                            return Some(Step::Emitted(after_day));
                        }
                    }
                }
            }
            // العاشر من شهر شباط
            if self.cur.norm(k) == MONTH_WORD && self.month_at(k + 1).is_some() {
                k += 1;
            }
            if let Some((h, current)) = self.find(k, month_word) {
                // With no month known as the current one, the month named
                // last is the best guess (في آذار ... وفي 15 الجاري).
                let month = if current { self.current_month.or(self.last_month) } else { self.last_month };
                if self.day_of(month, start, h.end, day) {
                    return Some(Step::Emitted(h.end));
                }
                // الـ15 من الشهر الجاري with no month named as the current
                // one: a day the text does not place, and no count either.
                return Some(Step::Consumed(h.end));
            }
            // 20 من الشهر الماضي: a day of a month told relative to the
            // text's own time, no count.
            // The month phrase itself is read on, a relative date when
            // those are asked for.
            let of_a_relative_month = self.cur.norm(after_day) == MIN
                && self
                    .find(after_day + 1, |h| matches!(&h.what, What::Relative(r) if r.unit == crate::RelativeUnit::Month).then_some(()))
                    .is_some();
            if of_a_relative_month {
                return Some(Step::Consumed(after_day));
            }
            // 15 الجاري: a day of the current month. With no month named yet
            // the text does not place it, and it is no count either.
            if self.names_current_month(after_day) {
                let end = after_day + 1;
                let month = self.current_month.or(self.last_month);
                return Some(if self.day_of(month, start, end, day) { Step::Emitted(end) } else { Step::Consumed(end) });
            }
            if let Some(m) = self.month_at(k) {
                let (year, end) = self.year_after_day_and_month(m.end, m.calendar);
                if self.emit_date(start, end, year, m.month, Some(day), m.calendar) {
                    return Some(Step::Emitted(end));
                }
            }
        }
        // month [/month] [year]
        if let Some(m) = self.month_at(i) {
            // شباط 13، شباط الرابع عشر: the day after the month.
            if let Some((day, after_day)) = self.day_after_month(m.end) {
                let (year, end) = self.year_after(after_day, m.calendar);
                if self.emit_date(m.start, end, year, m.month, Some(day), m.calendar) {
                    return Some(Step::Emitted(end));
                }
            }
            let (year, end) = self.year_after(m.end, m.calendar);
            let settled = !m.ambiguous || year.is_some() || self.cur.norm_before(i) == "شهر" || self.relative_follows(end);
            if settled && self.emit_date(m.start, end, year, m.month, None, m.calendar) {
                return Some(Step::Emitted(end));
            }
        }
        // عام 2014، لعام 2020، وفي العام 2015; للسنة المالية 2016.
        if let Some(head_start) = self.cur.reading_in(i, &self.lex.year_heads) {
            let at = if self.lex.year_adjectives.contains(self.cur.norm(i + 1)) { i + 2 } else { i + 1 };
            if let Some(year) = self.year_token(at, Calendar::Gregorian) {
                let end = self.skip_marker(at + 1, Calendar::Gregorian);
                self.push_date(head_start, end, format!("{year:04}"), DateKind::Year);
                return Some(Step::Emitted(end));
            }
            // عام ألفين وواحد وعشرين: the year in words.
            if let Some((year, after)) = self.year_in_words(i + 1) {
                let end = self.skip_marker(after, Calendar::Gregorian);
                self.push_date(head_start, end, format!("{year:04}"), DateKind::Year);
                return Some(Step::Emitted(end));
            }
        }
        None
    }

    /// A date of two groups written with a slash: a month and its year
    /// (9/2021), or a day and its month after a weekday or a date word
    /// (الجمعة 6/8، بتاريخ 6/8). Elsewhere two small numbers with a slash
    /// are a fraction or a score, and are left to the quantities.
    fn slash_date_at(&mut self, i: usize, [first, second]: [&str; 2]) -> Option<usize> {
        let (a, b) = (plain_integer(first)?, plain_integer(second)?);
        let start = self.cur.start_of(i);
        if second.len() == 4 && first.len() <= 2 && (1..=12).contains(&a) {
            let year = i32::try_from(b).ok().filter(|y| Calendar::Gregorian.year_range().contains(y))?;
            self.last_month = Some((Some(year), a));
            self.push_date(start, i + 1, iso_date(Some(year), a, None), DateKind::Date);
            return Some(i + 1);
        }
        let announced = i
            .checked_sub(1)
            .is_some_and(|p| self.is_weekday(p) || self.cur.splits_of(p).any(|s| self.lex.date_heads.contains(s.stem_norm)));
        if !(announced && first.len() <= 2 && second.len() <= 2) {
            return None;
        }
        // Day first, as Arabic news writes it; month first when only that
        // reads as a date (الاثنين 9/26).
        let (month, day) = if (1..=12).contains(&b) && valid_day(None, b, a) {
            (b, a)
        } else if (1..=12).contains(&a) && valid_day(None, a, b) {
            (a, b)
        } else {
            return None;
        };
        self.last_month = Some((None, month));
        self.push_date(start, i + 1, iso_date(None, month, Some(day)), DateKind::Date);
        Some(i + 1)
    }

    /// `1440 هـ`: a Hijri year alone spans two Gregorian years, so it gives
    /// no ISO date; it is no count either. Returns the token after the mark.
    fn hijri_year_alone_at(&self, i: usize) -> Option<usize> {
        let norm = self.cur.norm(i);
        let digits = norm.strip_suffix('%').unwrap_or(norm);
        let year = i32::try_from(plain_integer(digits)?).ok()?;
        let after = self.skip_marker(i + 1, Calendar::Hijri);
        (Calendar::Hijri.year_range().contains(&year) && after > i + 1).then_some(after)
    }

    /// Token `i` is «الجاري» or «الحالي»: the month the text is written in.
    fn names_current_month(&self, i: usize) -> bool {
        matches!(self.cur.norm(i), "الجاري" | "الحالي")
    }

    /// Keeps the month of a date ending before token `end` as the one named
    /// last, and as the text's own month when «الجاري» follows it or when
    /// it is the first full date of a dateline (a day, a month and a year
    /// in the text's first few dozen tokens).
    fn remember_month(&mut self, month: (Option<i32>, u32), end: usize, with_day: bool) {
        self.last_month = Some(month);
        let marked = self.names_current_month(end);
        let dateline = with_day && month.0.is_some() && end <= DATELINE_TOKENS && self.current_month.is_none();
        if marked || dateline {
            self.current_month = Some(month);
        }
    }

    /// Emits `day` of a month named before (the last one for الـ12 من الشهر
    /// ذاته, the current one for الشهر الجاري), when there is one and it
    /// has that day.
    fn day_of(&mut self, month: Option<(Option<i32>, u32)>, start: usize, end: usize, day: u32) -> bool {
        match month {
            Some((year, month)) if valid_day(year, month, day) => {
                self.push_date(start, end, iso_date(year, month, Some(day)), DateKind::Date);
                true
            }
            _ => false,
        }
    }

    /// الماضي، المقبل، الجاري after a month name settle that it is one.
    fn relative_follows(&self, i: usize) -> bool {
        matches!(self.cur.norm(i), "الماضي" | "المقبل" | "الجاري" | "القادم" | "الحالي" | "المنصرم")
    }

    /// Emits a date from a month name with its day and year, when the day
    /// exists; true when it did.
    fn emit_date(&mut self, start: usize, end: usize, year: Option<i32>, month: u32, day: Option<u32>, calendar: Calendar) -> bool {
        let (iso, remembered) = if calendar == Calendar::Hijri {
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
        self.remember_month(remembered, end, day.is_some());
        self.push_date(start, end, iso, DateKind::Date);
        true
    }

    /// A day of the month: a plain number 1–31 or an ordinal word.
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let tok = self.cur.get(i)?;
        if tok.kind == TokenKind::Number {
            let d = plain_integer(tok.norm)?;
            // 11th, December 2024: a Latin ordinal ending glued to the
            // day, and a comma after it.
            let mut end = i + 1;
            if self.cur.glued(end)
                && self.cur.kind(end) == Some(TokenKind::Latin)
                && matches!(self.cur.norm(end), "st" | "nd" | "rd" | "th")
            {
                end += 1;
                if self.cur.is_punct(end, ',') {
                    end += 1;
                }
            }
            return (1..=31).contains(&d).then_some((d, end));
        }
        let (value, end) = self.ordinal_value_at(i)?;
        (1..=31).contains(&value).then_some((value, end))
    }

    /// A four-digit year at `i`, in the years of `calendar`.
    fn year_token(&self, i: usize, calendar: Calendar) -> Option<i32> {
        let tok = self.cur.get(i)?;
        if tok.kind != TokenKind::Number || tok.norm.len() != 4 {
            return None;
        }
        let y = plain_integer(tok.norm)? as i32;
        calendar.year_range().contains(&y).then_some(y)
    }

    /// An optional year after a month: `2014`, `عام 2014`, with an era mark.
    fn year_after(&self, i: usize, calendar: Calendar) -> (Option<i32>, usize) {
        // A year word before the year, with its article and من if any:
        // «آب من العام 2015».
        // December 5, 2020: a comma between a day in digits and the year.
        let from = i;
        let i = if self.cur.is_punct(i, ',') && self.cur.kind(i.wrapping_sub(1)) == Some(TokenKind::Number) { i + 1 } else { i };
        let after_min = if self.cur.norm(i) == MIN { i + 1 } else { i };
        // «لعام 2017»، «للعام 2017»: the year word glued to «ل» (the article
        // elided after it) joins as well.
        let year_word = |k: usize| {
            let norm = self.cur.norm(k);
            let heads = &self.lex.year_heads;
            let bare = |w: &str| heads.contains(w) || strip_article(w).is_some_and(|w| heads.contains(w));
            bare(norm) || norm.strip_prefix("لل").is_some_and(|w| heads.contains(w)) || norm.strip_prefix('ل').is_some_and(bare)
        };
        let at = if year_word(after_min) { after_min + 1 } else { i };
        match self.year_token(at, calendar) {
            Some(y) => (Some(y), self.skip_marker(at + 1, calendar)),
            None => (None, from),
        }
    }

    /// The year after a day and a month: as [`Self::year_after`], or set
    /// off by a comma or a dash where a byline writes it so (27 أكتوبر،
    /// 2019 3:49 م; الجمعة، 25 فبراير - 2022). Then nothing may follow the
    /// year but the end of the line, a time or punctuation: «في 27 أكتوبر،
    /// 2000 مقاتل» counts fighters.
    fn year_after_day_and_month(&self, i: usize, calendar: Calendar) -> (Option<i32>, usize) {
        let found = self.year_after(i, calendar);
        let set_off = ['،', ',', '-', '–'].iter().any(|&mark| self.cur.is_punct(i, mark));
        if found.0.is_some() || !set_off {
            return found;
        }
        let Some(year) = self.year_token(i + 1, calendar) else { return found };
        let end = self.skip_marker(i + 2, calendar);
        let closes = end >= self.cur.len()
            || self.cur.line_break_before(end)
            || matches!(self.cur.kind(end), Some(TokenKind::Number | TokenKind::Punct));
        if closes {
            (Some(year), end)
        } else {
            found
        }
    }

    /// Skips an era mark after a year (2014م, 1440 هـ).
    pub(super) fn skip_marker(&self, i: usize, calendar: Calendar) -> usize {
        let set = match calendar {
            Calendar::Hijri => &self.lex.hijri_markers,
            Calendar::Gregorian => &self.lex.gregorian_markers,
        };
        if self.cur.kind(i) == Some(TokenKind::Arabic) && set.contains(self.cur.norm(i)) {
            i + 1
        } else {
            i
        }
    }

    /// A month name, or two joined by `/` or parentheses (شباط/فبراير,
    /// آذار (مارس)), which settles an ambiguous name.
    fn month_at(&self, i: usize) -> Option<MonthFound> {
        if let Some(found) = self.numbered_month_at(i) {
            return Some(found);
        }
        let (h, (month, ambiguous, calendar)) = self.find(i, |h| match h.what {
            What::Month { month, ambiguous } if !h.article => Some((u32::from(*month), *ambiguous, Calendar::Gregorian)),
            What::HijriMonth { month, ambiguous } if !h.article => Some((u32::from(*month), *ambiguous, Calendar::Hijri)),
            _ => None,
        })?;
        let mut found = MonthFound { start: h.start, end: h.end, month, ambiguous, calendar };
        if calendar != Calendar::Gregorian {
            return Some(found);
        }
        // The same month in another naming, after a slash, a dash, an
        // opening bracket or nothing at all (شباط/فبراير، كانون الأول-
        // ديسمبر، آذار (مارس)، تموز يوليو).
        let j = h.end;
        let joined_by = ['/', '(', '-', '–'].into_iter().find(|&c| self.cur.is_punct(j, c));
        let next = if joined_by.is_some() { j + 1 } else { j };
        if let Some((h2, m2)) = self.find(next, |h| match h.what {
            What::Month { month, .. } if !h.prefixed && !h.article => Some(u32::from(*month)),
            _ => None,
        }) {
            if m2 == month && !self.cur.line_break_before(next) {
                let mut end = h2.end;
                if joined_by == Some('(') && self.cur.is_punct(end, ')') {
                    end += 1;
                }
                found.end = end;
                found.ambiguous = false;
            }
        }
        Some(found)
    }

    /// «شهر» and the month's number, in digits or words (شهر 10، شهر
    /// تسعة): a month, unless a unit or counted noun follows the number
    /// (شهر 3 أيام is no month).
    fn numbered_month_at(&self, i: usize) -> Option<MonthFound> {
        // Most tokens are no month word: a number must follow first.
        if self.cur.kind(i) != Some(TokenKind::Arabic) || !matches!(self.cur.kind(i + 1), Some(TokenKind::Number | TokenKind::Arabic)) {
            return None;
        }
        let start = self.cur.reading_in(i, &self.lex.month_words)?;
        let (month, end) = match self.cur.kind(i + 1)? {
            TokenKind::Number => (plain_integer(self.cur.norm(i + 1))?, i + 2),
            TokenKind::Arabic => {
                let n = self.word_number_at(i + 1)?;
                (n.value.fract() == 0.0).then_some((n.value as u32, n.end))?
            }
            _ => return None,
        };
        // شهر 10 سنة 2021: a year word with its year after the number is
        // the month's year, no unit or noun the number counts.
        // خلال شهر 10 آلاف شخص: a scale after the number makes it a count.
        let counts = || {
            let unit_or_noun = self.unit_at(end).is_some() || self.counted_noun_at(end, false).0.is_some();
            let scaled = self.cur.kind(i + 1) == Some(TokenKind::Number) && self.scale_at(end).is_some();
            (unit_or_noun && self.year_after(end, Calendar::Gregorian).0.is_none()) || scaled
        };
        if !(1..=12).contains(&month) || self.cur.line_break_before(i + 1) || counts() {
            return None;
        }
        Some(MonthFound { start, end, month, ambiguous: false, calendar: Calendar::Gregorian })
    }

    /// A day after a month name: a number 1–31 with nothing counted after
    /// it, or an ordinal word (شباط 13، شباط الرابع عشر).
    fn day_after_month(&self, i: usize) -> Option<(u32, usize)> {
        if self.cur.line_break_before(i) {
            return None;
        }
        let (day, end) = self.day_at(i)?;
        let digits = self.cur.kind(i) == Some(TokenKind::Number);
        // «آذار 15 قتيلا» counts; «أيار 2» before a unit measures.
        if digits && (self.unit_at(end).is_some() || self.counted_noun_at(end, false).0.is_some() || self.cur.norm(i).len() > 2) {
            return None;
        }
        Some((day, end))
    }

    /// A year written in words (ألفين وواحد وعشرين), in the years news
    /// writes of. Returns it and the token after it.
    fn year_in_words(&self, i: usize) -> Option<(i32, usize)> {
        let n = self.word_number_at(i)?;
        let year = i32::try_from(n.value as i64).ok().filter(|_| n.value.fract() == 0.0)?;
        YEARS_IN_WORDS.contains(&year).then_some((year, n.end))
    }

    /// The hour `h` of a time in digits placed in the day by a part of the
    /// day at token `at` (4:41 مساء), and the token after the time.
    fn placed_in_day(&self, h: u32, at: usize) -> (u32, usize) {
        self.day_period_at(at).map_or((h, at), |(period, after)| (in_period(h, period), after))
    }

    /// Dates written in digits: 22.03.2017, 22/03/2017, 2017-03-22, and
    /// times 21:38.
    fn numeric_date_at(&mut self, i: usize) -> Option<usize> {
        let tok = self.cur.get(i)?;
        if tok.norm.contains(':') {
            let parts: Vec<&str> = tok.norm.split(':').collect();
            let ok = (2..=3).contains(&parts.len())
                && parts.iter().all(|p| p.len() <= 2 && is_plain_digits(p))
                // 11:2:40 with seconds; 21:38 without, minutes in two digits.
                && (parts[1].len() == 2 || parts.len() == 3);
            // 05:28:27+00:00, T05:28:27-05:00: an offset from UTC glued
            // after a sign is no time of day (not 10:00-12:00, a range:
            // an offset's minus follows a time told to the second).
            let before = &self.cur.text()[..tok.span.start];
            let offset = before.ends_with('+')
                || before.strip_suffix(['-', '\u{2212}']).is_some_and(|b| {
                    b.rsplit(|c: char| !(c.is_ascii_digit() || c == ':')).next().is_some_and(|t| t.matches(':').count() == 2)
                });
            if !ok || offset {
                return None;
            }
            let h: u32 = parts[0].parse().ok()?;
            let m: u32 = parts[1].parse().ok()?;
            let s: u32 = parts.get(2).map_or(Some(0), |p| p.parse().ok())?;
            if h > 24 || m > 59 || s > 59 {
                return None;
            }
            // 4:41 م، 9:10 ص، 03:15 PM، 4:41 مساء: the half of the day
            // after it.
            let (h, end) = match clock_mark(self.cur.norm(i + 1)) {
                Some(period) if !self.cur.line_break_before(i + 1) => (in_period(h, period), i + 2),
                _ => self.placed_in_day(h, i + 1),
            };
            let iso = if parts.len() == 3 { format!("T{h:02}:{m:02}:{s:02}") } else { format!("T{h:02}:{m:02}") };
            self.push_date(tok.span.start, end, iso, DateKind::Time);
            return Some(end);
        }
        // الساعة 04.00، الساعة الـ 9,30: hours and minutes parted by another
        // mark are a time only right after a time's head («الـ» between or
        // not); elsewhere 04.00 is a decimal.
        let head_before = |k: usize| k.checked_sub(1).is_some_and(|h| self.time_head_at(h).is_some());
        let after_head = head_before(i) || (matches!(self.cur.norm_before(i), "الـ" | "ال") && head_before(i - 1));
        if let Some((h, m)) = super::clock::hours_and_minutes(tok.norm).filter(|_| after_head) {
            let (h, end) = self.placed_in_day(h, i + 1);
            self.push_date(tok.span.start, end, format!("T{h:02}:{m:02}"), DateKind::Time);
            return Some(end);
        }
        // Three groups from one token (22.03.2017) or from tokens joined by
        // hyphens (2017-03-22), with spaces or not on one line (05-11- 2023،
        // 14 - 05 - 2025): the groups are checked as a date below.
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
                && self.cur.is_punct(end, '-')
                && !self.cur.line_break_before(end)
                && self.cur.kind(end + 1) == Some(TokenKind::Number)
                && !self.cur.line_break_before(end + 1)
            {
                groups[count] = self.cur.norm(end + 1);
                count += 1;
                end += 2;
            }
        }
        if count == 2 && tok.norm.contains('/') {
            return self.slash_date_at(i, [groups[0], groups[1]]);
        }
        if count != 3 || groups.iter().any(|g| !is_plain_digits(g)) {
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
        // 12/19/2022: a day after the month, as some bylines write it, when
        // the second group cannot be a month and the first can.
        let year_last = groups[2].len() == 4;
        let (m, d) = if year_last && m > 12 && (1..=12).contains(&d) { (d, m) } else { (m, d) };
        // 14/3/1437هـ: a Hijri date in digits, told by the marker after it,
        // converted like one in words.
        let hijri_end = self.skip_marker(end, Calendar::Hijri);
        if hijri_end > end && Calendar::Hijri.year_range().contains(&y) && (1..=12).contains(&m) && (1..=30).contains(&d) {
            return self.emit_date(tok.span.start, hijri_end, Some(y), m, Some(d), Calendar::Hijri).then_some(hijri_end);
        }
        // 22.03.8241 has a date's shape but no year news writes of.
        if !(1..=12).contains(&m) || !valid_day(Some(y), m, d) || !Calendar::Gregorian.year_range().contains(&y) {
            return None;
        }
        self.remember_month((Some(y), m), end, true);
        self.push_date(tok.span.start, end, iso_date(Some(y), m, Some(d)), DateKind::Date);
        Some(end)
    }
}

/// How far into a text its dateline may end, in tokens: a headline and a
/// byline come first.
const DATELINE_TOKENS: usize = 40;

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
