//! Writes one annotation as one JSON line, byte for byte what
//! `serde_json::to_vec` writes for it, in a third of the time.
//!
//! `khabar annotate` writes 2.4 bytes of JSON per byte of article text,
//! nearly all of it Arabic text in strings (mentions and the sentences
//! they stand in).
//! serde_json tests each byte of a string against its escape table and
//! writes every key, colon and comma through its own `write_all`; serializing
//! was a quarter of the whole pipeline's time. This writer knows the shape
//! of the line: it writes each run of literal syntax in one copy, checks
//! strings eight bytes at a time for the three things JSON escapes (control
//! characters, `"` and `\`), and copies clean runs whole. Reading lines
//! back stays with serde; `tests` pin the two to the same bytes.

use crate::annotation::{
    as_whole_number, ClaimMention, DateMention, DocAnnotation, DocMeta, EntityMention, QuantityMention, SentenceOut, TokenOut,
};

impl<S: AsRef<str>> DocAnnotation<S> {
    /// Appends this annotation to `out` as one JSON object, without the
    /// newline: the same bytes as `serde_json::to_vec(self)`.
    ///
    /// ```
    /// use khabar_wire::{DocAnnotation, EntityMention, EntityType};
    ///
    /// let doc = DocAnnotation {
    ///     doc: "a.txt".to_string(),
    ///     entities: vec![EntityMention {
    ///         start: 0, end: 6, text: "قسد".into(), id: "sdf".into(), kind: EntityType::Organization, sentence: Some(0),
    ///     }],
    ///     ..Default::default()
    /// };
    /// let mut line = Vec::new();
    /// doc.write_json(&mut line);
    /// assert_eq!(line, serde_json::to_vec(&doc).unwrap());
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"doc\":");
        write_str(out, self.doc.as_ref());
        out.extend_from_slice(b",\"entities\":");
        write_array(out, &self.entities, write_entity);
        out.extend_from_slice(b",\"quantities\":");
        write_array(out, &self.quantities, write_quantity);
        out.extend_from_slice(b",\"dates\":");
        write_array(out, &self.dates, write_date);
        out.extend_from_slice(b",\"claims\":");
        write_array(out, &self.claims, write_claim);
        if let Some(meta) = &self.meta {
            out.extend_from_slice(b",\"meta\":");
            write_meta(out, meta);
        }
        if let Some(tokens) = &self.tokens {
            out.extend_from_slice(b",\"tokens\":");
            write_array(out, tokens, write_token);
        }
        if let Some(sentences) = &self.sentences {
            out.extend_from_slice(b",\"sentences\":");
            write_array(out, sentences, write_sentence);
        }
        if let Some(error) = &self.error {
            // Rare: serde_json writes it, so the bytes stay its bytes.
            out.extend_from_slice(b",\"error\":");
            serde_json::to_writer(&mut *out, error).unwrap_or(());
        }
        out.push(b'}');
    }
}

fn write_array<T>(out: &mut Vec<u8>, items: &[T], mut write_item: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_item(out, item);
    }
    out.push(b']');
}

/// `{"start":…,"end":…`, the head every mention and token shares.
fn write_span(out: &mut Vec<u8>, start: usize, end: usize) {
    out.extend_from_slice(b"{\"start\":");
    write_uint(out, start);
    out.extend_from_slice(b",\"end\":");
    write_uint(out, end);
}

/// `,"key":"value"`; `key` comes with its comma, quotes and colon.
fn write_str_field(out: &mut Vec<u8>, key: &[u8], value: &str) {
    out.extend_from_slice(key);
    write_str(out, value);
}

/// A span, string fields, then the sentence when there is one: the head of
/// an entity mention, a date or a token.
fn write_spanned(out: &mut Vec<u8>, (start, end): (usize, usize), fields: &[(&[u8], &str)], sentence: Option<usize>) {
    write_span(out, start, end);
    for (key, value) in fields {
        write_str_field(out, key, value);
    }
    write_sentence_index(out, sentence);
}

fn write_entity<S: AsRef<str>>(out: &mut Vec<u8>, e: &EntityMention<S>) {
    let fields: [(&[u8], &str); 3] = [(b",\"text\":", e.text.as_ref()), (b",\"id\":", e.id.as_ref()), (b",\"type\":", e.kind.as_str())];
    write_spanned(out, (e.start, e.end), &fields, e.sentence);
    out.push(b'}');
}

fn write_date<S: AsRef<str>>(out: &mut Vec<u8>, d: &DateMention<S>) {
    let fields: [(&[u8], &str); 3] = [(b",\"text\":", d.text.as_ref()), (b",\"iso\":", d.iso.as_ref()), (b",\"kind\":", d.kind.as_str())];
    write_spanned(out, (d.start, d.end), &fields, None);
    for (key, value) in [
        (&b",\"relative\":"[..], d.relative.as_ref()),
        (&b",\"resolved\":"[..], d.resolved.as_ref()),
        (&b",\"anchor\":"[..], d.anchor.as_ref()),
    ] {
        if let Some(value) = value {
            write_str_field(out, key, value.as_ref());
        }
    }
    write_sentence_index(out, d.sentence);
    out.push(b'}');
}

fn write_token(out: &mut Vec<u8>, t: &TokenOut) {
    let fields: [(&[u8], &str); 3] = [(b",\"text\":", &t.text), (b",\"norm\":", &t.norm), (b",\"kind\":", t.kind.as_str())];
    write_spanned(out, (t.start, t.end), &fields, None);
    out.push(b'}');
}

fn write_sentence<S: AsRef<str>>(out: &mut Vec<u8>, s: &SentenceOut<S>) {
    write_spanned(out, (s.start, s.end), &[], None);
    if let Some(text) = &s.text {
        write_str_field(out, b",\"text\":", text.as_ref());
    }
    out.push(b'}');
}

fn write_quantity<S: AsRef<str>>(out: &mut Vec<u8>, q: &QuantityMention<S>) {
    write_span(out, q.start, q.end);
    write_str_field(out, b",\"text\":", q.text.as_ref());
    out.extend_from_slice(b",\"value\":");
    write_value(out, q.value);
    write_str_field(out, b",\"kind\":", q.kind.as_str());
    out.extend_from_slice(b",\"unit\":");
    write_opt_str(out, q.unit.as_ref());
    out.extend_from_slice(b",\"qualifier\":");
    write_opt_str(out, q.qualifier.map(|x| x.as_str()));
    out.extend_from_slice(b",\"counted\":");
    write_opt_str(out, q.counted.as_ref());
    if let Some(k) = q.range {
        out.extend_from_slice(b",\"range\":");
        write_uint(out, k);
    }
    write_sentence_index(out, q.sentence);
    out.push(b'}');
}

fn write_claim<S: AsRef<str>>(out: &mut Vec<u8>, c: &ClaimMention<S>) {
    out.push(b'{');
    if let Some(k) = c.quantity {
        out.extend_from_slice(b"\"quantity\":");
        write_uint(out, k);
        out.push(b',');
    }
    out.extend_from_slice(b"\"start\":");
    write_uint(out, c.start);
    out.extend_from_slice(b",\"end\":");
    write_uint(out, c.end);
    // Fields with no value are left out, as serde's `skip_serializing_if`
    // leaves them.
    for (key, value) in [
        (&b",\"claimant\":"[..], c.claimant.as_ref()),
        (b",\"claimant_text\":", c.claimant_text.as_ref()),
        (b",\"speaker\":", c.speaker.as_ref()),
        (b",\"actor\":", c.actor.as_ref()),
    ] {
        if let Some(value) = value {
            write_str_field(out, key, value.as_ref());
        }
    }
    write_str_field(out, b",\"action\":", c.action.as_ref());
    if let Some(when) = &c.when {
        write_str_field(out, b",\"when\":", when.as_ref());
    }
    if let Some(from) = &c.when_from {
        write_str_field(out, b",\"when_from\":", from.as_ref());
    }
    if c.total {
        out.extend_from_slice(b",\"total\":true");
    }
    out.push(b'}');
}

/// `,"sentence":k`, written only when a mention has one.
fn write_sentence_index(out: &mut Vec<u8>, sentence: Option<usize>) {
    if let Some(k) = sentence {
        out.extend_from_slice(b",\"sentence\":");
        write_uint(out, k);
    }
}

fn write_meta(out: &mut Vec<u8>, meta: &DocMeta) {
    out.extend_from_slice(b"{\"title\":");
    write_str(out, &meta.title);
    out.extend_from_slice(b",\"outlet\":");
    write_opt_str(out, meta.outlet.as_ref());
    out.extend_from_slice(b",\"published\":");
    write_opt_str(out, meta.published.as_ref());
    out.extend_from_slice(b",\"words\":");
    write_uint(out, meta.words);
    if let Some(url) = &meta.url {
        write_str_field(out, b",\"url\":", url);
    }
    if let Some(producer) = &meta.producer {
        write_str_field(out, b",\"producer\":", producer);
    }
    if !meta.names.is_empty() {
        // Rare (a user's own gazetteer): serde_json writes them.
        out.extend_from_slice(b",\"names\":");
        serde_json::to_writer(&mut *out, &meta.names).unwrap_or(());
    }
    out.push(b'}');
}

fn write_uint(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// A quantity's value as `whole_numbers_plain` serializes it: whole numbers
/// f64 holds exactly as integers, other values as serde_json writes floats
/// (non-finite ones as null).
fn write_value(out: &mut Vec<u8>, value: Option<f64>) {
    match value.map(|v| (v, as_whole_number(v))) {
        Some((_, Some(n))) => out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
        // Rare (fractions); serde_json's own float formatting keeps the
        // bytes identical. Writing into memory cannot fail.
        Some((v, None)) => serde_json::to_writer(&mut *out, &v).unwrap_or(()),
        None => out.extend_from_slice(b"null"),
    }
}

fn write_opt_str<S: AsRef<str>>(out: &mut Vec<u8>, s: Option<S>) {
    match s {
        Some(s) => write_str(out, s.as_ref()),
        None => out.extend_from_slice(b"null"),
    }
}

/// Eight copies of a byte across a word.
const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// Whether any byte of `word` is a control character, `"` or `\`: the
/// classic zero-byte tests (exact as a yes/no for the whole word).
fn needs_escape(word: u64) -> bool {
    let high = splat(0x80);
    let below_space = word.wrapping_sub(splat(0x20)) & !word & high;
    let has_zero = |w: u64| w.wrapping_sub(splat(0x01)) & !w & high;
    below_space | has_zero(word ^ splat(b'"')) | has_zero(word ^ splat(b'\\')) != 0
}

/// A JSON string, escaped as serde_json escapes it: `\"`, `\\`, the short
/// escapes for backspace, tab, newline, form feed and carriage return,
/// `\u00xx` (lowercase) for the other control characters, everything else
/// as it is.
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // `copied`: the bytes before it are already in `out`.
    let mut copied = 0;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if needs_escape(u64::from_ne_bytes(word)) {
            copied = escape_bytes(out, bytes, copied, at);
        }
        at += 8;
    }
    // The last few bytes, padded with a letter that needs no escape.
    let tail = chunks.remainder();
    let mut word = [b'a'; 8];
    word[..tail.len()].copy_from_slice(tail);
    if needs_escape(u64::from_ne_bytes(word)) {
        copied = escape_bytes(out, bytes, copied, at);
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
}

/// Escapes what needs it among the (up to) eight bytes from `at`, copying
/// the clean run before each escape; returns the new `copied`.
fn escape_bytes(out: &mut Vec<u8>, bytes: &[u8], mut copied: usize, at: usize) -> usize {
    let word = bytes.get(at..).unwrap_or_default();
    for (i, &b) in word.iter().enumerate().take(8) {
        let i = at + i;
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x09 => b't',
            0x0A => b'n',
            0x0C => b'f',
            0x0D => b'r',
            0x00..=0x1F => 0,
            _ => continue,
        };
        out.extend_from_slice(&bytes[copied..i]);
        if short != 0 {
            out.extend_from_slice(&[b'\\', short]);
        } else {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xF)]]);
        }
        copied = i + 1;
    }
    copied
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{DateKind, QuantityKind};
    use proptest::prelude::*;

    fn same_as_serde(s: &str) {
        let mut mine = Vec::new();
        write_str(&mut mine, s);
        assert_eq!(String::from_utf8_lossy(&mine), serde_json::to_string(s).unwrap(), "{s:?}");
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        for s in [
            "",
            "قسد",
            "\"",
            "\\",
            "a\"b\\c",
            "\u{0}\u{1}\u{8}\t\n\u{b}\u{c}\r\u{1f} \u{7f}",
            "نحو 11 ألف مقاتل\n“قبل عامين”",
            "12345678\"",
            "1234567\"8",
            "\"12345678",
            "!#/[]{}~ 01 ABC xyz",
        ] {
            same_as_serde(s);
        }
    }

    #[test]
    fn values_write_as_whole_numbers_plain_does() {
        for value in [None, Some(0.0), Some(-3.0), Some(11000.0), Some(7.7e6), Some(0.5), Some(1e300), Some(f64::NAN), Some(f64::INFINITY)]
        {
            let q = QuantityMention {
                start: 0,
                end: 1,
                text: "x",
                value,
                kind: QuantityKind::Cardinal,
                unit: None,
                qualifier: None,
                counted: None,
                range: None,
                sentence: None,
            };
            let mut mine = Vec::new();
            write_quantity(&mut mine, &q);
            assert_eq!(String::from_utf8_lossy(&mine), serde_json::to_string(&q).unwrap());
        }
    }

    #[test]
    fn items_and_their_sentences_write_as_serde_json_does() {
        let sentence = "قال \"المرصد\" إن 5 قتلى\nسقطوا.";
        // Quantities of the killed are ends of a range, written as serde does.
        let quantity = |k: usize| QuantityMention {
            start: 0,
            end: 1,
            text: "5",
            value: Some(5.0),
            kind: QuantityKind::Cardinal,
            unit: None,
            qualifier: None,
            counted: Some("قتيل"),
            range: (k % 2 == 1).then_some(3),
            sentence: Some(k % 3),
        };
        let date = |k: usize| DateMention {
            start: 0,
            end: 1,
            text: "5",
            iso: "--03",
            kind: DateKind::Date,
            relative: (k == 2).then_some("day-1"),
            resolved: (k == 1).then_some("2019-03"),
            anchor: (k == 1).then_some("published"),
            sentence: (k > 0).then_some(1),
        };
        let doc = DocAnnotation {
            doc: "a.txt",
            quantities: (0..5).map(quantity).collect(),
            dates: (0..3).map(date).collect(),
            meta: Some(DocMeta {
                title: "عنوان".into(),
                outlet: None,
                published: Some("2019-04-02".into()),
                words: 3,
                url: Some("https://example.org/\"a\"".into()),
                producer: Some("khabar 0.1.0+data:0123456789ab".into()),
                names: vec![crate::NamedEntity {
                    id: "x".into(),
                    name: "X \"Co\"".into(),
                    arabic: "شركة".into(),
                    kind: crate::EntityType::Organization,
                }],
            }),
            sentences: Some(vec![
                SentenceOut { start: 0, end: sentence.len(), text: Some(sentence) },
                SentenceOut { start: sentence.len() + 1, end: sentence.len() + 4, text: None },
                SentenceOut { start: sentence.len() + 5, end: sentence.len() + 9, text: Some("\u{1}") },
            ]),
            ..Default::default()
        };
        let mut line = Vec::new();
        doc.write_json(&mut line);
        assert_eq!(String::from_utf8_lossy(&line), serde_json::to_string(&doc).unwrap());
        assert!(String::from_utf8_lossy(&line).contains("\"range\":3"));
        let back: DocAnnotation = serde_json::from_slice(&line).unwrap();
        assert_eq!(back.sentence(back.quantities[0].sentence).and_then(|s| s.text.as_deref()), Some(sentence));
        assert_eq!(back.sentence(Some(1)).map(|s| s.text.as_deref()), Some(None));
        assert_eq!(back.sentence(Some(7)), None);
    }

    #[test]
    fn claims_write_as_serde_json_does() {
        let claim = |quantity, claimant: Option<&'static str>| ClaimMention {
            quantity,
            start: 3,
            end: 9,
            claimant,
            claimant_text: claimant.map(|_| "التحالف"),
            speaker: None,
            actor: Some("sdf"),
            action: "detained",
            when: Some("2019-03-23"),
            when_from: Some("published"),
            total: false,
        };
        let doc = DocAnnotation { doc: "a.txt", claims: vec![claim(Some(0), Some("coalition")), claim(None, None)], ..Default::default() };
        let mut line = Vec::new();
        doc.write_json(&mut line);
        assert_eq!(String::from_utf8_lossy(&line), serde_json::to_string(&doc).unwrap());
        // An error record.
        let failed = DocAnnotation {
            doc: "7",
            error: Some(crate::InputFailure {
                message: "invalid UTF-8 at byte 3 \"x\"".into(),
                source: Some("<stdin>".into()),
                line: Some(2),
            }),
            ..Default::default()
        };
        let mut line = Vec::new();
        failed.write_json(&mut line);
        assert_eq!(String::from_utf8_lossy(&line), serde_json::to_string(&failed).unwrap());
    }

    proptest! {
        #[test]
        fn any_string_escapes_as_serde_json_does(s in any::<String>(), ascii in "[\\x00-\\x7f]{0,40}") {
            same_as_serde(&s);
            same_as_serde(&ascii);
        }
    }
}
