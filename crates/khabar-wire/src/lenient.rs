//! Reading numbers and names the way other tools write them
//! ([`name`] is public, for readers of other line formats). Spark's
//! DataFrame JSON writes every number as a double (`12.0`) and an id
//! column as a number; annotation shards that went through it must read
//! back as they were written.

use serde::de::{self, Deserializer, Visitor};
use std::fmt;

/// The largest whole number a double holds exactly (2^53).
const EXACT: f64 = 9_007_199_254_740_992.0;

struct Whole;

impl Visitor<'_> for Whole {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a whole number not below zero")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<usize, E> {
        usize::try_from(v).map_err(|_| E::custom(format!("{v} is too large")))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<usize, E> {
        usize::try_from(v).map_err(|_| E::custom(format!("{v} is below zero")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<usize, E> {
        if v.fract() == 0.0 && (0.0..EXACT).contains(&v) {
            Ok(v as usize)
        } else {
            Err(E::custom(format!("{v} is not a whole number not below zero")))
        }
    }
}

/// A whole number, written as an integer or as a double (`12.0`).
pub(crate) fn whole<'de, D: Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    d.deserialize_any(Whole)
}

struct OptionalWhole;

impl<'de> Visitor<'de> for OptionalWhole {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a whole number or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<usize>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<usize>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        whole(d).map(Some)
    }
}

/// A whole number or null (or absent, with `#[serde(default)]`).
pub(crate) fn optional_whole<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    d.deserialize_option(OptionalWhole)
}

struct Name;

impl Visitor<'_> for Name {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a name (a string, or a whole number)")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        match Whole.visit_f64::<E>(v.abs()) {
            Ok(_) => Ok(format!("{}", v as i64)),
            Err(_) => Err(E::custom(format!("{v} is no name"))),
        }
    }
}

/// A document name: a string, or an id column's whole number (`7` and
/// `7.0` both read as `"7"`).
pub fn name<'de, D: Deserializer<'de>, S: From<String>>(d: D) -> Result<S, D::Error> {
    d.deserialize_any(Name).map(S::from)
}

#[cfg(test)]
mod tests {
    use crate::DocAnnotation;

    #[test]
    fn dataframe_json_reads_as_written() {
        // Keys reordered, nulls dropped, numbers as doubles, an integer id.
        let line = r#"{"quantities":[{"value":5.0,"text":"5","kind":"cardinal","end":22.0,"start":21.0,"sentence":0.0}],
            "claims":[{"action":"killed","quantity":0.0,"end":22.0,"start":21.0,"claimant":"sdf"}],
            "meta":{"words":9.0,"title":"t"},"doc":1234,"entities":[{"type":"ORG","id":"sdf","text":"قسد","end":15.0,"start":9.0}]}"#;
        let a: DocAnnotation = serde_json::from_str(line).unwrap();
        assert_eq!(a.doc, "1234");
        assert_eq!((a.quantities[0].start, a.quantities[0].end, a.quantities[0].sentence), (21, 22, Some(0)));
        assert_eq!(a.claims[0].quantity, Some(0));
        assert!(!a.claims[0].total);
        assert_eq!(a.meta.unwrap().words, 9);
        assert_eq!(a.entities[0].start, 9);
        for bad in
            [r#"{"doc":"a","entities":[{"type":"ORG","id":"x","text":"x","start":1.5,"end":2}]}"#, r#"{"doc":1.5}"#, r#"{"doc":true}"#]
        {
            assert!(serde_json::from_str::<DocAnnotation>(bad).is_err(), "{bad}");
        }
    }
}
