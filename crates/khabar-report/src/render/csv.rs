//! `claims.csv` and `documents.csv`: every quantity and every document of
//! the corpus, one row each, written as the documents come in (the report
//! pages show the first of each list).

use crate::model::{Claim, DocumentSummary};
use std::io::Write;

/// The columns of claims.csv, in order.
pub const CLAIMS_CSV_COLUMNS: [&str; 19] = [
    "doc",
    "start",
    "end",
    "text",
    "value",
    "display",
    "kind",
    "unit",
    "qualifier",
    "counted",
    "gloss",
    "action",
    "claimant",
    "speaker",
    "actor",
    "when",
    "total",
    "sentence",
    "group",
];

/// Writes claims.csv rows to `W` (RFC 4180: quoted where needed, so a
/// spreadsheet reads Arabic sentences with commas and quotes whole).
pub struct ClaimsCsv<W: Write> {
    out: csv::Writer<W>,
}

/// A CSV writer over `out`, its header row written.
fn start<W: Write>(out: W, columns: &[&str]) -> csv::Result<csv::Writer<W>> {
    let mut out = csv::Writer::from_writer(out);
    out.write_record(columns)?;
    Ok(out)
}

/// Flushes the last rows and hands the writer back.
fn end<W: Write>(out: csv::Writer<W>) -> std::io::Result<W> {
    out.into_inner().map_err(|e| e.into_error())
}

impl<W: Write> ClaimsCsv<W> {
    /// Starts the file: the header row.
    pub fn new(out: W) -> csv::Result<ClaimsCsv<W>> {
        Ok(ClaimsCsv { out: start(out, &CLAIMS_CSV_COLUMNS)? })
    }

    /// One row; `group` is the ledger group it is listed under.
    pub fn write(&mut self, c: &Claim, group: &str) -> csv::Result<()> {
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        let value = c.value.map_or_else(String::new, |v| v.to_string());
        let qualifier = c.qualifier.map_or("", |q| q.as_str()).to_string();
        let kind = c.kind.as_str().to_string();
        self.out.write_record([
            c.doc.clone(),
            c.start.to_string(),
            c.end.to_string(),
            c.text.clone(),
            value,
            c.display.clone(),
            kind,
            opt(&c.unit),
            qualifier,
            opt(&c.counted),
            opt(&c.gloss),
            opt(&c.action),
            opt(&c.claimant),
            opt(&c.speaker),
            opt(&c.actor),
            opt(&c.when),
            if c.action.is_some() { c.total.to_string() } else { String::new() },
            opt(&c.sentence),
            group.to_string(),
        ])
    }

    /// Ends the file and hands the writer back.
    pub fn finish(self) -> std::io::Result<W> {
        end(self.out)
    }
}

/// The columns of documents.csv, in order.
pub const DOCUMENTS_CSV_COLUMNS: [&str; 9] = ["doc", "title", "outlet", "published", "words", "quantities", "claims", "dates", "entities"];

/// Writes documents.csv rows to `W`; `entities` is `id:count` pairs, most
/// mentioned first, separated by spaces.
pub struct DocumentsCsv<W: Write> {
    out: csv::Writer<W>,
}

impl<W: Write> DocumentsCsv<W> {
    /// Starts the file: the header row.
    pub fn new(out: W) -> csv::Result<DocumentsCsv<W>> {
        Ok(DocumentsCsv { out: start(out, &DOCUMENTS_CSV_COLUMNS)? })
    }

    /// One row.
    pub fn write(&mut self, d: &DocumentSummary) -> csv::Result<()> {
        let entities: Vec<String> = d.entities.iter().map(|e| format!("{}:{}", e.name, e.count)).collect();
        self.out.write_record([
            d.doc.clone(),
            d.title.clone(),
            d.outlet.clone().unwrap_or_default(),
            d.published.clone().unwrap_or_default(),
            d.words.to_string(),
            d.quantities.to_string(),
            d.claims.to_string(),
            d.dates.to_string(),
            entities.join(" "),
        ])
    }

    /// Ends the file and hands the writer back.
    pub fn finish(self) -> std::io::Result<W> {
        end(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use khabar_wire::QuantityKind;

    #[test]
    fn rows_quote_commas_quotes_and_line_breaks() {
        let claim = Claim {
            value: Some(11000.0),
            display: "11,000".into(),
            kind: QuantityKind::Cardinal,
            unit: None,
            qualifier: Some(khabar_wire::Qualifier::About),
            counted: Some("مقاتل".into()),
            gloss: Some("fighters".into()),
            text: "نحو 11 ألف".into(),
            sentence: Some("قال \"عبدي\"، إن\nنحو 11 ألف مقاتل".into()),
            doc: "a,b.txt".into(),
            start: 3,
            end: 20,
            claimant: Some("mazloum_abdi".into()),
            speaker: None,
            actor: Some("sdf".into()),
            action: Some("killed".into()),
            when: Some("2019-03-23".into()),
            total: true,
        };
        let mut csv = ClaimsCsv::new(Vec::new()).unwrap();
        csv.write(&claim, "action:killed").unwrap();
        let bytes = csv.finish().unwrap();
        let mut back = ::csv::Reader::from_reader(&bytes[..]);
        assert_eq!(back.headers().unwrap().len(), CLAIMS_CSV_COLUMNS.len());
        let row = back.records().next().unwrap().unwrap();
        assert_eq!(&row[0], "a,b.txt");
        assert_eq!(&row[4], "11000");
        assert_eq!(&row[8], "about");
        assert_eq!(&row[12], "mazloum_abdi");
        assert_eq!(&row[16], "true");
        assert_eq!(&row[17], "قال \"عبدي\"، إن\nنحو 11 ألف مقاتل");
    }
}
