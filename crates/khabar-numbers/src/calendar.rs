//! Calendar facts: which years a date can have, validity of Gregorian
//! dates, and conversion of Hijri dates (tabular Islamic calendar) to the
//! Gregorian calendar.

use std::ops::RangeInclusive;

/// The calendar a date is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Calendar {
    /// Gregorian month names (أيلول، سبتمبر) and era marks (م).
    Gregorian,
    /// Hijri month names (رمضان، شوال) and era marks (هـ).
    Hijri,
}

impl Calendar {
    /// The years a four-digit number can be when a month name or an era
    /// mark of this calendar says it is a year: wide, since the text has
    /// said so.
    pub(crate) fn year_range(self) -> RangeInclusive<i32> {
        match self {
            Calendar::Gregorian => 1800..=2200,
            Calendar::Hijri => 1200..=1600,
        }
    }
}

/// A four-digit number that nothing marks as a date is read as a year only
/// in this narrower range, the years news writes about: 1950 فرداً is a
/// count, منذ 2014 a year.
pub(crate) const YEARS_ALONE: RangeInclusive<u32> = 1900..=2100;

/// Days in a Gregorian month (0 for a month that does not exist).
///
/// ```
/// assert_eq!(khabar_numbers::days_in_month(2020, 2), 29);
/// assert_eq!(khabar_numbers::days_in_month(2021, 2), 28);
/// assert_eq!(khabar_numbers::days_in_month(2021, 13), 0);
/// ```
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// True when the day exists in that month; an unknown year allows 29 February.
pub(crate) fn valid_day(year: Option<i32>, month: u32, day: u32) -> bool {
    day >= 1 && day <= days_in_month(year.unwrap_or(2000), month)
}

/// The Hijri years the Umm al-Qura calendar has tables for.
const UMM_AL_QURA_YEARS: RangeInclusive<i32> = 1300..=1600;

/// The Gregorian date of a Hijri date: by the Umm al-Qura calendar (Saudi
/// Arabia's, which the Arabic press follows) within its tables, through
/// `icu_calendar`; by the arithmetic (tabular) calendar outside them. A day
/// the Umm al-Qura month does not have (30 in a month of 29) gives nothing.
pub(crate) fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<(i32, u32, u32)> {
    if UMM_AL_QURA_YEARS.contains(&year) {
        use icu_calendar::cal::Hijri;
        use icu_calendar::{Date, Gregorian};
        let date =
            Date::try_new_hijri_with_calendar(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?, Hijri::new_umm_al_qura()).ok()?;
        let g = date.to_calendar(Gregorian);
        return Some((g.year().extended_year(), u32::from(g.month().ordinal), u32::from(g.day_of_month().0)));
    }
    tabular_hijri_to_gregorian(year, month, day)
}

/// The Gregorian date of a Hijri date by the arithmetic (tabular) calendar
/// used for civil conversions.
fn tabular_hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<(i32, u32, u32)> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || !(1..=2000).contains(&year) {
        return None;
    }
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    // Days since the Hijri epoch (16 July 622 Julian), as a Julian day number.
    let jdn = d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + 1_948_439;
    Some(jdn_to_gregorian(jdn))
}

/// Julian day number to Gregorian (Fliegel and Van Flandern).
fn jdn_to_gregorian(jdn: i64) -> (i32, u32, u32) {
    let l = jdn + 68_569;
    let n = 4 * l / 146_097;
    let l = l - (146_097 * n + 3) / 4;
    let i = 4000 * (l + 1) / 1_461_001;
    let l = l - 1461 * i / 4 + 31;
    let j = 80 * l / 2447;
    let day = l - 2447 * j / 80;
    let l = j / 11;
    let month = j + 2 - 12 * l;
    let year = 100 * (n - 49) + i + l;
    (year as i32, month as u32, day as u32)
}

/// The date a relative expression names, seen from `reference`; see
/// [`crate::Relative::resolve`]. Day arithmetic goes through
/// `icu_calendar`'s day count (rata die), so month and year ends and leap
/// days are the calendar's, not ours.
pub(crate) fn resolve_relative(relative: &crate::Relative, (year, month, day): (i32, u32, u32)) -> Option<String> {
    use crate::RelativeUnit;
    use icu_calendar::{Date, Iso};
    let today = Date::try_new_iso(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()?;
    let day_of = |shift: i64| -> Option<Date<Iso>> {
        let shift = i64::from(relative.offset).checked_mul(shift)?;
        (shift.abs() <= 1_000_000).then(|| Date::from_rata_die(today.to_rata_die() + shift, Iso))
    };
    let ymd = |d: &Date<Iso>| (d.year().extended_year(), u32::from(d.month().ordinal), u32::from(d.day_of_month().0));
    match relative.unit {
        RelativeUnit::Day => {
            let (y, m, d) = ymd(&day_of(1)?);
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        RelativeUnit::Week => {
            let week = day_of(7)?;
            // The ISO week: the one holding its Thursday.
            let weekday = i64::from(week.weekday() as u8);
            let thursday = Date::from_rata_die(week.to_rata_die() + (4 - weekday), Iso);
            let (y, _, _) = ymd(&thursday);
            let first = Date::try_new_iso(y, 1, 1).ok()?;
            let number = (thursday.to_rata_die() - first.to_rata_die()) / 7 + 1;
            Some(format!("{y:04}-W{number:02}"))
        }
        RelativeUnit::Month => {
            let months = i64::from(year) * 12 + i64::from(month) - 1 + i64::from(relative.offset);
            Some(format!("{:04}-{:02}", months.div_euclid(12), months.rem_euclid(12) + 1))
        }
        RelativeUnit::Year => Some(format!("{:04}", i64::from(year) + i64::from(relative.offset))),
        RelativeUnit::Weekday(target) => {
            let now = i64::from(today.weekday() as u8);
            let target = i64::from(target);
            // Days back to its last occurrence on or before today.
            let back = (now - target).rem_euclid(7);
            let shift = match relative.offset {
                0 => -back,
                o if o < 0 => -(if back == 0 { 7 } else { back }) - 7 * (i64::from(-o) - 1),
                o => (target - now - 1).rem_euclid(7) + 1 + 7 * (i64::from(o) - 1),
            };
            let d = Date::from_rata_die(today.to_rata_die() + shift, Iso);
            let (y, m, dd) = ymd(&d);
            Some(format!("{y:04}-{m:02}-{dd:02}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hijri_conversion() {
        // Outside the Umm al-Qura tables, the tabular calendar: 1 Muharram
        // 1 AH = 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian).
        assert_eq!(hijri_to_gregorian(1, 1, 1), Some((622, 7, 19)));
        // 17 Rajab 1440 = 24 March 2019.
        assert_eq!(hijri_to_gregorian(1440, 7, 17), Some((2019, 3, 24)));
        // Within them, Umm al-Qura: 1 Ramadan 1435 was Saturday 28 June
        // 2014 (the tabular calendar says the 29th).
        assert_eq!(hijri_to_gregorian(1435, 9, 1), Some((2014, 6, 28)));
        assert_eq!(tabular_hijri_to_gregorian(1435, 9, 1), Some((2014, 6, 29)));
        // Shawwal 1436 began on 17 July 2015.
        assert_eq!(hijri_to_gregorian(1436, 10, 3), Some((2015, 7, 19)));
        assert_eq!(hijri_to_gregorian(1440, 13, 1), None);
    }

    #[test]
    fn month_lengths() {
        assert!(valid_day(Some(2016), 2, 29));
        assert!(!valid_day(Some(2017), 2, 29));
        assert!(valid_day(None, 2, 29));
        assert!(!valid_day(None, 4, 31));
    }
}
