//! Filling in what a date leaves out from a reference date: the year of
//! «السبت 23 من آذار» (`--03-23`) or «كانون الثاني الماضي» (`--01`) from the
//! document's publication date, or from a date the user gives. News tells
//! of the past: a month and day resolve to their last occurrence on or
//! before the reference, unless the text says «المقبل» (the next one).

use khabar_numbers::days_in_month;

/// Words after a date that point forward (آذار المقبل).
const NEXT: [&str; 4] = ["المقبل", "القادم", "المقبلة", "القادمة"];

/// The full ISO date of `iso` (`--MM-DD` or `--MM`) against `reference`
/// (`YYYY-MM-DD`), looking forward when `text_after` opens with a word for
/// «next». `None` when `iso` states its year, or either is malformed.
///
/// ```
/// use khabar::resolve::resolve;
///
/// assert_eq!(resolve("--03-23", "2019-04-02", "").as_deref(), Some("2019-03-23"));
/// assert_eq!(resolve("--12", "2019-04-02", " الماضي").as_deref(), Some("2018-12"));
/// assert_eq!(resolve("--05", "2019-04-02", " المقبل").as_deref(), Some("2019-05"));
/// assert_eq!(resolve("2014-09", "2019-04-02", ""), None);
/// ```
pub fn resolve(iso: &str, reference: &str, text_after: &str) -> Option<String> {
    let rest = iso.strip_prefix("--")?;
    let (month, day) = match rest.split_once('-') {
        Some((m, d)) => (number(m, 2)?, Some(number(d, 2)?)),
        None => (number(rest, 2)?, None),
    };
    if !(1..=12).contains(&month) {
        return None;
    }
    let (ref_year, ref_month, ref_day) = parse_date(reference)?;
    let forward = text_after.split_whitespace().next().is_some_and(|w| NEXT.contains(&w.trim_matches(|c: char| !c.is_alphabetic())));
    let (this, now) = ((month, day.unwrap_or(0)), (ref_month, if day.is_some() { ref_day } else { 0 }));
    let year = match (forward, this <= now) {
        (false, true) | (true, false) => ref_year,
        (false, false) => ref_year - 1,
        (true, true) => ref_year + 1,
    };
    match day {
        Some(d) if d <= days_in_month(year, month) => Some(format!("{year:04}-{month:02}-{d:02}")),
        Some(_) => None,
        None => Some(format!("{year:04}-{month:02}")),
    }
}

/// A `YYYY-MM-DD` date that exists.
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    let (y, m, d) = (number(y, 4)? as i32, number(m, 2)?, number(d, 2)?);
    ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)).then_some((y, m, d))
}

/// ASCII digits, exactly `len` of them.
fn number(s: &str, len: usize) -> Option<u32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_and_day_resolve_to_their_last_occurrence_unless_next() {
        for (iso, reference, after, expected) in [
            ("--03-23", "2019-03-23", "", Some("2019-03-23")),
            ("--03-24", "2019-03-23", "", Some("2018-03-24")),
            ("--01", "2017-03-22", " الماضي", Some("2017-01")),
            ("--07", "2017-03-22", "", Some("2016-07")),
            ("--03", "2017-03-22", " المقبل", Some("2018-03")),
            ("--02-29", "2021-03-01", "", None),
            ("--02-29", "2020-03-01", "", Some("2020-02-29")),
            ("T21:38", "2017-03-22", "", None),
            ("--13", "2017-03-22", "", None),
            ("--03", "2017-02-30", "", None),
        ] {
            assert_eq!(resolve(iso, reference, after).as_deref(), expected, "{iso} {reference}");
        }
    }
}
