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
    /// The parts of a duration that follow its first, from token `end`:
    /// a fraction of its unit (ونصف، وربع), a unit alone or as a dual
    /// (ودقيقة، وساعتين), or a number and a unit (و20 دقيقة), each joined
    /// by و. Returns the whole value, its unit and the token after it.
    pub(super) fn duration_parts(&self, mut value: f64, unit: &str, mut end: usize) -> (f64, String, usize) {
        let mut unit = unit.to_string();
        // A handful of parts at most: «مليون وألف ساعة» is no duration list.
        for _ in 0..4 {
            // و glued: a fraction of the last unit, or a unit word.
            if let Some((h, what)) = self.find(end, |h| match h.what {
                What::Fraction(f) if h.prefix_waw => Some(What::Fraction(*f)),
                What::Unit(u) if h.prefix_waw && u.kind == QuantityKind::Duration => Some(h.what.clone()),
                _ => None,
            }) {
                match what {
                    What::Fraction(f) if self.scale_at(h.end).is_none() && self.unit_at(h.end).is_none() => {
                        value += f;
                        end = h.end;
                        continue;
                    }
                    What::Unit(u) => {
                        let n = if u.dual { 2.0 } else { 1.0 };
                        if let Some((v, un)) = add(value, &unit, n * u.factor, &u.code) {
                            (value, unit) = (v, un);
                            end = h.end;
                            continue;
                        }
                    }
                    _ => {}
                }
            }
            // و apart (or split from digits): a number and a unit.
            if self.cur.norm(end) == WAW && self.cur.kind(end + 1) == Some(TokenKind::Number) {
                if let (Some(n), Some((h, u))) = (plain_integer(self.cur.norm(end + 1)), self.unit_at(end + 2)) {
                    if u.kind == QuantityKind::Duration && !u.dual {
                        if let Some((v, un)) = add(value, &unit, f64::from(n) * u.factor, &u.code) {
                            (value, unit) = (v, un);
                            end = h.end;
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
