use super::{claimant_names, claimant_words, qualifier_words, Names, Renderer, MAX_PAIRS, MAX_ROWS, PAGE_CLAIMS, PAGE_LISTS};
use crate::model::{Claim, Report, TimelineEntry};
use std::fmt::Write;

/// `report.md`: for reading in a repository or a terminal.
#[derive(Clone, Copy, Debug, Default)]
pub struct Markdown;

/// Text from a document, a shard or a gazetteer, safe inside a line of
/// Markdown: every character that opens something there (emphasis, code,
/// links, headings, table cells, tags, entities) is escaped, and line
/// breaks become spaces, so a name can neither open an element nor start
/// a line of its own (where `-`, `+` or `1.` would mean a list).
pub fn escape_markdown(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => o.push(' '),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                o.push('\\');
                o.push(c);
            }
            c if c.is_control() => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

/// A table of claims, one a row: value (with its qualifier), the counted
/// noun when `with_counted`, who states it, who did it, when, text,
/// sentence, document.
fn claims_table(o: &mut String, names: &Names<'_>, claims: &[Claim], with_counted: bool) {
    let (counted_head, counted_rule) = if with_counted { (" Counted |", "---|") } else { ("", "") };
    let _ = writeln!(
        o,
        "| Value |{counted_head} Who says | Who did it | When | Text | Sentence | Document |\n|---|{counted_rule}---|---|---|---|---|---|"
    );
    for cl in claims.iter().take(PAGE_CLAIMS) {
        let counted_cell = if with_counted { format!(" {} |", counted(cl)) } else { String::new() };
        let _ = writeln!(
            o,
            "| {}{} |{counted_cell} {} | {} | {} | {} | {} | {} |",
            qualifier_words(cl.qualifier),
            escape_markdown(&cl.display),
            escape_markdown(&claimant_words(names, cl)),
            escape_markdown(cl.actor.as_deref().map_or("", |a| names.get(a))),
            escape_markdown(cl.when.as_deref().unwrap_or("")),
            escape_markdown(&cl.text),
            escape_markdown(cl.sentence.as_deref().unwrap_or("")),
            escape_markdown(&cl.doc)
        );
    }
    o.push('\n');
}

fn counted(c: &Claim) -> String {
    match (&c.counted, &c.gloss) {
        (Some(a), Some(g)) => format!("{} ({})", escape_markdown(a), escape_markdown(g)),
        (Some(a), None) => escape_markdown(a),
        _ => String::new(),
    }
}

/// "12 more in report.json" after a list cut to `shown` of `all`.
fn more(o: &mut String, all: usize, shown: usize, where_: &str) {
    if all > shown {
        let _ = writeln!(o, "{} more in {where_}.\n", all - shown);
    }
}

fn timeline_row(o: &mut String, e: &TimelineEntry) {
    let date = e.resolved.as_ref().map_or_else(|| e.iso.clone(), |r| format!("{r} (year filled in)"));
    let _ = writeln!(
        o,
        "| {} | {} | {} | {} | {} |",
        escape_markdown(&date),
        e.mentions,
        escape_markdown(&e.text),
        escape_markdown(e.sentence.as_deref().unwrap_or("")),
        escape_markdown(&e.doc)
    );
}

impl Renderer for Markdown {
    fn file_name(&self) -> &'static str {
        "report.md"
    }

    fn render(&self, r: &Report) -> String {
        let names = Names::of(r);
        let mut o = String::new();
        let c = &r.corpus;
        let _ = writeln!(o, "# khabar report\n");
        let _ = writeln!(
            o,
            "{} documents, {} words. {} entity mentions, {} quantities, {} dates.",
            c.documents, c.words, c.mentions, c.quantities, c.dates
        );
        if c.duplicates > 0 {
            let _ = writeln!(o, "{} document(s) given more than once were counted once.", c.duplicates);
        }
        if let (Some(a), Some(b)) = (&c.first_date, &c.last_date) {
            let _ = writeln!(o, "Dates mentioned run from {} to {}.", escape_markdown(a), escape_markdown(b));
        }
        if !c.sources.is_empty() {
            let s: Vec<String> = c.sources.iter().map(|s| format!("{} ({})", escape_markdown(&s.name), s.count)).collect();
            let _ = writeln!(o, "Sources: {}.", s.join(", "));
        }

        let _ = writeln!(o, "\n## Actors\n");
        let _ = writeln!(o, "| Actor | Arabic | Type | Mentions | Documents | Spellings seen |\n|---|---|---|---:|---:|---|");
        for a in r.actors.iter().take(MAX_ROWS) {
            let aliases: Vec<String> = a.aliases.iter().take(12).map(|x| format!("{} ×{}", escape_markdown(&x.name), x.count)).collect();
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} | {} |",
                escape_markdown(&a.name),
                escape_markdown(&a.arabic),
                a.kind,
                a.mentions,
                a.documents,
                aliases.join(", ")
            );
        }
        o.push('\n');
        more(&mut o, r.actors.len(), MAX_ROWS, "report.json");

        let _ = writeln!(o, "## Claims ledger\n");
        for g in &r.claims {
            let _ = writeln!(o, "### {} ({})\n", escape_markdown(&g.label), g.count);
            claims_table(&mut o, &names, &g.claims, true);
            more(&mut o, g.count, g.claims.len().min(PAGE_CLAIMS), "claims.csv");
        }

        let _ = writeln!(o, "## Claims over time\n");
        if r.claims_over_time.is_empty() {
            let _ = writeln!(o, "No claimant gives the same kind of figure in two documents.\n");
        }
        for s in r.claims_over_time.iter().take(PAGE_LISTS) {
            let _ = writeln!(
                o,
                "### {}: {} · {}\n",
                escape_markdown(names.get(&s.claimant)),
                escape_markdown(&s.action),
                escape_markdown(&s.measure)
            );
            claims_table(&mut o, &names, &s.claims, true);
            more(&mut o, s.count, s.claims.len().min(PAGE_CLAIMS), "claims.csv");
        }
        more(&mut o, r.claims_over_time.len(), PAGE_LISTS, "report.json");

        let _ = writeln!(o, "## Discrepancies\n");
        if r.discrepancies.is_empty() {
            let _ = writeln!(o, "No two comparable claims give different values.\n");
        }
        for d in r.discrepancies.iter().take(PAGE_LISTS) {
            let _ = writeln!(
                o,
                "### {} — {}, {} values in {} document(s): {} ({})\n",
                escape_markdown(&d.measure),
                escape_markdown(&d.scope),
                d.distinct_values,
                d.documents,
                escape_markdown(&d.verdict),
                escape_markdown(&claimant_names(&names, d))
            );
            claims_table(&mut o, &names, &d.claims, false);
            more(&mut o, d.claims.len(), PAGE_CLAIMS, "report.json");
        }
        more(&mut o, r.discrepancies.len(), PAGE_LISTS, "report.json");

        let _ = writeln!(o, "## Timeline\n");
        let _ = writeln!(o, "| Date | Mentions | Text | What happened (first mention) | Document |\n|---|---:|---|---|---|");
        let dates: Vec<&TimelineEntry> = r.timeline.dated.iter().chain(&r.timeline.without_year).collect();
        for e in dates.iter().take(MAX_ROWS) {
            timeline_row(&mut o, e);
        }
        o.push('\n');
        more(&mut o, dates.len(), MAX_ROWS, "report.json");

        let _ = writeln!(o, "## Who appears with whom\n");
        let _ = writeln!(o, "| Entity | Entity | Sentences | Documents |\n|---|---|---:|---:|");
        for p in r.cooccurrence.iter().take(MAX_PAIRS) {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} |",
                escape_markdown(names.get(&p.a)),
                escape_markdown(names.get(&p.b)),
                p.sentences,
                p.documents
            );
        }
        o.push('\n');
        more(&mut o, r.cooccurrence.len(), MAX_PAIRS, "report.json");

        let _ = writeln!(o, "## Documents\n");
        let _ = writeln!(
            o,
            "| Document | Title | Outlet | Published | Words | Quantities | Claims | Dates | Entities |\n|---|---|---|---|---:|---:|---:|---:|---|"
        );
        for d in r.documents.iter().take(MAX_ROWS) {
            let e: Vec<String> = d.entities.iter().map(|e| format!("{} ×{}", escape_markdown(names.get(&e.name)), e.count)).collect();
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                escape_markdown(&d.doc),
                escape_markdown(&d.title),
                escape_markdown(d.outlet.as_deref().unwrap_or("")),
                escape_markdown(d.published.as_deref().unwrap_or("")),
                d.words,
                d.quantities,
                d.claims,
                d.dates,
                e.join(", ")
            );
        }
        o.push('\n');
        more(&mut o, r.corpus.documents, MAX_ROWS, "documents.csv");
        if r.corpus.failed > 0 {
            let _ = writeln!(o, "## Inputs that could not be read ({})\n", r.corpus.failed);
            let _ = writeln!(o, "| Source | Line | Document | What was wrong |\n|---|---:|---|---|");
            for f in r.failed.iter().take(MAX_ROWS) {
                let _ = writeln!(
                    o,
                    "| {} | {} | {} | {} |",
                    escape_markdown(f.source.as_deref().unwrap_or("")),
                    f.line.map_or_else(String::new, |l| l.to_string()),
                    escape_markdown(&f.doc),
                    escape_markdown(&f.message)
                );
            }
            o.push('\n');
            more(&mut o, r.corpus.failed, MAX_ROWS.min(r.failed.len()), "report.json (the first 1,000)");
        }
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_text_cannot_open_markdown_or_html() {
        for hostile in
            ["a`b", "x\n# heading", "[link](javascript:alert(1))", "<script>", "|cell|", "**bold**", "&amp;", "1. item", "- item"]
        {
            let e = escape_markdown(hostile);
            assert!(!e.contains('\n'), "{e}");
            assert!(!e.contains('<'), "{e}");
            for c in ['`', '[', ']', '*', '|', '#'] {
                let unescaped = e.char_indices().any(|(i, x)| x == c && !e[..i].ends_with('\\'));
                assert!(!unescaped, "{hostile:?} → {e}");
            }
        }
        assert_eq!(escape_markdown("قسد 2019"), "قسد 2019");
    }
}
