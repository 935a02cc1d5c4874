//! The `khabar` command line: flags in, pipeline built, documents streamed
//! through it in parallel, JSON lines out in input order.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use khabar::input::{expand_paths, Document, InputError};
use khabar::{DocAnnotation, Pipeline, PipelineConfig};
use khabar_report::render::{Html, Json, Markdown, Renderer};
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
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
    /// Write a deterministic synthetic corpus (the seeds cycled and varied)
    /// as `{"doc", "text"}` JSON lines, for benchmarks.
    Corpus(CorpusArgs),
    /// Write one report (report.html, report.md, report.json) over text files
    /// and folders, or over annotation shards (*.jsonl from `annotate`).
    Report(ReportArgs),
}

#[derive(clap::Args)]
struct CorpusArgs {
    /// How much text to write, in megabytes (10^6 bytes) of document text.
    #[arg(long, default_value_t = 100)]
    mb: u64,
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

// Annotating allocates many small, short-lived values per document (token
// tables, hits, output strings); mimalloc serves them from per-thread free
// lists and keeps freed pages for reuse, where the system allocator spent a
// sixth of the time in malloc, free and page faults (perf, one thread).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Documents handed to the thread pool at once: enough to keep every core
/// busy, small enough that memory stays flat however large the corpus and
/// that the memory of one batch is reused by the next while still warm.
const BATCH_BYTES: usize = 2 << 20;
const BATCH_DOCS: usize = 4096;

fn main() -> ExitCode {
    let cli = Cli::parse();
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

/// One input, decoded: a document or what stands in its place.
type Item = Result<Document, InputError>;

/// Decodes a whole text (a file, or standard input), telling the user of a
/// lossy decoding.
fn decoded(name: String, bytes: Vec<u8>, lossy: bool) -> Item {
    let (text, warning) = khabar::input::decode(&name, bytes, lossy)?;
    if let Some(w) = warning {
        eprintln!("khabar: warning: {w}");
    }
    Ok(Document { name, text })
}

/// Reads and decodes every input in order (UTF-8, `--jsonl` lines) and
/// hands the documents on in batches of about [`BATCH_BYTES`]; stops early
/// when the receiver is gone.
fn read_inputs(input: &InputArgs, batches: std::sync::mpsc::SyncSender<Vec<Item>>) {
    let mut batch: Vec<Item> = Vec::new();
    let mut size = 0usize;
    // Adds an item of `bytes` input bytes; false when nobody listens.
    let mut push = |item: Item, bytes: usize, batch: &mut Vec<Item>| -> bool {
        size += bytes;
        batch.push(item);
        if size >= BATCH_BYTES || batch.len() >= BATCH_DOCS {
            size = 0;
            // The next batch starts with room for as many documents as this
            // one held: growing it item by item copied every batch a
            // dozen times over.
            let full = std::mem::replace(batch, Vec::with_capacity(batch.len()));
            return batches.send(full).is_ok();
        }
        true
    };
    if input.jsonl {
        // A megabyte at a time: lines are parsed where they were read.
        let stdin = io::BufReader::with_capacity(1 << 20, io::stdin().lock());
        let mut line = 0usize;
        let mut listening = true;
        let read = khabar::input::for_each_line(stdin, |bytes, taken| {
            line += 1;
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return true;
            }
            listening = push(khabar::input::parse_json_bytes("<stdin>", line, bytes), taken, &mut batch);
            listening
        });
        if !listening {
            return;
        }
        if let Err(source) = read {
            let _ = push(Err(InputError::Io { path: "<stdin>".into(), source }), 0, &mut batch);
        }
    } else {
        let wants_stdin = input.paths.is_empty() || input.paths.iter().any(|p| p.as_os_str() == "-");
        if wants_stdin {
            let mut bytes = Vec::new();
            let (item, n) = match io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes) {
                Ok(n) => (decoded("stdin".into(), bytes, input.lossy), n),
                Err(source) => (Err(InputError::Io { path: "<stdin>".into(), source }), 0),
            };
            if !push(item, n, &mut batch) {
                return;
            }
        }
        let paths: Vec<PathBuf> = input.paths.iter().filter(|p| p.as_os_str() != "-").cloned().collect();
        let (files, errors, warnings) = expand_paths(&paths);
        for w in warnings {
            eprintln!("khabar: warning: {w}");
        }
        for e in errors {
            if !push(Err(e), 0, &mut batch) {
                return;
            }
        }
        for f in files {
            let (item, n) = match std::fs::read(&f.path) {
                Ok(bytes) => {
                    let n = bytes.len();
                    (decoded(f.name, bytes, input.lossy), n)
                }
                Err(source) => (Err(InputError::Io { path: f.path.display().to_string(), source }), 0),
            };
            if !push(item, n, &mut batch) {
                return;
            }
        }
    }
    if !batch.is_empty() {
        let _ = batches.send(batch);
    }
}

/// Streams every input through the pipeline in three stages that overlap:
/// a reader thread reads and decodes batches, the thread pool runs
/// `annotate` on each document of a batch in parallel (annotating it and
/// turning the annotation into what the caller keeps: a JSON line, say),
/// and `sink` receives the results in input order on this thread. At most
/// a few batches are in memory at once, however large the corpus.
fn stream<T: Send>(
    input: &InputArgs,
    annotate: impl Fn(&Document) -> T + Sync,
    mut sink: impl FnMut(Result<T, InputError>) -> Result<()>,
) -> Result<()> {
    let (read_tx, read_rx) = std::sync::mpsc::sync_channel::<Vec<Item>>(1);
    let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<Vec<Result<T, InputError>>>(1);
    let annotate = &annotate;
    std::thread::scope(|scope| {
        scope.spawn(move || read_inputs(input, read_tx));
        scope.spawn(move || {
            for batch in read_rx {
                let results = batch.into_par_iter().map(|item| item.map(|d| annotate(&d))).collect();
                if done_tx.send(results).is_err() {
                    return;
                }
            }
        });
        for results in done_rx {
            for r in results {
                sink(r)?;
            }
        }
        Ok(())
    })
}

/// Tells the user about an input that gave no annotation; returns 1 when
/// it counts as a failure. A binary file is skipped with a warning: it was
/// never a document.
fn report_input_error(e: &InputError) -> usize {
    match e {
        InputError::Binary { .. } => {
            eprintln!("khabar: warning: {e}");
            0
        }
        _ => {
            eprintln!("khabar: error: {e}");
            1
        }
    }
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
        pipeline.annotate_borrowed(&d.name, &d.text).write_json(&mut line);
        line.push(b'\n');
        line
    };
    stream(&args.input, to_line, |item| {
        match item {
            Ok(line) => out.push(line)?,
            Err(e) => failed += report_input_error(&e),
        }
        Ok(())
    })?;
    out.flush()?;
    if failed > 0 {
        eprintln!("khabar: {failed} document(s) could not be read");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes whole lines, about a megabyte at a time, with vectored writes
/// straight from the lines the workers made: the output is 2.4 times the
/// input, and a buffered writer would copy all of it once more before the
/// kernel copies it again.
struct LineBatches<W: Write> {
    out: W,
    pending: Vec<Vec<u8>>,
    pending_bytes: usize,
}

impl<W: Write> LineBatches<W> {
    const BATCH_BYTES: usize = 1 << 20;

    fn new(out: W) -> LineBatches<W> {
        LineBatches { out, pending: Vec::new(), pending_bytes: 0 }
    }

    fn push(&mut self, line: Vec<u8>) -> io::Result<()> {
        self.pending_bytes += line.len();
        self.pending.push(line);
        if self.pending_bytes >= Self::BATCH_BYTES {
            self.write_pending()?;
        }
        Ok(())
    }

    fn write_pending(&mut self) -> io::Result<()> {
        let mut slices: Vec<io::IoSlice<'_>> = self.pending.iter().map(|l| io::IoSlice::new(l)).collect();
        let mut rest = &mut slices[..];
        while !rest.is_empty() {
            match self.out.write_vectored(rest) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => io::IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.pending.clear();
        self.pending_bytes = 0;
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.write_pending()?;
        self.out.flush()
    }
}

/// Reads the annotation lines of a JSON Lines file (`khabar annotate`
/// output, or a gold file), handing `each` an annotation or a message that
/// names the file, the line and what is wrong. Blank lines are skipped; a
/// read error ends the reading.
fn annotation_lines(path: &Path, mut each: impl FnMut(Result<DocAnnotation, String>)) -> Result<()> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    for (i, line) in io::BufRead::lines(io::BufReader::new(file)).enumerate() {
        let line = line.with_context(|| format!("{}:{}", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        each(serde_json::from_str(&line).map_err(|e| format!("{}:{}: not an annotation line: {e}", path.display(), i + 1)));
    }
    Ok(())
}

/// All the annotations of a file, or the first line that is not one.
fn read_jsonl(path: &Path) -> Result<Vec<DocAnnotation>> {
    let mut annotations = Vec::new();
    let mut first_error = None;
    annotation_lines(path, |line| match line {
        Ok(a) => annotations.push(a),
        Err(message) => {
            first_error.get_or_insert(message);
        }
    })?;
    match first_error {
        Some(message) => anyhow::bail!(message),
        None => Ok(annotations),
    }
}

fn eval(args: EvalArgs) -> Result<ExitCode> {
    let gold = read_jsonl(&args.gold)?;
    let predicted = read_jsonl(&args.predicted)?;
    let scores = khabar::eval::score(&predicted, &gold);
    io::stdout().lock().write_all(scores.table().as_bytes())?;
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
            Err(message) => {
                failed += 1;
                eprintln!("khabar: error: {message}");
            }
        })?;
    }
    if !texts.is_empty() || shards.is_empty() || args.input.jsonl {
        let input = InputArgs { paths: texts, jsonl: args.input.jsonl, lossy: args.input.lossy };
        let progress = indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        progress.set_style(
            indicatif::ProgressStyle::with_template("{spinner} annotated {pos} documents ({per_sec}) {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        stream(
            &input,
            |d| pipeline.annotate(&d.name, &d.text),
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
    for (doc, text) in khabar::corpus::documents((args.mb * 1_000_000) as usize) {
        serde_json::to_writer(&mut out, &Line { doc: &doc, text: &text })?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
