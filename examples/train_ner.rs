//! Trains the entity model on the two CC BY-SA 3.0 corpora (AQMAR and
//! NewsFANE Gold), scores it on a held-out tenth of their sentences, and
//! writes the model file. Run by `cargo xtask train-ner`:
//!
//! ```text
//! cargo run --release --example train_ner -- CORPORA_DIR MODEL_FILE
//! ```
//!
//! `CORPORA_DIR` holds `aqmar/*.txt` (one `token TAG` a line) and
//! `newsfane/*.txt` (one `token<TAB>TAG` a line, 50 fine classes mapped to
//! PER, ORG and LOC below). Every tenth sentence is held out; the model is
//! trained on the other nine tenths, deterministically.

use anyhow::{bail, Context, Result};
use khabar_entities::model::train::{evaluate, train, Labelled, SpanScores, TrainConfig};
use khabar_entities::model::Label;
use khabar_entities::Gazetteer;
use std::path::{Path, PathBuf};

/// The coarse type of a NewsFANE class (`None`: not a name khabar tags).
fn newsfane_type(class: &str) -> Option<&'static str> {
    Some(match class {
        "Politician" | "Athlete" | "Artist" | "Other_PER" | "Religious_PER" | "Scientist" | "Businessperson" | "Lawyer" | "Engineer" => {
            "PER"
        }
        "Nation"
        | "Population-Center"
        | "State-or-Province"
        | "GPE-Cluster"
        | "Building-Grounds"
        | "Water-Body"
        | "Continent"
        | "County-or-District"
        | "Land-Region-Natural"
        | "Airport"
        | "Path"
        | "Subarea-Facility" => "LOC",
        "Non-Governmental" | "Government" | "Media" | "Sports" | "Commercial" | "Educational" | "Police" | "Medical-Science"
        | "Entertainment" | "Religious_ORG" => "ORG",
        _ => return None,
    })
}

/// A corpus sentence: tokens with BIO tags over PER, ORG and LOC.
type Sentence = Vec<(String, String)>;

/// Strips the marks some corpus tokens carry (LRM, BOM).
fn clean(token: &str) -> String {
    token.chars().filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{FEFF}')).collect()
}

fn read_aqmar(dir: &Path) -> Result<Vec<Sentence>> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    let mut sentences = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
        let mut current = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() {
                if !current.is_empty() {
                    sentences.push(std::mem::take(&mut current));
                }
                continue;
            }
            let Some((token, tag)) = line.rsplit_once(' ') else { continue };
            let tag = match tag.split_once('-') {
                Some((bio, t @ ("PER" | "ORG" | "LOC"))) => format!("{bio}-{t}"),
                _ => "O".to_string(),
            };
            current.push((clean(token), tag));
        }
        if !current.is_empty() {
            sentences.push(current);
        }
    }
    Ok(sentences)
}

fn read_newsfane(dir: &Path) -> Result<Vec<Sentence>> {
    let mut sentences = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("NewsFANE")))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
        let mut current: Sentence = Vec::new();
        // و written apart in this corpus is glued to the next word, as news
        // text writes it.
        let mut pending_waw = false;
        for line in text.lines() {
            let line = clean(line);
            let line = line.trim();
            if line.is_empty() {
                if !current.is_empty() {
                    sentences.push(std::mem::take(&mut current));
                }
                pending_waw = false;
                continue;
            }
            let Some((token, tag)) = line.split_once('\t') else { continue };
            let tag = match tag.split_once('-').and_then(|(bio, class)| newsfane_type(class).map(|t| format!("{bio}-{t}"))) {
                Some(t) => t,
                None => "O".to_string(),
            };
            if token == "و" && tag == "O" {
                pending_waw = true;
                continue;
            }
            let token = if std::mem::take(&mut pending_waw) { format!("و{token}") } else { token.to_string() };
            current.push((token, tag));
        }
        if !current.is_empty() {
            sentences.push(current);
        }
    }
    Ok(sentences)
}

/// A corpus sentence as the tagger sees it: its tokens joined by spaces,
/// tokenized by khabar's tokenizer, each token labelled from the corpus
/// token it falls in (a corpus token split in several gets I- after the
/// first).
fn labelled(sentence: &Sentence, gazetteer: &Gazetteer) -> Option<Labelled> {
    let mut text = String::new();
    let mut owners: Vec<(usize, usize)> = Vec::new();
    for (k, (token, _)) in sentence.iter().enumerate() {
        if !text.is_empty() {
            text.push(' ');
        }
        owners.push((text.len(), k));
        text.push_str(token);
    }
    let tokens = gazetteer.tokenizer().tokenize(&text);
    let mut labels = Vec::with_capacity(tokens.len());
    let mut last_owner = usize::MAX;
    for t in tokens.iter() {
        let k = owners.partition_point(|&(start, _)| start <= t.span.start).checked_sub(1)?;
        let owner = owners[k].1;
        let tag = &sentence[owner].1;
        let label = Label::parse(tag);
        let label = if owner == last_owner && label != Label::O {
            // A later piece of the same corpus token continues its name.
            match label.kind()? {
                khabar_entities::EntityType::Person => Label::IPer,
                khabar_entities::EntityType::Organization => Label::IOrg,
                khabar_entities::EntityType::Location => Label::ILoc,
            }
        } else {
            label
        };
        labels.push(label);
        last_owner = owner;
    }
    Some(Labelled { text, labels })
}

fn print_scores(name: &str, s: &SpanScores) {
    let (p, r, f) = SpanScores::prf(s.all);
    println!("{name}: P {p:.3} R {r:.3} F1 {f:.3}  (matched {}, predicted {}, gold {})", s.all.0, s.all.1, s.all.2);
    for (kind, counts) in &s.by_type {
        let (p, r, f) = SpanScores::prf(*counts);
        println!("  {:<4} P {p:.3} R {r:.3} F1 {f:.3}  (matched {}, predicted {}, gold {})", kind.as_str(), counts.0, counts.1, counts.2);
    }
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [corpora, out] = &args[..] else { bail!("usage: train_ner CORPORA_DIR MODEL_FILE") };
    let corpora = Path::new(corpora);
    let gazetteer = Gazetteer::default();
    let mut sentences = read_aqmar(&corpora.join("aqmar"))?;
    let aqmar = sentences.len();
    sentences.extend(read_newsfane(&corpora.join("newsfane"))?);
    println!("sentences: {aqmar} AQMAR, {} NewsFANE", sentences.len() - aqmar);
    let labelled: Vec<Labelled> = sentences.iter().filter_map(|s| labelled(s, &gazetteer)).collect();
    let (mut training, mut held_out) = (Vec::new(), Vec::new());
    for (k, s) in labelled.into_iter().enumerate() {
        if k % 10 == 9 {
            held_out.push(s);
        } else {
            training.push(s);
        }
    }
    println!("training on {} sentences, holding out {}", training.len(), held_out.len());
    let config = TrainConfig::default();
    let model = train(&training, &gazetteer, config);
    println!("features with weights: {}", model.features());
    print_scores("held-out tenth (exact span and type)", &evaluate(&model, &held_out, &gazetteer));
    let file = std::fs::File::create(out).with_context(|| format!("creating {out}"))?;
    model.write(std::io::BufWriter::new(file))?;
    println!("wrote {out}");
    Ok(())
}
