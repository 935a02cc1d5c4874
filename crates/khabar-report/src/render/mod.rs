//! Renderers: the same report as HTML, Markdown or JSON.

mod csv;
mod html;
mod json;
mod markdown;

pub use self::csv::{ClaimsCsv, DocumentsCsv, CLAIMS_CSV_COLUMNS, DOCUMENTS_CSV_COLUMNS};
pub use html::{escape, Html};
pub use json::Json;
pub use markdown::{escape_markdown, Markdown};

use crate::model::Report;
use khabar_wire::Qualifier;

/// Turns a report into one file's text.
pub trait Renderer {
    /// The file name it is usually written to (`report.html`).
    fn file_name(&self) -> &'static str;
    /// The rendered report.
    fn render(&self, report: &Report) -> String;
    /// Writes the rendered report to `out` (report.json of a large corpus
    /// is written as it is serialized, never held whole in memory).
    fn render_to(&self, report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.render(report).as_bytes())
    }
}

/// The English names of the report's actors by id, looked up once per
/// render (a report at scale names thousands of actors in its rows).
pub(crate) struct Names<'r>(rustc_hash::FxHashMap<&'r str, &'r str>);

impl<'r> Names<'r> {
    pub(crate) fn of(report: &'r Report) -> Names<'r> {
        Names(report.actors.iter().map(|a| (a.id.as_str(), a.name.as_str())).collect())
    }

    /// The English name of an entity id (the id when unknown).
    pub(crate) fn get(&self, id: &'r str) -> &'r str {
        self.0.get(id).copied().unwrap_or(id)
    }
}

/// Who states a claim, as a reader reads it: the claimant's name (with its
/// spokesperson), "unnamed source", or "outlet" for the outlet's voice;
/// nothing for a quantity that is no claim.
pub(crate) fn claimant_words(names: &Names<'_>, c: &crate::model::Claim) -> String {
    if c.action.is_none() {
        return String::new();
    }
    match (c.claimant.as_deref(), c.speaker.as_deref()) {
        (Some("unnamed_source"), _) => "unnamed source".to_string(),
        (Some(id), Some(speaker)) => format!("{} (via {})", names.get(id), names.get(speaker)),
        (Some(id), None) => names.get(id).to_string(),
        (None, _) => "outlet".to_string(),
    }
}

/// The names of the claimants of a discrepancy, joined for a heading.
pub(crate) fn claimant_names(names: &Names<'_>, d: &crate::model::Discrepancy) -> String {
    d.claimants.iter().map(|c| names.get(c)).collect::<Vec<_>>().join(", ")
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

/// The cap on rows of long lists (co-occurrence), so a large corpus still
/// gives a readable report; report.json keeps everything.
pub(crate) const MAX_PAIRS: usize = 40;

/// The claims a page shows of one ledger group, series or discrepancy; the
/// rest are in report.json (the first 100) and claims.csv (all).
pub(crate) const PAGE_CLAIMS: usize = 25;

/// The series over time and discrepancies a page shows, the largest first.
pub(crate) const PAGE_LISTS: usize = 60;

/// The cap on rows of the other long lists of the pages (actors, dates,
/// documents, discrepancies): the page of a million documents stays small
/// and quick; report.json keeps everything.
pub(crate) const MAX_ROWS: usize = 300;
