//! From an [`Analysis`] to its wire record: the one place where domain
//! values become the JSON Lines types of `khabar-wire`. The vocabularies are
//! mapped by exhaustive matches, so a kind added or renamed in a stage
//! fails to compile here instead of reaching a reader as an unknown string.

use crate::wire::{self, ClaimMention, DateMention, DocAnnotation, EntityMention, QuantityMention, SentenceOut, TokenOut};
use crate::Analysis;
use khabar_entities::EntityType;
use khabar_numbers::{DateKind, Qualifier, QuantityKind};
use khabar_tokenize::{Span, TokenKind};
use std::borrow::Cow;

/// The wire record of `analysis`, borrowing the document's text and the
/// gazetteer's ids; with tokens (and the text of every sentence) when
/// `with_tokens`.
pub(crate) fn to_wire<'a>(
    doc: &'a str,
    analysis: Analysis<'a>,
    with_tokens: bool,
    reference_date: Option<&str>,
) -> DocAnnotation<Cow<'a, str>> {
    let Analysis { tokens, sentences, mentions, ids, extraction, meta, claims } = analysis;
    // What dates stating no year are resolved against: the publication
    // date, else the date the user gave.
    let reference = match (meta.published.as_deref(), reference_date) {
        (Some(p), _) => Some((p.to_string(), "published")),
        (None, Some(r)) => Some((r.to_string(), "reference")),
        (None, None) => None,
    };
    let text = tokens.text();
    let slice = |span: Span| Cow::Borrowed(span.slice(text));
    // The sentence of each quantity and date carries its text, once.
    let mut quoted = vec![with_tokens; sentences.len()];
    let mut sentence_of = |span: Span| {
        let k = sentences.index_at(span.start).unwrap_or(0);
        if let Some(q) = quoted.get_mut(k) {
            *q = true;
        }
        Some(k)
    };
    let entities = mentions
        .into_iter()
        .zip(ids)
        .map(|(m, id)| EntityMention {
            start: m.span.start,
            end: m.span.end,
            text: slice(m.span),
            id,
            kind: entity_type(m.kind),
            sentence: Some(sentences.index_at(m.span.start).unwrap_or(0)),
        })
        .collect();
    let claims = claims
        .into_iter()
        .filter_map(|c| {
            let q = extraction.quantities.get(c.quantity)?;
            Some(ClaimMention {
                quantity: Some(c.quantity),
                start: q.span.start,
                end: q.span.end,
                claimant: c.claimant.map(Cow::Owned),
                claimant_text: c.claimant_span.map(slice),
                speaker: c.speaker.map(Cow::Owned),
                actor: c.actor.map(Cow::Owned),
                action: Cow::Borrowed(c.action.as_str()),
                when_from: c.when.as_ref().map(|w| Cow::Borrowed(w.from.as_str())),
                when: c.when.map(|w| Cow::Owned(w.iso)),
                total: c.total,
            })
        })
        .collect();
    let quantities = extraction
        .quantities
        .into_iter()
        .map(|q| {
            let sentence = sentence_of(q.span);
            QuantityMention {
                start: q.span.start,
                end: q.span.end,
                text: slice(q.span),
                value: q.value,
                kind: quantity_kind(q.kind),
                unit: q.unit.map(Cow::Owned),
                qualifier: q.qualifier.map(qualifier),
                counted: q.counted.map(Cow::Owned),
                // Quantities keep their order and index on the wire.
                range: q.range,
                sentence,
            }
        })
        .collect();
    let dates = extraction
        .dates
        .into_iter()
        .map(|d| {
            let sentence = sentence_of(d.span);
            let resolved = reference.as_ref().and_then(|(r, anchor)| {
                let iso = match &d.relative {
                    Some(relative) => relative.resolve(crate::resolve::parse_date(r)?),
                    None => {
                        // Only the first word after the date is read (آذار
                        // المقبل).
                        let after = text.get(d.span.end..).unwrap_or("");
                        crate::resolve::resolve(&d.iso, r, after)
                    }
                };
                iso.map(|iso| (iso, *anchor))
            });
            DateMention {
                start: d.span.start,
                end: d.span.end,
                text: slice(d.span),
                iso: Cow::Owned(d.iso),
                kind: date_kind(d.kind),
                relative: d.relative.map(|r| Cow::Owned(r.code())),
                resolved: resolved.as_ref().map(|(iso, _)| Cow::Owned(iso.clone())),
                anchor: resolved.map(|(_, anchor)| Cow::Borrowed(anchor)),
                sentence,
            }
        })
        .collect();
    let sentences_out = sentences
        .iter()
        .zip(&quoted)
        .map(|(s, &quoted)| SentenceOut { start: s.span.start, end: s.span.end, text: quoted.then(|| slice(s.span)) })
        .collect();
    let tokens_out = with_tokens.then(|| {
        tokens
            .iter()
            .map(|t| TokenOut {
                start: t.span.start,
                end: t.span.end,
                text: t.text.to_string(),
                norm: t.norm.to_string(),
                kind: token_kind(t.kind),
            })
            .collect()
    });
    DocAnnotation {
        doc: Cow::Borrowed(doc),
        entities,
        quantities,
        dates,
        claims,
        meta: Some(meta),
        tokens: tokens_out,
        sentences: Some(sentences_out),
        error: None,
    }
}

pub(crate) fn entity_type(t: EntityType) -> wire::EntityType {
    match t {
        EntityType::Person => wire::EntityType::Person,
        EntityType::Organization => wire::EntityType::Organization,
        EntityType::Location => wire::EntityType::Location,
    }
}

fn quantity_kind(k: QuantityKind) -> wire::QuantityKind {
    match k {
        QuantityKind::Cardinal => wire::QuantityKind::Cardinal,
        QuantityKind::Percent => wire::QuantityKind::Percent,
        QuantityKind::Money => wire::QuantityKind::Money,
        QuantityKind::Measure => wire::QuantityKind::Measure,
        QuantityKind::Ordinal => wire::QuantityKind::Ordinal,
        QuantityKind::Duration => wire::QuantityKind::Duration,
        QuantityKind::Vague => wire::QuantityKind::Vague,
    }
}

fn qualifier(q: Qualifier) -> wire::Qualifier {
    match q {
        Qualifier::MoreThan => wire::Qualifier::MoreThan,
        Qualifier::About => wire::Qualifier::About,
        Qualifier::LessThan => wire::Qualifier::LessThan,
        Qualifier::AtLeast => wire::Qualifier::AtLeast,
        Qualifier::AtMost => wire::Qualifier::AtMost,
    }
}

fn date_kind(k: DateKind) -> wire::DateKind {
    match k {
        DateKind::Date => wire::DateKind::Date,
        DateKind::Year => wire::DateKind::Year,
        DateKind::Time => wire::DateKind::Time,
        DateKind::Relative => wire::DateKind::Relative,
    }
}

fn token_kind(k: TokenKind) -> wire::TokenKind {
    match k {
        TokenKind::Arabic => wire::TokenKind::Arabic,
        TokenKind::Latin => wire::TokenKind::Latin,
        TokenKind::Number => wire::TokenKind::Number,
        TokenKind::Punct => wire::TokenKind::Punct,
        TokenKind::Symbol => wire::TokenKind::Symbol,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value of each domain vocabulary maps to the wire value of the
    /// same name: a stage and the format never drift apart silently.
    #[test]
    fn vocabularies_map_by_name() {
        for t in [EntityType::Person, EntityType::Organization, EntityType::Location] {
            assert_eq!(entity_type(t).as_str(), t.as_str());
        }
        for k in [
            QuantityKind::Cardinal,
            QuantityKind::Percent,
            QuantityKind::Money,
            QuantityKind::Measure,
            QuantityKind::Ordinal,
            QuantityKind::Duration,
            QuantityKind::Vague,
        ] {
            assert_eq!(quantity_kind(k).as_str(), k.as_str());
        }
        for q in [Qualifier::MoreThan, Qualifier::About, Qualifier::LessThan, Qualifier::AtLeast, Qualifier::AtMost] {
            assert_eq!(qualifier(q).as_str(), q.as_str());
        }
        for k in [DateKind::Date, DateKind::Year, DateKind::Time, DateKind::Relative] {
            assert_eq!(date_kind(k).as_str(), k.as_str());
        }
        for k in [TokenKind::Arabic, TokenKind::Latin, TokenKind::Number, TokenKind::Punct, TokenKind::Symbol] {
            assert_eq!(token_kind(k).as_str(), k.as_str());
        }
    }
}
