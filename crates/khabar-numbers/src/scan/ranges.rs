//! Ranges: two numbers that bound one amount (بين 10 و15 مدنيا، ما بين 20
//! و25 ألف دولار، ثلاثة إلى أربعة كيلومترات، بين 3 و5 أيام). The first end is written
//! bare; it takes the scale, unit and counted noun of the second (and the
//! second its «about» hedge), and the two are linked. The function words of
//! a range (بين، و، إلى، حتى، أو) are the grammar's own, not a lexicon users
//! extend. A range of days (من 5 إلى 10 أيار 2017، 9-10 حزيران 2014) is two
//! dates: the first day takes the month and year of the date that closes
//! the range.

use super::Scan;
use crate::lexicon::What;
use crate::{DateKind, QuantityKind};
use khabar_tokenize::{TokenKind, TokenRange};

/// A word that joins the two ends of a range of days (إلى، حتى، a dash, and
/// «و» glued to إلى or حتى); «و» alone joins them too after «بين».
fn is_range_connector(norm: &str) -> bool {
    matches!(norm, "الي" | "حتي" | "والي" | "وحتي" | "-" | "–")
}

impl<'a, 'l> Scan<'a, 'l> {
    /// «من 5 إلى 10 أيار 2017»، «بين 3 و5 تموز»: the bare number that opens
    /// a range closed by a date with a day is a date of that month and year,
    /// not a count.
    pub(super) fn day_ranges(&mut self) {
        // The first day's tokens and its date.
        let mut opened: Vec<(TokenRange, String)> = Vec::new();
        for d in &self.out.dates {
            // The closing date states its day: `YYYY-MM-DD` or `--MM-DD`.
            let Some((month, day)) = d.iso.rsplit_once('-').filter(|(m, day)| day.len() == 2 && (m.len() == 7 || m.len() == 4)) else {
                continue;
            };
            let Ok(last_day) = day.parse::<u32>() else { continue };
            let t = self.cur.first_at(d.span.start);
            // The connector (إلى، حتى، a dash, و, «و» glued to إلى or حتى)
            // and the first day before it, with «من» or «بين» opening the
            // range. The first day is a number, or an ordinal word read as
            // an ordinal (من الرابع وحتى الحادي عشر من أكتوبر).
            let Some(connector_at) = t.checked_sub(1) else { continue };
            let connector = is_range_connector(self.cur.norm(connector_at)) || self.cur.norm(connector_at) == "و";
            let ordinal = self.out.quantities.iter().find(|q| q.kind == QuantityKind::Ordinal && q.tokens.end == connector_at);
            let first = match ordinal {
                Some(q) => q.tokens,
                None if connector_at > 0 && self.cur.kind(connector_at - 1) == Some(TokenKind::Number) => {
                    TokenRange::new(connector_at - 1, connector_at)
                }
                None => continue,
            };
            // «9-10 حزيران 2014»: a dash glued to both days needs no «من».
            let dashed = matches!(self.cur.norm(t - 1), "-" | "–") && self.cur.glued(t - 1) && self.cur.glued(t);
            let opens = dashed || first.start.checked_sub(1).is_some_and(|o| matches!(self.cur.norm(o), "من" | "بين"));
            let first_day = match ordinal {
                Some(q) => q.value.filter(|v| v.fract() == 0.0 && *v >= 1.0).map(|v| v as u32),
                None => self.cur.norm(first.start).parse::<u32>().ok(),
            };
            let first_day = first_day.filter(|&f| (1..last_day).contains(&f));
            let (true, true, Some(first_day)) = (connector, opens, first_day) else { continue };
            opened.push((first, format!("{month}-{first_day:02}")));
        }
        // A first day already read as a date (في 3 و5 تموز) stays as read.
        opened.retain(|&(n, _)| !self.out.dates.iter().any(|d| d.span.start == self.cur.start_of(n.start)));
        if opened.is_empty() {
            return;
        }
        // The first day was read as a bare count or an ordinal: it is the
        // date instead.
        let is_opened = |t: TokenRange| opened.iter().any(|&(n, _)| n == t);
        self.out.quantities.retain(|q| {
            let bare_count = q.kind == QuantityKind::Cardinal && q.unit.is_none();
            !((bare_count || q.kind == QuantityKind::Ordinal) && is_opened(q.tokens))
        });
        for (n, iso) in opened {
            self.push_date(self.cur.start_of(n.start), n.end, iso, DateKind::Date);
        }
        self.out.dates.sort_by_key(|d| (d.span.start, d.span.end));
    }

    /// «من 20 تموز حتى 5 آب 2017»: a day and month with no year that
    /// opens a range closed by a date with its year is of that year (of
    /// the year before when its month comes later: من 20 كانون الأول حتى
    /// 5 كانون الثاني 2018).
    pub(super) fn years_of_ranges(&mut self) {
        for k in 1..self.out.dates.len() {
            let (first, last) = (&self.out.dates[k - 1], &self.out.dates[k]);
            if first.kind != DateKind::Date || last.kind != DateKind::Date {
                continue;
            }
            // The first: `--MM-DD`; the last: `YYYY-MM-DD`.
            let (Some(m1), Some((y2, m2))) = (
                first
                    .iso
                    .strip_prefix("--")
                    .and_then(|md| md.get(..2))
                    .and_then(|m| m.parse::<u32>().ok())
                    .filter(|_| first.iso.len() == 7),
                last.iso
                    .get(..4)
                    .zip(last.iso.get(5..7))
                    .filter(|_| last.iso.len() == 10)
                    .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?))),
            ) else {
                continue;
            };
            let (a, b) = (self.cur.first_at(first.span.start), self.cur.first_at(last.span.start));
            // One word between the two: the connector.
            let between = a.checked_sub(1).is_some_and(|o| self.cur.norm(o) == "بين");
            let connector = b >= 2
                && self.cur.end_of(b - 2) == first.span.end
                && (is_range_connector(self.cur.norm(b - 1)) || (between && self.cur.norm(b - 1) == "و"));
            let opens = between || a.checked_sub(1).is_some_and(|o| self.cur.norm(o) == "من");
            // The year written in the closing date, not filled in from a
            // month told before (2 من الشهر الحالي).
            let written = (b..self.cur.first_at(last.span.end))
                .any(|t| self.cur.kind(t) == Some(TokenKind::Number) && self.cur.norm(t).parse::<i32>().is_ok_and(|y| y == y2));
            if !(connector && opens && written) {
                continue;
            }
            let year = if m1 > m2 { y2 - 1 } else { y2 };
            let iso = format!("{year:04}{}", &first.iso[1..]);
            self.out.dates[k - 1].iso = iso;
        }
    }

    /// Links each bare number to the number after it when the two bound a
    /// range: «بين/ما بين/من X و/إلى Y», or «X إلى/حتى/أو Y».
    pub(super) fn link_ranges(&mut self) {
        for k in 1..self.out.quantities.len() {
            let (low, high) = (&self.out.quantities[k - 1], &self.out.quantities[k]);
            let bare = low.kind == QuantityKind::Cardinal && low.unit.is_none() && low.counted.is_none() && low.range.is_none();
            let (Some(low_value), Some(high_value)) = (low.value, high.value) else { continue };
            if !bare
                || !matches!(
                    high.kind,
                    QuantityKind::Cardinal | QuantityKind::Money | QuantityKind::Measure | QuantityKind::Percent | QuantityKind::Duration
                )
            {
                continue;
            }
            let Some(between) = self.cur.text().get(low.span.end..high.span.start) else { continue };
            let connector = between.trim();
            let opened = self.opens_range(low.tokens.start);
            let from = low.tokens.start.checked_sub(1).is_some_and(|p| self.cur.norm(p) == "من");
            let joins = match connector {
                "و" => opened,
                // من عشرة لعشرين: «ل» glued to the second end.
                "ل" => from,
                "إلى" | "الى" | "حتى" | "-" | "–" => true,
                "أو" | "او" => high.counted.is_some() || high.unit.is_some(),
                _ => false,
            };
            if !joins {
                continue;
            }
            // ما بين 20 و25 ألف دولار: the first end shares the scale.
            let scale = (high.tokens.start..high.tokens.end)
                .filter_map(|t| self.find(t, |h| if let What::Scale { value, .. } = h.what { Some(*value) } else { None }).map(|(_, v)| v))
                .fold(1.0_f64, f64::max);
            let scaled = if low_value * scale <= high_value { low_value * scale } else { low_value };
            if scaled >= high_value {
                continue;
            }
            let (kind, unit, counted, counted_span) = (high.kind, high.unit.clone(), high.counted.clone(), high.counted_span);
            // حوالي 10-20 دولار: a hedge before the range hedges both ends.
            let hedge = low.qualifier.filter(|q| *q == crate::Qualifier::About);
            let low = &mut self.out.quantities[k - 1];
            low.value = Some(crate::value::decimal(scaled));
            low.kind = kind;
            low.unit = unit;
            low.counted = counted;
            low.counted_span = counted_span;
            low.range = Some(k);
            let high = &mut self.out.quantities[k];
            high.range = Some(k - 1);
            high.qualifier = high.qualifier.or(hedge);
        }
    }

    /// «بين» or «ما بين» right before token `i` (a qualifier may stand
    /// between: بين نحو 10 و15). Not «من»: أكثر من 10 و15 جريحا are two
    /// figures.
    fn opens_range(&self, i: usize) -> bool {
        (i.saturating_sub(2)..i).any(|k| matches!(self.cur.norm(k), "بين" | "وبين"))
    }
}
