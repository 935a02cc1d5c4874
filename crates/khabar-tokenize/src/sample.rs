//! Synthetic Arabic news, the same on every machine, to any size: what the
//! benches of the khabar crates read, so that each crate benches on its own
//! (the workspace's whole-pipeline benches read the seed articles instead).
//!
//! An article is a headline and a dozen sentences built from templates
//! written for this module, with their slots (actors, places, speech
//! verbs, figures, counted nouns, dates) drawn by a xorshift generator
//! seeded with the article's number. Figures come in the forms news uses
//! (digits with separators and decimals, scale words, spelled numbers,
//! qualifiers); dates are real calendar dates. No text of any outlet is in
//! it.
//!
//! ```
//! use khabar_tokenize::sample;
//! let first = sample::article(0);
//! assert_eq!(first, sample::article(0), "the same every time");
//! assert_ne!(first, sample::article(1));
//! let texts = sample::articles(50_000);
//! assert!(texts.iter().map(|t| t.len()).sum::<usize>() >= 50_000);
//! ```

/// Who acts or speaks.
const ACTORS: [&str; 16] = [
    "قوات سوريا الديمقراطية",
    "التحالف الدولي",
    "وزارة الدفاع العراقية",
    "المرصد السوري لحقوق الإنسان",
    "تنظيم داعش",
    "الجيش العراقي",
    "قيادة العمليات المشتركة",
    "القائد العام لقسد مظلوم عبدي",
    "وزير الخارجية الأمريكي أنتوني بلينكن",
    "المتحدث باسم التحالف",
    "قسد",
    "الحكومة السورية",
    "الأمم المتحدة",
    "وكالة الأنباء العراقية",
    "مصدر أمني",
    "الإدارة الذاتية",
];

/// Where it happens.
const PLACES: [&str; 16] = [
    "الرقة",
    "دير الزور",
    "الموصل",
    "الحسكة",
    "منبج",
    "الباغوز",
    "تلعفر",
    "الأنبار",
    "كوباني",
    "القامشلي",
    "ريف حلب الشرقي",
    "مخيم الهول",
    "بلدة هجين",
    "الفلوجة",
    "سنجار",
    "البادية السورية",
];

const SPEECH: [&str; 6] = ["قال", "أعلن", "أكد", "ذكر", "أفاد", "كشف"];

/// Counted nouns, in the plural a figure above ten takes.
const NOUNS: [&str; 12] =
    ["مقاتل", "مدني", "غارة جوية", "عنصر", "شخص", "طائرة مسيرة", "دولار", "كيلومتر مربع", "نازح", "معتقل", "لغم", "عائلة"];

const SCALES: [&str; 3] = ["ألف", "مليون", "مليار"];

const QUALIFIERS: [&str; 6] = ["نحو", "أكثر من", "قرابة", "حوالي", "ما يزيد على", "أقل من"];

const SPELLED: [&str; 8] = ["ثلاثة", "خمسة", "سبعة", "عشرة", "خمسة عشر", "عشرين", "مئة", "مئتي"];

const MONTHS: [&str; 12] =
    ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

const WEEKDAYS: [&str; 7] = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"];

/// Sentences; `{A}` an actor, `{P}` a place, `{S}` a speech verb, `{Q}` a
/// figure with its counted noun, `{D}` a date.
const TEMPLATES: [&str; 14] = [
    "{S} {A} في بيان إن {Q} قتلوا في {P} {D}.",
    "وبحسب {A}، فقد تمكنت القوات من السيطرة على {P} بعد معارك استمرت أسابيع.",
    "{S} {A} أن {Q} عادوا إلى منازلهم في {P} منذ {D}.",
    "ونفذ التحالف {Q} على مواقع التنظيم في {P}، بحسب ما {S} {A}.",
    "وأضاف أن الهجوم الذي وقع {D} في {P} أسفر عن مقتل {Q}.",
    "من جهته، {S} {A} أن كلفة إعادة إعمار {P} تبلغ {Q}.",
    "وتشير تقديرات {A} إلى أن {Q} ما زالوا محتجزين في {P}.",
    "{D}، {S} {A} أنه اعتقل {Q} خلال حملة تمشيط في {P}.",
    "ولم يتسن التحقق من هذه الأرقام من مصدر مستقل.",
    "وتمتد المنطقة المحررة على مساحة {Q} شرقي {P}.",
    "وتابع: «نحن مستمرون في ملاحقة خلايا التنظيم في {P} حتى القضاء عليها».",
    "وكانت {A} قد {S} {D} أن عدد سكان {P} تجاوز {Q}.",
    "وأشار إلى أن {Q} سقطوا بين قتيل وجريح في {P}.",
    "ويأتي ذلك بعد {D} من إعلان {A} انتهاء العمليات العسكرية في {P}.",
];

/// A xorshift generator: small, fast and the same everywhere.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }

    /// A figure and what it counts, in one of the forms news writes.
    fn figure(&mut self) -> String {
        let noun = self.pick(&NOUNS);
        let number = match self.below(6) {
            0 => format!("{}", 11 + self.below(989)),
            1 => {
                let n = 1_000 + self.below(98_000);
                format!("{},{:03}", n / 1000, n % 1000)
            }
            2 => format!("{} {}", 2 + self.below(98), self.pick(&SCALES)),
            3 => format!("{}.{} {}", 1 + self.below(9), 1 + self.below(9), self.pick(&SCALES)),
            4 => self.pick(&SPELLED).to_string(),
            _ => format!("{} {}", self.pick(&QUALIFIERS), 11 + self.below(9_000)),
        };
        format!("{number} {noun}")
    }

    /// A date in one of the forms news writes; always a real one.
    fn date(&mut self) -> String {
        let year = 2014 + self.below(11);
        let month = self.below(12);
        let day = 1 + self.below(28);
        match self.below(4) {
            0 => format!("في {day} {} {year}", MONTHS[month]),
            1 => format!("يوم {} {day} {}", self.pick(&WEEKDAYS), MONTHS[month]),
            2 => format!("في {day}/{}/{year}", month + 1),
            _ => format!("عام {year}"),
        }
    }
}

/// Article number `k`: a headline and twelve sentences.
pub fn article(k: u64) -> String {
    let mut draw = Draw(k.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut text = format!("{} {} في {}\n\n", draw.pick(&ACTORS), draw.pick(&SPEECH), draw.pick(&PLACES));
    for sentence in 0..12 {
        let template = draw.pick(&TEMPLATES);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            let slot = &rest[open + 1..open + 2];
            match slot {
                "A" => text.push_str(draw.pick(&ACTORS)),
                "P" => text.push_str(draw.pick(&PLACES)),
                "S" => text.push_str(draw.pick(&SPEECH)),
                "Q" => text.push_str(&draw.figure()),
                _ => text.push_str(&draw.date()),
            }
            rest = &rest[open + 3..];
        }
        text.push_str(rest);
        text.push(if sentence % 4 == 3 { '\n' } else { ' ' });
    }
    text
}

/// Articles 0, 1, 2… until they hold at least `bytes` bytes.
pub fn articles(bytes: usize) -> Vec<String> {
    let mut total = 0;
    let mut texts = Vec::new();
    for k in 0.. {
        if total >= bytes {
            break;
        }
        let text = article(k);
        total += text.len();
        texts.push(text);
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slot_is_filled_and_articles_differ() {
        for k in 0..200 {
            let text = article(k);
            assert!(!text.contains('{') && !text.contains('}'), "{text}");
            assert!(text.lines().count() >= 4);
        }
        assert_ne!(article(3), article(4));
    }

    #[test]
    fn articles_reach_the_size_asked() {
        let texts = articles(100_000);
        let total: usize = texts.iter().map(String::len).sum();
        assert!((100_000..110_000).contains(&total), "{total}");
        assert!(articles(0).is_empty());
    }
}
