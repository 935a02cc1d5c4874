use super::{actor_name, claimant_names, claimant_words, gloss_suffix, qualifier_words, Renderer, MAX_PAIRS};
use crate::model::{Claim, Report};
use std::fmt::Write;

/// `report.md`: for reading in a repository or a terminal.
#[derive(Clone, Copy, Debug, Default)]
pub struct Markdown;

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ").replace('<', "&lt;").replace('>', "&gt;")
}

/// A table of claims, one a row: value (with its qualifier), the counted
/// noun when `with_counted`, who states it, who did it, when, text,
/// sentence, document.
fn claims_table(o: &mut String, r: &Report, claims: &[Claim], with_counted: bool) {
    let (counted_head, counted_rule) = if with_counted { (" Counted |", "---|") } else { ("", "") };
    let _ = writeln!(
        o,
        "| Value |{counted_head} Who says | Who did it | When | Text | Sentence | Document |\n|---|{counted_rule}---|---|---|---|---|---|"
    );
    for cl in claims {
        let counted_cell = if with_counted { format!(" {} |", counted(cl)) } else { String::new() };
        let _ = writeln!(
            o,
            "| {}{} |{counted_cell} {} | {} | {} | {} | {} | {} |",
            qualifier_words(cl.qualifier),
            cell(&cl.display),
            cell(&claimant_words(r, cl)),
            cell(cl.actor.as_deref().map_or("", |a| actor_name(r, a))),
            cl.when.as_deref().unwrap_or(""),
            cell(&cl.text),
            cell(cl.sentence.as_deref().unwrap_or("")),
            cell(&cl.doc)
        );
    }
    o.push('\n');
}

fn counted(c: &Claim) -> String {
    match (&c.counted, &c.gloss) {
        (Some(a), Some(g)) => format!("{} ({})", cell(a), cell(g)),
        (Some(a), None) => cell(a),
        _ => String::new(),
    }
}

impl Renderer for Markdown {
    fn file_name(&self) -> &'static str {
        "report.md"
    }

    fn render(&self, r: &Report) -> String {
        let mut o = String::new();
        let c = &r.corpus;
        let _ = writeln!(o, "# khabar report\n");
        let _ = writeln!(
            o,
            "{} documents, {} words. {} entity mentions, {} quantities, {} dates.",
            c.documents, c.words, c.mentions, c.quantities, c.dates
        );
        if let (Some(a), Some(b)) = (&c.first_date, &c.last_date) {
            let _ = writeln!(o, "Dates mentioned run from {a} to {b}.");
        }
        if !c.sources.is_empty() {
            let s: Vec<String> = c.sources.iter().map(|s| format!("{} ({})", cell(&s.name), s.count)).collect();
            let _ = writeln!(o, "Sources: {}.", s.join(", "));
        }

        let _ = writeln!(o, "\n## Actors\n");
        let _ = writeln!(o, "| Actor | Arabic | Type | Mentions | Documents | Spellings seen |\n|---|---|---|---:|---:|---|");
        for a in &r.actors {
            let aliases: Vec<String> = a.aliases.iter().map(|x| format!("{} ×{}", cell(&x.name), x.count)).collect();
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} | {} |",
                cell(&a.name),
                cell(&a.arabic),
                a.kind,
                a.mentions,
                a.documents,
                aliases.join(", ")
            );
        }

        let _ = writeln!(o, "\n## Claims ledger\n");
        for g in &r.claims {
            let _ = writeln!(o, "### {}\n", cell(&g.label));
            claims_table(&mut o, r, &g.claims, true);
        }

        let _ = writeln!(o, "## Claims over time\n");
        if r.claims_over_time.is_empty() {
            let _ = writeln!(o, "No claimant gives the same kind of figure in two documents.\n");
        }
        for s in &r.claims_over_time {
            let _ = writeln!(o, "### {}: {} · {}\n", cell(actor_name(r, &s.claimant)), cell(&s.action), cell(&s.measure));
            claims_table(&mut o, r, &s.claims, true);
        }

        let _ = writeln!(o, "## Discrepancies\n");
        if r.discrepancies.is_empty() {
            let _ = writeln!(o, "No two comparable claims give different values.");
        }
        for d in &r.discrepancies {
            let _ = writeln!(
                o,
                "### {} — {}, {} values in {} document(s): {} ({})\n",
                cell(&d.measure),
                cell(&d.scope),
                d.distinct_values,
                d.documents,
                cell(&d.verdict),
                cell(&claimant_names(r, d))
            );
            claims_table(&mut o, r, &d.claims, false);
        }

        let _ = writeln!(o, "## Timeline\n");
        let _ = writeln!(o, "| Date | Text | What happened | Document |\n|---|---|---|---|");
        for e in r.timeline.dated.iter().chain(&r.timeline.without_year) {
            let date = e.resolved.as_ref().map_or_else(|| e.iso.clone(), |r| format!("{r} (year filled in)"));
            let _ = writeln!(o, "| {} | {} | {} | {} |", date, cell(&e.text), cell(e.sentence.as_deref().unwrap_or("")), cell(&e.doc));
        }

        let _ = writeln!(o, "\n## Who appears with whom\n");
        let _ = writeln!(o, "| Entity | Entity | Sentences | Documents |\n|---|---|---:|---:|");
        for p in r.cooccurrence.iter().take(MAX_PAIRS) {
            let _ = writeln!(o, "| {} | {} | {} | {} |", cell(actor_name(r, &p.a)), cell(actor_name(r, &p.b)), p.sentences, p.documents);
        }
        if r.cooccurrence.len() > MAX_PAIRS {
            let _ = writeln!(o, "\n{} more pairs in report.json.", r.cooccurrence.len() - MAX_PAIRS);
        }

        let _ = writeln!(o, "\n## Documents\n");
        for d in &r.documents {
            let _ = writeln!(o, "### {}\n", cell(&d.title));
            let mut facts = vec![format!("`{}`", d.doc), format!("{} words", d.words)];
            if let Some(out) = &d.outlet {
                facts.push(format!("outlet: {}", cell(out)));
            }
            if let Some(p) = &d.published {
                facts.push(format!("published {p}"));
            }
            let _ = writeln!(o, "{}\n", facts.join(" · "));
            if !d.entities.is_empty() {
                let e: Vec<String> = d.entities.iter().map(|e| format!("{} ×{}", cell(actor_name(r, &e.name)), e.count)).collect();
                let _ = writeln!(o, "- Entities: {}", e.join(", "));
            }
            if !d.claims.is_empty() {
                let q: Vec<String> = d
                    .claims
                    .iter()
                    .map(|c| format!("{}{}{} ({})", qualifier_words(c.qualifier), cell(&c.display), gloss_suffix(c), cell(&c.text)))
                    .collect();
                let _ = writeln!(o, "- Numbers: {}", q.join("; "));
            }
            if !d.dates.is_empty() {
                let q: Vec<String> = d.dates.iter().map(|e| format!("{} ({})", e.iso, cell(&e.text))).collect();
                let _ = writeln!(o, "- Dates: {}", q.join("; "));
            }
            o.push('\n');
        }
        o
    }
}
