//! Quantities: digits and number words with their scale, unit, qualifier
//! and counted noun; percentages, money, measures, durations, ordinals and
//! vague amounts; and what looks like a number but counts nothing
//! (identifiers, phone numbers, codes).

use super::hits::{Hit, ARTICLE, MIN, WAW};
use super::numerals::WordNumber;
use super::{Scan, Step};
use crate::calendar::{Calendar, YEARS_ALONE};
use crate::lexicon::{ScaleForm, Unit, What};
use crate::value::{finite, is_plain_digits, parse_digits, plain_integer, MAX_VALUE};
use crate::{Qualifier, Quantity, QuantityKind};
use khabar_tokenize::chars::is_arabic_mark;
use khabar_tokenize::{is_proclitic_letter, strip_article, Span, TokenKind, TokenRange};

/// The unit of years of age.
const AGE_UNIT: &str = "age_years";
/// The fewest letters of a unit read behind a proclitic: shorter ones are
/// the ends of other words (بين: ب and «ين», the yen).
const MIN_PREFIXED_UNIT_LETTERS: usize = 3;

/// A quantity about to be emitted.
struct Draft {
    /// The token the scan opened it at (a qualifier ends right before it).
    opener: usize,
    /// Original offset of its first byte.
    start: usize,
    /// The token after it.
    end: usize,
    value: Option<f64>,
    kind: QuantityKind,
    unit: Option<String>,
    counted: Option<String>,
    counted_span: Option<Span>,
}

impl Draft {
    fn new(opener: usize, start: usize, end: usize, kind: QuantityKind) -> Draft {
        Draft { opener, start, end, value: None, kind, unit: None, counted: None, counted_span: None }
    }
}

impl<'a, 'l> Scan<'a, 'l> {
    /// A quantity opening at token `i`: digits, a currency sign before
    /// digits, or number words.
    pub(super) fn quantity_at(&mut self, i: usize) -> Option<Step> {
        let tok = self.cur.get(i)?;
        match tok.kind {
            TokenKind::Number => self.digit_quantity_at(i),
            TokenKind::Symbol => {
                // $10,000 and €5
                let (_, unit) = self.unit_at(i)?;
                if unit.kind != QuantityKind::Money || self.cur.kind(i + 1) != Some(TokenKind::Number) {
                    return None;
                }
                let scale_follows = self.scale_at(i + 2).is_some();
                let value = parse_digits(self.cur.norm(i + 1), scale_follows)?;
                let (factor, end, _) = self.scales_after(i + 2);
                Some(self.emit(Draft {
                    value: Some(value * factor * unit.factor),
                    unit: Some(unit.code.to_string()),
                    ..Draft::new(i, tok.span.start, end, QuantityKind::Money)
                }))
            }
            TokenKind::Arabic => self.word_quantity_at(i),
            _ => None,
        }
    }

    /// The digit at token `i` stands for a letter inside a word (د١عش،
    /// داع3ش: a name written so that filters miss it): one digit, glued to
    /// Arabic letters on both sides, and what is glued before is more than
    /// proclitics and the article (ب5آلاف، وال3 are a number after them).
    /// Several digits are a number a lost space glued (جبل سنجار130كم).
    fn digit_for_a_letter(&self, i: usize) -> bool {
        let letters = |j: usize| self.cur.kind(j) == Some(TokenKind::Arabic);
        let one_digit = self.cur.norm(i).chars().count() == 1;
        if i == 0 || !one_digit || !self.cur.glued(i) || !letters(i - 1) || !self.cur.glued(i + 1) || !letters(i + 1) {
            return false;
        }
        let before = self.cur.norm(i - 1);
        let clitics = before.strip_suffix("ال").unwrap_or(before);
        !clitics.chars().all(is_proclitic_letter)
    }

    /// A quantity written in digits at token `i`, or a year standing alone.
    fn digit_quantity_at(&mut self, i: usize) -> Option<Step> {
        let tok = self.cur.get(i)?;
        if let Err(next_line) = self.line_has_word(i) {
            return Some(Step::Consumed(next_line));
        }
        let (digits, mut percent) = match tok.norm.strip_suffix('%') {
            Some(d) => (d, true),
            None => (tok.norm, false),
        };
        if digits.contains(':') {
            return None;
        }
        if self.digit_for_a_letter(i) {
            return Some(Step::Consumed(i + 1));
        }
        let mut start = tok.span.start;
        // A sign or a decimal mark glued before the number, with a space or
        // the start of the text before it: -1.2, .77, ٫٧٧.
        let mut sign = 1.0;
        let mut leading_point = false;
        // The token the quantity opens with (the percent sign written first).
        let mut opener = i;
        // A hyphen glued to a word before it joins a designation (إف-16،
        // ميغ-29), no sign: only a space or punctuation may stand before a sign.
        if i > 0 && self.cur.glued(i) && (i == 1 || !self.cur.glued(i - 1) || self.cur.kind(i - 2) == Some(TokenKind::Punct)) {
            match self.cur.text_of(i - 1) {
                "-" | "\u{2212}" => {
                    sign = -1.0;
                    start = self.cur.start_of(i - 1);
                }
                "." | "\u{066B}" if i == 1 || !self.cur.glued(i - 1) => {
                    leading_point = true;
                    start = self.cur.start_of(i - 1);
                }
                // %90: the sign written first, as it is read right to left.
                "%" | "\u{066A}" if !percent => {
                    percent = true;
                    start = self.cur.start_of(i - 1);
                    opener = i - 1;
                }
                _ => {}
            }
        }
        // A telephone number written in groups after the international
        // prefix (00963 939 114 037, +963 939 …): all of it is one code.
        // After a plus sign, only a number in groups is a telephone number
        // (+963 955 …): «+1 سم» is one more centimetre.
        let plus_groups =
            self.cur.before(i).is_some_and(|t| t.text == "+") && self.cur.glued(i) && self.cur.kind(i + 1) == Some(TokenKind::Number);
        let international = (digits.starts_with("00") && digits.len() >= 4) || plus_groups;
        if international && is_plain_digits(digits) {
            let mut end = i + 1;
            while self.cur.kind(end) == Some(TokenKind::Number) && !self.cur.line_break_before(end) && is_plain_digits(self.cur.norm(end)) {
                end += 1;
            }
            return Some(Step::Consumed(end));
        }
        // Phone numbers and other long codes are not amounts.
        if digits.len() >= 8 && is_plain_digits(digits) && (digits.starts_with('0') || self.cur.before(i).is_some_and(|t| t.text == "+")) {
            return Some(Step::Consumed(i + 1));
        }
        // 1300 بتوقيت غرينتش: a time of day, no amount.
        if let Some(end) = self.zone_time_at(i, digits) {
            return Some(Step::Consumed(end));
        }
        // 5ر1 مليار: a decimal written with «ر», the decimals first.
        let reversed = if leading_point || percent { None } else { self.reversed_decimal_at(i, digits) };
        // 10 000 دولار: thousands grouped by spaces, as some outlets print
        // them, are one number.
        let grouped = if leading_point || percent || reversed.is_some() { None } else { self.space_grouped_at(i, digits) };
        let (digits, last) = match (&grouped, reversed) {
            (Some((joined, last)), _) => (joined.as_str(), *last),
            (None, Some((_, last))) => (digits, last),
            (None, None) => (digits, i),
        };
        // 27611 84606 18271: numbers side by side with nothing between
        // them (a table row, a code, a telephone number written in groups)
        // count nothing.
        if !percent && self.number_follows_in_line(last) {
            let mut end = last + 1;
            while self.number_follows_in_line(end) {
                end += 1;
            }
            return Some(Step::Consumed(end + 1));
        }
        // (15) ألف مقاتل، (2000) مقاتل: a number some outlets set in
        // brackets is read with the scale or noun after the brackets; so
        // is one set between slashes, a space outside them (نحو /2500/
        // إيزيدي; 6/8/2020 is a date).
        let marks = |open: char, close: char| {
            i > 0 && self.cur.is_punct(i - 1, open) && self.cur.glued(i) && self.cur.is_punct(last + 1, close) && self.cur.glued(last + 1)
        };
        let apart = |j: usize| j == 0 || !self.cur.glued(j);
        let enclosed = marks('(', ')') || (marks('/', '/') && apart(i - 1) && apart(last + 2));
        let bracketed = enclosed
            && !self.cur.line_break_before(last + 2)
            && (self.scale_at(last + 2).is_some()
                // A year in brackets stays a year (الحرب (2014) قتل).
                || (self.counted_noun_at(last + 2, false).0.is_some() && !plain_integer(digits).is_some_and(|y| YEARS_ALONE.contains(&y))));
        let next = if bracketed {
            start = self.cur.start_of(i - 1);
            opener = i - 1;
            last + 2
        } else {
            last + 1
        };
        let scale_follows = self.scale_at(next).is_some_and(|(_, _, f)| f != ScaleForm::Dual);
        let parsed = if let Some((value, _)) = reversed {
            Some(value)
        } else if leading_point {
            is_plain_digits(digits).then(|| format!("0.{digits}").parse().ok()).flatten()
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
            return Some(Step::Consumed(i + 1));
        };
        let (mut value, mut end) = self.decimal_word_after(value, next);
        value *= sign;
        if percent {
            return Some(self.emit(Draft {
                value: Some(value),
                unit: Some("percent".into()),
                ..Draft::new(opener, start, end, QuantityKind::Percent)
            }));
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
                let again = self.scale_named_again(h.end, last_scale);
                if again > h.end || self.scale_at(h.end).is_none() {
                    value += f * last_scale;
                    end = again;
                }
            }
        }
        // 62 ألفاً و400، 2 مليار و500 مليون: a smaller amount joined by و
        // completes the amount.
        if scaled {
            if let Some((rest, after)) = self.smaller_amount_after(end, last_scale) {
                value += rest;
                end = after;
            }
        }
        if !value.is_finite() || value > MAX_VALUE {
            return Some(Step::Consumed(end));
        }
        if let Some(step) = self.with_unit(i, start, end, Some(value)) {
            return Some(step);
        }
        // A bare digit token after a label word is an identifier
        // (القرار 2254); one glued to a Latin word is a code (SY 24 never
        // splits, but F-16 does).
        // The word before the brackets (القرار (2254)).
        let opener_token = if enclosed { i - 1 } else { i };
        if let Some(prev) = self.cur.before(opener_token).filter(|_| !scaled) {
            // لوائي 17 و18، الفرقة 17 و18: the number joined by «و» to a
            // label's number is a label too.
            let joined_label = || {
                prev.norm == "و"
                    && opener_token
                        .checked_sub(2)
                        .filter(|&j| self.cur.kind(j) == Some(TokenKind::Number))
                        .and_then(|j| j.checked_sub(1))
                        .is_some_and(|h| self.identifier_head_at(h))
            };
            let prev_bare = self.identifier_head_at(opener_token - 1) || joined_label();
            // F-16, إف-16، ميغ-29، كوفيد-19: a word, a hyphen and digits, all
            // glued, name a model or a code.
            let code_after_word = prev.kind == TokenKind::Punct
                && prev.text == "-"
                && self.cur.glued(i)
                && self.cur.glued(i - 1)
                && i.checked_sub(2).is_some_and(|j| matches!(self.cur.kind(j), Some(TokenKind::Latin | TokenKind::Arabic)));
            // طائرات F- 15: a model's capital letters and hyphen, the digits
            // set apart by a space, still name it.
            let model_letters = |j: usize| {
                self.cur.kind(j) == Some(TokenKind::Latin) && {
                    let letters = self.cur.text_of(j);
                    letters.len() <= 3 && letters.bytes().all(|b| b.is_ascii_uppercase())
                }
            };
            let code_after_word = code_after_word
                || (prev.kind == TokenKind::Punct
                    && prev.text == "-"
                    && self.cur.glued(i - 1)
                    && i.checked_sub(2).is_some_and(model_letters));
            // المؤتمر 40 وزيرا: after a label with its article, a noun after
            // the number, in the accusative or a plural, counts it (a name
            // has no article: موقع 24 خبرا).
            let counts_a_noun = || {
                strip_article(prev.norm).is_some()
                    && self.counted_noun_at(end, false).0.is_some()
                    && (self.cur.norm(end).ends_with('\u{0627}') || self.is_plural_noun(end))
            };
            if code_after_word || (prev_bare && !counts_a_noun()) {
                return Some(Step::Consumed(i + 1));
            }
        }
        let qualifier = self.qualifier_before(opener_token);
        let (mut counted, mut counted_span) = self.counted_noun_at(end, false);
        // الـ before the digits: after a plural noun it counts it (الدول
        // الـ83, the 83 states); after a singular one it ranks it (الذكرى
        // الـ12, the twelfth anniversary; للمرة الـ3, its article elided).
        // With nothing after it to count, it ranks whatever stands before
        // (تعد الوجبة الـ29 من نوعها، وجاءت في المرتبة الـ5.).
        // اللواء الـ28، الفرقة الـ17: a unit's label, the article between,
        // whatever word comes after it.
        if !scaled && i >= 2 && self.cur.norm(i - 1) == ARTICLE && self.identifier_head_at(i - 2) {
            return Some(Step::Consumed(end));
        }
        // A figure approximated or reached (ما يقارب الـ30، ارتفع إلى الـ40)
        // is a count, no rank.
        let reached = || qualifier.is_some() || matches!(self.cur.norm(i - 2), "الي" | "حتي");
        if counted.is_none() && !scaled && i >= 2 && self.cur.norm(i - 1) == ARTICLE && !reached() {
            let ranks_nothing_after =
                || end >= self.cur.len() || self.cur.kind(end) == Some(TokenKind::Punct) || self.cur.norm(end) == "من";
            if self.is_plural_noun(i - 2) {
                (counted, counted_span) = self.plural_counted_before(i - 2);
            } else if (self.cur.kind(i - 2) == Some(TokenKind::Arabic) && self.cur.splits_of(i - 2).any(|s| s.has_article()))
                || ranks_nothing_after()
            {
                return Some(self.emit(Draft { value: Some(value), ..Draft::new(i, start, end, QuantityKind::Ordinal) }));
            }
        }
        // A bare number a few words after a label word still labels it
        // (قرار مجلس الأمن 2254، القرار الأممي رقم 2254).
        if counted.is_none() && qualifier.is_none() && !scaled && self.identifier_head_within(i, 3) {
            return Some(Step::Consumed(end));
        }
        // رمز الخبر: 43174 (a label, then a colon); العدد 1664 opening a
        // line (a periodical's issue in a page's header).
        if counted.is_none() && qualifier.is_none() && !scaled && !enclosed && i > 0 {
            let after_label_colon = self.cur.text_of(i - 1) == ":" && self.identifier_head_within(i - 1, 3);
            let line_label = self.cur.kind(i - 1) == Some(TokenKind::Arabic)
                && self.lex.line_labels.contains(self.cur.norm(i - 1))
                && (i == 1 || self.cur.line_break_before(i - 1));
            if after_label_colon || line_label {
                return Some(Step::Consumed(end));
            }
        }
        // A year: 4 digits in the range of years with nothing counted, or
        // after a word that only times take (منذ 2014 تحالفاً).
        let temporal_before = i > 0 && self.cur.splits_of(i - 1).any(|s| self.lex.year_context.contains(s.stem_norm));
        // بين عامي 2014 و2019: a number of four digits joined by «و» to a
        // year just read is a year too.
        let joined_to_year = digits.len() == 4
            && self.out.dates.last().is_some_and(|d| {
                let (from, to) = (d.span.end, self.cur.start_of(i));
                let gap = self.cur.text().get(from..to).map(str::trim);
                d.kind == crate::DateKind::Year && (gap == Some("و") || (gap == Some("") && self.cur.text_of(i).starts_with('و')))
            });
        let temporal_before = temporal_before || joined_to_year;
        // «1959 من القوات»، «2000 منهم»: a number taking a part of a group
        // is a count.
        let partitive = (self.cur.norm(end) == MIN && self.cur.kind(end + 1) == Some(TokenKind::Arabic))
            || matches!(
                self.cur.norm(end),
                "\u{0645}\u{0646}\u{0647}\u{0645}" | "\u{0645}\u{0646}\u{0647}\u{0627}" | "\u{0645}\u{0646}\u{0647}\u{0646}"
            );
        // من 2000 إلى 1400 جندي، بين 2000 و3000 مقاتل: the first end of a
        // range whose last end is no year is a count.
        // Not a day of the month (منذ 2014 حتى 23 من أيلول 2018: from a
        // year to a date).
        let day_of_month = |k: usize| {
            let month_from = if self.cur.norm(k) == MIN { k + 1 } else { k };
            self.is_month(month_from)
        };
        let closes_on_count = matches!(self.cur.norm(end), "الي" | "حتي" | WAW)
            && self.cur.kind(end + 1) == Some(TokenKind::Number)
            && plain_integer(self.cur.norm(end + 1)).is_some_and(|n| !YEARS_ALONE.contains(&n))
            && !day_of_month(end + 2);
        let may_be_year = temporal_before || (counted.is_none() && !partitive && !closes_on_count);
        if !scaled && may_be_year && qualifier.is_none() && grouped.is_none() && reversed.is_none() && digits.len() == 4 {
            if let Some(year) = plain_integer(digits).filter(|y| YEARS_ALONE.contains(y)) {
                return Some(Step::YearAlone { start, end: self.skip_marker(i + 1, Calendar::Gregorian), year });
            }
        }
        Some(self.emit(Draft { value: Some(value), counted, counted_span, ..Draft::new(opener, start, end, QuantityKind::Cardinal) }))
    }

    /// `10 000`, `1 500 000`: a plain number of one to three digits at `i`
    /// followed, one space apart, by groups of exactly three digits. Returns
    /// the digits joined and the last group's token.
    fn space_grouped_at(&self, i: usize, digits: &str) -> Option<(String, usize)> {
        if !(1..=3).contains(&digits.len()) || !is_plain_digits(digits) {
            return None;
        }
        let mut joined = digits.to_string();
        let mut last = i;
        while self.cur.kind(last + 1) == Some(TokenKind::Number)
            && matches!(self.cur.gap_before(last + 1), " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
            && self.cur.norm(last + 1).len() == 3
            && is_plain_digits(self.cur.norm(last + 1))
        {
            last += 1;
            joined.push_str(self.cur.norm(last));
        }
        (last > i).then_some((joined, last))
    }

    /// `5ر1`, `25ر3`: a decimal as some Egyptian papers print it, with
    /// «ر» for the decimal mark and the decimals written first (1.5, 3.25).
    /// Returns the value and the token of the whole part.
    fn reversed_decimal_at(&self, i: usize, decimals: &str) -> Option<(f64, usize)> {
        let whole = self.cur.norm(i + 2);
        if !is_plain_digits(decimals)
            || self.cur.text_of(i + 1) != "\u{0631}"
            || !self.cur.glued(i + 1)
            || self.cur.kind(i + 2) != Some(TokenKind::Number)
            || !self.cur.glued(i + 2)
            || !is_plain_digits(whole)
        {
            return None;
        }
        let value: f64 = format!("{whole}.{decimals}").parse().ok()?;
        Some((value, i + 2))
    }

    /// A number stands right after token `i` on the same line, with only
    /// spaces between (not a fraction or a percent: 5 1/2 and 50% 90 are
    /// read as they can be).
    fn number_follows_in_line(&self, i: usize) -> bool {
        self.cur.kind(i + 1) == Some(TokenKind::Number)
            && !self.cur.glued(i + 1)
            && !self.cur.line_break_before(i + 1)
            && !self.cur.norm(i + 1).contains(['/', '%'])
    }

    /// `20 دولار و43 سنت`: an amount in the hundredth unit of the same
    /// currency after a money amount. Returns what it adds and the token
    /// after it.
    fn cents_after(&self, code: &str, end: usize) -> Option<(f64, usize)> {
        let at = if self.cur.norm(end) == WAW { end + 1 } else { end };
        if self.cur.kind(at) != Some(TokenKind::Number) {
            return None;
        }
        let n = plain_integer(self.cur.norm(at))?;
        let (h, unit) = self.unit_at(at + 1)?;
        (unit.kind == QuantityKind::Money && &*unit.code == code && unit.factor == 0.01 && n < 100).then(|| (f64::from(n) * 0.01, h.end))
    }

    /// A unit after the number ends at `end`: percent, money, measure or
    /// duration. Emits the quantity and returns the token after it.
    fn with_unit(&mut self, i: usize, start: usize, end: usize, value: Option<f64>) -> Option<Step> {
        // سبعة ملايين من الدولارات: a currency with the article after «من».
        let (h, unit) = self.unit_at(end).or_else(|| {
            (self.cur.norm(end) == "من")
                .then(|| self.unit_at(end + 1))
                .flatten()
                .filter(|(h, u)| (h.article || self.cur.norm(end + 1).starts_with("ال")) && u.kind == QuantityKind::Money)
        })?;
        if unit.dual {
            return None;
        }
        // 30 ألفا اليوم: a time word with the article after a figure is
        // another word (today); 70 ألفا عام 2019: a year word with a year
        // after it opens a date.
        let year_after = self.cur.kind(h.end) == Some(TokenKind::Number)
            && plain_integer(self.cur.norm(h.end)).is_some_and(|y| self.cur.norm(h.end).len() == 4 && YEARS_ALONE.contains(&y));
        if unit.kind == QuantityKind::Duration && (h.article || year_after) {
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
        Some(self.emit(Draft { value, unit: Some(unit.code.to_string()), ..Draft::new(i, start, end, unit.kind) }))
    }

    /// Emits a quantity, with the qualifier before it or after it (or after
    /// its counted noun: 5 قتلى على الأقل).
    fn emit(&mut self, draft: Draft) -> Step {
        let Draft { opener, start, mut end, mut value, kind, mut unit, counted, counted_span } = draft;
        if let (QuantityKind::Duration, Some(v), Some(u)) = (kind, value, unit.as_deref()) {
            let (v, u, after) = self.duration_parts(v, u, end);
            (value, unit, end) = (Some(v), Some(u), after);
        }
        // 544 مليار دولار … و173 مليار: a figure listed after money with no
        // unit of its own is money in the same currency.
        let (kind, unit, counted, counted_span) = match self.listed_after_money(opener, kind, value, &unit, &counted) {
            // و300 مليون لبرنامج التدريب: the word glued to «ل» after the sum
            // tells what it is for; it counts nothing.
            Some(currency) => (QuantityKind::Money, Some(currency), None, None),
            None => (kind, unit, counted, counted_span),
        };
        // في سن 18 عاما، يبلغ 12 عاما من العمر: years of age are a measure
        // of a person.
        let aged = self.after_age_word(opener) || self.before_of_age(end);
        let (kind, unit) = if kind == QuantityKind::Duration && unit.as_deref() == Some("year") && aged {
            (QuantityKind::Measure, Some(AGE_UNIT.to_string()))
        } else {
            (kind, unit)
        };
        let qualifier = self
            .qualifier_before(opener)
            .or_else(|| self.post_qualifier_at(end))
            .or_else(|| counted.as_ref().and_then(|_| self.post_qualifier_at(end + 1)))
            .or_else(|| self.post_qualifier_after_partitive(end + usize::from(counted.is_some())));
        self.out.quantities.push(Quantity {
            span: Span::new(start, self.cur.end_of(end - 1)),
            tokens: TokenRange::new(opener, end),
            value: value.and_then(finite),
            kind,
            unit,
            qualifier: qualifier.map(|(q, _)| q),
            qualifier_span: qualifier.map(|(_, s)| s),
            counted,
            counted_span,
            range: None,
        });
        Step::Emitted(end)
    }

    /// A quantity in words at token `i`: a unit standing alone (عامين،
    /// منذ أسبوع), an ordinal, a vague amount (مئات المدنيين) or number
    /// words with their unit or counted noun.
    fn word_quantity_at(&mut self, i: usize) -> Option<Step> {
        // مقتل شخصين، أصيب عنصران: a dual counts two on its own (شخصين
        // اثنين: with its number after it). The definite dual (الطفلين)
        // names two already told of.
        if let Some((h, singular)) = self.find(i, |h| match h.what {
            What::Dual(s) if !h.article => Some(s.clone()),
            _ => None,
        }) {
            let two = self.find(h.end, |n| matches!(n.what, What::Number(v) if *v == 2.0 && !n.prefixed).then_some(()));
            let end = two.map_or(h.end, |(n, _)| n.end);
            let span = Span::new(h.start, self.cur.end_of(h.end - 1));
            return Some(self.emit(Draft {
                value: Some(2.0),
                counted: Some(singular.to_string()),
                counted_span: Some(span),
                ..Draft::new(i, h.start, end, QuantityKind::Cardinal)
            }));
        }
        // مقتل عنصري أمن: a dual in construct after a word of what was
        // done to people, the noun it is of right after it.
        if let Some((h, singular)) = self.find(i, |h| match h.what {
            What::DualConstruct(s) if !h.article && !h.prefixed => Some(s.clone()),
            _ => None,
        }) {
            let after_deed =
                i.checked_sub(1).is_some_and(|p| self.cur.splits_of(p).any(|s| self.lex.dual_construct_after.contains(s.stem_norm)));
            let of_a_noun = self.cur.kind(h.end) == Some(TokenKind::Arabic) && !self.lex.not_counted.contains(self.cur.norm(h.end));
            if after_deed && of_a_noun {
                let span = Span::new(h.start, self.cur.end_of(h.end - 1));
                return Some(self.emit(Draft {
                    value: Some(2.0),
                    counted: Some(singular.to_string()),
                    counted_span: Some(span),
                    ..Draft::new(i, h.start, h.end, QuantityKind::Cardinal)
                }));
            }
        }
        // A unit standing alone: a dual (عامين), a unit with واحد after it
        // (دولار واحد), or a plural with its number after it (السنوات الست).
        // Not a unit of two letters read behind a proclitic (وبين أحد: «بين»
        // is no yen).
        if let Some((h, unit)) = self.find(i, |h| match h.what {
            What::Unit(u) if !(h.prefixed && h.form.chars().count() < MIN_PREFIXED_UNIT_LETTERS) => Some(u),
            _ => None,
        }) {
            if unit.dual && (unit.kind == QuantityKind::Duration || !h.article) {
                return Some(self.emit(Draft {
                    value: Some(2.0 * unit.factor),
                    unit: Some(unit.code.to_string()),
                    ..Draft::new(i, h.start, h.end, unit.kind)
                }));
            }
            // نحو عام: a singular time unit with a qualifier is one of it,
            // when no noun or number follows (يوم السبت، عام 2014).
            if !h.prefixed && !h.article && self.lex.lone_units.contains(h.form) {
                let next_free = match self.cur.get(h.end) {
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
                // نحو عام، أكثر من شهر: a qualifier makes it an amount; alone
                // (منذ أسبوع، قبل عام، بعد غياب عام) it tells when, not how
                // many.
                let qualified = self.qualifier_before(i).is_some();
                // «أسبوع» as an expression of its own (a heading, a form's
                // field), no word before it: a week.
                let on_its_own = self.lex.free_lone_units.contains(h.form)
                    && i.checked_sub(1).is_none_or(|p| self.cur.kind(p) == Some(TokenKind::Punct));
                // عام ونصف، ساعة و20 دقيقة: more parts after it make it a
                // duration.
                let parts_follow = unit.kind == QuantityKind::Duration && self.duration_parts(unit.factor, &unit.code, h.end).2 > h.end;
                if parts_follow || next_free && (qualified || on_its_own) {
                    return Some(self.emit(Draft {
                        value: Some(unit.factor),
                        unit: Some(unit.code.to_string()),
                        ..Draft::new(i, h.start, h.end, unit.kind)
                    }));
                }
            }
            let unit_definite = h.article || strip_article(h.form).is_some();
            // اليوم الاثنين is a weekday, not two days.
            let weekday_follows = self.is_weekday(h.end);
            if let Some((h2, v)) = self.find(h.end, |n| match n.what {
                What::Number(_) if weekday_follows => None,
                What::Number(v) if !n.prefixed && n.article == unit_definite => Some(*v),
                _ => None,
            }) {
                let is_one = v == 1.0;
                let ok = if unit_definite { (2.0..=10.0).contains(&v) } else { is_one };
                // الساعات الأربع والعشرين: definite tens joined by «و».
                let tens = self
                    .find(h2.end, |n| match n.what {
                        What::Number(t)
                            if unit_definite && n.prefix_waw && n.article && v < 10.0 && (20.0..100.0).contains(t) && t % 10.0 == 0.0 =>
                        {
                            Some(*t)
                        }
                        _ => None,
                    })
                    .map(|(h3, t)| (t, h3.end));
                let (v, end) = tens.map_or((v, h2.end), |(t, end)| (v + t, end));
                if ok && !unit.dual {
                    return Some(self.emit(Draft {
                        value: Some(v * unit.factor),
                        unit: Some(unit.code.to_string()),
                        ..Draft::new(i, h.start, end, unit.kind)
                    }));
                }
            }
        }
        // Dates take ordinals first (الثالث من تشرين الأول); what reaches
        // here is a plain ordinal.
        if let Some(step) = self.ordinal_at(i) {
            return Some(step);
        }
        // A fraction of a unit: نصف ساعة، ربع كيلو متر، ثلث متر.
        if let Some((h, f)) = self.find(i, |h| match h.what {
            What::Fraction(f) if !h.prefixed && !h.article => Some(*f),
            _ => None,
        }) {
            if let Some((uh, unit)) = self.unit_at(h.end).filter(|(uh, u)| !u.dual && !uh.article && u.kind != QuantityKind::Percent) {
                return Some(self.emit(Draft {
                    value: Some(f * unit.factor),
                    unit: Some(unit.code.to_string()),
                    ..Draft::new(i, h.start, uh.end, unit.kind)
                }));
            }
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
                let (counted, counted_span) = if unit.is_none() { self.counted_noun_at(end, true) } else { (None, None) };
                return Some(self.emit(Draft { unit, counted, counted_span, ..Draft::new(i, h.start, end, QuantityKind::Vague) }));
            }
        }
        if let Some(step) = self.definite_scale_at(i) {
            return Some(step);
        }
        let mut number = self.word_number_at(i)?;
        if !number.value.is_finite() {
            return Some(Step::Consumed(number.end));
        }
        let (value, end) = self.decimal_word_after(number.value, number.end);
        if end != number.end {
            let (factor, after, _) = self.scales_after(end);
            number = WordNumber { value: value * factor, end: after, single_compound_only: false, ..number };
        }
        if let Some(step) = self.with_unit(i, number.start, number.end, Some(number.value)) {
            return Some(step);
        }
        // إرهابيين اثنين، منتسبين اثنين: «two» after a noun spelled as a
        // sound plural makes it a dual, which it counts (the word after is
        // none of its business: إرهابيين اثنين يرتديان).
        if let Some(p) = self.dual_before_two(i, &number) {
            let noun = self.dual_noun(p);
            let counted = noun.and_then(|n| self.dual_singular(n));
            return Some(self.emit(Draft {
                value: Some(2.0),
                counted_span: counted.as_ref().and(noun),
                counted,
                ..Draft::new(p, noun.map_or(number.start, |s| s.start), number.end, QuantityKind::Cardinal)
            }));
        }
        // «one» and «two» follow what they count, never precede it (أصيب
        // اثنان بجروح، قتل واحد منهم): the word after is another's.
        let one_or_two = number.end == i + 1 && (number.value == 1.0 || number.value == 2.0);
        // الضربات الأربع نفذت: a number with the article after a definite
        // plural noun counts that noun; the word after it is the sentence's.
        let after_definite_plural =
            i > 0 && self.cur.is_definite(i) && self.cur.is_definite(i - 1) && !self.cur.line_break_before(i) && self.is_plural_noun(i - 1);
        let (counted, counted_span) = if after_definite_plural {
            self.plural_counted_before(i - 1)
        } else if one_or_two {
            (None, None)
        } else {
            self.counted_noun_at(number.end, false)
        };
        if (counted.is_none() && self.stands_apart(i)) || self.after_definite_singular(i) {
            if let Some(step) = self.definite_hundreds_rank(i, &number) {
                return Some(step);
            }
        }
        if number.single_compound_only && counted.is_none() {
            return None;
        }
        // أحد/إحدى alone is "one of", never the number one.
        if number.value == 1.0 && number.single_compound_only {
            return None;
        }
        Some(self.emit(Draft {
            value: Some(number.value),
            counted,
            counted_span,
            ..Draft::new(i, number.start, number.end, QuantityKind::Cardinal)
        }))
    }

    /// The number words at `i` carry the article and stand where a rank
    /// may: not in «في المئة»/«بالمئة» (percent), not after digits.
    fn definite_number_hit(&self, i: usize) -> Option<Hit<'a, 'l>> {
        let (h, _) = self.find(i, |h| (h.article && matches!(h.what, What::Number(_) | What::Scale { .. })).then_some(()))?;
        let percent_word = (h.prefixed && !h.prefix_waw) || i.checked_sub(1).is_some_and(|p| self.cur.norm(p) == "في");
        let after_digits = i.checked_sub(1).is_some_and(|p| self.cur.kind(p) == Some(TokenKind::Number));
        (!percent_word && !after_digits).then_some(h)
    }

    /// A definite scale word (الألف، المليون): with a fraction joined by و
    /// an amount (المليون ونصف = 1.5 million), before a counted noun an
    /// amount of it (الألف مقاتل), alone a rank (the thousandth, الزائر
    /// المليون).
    fn definite_scale_at(&mut self, i: usize) -> Option<Step> {
        let h = self.definite_number_hit(i)?;
        let What::Scale { value, form: ScaleForm::Singular } = *h.what else { return None };
        // نصف المليون: the scale of a fraction before it.
        if i.checked_sub(1).is_some_and(|p| self.find(p, |n| matches!(n.what, What::Fraction(_)).then_some(())).is_some()) {
            return None;
        }
        let fraction = self.find(h.end, |n| match n.what {
            What::Fraction(f) if n.prefix_waw && !n.article => Some(*f),
            _ => None,
        });
        let (amount, end) = match fraction {
            Some((fh, f)) if self.scale_at(fh.end).is_none() => (value * (1.0 + f), fh.end),
            _ => (value, h.end),
        };
        let (counted, counted_span) = self.counted_noun_at(end, false);
        if end == h.end {
            // After a definite plural it counts it (تجاوز عدد النازحين
            // المليون).
            let plural_before =
                i.checked_sub(1).filter(|&p| !self.cur.line_break_before(i) && self.is_plural_noun(p) && self.cur.is_definite(p));
            if let Some(p) = plural_before.filter(|_| counted.is_none()) {
                let counted = self.counted_from(p, true);
                let counted_span = counted.as_ref().and_then(|_| self.cur.get(p)).map(|t| t.span);
                return Some(self.emit(Draft {
                    value: Some(value),
                    counted,
                    counted_span,
                    ..Draft::new(i, h.start, end, QuantityKind::Cardinal)
                }));
            }
            // سكان المليون، مدينة المليون: a noun after a noun, no number.
            let ranks = self.after_definite_singular(i) || (counted.is_none() && self.stands_apart(i));
            if !ranks {
                return None;
            }
            return Some(self.emit(Draft { value: Some(value), ..Draft::new(i, h.start, end, QuantityKind::Ordinal) }));
        }
        Some(self.emit(Draft { value: Some(amount), counted, counted_span, ..Draft::new(i, h.start, end, QuantityKind::Cardinal) }))
    }

    /// Definite hundreds that count nothing rank (ordinals above 99 are the
    /// cardinal with the article): المئة، الخمسمئة، and with a smaller
    /// ordinal joined by و, المئة والسادس = 106th.
    fn definite_hundreds_rank(&mut self, i: usize, number: &WordNumber) -> Option<Step> {
        let v = number.value;
        if !(100.0..1000.0).contains(&v) || v % 100.0 != 0.0 {
            return None;
        }
        self.definite_number_hit(i)?;
        let mut value = v as u32;
        let mut end = number.end;
        if self.find(end, |h| matches!(h.what, What::Ordinal(o) if *o < 100 && h.prefix_waw).then_some(())).is_some() {
            if let Some((rest, after)) = self.ordinal_value_at(end) {
                value += rest;
                end = after;
            }
        }
        Some(self.emit(Draft { value: Some(f64::from(value)), ..Draft::new(i, number.start, end, QuantityKind::Ordinal) }))
    }

    /// The plural noun at token `p`, written before the number it is
    /// counted by (الدول الـ83، الضربات الأربع): its base form and span.
    fn plural_counted_before(&self, p: usize) -> (Option<String>, Option<Span>) {
        let counted = self.counted_from(p, true);
        let span = counted.as_ref().and_then(|_| self.cur.get(p)).map(|t| t.span);
        (counted, span)
    }

    /// The word before token `i` is a definite singular noun, which a
    /// definite number after it ranks (الذكرى المئة، الدورة الـ12); after
    /// a plural one it counts (الدول العشر، الدول الـ83).
    fn after_definite_singular(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            self.cur.kind(p) == Some(TokenKind::Arabic)
                && !self.cur.line_break_before(i)
                && self.cur.is_definite(p)
                && !self.is_plural_noun(p)
                && self.hits.at(p).is_empty()
        })
    }

    /// The singular of the dual written at `noun`, without marks: the
    /// ending (-ين، -ان) cut, a feminine stem's ت back to ة (سيارتين →
    /// سيارة، منتسبان → منتسب).
    fn dual_singular(&self, noun: Span) -> Option<String> {
        let written: String = noun.slice(self.cur.text()).chars().filter(|&c| !is_arabic_mark(c)).collect();
        let stem = written.strip_suffix("ين").or_else(|| written.strip_suffix("ان"))?;
        Some(match stem.strip_suffix('\u{062A}') {
            Some(feminine) => format!("{feminine}\u{0629}"),
            None => stem.to_string(),
        })
    }

    /// Where the dual noun at token `p` is written: after a conjunction
    /// glued to it (، ومقاتلين اثنين), when what is left still reads as
    /// a dual of five letters or more.
    fn dual_noun(&self, p: usize) -> Option<Span> {
        let token = self.cur.get(p)?;
        let after_conjunction = token.splits().find(|s| {
            let prefix = s.prefix.slice(self.cur.text());
            matches!(prefix, "و" | "ف") && (s.stem_norm.ends_with("ين") || s.stem_norm.ends_with("ان")) && s.stem_norm.chars().count() >= 5
        });
        Some(after_conjunction.map_or(token.span, |s| s.stem))
    }

    /// The noun before the word «two» at `i` (اثنين، اثنان، اثنتين،
    /// اثنتان) when it reads as a dual: an indefinite word spelled as a
    /// sound plural or a dual (-ين، -ان), on the same line.
    fn dual_before_two(&self, i: usize, number: &WordNumber) -> Option<usize> {
        let two = number.value == 2.0 && number.end == i + 1 && self.cur.norm(i).starts_with("اثن");
        let p = i.checked_sub(1).filter(|_| two && !self.cur.line_break_before(i))?;
        let noun = self.cur.norm(p);
        let dual_like = noun.ends_with("ين") || noun.ends_with("ان");
        (self.cur.kind(p) == Some(TokenKind::Arabic)
            && dual_like
            && noun.chars().count() >= 5
            && !self.cur.is_definite(p)
            && !self.lex.not_counted.contains(noun)
            && self.hits.at(p).is_empty())
        .then_some(p)
    }

    /// No word stands right before token `i` in its phrase (the start, a
    /// line break or punctuation before it).
    /// A rank joined by و to the rank before it (الألف والمئة) stands
    /// apart too.
    fn stands_apart(&self, i: usize) -> bool {
        let joined_to_rank = self.out.quantities.last().is_some_and(|q| q.kind == QuantityKind::Ordinal && q.tokens.end == i)
            && self.find(i, |h| h.prefix_waw.then_some(())).is_some();
        i == 0
            || joined_to_rank
            || self.cur.line_break_before(i)
            || !matches!(self.cur.kind(i - 1), Some(TokenKind::Arabic | TokenKind::Latin))
    }

    /// «بعد المئة», «بعد الألف» after an ordinal: that many more (الثاني
    /// بعد المئة = 102nd). Returns what it adds and the token after.
    fn past_hundreds(&self, end: usize) -> Option<(u32, usize)> {
        if self.cur.norm(end) != "بعد" {
            return None;
        }
        let h = self.definite_number_hit(end + 1)?;
        let v = match *h.what {
            What::Scale { value, form: ScaleForm::Singular } => value,
            What::Number(v) if (100.0..1000.0).contains(&v) && v % 100.0 == 0.0 => v,
            _ => return None,
        };
        (v <= f64::from(u32::MAX)).then_some((v as u32, h.end))
    }

    fn ordinal_at(&mut self, i: usize) -> Option<Step> {
        let (h, _) = self.find(i, |h| matches!(h.what, What::Ordinal(_)).then_some(()))?;
        let (mut value, mut end) = self.ordinal_value_at(i)?;
        if let Some((more, after)) = self.past_hundreds(end) {
            value = value.saturating_add(more);
            end = after;
        }
        let form = h.form;
        // الساعة الثالثة is a time of day, not a rank.
        if i.checked_sub(1).is_some_and(|p| self.time_head_at(p).is_some()) {
            return None;
        }
        // الواحد counts only with tens after it (الواحد والعشرون).
        if value < 10 && end == h.end && self.lex.compound_only.contains(strip_article(form).unwrap_or(form)) {
            return None;
        }
        // A compound ordinal (الثانية والثلاثون) is one whatever stands
        // around it.
        let compound = end > h.end;
        // حكم أولي، التقرير الأولي: «أولي» written with yeh is the
        // adjective "preliminary" where the text writes alef maqsura
        // elsewhere (a text that never does writes «الأولى» so too); the
        // ordinal misspelt after a feminine noun stays one (الخطوة الأولي).
        let written = self.cur.get(i).map_or("", |t| t.span.slice(self.cur.text()));
        let preliminary = !compound
            && strip_article(form).unwrap_or(form) == "\u{0627}\u{0648}\u{0644}\u{064A}"
            && written.trim_end_matches(is_arabic_mark).ends_with('\u{064A}')
            && self.cur.text().contains('\u{0649}')
            && !i.checked_sub(1).is_some_and(|p| {
                // مرحلتها الأولي: a feminine noun with a pronoun on it too.
                let before = self.cur.norm(p);
                before.ends_with(['\u{0629}', '\u{0647}'])
                    || ["\u{062A}\u{0647}\u{0627}", "\u{062A}\u{0647}\u{0645}", "\u{062A}\u{0646}\u{0627}"]
                        .iter()
                        .any(|s| before.ends_with(s))
            });
        if preliminary {
            return None;
        }
        if !compound && (self.lex.ordinal_needs_context.contains(form) || self.lex.ordinal_needs_context.contains(self.cur.norm(i))) {
            // أول/أولى stand before a noun; ثانية/الثانية after one.
            // لأول مرة: the first time; أول أمس: the day before yesterday.
            let next = self.cur.norm(end);
            let next_is_noun = self.cur.kind(end) == Some(TokenKind::Arabic)
                && (next == "\u{0645}\u{0631}\u{0629}" || !self.lex.not_counted.contains(next))
                && next != "\u{0627}\u{0645}\u{0633}";
            let prev_is_noun = i > 0
                && self.cur.kind(i - 1) == Some(TokenKind::Arabic)
                && !self.lex.not_counted.contains(self.cur.norm(i - 1))
                && self.unit_at(i - 1).is_none();
            let before_noun = form.starts_with('\u{0627}') && !form.starts_with(ARTICLE);
            // الفريق أول فلان: of the rank.
            let of_a_rank = i > 0 && self.lex.ranks.contains(self.cur.norm(i - 1));
            let ok = if before_noun { next_is_noun && !of_a_rank } else { prev_is_noun };
            if !ok {
                return None;
            }
        }
        Some(self.emit(Draft { value: Some(f64::from(value)), ..Draft::new(i, h.start, end, QuantityKind::Ordinal) }))
    }

    /// An identifier head among the `n` words before token `i`, in the same
    /// noun phrase: no punctuation, number, function word or «و» between
    /// (قتلوا آمر لواء و7 آخرين: the seven are counted).
    fn identifier_head_within(&self, i: usize, n: usize) -> bool {
        // رقم العدد [15384]: past a bracket opened right before the number.
        let i = if i > 0 && (self.cur.is_punct(i - 1, '[') || self.cur.is_punct(i - 1, '(')) { i - 1 } else { i };
        (1..=n.min(i))
            .map(|k| i - k)
            .take_while(|&j| {
                self.cur.kind(j) == Some(TokenKind::Arabic) && !self.lex.not_counted.contains(self.cur.norm(j)) && self.cur.norm(j) != "و"
            })
            .any(|j| self.identifier_head_at(j))
    }

    /// Token `j` is a label's head (القرار، اللواء، الفرقة), under any of
    /// its readings.
    fn identifier_head_at(&self, j: usize) -> bool {
        self.cur.splits_of(j).any(|s| self.lex.identifier_heads.contains(s.stem_norm))
    }

    /// A qualifier phrase ending right before token `i` (or before an
    /// article standing before it: قرابة الـ200), with its span.
    fn qualifier_before(&self, i: usize) -> Option<(Qualifier, Span)> {
        let i = if i > 0 && self.cur.norm(i - 1) == ARTICLE { i - 1 } else { i };
        for j in i.saturating_sub(5)..i {
            if let Some((h, q)) = self.find(j, |h| match h.what {
                What::Qualifier(q) if h.end == i => Some(*q),
                _ => None,
            }) {
                return Some((q, Span::new(h.start, self.cur.end_of(i - 1))));
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
        .map(|(h, q)| (q, Span::new(h.start, self.cur.end_of(h.end - 1))))
    }

    /// The currency of the money figure a plain figure of thousands or more
    /// is listed after (joined by «و» or after «إلى», a few words on, in the
    /// same sentence): «312.4 مليار دولار من أصل 480.6 مليار دولار، و96.2
    /// مليار للعمليات».
    fn listed_after_money(
        &self,
        opener: usize,
        kind: QuantityKind,
        value: Option<f64>,
        unit: &Option<String>,
        counted: &Option<String>,
    ) -> Option<String> {
        /// How many tokens before the figure the money it continues may end.
        const LIST_REACH: usize = 8;
        /// The fewest letters of a word glued to «ل» read as a purpose: «ل»
        /// and a noun of three letters or more (لقوات، لبرنامج).
        const PURPOSE_LETTERS: usize = 4;
        // و300 مليون لبرنامج التدريب: a word glued to «ل» after the sum is
        // what it is for, no noun it counts.
        let purpose = counted.as_deref().is_some_and(|c| c.starts_with('ل') && c.chars().count() >= PURPOSE_LETTERS);
        if kind != QuantityKind::Cardinal || unit.is_some() || (counted.is_some() && !purpose) || value.is_none_or(|v| v < 1000.0) {
            return None;
        }
        // Joined by a word of `[sum_links]`: «و», the amount money went
        // down or up to, a part of it, the change in it.
        let joined =
            self.lex.sum_links.contains(self.cur.norm_before(opener)) || self.cur.splits_of(opener).any(|s| self.cur.waw_prefixed(&s));
        let previous = self.out.quantities.last().filter(|q| q.kind == QuantityKind::Money)?;
        let from = previous.tokens.end;
        let near = from <= opener && opener - from <= LIST_REACH;
        let same_sentence = (from..opener).all(|k| !self.cur.is_punct(k, '.') && !self.cur.line_break_before(k + 1));
        (joined && near && same_sentence).then(|| previous.unit.clone()).flatten()
    }

    /// A word of age stands right before token `i` (في سن، من العمر).
    fn after_age_word(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| self.cur.reading_in(p, &self.lex.age_words).is_some())
    }

    /// «من العمر» or «من عمره» opens at token `i`, right after the years
    /// (12 عاما من العمر).
    fn before_of_age(&self, i: usize) -> bool {
        self.cur.norm(i) == "من" && self.cur.reading_in(i + 1, &self.lex.age_words).is_some()
    }

    /// A qualifier after a partitive «من» phrase of one or two words that
    /// says what is counted (خمسة آلاف من عناصر التنظيم على الأقل), the
    /// phrase starting at token `i`; no punctuation between.
    fn post_qualifier_after_partitive(&self, i: usize) -> Option<(Qualifier, Span)> {
        if self.cur.norm(i) != "من" {
            return None;
        }
        for j in i + 2..=i + 3 {
            if self.cur.kind(j - 1) != Some(TokenKind::Arabic) {
                return None;
            }
            if let Some(found) = self.post_qualifier_at(j) {
                return Some(found);
            }
        }
        None
    }

    pub(super) fn unit_at(&self, i: usize) -> Option<(Hit<'a, 'l>, &'l Unit)> {
        self.find(i, |h| match h.what {
            What::Unit(u) if !h.prefixed || u.kind == QuantityKind::Percent => Some(u),
            _ => None,
        })
    }
}
