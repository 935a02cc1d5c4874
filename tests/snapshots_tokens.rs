//! One insta snapshot of the tokens and sentences of each seed article:
//! `start..end kind text → norm`, one token a line.

use khabar_tokenize::Tokenizer;
use std::fmt::Write;

#[test]
fn tokens_of_each_seed() {
    insta::glob!("../seeds", "*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let tokens = Tokenizer::default().tokenize(&text);
        let mut out = String::new();
        for t in tokens.iter() {
            let norm = if t.norm == t.text { String::new() } else { format!(" → {}", t.norm) };
            let _ = writeln!(out, "{}..{} {} {}{}", t.span.start, t.span.end, t.kind.as_str(), t.text, norm);
        }
        let _ = writeln!(out, "-- sentences");
        for s in khabar_tokenize::Sentences::of(&tokens).iter() {
            let _ = writeln!(out, "{}..{} {}", s.span.start, s.span.end, &text[s.span.range()]);
        }
        insta::assert_snapshot!(out);
    });
}
