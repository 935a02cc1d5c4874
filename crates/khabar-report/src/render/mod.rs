//! Renderers: the same report as HTML, Markdown or JSON.

mod html;
mod json;
mod markdown;

pub use html::{escape, Html};
pub use json::Json;
pub use markdown::Markdown;

use crate::model::Report;
use khabar_wire::Qualifier;

/// Turns a report into one file's text.
pub trait Renderer {
    /// The file name it is usually written to (`report.html`).
    fn file_name(&self) -> &'static str;
    /// The rendered report.
    fn render(&self, report: &Report) -> String;
}

/// The English name of an entity id, from the report's actors.
pub(crate) fn actor_name<'r>(report: &'r Report, id: &'r str) -> &'r str {
    report.actors.iter().find(|a| a.id == id).map_or(id, |a| a.name.as_str())
}

/// Who states a claim, as a reader reads it: the claimant's name (with its
/// spokesperson), "unnamed source", or "outlet" for the outlet's voice;
/// nothing for a quantity that is no claim.
pub(crate) fn claimant_words(report: &Report, c: &crate::model::Claim) -> String {
    if c.action.is_none() {
        return String::new();
    }
    match (c.claimant.as_deref(), c.speaker.as_deref()) {
        (Some("unnamed_source"), _) => "unnamed source".to_string(),
        (Some(id), Some(speaker)) => format!("{} (via {})", actor_name(report, id), actor_name(report, speaker)),
        (Some(id), None) => actor_name(report, id).to_string(),
        (None, _) => "outlet".to_string(),
    }
}

/// The names of the claimants of a discrepancy, joined for a heading.
pub(crate) fn claimant_names(report: &Report, d: &crate::model::Discrepancy) -> String {
    d.claimants.iter().map(|c| actor_name(report, c)).collect::<Vec<_>>().join(", ")
}

/// How a qualifier reads in English before a value.
pub(crate) fn qualifier_words(q: Option<Qualifier>) -> &'static str {
    match q {
        Some(Qualifier::MoreThan) => "more than ",
        Some(Qualifier::About) => "about ",
        Some(Qualifier::LessThan) => "less than ",
        Some(Qualifier::AtLeast) => "at least ",
        Some(Qualifier::AtMost) => "at most ",
        None => "",
    }
}

/// ` fighters` after a value, when the counted noun has a gloss.
pub(crate) fn gloss_suffix(c: &crate::model::Claim) -> String {
    c.gloss.as_deref().map_or_else(String::new, |g| format!(" {g}"))
}

/// The cap on rows of long lists (co-occurrence), so a large corpus still
/// gives a readable report; report.json keeps everything.
pub(crate) const MAX_PAIRS: usize = 40;
