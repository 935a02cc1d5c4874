//! The `khabar` command line: flags in, pipeline built, documents streamed
//! through it in parallel, JSON lines out in input order.
//!
//! The pieces: [`cli`] (flags), [`stream`] (reading and annotating in
//! parallel), [`output`] (lines out, messages, annotation files in). What
//! follows is glue: one function per command.

mod cli;
mod output;
mod publish;
mod shards;
mod stream;

use anyhow::{Context, Result};
use clap::Parser;
use cli::{AnnotateArgs, Cli, Command, CorpusArgs, EvalArgs, ReportArgs};
use khabar::input::Document;
use khabar::{DocAnnotation, Pipeline};
use khabar_report::render::{ClaimsCsv, DocumentsCsv, Html, Json, Markdown, Renderer};
use khabar_report::FailedInput;
use khabar_wire::ReadError;
use output::{read_jsonl, report_input_error, LineBatches};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use stream::{stream, Inputs};

// Annotating allocates many small, short-lived values per document (token
// tables, hits, output strings); mimalloc serves them from per-thread free
// lists and keeps freed pages for reuse, where the system allocator spent a
// sixth of the time in malloc, free and page faults (perf, one thread).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The exit code of a run that made no output at all (bad flags, a data
/// file that does not load, no document read); a run whose output covers
/// all but some documents exits with 1, so that a pipeline can tolerate the
/// one and stop on the other.
const FATAL: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    output::QUIET.store(cli.quiet, std::sync::atomic::Ordering::Relaxed);
    // Only fails when a pool was built already, which nothing does before
    // this line. No thread count (0) is one a core; the names tell the
    // pool's threads apart in a profile.
    let threads = cli.threads.map_or(0, usize::from);
    let _ = rayon::ThreadPoolBuilder::new().num_threads(threads).thread_name(|i| format!("khabar-work-{i}")).build_global();
    let result = match cli.command {
        Command::Annotate(args) => annotate(args),
        Command::Eval(args) => eval(args),
        Command::Report(args) => report(args),
        Command::Corpus(args) => corpus(args),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("khabar: {e:#}");
            ExitCode::from(FATAL)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe))
}

fn annotate(args: AnnotateArgs) -> Result<ExitCode> {
    let pipeline = Pipeline::new(&args.data.config(args.tokens)).context("building the pipeline")?;
    let stdout = io::stdout();
    let mut out = LineBatches::new(stdout.lock());
    let mut failed = 0usize;
    let to_line = |d: &Document| {
        // A line is 2.4 times its text on average and up to 3.6 times in
        // dense reports: one allocation for nearly every line (a line that
        // outgrew its buffer was copied whole into a new one).
        let mut line = Vec::with_capacity(d.text.len() * 4);
        pipeline.annotate_document(d).write_json(&mut line);
        line.push(b'\n');
        line
    };
    let streamed = stream(&args.input.inputs(), io::stdin(), to_line, |item| {
        match item {
            Ok(line) => out.push(line)?,
            // A binary file was never a document: a warning, not a record.
            Err(e) if args.errors_as_records && !matches!(e, khabar::input::InputError::Binary { .. }) => {
                let (doc, failure) = e.failure();
                let mut line = Vec::new();
                DocAnnotation { doc, error: Some(failure), ..Default::default() }.write_json(&mut line);
                line.push(b'\n');
                out.push(line)?;
            }
            Err(e) => failed += report_input_error(&e),
        }
        Ok(())
    })
    .and_then(|()| out.flush().map_err(anyhow::Error::from));
    // A closed pipe (`| head`) ends the run quietly, but inputs that failed
    // before it still make the exit code.
    match streamed {
        Err(e) if is_broken_pipe(&e) => {}
        other => other?,
    }
    if failed > 0 {
        eprintln!("khabar: {failed} document(s) could not be read");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn eval(args: EvalArgs) -> Result<ExitCode> {
    let gold = read_jsonl(&args.gold)?;
    // Scores against nothing would all read 1.0.
    anyhow::ensure!(!gold.is_empty(), "{}: the gold file holds no document", khabar::input::shown(&args.gold));
    let predicted = read_jsonl(&args.predicted)?;
    let scores = khabar::eval::score(&predicted, &gold);
    io::stdout().lock().write_all(scores.table().as_bytes())?;
    if let Some(claims) = &args.claims {
        let gold_claims = read_jsonl(claims)?;
        anyhow::ensure!(!gold_claims.is_empty(), "{}: the gold claims file holds no document", khabar::input::shown(claims));
        let scores = khabar::claims_eval::score_claims(&predicted, &gold_claims);
        io::stdout().lock().write_all(scores.table().as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn report(args: ReportArgs) -> Result<ExitCode> {
    let pipeline = Pipeline::new(&args.data.config(false)).context("building the pipeline")?;
    let builder = pipeline.report_builder();
    // `khabar report merge PARTIALS…` reads as `khabar report PARTIALS…`:
    // partial reports are merged whatever else is given.
    let mut paths = args.input.paths.clone();
    if paths.first().is_some_and(|p| p.as_os_str() == "merge" && !p.exists()) {
        paths.remove(0);
    }
    let plan = shards::plan(&paths);
    // Inputs that failed, told on stderr and listed in the report: from
    // several closures.
    let failures: std::cell::RefCell<Vec<FailedInput>> = std::cell::RefCell::new(Vec::new());
    let fail = |source: Option<String>, line: Option<usize>, doc: String, message: String| {
        eprintln!("khabar: error: {message}");
        failures.borrow_mut().push(FailedInput { source, line, doc, message });
    };
    for path in &plan.unknown {
        let name = khabar::input::shown(path);
        let message = format!(
            "{name}: JSON lines that are neither annotations (`khabar annotate` output) nor {{\"doc\", \"text\"}} documents; skipped"
        );
        fail(Some(name), None, String::new(), message);
    }

    // Every file is written beside its destination and renamed over it at
    // the end; until then the previous report stays whole.
    let (folder, partial_name) = match &args.partial {
        Some(file) => {
            let name = file.file_name().with_context(|| format!("{}: no file name", file.display()))?;
            let folder = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            (folder.to_path_buf(), Some(name.to_string_lossy().into_owned()))
        }
        None => (args.out.clone(), None),
    };
    let mut staging = publish::Staging::begin(&folder)?;
    let mut acc = builder.accumulator();
    for path in &plan.partials {
        let merged = shards::read_partial(path).and_then(|p| {
            let other = builder.resume(p).with_context(|| khabar::input::shown(path))?;
            acc.merge(other).with_context(|| format!("{}: not merged", khabar::input::shown(path)))
        });
        if let Err(e) = merged {
            fail(Some(khabar::input::shown(path)), None, String::new(), format!("{e:#}"));
        }
    }
    // The tables of every claim and document come from the annotations; a
    // partial report has none to give, so a report merged from partials
    // (or written as one) has no tables, and stale ones are removed.
    let tables = partial_name.is_none() && plan.partials.is_empty();
    if !tables && partial_name.is_none() {
        staging.remove("claims.csv");
        staging.remove("documents.csv");
    }
    {
        let csv_path = folder.join("claims.csv");
        let docs_path = folder.join("documents.csv");
        let mut csv = match tables {
            true => Some(ClaimsCsv::new(staging.create("claims.csv")?).with_context(|| format!("writing {}", csv_path.display()))?),
            false => None,
        };
        let mut docs_csv = match tables {
            true => Some(DocumentsCsv::new(staging.create("documents.csv")?).with_context(|| format!("writing {}", docs_path.display()))?),
            false => None,
        };
        let mut add = |a: &DocAnnotation| -> Result<()> {
            if let Some(added) = acc.add(a) {
                if let Some(csv) = &mut csv {
                    for c in &added.claims {
                        csv.write(c, &builder.group_of(c)).with_context(|| format!("writing {}", csv_path.display()))?;
                    }
                }
                if let Some(docs_csv) = &mut docs_csv {
                    docs_csv.write(&added.document).with_context(|| format!("writing {}", docs_path.display()))?;
                }
            }
            Ok(())
        };
        for shard in &plan.shards {
            let mut result = Ok(());
            let read = shards::read_shard(shard, |line| match line {
                Ok(a) if result.is_ok() => result = add(&a),
                Ok(_) => {}
                Err(e) => {
                    let (source, line) = match &e {
                        ReadError::Line { source_name, line, .. } | ReadError::Io { source_name, line, .. } => (source_name.clone(), *line),
                    };
                    fail(Some(source), Some(line), String::new(), format!("{e}; line skipped"));
                }
            });
            result?;
            if let Err(e) = read {
                fail(Some(khabar::input::shown(shard)), None, String::new(), format!("{e:#}; the rest of this shard is skipped"));
            }
        }
        // Text files and folders have a size the reader tells before it
        // reads them: the progress line gives the share done and time left.
        let text_bytes = (!plan.texts.is_empty()).then(|| std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0)));
        let nothing_given = paths.is_empty();
        // Said before any progress line is drawn.
        if nothing_given && io::stdin().is_terminal() {
            output::warn("reading one document from standard input (end it with Ctrl-D); give files or folders to report on them");
        }
        let progress = progress_line(text_bytes.is_some());
        let mut annotated = 0u64;
        let mut annotate = |inputs: &Inputs, stdin: Box<dyn io::Read + Send>| -> Result<()> {
            stream(
                inputs,
                stdin,
                |d| (pipeline.annotate_document(d).into_owned(), d.text.len() as u64),
                |item| {
                    match item {
                        Ok((a, bytes)) => {
                            annotated += 1;
                            if let Some(total) = &text_bytes {
                                let total = total.load(std::sync::atomic::Ordering::Relaxed);
                                if progress.length() != Some(total) {
                                    progress.set_length(total);
                                }
                                progress.inc(bytes);
                                progress.set_message(format!("{annotated} document{}", if annotated == 1 { "" } else { "s" }));
                            } else {
                                progress.inc(1);
                            }
                            add(&a)?;
                        }
                        // A binary file is skipped with a warning: it was
                        // never a document.
                        Err(e @ khabar::input::InputError::Binary { .. }) => {
                            progress.suspend(|| report_input_error(&e));
                        }
                        Err(e) => {
                            let (doc, f) = e.failure();
                            progress.suspend(|| fail(f.source, f.line, doc, f.message));
                        }
                    }
                    Ok(())
                },
            )
        };
        for path in &plan.doc_lines {
            let name = khabar::input::shown(path);
            match shards::open_lines(path) {
                Ok(reader) => {
                    let inputs = Inputs { jsonl: true, stdin_name: Some(name), paths: Vec::new(), ..args.input.inputs() };
                    annotate(&inputs, Box::new(reader))?;
                }
                Err(e) => fail(Some(name.clone()), None, String::new(), format!("{name}: {e}")),
            }
        }
        if !plan.texts.is_empty() || nothing_given || args.input.jsonl {
            let inputs = Inputs { paths: plan.texts.clone(), text_bytes: text_bytes.clone(), ..args.input.inputs() };
            annotate(&inputs, Box::new(io::stdin()))?;
        }
        progress.finish_and_clear();
        if let Some(csv) = csv {
            staging.keep(csv.finish().with_context(|| format!("writing {}", csv_path.display()))?);
        }
        if let Some(docs_csv) = docs_csv {
            staging.keep(docs_csv.finish().with_context(|| format!("writing {}", docs_path.display()))?);
        }
    }
    let failures = failures.into_inner();
    let failed = failures.len();
    for f in failures {
        acc.add_failure(f);
    }
    if acc.producers().len() > 1 {
        let made: Vec<String> = acc.producers().iter().map(|(p, n)| format!("{p} ({n})")).collect();
        output::warn(format_args!(
            "annotations made differently are merged (versions or data files differ: {}); their names and figures may not compare",
            made.join(", ")
        ));
    }
    if acc.duplicates() > 0 {
        output::warn(format_args!(
            "{} document(s) were given more than once (the same `doc` name); each is counted once",
            acc.duplicates()
        ));
    }
    if acc.documents() == 0 {
        // The staging is dropped: its temporary files go, the previous
        // report stays.
        anyhow::bail!("no document was read, so no report was written to {}", folder.display());
    }
    if let Some(name) = &partial_name {
        let path = folder.join(name);
        let mut file = staging.create(name)?;
        serde_json::to_writer(&mut file, &acc.into_partial()).with_context(|| format!("writing {}", path.display()))?;
        io::Write::write_all(&mut file, b"\n").with_context(|| format!("writing {}", path.display()))?;
        staging.keep(file);
        return finish_report(staging, failed);
    }
    let report = acc.finish();
    let renderers: [&dyn Renderer; 3] = [&Html, &Markdown, &Json];
    for r in renderers {
        let path = args.out.join(r.file_name());
        let mut file = staging.create(r.file_name())?;
        r.render_to(&report, &mut file).with_context(|| format!("writing {}", path.display()))?;
        staging.keep(file);
    }
    finish_report(staging, failed)
}

/// Renames the report's files into place, names them, and says whether
/// every input was read.
fn finish_report(staging: publish::Staging, failed: usize) -> Result<ExitCode> {
    let written = staging.commit()?;
    let mut stdout = io::stdout().lock();
    for path in written {
        writeln!(stdout, "{}", path.display())?;
    }
    if failed > 0 {
        eprintln!("khabar: {failed} input(s) could not be read; the report covers the others");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The progress line of a long report: documents annotated, their rate and
/// the time so far; for text inputs (`sized`, their total set as it is
/// known), the share of their bytes done and the time left.
fn progress_line(sized: bool) -> indicatif::ProgressBar {
    let target = if output::QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        indicatif::ProgressDrawTarget::hidden()
    } else {
        indicatif::ProgressDrawTarget::stderr()
    };
    let progress = indicatif::ProgressBar::with_draw_target(None, target);
    let template = if sized {
        "{spinner} annotated {msg}, {bytes} of {total_bytes} ({percent}%), {bytes_per_sec}, {eta} left"
    } else {
        "{spinner} annotated {human_pos} documents ({rate} documents/s) {elapsed}"
    };
    progress.set_style(
        indicatif::ProgressStyle::with_template(template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner())
            // Whole documents a second, not `862.1499/s`.
            .with_key("rate", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}", state.per_sec());
            }),
    );
    progress.set_message("0 documents");
    progress
}

fn corpus(args: CorpusArgs) -> Result<ExitCode> {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        doc: &'a str,
        text: &'a str,
    }
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    // A size beyond what memory could hold is no error: the corpus is
    // written until the pipe closes or the size is reached.
    let bytes = usize::try_from(args.mb.saturating_mul(1_000_000)).unwrap_or(usize::MAX);
    for (doc, text) in khabar::corpus::documents(bytes) {
        // As an io::Error, a closed pipe (`| head`) ends the run quietly.
        serde_json::to_writer(&mut out, &Line { doc: &doc, text: &text }).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
