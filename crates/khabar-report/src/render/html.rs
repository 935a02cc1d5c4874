use super::{actor_name, gloss_suffix, qualifier_words, Renderer, MAX_PAIRS};
use crate::model::{format_number, Claim, Report, TimelineEntry};
use std::fmt::Write;

/// `report.html`: one self-contained page (no network), English interface,
/// Arabic text right-to-left, charts as inline SVG, readable on a phone.
#[derive(Clone, Copy, Debug, Default)]
pub struct Html;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

/// Arabic text in a right-to-left span.
fn ar(s: &str) -> String {
    format!("<span class=\"ar\" dir=\"rtl\" lang=\"ar\">{}</span>", escape(s))
}

/// A sentence with the quoted part marked.
fn sentence_with(sentence: Option<&str>, quote: &str) -> String {
    let Some(s) = sentence else { return String::new() };
    let body = match s.find(quote).filter(|_| !quote.is_empty()) {
        Some(at) => format!("{}<mark>{}</mark>{}", escape(&s[..at]), escape(quote), escape(&s[at + quote.len()..])),
        None => escape(s),
    };
    format!("<span class=\"ar sent\" dir=\"rtl\" lang=\"ar\">{body}</span>")
}

const STYLE: &str = r#"
:root { --ink:#1d2430; --muted:#5b6675; --line:#e2e6eb; --bg:#f5f6f8; --card:#fff; --accent:#1f6f8b; --warn:#b5542a; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink); font:16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { background:#16313d; color:#fff; padding:20px 16px; }
header h1 { margin:0 0 4px; font-size:1.5rem; }
header p { margin:0; color:#cfe0e6; }
nav { position:sticky; top:0; z-index:2; background:#fff; border-bottom:1px solid var(--line); overflow-x:auto; white-space:nowrap; }
nav a { display:inline-block; padding:10px 12px; color:var(--accent); text-decoration:none; font-weight:600; font-size:.92rem; }
main { max-width:1040px; margin:0 auto; padding:12px; }
section { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:14px 16px; margin:14px 0; }
h2 { margin:.2em 0 .6em; font-size:1.25rem; }
h3 { margin:1.1em 0 .4em; font-size:1.05rem; }
.facts { display:grid; grid-template-columns:repeat(auto-fit,minmax(140px,1fr)); gap:10px; }
.fact { background:var(--bg); border-radius:8px; padding:10px; }
.fact b { display:block; font-size:1.4rem; }
.fact span { color:var(--muted); font-size:.85rem; }
.scroll { overflow-x:auto; -webkit-overflow-scrolling:touch; }
table { border-collapse:collapse; width:100%; font-size:.93rem; }
th, td { text-align:start; vertical-align:top; padding:6px 8px; border-bottom:1px solid var(--line); }
th { color:var(--muted); font-weight:600; font-size:.82rem; text-transform:uppercase; letter-spacing:.02em; }
td.num { white-space:nowrap; font-variant-numeric:tabular-nums; font-weight:600; }
.ar { font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Geeza Pro","Arial",serif; font-size:1.06em; unicode-bidi:isolate; }
td .sent { display:block; }
.aliases { display:flex; flex-wrap:wrap; gap:4px; }
.aliases .chip { margin:0; }
svg.bars { max-width:620px; }
svg.time { max-width:900px; }
mark { background:#ffe8a3; padding:0 2px; border-radius:3px; }
.muted { color:var(--muted); font-size:.85rem; }
.chip { display:inline-block; background:#e8f1f4; color:#16313d; border-radius:999px; padding:2px 10px; margin:2px; font-size:.85rem; }
.disc { border-inline-start:4px solid var(--warn); padding-inline-start:10px; margin:12px 0; }
.doc { border-top:1px solid var(--line); padding-top:10px; margin-top:10px; }
.doc h3 { margin-top:0; }
svg { display:block; width:100%; height:auto; }
svg text { font:12px system-ui, sans-serif; fill:var(--ink); }
@media (max-width:640px) {
  body { font-size:15px; } header h1 { font-size:1.25rem; } main { padding:6px; } section { padding:10px; }
  table.cards thead { display:none; }
  table.cards tr { display:block; padding:8px 0; border-bottom:1px solid var(--line); }
  table.cards td { display:block; border:0; padding:2px 0; }
  table.cards td[data-label]::before { content:attr(data-label) ": "; color:var(--muted); font-size:.78rem; text-transform:uppercase; }
  table.cards td.num, table.cards td.inline { display:inline-block; margin-inline-end:14px; }
}
"#;

impl Renderer for Html {
    fn file_name(&self) -> &'static str {
        "report.html"
    }

    fn render(&self, r: &Report) -> String {
        let mut o = String::with_capacity(64 * 1024);
        let c = &r.corpus;
        let _ = write!(
            o,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>khabar report: {} documents</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            c.documents
        );
        let span = match (&c.first_date, &c.last_date) {
            (Some(a), Some(b)) => format!(" · dates mentioned {} to {}", escape(a), escape(b)),
            _ => String::new(),
        };
        let _ = writeln!(
            o,
            "<header><h1>khabar report</h1><p>Who is named, what was counted, and when — {} documents, {} words{span}</p></header>",
            c.documents,
            format_number(c.words as f64)
        );
        o.push_str("<nav><a href=\"#corpus\">Corpus</a><a href=\"#actors\">Actors</a><a href=\"#claims\">Claims</a><a href=\"#over-time\">Over time</a><a href=\"#discrepancies\">Discrepancies</a><a href=\"#timeline\">Timeline</a><a href=\"#together\">Who with whom</a><a href=\"#documents\">Documents</a></nav>\n<main>\n");

        // Corpus
        o.push_str("<section id=\"corpus\"><h2>Corpus</h2><div class=\"facts\">");
        for (n, label) in [
            (c.documents, "documents"),
            (c.words, "words"),
            (c.mentions, "entity mentions"),
            (c.quantities, "quantities"),
            (c.dates, "dates"),
        ] {
            let _ = write!(o, "<div class=\"fact\"><b>{}</b><span>{label}</span></div>", format_number(n as f64));
        }
        o.push_str("</div>");
        if !c.sources.is_empty() {
            o.push_str("<p><b>Sources:</b> ");
            let s: Vec<String> = c.sources.iter().map(|s| format!("{} ({})", escape(&s.name), s.count)).collect();
            o.push_str(&s.join(", "));
            o.push_str("</p>");
        }
        o.push_str("</section>\n");

        // Actors
        o.push_str("<section id=\"actors\"><h2>Actors</h2>");
        o.push_str(&actor_chart(r));
        o.push_str("<div class=\"scroll\"><table class=\"cards\"><thead><tr><th>Actor</th><th>Type</th><th>Mentions</th><th>Docs</th><th>Spellings seen</th></tr></thead><tbody>");
        for a in &r.actors {
            let aliases: Vec<String> =
                a.aliases.iter().map(|x| format!("<span class=\"chip\">{} ×{}</span>", ar(&x.name), x.count)).collect();
            let _ = write!(
                o,
                "<tr><td><b>{}</b><br>{}</td><td class=\"inline\" data-label=\"Type\">{}</td><td class=\"num\" data-label=\"Mentions\">{}</td><td class=\"num\" data-label=\"Documents\">{}</td><td><div class=\"aliases\">{}</div></td></tr>",
                escape(&a.name),
                ar(&a.arabic),
                escape(a.kind.as_str()),
                a.mentions,
                a.documents,
                aliases.join("")
            );
        }
        o.push_str("</tbody></table></div></section>\n");

        // Claims
        o.push_str("<section id=\"claims\"><h2>Claims ledger</h2><p class=\"muted\">Every figure, grouped by what was done, with who states it, who did it, when, and the sentence it comes from.</p>");
        for g in &r.claims {
            let _ = write!(o, "<h3>{} <span class=\"muted\">({})</span></h3>", escape(&g.label), g.claims.len());
            claims_table(&mut o, r, &g.claims);
        }
        o.push_str("</section>\n");

        // Claims over time
        o.push_str("<section id=\"over-time\"><h2>Claims over time</h2><p class=\"muted\">The same claimant's figure for the same action and measure across documents, earliest first.</p>");
        if r.claims_over_time.is_empty() {
            o.push_str("<p>No claimant gives the same kind of figure in two documents.</p>");
        }
        for series in &r.claims_over_time {
            let _ = write!(
                o,
                "<h3>{} <span class=\"muted\">— {} · {}</span></h3>",
                escape(super::actor_name(r, &series.claimant)),
                escape(&series.action),
                escape(&series.measure)
            );
            claims_table(&mut o, r, &series.claims);
        }
        o.push_str("</section>\n");

        // Discrepancies
        o.push_str("<section id=\"discrepancies\"><h2>Discrepancies</h2><p class=\"muted\">Comparable claims (the same action and measure, running totals with running totals, an incident's figures with figures of the same date, standing counts with standing counts) given different values, and whether their claimants disagree or one claimant changed its figure.</p>");
        if r.discrepancies.is_empty() {
            o.push_str("<p>No two comparable claims give different values.</p>");
        }
        for d in &r.discrepancies {
            let _ = write!(
                o,
                "<div class=\"disc\"><h3>{} <span class=\"muted\">— {}, {} values in {} document(s): {} ({})</span></h3>",
                escape(&d.measure),
                escape(&d.scope),
                d.distinct_values,
                d.documents,
                escape(&d.verdict),
                escape(&super::claimant_names(r, d))
            );
            claims_table(&mut o, r, &d.claims);
            o.push_str("</div>");
        }
        o.push_str("</section>\n");

        // Timeline
        o.push_str("<section id=\"timeline\"><h2>Timeline</h2>");
        o.push_str(&timeline_chart(&r.timeline.dated));
        o.push_str(
            "<div class=\"scroll\"><table class=\"cards\"><thead><tr><th>Date</th><th>What happened</th><th>Doc</th></tr></thead><tbody>",
        );
        for e in &r.timeline.dated {
            timeline_row(&mut o, e);
        }
        o.push_str("</tbody></table></div>");
        if !r.timeline.without_year.is_empty() {
            o.push_str("<h3>Dates without a year</h3><div class=\"scroll\"><table class=\"cards\"><thead><tr><th>Date</th><th>What happened</th><th>Doc</th></tr></thead><tbody>");
            for e in &r.timeline.without_year {
                timeline_row(&mut o, e);
            }
            o.push_str("</tbody></table></div>");
        }
        o.push_str("</section>\n");

        // Co-occurrence
        o.push_str("<section id=\"together\"><h2>Who appears with whom</h2><p class=\"muted\">Entities named in the same sentence.</p><div class=\"scroll\"><table class=\"cards\"><thead><tr><th>Entity</th><th>Entity</th><th>Sentences</th><th>Docs</th></tr></thead><tbody>");
        for p in r.cooccurrence.iter().take(MAX_PAIRS) {
            let _ = write!(
                o,
                "<tr><td>{}</td><td>{}</td><td class=\"num\" data-label=\"Sentences\">{}</td><td class=\"num\" data-label=\"Documents\">{}</td></tr>",
                escape(actor_name(r, &p.a)),
                escape(actor_name(r, &p.b)),
                p.sentences,
                p.documents
            );
        }
        o.push_str("</tbody></table></div>");
        if r.cooccurrence.len() > MAX_PAIRS {
            let _ = write!(o, "<p class=\"muted\">{} more pairs in report.json.</p>", r.cooccurrence.len() - MAX_PAIRS);
        }
        o.push_str("</section>\n");

        // Documents
        o.push_str("<section id=\"documents\"><h2>Documents</h2>");
        for d in &r.documents {
            let _ = write!(
                o,
                "<div class=\"doc\"><h3>{}</h3><p class=\"muted\"><code>{}</code> · {} words",
                ar(&d.title),
                escape(&d.doc),
                d.words
            );
            if let Some(out) = &d.outlet {
                let _ = write!(o, " · outlet: {}", escape(out));
            }
            if let Some(p) = &d.published {
                let _ = write!(o, " · published {}", escape(p));
            }
            o.push_str("</p>");
            if !d.entities.is_empty() {
                o.push_str("<p>");
                for e in &d.entities {
                    let _ = write!(o, "<span class=\"chip\">{} ×{}</span>", escape(actor_name(r, &e.name)), e.count);
                }
                o.push_str("</p>");
            }
            if !d.claims.is_empty() {
                o.push_str("<p><b>Numbers:</b> ");
                let q: Vec<String> = d
                    .claims
                    .iter()
                    .map(|c| {
                        format!(
                            "{}{}{} ({})",
                            escape(qualifier_words(c.qualifier)),
                            escape(&c.display),
                            escape(&gloss_suffix(c)),
                            ar(&c.text)
                        )
                    })
                    .collect();
                o.push_str(&q.join("; "));
                o.push_str("</p>");
            }
            if !d.dates.is_empty() {
                o.push_str("<p><b>Dates:</b> ");
                let q: Vec<String> = d.dates.iter().map(|e| format!("{} ({})", escape(&e.iso), ar(&e.text))).collect();
                o.push_str(&q.join("; "));
                o.push_str("</p>");
            }
            o.push_str("</div>");
        }
        o.push_str("</section>\n</main>\n");
        let _ = writeln!(o, "<footer><main><p class=\"muted\">Made by {}.</p></main></footer>\n</body>\n</html>", escape(&r.generator));
        o
    }
}

/// A table of claims, one a row.
fn claims_table(o: &mut String, r: &Report, claims: &[Claim]) {
    o.push_str(CLAIMS_HEAD);
    for cl in claims {
        claim_row(o, r, cl);
    }
    o.push_str("</tbody></table></div>");
}

/// The head of a table of claims, opened for [`claim_row`]s.
const CLAIMS_HEAD: &str = "<div class=\"scroll\"><table class=\"cards\"><thead><tr><th>Value</th><th>Counted</th><th>Who says</th><th>Who did it</th><th>When</th><th>Sentence</th><th>Doc</th></tr></thead><tbody>";

fn claim_row(o: &mut String, r: &Report, cl: &Claim) {
    let counted = match (&cl.counted, &cl.gloss) {
        (Some(a), Some(g)) => format!("{}<br><span class=\"muted\">{}</span>", ar(a), escape(g)),
        (Some(a), None) => ar(a),
        _ => String::new(),
    };
    let _ = write!(
        o,
        "<tr><td class=\"num\">{}{}</td><td data-label=\"Counted\">{}</td><td data-label=\"Who says\">{}</td><td data-label=\"Who did it\">{}</td><td class=\"num\" data-label=\"When\">{}</td><td>{}</td><td class=\"muted\">{}</td></tr>",
        escape(qualifier_words(cl.qualifier)),
        escape(&cl.display),
        counted,
        escape(&super::claimant_words(r, cl)),
        escape(cl.actor.as_deref().map_or("", |a| super::actor_name(r, a))),
        escape(cl.when.as_deref().unwrap_or("")),
        sentence_with(cl.sentence.as_deref(), &cl.text),
        escape(&cl.doc)
    );
}

fn timeline_row(o: &mut String, e: &TimelineEntry) {
    let date = match &e.resolved {
        Some(resolved) => format!("{resolved} (year filled in)"),
        None if e.iso.starts_with('-') => without_year_words(&e.iso),
        None => e.iso.clone(),
    };
    let _ = write!(
        o,
        "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"muted\">{}</td></tr>",
        escape(&date),
        sentence_with(e.sentence.as_deref().or(Some(&e.text)), &e.text),
        escape(&e.doc)
    );
}

/// Horizontal bars of mentions for the most mentioned actors.
fn actor_chart(r: &Report) -> String {
    const TOP: usize = 15;
    let actors: Vec<_> = r.actors.iter().take(TOP).collect();
    let Some(max) = actors.iter().map(|a| a.mentions).max().filter(|&m| m > 0) else { return String::new() };
    let (label_w, bar_w, row_h) = (200.0, 230.0, 22.0);
    let height = row_h * actors.len() as f64 + 8.0;
    let mut s = format!(
        "<svg class=\"bars\" viewBox=\"0 0 {w} {height}\" role=\"img\" aria-label=\"Mentions of the {n} most mentioned actors\">",
        w = label_w + bar_w + 50.0,
        n = actors.len()
    );
    for (i, a) in actors.iter().enumerate() {
        let y = 4.0 + row_h * i as f64;
        let w = bar_w * a.mentions as f64 / max as f64;
        let _ = write!(
            s,
            "<text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\">{name}</text><rect x=\"{label_w}\" y=\"{ry}\" width=\"{w:.1}\" height=\"{bh}\" rx=\"3\" fill=\"#1f6f8b\"><title>{name}: {m} mentions</title></rect><text x=\"{cx:.1}\" y=\"{ty}\">{m}</text>",
            lx = label_w - 8.0,
            ty = y + 14.0,
            ry = y + 2.0,
            bh = row_h - 6.0,
            cx = label_w + w + 6.0,
            name = escape(&short_label(&a.name)),
            m = a.mentions
        );
    }
    s.push_str("</svg>");
    s
}

/// A chart label of at most 28 characters.
fn short_label(name: &str) -> String {
    const MAX: usize = 28;
    if name.chars().count() <= MAX {
        return name.to_string();
    }
    let cut: String = name.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Dated mentions on a time axis, one dot each, stacked where they meet.
fn timeline_chart(dated: &[TimelineEntry]) -> String {
    let points: Vec<(f64, &TimelineEntry)> =
        dated.iter().filter_map(|e| year_fraction(e.resolved.as_deref().unwrap_or(&e.iso)).map(|y| (y, e))).collect();
    let (Some(min), Some(max)) = (points.iter().map(|p| p.0).reduce(f64::min), points.iter().map(|p| p.0).reduce(f64::max)) else {
        return String::new();
    };
    let (first, last) = (min.floor(), max.floor() + 1.0);
    let (left, width) = (24.0, 520.0);
    let x = |y: f64| left + width * (y - first) / (last - first);
    // Stack dots that would overlap; the chart is as tall as its tallest stack.
    const MAX_STACK: usize = 7;
    let mut placed: Vec<(f64, usize, &TimelineEntry)> = Vec::new();
    for (y, e) in points {
        let px = x(y);
        let level = placed.iter().filter(|(sx, _, _)| (sx - px).abs() < 9.0).count().min(MAX_STACK);
        placed.push((px, level, e));
    }
    let top = placed.iter().map(|p| p.1).max().unwrap_or(0) as f64;
    let base = 18.0 + 13.0 * top + 8.0;
    let mut s = format!(
        "<svg class=\"time\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"Dates mentioned from {} to {}\">",
        left * 2.0 + width,
        base + 28.0,
        first,
        last - 1.0
    );
    let _ = write!(s, "<line x1=\"{left}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"#5b6675\"/>", left + width);
    let years = (last - first) as usize;
    let step = years.div_ceil(12).max(1);
    for k in (0..=years).step_by(step) {
        let yx = x(first + k as f64);
        let _ = write!(
            s,
            "<line x1=\"{yx:.1}\" y1=\"{base}\" x2=\"{yx:.1}\" y2=\"{}\" stroke=\"#5b6675\"/><text x=\"{yx:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            base + 5.0,
            base + 20.0,
            first as i64 + k as i64
        );
    }
    for (px, level, e) in placed {
        let cy = base - 10.0 - 13.0 * level as f64;
        let _ = write!(
            s,
            "<circle cx=\"{px:.1}\" cy=\"{cy:.1}\" r=\"5.5\" fill=\"#b5542a\" fill-opacity=\"0.85\"><title>{} — {} ({})</title></circle>",
            escape(&e.iso),
            escape(&e.text),
            escape(&e.doc)
        );
    }
    s.push_str("</svg>");
    s
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// A date whose year the text does not give, in words: `--03-23` → 23 March.
pub(crate) fn without_year_words(iso: &str) -> String {
    let mut parts = iso.trim_start_matches('-').split('-');
    let month = parts.next().and_then(|m| m.parse::<usize>().ok()).filter(|m| (1..=12).contains(m));
    let day = parts.next().and_then(|d| d.parse::<u32>().ok());
    match (month, day) {
        (Some(m), Some(d)) => format!("{d} {}", MONTHS[m - 1]),
        (Some(m), None) => MONTHS[m - 1].to_string(),
        _ => iso.to_string(),
    }
}

/// `2014-09-10` → 2014.69…; `2014` → 2014.5 (a year alone sits mid-year).
fn year_fraction(iso: &str) -> Option<f64> {
    let mut parts = iso.split('-');
    let y: f64 = parts.next()?.parse().ok()?;
    let m: Option<f64> = parts.next().and_then(|p| p.parse().ok());
    let d: Option<f64> = parts.next().and_then(|p| p.parse().ok());
    Some(match (m, d) {
        (Some(m), Some(d)) => y + (m - 1.0) / 12.0 + (d - 1.0) / 365.0,
        (Some(m), None) => y + (m - 0.5) / 12.0,
        _ => y + 0.5,
    })
}
