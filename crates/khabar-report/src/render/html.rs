use super::{qualifier_words, Names, Renderer, MAX_PAIRS, MAX_ROWS, PAGE_CLAIMS, PAGE_LISTS};
use crate::model::{format_number, Claim, Report, TimelineEntry};
use rustc_hash::FxHashSet;
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

/// Text of either direction (a name, a date, a document name), isolated so
/// that Arabic and Latin around it keep their order (`--02` stays `--02`).
fn bdi(s: &str) -> String {
    format!("<bdi>{}</bdi>", escape(s))
}

/// The anchor of a document's row.
fn doc_anchor(doc: &str) -> String {
    // Names may hold anything; a hash keeps the anchor short and plain.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in doc.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("doc-{h:016x}")
}

/// A table that can be filtered (the box above it) and sorted (a click on
/// a column head), by the page's script.
fn table_open(o: &mut String, id: &str, heads: &[&str]) {
    let _ = write!(
        o,
        "<input type=\"search\" class=\"filter\" data-table=\"{id}\" placeholder=\"Filter these rows…\" aria-label=\"Filter these rows\"><div class=\"scroll\"><table class=\"cards data\" id=\"{id}\"><thead><tr>"
    );
    for h in heads {
        let _ = write!(o, "<th scope=\"col\" title=\"Sort\">{h}</th>");
    }
    o.push_str("</tr></thead><tbody>");
}

/// "12 more in claims.csv" after a list cut to `shown` of `all`.
fn more(o: &mut String, all: usize, shown: usize, where_: &str) {
    if all > shown {
        let _ = write!(o, "<p class=\"muted\">{} more in {where_}.</p>", format_number((all - shown) as f64));
    }
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
nav { position:sticky; top:0; z-index:2; background:#fff; border-bottom:1px solid var(--line); overflow-x:auto; white-space:nowrap; display:flex; flex-wrap:wrap; align-items:center; }
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
svg.bars { max-width:620px; min-width:480px; }
svg.time { max-width:900px; min-width:568px; }
input.filter, #search { width:100%; max-width:420px; font:inherit; padding:6px 10px; margin:4px 0 8px; border:1px solid var(--line); border-radius:6px; }
#search { margin:6px 12px; flex:1 1 220px; max-width:420px; }
th[title] { cursor:pointer; }
th.asc::after { content:" ▲"; } th.desc::after { content:" ▼"; }
tr.hidden, .hidden { display:none !important; }
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
        o.push_str("<nav><a href=\"#corpus\">Corpus</a><a href=\"#actors\">Actors</a><a href=\"#claims\">Claims</a><a href=\"#over-time\">Over time</a><a href=\"#discrepancies\">Discrepancies</a><a href=\"#timeline\">Timeline</a><a href=\"#together\">Who with whom</a><a href=\"#documents\">Documents</a><input type=\"search\" id=\"search\" placeholder=\"Search every table (name, number, word)…\" aria-label=\"Search every table\"></nav>\n<main>\n");

        // Corpus
        o.push_str("<section id=\"corpus\"><h2>Corpus</h2><div class=\"facts\">");
        for (n, label) in [
            (c.documents, "documents"),
            (c.words, "words"),
            (c.mentions, "entity mentions"),
            (c.quantities, "quantities"),
            (c.dates, "dates"),
            (c.claims, "claims"),
        ] {
            let _ = write!(o, "<div class=\"fact\"><b>{}</b><span>{label}</span></div>", format_number(n as f64));
        }
        o.push_str("</div>");
        if c.duplicates > 0 {
            let _ = write!(o, "<p class=\"muted\">{} document(s) given more than once were counted once.</p>", c.duplicates);
        }
        if !c.sources.is_empty() {
            o.push_str("<p><b>Sources:</b> ");
            let s: Vec<String> = c.sources.iter().take(MAX_ROWS).map(|s| format!("{} ({})", bdi(&s.name), s.count)).collect();
            o.push_str(&s.join(", "));
            o.push_str("</p>");
        }
        o.push_str("</section>\n");

        // Actors
        let names = Names::of(r);
        o.push_str("<section id=\"actors\"><h2>Actors</h2>");
        // Charts keep their size on a phone and scroll sideways, so that
        // their labels stay readable.
        let _ = write!(o, "<div class=\"scroll\">{}</div>", actor_chart(r));
        o.push_str("<p class=\"muted\">A name leads to its claims.</p>");
        table_open(&mut o, "actors-table", &["Actor", "Type", "Mentions", "Docs", "Spellings seen"]);
        for a in r.actors.iter().take(MAX_ROWS) {
            let aliases: Vec<String> =
                a.aliases.iter().take(12).map(|x| format!("<span class=\"chip\">{} ×{}</span>", ar(&x.name), x.count)).collect();
            let _ = write!(
                o,
                "<tr><td><a href=\"#claims\" class=\"find\" data-find=\"{}\"><b>{}</b></a><br>{}</td><td class=\"inline\" data-label=\"Type\">{}</td><td class=\"num\" data-label=\"Mentions\">{}</td><td class=\"num\" data-label=\"Documents\">{}</td><td><div class=\"aliases\">{}</div></td></tr>",
                escape(&a.name),
                bdi(&a.name),
                ar(&a.arabic),
                escape(a.kind.as_str()),
                a.mentions,
                a.documents,
                aliases.join("")
            );
        }
        o.push_str("</tbody></table></div>");
        more(&mut o, r.actors.len(), MAX_ROWS, "report.json");
        o.push_str("</section>\n");

        // The documents the page lists, so that a claim links to its row.
        let listed: FxHashSet<&str> = r.documents.iter().take(MAX_ROWS).map(|d| d.doc.as_str()).collect();
        let rows = Rows { names: &names, listed: &listed };

        // Claims
        o.push_str("<section id=\"claims\"><h2>Claims ledger</h2><p class=\"muted\">Figures grouped by what was done, with who states it, who did it, when, and the sentence it comes from: the first of each group here, every one in claims.csv.</p>");
        for (k, g) in r.claims.iter().enumerate() {
            let _ = write!(o, "<h3>{} <span class=\"muted\">({})</span></h3>", escape(&g.label), format_number(g.count as f64));
            rows.claims_table(&mut o, &format!("claims-{k}"), &g.claims);
            more(&mut o, g.count, g.claims.len().min(PAGE_CLAIMS), "claims.csv");
        }
        o.push_str("</section>\n");

        // Claims over time
        o.push_str("<section id=\"over-time\"><h2>Claims over time</h2><p class=\"muted\">The same claimant's figure for the same action and measure across documents, earliest first.</p>");
        if r.claims_over_time.is_empty() {
            o.push_str("<p>No claimant gives the same kind of figure in two documents.</p>");
        }
        for (k, series) in r.claims_over_time.iter().enumerate().take(PAGE_LISTS) {
            let _ = write!(
                o,
                "<h3>{} <span class=\"muted\">— {} · {}</span></h3>",
                bdi(names.get(&series.claimant)),
                escape(&series.action),
                bdi(&series.measure)
            );
            rows.claims_table(&mut o, &format!("series-{k}"), &series.claims);
            more(&mut o, series.count, series.claims.len().min(PAGE_CLAIMS), "claims.csv");
        }
        more(&mut o, r.claims_over_time.len(), PAGE_LISTS, "report.json");
        o.push_str("</section>\n");

        // Discrepancies
        o.push_str("<section id=\"discrepancies\"><h2>Discrepancies</h2><p class=\"muted\">Comparable claims (the same action and measure, running totals with running totals, an incident's figures with figures of the same date, standing counts with standing counts) given different values, and whether their claimants disagree or one claimant changed its figure.</p>");
        if r.discrepancies.is_empty() {
            o.push_str("<p>No two comparable claims give different values.</p>");
        }
        for (k, d) in r.discrepancies.iter().enumerate().take(PAGE_LISTS) {
            let _ = write!(
                o,
                "<div class=\"disc\"><h3>{} <span class=\"muted\">— {}, {} values in {} document(s): {} ({})</span></h3>",
                bdi(&d.measure),
                bdi(&d.scope),
                d.distinct_values,
                d.documents,
                escape(&d.verdict),
                bdi(&super::claimant_names(&names, d))
            );
            rows.claims_table(&mut o, &format!("disc-{k}"), &d.claims);
            more(&mut o, d.claims.len(), PAGE_CLAIMS, "report.json");
            o.push_str("</div>");
        }
        more(&mut o, r.discrepancies.len(), PAGE_LISTS, "report.json");
        o.push_str("</section>\n");

        // Timeline
        o.push_str(
            "<section id=\"timeline\"><h2>Timeline</h2><p class=\"muted\">Each date mentioned, with how often and its first mention.</p>",
        );
        let _ = write!(o, "<div class=\"scroll\">{}</div>", timeline_chart(&r.timeline.dated));
        table_open(&mut o, "timeline-table", &["Date", "Mentions", "What happened", "Doc"]);
        for e in r.timeline.dated.iter().take(MAX_ROWS) {
            rows.timeline_row(&mut o, e);
        }
        o.push_str("</tbody></table></div>");
        more(&mut o, r.timeline.dated.len(), MAX_ROWS, "report.json");
        if !r.timeline.without_year.is_empty() {
            o.push_str("<h3>Dates without a year</h3>");
            table_open(&mut o, "without-year-table", &["Date", "Mentions", "What happened", "Doc"]);
            for e in r.timeline.without_year.iter().take(MAX_ROWS) {
                rows.timeline_row(&mut o, e);
            }
            o.push_str("</tbody></table></div>");
            more(&mut o, r.timeline.without_year.len(), MAX_ROWS, "report.json");
        }
        o.push_str("</section>\n");

        // Co-occurrence
        o.push_str("<section id=\"together\"><h2>Who appears with whom</h2><p class=\"muted\">Entities named in the same sentence.</p>");
        table_open(&mut o, "together-table", &["Entity", "Entity", "Sentences", "Docs"]);
        for p in r.cooccurrence.iter().take(MAX_PAIRS) {
            let _ = write!(
                o,
                "<tr><td>{}</td><td>{}</td><td class=\"num\" data-label=\"Sentences\">{}</td><td class=\"num\" data-label=\"Documents\">{}</td></tr>",
                bdi(names.get(&p.a)),
                bdi(names.get(&p.b)),
                p.sentences,
                p.documents
            );
        }
        o.push_str("</tbody></table></div>");
        more(&mut o, r.cooccurrence.len(), MAX_PAIRS, "report.json");
        o.push_str("</section>\n");

        // Documents
        o.push_str("<section id=\"documents\"><h2>Documents</h2>");
        table_open(&mut o, "documents-table", &["Document", "Outlet", "Published", "Words", "Quantities", "Claims", "Dates", "Entities"]);
        for d in r.documents.iter().take(MAX_ROWS) {
            let entities: Vec<String> =
                d.entities.iter().map(|e| format!("<span class=\"chip\">{} ×{}</span>", bdi(names.get(&e.name)), e.count)).collect();
            let _ = write!(
                o,
                "<tr id=\"{}\"><td>{}<br><span class=\"muted\">{}</span></td><td data-label=\"Outlet\">{}</td><td class=\"num\" data-label=\"Published\">{}</td><td class=\"num\" data-label=\"Words\">{}</td><td class=\"num\" data-label=\"Quantities\">{}</td><td class=\"num\" data-label=\"Claims\">{}</td><td class=\"num\" data-label=\"Dates\">{}</td><td>{}</td></tr>",
                doc_anchor(&d.doc),
                ar(&d.title),
                bdi(&d.doc),
                bdi(d.outlet.as_deref().unwrap_or("")),
                bdi(d.published.as_deref().unwrap_or("")),
                d.words,
                d.quantities,
                d.claims,
                d.dates,
                entities.join("")
            );
        }
        o.push_str("</tbody></table></div>");
        more(&mut o, r.corpus.documents, MAX_ROWS, "documents.csv");
        o.push_str("</section>\n");

        // Inputs that could not be read
        if r.corpus.failed > 0 {
            let _ = write!(
                o,
                "<section id=\"failed\"><h2>Inputs that could not be read <span class=\"muted\">({})</span></h2><p class=\"muted\">Not counted as documents: error records of the annotation step, and lines and files this report could not read.</p>",
                format_number(r.corpus.failed as f64)
            );
            table_open(&mut o, "failed-table", &["Source", "Line", "Document", "What was wrong"]);
            for f in r.failed.iter().take(MAX_ROWS) {
                let _ = write!(
                    o,
                    "<tr><td>{}</td><td class=\"num\" data-label=\"Line\">{}</td><td data-label=\"Document\">{}</td><td>{}</td></tr>",
                    bdi(f.source.as_deref().unwrap_or("")),
                    f.line.map_or_else(String::new, |l| l.to_string()),
                    bdi(&f.doc),
                    bdi(&f.message)
                );
            }
            o.push_str("</tbody></table></div>");
            more(&mut o, r.corpus.failed, MAX_ROWS.min(r.failed.len()), "report.json (the first 1,000)");
            o.push_str("</section>\n");
        }
        o.push_str("</main>\n");
        let _ = writeln!(
            o,
            "<footer><main><p class=\"muted\">Made by {}.</p></main></footer>\n<script>{SCRIPT}</script>\n</body>\n</html>",
            escape(&r.generator)
        );
        o
    }
}

/// Search, filter and sort, offline: the box in the bar searches every
/// table, a box above a table filters its rows, a click on a column head
/// sorts by it (numbers as numbers), a name of the actors' table searches
/// for its claims.
const SCRIPT: &str = r#"
(function () {
  function rowsOf(t) { return Array.prototype.slice.call(t.tBodies[0].rows); }
  function matches(row, words) {
    var text = row.textContent.toLowerCase();
    return words.every(function (w) { return text.indexOf(w) >= 0; });
  }
  function words(q) { return q.toLowerCase().split(/\s+/).filter(Boolean); }
  function apply() {
    var global = words(document.getElementById('search').value);
    document.querySelectorAll('table.data').forEach(function (t) {
      var box = document.querySelector('input.filter[data-table="' + t.id + '"]');
      var local = box ? words(box.value) : [];
      var shown = 0;
      rowsOf(t).forEach(function (row) {
        var keep = matches(row, global) && matches(row, local);
        row.classList.toggle('hidden', !keep);
        if (keep) { shown++; }
      });
      t.dataset.shown = shown;
    });
  }
  document.getElementById('search').addEventListener('input', apply);
  document.querySelectorAll('input.filter').forEach(function (box) { box.addEventListener('input', apply); });
  document.querySelectorAll('a.find').forEach(function (a) {
    a.addEventListener('click', function () {
      document.getElementById('search').value = a.dataset.find;
      apply();
    });
  });
  function key(cell) {
    var t = cell.textContent.trim().replace(/^(more than|about|less than|at least|at most)\s+/, '');
    var n = parseFloat(t.replace(/^[A-Z]{3}\s+/, '').replace(/,/g, ''));
    return isNaN(n) || !/^[\d.,\-\s]|^[A-Z]{3}\s+\d/.test(t) ? t.toLowerCase() : n;
  }
  document.querySelectorAll('table.data th').forEach(function (th) {
    th.addEventListener('click', function () {
      var table = th.closest('table');
      var col = Array.prototype.indexOf.call(th.parentNode.children, th);
      var asc = !th.classList.contains('asc');
      table.querySelectorAll('th').forEach(function (h) { h.classList.remove('asc', 'desc'); });
      th.classList.add(asc ? 'asc' : 'desc');
      var body = table.tBodies[0];
      rowsOf(table).map(function (row, i) { return [key(row.cells[col] || row), i, row]; })
        .sort(function (a, b) {
          var x = a[0], y = b[0];
          var c = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === 'number' ? -1 : 1);
          return (asc ? c : -c) || a[1] - b[1];
        })
        .forEach(function (e) { body.appendChild(e[2]); });
    });
  });
})();
"#;

/// Writes the rows of claims and dates, linking each to its document's
/// row when the page lists it.
struct Rows<'r> {
    names: &'r Names<'r>,
    listed: &'r FxHashSet<&'r str>,
}

impl Rows<'_> {
    fn doc_cell(&self, doc: &str) -> String {
        if self.listed.contains(doc) {
            format!("<a href=\"#{}\">{}</a>", doc_anchor(doc), bdi(doc))
        } else {
            bdi(doc)
        }
    }

    /// A table of claims, one a row.
    fn claims_table(&self, o: &mut String, id: &str, claims: &[Claim]) {
        table_open(o, id, &["Value", "Counted", "Who says", "Who did it", "When", "Sentence", "Doc"]);
        for cl in claims.iter().take(PAGE_CLAIMS) {
            self.claim_row(o, cl);
        }
        o.push_str("</tbody></table></div>");
    }

    fn claim_row(&self, o: &mut String, cl: &Claim) {
        let counted = match (&cl.counted, &cl.gloss) {
            (Some(a), Some(g)) => format!("{}<br><span class=\"muted\">{}</span>", ar(a), escape(g)),
            (Some(a), None) => ar(a),
            _ => String::new(),
        };
        let _ = write!(
            o,
            "<tr><td class=\"num\"><bdi>{}{}</bdi></td><td data-label=\"Counted\">{}</td><td data-label=\"Who says\">{}</td><td data-label=\"Who did it\">{}</td><td class=\"num\" data-label=\"When\">{}</td><td>{}</td><td class=\"muted\">{}</td></tr>",
            escape(qualifier_words(cl.qualifier)),
            escape(&cl.display),
            counted,
            bdi(&super::claimant_words(self.names, cl)),
            bdi(cl.actor.as_deref().map_or("", |a| self.names.get(a))),
            bdi(cl.when.as_deref().unwrap_or("")),
            sentence_with(cl.sentence.as_deref(), &cl.text),
            self.doc_cell(&cl.doc)
        );
    }

    fn timeline_row(&self, o: &mut String, e: &TimelineEntry) {
        let date = match &e.resolved {
            Some(resolved) => format!("{resolved} (year filled in)"),
            None if e.iso.starts_with('-') => without_year_words(&e.iso),
            None => e.iso.clone(),
        };
        let _ = write!(
            o,
            "<tr><td class=\"num\">{}</td><td class=\"num\" data-label=\"Mentions\">{}</td><td>{}</td><td class=\"muted\">{}</td></tr>",
            bdi(&date),
            e.mentions,
            sentence_with(e.sentence.as_deref().or(Some(&e.text)), &e.text),
            self.doc_cell(&e.doc)
        );
    }
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
