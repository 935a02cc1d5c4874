//! The `khabar` command line: flags in, pipeline built, documents streamed
//! through it in parallel, JSON lines out in input order.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use khabar::input::{expand_paths, json_lines, read_file, Document, InputError};
use khabar::{DocAnnotation, Pipeline, PipelineConfig};
use khabar_report::render::{Html, Json, Markdown, Renderer};
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "khabar", version, about = "Reads Arabic news: who is named, what was counted, and when.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate documents: one JSON line per document on standard output.
    Annotate(AnnotateArgs),
    /// Score annotation JSON Lines against a gold file.
    Eval(EvalArgs),
    /// Write one report (report.html, report.md, report.json) over text files
    /// and folders, or over annotation shards (*.jsonl from `annotate`).
    Report(ReportArgs),
}

#[derive(clap::Args)]
struct ReportArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    data: DataArgs,
    /// Where to write the report.
    #[arg(long, default_value = "target/report")]
    out: PathBuf,
}

#[derive(clap::Args)]
struct InputArgs {
    /// Files, or folders searched for *.txt; `-` reads one document from
    /// standard input. Defaults to standard input.
    paths: Vec<PathBuf>,
    /// Read `{"doc": ..., "text": ...}` lines from standard input instead.
    #[arg(long)]
    jsonl: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the file.
    #[arg(long)]
    lossy: bool,
}

#[derive(clap::Args)]
struct DataArgs {
    /// A gazetteer TOML file that adds entities and aliases (repeatable).
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// A lexicon TOML file that adds number words, units, months… (repeatable).
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<PathBuf>,
}

impl DataArgs {
    fn config(&self, tokens: bool) -> PipelineConfig {
        PipelineConfig { tokens, gazetteers: self.gazetteers.clone(), lexicons: self.lexicons.clone() }
    }
}

#[derive(clap::Args)]
struct AnnotateArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    data: DataArgs,
    /// Also write tokens and sentences.
    #[arg(long)]
    tokens: bool,
}

#[derive(clap::Args)]
struct EvalArgs {
    /// The gold JSON Lines file.
    #[arg(long)]
    gold: PathBuf,
    /// Annotation JSON Lines to score (from `khabar annotate`).
    predicted: PathBuf,
}

/// Documents handed to the thread pool at once: enough to keep every core
/// busy, small enough that memory stays flat however large the corpus.
const BATCH_BYTES: usize = 8 << 20;
const BATCH_DOCS: usize = 4096;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Annotate(args) => annotate(args),
        Command::Eval(args) => eval(args),
        Command::Report(args) => report(args),
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

/// Every document of the inputs, in order, or the error that stands in its
/// place. Reads lazily: nothing is held beyond the current batch.
fn documents(input: &InputArgs) -> Box<dyn Iterator<Item = Result<Document, InputError>> + '_> {
    if input.jsonl {
        return Box::new(json_lines("<stdin>", io::stdin().lock()));
    }
    if input.paths.is_empty() || input.paths.iter().any(|p| p.as_os_str() == "-") {
        let lossy = input.lossy;
        let stdin_doc = std::iter::once_with(move || {
            let mut bytes = Vec::new();
            io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes)
                .map_err(|source| InputError::Io { path: "<stdin>".into(), source })?;
            let (text, warning) = khabar::input::decode("<stdin>", bytes, lossy)?;
            if let Some(w) = warning {
                eprintln!("khabar: warning: {w}");
            }
            Ok(Document { name: "stdin".into(), text })
        });
        let files: Vec<PathBuf> = input.paths.iter().filter(|p| p.as_os_str() != "-").cloned().collect();
        return Box::new(stdin_doc.chain(file_documents(files, input.lossy)));
    }
    Box::new(file_documents(input.paths.clone(), input.lossy))
}

fn file_documents(paths: Vec<PathBuf>, lossy: bool) -> impl Iterator<Item = Result<Document, InputError>> {
    let (files, errors, warnings) = expand_paths(&paths);
    for w in warnings {
        eprintln!("khabar: warning: {w}");
    }
    errors.into_iter().map(Err).chain(files.into_iter().map(move |f| {
        read_file(&f, lossy).map(|(doc, warning)| {
            if let Some(w) = warning {
                eprintln!("khabar: warning: {w}");
            }
            doc
        })
    }))
}

fn annotate(args: AnnotateArgs) -> Result<ExitCode> {
    let pipeline = Pipeline::new(&args.data.config(args.tokens)).context("building the pipeline")?;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut failed = 0usize;
    let mut batch: Vec<Document> = Vec::new();
    let mut batch_bytes = 0;
    for item in documents(&args.input) {
        match item {
            Ok(doc) => {
                batch_bytes += doc.text.len();
                batch.push(doc);
                if batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCS {
                    write_batch(&pipeline, &batch, &mut out)?;
                    batch.clear();
                    batch_bytes = 0;
                }
            }
            Err(e) => {
                failed += 1;
                eprintln!("khabar: error: {e}");
            }
        }
    }
    write_batch(&pipeline, &batch, &mut out)?;
    out.flush()?;
    if failed > 0 {
        eprintln!("khabar: {failed} document(s) could not be read");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Annotates a batch in parallel and writes its lines in input order.
fn write_batch(pipeline: &Pipeline, batch: &[Document], out: &mut impl Write) -> Result<()> {
    let lines: Vec<Vec<u8>> = batch
        .par_iter()
        .map(|doc| {
            let annotation = pipeline.annotate(&doc.name, &doc.text);
            // Serializing plain data types into memory cannot fail.
            let mut line = serde_json::to_vec(&annotation).unwrap_or_default();
            line.push(b'\n');
            line
        })
        .collect();
    for line in lines {
        out.write_all(&line)?;
    }
    Ok(())
}

fn read_jsonl(path: &PathBuf) -> Result<Vec<DocAnnotation>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).with_context(|| format!("{}:{}: not an annotation line", path.display(), i + 1)))
        .collect()
}

fn eval(args: EvalArgs) -> Result<ExitCode> {
    let gold = read_jsonl(&args.gold)?;
    let predicted = read_jsonl(&args.predicted)?;
    let scores = khabar::eval::score(&predicted, &gold);
    print!("{}", scores.table());
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
        let file = std::fs::File::open(shard).with_context(|| format!("opening {}", shard.display()))?;
        for (i, line) in io::BufRead::lines(io::BufReader::new(file)).enumerate() {
            let line = line.with_context(|| format!("{}:{}", shard.display(), i + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<DocAnnotation>(&line) {
                Ok(a) => annotations.push(a),
                Err(e) => {
                    failed += 1;
                    eprintln!("khabar: error: {}:{}: not an annotation line: {e}", shard.display(), i + 1);
                }
            }
        }
    }
    if !texts.is_empty() || shards.is_empty() || args.input.jsonl {
        let input = InputArgs { paths: texts, jsonl: args.input.jsonl, lossy: args.input.lossy };
        let progress = indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        progress.set_style(
            indicatif::ProgressStyle::with_template("{spinner} annotating {pos} documents ({per_sec}) {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        let mut batch: Vec<Document> = Vec::new();
        let mut batch_bytes = 0;
        let flush = |batch: &mut Vec<Document>, annotations: &mut Vec<DocAnnotation>| {
            let done: Vec<DocAnnotation> = batch.par_iter().map(|d| pipeline.annotate(&d.name, &d.text)).collect();
            progress.inc(done.len() as u64);
            annotations.extend(done);
            batch.clear();
        };
        for item in documents(&input) {
            match item {
                Ok(doc) => {
                    batch_bytes += doc.text.len();
                    batch.push(doc);
                    if batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCS {
                        flush(&mut batch, &mut annotations);
                        batch_bytes = 0;
                    }
                }
                Err(e) => {
                    failed += 1;
                    progress.suspend(|| eprintln!("khabar: error: {e}"));
                }
            }
        }
        flush(&mut batch, &mut annotations);
        progress.finish_and_clear();
    }
    let report = pipeline.report_builder().build(&annotations);
    std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let renderers: [&dyn Renderer; 3] = [&Html, &Markdown, &Json];
    for r in renderers {
        let path = args.out.join(r.file_name());
        std::fs::write(&path, r.render(&report)).with_context(|| format!("writing {}", path.display()))?;
        println!("{}", path.display());
    }
    if failed > 0 {
        eprintln!("khabar: {failed} document(s) could not be read; the report covers the others");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
