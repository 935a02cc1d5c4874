//! Ids for the names the gazetteer does not know: the same name gives the
//! same id in every document, shard and run.

use khabar_tokenize::{normalize, NormalizeConfig};

/// The Latin letters of an Arabic letter, for ids people can read.
fn latin(c: char) -> &'static str {
    match c {
        'ا' | 'ى' | 'ع' => "a",
        'ب' => "b",
        'ت' | 'ط' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' | 'ض' => "d",
        'ذ' | 'ظ' => "dh",
        'ر' => "r",
        'ز' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'و' | 'ؤ' => "w",
        'ي' | 'ئ' => "y",
        'ة' => "a",
        'پ' => "p",
        'چ' => "ch",
        'ژ' => "zh",
        'گ' => "g",
        'ڤ' => "v",
        _ => "",
    }
}

/// A quotation mark of any of the styles news sets names in.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '«' | '»' | '“' | '”' | '‘' | '’' | '„')
}

/// FNV-1a, 64 bits: a stable hash (the standard library's may change).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The id of a name the gazetteer does not know: its normalized words in
/// Latin letters, joined by `_`, and six hex digits of a hash of the
/// normalized name that keep two names apart when their letters agree.
/// Lowercase snake_case, like the gazetteer's ids.
///
/// ```
/// use khabar_entities::new_entity_id;
/// let id = new_entity_id("رامي عبد الرحمن");
/// assert!(id.starts_with("ramy_abd_alrhmn_"), "{id}");
/// // Spelling variants that normalization folds give the same id.
/// assert_eq!(new_entity_id("رامي عبد الرّحمن"), id);
/// assert_ne!(new_entity_id("رامي عبد الرحيم"), id);
/// // «Father of» in any case: one name.
/// assert_eq!(new_entity_id("أبا يوسف"), new_entity_id("أبو يوسف"));
/// ```
pub fn new_entity_id(name: &str) -> String {
    let norm = normalize(name, &NormalizeConfig::default());
    // فرقة «العباس»، فرقة "العباس": the quotes an outlet sets a name in
    // are no part of it.
    let mut words: Vec<&str> = norm
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .map(|w| w.trim_matches(is_quote_mark))
        .filter(|w| !w.is_empty())
        .collect();
    // أبا يوسف، أبي يوسف: «father of» in the accusative or the genitive
    // is the same name as in the nominative (أبو يوسف).
    let name_goes_on = words.len() > 1;
    if let Some(first) = words.first_mut().filter(|w| name_goes_on && matches!(**w, "ابا" | "ابي")) {
        *first = "ابو";
    }
    let key = words.join(" ");
    let mut id = String::with_capacity(key.len() + 8);
    for word in &words {
        let mut part = String::new();
        for c in word.chars() {
            if c.is_ascii_alphanumeric() {
                part.push(c.to_ascii_lowercase());
            } else {
                part.push_str(latin(c));
            }
        }
        if !part.is_empty() {
            if !id.is_empty() {
                id.push('_');
            }
            id.push_str(&part);
        }
    }
    if id.is_empty() {
        id.push_str("name");
    }
    id.push_str(&format!("_{:06x}", fnv1a(key.as_bytes()) & 0xFF_FFFF));
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_snake_case_stable_and_distinct() {
        for (name, prefix) in [("طلال سلو", "tlal_slw_"), ("ZDF", "zdf_"), ("xeber24.net", "xeber24net_"), ("جامعة الموصل", "jamaa_almwsl_")]
        {
            let id = new_entity_id(name);
            assert!(id.starts_with(prefix), "{name} → {id}");
            assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'), "{id}");
            assert_eq!(new_entity_id(name), id);
        }
        // Alef forms and diacritics fold; different names differ.
        assert_eq!(new_entity_id("أحمد"), new_entity_id("احمد"));
        assert_ne!(new_entity_id("سجن الصناعة"), new_entity_id("سجن غويران"));
        // The quotes a name is set in, of any style, or none.
        let plain = new_entity_id("فرقة الحمزة");
        for quoted in ["فرقة «الحمزة»", "فرقة \"الحمزة\"", "فرقة “الحمزة”"] {
            assert_eq!(new_entity_id(quoted), plain, "{quoted}");
        }
    }
}
