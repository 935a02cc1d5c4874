//! Reading the value of a digit token: decimal marks, thousands marks and
//! the cases where news text uses one for the other.

/// The largest value reported. Beyond it a digit run is an identifier or
/// noise, and f64 loses integer precision anyway.
pub(crate) const MAX_VALUE: f64 = 1e18;

/// Reads a normalized number token (ASCII digits and the separators
/// `. , ٫ ٬ ،`, no percent sign). `scale_follows` tells whether a scale word
/// (ألف، مليون…) comes next, which makes a lone separator a decimal mark
/// (`1,5 مليون` = 1.5 million, `110.000` alone = 110000).
///
/// Returns `None` for what is not one number: times (`21:38`), dates, a
/// malformed grouping, or a value beyond [`MAX_VALUE`].
pub(crate) fn parse_digits(norm: &str, scale_follows: bool) -> Option<f64> {
    // Most numbers are plain digit runs (2014, 19): nothing to group.
    if is_plain_digits(norm) {
        return finite(norm.parse().ok()?);
    }
    let mut groups: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut start = 0;
    for (i, c) in norm.char_indices() {
        if c.is_ascii_digit() {
            continue;
        }
        match c {
            '.' | ',' | '\u{066B}' | '\u{066C}' | '\u{060C}' => {
                groups.push(&norm[start..i]);
                seps.push(c);
                start = i + c.len_utf8();
            }
            _ => return None,
        }
    }
    groups.push(&norm[start..]);
    if groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    let (int_groups, frac): (&[&str], Option<&str>) = match decimal_position(&groups, &seps, scale_follows)? {
        Some(p) => (&groups[..p], Some(groups[p])),
        None => (&groups[..], None),
    };
    let mut literal = String::with_capacity(norm.len());
    for g in int_groups {
        literal.push_str(g);
    }
    if let Some(f) = frac {
        literal.push('.');
        literal.push_str(f);
    }
    finite(literal.parse().ok()?)
}

/// `v` when it is a real amount: finite and within [`MAX_VALUE`] either way.
pub(crate) fn finite(v: f64) -> Option<f64> {
    (v.is_finite() && v.abs() <= MAX_VALUE).then(|| decimal(v))
}

/// Significant digits a value is written with: more than any number in news
/// has, fewer than binary arithmetic spoils.
const SIGNIFICANT: i32 = 15;

/// `v` rid of the rounding of binary arithmetic on decimals: `4.1 × 10^6`
/// is 4099999.9999999995 in binary, and the text means 4100000. Rounded
/// to [`SIGNIFICANT`] digits, the value is the nearest double to the
/// decimal the text wrote.
pub(crate) fn decimal(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let magnitude = v.abs().log10().floor() as i32;
    let shift = SIGNIFICANT - 1 - magnitude;
    // Beyond what a double's exponent takes, leave it.
    if !(-300..=300).contains(&shift) {
        return v;
    }
    if shift >= 0 {
        let p = 10f64.powi(shift);
        (v * p).round() / p
    } else {
        let p = 10f64.powi(-shift);
        (v / p).round() * p
    }
}

/// Decides which group, if any, is the fraction: `Some(Some(i))` when group
/// `i` (the last) follows a decimal mark, `Some(None)` when every separator
/// groups thousands, `None` when the grouping makes no sense.
fn decimal_position(groups: &[&str], seps: &[char], scale_follows: bool) -> Option<Option<usize>> {
    let Some(&last_sep) = seps.last() else {
        return Some(None);
    };
    let last = groups.len() - 1;
    let thousands_ok = |gs: &[&str]| gs.len() > 1 && gs[0].len() <= 3 && gs[1..].iter().all(|g| g.len() == 3);
    // The Arabic decimal mark and thousands mark say what they are.
    if seps.contains(&'\u{066B}') {
        let before = &groups[..last];
        return (last_sep == '\u{066B}'
            && seps[..seps.len() - 1].iter().all(|&s| s != '\u{066B}')
            && (before.len() == 1 || thousands_ok(before)))
        .then_some(Some(last));
    }
    let distinct_last = seps[..seps.len() - 1].iter().any(|&s| s != last_sep);
    if distinct_last {
        // Two kinds of mark: the last one is the decimal mark (1,000.5 and
        // 1.000,5), the others group thousands.
        let before = &groups[..last];
        return (seps[..seps.len() - 1].iter().all(|&s| s == seps[0]) && thousands_ok(before)).then_some(Some(last));
    }
    if last_sep == '\u{066C}' {
        return thousands_ok(groups).then_some(None);
    }
    if seps.len() > 1 {
        // 110.000.000: only thousands can repeat.
        return thousands_ok(groups).then_some(None);
    }
    // One mark, once: three digits after it and a short head read as
    // thousands (110.000, 400،000, 10,000) unless a scale word follows
    // (1,500 مليون is 1.5 million in the press that writes commas for
    // decimals) or the head is a zero (0.500).
    if groups[1].len() == 3 && thousands_ok(groups) && !scale_follows && groups[0] != "0" {
        Some(None)
    } else {
        Some(Some(1))
    }
}

/// A normalized token of ASCII digits only (no separator, no sign).
pub(crate) fn is_plain_digits(norm: &str) -> bool {
    !norm.is_empty() && norm.bytes().all(|b| b.is_ascii_digit())
}

/// The integer value of a plain digit token (no separators), for days,
/// months and years.
pub(crate) fn plain_integer(norm: &str) -> Option<u32> {
    if norm.len() > 9 || !is_plain_digits(norm) {
        return None;
    }
    norm.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::parse_digits;

    #[test]
    fn separators() {
        let cases: &[(&str, bool, Option<f64>)] = &[
            ("25500", false, Some(25500.0)),
            ("2,6", true, Some(2.6)),
            ("1,5", true, Some(1.5)),
            ("7.7", true, Some(7.7)),
            ("43.3", true, Some(43.3)),
            ("110.000", false, Some(110000.0)),
            ("400،000", false, Some(400000.0)),
            ("9،2", true, Some(9.2)),
            ("10,000", false, Some(10000.0)),
            ("1,500", true, Some(1.5)),
            ("1.000.000", false, Some(1e6)),
            ("1,000.5", false, Some(1000.5)),
            ("1.000,5", false, Some(1000.5)),
            ("1٬000٫5", false, Some(1000.5)),
            ("1٬000", false, Some(1000.0)),
            ("0٫0", false, Some(0.0)),
            ("0.500", false, Some(0.5)),
            ("22.03.2017", false, None),
            ("1,2,3", false, None),
            ("21:38", false, None),
            ("1٫2٫3", false, None),
        ];
        for &(input, scale, expect) in cases {
            assert_eq!(parse_digits(input, scale), expect, "{input}");
        }
    }

    #[test]
    fn huge_runs_give_nothing() {
        let thousand_digits = "9".repeat(1000);
        assert_eq!(parse_digits(&thousand_digits, false), None);
        assert_eq!(parse_digits("1000000000000000000000", false), None);
    }
}
