//! The report over the seeds: snapshots of report.md and report.json, the
//! same report from annotation shards as from the texts, escaping of
//! document text in HTML, and the HTML page in headless Chromium.

use khabar::{DocAnnotation, Pipeline, PipelineConfig};
use khabar_report::render::{Html, Json, Markdown, Renderer};
use std::path::{Path, PathBuf};
use std::process::Command;

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    files.into_iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap())).collect()
}

fn seed_report() -> khabar_report::Report {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let docs: Vec<DocAnnotation> = seeds().iter().map(|(name, text)| pipeline.annotate(name, text)).collect();
    pipeline.report_builder().build(&docs)
}

#[test]
fn report_markdown_and_json_snapshots() {
    let report = seed_report();
    insta::assert_snapshot!("report.md", Markdown.render(&report));
    insta::assert_snapshot!("report.json", Json.render(&report));
}

#[test]
fn report_states_the_seed_facts() {
    let r = seed_report();
    assert_eq!(r.corpus.documents, 5);
    // The four actors that matter most, with the spellings that name them.
    let actor = |id: &str| r.actors.iter().find(|a| a.id == id).unwrap_or_else(|| panic!("{id} missing"));
    assert_eq!(actor("baghdadi").mentions, 3);
    assert_eq!(actor("blinken").mentions, 3);
    assert_eq!(actor("sdf").mentions, 8);
    let abdi = actor("mazloum_abdi");
    let spellings: Vec<&str> = abdi.aliases.iter().map(|a| a.name.as_str()).collect();
    assert!(spellings.contains(&"مظلوم كوباني") && spellings.contains(&"عبدي"), "{spellings:?}");
    // 7 and 7.7 million people freed: the coalition changed its figure,
    // and its figures over time are one series.
    let freed = r.discrepancies.iter().find(|d| d.measure == "freed · people").expect("freed people compared");
    let values: Vec<f64> = freed.claims.iter().filter_map(|c| c.value).collect();
    assert!(values.contains(&7_000_000.0) && values.contains(&7_700_000.0), "{values:?}");
    assert_eq!((freed.verdict.as_str(), freed.claimants.as_slice()), ("one claimant changed its figure", &["coalition".to_string()][..]));
    let series = r
        .claims_over_time
        .iter()
        .find(|s| (s.claimant.as_str(), s.action.as_str(), s.measure.as_str()) == ("coalition", "freed", "people"))
        .expect("the coalition's people freed over time");
    assert!(series.claims.iter().any(|c| c.value == Some(7_700_000.0)));
    // Member countries: 83 (Blinken), more than 60 and 46 (the outlet).
    let countries = r.discrepancies.iter().find(|d| d.measure == "joined · countries").expect("member countries compared");
    let values: Vec<f64> = countries.claims.iter().filter_map(|c| c.value).collect();
    for v in [83.0, 60.0, 46.0] {
        assert!(values.contains(&v), "{v} missing from {values:?}");
    }
    assert_eq!(countries.verdict, "claimants disagree");
    // Only comparable claims are compared: the 40 countries captured
    // fighters came from are no member count, returnees no people freed.
    assert!(!r.discrepancies.iter().any(|d| d.claims.iter().any(|c| c.value == Some(40.0))));
    for d in &r.discrepancies {
        let actions: std::collections::BTreeSet<_> = d.claims.iter().map(|c| c.action.clone()).collect();
        assert_eq!(actions.len(), 1, "{} mixes actions: {actions:?}", d.measure);
    }
    // Timeline from 2012 to 2017-03-22; outlets named by the texts.
    assert_eq!(r.corpus.first_date.as_deref(), Some("2012"));
    assert_eq!(r.corpus.last_date.as_deref(), Some("2017-03-22"));
    let sources: Vec<&str> = r.corpus.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(sources, ["SY24", "Enab Baladi", "Levant 24", "SyriaNews"]);
    let doc3 = r.documents.iter().find(|d| d.doc.starts_with("003")).unwrap();
    assert_eq!(doc3.published.as_deref(), Some("2017-03-22"));
    assert!(doc3.title.starts_with("خلال اجتماعه في واشنطن"), "{}", doc3.title);
}

fn khabar() -> Command {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
}

#[test]
fn shards_merge_into_the_same_report() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("shards");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let seeds_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    // One run over the texts.
    let whole = tmp.join("whole");
    let status = khabar().arg("report").arg(&seeds_dir).arg("--out").arg(&whole).output().unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    // Two shards annotated apart (as a map step would), in reverse order.
    let files: Vec<PathBuf> = {
        let mut f: Vec<PathBuf> = std::fs::read_dir(&seeds_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        f.sort();
        f
    };
    let (first, second) = files.split_at(2);
    for (name, part) in [("b.jsonl", second), ("a.jsonl", first)] {
        let out = khabar().arg("annotate").args(part).output().unwrap();
        assert!(out.status.success());
        std::fs::write(tmp.join(name), out.stdout).unwrap();
    }
    let merged = tmp.join("merged");
    let status = khabar().arg("report").arg(tmp.join("b.jsonl")).arg(tmp.join("a.jsonl")).arg("--out").arg(&merged).output().unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    for file in ["report.json", "report.md", "report.html"] {
        let a = std::fs::read_to_string(whole.join(file)).unwrap();
        let b = std::fs::read_to_string(merged.join(file)).unwrap();
        assert!(a == b, "{file} differs between the one run and the merged shards");
    }
}

#[test]
fn html_escapes_document_text_and_entity_names() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("escape");
    std::fs::create_dir_all(&tmp).unwrap();
    let gazetteer = tmp.join("evil.toml");
    std::fs::write(&gazetteer, "[[entity]]\nid = \"evil\"\ntype = \"ORG\"\nname = \"<img src=x onerror=alert(1)> & \\\"Co\\\"\"\narabic = \"<b>شركة</b>\"\naliases = [\"شركة الشر\"]\n").unwrap();
    let pipeline = Pipeline::new(&PipelineConfig { gazetteers: vec![gazetteer], ..PipelineConfig::default() }).unwrap();
    let text = "<script>alert('x')</script> عنوان & \"مقال\"\nقالت شركة الشر إن 5 <b>مقاتلين</b> قتلوا في 10 أيلول 2014.";
    let docs = vec![pipeline.annotate("<doc>.txt", text)];
    let report = pipeline.report_builder().build(&docs);
    let html = Html.render(&report);
    assert!(!html.contains("<script>alert"), "a script tag from the text survived");
    assert_eq!(html.matches("<script>").count(), 1, "only the page's own script");
    assert!(!html.contains("<img"), "markup from an entity name survived");
    assert!(!html.contains("<b>مقاتلين"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;"));
    assert!(html.contains("&lt;doc&gt;.txt"));
    // Markdown keeps tables intact and does not pass HTML through either.
    let md = Markdown.render(&report);
    assert!(!md.contains("<script>") && !md.contains("<img"));
}

/// Debian's Chromium, when installed.
fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|name| {
        let out = Command::new("which").arg(name).output().ok()?;
        out.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
    })
}

/// Chromium, or `None` after saying the test is skipped (outside CI only:
/// under `CI` a missing browser fails the test).
fn chromium_or_skip() -> Option<PathBuf> {
    let browser = chromium();
    if browser.is_none() {
        let message = "chromium is not installed: the browser test of report.html cannot run (apt-get install chromium)";
        assert!(std::env::var_os("CI").is_none(), "{message}");
        eprintln!("SKIPPED: {message}");
    }
    browser
}

fn headless(browser: &Path, profile: &Path) -> Command {
    let mut c = Command::new(browser);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

#[test]
fn html_report_renders_in_headless_chromium() {
    let Some(browser) = chromium_or_skip() else { return };
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("chromium");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let page = tmp.join("report.html");
    std::fs::write(&page, Html.render(&seed_report())).unwrap();
    let url = format!("file://{}", page.display());

    let dom = headless(&browser, &tmp.join("profile")).arg("--dump-dom").arg(&url).output().unwrap();
    assert!(dom.status.success(), "chromium failed: {}", String::from_utf8_lossy(&dom.stderr));
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(dom.contains("dir=\"rtl\"") && dom.contains("lang=\"ar\""), "Arabic is not marked right-to-left");
    for arabic in ["داعش", "قسد", "مظلوم كوباني", "أبو بكر البغدادي"] {
        assert!(dom.contains(arabic), "{arabic} missing from the rendered page");
    }
    for name in ["Abu Bakr al-Baghdadi", "Antony Blinken", "Mazloum Abdi", "Syrian Democratic Forces"] {
        assert!(dom.contains(name), "{name} missing from the rendered page");
    }
    assert!(dom.matches("<svg").count() >= 2, "the charts are missing");
    assert!(dom.contains("<circle") && dom.contains("<rect"), "the charts have no marks");

    let shot = tmp.join("report.png");
    let out = headless(&browser, &tmp.join("profile"))
        .arg("--window-size=1200,1600")
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .unwrap();
    assert!(out.status.success(), "screenshot failed: {}", String::from_utf8_lossy(&out.stderr));
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG") && png.len() > 20_000, "the screenshot is empty ({} bytes)", png.len());
}

/// Drives the page's script in headless Chromium: a search over every
/// table, a click on an actor's name, a sort by a column head, a filter box.
/// The test script runs after the page's own and writes what it saw into
/// the page, which Chromium dumps.
const INTERACT: &str = r#"<script>
(function () {
  var out = [];
  function shown(sel) { return document.querySelectorAll(sel + ' tbody tr:not(.hidden)').length; }
  var search = document.getElementById('search');
  var all = shown('#claims table.data');
  search.value = 'Blinken';
  search.dispatchEvent(new Event('input'));
  out.push('search=' + shown('#claims table.data') + '/' + all);
  search.value = '';
  search.dispatchEvent(new Event('input'));
  document.querySelector('a.find[data-find="Mazloum Abdi"]').click();
  out.push('find=' + search.value + ':' + shown('#claims table.data'));
  search.value = '';
  search.dispatchEvent(new Event('input'));
  var head = document.querySelectorAll('#actors-table th')[2];
  head.click();
  out.push('asc=' + document.querySelector('#actors-table tbody tr td:nth-child(3)').textContent);
  head.click();
  out.push('desc=' + document.querySelector('#actors-table tbody tr td:nth-child(3)').textContent);
  var filter = document.querySelector('input.filter[data-table="actors-table"]');
  filter.value = 'baghdadi';
  filter.dispatchEvent(new Event('input'));
  out.push('filter=' + shown('#actors-table'));
  var pre = document.createElement('pre');
  pre.id = 'interaction';
  pre.textContent = out.join(' ');
  document.body.appendChild(pre);
})();
</script></body>"#;

#[test]
fn html_report_searches_filters_and_sorts_in_headless_chromium() {
    let Some(browser) = chromium_or_skip() else { return };
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("chromium-interact");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let page = tmp.join("report.html");
    let html = Html.render(&seed_report());
    assert!(html.contains("</body>"));
    std::fs::write(&page, html.replace("</body>", INTERACT)).unwrap();
    let dom = headless(&browser, &tmp.join("profile")).arg("--dump-dom").arg(format!("file://{}", page.display())).output().unwrap();
    assert!(dom.status.success(), "chromium failed: {}", String::from_utf8_lossy(&dom.stderr));
    let dom = String::from_utf8_lossy(&dom.stdout);
    let seen = dom.split("<pre id=\"interaction\">").nth(1).and_then(|s| s.split("</pre>").next()).expect("the test script did not run");
    let field =
        |name: &str| seen.split(' ').find_map(|f| f.strip_prefix(&format!("{name}="))).unwrap_or_else(|| panic!("{name} in {seen}"));
    // A search keeps the rows that name Blinken, and only those.
    let (kept, all) = field("search").split_once('/').unwrap();
    let (kept, all): (usize, usize) = (kept.parse().unwrap(), all.parse().unwrap());
    assert!(kept >= 1 && kept < all, "{seen}");
    // A click on an actor searches for its claims: Mazloum Abdi states two.
    let find = field("find");
    assert!(find.starts_with("Mazloum"), "{seen}");
    assert!(seen.contains("Abdi:") && !seen.contains("Abdi:0"), "{seen}");
    // Sorting by mentions, ascending then descending.
    assert_eq!(field("asc"), "1", "{seen}");
    assert_eq!(field("desc"), "60", "{seen}");
    // The actors' filter box keeps al-Baghdadi's row alone.
    assert_eq!(field("filter"), "1", "{seen}");
}
