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

pub mod eval;
pub mod input;
pub mod wire;

use khabar_entities::{Gazetteer, Tagger};
use khabar_numbers::{Extractor, Lexicon};
use khabar_tokenize::{Tokenizer, Tokens};
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
            config: config.clone(),
        })
    }

    /// The entity tagger (and through it the gazetteer).
    pub fn tagger(&self) -> &Tagger {
        &self.entities
    }

    /// Annotates one document. Never fails and never panics.
    pub fn annotate(&self, doc: &str, text: &str) -> DocAnnotation {
        let tokens = self.tokenizer.tokenize(text);
        self.annotate_tokens(doc, &tokens)
    }

    fn annotate_tokens(&self, doc: &str, tokens: &Tokens<'_>) -> DocAnnotation {
        let text = tokens.text();
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
                    text: m.span.slice(text).to_string(),
                    id: e.id.clone(),
                    kind: e.kind.as_str().to_string(),
                }
            })
            .collect();
        let found = self.numbers.extract_tokens(tokens);
        let quantities = found
            .quantities
            .into_iter()
            .map(|q| QuantityMention {
                start: q.span.start,
                end: q.span.end,
                text: q.span.slice(text).to_string(),
                value: q.value,
                kind: q.kind.as_str().to_string(),
                unit: q.unit,
                qualifier: q.qualifier.map(|x| x.as_str().to_string()),
                counted: q.counted,
            })
            .collect();
        let dates = found
            .dates
            .into_iter()
            .map(|d| DateMention {
                start: d.span.start,
                end: d.span.end,
                text: d.span.slice(text).to_string(),
                iso: d.iso,
                kind: d.kind.as_str().to_string(),
            })
            .collect();
        let (tokens_out, sentences) = if self.config.tokens {
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
            let s = tokens.sentences().into_iter().map(|s| SentenceOut { start: s.span.start, end: s.span.end }).collect();
            (Some(t), Some(s))
        } else {
            (None, None)
        };
        DocAnnotation { doc: doc.to_string(), entities, quantities, dates, tokens: tokens_out, sentences }
    }
}
