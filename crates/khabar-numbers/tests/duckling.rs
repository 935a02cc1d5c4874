//! Duckling's Arabic corpora (`tests/data/duckling_ar.tsv`, see
//! `tests/data/DUCKLING.md`), run with Duckling's own rule: an example
//! passes when exactly one item of the dimension spans the whole text with
//! the expected value (a range: its two ends, linked). Prints the pass rate per dimension and asserts the
//! gates; dimensions khabar does not gate on are reported only.

use khabar_numbers::{Extractor, Qualifier, Quantity, QuantityKind};

struct Row {
    dimension: String,
    expected: String,
    text: String,
}

fn rows() -> Vec<Row> {
    include_str!("data/duckling_ar.tsv")
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut parts = line.splitn(3, '\t');
            Some(Row { dimension: parts.next()?.to_string(), expected: parts.next()?.to_string(), text: parts.next()?.to_string() })
        })
        .collect()
}

/// The quantities of the dimension, as Duckling groups them.
fn of_dimension<'q>(dimension: &str, quantities: &'q [Quantity]) -> Vec<&'q Quantity> {
    let want: &[QuantityKind] = match dimension {
        "numeral" | "numeral_EG" => &[QuantityKind::Cardinal],
        "ordinal" => &[QuantityKind::Ordinal],
        "duration" => &[QuantityKind::Duration],
        "amount_of_money" => &[QuantityKind::Money],
        "quantity" | "temperature" | "volume" => &[QuantityKind::Measure],
        _ => &[],
    };
    quantities.iter().filter(|q| want.contains(&q.kind)).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Duckling's currency names against ISO codes; `$` and `£` are its generic
/// dollar and pound, and cents are counted in hundredths of a dollar.
fn money_matches(q: &Quantity, expected: &str) -> bool {
    let mut parts = expected.splitn(3, ':');
    let (_, currency, amount) = (parts.next(), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let unit = q.unit.as_deref().unwrap_or("");
    let (currency_ok, factor) = match currency {
        "$" => (unit == "USD", 1.0),
        "£" => (matches!(unit, "GBP" | "EGP"), 1.0),
        "cent" => (unit == "USD", 0.01),
        code => (unit == code, 1.0),
    };
    let (bound, amount) = match amount.chars().next() {
        Some('<') => (Some(false), &amount[1..]),
        Some('>') => (Some(true), &amount[1..]),
        _ => (None, amount),
    };
    let bound_ok = match bound {
        None => q.qualifier.is_none() || q.qualifier == Some(Qualifier::About),
        Some(true) => matches!(q.qualifier, Some(Qualifier::MoreThan | Qualifier::AtLeast)),
        Some(false) => matches!(q.qualifier, Some(Qualifier::LessThan | Qualifier::AtMost)),
    };
    let value_ok = amount.parse::<f64>().is_ok_and(|v| q.value.is_some_and(|x| close(x, v * factor)));
    currency_ok && bound_ok && value_ok
}

fn duration_matches(q: &Quantity, expected: &str) -> bool {
    let Some(rest) = expected.strip_prefix("duration:") else {
        return false;
    };
    let mut parts = rest.split(' ');
    let (n, grain) = (parts.next().and_then(|n| n.parse::<f64>().ok()), parts.next());
    n.is_some_and(|n| q.value.is_some_and(|v| close(v, n))) && q.unit.as_deref() == grain
}

/// A range (`money:$:10..20`): two items linked as the ends of one range,
/// both of the currency, that with the word opening the range (من، بين،
/// ما بين) or a qualifier (حوالي) span the whole text.
fn range_passes(row: &Row, items: &[&Quantity]) -> bool {
    let [low, high] = items else { return false };
    let Some((_, amounts)) = row.expected.rsplit_once(':') else { return false };
    let Some((lo, hi)) = amounts.split_once("..") else { return false };
    let currency = row.expected.split(':').nth(1).unwrap_or("");
    let linked = low.range.is_some() && high.range.is_some();
    let start = low.qualifier_span.map_or(low.span, |s| s.cover(low.span)).start;
    let opening = row.text[..start].trim();
    let covered = matches!(opening, "" | "من" | "بين" | "ما بين") && high.span.end == row.text.len();
    let ends = money_matches(low, &format!("money:{currency}:{lo}")) && money_matches(high, &format!("money:{currency}:{hi}"));
    linked && covered && ends
}

fn passes(extractor: &Extractor, row: &Row) -> bool {
    let found = extractor.extract(&row.text);
    let items = of_dimension(&row.dimension, &found.quantities);
    if row.dimension == "amount_of_money" && row.expected.contains("..") {
        return range_passes(row, &items);
    }
    let [q] = items.as_slice() else { return false };
    // khabar keeps a qualifier (أقل من) outside the quantity's span;
    // Duckling's item covers both.
    let covered = q.qualifier_span.map_or(q.span, |s| s.cover(q.span));
    if covered.start != 0 || covered.end != row.text.len() {
        return false;
    }
    match row.dimension.as_str() {
        "numeral" | "numeral_EG" | "ordinal" => row.expected.parse::<f64>().is_ok_and(|v| q.value.is_some_and(|x| close(x, v))),
        "duration" => duration_matches(q, &row.expected),
        "amount_of_money" => money_matches(q, &row.expected),
        _ => false,
    }
}

#[test]
fn duckling_arabic_corpora() {
    let extractor = Extractor::default();
    let gates = [("numeral", 0.95), ("ordinal", 0.90), ("duration", 0.85), ("amount_of_money", 0.92)];
    let reported = ["numeral_EG"];
    let rows = rows();
    let mut failed_gates = Vec::new();
    for (dimension, gate) in gates.iter().map(|(d, g)| (*d, Some(*g))).chain(reported.iter().map(|d| (*d, None))) {
        let of_dim: Vec<&Row> = rows.iter().filter(|r| r.dimension == dimension).collect();
        let failures: Vec<&&Row> = of_dim.iter().filter(|r| !passes(&extractor, r)).collect();
        let rate = 1.0 - failures.len() as f64 / of_dim.len().max(1) as f64;
        println!(
            "{dimension:<16} {:>5.1}%  ({} of {})  gate {}",
            rate * 100.0,
            of_dim.len() - failures.len(),
            of_dim.len(),
            gate.map_or("none".to_string(), |g| format!("{:.0}%", g * 100.0))
        );
        for r in &failures {
            println!("    fails: {} → {}", r.text, r.expected);
        }
        if gate.is_some_and(|g| rate < g) {
            failed_gates.push(dimension);
        }
    }
    assert!(failed_gates.is_empty(), "below the gate: {failed_gates:?}");
}
