//! khabar reads Arabic news and tells who is named, what was counted, and
//! when.
//!
//! This crate is the pipeline that joins the stages. [`Pipeline::analyze`]
//! runs them over one document and returns its [`Analysis`]: the tokens
//! and sentences of `khabar-tokenize`, the entity mentions of
//! `khabar-entities`, the quantities and dates of `khabar-numbers`, and the
//! document's description (title, outlet, publication date). Each stage
//! reads the fields before it. [`Pipeline::annotate`] turns an analysis
//! into one [`DocAnnotation`], the JSON Lines record of `khabar-wire` that
//! `khabar annotate` writes.
//!
//! ```
//! use khabar::{Pipeline, PipelineConfig};
//!
//! let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
//! let text = "وبلغت خسائر قسد نحو 11 ألف مقاتل منذ عام 2014.";
//! let analysis = pipeline.analyze(text);
//! let q = &analysis.extraction.quantities[0];
//! assert_eq!(q.value, Some(11000.0));
//! // Each item keeps its tokens and its sentence.
//! assert_eq!(analysis.tokens.get(q.tokens.start).unwrap().text, "11");
//! assert_eq!(analysis.sentences.index_at(q.span.start), Some(0));
//! assert_eq!(&text[analysis.mentions[0].span.range()], "قسد");
//!
//! let doc = pipeline.annotate("example.txt", text);
//! assert_eq!(doc.quantities[0].counted.as_deref(), Some("مقاتل"));
//! assert_eq!(doc.dates[0].iso, "2014");
//! ```

#![deny(missing_docs)]

mod annotation;
pub mod claims_eval;
pub mod corpus;
pub mod describe;
pub mod eval;
pub mod input;
pub mod resolve;

/// The JSON Lines annotation format (the `khabar-wire` crate).
pub use khabar_wire as wire;

use describe::{describe, DocMeta, Outlets};
use input::GivenMeta;
use khabar_claims::{Claim, ClaimExtractor, ClaimInput, Named, NamedKind};
use khabar_entities::model::NerModel;
use khabar_entities::{Gazetteer, Mention, Tagger};
use khabar_numbers::{Extraction, Extractor, Lexicon};
use khabar_report::{EntityInfo, Glossary, ReportBuilder};
use khabar_tokenize::{normalize, NormalizeConfig, Sentences, Tokenizer, TokenizerConfig, Tokens};
use std::borrow::Cow;
use std::path::PathBuf;
pub use wire::DocAnnotation;

/// Options of the pipeline.
#[derive(Clone, Debug, Default)]
pub struct PipelineConfig {
    /// Include tokens and sentences in the output.
    pub tokens: bool,
    /// Gazetteer files that extend the shipped one.
    pub gazetteers: Vec<PathBuf>,
    /// Lexicon files that extend the number extractor's shipped lexicon.
    pub lexicons: Vec<PathBuf>,
    /// Claim word files that extend the claims stage's shipped words.
    pub claim_words: Vec<PathBuf>,
    /// How the tokenizer normalizes words. The entity and number stages
    /// match whatever normalization the tokens carry.
    pub normalize: NormalizeConfig,
    /// How entities are found.
    pub entities: EntityMode,
    /// The date (`YYYY-MM-DD`) that dates stating no year are resolved
    /// against when a document has no publication date of its own.
    pub reference_date: Option<String>,
    /// Also find relative dates (أمس، الشهر الماضي), resolved against the
    /// same reference.
    pub relative_dates: bool,
}

/// How entities are found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EntityMode {
    /// The gazetteer's names, and the names the statistical model finds
    /// beside them.
    #[default]
    Model,
    /// The gazetteer's names alone (faster; nothing outside the gazetteer).
    Gazetteer,
}

/// Everything needed to annotate documents: build once, share across
/// threads (`Send + Sync`).
#[derive(Debug)]
pub struct Pipeline {
    tokenizer: Tokenizer,
    numbers: Extractor,
    entities: Tagger,
    claims: ClaimExtractor,
    outlets: Outlets,
    config: PipelineConfig,
    /// What its annotation lines say made them (`meta.producer`).
    producer: String,
    /// The entities of the user's gazetteer files, by id, named in the
    /// lines that mention them (`meta.names`).
    custom_names: std::collections::HashMap<String, wire::NamedEntity>,
}

/// Everything the stages found in one document, as domain values: each
/// stage reads the fields before it, and [`Pipeline::annotate`] turns the
/// whole into the wire format.
#[derive(Debug, serde::Serialize)]
pub struct Analysis<'t> {
    /// The tokens, with their spans, normalized forms and proclitic readings.
    pub tokens: Tokens<'t>,
    /// The sentences.
    pub sentences: Sentences,
    /// Entity mentions, in text order, with their token ranges.
    pub mentions: Vec<Mention>,
    /// The entity id of each mention (a gazetteer id, or one made from a
    /// new name).
    pub ids: Vec<Cow<'t, str>>,
    /// Quantities (with their token ranges, qualifier and counted-noun
    /// spans) and dates.
    pub extraction: Extraction,
    /// Title, outlet, publication date and word count.
    pub meta: DocMeta,
    /// One claim per quantity of kind cardinal, money, measure or
    /// percent: who states it, who did it, what was done, when.
    pub claims: Vec<Claim>,
}

/// How the report's glossary folds a counted noun: as the tokenizer
/// normalizes a word.
fn glossary_key(word: &str) -> String {
    normalize(word.trim(), &NormalizeConfig::default())
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
    /// A claim words file is malformed.
    #[error(transparent)]
    ClaimWords(#[from] khabar_claims::ClaimsLexiconError),
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
        // The user's data files, digested: lines made with other files read
        // names and figures differently.
        let mut digest = <sha2::Sha256 as sha2::Digest>::new();
        let mut read = |path: &PathBuf| -> Result<String, PipelineError> {
            let text = read_data_file(path)?;
            sha2::Digest::update(&mut digest, text.as_bytes());
            sha2::Digest::update(&mut digest, [0u8]);
            Ok(text)
        };
        let mut gazetteer = Gazetteer::default();
        let shipped = gazetteer.entities().len();
        for path in &config.gazetteers {
            gazetteer.extend_from_toml(&path.display().to_string(), &read(path)?)?;
        }
        let mut lexicon = Lexicon::default();
        for path in &config.lexicons {
            lexicon.extend_from_toml(&path.display().to_string(), &read(path)?)?;
        }
        let mut claim_words = khabar_claims::ClaimsLexicon::default();
        for path in &config.claim_words {
            claim_words.extend_from_toml(&path.display().to_string(), &read(path)?)?;
        }
        claim_words.know_outlets(gazetteer.entities().iter().map(|e| (e.id.as_str(), e.arabic.as_str())));
        let mut producer = format!("khabar {}", env!("CARGO_PKG_VERSION"));
        if !(config.gazetteers.is_empty() && config.lexicons.is_empty() && config.claim_words.is_empty()) {
            let hash = sha2::Digest::finalize(digest);
            producer.push_str("+data:");
            for b in &hash[..6] {
                producer.push_str(&format!("{b:02x}"));
            }
        }
        // Entities past the shipped ones come from the user's files.
        let custom_names = gazetteer.entities()[shipped.min(gazetteer.entities().len())..]
            .iter()
            .map(|e| {
                let named = wire::NamedEntity {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    arabic: e.arabic.clone(),
                    kind: annotation::entity_type(e.kind),
                };
                (e.id.clone(), named)
            })
            .collect();
        Ok(Pipeline {
            tokenizer: Tokenizer::new(TokenizerConfig { normalize: config.normalize }),
            numbers: Extractor::new(lexicon).with_relative_dates(config.relative_dates),
            entities: match config.entities {
                EntityMode::Model => Tagger::with_model(gazetteer, NerModel::shipped()),
                EntityMode::Gazetteer => Tagger::new(gazetteer),
            },
            claims: ClaimExtractor::new(claim_words),
            outlets: Outlets::default(),
            config: config.clone(),
            producer,
            custom_names,
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
            kind: annotation::entity_type(e.kind),
        });
        ReportBuilder::new(infos, Glossary::shipped(glossary_key))
    }

    /// Runs every stage over one document. Never fails and never panics.
    pub fn analyze<'t>(&'t self, text: &'t str) -> Analysis<'t> {
        self.analyze_given(text, &GivenMeta::default())
    }

    /// [`Pipeline::analyze`], with metadata the input gives (a `--jsonl`
    /// line's title, outlet, publication date, url) over what the text
    /// tells. A publication date counts when it starts with a real
    /// `YYYY-MM-DD` date (`2019-03-22T10:00:00Z` counts as `2019-03-22`).
    pub fn analyze_given<'t>(&'t self, text: &'t str, given: &GivenMeta) -> Analysis<'t> {
        let tokens = self.tokenizer.tokenize(text);
        let sentences = Sentences::of(&tokens);
        let mentions = self.entities.tag_tokens(&tokens);
        let ids = mentions.iter().map(|m| self.entities.id_of(m, text)).collect();
        let mut extraction = self.numbers.extract_tokens(&tokens);
        drop_months_inside_names(&mut extraction.dates, &mentions);
        drop_figures_inside_names(&mut extraction.quantities, &mentions);
        ages_of_people(&mut extraction.quantities, &mentions, &tokens);
        let mut meta = describe(&tokens, &extraction.dates, &self.outlets);
        let nonempty = |s: &Option<String>| s.as_ref().map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        meta.title = nonempty(&given.title).unwrap_or(meta.title);
        meta.outlet = nonempty(&given.outlet).or(meta.outlet);
        let given_date = given.published.as_deref().and_then(|p| p.get(..10)).filter(|d| resolve::parse_date(d).is_some());
        meta.published = given_date.map(str::to_string).or(meta.published);
        meta.url = nonempty(&given.url);
        let mut analysis = Analysis { tokens, sentences, mentions, ids, extraction, meta, claims: Vec::new() };
        analysis.claims = self.claims_of(&analysis);
        analysis
    }

    /// The claims stage over an analysis (its entities with their ids,
    /// quantities, dates and sentences): what [`Pipeline::analyze`] runs
    /// last, callable alone to measure it.
    pub fn claims_of(&self, analysis: &Analysis<'_>) -> Vec<Claim> {
        let Analysis { tokens, sentences, mentions, ids, extraction, meta, .. } = analysis;
        if !extraction.quantities.iter().any(khabar_claims::is_claim) {
            return Vec::new();
        }
        let names: Vec<Named<'_>> = mentions
            .iter()
            .zip(ids)
            .map(|(m, id)| Named {
                span: m.span,
                tokens: m.tokens,
                id: id.as_ref(),
                kind: match m.kind {
                    khabar_entities::EntityType::Person => NamedKind::Person,
                    khabar_entities::EntityType::Organization => NamedKind::Organization,
                    khabar_entities::EntityType::Location => NamedKind::Location,
                },
                known: matches!(m.entity, khabar_entities::EntityRef::Known(_)),
            })
            .collect();
        self.claims.claims(&ClaimInput {
            tokens,
            sentences,
            names: &names,
            quantities: &extraction.quantities,
            dates: &extraction.dates,
            published: meta.published.as_deref(),
        })
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
        self.to_wire(doc, self.analyze(text))
    }

    /// [`Pipeline::annotate_borrowed`] for a document as an input gives it,
    /// with the metadata given over what the text tells.
    pub fn annotate_document<'a>(&'a self, document: &'a input::Document) -> DocAnnotation<Cow<'a, str>> {
        self.to_wire(&document.name, self.analyze_given(&document.text, &document.given))
    }

    /// The wire record of an analysis (see [`Pipeline::annotate_borrowed`]).
    pub fn to_wire<'a>(&'a self, doc: &'a str, analysis: Analysis<'a>) -> DocAnnotation<Cow<'a, str>> {
        let mut line = annotation::to_wire(doc, analysis, self.config.tokens, self.config.reference_date.as_deref());
        if let Some(meta) = &mut line.meta {
            meta.producer = Some(self.producer.clone());
            if !self.custom_names.is_empty() {
                for e in &line.entities {
                    if let Some(named) = self.custom_names.get(e.id.as_ref()) {
                        if !meta.names.iter().any(|n| n.id == named.id) {
                            meta.names.push(named.clone());
                        }
                    }
                }
            }
        }
        line
    }
}

/// A number inside the name of a person or organization is the name's
/// (كوردستان 24، قناة 218، اللواء 45), no figure. Both lists are in text
/// order: one pass; the ends of ranges are renumbered.
fn drop_figures_inside_names(quantities: &mut Vec<khabar_numbers::Quantity>, mentions: &[khabar_entities::Mention]) {
    let mut in_a_name = inside_a_name(mentions);
    let inside: Vec<bool> = quantities.iter().map(|q| in_a_name(q.span)).collect();
    if !inside.contains(&true) {
        return;
    }
    // The new index of each quantity kept.
    let mut renumbered = Vec::with_capacity(inside.len());
    let mut next = 0;
    for &dropped in &inside {
        renumbered.push((!dropped).then_some(next));
        next += usize::from(!dropped);
    }
    let mut index = 0;
    quantities.retain_mut(|q| {
        let keep = !inside[index];
        index += 1;
        q.range = q.range.and_then(|r| renumbered.get(r).copied().flatten());
        keep
    });
}

/// The most years of age read after a person's name.
const MOST_YEARS_OF_AGE: f64 = 120.0;

/// Years set apart right after a person's name (سارة خليل (40 عاما)،
/// مريم حسن، 35 عاما،), or right after it and closed by a comma or a stop
/// (فلان الفلاني 29 عاما،), are the person's age, no duration: a measure
/// of years of age (docs/FORMAT.md). Both lists are in text order: one
/// pass.
fn ages_of_people(quantities: &mut [khabar_numbers::Quantity], mentions: &[Mention], tokens: &Tokens<'_>) {
    let mark = |i: usize, marks: &[char]| tokens.get(i).is_some_and(|t| marks.iter().any(|&c| t.is_punct(c)));
    let mut k = 0;
    for q in quantities.iter_mut() {
        let years = q.kind == khabar_numbers::QuantityKind::Duration
            && q.unit.as_deref() == Some("year")
            && q.qualifier.is_none()
            && q.value.is_some_and(|v| (1.0..=MOST_YEARS_OF_AGE).contains(&v) && v.fract() == 0.0);
        let Some(opening) = q.tokens.start.checked_sub(1).filter(|_| years) else { continue };
        while mentions.get(k).is_some_and(|m| m.tokens.end < opening) {
            k += 1;
        }
        let person_ends_at = |end: usize| {
            mentions[k..]
                .iter()
                .take_while(|m| m.tokens.end <= q.tokens.start)
                .any(|m| m.tokens.end == end && m.kind == khabar_entities::EntityType::Person)
        };
        let set_apart =
            (mark(opening, &['(']) && mark(q.tokens.end, &[')'])) || (mark(opening, &['،', ',']) && mark(q.tokens.end, &['،', ',', '.']));
        // الرقيب فلان الفلاني 29 عاما، والرقيب …: right after the name too,
        // closed by a comma or a stop.
        let right_after = mark(q.tokens.end, &['،', ',', '.']) || q.tokens.end >= tokens.len();
        if (person_ends_at(opening) && set_apart) || (person_ends_at(q.tokens.start) && right_after) {
            q.kind = khabar_numbers::QuantityKind::Measure;
            q.unit = Some("age_years".to_string());
        }
    }
}

/// Whether each span, asked in text order, lies inside the name of a
/// person or organization of `mentions` (in text order too): one pass over
/// both lists.
fn inside_a_name(mentions: &[khabar_entities::Mention]) -> impl FnMut(khabar_tokenize::Span) -> bool + '_ {
    let mut k = 0;
    move |span| {
        while mentions.get(k).is_some_and(|m| m.span.end <= span.start) {
            k += 1;
        }
        mentions[k..]
            .iter()
            .take_while(|m| m.span.start <= span.start)
            .any(|m| m.kind != khabar_entities::EntityType::Location && m.span.start <= span.start && span.end <= m.span.end)
    }
}

/// A month named alone inside the name of a person or organization is the
/// name's word, no date (لويجي دي مايو، مؤسسة 14 آذار). Both lists are in
/// text order: one pass.
fn drop_months_inside_names(dates: &mut Vec<khabar_numbers::DateMention>, mentions: &[khabar_entities::Mention]) {
    let mut in_a_name = inside_a_name(mentions);
    let month_alone = |d: &khabar_numbers::DateMention| d.iso.len() == 4 && d.iso.starts_with("--");
    dates.retain(|d| !(month_alone(d) && in_a_name(d.span)));
}
