//! Claims: who states each figure of an Arabic news text, who did the
//! counted thing, what was done, and when (the conventions of
//! docs/CLAIMS.md).
//!
//! The stage reads what the earlier stages found in a document (tokens,
//! sentences, entity mentions with their ids, quantities and dates) and
//! gives one [`Claim`] per quantity of kind cardinal, money, measure or
//! percent:
//!
//! - the **claimant**, from the speech verb or source phrase that governs
//!   the figure's sentence (قال، أعلن، بحسب، وفق), its subject (a name, a
//!   spokesperson's institution, an unnamed source), or the statement it
//!   continues (وأضاف، بحسب البيان); `None` in the outlet's own voice;
//! - the **actor**, from whose losses or members are counted (خسائر قسد),
//!   a named cause (بفضل عمليات التحالف), a holder (في سجون قسد), the
//!   subject between the claim's verb and the figure, or the claimant
//!   speaking of itself (حررنا، أكد التحالف أنه);
//! - the **action**, from the trigger words of the counted noun or around
//!   the figure;
//! - **when**, a date in the figure's sentence or else the document's
//!   publication date.
//!
//! The words live in `data/claims.toml` ([`ClaimsLexicon`]), which a user
//! file extends. A table lists `words` as written, and `verbs` in the past
//! tense (سيطر، اعتقل، قضى على) that stand for their persons and tenses
//! (سيطرت، يسيطرون، قضوا على). Two kinds of table are keyed by an entity
//! id: `[states.ID]` (a state's adjectives) and `[reference_defaults.ID]`
//! (a definite noun standing for that entity, named before under another
//! alias, when no name was written with the noun: التنظيم after «داعش»).
//!
//! ```
//! use khabar_claims::{Action, ClaimExtractor, ClaimInput, Named, NamedKind};
//! use khabar_numbers::Extractor;
//! use khabar_tokenize::{Sentences, Span, Tokenizer, TokenRange};
//!
//! let text = "وقال التحالف إن قسد أسرت نحو ألف مقاتل من التنظيم.";
//! let tokens = Tokenizer::default().tokenize(text);
//! let sentences = Sentences::of(&tokens);
//! let extraction = Extractor::default().extract_tokens(&tokens);
//! // The entity layer's mentions, with their ids.
//! let name = |word: &str, token: usize, id: &'static str| Named {
//!     span: Span::new(text.find(word).unwrap(), text.find(word).unwrap() + word.len()),
//!     tokens: TokenRange::new(token, token + 1),
//!     id,
//!     kind: NamedKind::Organization,
//!     known: true,
//! };
//! let names = [name("التحالف", 1, "coalition"), name("قسد", 3, "sdf")];
//! let input = ClaimInput {
//!     tokens: &tokens,
//!     sentences: &sentences,
//!     names: &names,
//!     quantities: &extraction.quantities,
//!     dates: &extraction.dates,
//!     published: Some("2019-03-23"),
//! };
//! let claims = ClaimExtractor::default().claims(&input);
//! assert_eq!(claims[0].claimant.as_deref(), Some("coalition"));
//! assert_eq!(claims[0].actor.as_deref(), Some("sdf"));
//! assert_eq!(claims[0].action, Action::Detained);
//! assert_eq!(claims[0].when.as_ref().unwrap().iso, "2019-03-23");
//! ```

#![deny(missing_docs)]

/// The README's example, compiled and run as a test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

mod extract;
mod lexicon;
mod verbs;

pub use extract::is_claim;
pub use lexicon::{ClaimsLexicon, ClaimsLexiconError, DEFAULT_CLAIMS_LEXICON};

use khabar_numbers::{DateMention, Quantity};
use khabar_tokenize::{Sentences, Span, TokenRange, Tokens};

/// What was done to what a figure counts (docs/CLAIMS.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// People killed.
    Killed,
    /// People wounded.
    Wounded,
    /// Arrested, captured, imprisoned, held in camps.
    Detained,
    /// People or land liberated, prisoners released.
    Freed,
    /// People displaced or fled.
    Displaced,
    /// Refugees or displaced people returning.
    Returned,
    /// Strikes, raids, operations, and the targets they hit.
    Attacks,
    /// People trained.
    Trained,
    /// Members of a coalition, participants, people or countries joining.
    Joined,
    /// The size of a force or group.
    Fighters,
    /// Money spent, given, pledged or lost.
    Funded,
    /// Mines and explosives removed.
    Cleared,
    /// Territory held, seized or lost.
    Controlled,
    /// Anything else (ages, nationalities, distances).
    Other,
}

impl Action {
    /// Every label, in the order of docs/CLAIMS.md.
    pub const ALL: [Action; 14] = [
        Action::Killed,
        Action::Wounded,
        Action::Detained,
        Action::Freed,
        Action::Displaced,
        Action::Returned,
        Action::Attacks,
        Action::Trained,
        Action::Joined,
        Action::Fighters,
        Action::Funded,
        Action::Cleared,
        Action::Controlled,
        Action::Other,
    ];

    /// The label as written in annotations (`killed`, `freed`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Killed => "killed",
            Action::Wounded => "wounded",
            Action::Detained => "detained",
            Action::Freed => "freed",
            Action::Displaced => "displaced",
            Action::Returned => "returned",
            Action::Attacks => "attacks",
            Action::Trained => "trained",
            Action::Joined => "joined",
            Action::Fighters => "fighters",
            Action::Funded => "funded",
            Action::Cleared => "cleared",
            Action::Controlled => "controlled",
            Action::Other => "other",
        }
    }

    /// The label named `s`, if it is one.
    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// What kind of thing an entity mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedKind {
    /// A person.
    Person,
    /// An organization.
    Organization,
    /// A place.
    Location,
}

/// An entity mention as this stage reads it.
#[derive(Clone, Copy, Debug)]
pub struct Named<'a> {
    /// Its original span.
    pub span: Span,
    /// Its tokens.
    pub tokens: TokenRange,
    /// Its entity id.
    pub id: &'a str,
    /// What it names.
    pub kind: NamedKind,
    /// An entity of the gazetteer, rather than one a statistical model
    /// found: a state's force named by its adjective (الحكومة التركية)
    /// stands for the state only where no gazetteer entity claims the
    /// words.
    pub known: bool,
}

/// Everything the stage reads of one document.
#[derive(Clone, Copy, Debug)]
pub struct ClaimInput<'a, 't> {
    /// The tokens.
    pub tokens: &'a Tokens<'t>,
    /// The sentences (a headline is a sentence of its own).
    pub sentences: &'a Sentences,
    /// Entity mentions with their ids, in text order.
    pub names: &'a [Named<'a>],
    /// The quantities, in text order.
    pub quantities: &'a [Quantity],
    /// The dates, in text order.
    pub dates: &'a [DateMention],
    /// The document's publication date (ISO 8601), when known.
    pub published: Option<&'a str>,
}

/// The claimant id of a source the text does not name.
pub const UNNAMED_SOURCE: &str = "unnamed_source";

/// One figure with who states it, who did it, what was done and when.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Claim {
    /// The index of its quantity in [`ClaimInput::quantities`].
    pub quantity: usize,
    /// The entity id of the claimant, [`UNNAMED_SOURCE`], or `None` for
    /// the outlet's own voice.
    pub claimant: Option<String>,
    /// The words naming the claimant.
    pub claimant_span: Option<Span>,
    /// The person speaking for the claimant (a spokesperson), by id.
    pub speaker: Option<String>,
    /// The entity id of who did the counted thing.
    pub actor: Option<String>,
    /// What was done.
    pub action: Action,
    /// When: a date of the figure's sentence, or the publication date.
    pub when: Option<When>,
    /// The figure is a running total (منذ 2014، حتى الآن، إجمالي), not
    /// one incident's.
    pub total: bool,
}

/// The date of a claim and where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct When {
    /// ISO 8601, as far as known.
    pub iso: String,
    /// Where the date comes from.
    pub from: WhenFrom,
}

/// Where the date of a claim comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhenFrom {
    /// A date written in the figure's sentence.
    Sentence,
    /// The document's publication date.
    Published,
}

impl WhenFrom {
    /// As written in annotations.
    pub fn as_str(self) -> &'static str {
        match self {
            WhenFrom::Sentence => "sentence",
            WhenFrom::Published => "published",
        }
    }
}

/// Finds the claims of documents. Build once, share across threads.
#[derive(Clone, Debug, Default)]
pub struct ClaimExtractor {
    lexicon: ClaimsLexicon,
}

impl ClaimExtractor {
    /// An extractor reading `lexicon`.
    pub fn new(lexicon: ClaimsLexicon) -> ClaimExtractor {
        ClaimExtractor { lexicon }
    }

    /// One claim per quantity of kind cardinal, money, measure or percent,
    /// in text order. Never fails and never panics.
    pub fn claims(&self, input: &ClaimInput<'_, '_>) -> Vec<Claim> {
        extract::claims(&self.lexicon, input)
    }
}
