//! khabar reads Arabic news and tells who is named, what was counted, and
//! when.
//!
//! This crate is the pipeline that joins the stages: `khabar-tokenize`
//! splits the text, `khabar-entities` tags the actors, `khabar-numbers`
//! reads quantities and dates, and the result is one [`DocAnnotation`] per
//! document in the JSON Lines format that `khabar annotate` writes.
//!
//! ```
//! use khabar::{Pipeline, PipelineConfig};
//!
//! let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
//! let doc = pipeline.annotate("example.txt", "وبلغت خسائر قسد نحو 11 ألف مقاتل منذ عام 2014.");
//! assert_eq!(doc.quantities[0].value, Some(11000.0));
//! assert_eq!(doc.quantities[0].counted.as_deref(), Some("مقاتل"));
//! assert_eq!(doc.dates[0].iso, "2014");
//! ```

#![deny(missing_docs)]

pub mod corpus;
pub mod eval;
pub mod input;

/// The JSON Lines annotation types (they live in `khabar-report`, which
/// reads them back from shards).
pub use khabar_report::annotation as wire;

use khabar_entities::{Gazetteer, Tagger};
use khabar_numbers::{Extractor, Lexicon};
use khabar_report::{EntityInfo, Glossary, ReportBuilder};
use khabar_tokenize::{Span, Tokenizer, Tokens};
use std::borrow::Cow;
use std::path::PathBuf;
pub use wire::DocAnnotation;
use wire::{DateMention, EntityMention, QuantityMention, SentenceOut, TokenOut};

/// Options of the pipeline.
#[derive(Clone, Debug, Default)]
pub struct PipelineConfig {
    /// Include tokens and sentences in the output.
    pub tokens: bool,
    /// Gazetteer files that extend the shipped one.
    pub gazetteers: Vec<PathBuf>,
    /// Lexicon files that extend the number extractor's shipped lexicon.
    pub lexicons: Vec<PathBuf>,
}

/// Everything needed to annotate documents: build once, share across
/// threads (`Send + Sync`).
#[derive(Debug)]
pub struct Pipeline {
    tokenizer: Tokenizer,
    numbers: Extractor,
    entities: Tagger,
    glossary: Glossary,
    config: PipelineConfig,
}

/// Why a pipeline could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// A lexicon file is malformed.
    #[error(transparent)]
    Lexicon(#[from] khabar_numbers::LexiconError),
    /// A gazetteer file is malformed.
    #[error(transparent)]
    Gazetteer(#[from] khabar_entities::GazetteerError),
    /// A lexicon or gazetteer file cannot be read.
    #[error("{path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
}

fn read_data_file(path: &PathBuf) -> Result<String, PipelineError> {
    std::fs::read_to_string(path).map_err(|source| PipelineError::Read { path: path.display().to_string(), source })
}

impl Pipeline {
    /// Builds the pipeline: loads the lexicons and the gazetteer.
    pub fn new(config: &PipelineConfig) -> Result<Pipeline, PipelineError> {
        let mut gazetteer = Gazetteer::default();
        for path in &config.gazetteers {
            gazetteer.extend_from_toml(&path.display().to_string(), &read_data_file(path)?)?;
        }
        let mut lexicon = Lexicon::default();
        for path in &config.lexicons {
            lexicon.extend_from_toml(&path.display().to_string(), &read_data_file(path)?)?;
        }
        Ok(Pipeline {
            tokenizer: Tokenizer::default(),
            numbers: Extractor::new(lexicon),
            entities: Tagger::new(gazetteer),
            glossary: Glossary::default(),
            config: config.clone(),
        })
    }

    /// The entity tagger (and through it the gazetteer).
    pub fn tagger(&self) -> &Tagger {
        &self.entities
    }

    /// A report builder that names entities from this pipeline's gazetteer.
    pub fn report_builder(&self) -> ReportBuilder {
        let infos = self.entities.gazetteer().entities().iter().map(|e| EntityInfo {
            id: e.id.clone(),
            name: e.name.clone(),
            arabic: e.arabic.clone(),
            kind: e.kind.as_str().to_string(),
        });
        ReportBuilder::new(infos, self.glossary.clone())
    }

    /// Annotates one document. Never fails and never panics.
    pub fn annotate(&self, doc: &str, text: &str) -> DocAnnotation {
        self.annotate_borrowed(doc, text).into_owned()
    }

    /// Annotates one document, borrowing its text (mentions, sentences) and
    /// the gazetteer's names instead of copying them: what `khabar
    /// annotate` serializes. Never fails and never panics.
    ///
    /// ```
    /// use khabar::{Pipeline, PipelineConfig};
    ///
    /// let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    /// let text = "قالت قسد إنها فقدت نحو 11 ألف مقاتل.";
    /// let doc = pipeline.annotate_borrowed("example.txt", text);
    /// let line = serde_json::to_string(&doc).unwrap();
    /// assert_eq!(line, serde_json::to_string(&doc.into_owned()).unwrap());
    /// ```
    pub fn annotate_borrowed<'a>(&'a self, doc: &'a str, text: &'a str) -> DocAnnotation<Cow<'a, str>> {
        let tokens = self.tokenizer.tokenize(text);
        self.annotate_tokens(doc, &tokens)
    }

    fn annotate_tokens<'a>(&'a self, doc: &'a str, tokens: &Tokens<'a>) -> DocAnnotation<Cow<'a, str>> {
        let text = tokens.text();
        let sentences = tokens.sentences();
        let sentence_of = |start: usize| sentences.partition_point(|s| s.span.end <= start).min(sentences.len().saturating_sub(1));
        // The sentence of an item and its text, for quantities and dates.
        let sentence_and_context = |span: Span| {
            let k = sentence_of(span.start);
            (Some(k), sentences.get(k).map(|s| context(text, s.span, span)))
        };
        let slice = |span: Span| Cow::Borrowed(span.slice(text));
        let gazetteer = self.entities.gazetteer();
        let entities = self
            .entities
            .tag_tokens(tokens)
            .into_iter()
            .map(|m| {
                let e = gazetteer.entity(m.entity);
                EntityMention {
                    start: m.span.start,
                    end: m.span.end,
                    text: slice(m.span),
                    id: Cow::Borrowed(e.id.as_str()),
                    kind: Cow::Borrowed(e.kind.as_str()),
                    sentence: Some(sentence_of(m.span.start)),
                }
            })
            .collect();
        let found = self.numbers.extract_tokens(tokens);
        let quantities = found
            .quantities
            .into_iter()
            .map(|q| {
                let (sentence, context) = sentence_and_context(q.span);
                QuantityMention {
                    start: q.span.start,
                    end: q.span.end,
                    text: slice(q.span),
                    value: q.value,
                    kind: Cow::Borrowed(q.kind.as_str()),
                    unit: q.unit.map(Cow::Owned),
                    qualifier: q.qualifier.map(|x| Cow::Borrowed(x.as_str())),
                    counted: q.counted.map(Cow::Owned),
                    sentence,
                    context,
                }
            })
            .collect();
        let dates: Vec<DateMention<Cow<'a, str>>> = found
            .dates
            .into_iter()
            .map(|d| {
                let (sentence, context) = sentence_and_context(d.span);
                DateMention {
                    start: d.span.start,
                    end: d.span.end,
                    text: slice(d.span),
                    iso: Cow::Owned(d.iso),
                    kind: Cow::Borrowed(d.kind.as_str()),
                    sentence,
                    context,
                }
            })
            .collect();
        let meta = Some(khabar_report::meta::describe(tokens, &dates, &self.glossary));
        let (tokens_out, sentences_out) = if self.config.tokens {
            let t = tokens
                .iter()
                .map(|t| TokenOut {
                    start: t.span.start,
                    end: t.span.end,
                    text: t.text.to_string(),
                    norm: t.norm.to_string(),
                    kind: t.kind.as_str().to_string(),
                })
                .collect();
            let s = sentences.iter().map(|s| SentenceOut { start: s.span.start, end: s.span.end }).collect();
            (Some(t), Some(s))
        } else {
            (None, None)
        };
        DocAnnotation { doc: Cow::Borrowed(doc), entities, quantities, dates, meta, tokens: tokens_out, sentences: sentences_out }
    }
}

/// The most a context quotes of its sentence: a long sentence (or a text
/// with no stops at all) is cut to a window around the item.
const MAX_CONTEXT: usize = 600;

/// The sentence around `item`, cut to [`MAX_CONTEXT`] bytes on char
/// boundaries, with an ellipsis where it was cut.
fn context(text: &str, sentence: Span, item: Span) -> Cow<'_, str> {
    if sentence.len() <= MAX_CONTEXT {
        return Cow::Borrowed(sentence.slice(text));
    }
    let half = MAX_CONTEXT / 2;
    let mut start = item.start.saturating_sub(half).max(sentence.start);
    let mut end = (item.end + half).min(sentence.end);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // Cut between words, not inside one.
    if start > sentence.start {
        if let Some(space) = text[start..item.start].find(char::is_whitespace) {
            start += space + 1;
        }
    }
    if end < sentence.end {
        if let Some(space) = text[item.end..end].rfind(char::is_whitespace) {
            end = item.end + space;
        }
    }
    let mut out = String::with_capacity(end - start + 8);
    if start > sentence.start {
        out.push('…');
    }
    out.push_str(text.get(start..end).unwrap_or(""));
    if end < sentence.end {
        out.push('…');
    }
    Cow::Owned(out)
}
