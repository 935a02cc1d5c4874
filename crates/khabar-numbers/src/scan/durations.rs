//! Durations in several parts (ساعتين ودقيقة، عام ونصف، 3 أعوام وشهر):
//! the parts after the first, joined by و, added to it.

use super::hits::WAW;
use super::Scan;
use crate::lexicon::What;
use crate::value::plain_integer;
use crate::QuantityKind;
use khabar_tokenize::TokenKind;

/// Seconds in each duration unit (a month of 30 days, a year of 365): how
/// parts in different units add up.
const SECONDS: [(&str, f64); 9] = [
    ("second", 1.0),
    ("minute", 60.0),
    ("hour", 3_600.0),
    ("day", 86_400.0),
    ("week", 604_800.0),
    ("month", 2_592_000.0),
    ("year", 31_536_000.0),
    ("decade", 315_360_000.0),
    ("century", 3_153_600_000.0),
];

fn seconds(unit: &str) -> Option<f64> {
    SECONDS.iter().find(|(u, _)| *u == unit).map(|(_, s)| *s)
}

/// A duration of `value` units: the sum in the smaller of the two units.
fn add(value: f64, unit: &str, more: f64, more_unit: &str) -> Option<(f64, String)> {
    let (a, b) = (seconds(unit)?, seconds(more_unit)?);
    Some(if b < a { (value * a / b + more, more_unit.to_string()) } else { (value + more * b / a, unit.to_string()) })
}

impl Scan<'_, '_> {
    /// The parts of a duration that follow its first, from token `end`,
    /// each joined by و (glued or apart): a fraction of the last unit
    /// (ونصف، وربع), a fraction of another unit (ونصف دقيقة، وربع ساعة),
    /// a unit alone or as a dual (ودقيقة، و ساعتين), or a number and a unit
    /// (و20 دقيقة). Returns the whole value, its unit and the token after
    /// it.
    pub(super) fn duration_parts(&self, mut value: f64, unit: &str, mut end: usize) -> (f64, String, usize) {
        let mut unit = unit.to_string();
        // A handful of parts at most: «مليون وألف ساعة» is no duration list.
        for _ in 0..6 {
            let loose = self.cur.norm(end) == WAW && self.cur.kind(end) == Some(TokenKind::Arabic);
            let at = if loose { end + 1 } else { end };
            let joined = |prefixed: bool, prefix_waw: bool| if loose { !prefixed } else { prefix_waw };
            let duration_unit = |i: usize| self.unit_at(i).filter(|(_, u)| u.kind == QuantityKind::Duration);
            // A fraction: of the unit after it, or else of the last one.
            if let Some((h, f)) = self.find(at, |h| match h.what {
                What::Fraction(f) if joined(h.prefixed, h.prefix_waw) => Some(*f),
                _ => None,
            }) {
                if let Some((uh, u)) = duration_unit(h.end).filter(|(_, u)| !u.dual) {
                    if let Some((v, un)) = add(value, &unit, f * u.factor, &u.code) {
                        (value, unit, end) = (v, un, uh.end);
                        continue;
                    }
                }
                if self.scale_at(h.end).is_none() && self.unit_at(h.end).is_none() {
                    value += f;
                    end = h.end;
                    continue;
                }
            }
            // A unit word, one of it or two.
            if let Some((h, u)) = self.find(at, |h| match h.what {
                What::Unit(u) if joined(h.prefixed, h.prefix_waw) && u.kind == QuantityKind::Duration => Some(u),
                _ => None,
            }) {
                let n = if u.dual { 2.0 } else { 1.0 };
                if let Some((v, un)) = add(value, &unit, n * u.factor, &u.code) {
                    (value, unit, end) = (v, un, h.end);
                    continue;
                }
            }
            // A number in digits and a unit.
            if loose && self.cur.kind(at) == Some(TokenKind::Number) {
                if let (Some(n), Some((h, u))) = (plain_integer(self.cur.norm(at)), duration_unit(at + 1)) {
                    if !u.dual {
                        if let Some((v, un)) = add(value, &unit, f64::from(n) * u.factor, &u.code) {
                            (value, unit, end) = (v, un, h.end);
                            continue;
                        }
                    }
                }
            }
            break;
        }
        (value, unit, end)
    }
}
