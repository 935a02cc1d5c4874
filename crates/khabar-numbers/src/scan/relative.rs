//! Relative dates: expressions that state no calendar date, only where it
//! lies from the day of writing (أمس، الشهر الماضي، يوم الأربعاء، الخميس
//! المقبل). Tried after the calendar dates, so a weekday that opens a full
//! date («الأربعاء 22 آذار 2017») is part of that date, and only when the
//! extractor is asked for them.

use super::{Scan, Step};
use crate::lexicon::What;
use crate::{DateKind, DateMention, Relative, RelativeUnit};
use khabar_tokenize::Span;

impl Scan<'_, '_> {
    /// A relative date at token `i`.
    pub(super) fn relative_at(&mut self, i: usize) -> Option<Step> {
        if let Some((hit, relative)) = self.find(i, |h| match h.what {
            What::Relative(r) => Some(*r),
            _ => None,
        }) {
            if self.taken_back(i, hit.end, relative.offset) {
                return None;
            }
            // Not asked for, a relative date of several words is still
            // read past whole: «أمس الأول» holds no ordinal.
            if !self.relative {
                return (hit.end > i + 1).then_some(Step::Consumed(hit.end));
            }
            // «اليوم الإثنين»: today, which is a Monday — one mention.
            if relative == (Relative { unit: RelativeUnit::Day, offset: 0 }) {
                if let Some((weekday, end)) = self.weekday_at(hit.end) {
                    return Some(self.push_relative(hit.start, end, Relative { unit: RelativeUnit::Weekday(weekday), offset: 0 }));
                }
            }
            return Some(self.push_relative(hit.start, hit.end, relative));
        }
        if !self.relative {
            return None;
        }
        let (weekday, end) = self.weekday_at(i)?;
        let direction = self.lex.relative_direction.get(self.cur.norm(end)).copied();
        // Where a head word before it starts (يوم الأربعاء).
        let head = i.checked_sub(1).and_then(|p| self.cur.reading_in(p, &self.lex.weekday_heads));
        // Between commas a bare weekday is the day something happened
        // (كشف التحالف، الأربعاء، أن…); elsewhere it needs a head or a
        // direction (الجمعة also names the prayer).
        let set_off = |at: usize| [',', '،'].iter().any(|&c| self.cur.is_punct(at, c));
        let between_commas = i > 0 && set_off(i - 1) && set_off(end);
        if direction.is_none() && head.is_none() && !between_commas {
            return None;
        }
        let (end, offset) = direction.map_or((end, 0), |d| (end + 1, d));
        if self.taken_back(i, end, offset) {
            return None;
        }
        let start = head.unwrap_or_else(|| self.cur.start_of(i));
        Some(self.push_relative(start, end, Relative { unit: RelativeUnit::Weekday(weekday), offset }))
    }

    /// The weekday named at token `i`, and the token after it.
    fn weekday_at(&self, i: usize) -> Option<(u8, usize)> {
        self.find(i, |h| match h.what {
            What::Weekday(n) => Some((*n, h.end)),
            _ => None,
        })
        .map(|(_, found)| found)
    }

    /// The words around tokens `start..end`, a relative date `offset`
    /// units from the day of writing, make it some other day: اليوم الأول،
    /// نفس اليوم. «ذلك اليوم» is some other day, «ذلك البارحة» is «ذلك»
    /// then yesterday: only a word for «this one» (offset 0) is taken back
    /// by the word before it.
    fn taken_back(&self, start: usize, end: usize, offset: i32) -> bool {
        self.lex.relative_not_after.contains(self.cur.norm(end))
            || (offset == 0 && self.lex.relative_not_before.contains(self.cur.norm_before(start)))
    }

    fn push_relative(&mut self, start: usize, end_tok: usize, relative: Relative) -> Step {
        let end = self.cur.end_of(end_tok - 1);
        self.out.dates.push(DateMention {
            span: Span::new(start, end),
            iso: String::new(),
            kind: DateKind::Relative,
            relative: Some(relative),
        });
        Step::Emitted(end_tok)
    }
}
