//! A deterministic synthetic corpus for benchmarks: the seed articles
//! cycled and varied, to any size, the same on every machine.
//!
//! Copy `k` is seed `k % 5` with its numbers replaced (same number of
//! digits, so numbers keep their shape and every copy reads different
//! values, and each stays what it could be in news: a day 1–28, a month
//! `01`–`09`, an hour and its minutes, a year 1900–2025, so that the dates
//! of the copies are real dates) and some spelling variants swapped (أ/ا،
//! ى/ي at word end), driven by a xorshift generator seeded with `k`. The
//! variations exercise the same code as real text does; none of them
//! changes the size of a document.
//!
//! `khabar corpus`, `cargo xtask throughput` and the workspace's pipeline
//! bench read it; the crates' own benches read `khabar_tokenize::sample`,
//! which ships with the crate.

/// The five seed articles (`seeds/`).
pub const SEEDS: [&str; 5] = [
    include_str!("../seeds/000_5d9f13a3a59b5a92.txt"),
    include_str!("../seeds/001_b81e124375752cc1.txt"),
    include_str!("../seeds/002_5ced4cc376893daf.txt"),
    include_str!("../seeds/003_83b625066f24c502.txt"),
    include_str!("../seeds/004_0ae17a3b2d5de974.txt"),
];

/// The size of the bench corpus: about 20 MB in an optimized build, a
/// small slice when `cargo test --benches` smoke-runs the benches in a
/// debug build.
pub fn bench_size() -> usize {
    if cfg!(debug_assertions) {
        100_000
    } else {
        20_000_000
    }
}

/// Copy `k` of the corpus: its name and text.
pub fn document(k: u64) -> (String, String) {
    let seed = SEEDS[(k % SEEDS.len() as u64) as usize];
    let mut rng = k.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut text = String::with_capacity(seed.len());
    let mut chars = seed.chars().peekable();
    let mut before = ' ';
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() && k > 0 {
            let mut run = String::from(c);
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                run.push(d);
                chars.next();
            }
            let after = chars.peek().copied().unwrap_or(' ');
            text.push_str(&varied_number(&run, before, after, &mut next));
            before = run.chars().last().unwrap_or(' ');
            continue;
        }
        let at_word_end = chars.peek().is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation());
        let varied = match c {
            'أ' if next() % 4 == 0 => 'ا',
            'ى' if at_word_end && next() % 3 == 0 => 'ي',
            _ => c,
        };
        text.push(varied);
        before = c;
    }
    (format!("gen_{k:08}.txt"), text)
}

/// Another number with as many digits as `run`, of the kind it looks
/// like between `before` and `after`: an hour (before `:`), minutes (after
/// it), a zero-padded month, a day, a year; any other number is drawn
/// digit by digit.
fn varied_number(run: &str, before: char, after: char, next: &mut impl FnMut() -> u64) -> String {
    let mut draw = |lo: u64, hi: u64| lo + next() % (hi - lo + 1);
    match run.len() {
        2 if after == ':' => format!("{:02}", draw(0, 23)),
        2 if before == ':' => format!("{:02}", draw(0, 59)),
        2 if run.starts_with('0') => format!("0{}", draw(1, 9)),
        1 => draw(1, 9).to_string(),
        2 => draw(10, 28).to_string(),
        4 if run.starts_with("19") || run.starts_with("20") => draw(1900, 2025).to_string(),
        n => {
            let mut out = draw(1, 9).to_string();
            for _ in 1..n {
                out.push(char::from(b'0' + draw(0, 9) as u8));
            }
            out
        }
    }
}

/// Copies 0, 1, 2… until they hold at least `bytes` bytes.
pub fn documents(bytes: usize) -> impl Iterator<Item = (String, String)> {
    let mut total = 0usize;
    (0u64..).map(document).take_while(move |(_, text)| {
        let go = total < bytes;
        total += text.len();
        go
    })
}

/// The texts of [`documents`], for benches.
pub fn texts(bytes: usize) -> Vec<String> {
    documents(bytes).map(|(_, t)| t).collect()
}

/// Total bytes of a list of texts.
pub fn total_bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}
