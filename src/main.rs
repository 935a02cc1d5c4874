//! The `khabar` command line: flags in, pipeline built, documents streamed
//! through it in parallel, JSON lines out in input order.
//!
//! The pieces: [`cli`] (flags), [`stream`] (reading and annotating in
//! parallel), [`output`] (lines out, messages, annotation files in). What
//! follows is glue: one function per command.

mod cli;
mod output;
mod stream;

use anyhow::{Context, Result};
use clap::Parser;
use cli::{AnnotateArgs, Cli, Command, CorpusArgs, EvalArgs, ReportArgs};
use khabar::input::Document;
use khabar::{DocAnnotation, Pipeline};
use khabar_report::render::{Html, Json, Markdown, Renderer};
use output::{annotation_lines, read_jsonl, report_input_error, LineBatches};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use stream::{stream, Inputs};

// Annotating allocates many small, short-lived values per document (token
// tables, hits, output strings); mimalloc serves them from per-thread free
// lists and keeps freed pages for reuse, where the system allocator spent a
// sixth of the time in malloc, free and page faults (perf, one thread).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    output::QUIET.store(cli.quiet, std::sync::atomic::Ordering::Relaxed);
    if let Some(n) = cli.threads {
        // Only fails when a pool was built already, which nothing does
        // before this line.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(usize::from(n)).build_global();
    }
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
            ExitCode::FAILURE
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
    let predicted = read_jsonl(&args.predicted)?;
    let scores = khabar::eval::score(&predicted, &gold);
    io::stdout().lock().write_all(scores.table().as_bytes())?;
    if let Some(claims) = &args.claims {
        let gold_claims = read_jsonl(claims)?;
        let scores = khabar::claims_eval::score_claims(&predicted, &gold_claims);
        io::stdout().lock().write_all(scores.table().as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn report(args: ReportArgs) -> Result<ExitCode> {
    let pipeline = Pipeline::new(&args.data.config(false)).context("building the pipeline")?;
    // Annotation shards (.jsonl, from `khabar annotate`) are read back;
    // everything else is text to annotate.
    let (shards, texts): (Vec<PathBuf>, Vec<PathBuf>) =
        args.input.paths.iter().cloned().partition(|p| p.extension().is_some_and(|e| e == "jsonl"));
    let mut annotations: Vec<DocAnnotation> = Vec::new();
    let mut failed = 0usize;
    for shard in &shards {
        annotation_lines(shard, |line| match line {
            Ok(a) => annotations.push(a),
            Err(e) => {
                failed += 1;
                eprintln!("khabar: error: {e}");
            }
        })?;
    }
    if !texts.is_empty() || shards.is_empty() || args.input.jsonl {
        let inputs = Inputs { paths: texts, jsonl: args.input.jsonl, lossy: args.input.lossy };
        let target = if output::QUIET.load(std::sync::atomic::Ordering::Relaxed) {
            indicatif::ProgressDrawTarget::hidden()
        } else {
            indicatif::ProgressDrawTarget::stderr()
        };
        let progress = indicatif::ProgressBar::with_draw_target(None, target);
        progress.set_style(
            indicatif::ProgressStyle::with_template("{spinner} annotated {pos} documents ({per_sec}) {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        stream(
            &inputs,
            io::stdin(),
            |d| pipeline.annotate_document(d).into_owned(),
            |item| {
                match item {
                    Ok(a) => {
                        progress.inc(1);
                        annotations.push(a);
                    }
                    Err(e) => failed += progress.suspend(|| report_input_error(&e)),
                }
                Ok(())
            },
        )?;
        progress.finish_and_clear();
    }
    let report = pipeline.report_builder().build(&annotations);
    std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let renderers: [&dyn Renderer; 3] = [&Html, &Markdown, &Json];
    let mut stdout = io::stdout().lock();
    for r in renderers {
        let path = args.out.join(r.file_name());
        std::fs::write(&path, r.render(&report)).with_context(|| format!("writing {}", path.display()))?;
        writeln!(stdout, "{}", path.display())?;
    }
    if failed > 0 {
        eprintln!("khabar: {failed} document(s) could not be read; the report covers the others");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
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
