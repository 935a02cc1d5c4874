//! The closed vocabularies of the format: what an entity, a quantity, a
//! qualifier, a date and a token can be. Each is an enum whose serde name is
//! the string written in the JSON line, so that a reader matches on
//! variants, never on strings a producer might rename.

use serde::{Deserialize, Serialize};

/// Declares a wire enum: its variants, their JSON names, `as_str` and
/// `ALL`, from one list, so that the name serde writes, the name the line
/// writer writes and the list a test walks cannot disagree.
macro_rules! wire_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $json:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $json)] $variant,)+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The name written in JSON.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $json,)+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

wire_enum! {
    /// The type of an entity: `PER`, `ORG` or `LOC`.
    EntityType {
        /// A person.
        Person = "PER",
        /// An organization, armed group, institution or outlet.
        Organization = "ORG",
        /// A state, region, city or other place.
        Location = "LOC",
    }
}

wire_enum! {
    /// What a quantity measures.
    QuantityKind {
        /// A count.
        Cardinal = "cardinal",
        /// A percentage.
        Percent = "percent",
        /// An amount of money.
        Money = "money",
        /// A length, area, mass, volume…
        Measure = "measure",
        /// A position.
        Ordinal = "ordinal",
        /// A span of time.
        Duration = "duration",
        /// An amount with no value (مئات، آلاف).
        Vague = "vague",
    }
}

wire_enum! {
    /// How the text hedges a number.
    Qualifier {
        /// أكثر من
        MoreThan = "more_than",
        /// نحو، حوالي
        About = "about",
        /// أقل من
        LessThan = "less_than",
        /// ما لا يقل عن
        AtLeast = "at_least",
        /// ما لا يزيد عن
        AtMost = "at_most",
    }
}

wire_enum! {
    /// What a date mention gives.
    DateKind {
        /// A calendar date, full or partial.
        Date = "date",
        /// A year alone.
        Year = "year",
        /// A time of day.
        Time = "time",
        /// An expression that states no calendar date (أمس، الشهر الماضي).
        Relative = "relative",
    }
}

wire_enum! {
    /// What a token is.
    TokenKind {
        /// Arabic-script word.
        Arabic = "arabic",
        /// Latin (or other non-Arabic) word.
        Latin = "latin",
        /// Digits with their separators.
        Number = "number",
        /// One punctuation character.
        Punct = "punct",
        /// One character of anything else.
        Symbol = "symbol",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check<T: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug + Copy>(all: &[T], name: fn(T) -> &'static str) {
        for &v in all {
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{}\"", name(v)));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
        }
    }

    #[test]
    fn serde_names_are_the_written_names() {
        check(EntityType::ALL, EntityType::as_str);
        check(QuantityKind::ALL, QuantityKind::as_str);
        check(Qualifier::ALL, Qualifier::as_str);
        check(DateKind::ALL, DateKind::as_str);
        check(TokenKind::ALL, TokenKind::as_str);
    }

    #[test]
    fn unknown_names_are_refused() {
        assert!(serde_json::from_str::<QuantityKind>("\"percentage\"").is_err());
        assert!(serde_json::from_str::<EntityType>("\"per\"").is_err());
    }
}
