//! Clock times in words: الساعة الثالثة، الساعة 3 و15 دقيقة عصرا، الساعة
//! التاسعة إلا ثلثا ليلا. A time head, an hour, then minutes after it or
//! before it and a part of the day, all from the lexicon's clock tables.
//! Without a head, an hour is a time only when a part of the day places it
//! (السابعة مساء، من الرابعة حتى السادسة صباحا). Times in digits (21:38)
//! are read with the numeric dates.

use super::hits::WAW;
use super::numerals::is_teen_ten;
use super::{Scan, Step};
use crate::lexicon::{DayPeriod, What};
use crate::value::plain_integer;
use crate::{DateKind, DateMention, QuantityKind};
use khabar_tokenize::{Span, TokenKind};

/// بعد الظهر، بعد العصر: "after" a part of the day puts the hour after noon.
const AFTER: &str = "بعد";
/// في الليل، في الصباح.
const IN: &str = "في";
/// The preposition ل (للساعة الخامسة: until five).
const LAM: &str = "ل";
/// How far after an hour without a head its part of the day may stand
/// (من الخمسة وخمسين دقيقة مساء للثامنة إلا ثلثا).
const PERIOD_WINDOW: usize = 8;
/// ل written apart from the hour after it (لل 11، ل الخامسة).
const LAM_APART: [&str; 2] = ["ل", "لل"];

/// A clock time as read, before it is placed in the day.
struct ClockReading {
    /// Original offset of its first byte.
    start: usize,
    /// The token after it.
    end: usize,
    /// 0 to 23, in the part of the day when one is named.
    hour: u32,
    minutes: u32,
    period: Option<DayPeriod>,
}

impl ClockReading {
    fn iso(&self) -> String {
        format!("T{:02}:{:02}", self.hour, self.minutes)
    }
}

impl Scan<'_, '_> {
    /// A number in digits at token `i` set before a word of a time zone
    /// (1300 بتوقيت غرينتش، 5,30 ت غ، 0900 GMT): a time of day, hours and
    /// minutes run together or apart. The token after it, or None when no
    /// such word follows. A number that reads as no time is still no
    /// amount there.
    pub(super) fn zone_time_at(&mut self, i: usize, digits: &str) -> Option<usize> {
        // GMT, UTC: Latin capitals, lowered only when there are any (the
        // check runs after every number).
        let zone = |k: usize| {
            let word = self.cur.norm(k);
            self.lex.time_zones.contains(word)
                || (word.bytes().any(|b| b.is_ascii_uppercase()) && self.lex.time_zones.contains(word.to_ascii_lowercase().as_str()))
        };
        // «ت غ» (توقيت غرينتش) in two letters, a dot between or not (ت.غ).
        let letters =
            self.cur.norm(i + 1) == "ت" && (self.cur.norm(i + 2) == "غ" || (self.cur.norm(i + 2) == "." && self.cur.norm(i + 3) == "غ"));
        if self.cur.line_break_before(i + 1) || !(zone(i + 1) || letters) {
            return None;
        }
        // 1300: hours and minutes run together.
        let reading = match hours_and_minutes(digits) {
            None if (3..=4).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) => {
                let (hours, minutes) = digits.split_at(digits.len() - 2);
                clock_parts(hours, minutes)
            }
            reading => reading,
        };
        if let Some((h, m)) = reading {
            self.push_date(self.cur.start_of(i), i + 1, format!("T{h:02}:{m:02}"), DateKind::Time);
        }
        Some(i + 1)
    }

    /// A clock time opened by a time head at token `i`, and the end of an
    /// interval it opens (من الساعة 9 إلى 11 ليلا): each end is a time,
    /// and a part of the day named only at the end also places the start
    /// when that keeps the start before the end.
    pub(super) fn clock_time_at(&mut self, i: usize) -> Option<Step> {
        let head_start = self.time_head_at(i)?;
        let mut first = self.clock_reading_at(head_start, i + 1)?;
        let mut end = first.end;
        let mut second = None;
        if let Some(after_link) = self.clock_link_at(first.end) {
            let at = self.time_head_at(after_link).map_or((self.cur.start_of(after_link), after_link), |s| (s, after_link + 1));
            if let Some(mut until) = self.clock_reading_at(at.0, at.1) {
                share_period(&mut first, &mut until);
                end = until.end;
                second = Some(until);
            }
        }
        self.emit_times(first, second);
        Some(Step::Emitted(end))
    }

    /// A clock time with no head at token `i`: an hour word with the
    /// article (السابعة، الخمسة) or digits, with the end of its interval
    /// if one follows (حتى الخامسة، للخمسة), placed in the day by a part of
    /// the day after either end. Without one, a number is no time.
    pub(super) fn headless_clock_at(&mut self, i: usize) -> Option<Step> {
        if !self.may_be_bare_hour(i) || !self.period_ahead(i) {
            return None;
        }
        let mut first = self.clock_reading_at(self.cur.start_of(i), i)?;
        let mut second = None;
        let link = self
            .clock_link_at(first.end)
            .or_else(|| LAM_APART.contains(&self.cur.norm(first.end)).then_some(first.end + 1))
            .or_else(|| self.lam_prefixed(first.end).then_some(first.end));
        if let Some(at) = link.filter(|&at| self.may_be_bare_hour(at) || self.lam_prefixed(at)) {
            if let Some(mut until) = self.clock_reading_at(self.cur.start_of(at), at) {
                share_period(&mut first, &mut until);
                second = Some(until);
            }
        }
        let placed = [Some(&first), second.as_ref()].into_iter().flatten().any(|r| r.period.is_some() && !self.construct_period(r.end));
        if !placed {
            return None;
        }
        let end = second.as_ref().map_or(first.end, |s| s.end);
        self.emit_times(first, second);
        Some(Step::Emitted(end))
    }

    /// A part of the day among the few words after token `i` (read whole,
    /// or after one proclitic letter): the cheap test that spares every
    /// other number the reading of a clock.
    fn period_ahead(&self, i: usize) -> bool {
        (i + 1..i + 1 + PERIOD_WINDOW).any(|j| {
            let norm = self.cur.norm(j);
            self.lex.day_periods.contains_key(norm)
                || norm
                    .strip_prefix(['\u{0648}', '\u{0641}', '\u{0628}', '\u{0644}'])
                    .is_some_and(|rest| self.lex.day_periods.contains_key(rest))
        })
    }

    /// Token `i` may be an hour standing without a head: one or two digits,
    /// or a number or ordinal word with the article (unprefixed or after و).
    fn may_be_bare_hour(&self, i: usize) -> bool {
        match self.cur.kind(i) {
            Some(TokenKind::Number) => self.cur.norm(i).chars().count() <= 2 && plain_integer(self.cur.norm(i)).is_some_and(|h| h <= 24),
            Some(TokenKind::Arabic) => self
                .find(i, |h| {
                    (h.article && (!h.prefixed || h.prefix_waw) && matches!(h.what, What::Number(_) | What::Ordinal(_))).then_some(())
                })
                .is_some(),
            _ => false,
        }
    }

    /// The part of the day ending before token `end` heads a noun phrase
    /// (مساء الجمعة، صباح اليوم): a time of a day, not a clock's.
    fn construct_period(&self, end: usize) -> bool {
        self.is_weekday(end) || matches!(self.cur.norm(end), "اليوم" | "أمس" | "امس" | "الأمس" | "الامس" | "يوم" | "غد" | "الغد")
    }

    /// The ل of an interval's end glued to the hour (للخمسة، للسابعة).
    fn lam_prefixed(&self, i: usize) -> bool {
        let text = self.cur.text();
        self.cur.splits_of(i).any(|s| s.prefix.slice(text) == LAM)
    }

    fn emit_times(&mut self, first: ClockReading, second: Option<ClockReading>) {
        for reading in std::iter::once(first).chain(second) {
            let span = Span::new(reading.start, self.cur.end_of(reading.end - 1));
            self.out.dates.push(DateMention { span, iso: reading.iso(), kind: DateKind::Time, relative: None });
        }
    }

    /// Token `i` is a time head, bare or after proclitics (والساعة،
    /// للساعة): where the head starts, after the proclitics.
    pub(super) fn time_head_at(&self, i: usize) -> Option<usize> {
        self.cur.reading_in(i, &self.lex.time_heads)
    }

    /// A word that links a time to the end of its interval (إلى، حتى،
    /// وحتى، لغاية) at `i`: the token where the end begins. The
    /// preposition ل glued to the time head (للساعة الخامسة) links too: the
    /// end begins at the same token.
    fn clock_link_at(&self, i: usize) -> Option<usize> {
        if self.cur.kind(i) != Some(TokenKind::Arabic) {
            return None;
        }
        if self.cur.splits_of(i).any(|s| self.lex.clock_until.contains(s.stem_norm)) {
            return Some(i + 1);
        }
        let mut buf = String::new();
        let text = self.cur.text();
        self.cur.splits_of(i).any(|s| s.prefix.slice(text) == LAM && self.lex.time_heads.contains(s.dictionary_form(&mut buf))).then_some(i)
    }

    /// The hour at token `i` and what follows it: minutes, a part of the
    /// day. `start` is where the time's text begins (its head, or the hour).
    fn clock_reading_at(&self, start: usize, i: usize) -> Option<ClockReading> {
        let (hour, mut end) = self.clock_hour_at(i)?;
        let (minutes, after_minutes) = self.clock_minutes_at(end).unwrap_or((0, end));
        end = after_minutes;
        let (mut hour, minutes) = if minutes < 0 { ((hour + 23) % 24, (60 + minutes) as u32) } else { (hour, minutes as u32) };
        let mut period = None;
        if let Some((named, after_period)) = self.day_period_at(end) {
            hour = in_period(hour, named);
            end = after_period;
            period = Some(named);
        }
        Some(ClockReading { start, end, hour, minutes, period })
    }

    /// The hour after a time head: digits (3، 21), a number word (ثلاثة،
    /// الواحدة، اثنا عشر) or a feminine ordinal (الثالثة، الحادية عشرة).
    fn clock_hour_at(&self, i: usize) -> Option<(u32, usize)> {
        let tok = self.cur.get(i)?;
        if tok.kind == TokenKind::Number {
            let hour = plain_integer(tok.norm).filter(|h| *h <= 24)?;
            return Some((hour % 24, i + 1));
        }
        if let Some((hour, end)) = self.ordinal_value_at(i).filter(|(h, _)| (1..=12).contains(h)) {
            return Some((hour, end));
        }
        // الخامسة وأربعين دقيقة: the tens after the hour are its minutes.
        if let Some((h, hour)) = self.find(i, |h| match h.what {
            What::Ordinal(v) if (!h.prefixed || h.prefix_waw) && (1..=12).contains(v) => Some(*v),
            _ => None,
        }) {
            return Some((hour, h.end));
        }
        // The end of an interval after ل (للخامسة، للخمسة).
        let lam = self.lam_prefixed(i);
        if lam {
            if let Some((h, hour)) = self.find(i, |h| match h.what {
                What::Ordinal(v) if h.prefixed && (1..=12).contains(v) => Some(*v),
                _ => None,
            }) {
                return Some((hour, h.end));
            }
        }
        // One number word only: in الساعة خمسة وخمسين دقيقة the words after
        // و are the minutes.
        let (h, value) = self.find(i, |h| match h.what {
            What::Number(v) if (!h.prefixed || lam) && v.fract() == 0.0 && (1.0..=12.0).contains(v) => Some(*v as u32),
            _ => None,
        })?;
        if value < 10 && is_teen_ten(self.cur.norm(h.end)) {
            return Some((value + 10, h.end + 1)).filter(|(v, _)| *v <= 12);
        }
        Some((value, h.end))
    }

    /// Minutes after the hour (و15 دقيقة، والنصف، وعشر دقائق) or, negative,
    /// before it (إلا ربعا، إلا عشر دقائق), and the token after them.
    fn clock_minutes_at(&self, i: usize) -> Option<(i32, usize)> {
        let minus = self.cur.splits_of(i).any(|s| s.is_unsplit() && self.lex.clock_minus.contains(s.stem_norm));
        let at = if minus { i + 1 } else { i };
        let (minutes, end) = self.clock_fraction_at(at, minus).or_else(|| self.counted_minutes_at(at, minus))?;
        Some((if minus { -(minutes as i32) } else { minutes as i32 }, end))
    }

    /// والنصف، وربع، ثلث: a fraction of the hour, joined by و unless it
    /// follows إلا.
    fn clock_fraction_at(&self, i: usize, minus: bool) -> Option<(u32, usize)> {
        if self.cur.kind(i) != Some(TokenKind::Arabic) {
            return None;
        }
        self.cur.splits_of(i).find_map(|s| {
            let joined = if minus { s.is_unsplit() } else { self.cur.waw_prefixed(&s) };
            self.lex.clock_fractions.get(s.stem_norm).filter(|_| joined).map(|m| (*m, i + 1))
        })
    }

    /// A number of minutes with a word for minutes after it: و15 دقيقة،
    /// وتسعة وأربعون دقيقة، إلا عشر دقائق. Without the word a number after
    /// the hour may count anything else.
    fn counted_minutes_at(&self, i: usize, minus: bool) -> Option<(u32, usize)> {
        let (value, end) = if self.cur.kind(i) == Some(TokenKind::Number) {
            (plain_integer(self.cur.norm(i))? as f64, i + 1)
        } else if !minus && self.cur.norm(i) == WAW && self.cur.kind(i + 1) == Some(TokenKind::Number) {
            (plain_integer(self.cur.norm(i + 1))? as f64, i + 2)
        } else {
            let n = self.word_number_at(i)?;
            // After the hour the minutes are joined by و; after إلا they stand bare.
            let waw_ok = self.cur.splits_of(i).any(|s| if minus { s.is_unsplit() } else { self.cur.waw_prefixed(&s) });
            if !waw_ok {
                return None;
            }
            (n.value, n.end)
        };
        if !(1.0..60.0).contains(&value) || value.fract() != 0.0 {
            return None;
        }
        let (h, unit) = self.unit_at(end)?;
        (unit.kind == QuantityKind::Duration && &*unit.code == "minute").then_some((value as u32, h.end))
    }

    /// A part of the day after a time: صباحا، مساء، العصر، بعد الظهر، في الليل.
    pub(super) fn day_period_at(&self, i: usize) -> Option<(DayPeriod, usize)> {
        let at = |j: usize| self.cur.splits_of(j).find_map(|s| self.lex.day_periods.get(s.stem_norm).copied());
        match self.cur.norm(i) {
            AFTER => at(i + 1).map(|_| (DayPeriod::Pm, i + 2)),
            IN => at(i + 1).map(|p| (p, i + 2)),
            _ => at(i).map(|p| (p, i + 1)),
        }
    }
}

/// Hours and minutes written as one number (04.00، 11,45، 5,30): hours up
/// to 23, then a mark, then two digits of minutes up to 59.
pub(super) fn hours_and_minutes(digits: &str) -> Option<(u32, u32)> {
    let (hours, minutes) = digits.split_once([',', '.', ':', '٫'])?;
    clock_parts(hours, minutes)
}

/// Hours of one or two digits up to 23 and minutes of two up to 59.
fn clock_parts(hours: &str, minutes: &str) -> Option<(u32, u32)> {
    let hour = (hours.len() <= 2).then(|| hours.parse::<u32>().ok()).flatten().filter(|h| *h <= 23)?;
    let minute = (minutes.len() == 2).then(|| minutes.parse::<u32>().ok()).flatten().filter(|m| *m <= 59)?;
    Some((hour, minute))
}

/// A part of the day named at one end of an interval places the other end
/// too, when that keeps the start before the end (من الرابعة حتى السادسة
/// مساء).
fn share_period(first: &mut ClockReading, until: &mut ClockReading) {
    match (first.period, until.period) {
        (None, Some(p)) if in_period(first.hour, p) <= until.hour => first.hour = in_period(first.hour, p),
        (Some(p), None) if in_period(until.hour, p) >= first.hour => until.hour = in_period(until.hour, p),
        _ => {}
    }
}

/// The hour of the day an hour of the clock is in a part of the day.
pub(super) fn in_period(hour: u32, period: DayPeriod) -> u32 {
    match (period, hour) {
        (DayPeriod::Am, 12) => 0,
        (DayPeriod::Pm, 1..=11) => hour + 12,
        (DayPeriod::Night, 6..=11) => hour + 12,
        (DayPeriod::Night, 12) => 0,
        _ => hour,
    }
}
