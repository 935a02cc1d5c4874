//! Numerals: the value of number words joined by و (ثلاثة وعشرون، مئة
//! وخمسون), scale words (ألف، مليون), fractions before a scale (نصف مليون),
//! ordinals (الحادي والعشرين) and a decimal point written as a word. These
//! read values and say where they end; they emit nothing.

use super::hits::{Hit, WAW};
use super::Scan;
use crate::lexicon::{ScaleForm, What};
use crate::value::{plain_integer, MAX_VALUE};
use khabar_tokenize::TokenKind;

/// The ten of a teen after its unit (الحادي عشر، الثالثة عشرة، عشره with
/// a heh for the teh marbuta).
pub(super) fn is_teen_ten(norm: &str) -> bool {
    matches!(norm, "عشر" | "عشرة" | "عشره")
}

/// Number words read from a token on.
pub(super) struct WordNumber {
    /// Original offset of the first word (after any proclitic).
    pub(super) start: usize,
    /// The token after the last word.
    pub(super) end: usize,
    /// The value; infinite when the words run beyond any real amount.
    pub(super) value: f64,
    /// One word only, and one that counts only inside a compound (أحد).
    pub(super) single_compound_only: bool,
}

impl<'a, 'l> Scan<'a, 'l> {
    /// An ordinal at `i`: a unit ordinal, optionally with عشر (الحادي عشر)
    /// or و + tens (الحادي والعشرين). Returns its value and the token after.
    pub(super) fn ordinal_value_at(&self, i: usize) -> Option<(u32, usize)> {
        let (h, v) = self.find(i, |h| match h.what {
            What::Ordinal(v) if !h.prefixed || h.prefix_waw => Some(*v),
            // لأول مرة، بأول هجوم: «first» before its noun takes a
            // preposition.
            What::Ordinal(1) if matches!(h.form, "\u{0627}\u{0648}\u{0644}" | "\u{0627}\u{0648}\u{0644}\u{064a}") => Some(1),
            _ => None,
        })?;
        let mut value = v;
        let mut end = h.end;
        if v < 10 {
            if is_teen_ten(self.cur.norm(end)) {
                return Some((v + 10, end + 1));
            }
            let loose_waw = self.cur.norm(end) == WAW && self.cur.kind(end) == Some(TokenKind::Arabic);
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

    pub(super) fn scale_at(&self, i: usize) -> Option<(Hit<'a, 'l>, f64, ScaleForm)> {
        self.find(i, |h| match h.what {
            What::Scale { value, form } if !h.prefixed && !h.article => Some((*value, *form)),
            _ => None,
        })
        .map(|(h, (value, form))| (h, value, form))
    }

    /// The scale words from `i` on (11 ألف، 2 مليون، ألف ألف), duals
    /// excepted: their product, the token after them, and the last scale
    /// (0 when there is none).
    pub(super) fn scales_after(&self, mut i: usize) -> (f64, usize, f64) {
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

    /// After «ونصف» closing an amount of `scale` (مليون ونصف المليون، 3
    /// ملايين ونصف مليون): the end of that scale named again, with its
    /// article or in the singular; `j` when it is not.
    pub(super) fn scale_named_again(&self, j: usize, scale: f64) -> usize {
        self.find(j, |n| match n.what {
            What::Scale { value, form } if !n.prefixed && *value == scale && (n.article || *form == ScaleForm::Singular) => Some(()),
            _ => None,
        })
        .map_or(j, |(h, _)| h.end)
    }

    /// Number words from `i`, joined by و: ثلاثة وعشرون، مئة وخمسون،
    /// خمسة آلاف، نصف مليون. Returns (value, end, single compound-only word).
    pub(super) fn word_number_at(&self, i: usize) -> Option<WordNumber> {
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
        // The first word has the article (الخمسة والعشرين).
        let mut definite = false;
        // Where a number joined by و right after a scale word began: the
        // amount before it, where it ended, and that scale. The part joined
        // must stay below it (ثلاثة آلاف وخمسمائة); when its own scale is
        // as large (بين تسعة آلاف وأحد عشر ألفاً، ثلاثة آلاف وخمسة آلاف)
        // it is a second amount, and the first ends before the و.
        let mut joined_after_scale: Option<(f64, usize, f64)> = None;
        loop {
            let first = j == i;
            // و written apart (خمسة و عشرون) joins like و glued to the word.
            let loose_waw = !first && self.cur.norm(j) == WAW && self.cur.kind(j) == Some(TokenKind::Arabic);
            if loose_waw {
                j += 1;
            }
            // A weekday (الاثنين، الأحد) is no number, whatever its letters.
            if self.is_weekday(j) {
                break;
            }
            let Some((h, what)) = self.find(j, |h| {
                // After the first word, a number word joins with و glued
                // to it, with و written apart, or (teens, hundreds) bare.
                let joined = first || !h.prefixed || h.prefix_waw;
                match h.what {
                    What::Scale { .. } if h.article => None,
                    // وأحد عشر: «و» and eleven, never «واحد» and ten (its
                    // normalized letters are the same).
                    What::Number(v) if first && !h.prefixed && *v == 1.0 && h.form == "واحد" && is_teen_ten(self.cur.norm(h.end)) => {
                        None
                    }
                    // Bare, only the ten of a teen and a hundred join
                    // (خمسة عشر، ثلاث مئة): وأحد read whole is واحد, but
                    // after مئة it is و + أحد (مئة وأحد عشر).
                    What::Number(v) if !first && !loose_waw && !h.prefixed && *v != 10.0 && *v != 100.0 => None,
                    // الأربع والعشرين ساعة: a unit with the article and its
                    // tens with the article are one number (a longer run
                    // with the article is an ordinal: المية والواحد
                    // والتسعين).
                    What::Number(v) if joined && h.article && definite && items == 1 && (20.0..100.0).contains(v) => Some(h.what),
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
                    // «و» joins the tens after the units (ثلاثة وعشرون) and
                    // what is below the hundreds after them (مئة وخمسة); two
                    // units, or two tens, are two numbers (مدنيين اثنين
                    // وثلاثة عناصر).
                    if !first && (h.prefix_waw || loose_waw) && current.fract() == 0.0 {
                        let below_hundred = current.rem_euclid(100.0);
                        let fits = if (20.0..100.0).contains(&v) {
                            below_hundred < 10.0
                        } else if v < 20.0 {
                            below_hundred == 0.0
                        } else {
                            current == 0.0
                        };
                        if !fits {
                            break;
                        }
                    }
                    if !first && (h.prefix_waw || loose_waw) && last_scale {
                        joined_after_scale = Some((total, last_end, last_scale_value));
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
                        j = self.scale_named_again(h.end, last_scale_value);
                        last_end = j;
                        break;
                    }
                    // Otherwise a fraction counts only before a scale word,
                    // or before مئة (نصف مئة = 50).
                    let hundred_follows =
                        self.find(h.end, |n| matches!(n.what, What::Number(v) if *v == 100.0 && !n.prefixed).then_some(())).is_some();
                    if hundred_follows && first {
                        let Some((h100, _)) =
                            self.find(h.end, |n| matches!(n.what, What::Number(v) if *v == 100.0 && !n.prefixed).then_some(()))
                        else {
                            break;
                        };
                        start = Some(h.start);
                        current = *f * 100.0;
                        items += 2;
                        j = h100.end;
                        last_end = j;
                        last_unit_value = 0.0;
                        last_scale = false;
                        continue;
                    }
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
                    // في قرية بليون: a scale word opening the number after a
                    // place's noun is the place's name.
                    let after_place = |p: usize| self.cur.splits_of(p).any(|s| self.lex.place_heads.contains(s.stem_norm));
                    if first && i.checked_sub(1).is_some_and(after_place) {
                        return None;
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
                        // مليون وألف: a smaller scale joined by و adds;
                        // ألف ألف multiplies.
                        _ if current == 0.0 && last_scale && (h.prefix_waw || loose_waw) && *value < last_scale_value => total += value,
                        _ if current == 0.0 && last_scale => total *= value,
                        _ if current == 0.0 => total += value,
                        _ => {
                            if let Some((before, end, _)) = joined_after_scale.filter(|&(_, _, scale)| *value >= scale) {
                                total = before;
                                current = 0.0;
                                last_end = end;
                                break;
                            }
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
                definite = h.article && matches!(what, What::Number(v) if (1.0..10.0).contains(v));
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
        let mut value = if overflow { f64::INFINITY } else { total + current };
        // مليار و45 مليون: a smaller amount in digits joined by و.
        if last_scale && current == 0.0 {
            if let Some((rest, after)) = self.smaller_amount_after(last_end, last_scale_value) {
                value += rest;
                last_end = after;
            }
        }
        Some(WordNumber { start: start?, end: last_end, value, single_compound_only: items == 1 && only_compound_word })
    }

    /// After an amount whose last word is the scale `scale` ending before
    /// token `end`: و and a smaller amount in digits, with scale words of
    /// its own (مليار و45 مليون، 62 ألفاً و400), which completes the
    /// amount; each smaller scale may be followed by a smaller one still
    /// (35 ملياراً و394 مليوناً و173 ألفاً و320). Returns what they add
    /// and the token after them.
    pub(super) fn smaller_amount_after(&self, end: usize, scale: f64) -> Option<(f64, usize)> {
        let (mut added, mut at, mut scale) = (0.0, end, scale);
        while self.cur.norm(at) == WAW && self.cur.kind(at + 1) == Some(TokenKind::Number) {
            let Some(n) = plain_integer(self.cur.norm(at + 1)) else { break };
            let (factor, after, _) = self.scales_after(at + 2);
            let rest = f64::from(n) * factor;
            if !(rest > 0.0 && rest < scale) {
                break;
            }
            added += rest;
            at = after;
            // Units close the amount (62 ألفاً و400).
            if factor <= 1.0 {
                break;
            }
            scale = factor;
        }
        (at > end).then_some((added, at))
    }

    /// `1 فاصلة 5`: a decimal point written as a word, then the decimals as
    /// digits or a number word. Returns the value and the token after.
    pub(super) fn decimal_word_after(&self, value: f64, end: usize) -> (f64, usize) {
        if value.fract() != 0.0 || !self.lex.decimal_words.contains(self.cur.norm(end)) {
            return (value, end);
        }
        let decimals = if self.cur.kind(end + 1) == Some(TokenKind::Number) {
            plain_integer(self.cur.norm(end + 1)).map(|d| (d, self.cur.norm(end + 1).len(), end + 2))
        } else {
            // Scale words after the decimals scale the whole number (أربعة
            // فاصلة خمسة مليون = 4.5 million): they are left to the caller.
            self.word_number_at(end + 1).and_then(|n| {
                let mut scales_from = n.end;
                let mut factor = 1.0;
                while scales_from > end + 2 {
                    match self.scale_at(scales_from - 1) {
                        Some((_, s, ScaleForm::Singular | ScaleForm::Plural)) => {
                            factor *= s;
                            scales_from -= 1;
                        }
                        _ => break,
                    }
                }
                let digits = n.value / factor;
                (digits.fract() == 0.0 && digits < 1e9).then(|| {
                    let d = digits as u32;
                    (d, d.to_string().len(), scales_from)
                })
            })
        };
        match decimals {
            Some((d, digits, after)) => (value + f64::from(d) / 10f64.powi(digits as i32), after),
            None => (value, end),
        }
    }
}
