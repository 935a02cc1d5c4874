//! The claim grammar: the lexicon's phrases found once per document, the
//! statements of each sentence (who says what from which token on), then
//! for each figure its claimant, action, actor and date.

use crate::lexicon::{ClaimsLexicon, Cue};
use crate::{Action, Claim, ClaimInput, Named, NamedKind, When, WhenFrom, UNNAMED_SOURCE};
use khabar_numbers::{DateKind, Quantity, QuantityKind};
use khabar_tokenize::{Span, TokenKind, TokenRange, Tokens};
use rustc_hash::FxHashMap;

/// How many tokens after a speech verb its subject may take (a title, a
/// name, a role and the institution: «المتحدث باسم التحالف الدولي ضد داعش،
/// العقيد مايلز كاكينز»).
const SUBJECT_WINDOW: usize = 14;
/// How far after a speech verb its subject starts when no title leads it
/// (قال التحالف; قالت مصادر محلية; وأضاف البيان).
const SUBJECT_AFTER: usize = 2;

/// Words that make a state's rulers or forces former ones (قوات النظام
/// السابق، النظام البائد، المخلوع), as normalized.
const FORMER: [&str; 5] = ["السابق", "السابقه", "السابقة", "البائد", "المخلوع"];

/// How many words a body's description may take before the name that
/// glosses it in brackets (أعلنت قوات الأمن الداخلي (الأسايش)).
const GLOSSED_SUBJECT_WORDS: usize = 4;
/// How far before a speech verb its subject may stand (SVO).
const SUBJECT_BEFORE: usize = 8;
/// How many names joined by «و» or glossing one another lead back to the
/// members a figure counts (من عناصر الوحدات وقوات الأمن “الأسايش”).
const MEMBERS_JOINED: usize = 4;
/// How many tokens before a figure the words restating the figure before
/// may start (، أي ما يعادل حوالي).
const RESTATES_BACK: usize = 4;
/// How many words may stand between the words of another name and the
/// name (المعروف باسم محمود).
const ALIAS_WORDS: usize = 2;
/// How many words before a name a verb of aiming may stand (استهدفت زعيم
/// داعش أبو يوسف).
const TARGET_WORDS: usize = 3;
/// How many words before a name a verb of suffering may stand, the other
/// parties hit with it between (تعرضت القوات الأمريكية وقوات التحالف).
const SUFFERING_REACH: usize = 6;
/// How many words a unit's name may take before the body it belongs to
/// (قوات الفرقة الثالثة بالشرطة الاتحادية).
const UNIT_WORDS: usize = 4;
/// How many words before a word of killing a sentence's word makes it a
/// sentence passed (حكماً بالإعدام، أحكامها بـ"الإعدام).
const SENTENCE_WORDS: usize = 2;
/// How many words before a sentence's word one of carrying it out may
/// stand (نفذت السلطات العراقية حكم الإعدام).
const CARRIED_OUT_WORDS: usize = 4;
/// How far after a name a word of its passing sentence stands (محكمة
/// الجنايات بمحافظة صلاح الدين أصدرت).
const SENTENCE_AFTER_NAME: usize = 5;
/// How many tokens before a figure a verb of claiming a deed may stand,
/// its subject and the deed between (تبنى تنظيم داعش مقتل 4).
const CLAIMED_DEED_WORDS: usize = 5;
/// The most words of a relative clause on a place that the search for a
/// figure's verb after it reads past.
const PLACE_CLAUSE_WORDS: usize = 8;
/// How far before a figure its action's trigger may stand.
const TRIGGER_BEFORE: usize = 10;
/// How far after a figure (and its counted noun).
const TRIGGER_AFTER: usize = 8;
/// How many adjectives may follow an unnamed source before a headline's
/// colon (مصدر أمني عراقي:).
const UNNAMED_ADJECTIVES: usize = 2;
/// How many words a contrast may have (في حين).
const CONTRAST_WORDS: usize = 2;
/// How far before a figure «عدد» may stand, its noun and the clause that
/// says what was done to them between (عدد المسلحين الذين سلموا أنفسهم
/// لقواتها منذ 3 آذار قارب 4 آلاف).
const NUMBER_OF_REACH: usize = 24;
/// How many words after «عدد» tell what was done.
const NUMBER_OF_WORDS: usize = 5;
/// How many words (a name or a noun standing for one, an adjective) may
/// stand between a word of carrying out and the attack it carried out
/// (تنفيذ التنظيم الإرهابي هجوماً).
const CARRIER_WORDS: usize = 3;
/// How far back, in words, the body a pronoun on a verbal noun of carrying
/// out stands for may be named (أعلنت القيادة المركزية الأمريكية، يوم
/// السبت، عن تنفيذها).
const OWN_DEED_REACH: usize = 10;
/// How many words after a camp's word may tell it shelters refugees (مخيم
/// بردرش للاجئين).
const REFUGE_WORDS: usize = 3;
/// The most lines of a breakdown under the line announcing it.
const BREAKDOWN_LINES: usize = 12;
/// How many words (a title, «في» and a body) may stand between a word of
/// dying and the name of the dead; for a person, a longer title (استشهاد
/// قائد اللواء الأول في البيشمركة فلان).
const DEAD_TITLE_WORDS: usize = 3;
const DEAD_PERSON_TITLE_WORDS: usize = 6;
/// Verbal nouns of a deed, as normalized, that take the pronoun of their
/// doer with the figure as their object (بقتلها 624 مدنياً، باعتقاله 30).
/// Not «أسر»: «أسرهم» is their families too.
const DEEDS_OF_A_PRONOUN: [(&str, Action); 4] =
    [("قتل", Action::Killed), ("اصابت", Action::Wounded), ("اعتقال", Action::Detained), ("احتجاز", Action::Detained)];
/// How many tokens before a figure a word of population may count it
/// (تعداد سكان الفلوجة قبل بدء العمليات العسكرية بنحو 90 ألفاً).
const POPULATION_BEFORE: usize = 10;

/// How many tokens after a figure gone missing may tell that its people
/// lost their lives instead (فقد 3 عناصر من المجموعات الرديفة حياتهم).
const MISSING_REACH: usize = 8;
/// How many tokens a toll's head may stand before the figure it came to
/// (ارتفعت حصيلة الخسائر البشرية جراء الأحداث في سجن غويران إلى 67).
const TOLL_REACH: usize = 16;
/// The most words between a figure and «تضم» that restates it in people
/// (232 عائلة عراقية تضم).
const RESTATED_WITHIN: usize = 3;
/// The most tokens between a figure and the next one glued to «و» that
/// goes on its list (61 عنصرا من القوات الكردية وحراس السجن و16).
const LIST_REACH: usize = 20;
/// The most words of a qualifier before a figure (ما يزيد عن).
const QUALIFIER_WORDS: usize = 3;
/// Units of area: a figure of land.
const LAND_UNITS: [&str; 4] = ["km2", "m2", "ha", "dunam"];
/// Units of length (FORMAT.md): a length counts no people, whatever was
/// done to the people around it.
const LENGTH_UNITS: [&str; 8] = ["km", "m", "cm", "mm", "mi", "yd", "ft", "in"];
/// The units of weight.
const WEIGHT_UNITS: [&str; 4] = ["kg", "g", "t", "lb"];
/// How far after a verb of leaving the camp or prison left is looked for
/// (its figure, counted noun and a time set aside may stand between).
const LEAVING_REACH: usize = 14;
/// The most words of a time set aside between commas (، صباح اليوم
/// الخميس،).
const TIME_ASIDE_WORDS: usize = 4;
/// How many tokens of a time may stand between a verb of carrying out and
/// the attack (شن مساء اليوم (الثلاثاء) هجوما).
const TIME_BETWEEN_WORDS: usize = 6;

/// The most words after a verb of speech's subject to the word of
/// responsibility it claims (أعلن التنظيم الإرهابي، رسمياً، مسؤوليته).
const RESPONSIBILITY_WORDS: usize = 3;
/// The most words of a gloss in brackets read past whole between a figure
/// and its trigger (مسلحي التنظيم (داعش) مصرعهم).
const GLOSS_WORDS: usize = 4;
/// The most tokens of an aside in brackets read past between a title and
/// the person who holds it (قائد عمليات الأنبار (إحدى تشكيلات الجيش
/// العراقي)، الفريق فلان): words and the marks between them.
const ASIDE_TOKENS: usize = 2 * GLOSS_WORDS + 1;
/// The most words after the figure of a part set aside between commas
/// (، بينهم 5 أطفال ونساء،).
const PART_ASIDE_WORDS: usize = 5;
/// How many tokens before its figure the comma opening a part set aside
/// stands (، من بينهم 7).
const PART_OPENING: usize = 3;
/// How far from a figure a cause or holder may stand (بفضل عمليات
/// التحالف).
const CAUSE_WINDOW: usize = 10;
/// How far back of a figure the members «عدد» counts are read (عدد عناصر
/// التنظيم في العراق وسوريا يراوح بين …).
const COUNT_OF_MEMBERS_REACH: usize = 10;
/// How far after a word of cause its unnamed doer may stand (إثر استهداف
/// مجهولين).
const UNNAMED_CAUSE_REACH: usize = 2;
/// How many words open a sentence whose date tells another event (وفي
/// منتصف نوفمبر الماضي).
const DATE_OPENING_WORDS: usize = 3;

/// How far before a figure (in tokens) its actor may be named: a bound that
/// keeps a sentence of thousands of figures linear.
const ACTOR_WINDOW: usize = 40;

/// How far from a figure an attack may be told (هجوم داعش).
const ATTACK_WINDOW: usize = 40;

/// How far from a figure the words of a running total may stand.
const TOTAL_WINDOW: usize = 24;

/// How far back a complementizer makes a name part of what was said.
const SAID_BEFORE: usize = 60;

/// The most words from a relay's channel to the «نسخة» of an aside of who
/// received a copy (تلقت وكالة الأنباء العراقية نسخة منه).
const COPY_ASIDE_WORDS: usize = 8;

/// The most words of a release right before its figure (أطلقت سراح،
/// تم الإفراج عن).
const RELEASE_WORDS: usize = 3;
/// The most words of a doer between a release and «عن» (أفرجت السلطات
/// الكردية عن).
const RELEASE_DOER_WORDS: usize = 4;

/// How many statements back the originator before a relay is looked for.
const STATEMENTS_BACK: usize = 8;

/// How many tokens back a preposition may open the phrase a name joined
/// by «و» belongs to (مع ميليشيا “قسد” وقوات الأمن).
const PHRASE_BACK: usize = 6;

/// Punctuation that ends a clause.
const CLAUSE_MARKS: [char; 6] = ['،', ',', '.', ';', '؛', ':'];

/// How many tokens after a figure a source phrase of its own clause may
/// start (17 قتيلا و23 جريحا وفق …).
const TRAILING_SOURCE: usize = 8;

/// How many names back a definite noun (التنظيم) looks for its name.
const REFERENCE_NAMES: usize = 64;

/// How far from a figure (in bytes) a date of its sentence may stand to be
/// its date.
const WHEN_BYTES: usize = 2_000;

/// How many sentences on a spender named for money stays the spender of
/// money told without one.
const SPENDING_SENTENCES: usize = 2;

/// How many tokens before a figure a camp or prison makes what holds it a
/// count of detainees.
const CONFINEMENT_BEFORE: usize = 16;
/// How many tokens a role, statement or cause may stand before its name
/// (بيان لقائد قسد، بفضل عمليات التحالف).
const NAME_AFTER: usize = 3;

/// An action that is something done to what is counted (killed, held,
/// freed, funded…), not a count of members, a force or land held: what a
/// figure told again, or pointed back to, carries over.
fn is_deed(a: Action) -> bool {
    !matches!(a, Action::Other | Action::Joined | Action::Fighters | Action::Controlled)
}

/// Deeds a source's series goes on with: the same, or the dead and the
/// wounded of one toll (مقتل 241 وإصابة 277 … 121 قتيلا و112 جريحا).
fn same_kind_of_deed(a: Action, b: Action) -> bool {
    a == b || matches!((a, b), (Action::Killed | Action::Wounded, Action::Killed | Action::Wounded))
}

/// How many words after a figure its breakdown into the dead and the
/// wounded may open (4325 من قواتها بين شهيد وجريح).
const TOLL_BREAKDOWN_REACH: usize = 4;

/// How many tokens before a name a word of information sought on it may
/// stand (بمعلومات تقود إلى مكان وجود زعيم تنظيم داعش أبو بكر البغدادي).
const WANTED_REACH: usize = 24;

/// How far after a sentence's opening «كان» its «قد» may stand (وكان
/// الاتحاد الأوروبي قد منح).
const PLUPERFECT_REACH: usize = 6;

/// How many more tokens a statement's owner may stand after it past a
/// relative clause of issuing (الأرقام التي تصدرها البعثة).
const ISSUED_BY: usize = 2;
/// How many sentences in a row may go on with the statement before them
/// (أما عدد الجرحى …. إضافة إلى ذلك …).
const CONTINUED_SENTENCES: usize = 3;
/// How many sentences on a statement told by its kind alone may be named
/// with its issuer (كشف تقرير أن …، التقرير الصادر عن معهد).
const LATER_SENTENCES: usize = 3;
/// How many sentences after strikes with their striker named a figure of
/// strikes with none named is told as a part of them.
const STRIKING_SENTENCES: usize = 2;

/// How many words before a person named before a speech verb a
/// spokesperson's role may open (المتحدث باسم وزارة الدفاع العراقية فلان
/// قال).
const SPOKESPERSON_BEFORE: usize = 8;

/// How far past an institution named after a title (ممثلة الولايات المتحدة)
/// the person who holds it may be named: another title and a second body
/// (لدى الأمم المتحدة السفيرة) come between.
const TITLE_REACH: usize = 8;

/// The most words of a deed's phrase told right before the members of a
/// party it was done to (إلقاء القبض على بقايا داعش).
const DEED_BEFORE_MEMBERS: usize = 3;

/// The verbs of «so-called» after «ما» (ما يسمى بتنظيم الدولة، ما يعرف
/// بالدولة الإسلامية), normalized.
const SO_CALLED: [&str; 5] = ["يسمي", "تسمي", "يعرف", "تعرف", "يطلق"];

/// «كان» (was) as it opens a clause of background (وكانت ألمانيا قد قدمت).
const KAN_FORMS: [&str; 6] = ["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"];

/// Marks that open a point of a list, each on its own line.
const LIST_MARKS: [char; 5] = ['*', '-', '•', '–', '·'];

/// How far before a verb of giving or of attack its subject may end
/// (الاتحاد قد كان منح): «قد» and «كان» stand between.
const SUBJECT_RIGHT_BEFORE: usize = 2;

/// A phrase of the lexicon found in the text.
#[derive(Clone, Copy, Debug)]
struct Found {
    start: usize,
    end: usize,
    cue: Cue,
}

/// Who a statement comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Source {
    /// A name of the entity layer (its index).
    Name(usize),
    /// A source the text does not name (its words).
    Unnamed(Span),
    /// The outlet's own voice.
    Outlet,
}

/// A statement: from which token on a source speaks.
#[derive(Clone, Copy, Debug)]
struct Said {
    /// The token of its cue.
    at: usize,
    source: Source,
    /// A spokesperson speaking for the source (a name's index).
    speaker: Option<usize>,
    /// The cue relays what another said (حسبما أورد، نقلت).
    relay: bool,
    /// The token after the words that name the source (or after the cue).
    subject_end: usize,
    /// The token of a pronoun after the subject that stands for it (أكد
    /// التحالف أنه).
    pronoun: Option<usize>,
    /// The source is a person named as «the» spokesperson of a body the
    /// sentence does not name (وأضاف المتحدث فلان): the body the statement
    /// before spoke for, when there is one.
    for_body_before: bool,
}

/// A normalized word without its proclitics and article (للتنظيم، وبالتنظيم,
/// تنظيم → تنظيم).
fn bare(word: &str) -> &str {
    if let Some(rest) = word.strip_prefix("لل") {
        return rest;
    }
    let word = word.strip_prefix(['و', 'ف']).filter(|w| w.chars().count() > 2).unwrap_or(word);
    let word = word.strip_prefix(['ل', 'ب', 'ك']).filter(|w| w.starts_with("ال")).unwrap_or(word);
    word.strip_prefix("ال").filter(|w| w.chars().count() > 1).unwrap_or(word)
}

/// Quantities that are claims (docs/CLAIMS.md §1): cardinal, money,
/// measure and percent.
pub fn is_claim(q: &Quantity) -> bool {
    matches!(q.kind, QuantityKind::Cardinal | QuantityKind::Money | QuantityKind::Measure | QuantityKind::Percent)
}

/// What a document's claims are worked out in: lists by token and by
/// sentence. One set a thread, cleared and reused from document to
/// document: allocating and zeroing them anew for each document cost more
/// than the claim grammar itself.
#[derive(Default)]
struct Scratch {
    /// The phrases found, in token order.
    found: Vec<Found>,
    /// Where the phrases starting at each token begin in `found`:
    /// `found[first[i]..first[i + 1]]` (one flat list, no list per token).
    first: Vec<u32>,
    /// The name whose first token each token is ([`NO_NAME`] for none).
    name_starting: Vec<u32>,
    /// Whether each token is inside a name (لجنة الإنقاذ الدولية: no
    /// trigger of an action).
    in_name: Vec<bool>,
    /// The sentence of each token.
    sentence_of: Vec<u32>,
    /// Which sentences are read (those around figures, the headline).
    read: Vec<bool>,
    /// Every statement, in text order.
    said: Vec<Said>,
    /// Where each sentence's statements begin in `said` (as `first`).
    said_first: Vec<u32>,
}

/// Sentences read back from a stretch of statements for the one they may
/// go on with (the figure's sentence and the one before are read anyway).
const STATEMENT_SENTENCES_BACK: usize = 6;

/// The first words of a sentence a demonstrative pointing back may be
/// among (وضمت هذه الدفعة: the verb, then the demonstrative).
const DEMONSTRATIVE_WORDS: usize = 3;

/// Words between a word of responsibility and the figure of the deed it
/// claims (بمسؤوليته عن مقتل 326: «عن» and the deed's noun).
const RESPONSIBILITY_FIGURE_WORDS: usize = 3;

/// «يدعى» (is called) and its forms, written with alef maqsura: once
/// normalized they read as «يدعي» (claims), a verb of speech.
const NAMING_VERBS: [&str; 4] = ["يدعى", "تدعى", "ويدعى", "وتدعى"];

/// Token `i` is written as a verb of naming ([`NAMING_VERBS`]): it starts
/// no cue (قيادي يدعى فلان: no statement of his).
fn is_naming_verb(tokens: &Tokens<'_>, i: usize) -> bool {
    tokens.span(i).is_some_and(|t| NAMING_VERBS.contains(&t.slice(tokens.text())))
}

/// Sentences a quotation may run over (the figure's and those before).
const QUOTED_SENTENCES: usize = 3;

/// Words a name in quotes inside a quotation may have.
const NAME_IN_QUOTES: usize = 4;

/// The marks a quotation opens or closes with, either way round.
const QUOTE_MARKS: [char; 5] = ['“', '”', '"', '«', '»'];

/// Quotes and a bracket a name may be written right after (خسائر “قسد”).
const OPENING_MARKS: [char; 5] = ['“', '"', '«', '(', '\''];

/// No name starts at the token.
const NO_NAME: u32 = u32::MAX;

/// A scratch grown past this many tokens by one long document is let go
/// after it, so that a thread does not keep its memory for good.
const SCRATCH_KEPT: usize = 1 << 20;

impl Scratch {
    fn clear(&mut self) {
        let Scratch { found, first, name_starting, in_name, sentence_of, read, said, said_first } = self;
        if first.capacity() > SCRATCH_KEPT || found.capacity() > SCRATCH_KEPT || said.capacity() > SCRATCH_KEPT {
            *self = Scratch::default();
            return;
        }
        found.clear();
        first.clear();
        name_starting.clear();
        in_name.clear();
        sentence_of.clear();
        read.clear();
        said.clear();
        said_first.clear();
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// A cue that opens a statement: a verb, noun or phrase of speech, one
/// going on with the statement before, a source, a relay, or the outlet's
/// own voice.
fn opens_statement(cue: Cue) -> bool {
    matches!(cue, Cue::Speech | Cue::Continuing | Cue::Source | Cue::Relay | Cue::Background | Cue::SpeechNoun)
}

/// Group `k` of a flat list kept with the start of each group
/// (`items[first[k]..first[k + 1]]`); none past the last.
fn group<'x, T>(items: &'x [T], first: &[u32], k: usize) -> &'x [T] {
    let (Some(&a), Some(&b)) = (first.get(k), first.get(k + 1)) else { return &[] };
    items.get(a as usize..b as usize).unwrap_or(&[])
}

/// A count or index kept as `u32` (token, phrase and statement counts fit
/// far beyond any document khabar reads; past that, the last value).
fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

struct Doc<'i, 'a, 't> {
    lexicon: &'i ClaimsLexicon,
    input: &'i ClaimInput<'a, 't>,
    scratch: Scratch,
}

pub(crate) fn claims(lexicon: &ClaimsLexicon, input: &ClaimInput<'_, '_>) -> Vec<Claim> {
    if !input.quantities.iter().any(is_claim) {
        return Vec::new();
    }
    // The thread's scratch, or a new one when it is in use (only
    // re-entry could find it so).
    let scratch = SCRATCH.with(|cell| cell.try_borrow_mut().map(|mut s| std::mem::take(&mut *s)).unwrap_or_default());
    let doc = Doc::new(lexicon, input, scratch);
    // Descriptive states (القوات الأمريكية) join the names, in text order.
    let described = doc.described_states(lexicon);
    let (out, mut scratch) = if described.is_empty() {
        doc.run()
    } else {
        let mut names: Vec<Named<'_>> = Vec::with_capacity(input.names.len() + described.len());
        // A name the model found on the very words of a state phrase gives
        // way to it.
        let replaced = |m: &Named<'_>| described.iter().any(|d| d.tokens == m.tokens);
        names.extend(input.names.iter().copied().filter(|m| !replaced(m)));
        names.extend(described);
        names.sort_by_key(|m| m.tokens.start);
        let with_states = ClaimInput { names: &names, ..*input };
        Doc { lexicon, input: &with_states, scratch: doc.scratch }.run()
    };
    scratch.clear();
    SCRATCH.with(|cell| {
        if let Ok(mut kept) = cell.try_borrow_mut() {
            *kept = scratch;
        }
    });
    out
}

impl Doc<'_, '_, '_> {
    /// The names indexed by token, the statements, then the claims; the
    /// scratch back for the next document.
    fn run(mut self) -> (Vec<Claim>, Scratch) {
        self.index_names();
        self.statements();
        let claims = self.claims();
        (claims, self.scratch)
    }

    /// Each figure's claimant, action, actor and date, once the statements
    /// are found.
    fn claims(&self) -> Vec<Claim> {
        let input = self.input;
        let mut out: Vec<Claim> = Vec::new();
        // The last claim's quantity and action: a figure listed after another
        // with no trigger between takes its action (حررنا 7 ملايين شخص و110
        // آلاف كم).
        let mut previous: Option<(usize, Action)> = None;
        // The last spender named, and its sentence: a budget told in parts
        // (تم تخصيص 544.5 مليار من أصل 718.3 مليار) is the same spending.
        let mut spender: Option<(usize, usize)> = None;
        // The last striker named, and its sentence: strikes told in parts
        // (نفذ التحالف 16 ضربة … خمس ضربات نفذت في سوريا) are its strikes.
        let mut striker: Option<(usize, usize)> = None;
        // The first deed told of each figure and its noun (value, noun).
        let mut told: FxHashMap<(u64, &str), Action> = FxHashMap::default();
        for (k, q) in input.quantities.iter().enumerate() {
            if !is_claim(q) {
                continue;
            }
            let s = self.sentence_at(q.tokens.start);
            let statement = self.statement_of(s, q.tokens.start);
            let mut action = self.action(q, previous);
            // عودة 222 أسرة … وجبة تضم 222 أسرة: a figure told again of the
            // same noun is the same deed, when nothing stronger is said of it
            // here.
            let told_as = q.value.zip(q.counted.as_deref()).map(|(v, noun)| (v.to_bits(), noun));
            if let Some(key) = told_as {
                match told.get(&key) {
                    Some(&first) if matches!(action, Action::Other | Action::Joined) => action = first,
                    Some(_) => {}
                    None if is_deed(action) => {
                        told.insert(key, action);
                    }
                    None => {}
                }
            }
            // The deed and doer of the figure this one points back to.
            let pointed =
                if matches!(action, Action::Other | Action::Joined | Action::Fighters) { self.pointed_back(q, s, &out) } else { None };
            let pointed_actor = pointed.map(|c| c.actor.clone());
            if let Some(c) = pointed {
                action = c.action;
            }
            // 730 عائلة أجنبية من 42 دولة، إضافة إلى 15 عائلة: the nations
            // the people before come from tell of them; the list goes on
            // with those people.
            if !(action == Action::Other && self.origin_of_previous(q, previous)) {
                previous = Some((k, action));
            }
            let sources = self.said_in(s);
            let mut actor = if action == Action::Other { None } else { self.actor(q, s, statement.as_ref(), action, sources) };
            if action == Action::Funded {
                // أعلنت تركيا تعهدات بقيمة 5 مليارات: a state or body that
                // announces money in its own sentence, no one else named
                // spending it, gives it.
                let announcer = statement.and_then(|st| match st.source {
                    Source::Name(n)
                        if self.sentence_at(st.at) == s && input.names[n].kind != NamedKind::Person && !self.is_outlet(&input.names[n]) =>
                    {
                        Some(n)
                    }
                    _ => None,
                });
                match actor {
                    Some(n) => spender = Some((s, n)),
                    None => {
                        actor = announcer.or_else(|| spender.filter(|&(t, _)| t + SPENDING_SENTENCES >= s).map(|(_, n)| n));
                    }
                }
            }
            if action == Action::Attacks {
                match actor {
                    Some(n) => striker = Some((s, n)),
                    None => actor = striker.filter(|&(t, _)| t + STRIKING_SENTENCES >= s).map(|(_, n)| n),
                }
            }
            // أعلن وزير الخارجية الأميركي أنتوني بلينكن عن تقديم 436 مليون
            // دولار: an official announcing money no one is named giving
            // gives it for the state his title names.
            let mut actor_id = actor.map(|n| input.names[n].id.to_string());
            // مقتل 10 من عناصر التنظيم، 6 منهم قتلوا …: a part of the figure
            // before, «منهم» right after it, shares its party.
            let part_of_previous = self.has(q.tokens.end, |c| c == Cue::OfThem).is_some()
                && q.tokens.start.checked_sub(1).is_some_and(|p| self.input.tokens.kind(p) == Some(TokenKind::Punct));
            if let Some(prev) = out.last().filter(|prev| {
                part_of_previous
                    && prev.actor.is_some()
                    && same_kind_of_deed(prev.action, action)
                    && self.sentence_at(input.quantities[prev.quantity].tokens.start) == s
            }) {
                actor_id = prev.actor.clone();
            }
            if action == Action::Funded && actor_id.is_none() {
                actor_id = statement.and_then(|st| self.state_of_official(st)).map(str::to_string);
            }
            if let Some(a) = pointed_actor {
                actor_id = a;
            }
            let (mut claimant, mut claimant_span, mut speaker) = match statement.map(|st| (st.source, st.speaker)) {
                Some((Source::Name(n), speaker)) => {
                    (Some(input.names[n].id.to_string()), Some(input.names[n].span), speaker.map(|p| input.names[p].id.to_string()))
                }
                Some((Source::Unnamed(span), _)) => (Some(UNNAMED_SOURCE.to_string()), Some(span), None),
                _ => (None, None, None),
            };
            // وبحسب أرقام الميزانية، تم تخصيص … ومن صندوق الطوارئ، تم تخصيص 4.7
            // مليار: a sentence with no statement of its own that goes on with
            // the same deed as the figure before it, told in this sentence or
            // the one before, is the next item of that source's series
            // (docs/CLAIMS.md §3, implicit carry-over).
            // وكان الاتحاد قد منح …: a sentence opening with «كان» and «قد»
            // (the pluperfect) tells the background, no item of a series;
            // so does «كان» and a past «قام» or «أقدم» (وكان التنظيم قام
            // بإعدام …); «وكانت نينوى الأكثر تضررا إذ بلغ …» goes on with it.
            let background = || {
                input.sentences.get(s).is_some_and(|sentence| {
                    let start = sentence.tokens.start;
                    KAN_FORMS.contains(&self.norm(start))
                        && (start + 1..(start + 1 + PLUPERFECT_REACH).min(sentence.tokens.end))
                            .any(|k| matches!(self.norm(k), "قد" | "لقد" | "قام" | "قامت" | "قاموا" | "اقدم" | "اقدمت" | "اقدموا"))
                })
            };
            if statement.is_none() && s > 0 && self.said_in(s).is_empty() && !background() && !self.opens_with_date(s) {
                // كما أعلنت الإمارات عن 500 مليون دولار. وتعهدت قطر …: another
                // state named doing the same deed tells its own, not the
                // source's (a body's state described, وخفضت الإدارة
                // الأمريكية, goes on with the body's series).
                let state_named = actor.is_some_and(|n| input.names[n].kind == NamedKind::Location);
                let series = out.last().filter(|prev| {
                    let t = self.sentence_at(input.quantities[prev.quantity].tokens.start);
                    let other_state = state_named && prev.actor.is_some() && prev.actor != actor_id;
                    (t == s || t + 1 == s) && same_kind_of_deed(prev.action, action) && prev.claimant.is_some() && !other_state
                });
                if let Some(prev) = series {
                    (claimant, claimant_span, speaker) = (prev.claimant.clone(), prev.claimant_span, prev.speaker.clone());
                }
            }
            out.push(Claim {
                quantity: k,
                claimant,
                claimant_span,
                speaker,
                actor: actor_id,
                action,
                when: self.when(q, s),
                total: self.running_total(q, s),
            });
        }
        out
    }
}

impl<'i, 'a, 't> Doc<'i, 'a, 't> {
    fn new(lexicon: &'i ClaimsLexicon, input: &'i ClaimInput<'a, 't>, scratch: Scratch) -> Doc<'i, 'a, 't> {
        let tokens = input.tokens;
        let n = tokens.len();
        let Scratch { mut found, mut first, name_starting, mut in_name, mut sentence_of, mut read, said, said_first } = scratch;
        first.reserve(n + 1);
        sentence_of.resize(n, 0);
        for (s, sentence) in input.sentences.iter().enumerate() {
            for slot in sentence_of.get_mut(sentence.tokens.clone()).into_iter().flatten() {
                *slot = small(s);
            }
        }
        // Only the sentences around figures are read: a figure's own, and
        // the one on either side (a statement continued, an implicit
        // carry-over); the headline.
        read.resize(input.sentences.len(), false);
        if let Some(first) = read.first_mut() {
            *first = true;
        }
        for q in input.quantities.iter().filter(|q| is_claim(q)) {
            let s = sentence_of.get(q.tokens.start).map_or(0, |&s| s as usize);
            for k in s.saturating_sub(1)..=s + 1 {
                if let Some(r) = read.get_mut(k) {
                    *r = true;
                }
            }
        }
        let matcher = lexicon.matcher(tokens);
        let cues_of = |from: usize, to: usize, found: &mut Vec<Found>| {
            let Some(matcher) = &matcher else { return };
            for i in from..to.min(n) {
                let here = found.len();
                // Cues are words and punctuation: digits and Latin words
                // start none.
                let word = matches!(tokens.kind(i), Some(TokenKind::Arabic | TokenKind::Punct));
                if !word || !matcher.may_start_at(i) {
                    continue;
                }
                let Some(token) = tokens.get(i) else { continue };
                lexicon.first_words(matcher, &token, &mut |node| {
                    matcher.each_phrase_from(node, i + 1, &mut |end, values| {
                        for &cue in values {
                            if cue == Cue::Speech && is_naming_verb(tokens, i) {
                                continue;
                            }
                            if !found[here..].iter().any(|f| f.cue == cue && f.end == end) {
                                found.push(Found { start: i, end, cue });
                            }
                        }
                    });
                });
            }
        };
        for (s, sentence) in input.sentences.iter().enumerate() {
            if read.get(s).copied().unwrap_or(false) {
                cues_of(sentence.tokens.start, sentence.tokens.end, &mut found);
            }
        }
        // A statement in the sentences read may go on with one made several
        // sentences back (يحذر فلان من أن … \n خلايا داعش لا تزال تنشط. \n
        // وكشف عن أرقام …): back from the first sentence of each stretch
        // read that holds a statement, the sentences before are read too,
        // up to the first that opens one of its own.
        // The outlet's own voice (يذكر أن) leaves no source for a cue after
        // it to go on with: a stretch holding only that asks for no reading
        // back, and a sentence of it is read past.
        let opens = |f: &Found| opens_statement(f.cue) && f.cue != Cue::Background;
        let mut earlier: Vec<Found> = Vec::new();
        for s in 1..input.sentences.len() {
            let run_start = read.get(s).copied().unwrap_or(false) && !read.get(s - 1).copied().unwrap_or(true);
            if !run_start {
                continue;
            }
            let run_end = (s..input.sentences.len()).find(|&k| !read[k]).unwrap_or(input.sentences.len());
            let (from, to) = (input.sentences[s].tokens.start, input.sentences[run_end - 1].tokens.end);
            let lo = found.partition_point(|f| f.start < from);
            if !found[lo..].iter().take_while(|f| f.start < to).any(opens) {
                continue;
            }
            for k in (s.saturating_sub(STATEMENT_SENTENCES_BACK)..s).rev() {
                if read[k] {
                    break;
                }
                read[k] = true;
                let mark = earlier.len();
                cues_of(input.sentences[k].tokens.start, input.sentences[k].tokens.end, &mut earlier);
                if earlier[mark..].iter().any(opens) {
                    break;
                }
            }
        }
        if !earlier.is_empty() {
            // Each sentence's cues are in order; a stable sort by token
            // puts the sentences in order and keeps each token's cues as
            // they were found.
            found.append(&mut earlier);
            found.sort_by_key(|f| f.start);
        }
        let mut next = 0;
        for i in 0..n {
            while found.get(next).is_some_and(|f| f.start < i) {
                next += 1;
            }
            first.push(small(next));
        }
        first.push(small(found.len()));
        in_name.resize(n, false);
        for name in input.names.iter() {
            // A place keeps its words' sense (في مخيم الهول: held).
            if name.kind != NamedKind::Location {
                for slot in in_name.get_mut(name.tokens.start..name.tokens.end).into_iter().flatten() {
                    *slot = true;
                }
            }
        }
        Doc { lexicon, input, scratch: Scratch { found, first, name_starting, in_name, sentence_of, read, said, said_first } }
    }

    /// Which name starts at each token.
    fn index_names(&mut self) {
        let name_starting = &mut self.scratch.name_starting;
        name_starting.clear();
        name_starting.resize(self.input.tokens.len(), NO_NAME);
        for (k, name) in self.input.names.iter().enumerate() {
            if let Some(slot) = name_starting.get_mut(name.tokens.start).filter(|slot| **slot == NO_NAME) {
                *slot = small(k);
            }
        }
    }

    /// A state's force, body or means named by its adjective (القوات
    /// الأمريكية، عملية عسكرية أمريكية), where no name stands: the state
    /// (docs/CLAIMS.md §4). Found in the sentences read.
    fn described_states<'l>(&self, lexicon: &'l ClaimsLexicon) -> Vec<Named<'l>> {
        let tokens = self.input.tokens;
        let state_at = |j: usize| self.found_at(j).iter().find_map(|g| if let Cue::State(k) = g.cue { Some((g.end, k)) } else { None });
        let mut out = Vec::new();
        for f in self.scratch.found.iter().filter(|f| f.cue == Cue::StateBody) {
            // One word may stand between: an Arabic word, no name.
            let between = tokens.kind(f.end) == Some(TokenKind::Arabic) && !self.overlaps_a_name(f.end, f.end + 1, false);
            let Some((end, k)) = state_at(f.end).or_else(|| if between { state_at(f.end + 1) } else { None }) else { continue };
            // قوات النظام الإيراني: a state's adjective right after the
            // state word names the state.
            let (end, k) = state_at(end).unwrap_or((end, k));
            // عناصر النظام السابق: a state's former rulers are no state.
            if FORMER.contains(&self.norm(end)) {
                continue;
            }
            // Outermost first (طائرات مروحيات أمريكية): none inside another.
            let inside_last = out.last().is_some_and(|m: &Named<'_>| m.tokens.end > f.start);
            if inside_last || self.overlaps_a_name(f.start, end, true) {
                continue;
            }
            let (Some(id), Some(first), Some(last)) = (lexicon.states.get(usize::from(k)), tokens.span(f.start), tokens.span(end - 1))
            else {
                continue;
            };
            out.push(Named {
                span: first.cover(last),
                tokens: TokenRange { start: f.start, end },
                id,
                kind: NamedKind::Organization,
                known: false,
            });
        }
        out
    }

    /// Whether a name has a token in `from..to`; with `giving_way`, not
    /// counting a name the model found on exactly those tokens (the state
    /// phrase then replaces it).
    fn overlaps_a_name(&self, from: usize, to: usize, giving_way: bool) -> bool {
        let names = self.input.names;
        let before = names.partition_point(|m| m.tokens.start < to);
        let Some(m) = before.checked_sub(1).and_then(|k| names.get(k)) else { return false };
        let replaced = giving_way && !m.known && m.tokens.start == from && m.tokens.end == to;
        m.tokens.end > from && !replaced
    }

    /// The name whose first token is token `k`.
    fn name_at(&self, k: usize) -> Option<usize> {
        self.scratch.name_starting.get(k).copied().filter(|&n| n != NO_NAME).map(|n| n as usize)
    }

    /// The sentence of token `i`.
    fn sentence_at(&self, i: usize) -> usize {
        self.scratch.sentence_of.get(i).map_or(0, |&s| s as usize)
    }

    /// The statements of sentence `s`, in text order.
    fn said_in(&self, s: usize) -> &[Said] {
        group(&self.scratch.said, &self.scratch.said_first, s)
    }

    fn has(&self, i: usize, test: impl Fn(Cue) -> bool) -> Option<Found> {
        self.found_at(i).iter().copied().find(|f| test(f.cue))
    }

    /// Whether a phrase passing `test` starts at a token of `from..to`:
    /// read from the phrases found, not token by token.
    fn any_in(&self, from: usize, to: usize, test: impl Fn(Cue) -> bool) -> bool {
        self.cues_in(from, to).iter().any(|f| test(f.cue))
    }

    /// The phrases starting at tokens `from..to`, in text order.
    fn cues_in(&self, from: usize, to: usize) -> &[Found] {
        let first = &self.scratch.first;
        let last = first.len().saturating_sub(1);
        let (from, to) = (from.min(last), to.min(last));
        match (first.get(from), first.get(to)) {
            (Some(&a), Some(&b)) if a < b => self.scratch.found.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// A phrase starting in the `reach` tokens before token `i` and ending
    /// right at it passes `test` (القبض على | بقايا داعش، حراس | السجن).
    fn ends_at(&self, i: usize, reach: usize, test: impl Fn(&Found) -> bool) -> bool {
        self.phrase_ending_at(i, i.saturating_sub(reach), test).is_some()
    }

    /// The first phrase starting at token `from` or after that ends right
    /// before token `i` and passes `test`.
    fn phrase_ending_at(&self, i: usize, from: usize, test: impl Fn(&Found) -> bool) -> Option<Found> {
        self.cues_in(from, i).iter().find(|f| f.end == i && test(f)).copied()
    }

    /// The phrases starting at token `i`.
    fn found_at(&self, i: usize) -> &[Found] {
        group(&self.scratch.found, &self.scratch.first, i)
    }

    /// The first token of the sentence of token `i`.
    fn sentence_start(&self, i: usize) -> usize {
        self.input.sentences.get(self.sentence_at(i)).map_or(0, |s| s.tokens.start)
    }

    /// Token `i`'s normalized form: hamza on alef, alef maqsura and
    /// tatweel are folded, so the words compared with it are written so
    /// (علي for على, الي for إلى).
    fn norm(&self, i: usize) -> &str {
        self.input.tokens.norm(i).unwrap_or("")
    }

    fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        self.input.tokens.kind(i) == Some(TokenKind::Punct) && self.norm(i).chars().all(|c| chars.contains(&c))
    }

    /// أن، إن، بأن: what is said begins.
    fn is_complementizer(&self, i: usize) -> bool {
        matches!(self.norm(i), "ان" | "بان" | "وان") || self.has(i, |c| c == Cue::Pronoun).is_some()
    }

    /// Every statement of the document, by sentence, carried-over ones
    /// resolved to the source they continue: kept in the scratch's `said`
    /// and `said_first`.
    fn statements(&mut self) {
        let mut out = std::mem::take(&mut self.scratch.said);
        let mut out_first = std::mem::take(&mut self.scratch.said_first);
        out.clear();
        out_first.clear();
        self.statements_into(&mut out, &mut out_first);
        self.scratch.said = out;
        self.scratch.said_first = out_first;
    }

    fn statements_into(&self, out: &mut Vec<Said>, out_first: &mut Vec<u32>) {
        let names = self.input.names;
        let mut last: Option<Said> = None;
        // Spokespeople and the institution they speak for, by the person's
        // id: the role stays with the person however the text later names
        // him (وقال كاكينز).
        let mut speaks_for: Vec<(&str, usize)> = Vec::new();
        for sentence in self.input.sentences.iter() {
            let (a, b) = (sentence.tokens.start, sentence.tokens.end);
            out_first.push(small(out.len()));
            let mut originator_here = false;
            if let Some(said) = self.colon_attribution(a, b) {
                originator_here = said.source != Source::Outlet;
                out.push(said);
            }
            // The cues of the sentence in order (the phrases found are kept
            // by token): the first at a token that opens a statement.
            let opens = |f: &&Found| opens_statement(f.cue);
            let cues = self.cues_in(a, b);
            let mut i = a;
            for f in cues.iter().filter(opens) {
                if f.start < i {
                    continue;
                }
                let f = *f;
                i = f.start;
                let said = if f.cue == Cue::SpeechNoun {
                    // The announcer named right after the noun, or after
                    // a title there (منذ إعلان الأمين العام … فلان), or none.
                    let named_after = self.name_right_after(f.end).filter(|&n| names[n].kind != NamedKind::Location);
                    // Not one inside what another says (أنه بإعلان السفيرة
                    // فلانة، يرتفع …): a means of the sentence, no statement.
                    let inside_said =
                        self.norm(f.start).starts_with('ب') || f.start.checked_sub(1).is_some_and(|p| self.is_complementizer(p));
                    let titled = !inside_said && self.has(f.end, |c| c == Cue::Role).is_some();
                    (named_after.is_some() || titled)
                        .then(|| self.subject(Found { cue: Cue::Speech, ..f }, b))
                        .flatten()
                        .filter(|st| matches!(st.source, Source::Name(_)))
                } else if f.cue == Cue::Background {
                    Some(Said {
                        at: i,
                        source: Source::Outlet,
                        speaker: None,
                        relay: false,
                        subject_end: f.end,
                        pronoun: None,
                        for_body_before: false,
                    })
                } else {
                    // الدعم الذي أُعلن: a speech verb in a relative clause
                    // with no subject of its own says what a noun is; it
                    // goes on with no statement.
                    let relative_clause = f.start > a && self.is_relative_pronoun(f.start - 1);
                    // يقدر عدد العراقيين بنحو 4 آلاف: a number estimated, in
                    // the passive, has no subject; it goes on with the
                    // statement before (not in a relative clause: القوات
                    // التي يقدر عددها بنحو 2500).
                    let passive = matches!(self.norm(f.end), "عدد" | "عددها" | "عددهم" | "عددهن" | "اعداد" | "اعدادهم");
                    // مما يظهر جريمة داعش: a verb after «مما» tells what a
                    // fact shows; no one speaks, and the name after it is
                    // its object.
                    let of_a_fact = f.start > a && self.norm(f.start - 1) == "مما";
                    let subject = if passive || of_a_fact { None } else { self.subject(f, b) };
                    subject.or_else(|| {
                        last.filter(|_| !relative_clause && !of_a_fact).map(|l| Said {
                            at: i,
                            subject_end: f.end,
                            relay: false,
                            pronoun: self.pronoun_after(f.end, b),
                            for_body_before: false,
                            ..l
                        })
                    })
                };
                // وأعلن تنظيم داعش الإرهابي مسؤوليته عن الهجوم: a deed
                // claimed, no figure stated (an adjective or a comma may
                // stand between).
                // Not when the deed claimed is a figure (وأقر التحالف
                // بمسؤوليته عن مقتل 326 مدنياً): that figure is stated.
                let figure_claimed = |r: &Found| {
                    self.quantity_from(r.end).is_some_and(|q| is_claim(q) && q.tokens.start < b && self.owns_figure_at(r, q.tokens.start))
                };
                let claims_a_deed = |st: &Said| {
                    f.cue == Cue::Speech
                        && (st.subject_end..(st.subject_end + RESPONSIBILITY_WORDS).min(b))
                            .any(|k| self.has(k, |c| c == Cue::Responsibility).is_some_and(|r| !figure_claimed(&r)))
                };
                // It states no figure of its own, but a cue with no subject
                // after it goes on with its source (أعلن التنظيم مسؤوليته
                // عن هجوم …، وقال إن الهجوم قتل 40 جندياً).
                if let Some(claimed) = said.filter(|st| claims_a_deed(st) && matches!(st.source, Source::Name(_))) {
                    last = Some(claimed);
                }
                let said = said.filter(|st| !claims_a_deed(st));
                if let Some(mut said) = said {
                    // وأضاف المتحدث فلان after «قال متحدث باسم الوزارة»: the
                    // same body's spokesperson, now named.
                    if let (true, Source::Name(p), Some(Said { source: Source::Name(org), speaker, .. })) =
                        (said.for_body_before, said.source, last)
                    {
                        if names[org].kind != NamedKind::Person && speaker.is_none_or(|s| names[s].id == names[p].id) {
                            said.source = Source::Name(org);
                            said.speaker = Some(p);
                        }
                    }
                    if let (Source::Name(org), Some(person)) = (said.source, said.speaker) {
                        speaks_for.retain(|(id, _)| *id != names[person].id);
                        speaks_for.push((names[person].id, org));
                    }
                    if let Source::Name(n) = said.source {
                        if let Some(&(_, org)) = speaks_for.iter().rev().find(|(id, _)| *id == names[n].id) {
                            said.source = Source::Name(org);
                            said.speaker = Some(n);
                        }
                    }
                    // A relay does not take over from the originator its
                    // sentence names (ذكر بيان للتحالف - حسبما أورد راديو
                    // سوا - أن ...; وأضاف البيان).
                    // Nor does an outlet a source phrase names after the
                    // originator (وقالت المنظمة - حسب وكالة الأنباء
                    // الإماراتية - إن …; وأضافت).
                    let outlet_named = matches!(said.source, Source::Name(n) if self.is_outlet(&names[n]));
                    if said.source != Source::Outlet && !((said.relay || outlet_named) && originator_here) {
                        last = Some(said);
                    }
                    originator_here |= !said.relay && said.source != Source::Outlet;
                    out.push(said);
                }
                i = f.end.max(i + 1);
            }
        }
        out_first.push(small(out.len()));
    }

    /// The sentence that announces a breakdown (…329 قتيلاً، هم:) above
    /// sentence `s`, when `s` and every sentence between open their lines
    /// with a figure (24 من التنظيم … \n 268 من القوات … \n و37 مدنياً).
    fn breakdown_head(&self, s: usize) -> Option<usize> {
        let sentences = self.input.sentences;
        let opens_with_figure =
            |t: usize| self.line_opening(t).is_some_and(|at| self.quantity_from(at).is_some_and(|q| q.tokens.start == at));
        if !opens_with_figure(s) {
            return None;
        }
        let mut t = s;
        while t > 0 && opens_with_figure(t) && s - t < BREAKDOWN_LINES {
            t -= 1;
        }
        let sentence = sentences.get(t)?;
        let end = sentence.tokens.end;
        let colon = end.checked_sub(1).filter(|&k| k >= sentence.tokens.start && self.is_punct(k, &[':']))?;
        let announces =
            colon.checked_sub(1).is_some_and(|p| matches!(self.norm(p), "هم" | "هي" | "وهم" | "وهي" | "كالتالي" | "كالاتي" | "التالي"));
        announces.then_some(t)
    }

    /// Where the words of sentence `s` open, past a «و» written apart,
    /// when the sentence opens a line.
    fn line_opening(&self, s: usize) -> Option<usize> {
        let first = self.input.sentences.get(s)?.tokens.start;
        self.input.tokens.line_break_before(first).then(|| if self.norm(first) == "و" { first + 1 } else { first })
    }

    /// A point of a list (a line opening with «*», «-», «•») under a line
    /// that is a source and a colon alone (مظلوم عبدي:): that source's
    /// statement. Points with statements of their own stop the list.
    fn listed_under(&self, s: usize) -> Option<Said> {
        let sentences = self.input.sentences;
        let opens_point = |t: usize| {
            sentences.get(t).is_some_and(|sentence| {
                let first = sentence.tokens.start;
                self.is_punct(first, &LIST_MARKS) && (first == 0 || self.input.tokens.line_break_before(first))
            })
        };
        if !opens_point(s) {
            return None;
        }
        let mut t = s;
        while t > 0 && opens_point(t) {
            t -= 1;
            if opens_point(t) && !self.said_in(t).is_empty() {
                return None;
            }
        }
        // The line before the points: its colon closes it.
        let sentence = sentences.get(t)?;
        let said = self.said_in(t).last().filter(|st| st.subject_end == sentence.tokens.end && self.is_punct(st.at, &[':']))?;
        (said.source != Source::Outlet).then_some(*said)
    }

    /// «التحالف الدولي: حرّرنا ...»: a name and a colon open the sentence.
    fn colon_attribution(&self, a: usize, b: usize) -> Option<Said> {
        let colon = (a..b.min(a + 8)).find(|&k| self.is_punct(k, &[':']))?;
        // A place speaks only opening the document's first line, a
        // headline (أنقرة: سنواصل …); after a word it labels where the news
        // is from (محافظة الحسكة: أصيب 3 عناصر), and so it does opening a
        // line of the body or before a verb of speech with its own
        // subject (بغداد: أعلنت الوزارة …): a dateline.
        // Looked at only for a place opening the sentence, the rare case:
        // the line breaks before it are walked then.
        // A headline ends without a full stop: a place before a colon
        // opening a sentence that ends with one is the dateline of the
        // first line of the body (بيروت: قتل أكثر من 800 شخص ….).
        let headline = || !((1..=a).any(|k| self.input.tokens.line_break_before(k)) || (b > a && self.norm(b - 1) == "."));
        let own_verb = || (colon + 1..(colon + 3).min(b)).any(|k| self.has(k, |c| c == Cue::Speech).is_some());
        let place_speaks = |m: &crate::Named<'_>| m.tokens.start == a && !own_verb() && headline();
        // فلان قال في تصريح لـ(باسنيوز): whom it was told to speaks not.
        // حصيلة داعش في رمضان: a name after a word of a deed, a loss or
        // members is whose toll it is; it says nothing.
        let counted_of = |m: &crate::Named<'_>| {
            m.tokens
                .start
                .checked_sub(1)
                .filter(|&p| p >= a)
                .is_some_and(|p| self.has(p, |c| matches!(c, Cue::Action(_) | Cue::Loss | Cue::Own | Cue::Attack)).is_some())
        };
        let speaks = |n: usize| {
            let m = &self.input.names[n];
            m.tokens.end <= colon && (m.kind != NamedKind::Location || place_speaks(m)) && !self.addressed(n) && !counted_of(m)
        };
        let name = (a..colon).filter_map(|k| self.name_at(k)).rfind(|&n| speaks(n));
        // «مصدر أمني: …»: an unnamed source opening the line, an adjective
        // or two before the colon.
        // «وزير كردي: …»: so does an official described, not named.
        let unnamed = || {
            let u = self.has(a, |c| c == Cue::Unnamed).or_else(|| self.described_unnamed(a, colon))?;
            (u.end <= colon && colon - u.end <= UNNAMED_ADJECTIVES).then(|| Source::Unnamed(self.span_of(u)))
        };
        let source = name.map(Source::Name).or_else(unnamed)?;
        Some(Said { at: colon, source, speaker: None, relay: false, subject_end: colon + 1, pronoun: None, for_body_before: false })
    }

    /// The subject of a speech verb or source phrase ending before token
    /// `f.end`: a spokesperson's institution, a person after a title, a
    /// name, an unnamed source, or the owner of a statement named after a
    /// statement word; a name right before a verb (SVO). `None` when the
    /// cue continues the last statement.
    fn subject(&self, f: Found, b: usize) -> Option<Said> {
        let names = self.input.names;
        // تم رصد، جرى توثيق: a passive names no one who speaks.
        if f.start.checked_sub(1).is_some_and(|p| self.found_at(p).iter().any(|g| g.cue == Cue::Passive && g.end == f.start)) {
            return None;
        }
        let end = b.min(f.end + SUBJECT_WINDOW);
        let mut window = f.end;
        while window < end && !self.is_complementizer(window) && !self.is_punct(window, &[':', '.']) {
            window += 1;
        }
        let relayed = self.has(f.start, |c| c == Cue::Relay).is_some();
        // The words naming the source run to a comma or to what is said
        // (أعلن التحالف الدولي لمحاربة تنظيم داعش، إزالة ...). `relay`:
        // the source is a channel passing on what another said.
        let said_as = |source: Source, speaker: Option<usize>, subject_end: usize, relay: bool| {
            let subject_end = (subject_end..window).find(|&k| self.is_punct(k, &['،', ','])).map_or(subject_end, |k| k + 1);
            Said { at: f.start, source, speaker, relay, subject_end, pronoun: self.pronoun_after(subject_end, b), for_body_before: false }
        };
        let said = |source: Source, speaker: Option<usize>, subject_end: usize| said_as(source, speaker, subject_end, relayed);
        let names_in = |from: usize| (from..window).filter_map(|k| self.name_at(k));
        // خلال مؤتمر في نيويورك: a place after «في» is where it was said,
        // not who said it.
        let where_said = |n: usize| {
            names[n].kind == NamedKind::Location && self.word_before(names[n].tokens.start).is_some_and(|w| self.norm(w) == "في")
        };
        // A spokesperson or a media office: the institution after the role.
        // Not the words of a name (القيادة المركزية الأمريكية: CENTCOM
        // speaks, no office of another body).
        let role_at = |k: usize| self.has(k, |c| matches!(c, Cue::Spokesperson | Cue::Office)).filter(|_| self.name_at(k).is_none());
        if let Some(role) = (f.end..window).find_map(role_at) {
            // The institution named, or told by its kind alone (المتحدث
            // باسم الوزارة: the ministry named before).
            // Not who is spoken to further on (المتحدث باسم الوكالة
            // لوكالة فرانس برس); right after the role «ل» is of the body
            // (المكتب الإعلامي للتحالف).
            // لـ"قسد": «ل» and a quote written apart stand between.
            let right_after = |n: usize| {
                (role.end..names[n].tokens.start).all(|k| matches!(self.norm(k), "ل" | "لـ") || self.is_punct(k, &OPENING_MARKS))
            };
            let institution = (role.end..window)
                .filter_map(|k| self.name_or_reference(k))
                .find(|&n| names[n].kind != NamedKind::Person && !where_said(n) && (!self.addressed(n) || right_after(n)));
            let person = (role.cue == Cue::Spokesperson).then(|| names_in(f.end).find(|&n| names[n].kind == NamedKind::Person)).flatten();
            if let Some(org) = institution {
                let subject_end = person.map_or(names[org].tokens.end, |p| names[p].tokens.end.max(names[org].tokens.end));
                return Some(said(Source::Name(org), person, subject_end));
            }
            // The body unnamed (المتحدث باسم الجيش علي عباس): the person
            // named speaks, for the body told before if the role is «the»
            // spokesperson; not if another office's title follows (الناطق
            // باسم القائد العام للقوات المسلحة: that office's, unnamed).
            if let Some(p) = person {
                let for_an_office = self.has(role.end, |c| c == Cue::Role).is_some();
                return Some(Said {
                    for_body_before: self.input.tokens.is_definite(role.start) && !for_an_office,
                    ..said(Source::Name(p), None, names[p].tokens.end)
                });
            }
        }
        // The first of: a name, an unnamed source, a statement word, right
        // after the cue or after a title (قال وزير الخارجية الأمريكي
        // أنتوني بلينكن). Further on, a name is what was said or done
        // (أعلنت القضاء على داعش): the cue then continues the last
        // statement, or its subject stands before it.
        let titled = (f.end..(f.end + 2).min(window)).any(|k| self.has(k, |c| c == Cue::Role).is_some());
        // قالت جماعة “المرصد السوري”: a head noun and a quote before the
        // name are no words of their own; nor is the day (كما أفاد اليوم
        // الجمعة مصدران أمنيان).
        let lead = (f.end..window)
            .take_while(|&k| self.is_punct(k, &['“', '"', '«', '\'']) || self.has(k, |c| matches!(c, Cue::Head | Cue::TimeWord)).is_some())
            .count();
        let reach = if titled { window } else { window.min(f.end + lead + SUBJECT_AFTER) };
        // After a title, the person who holds it comes within a title's
        // reach, a body or place of the title right after it (قال رئيس
        // إقليم كردستان); a place further on is in what follows (وأشار
        // الوزير الأمريكي إلى خطة تنتهي في العراق).
        let title_reach = self.words_ahead(f.end, TITLE_REACH, window);
        // أكد رئيس مكتب شؤون النازحين في الإدارة الذاتية لشمال وشرق
        // سوريا، فلان، أن: a title of any length, then the person set
        // apart by a comma, the first the title's words reach.
        let set_apart = |n: usize| {
            let first = names[n].tokens.start;
            first > f.end && self.is_punct(first - 1, &['،', ',']) && !(f.end..first - 1).any(|k| self.is_punct(k, &CLAUSE_MARKS))
        };
        let holds_title = |k: usize, n: usize| {
            !titled || k < f.end + lead + SUBJECT_AFTER + 1 || (names[n].kind == NamedKind::Person && (k < title_reach || set_apart(n)))
        };
        // أعلنت قوات الأمن الداخلي (الأسايش): words naming no one, then
        // the name that glosses them in brackets, right after the verb.
        let glossed = (f.end + 1..(f.end + 1 + GLOSSED_SUBJECT_WORDS).min(window))
            .find(|&k| self.input.tokens.kind(k) != Some(TokenKind::Arabic))
            .filter(|&k| {
                self.is_punct(k, &['('])
                    && (f.end..k).all(|j| {
                        self.name_at(j).is_none()
                            && self.has(j, |c| matches!(c, Cue::Statement | Cue::Reference | Cue::Unnamed | Cue::Source)).is_none()
                    })
            });
        if let Some(n) = glossed.and_then(|k| self.name_at(k + 1)).filter(|&n| !self.addressed(n)) {
            return Some(said(Source::Name(n), None, names[n].tokens.end));
        }
        for k in f.end..reach {
            // وأضافت بحسب ما نقلت الأناضول، أن: a source phrase right after
            // the verb names who passed it on; the verb has no subject here.
            if f.cue != Cue::Source && self.has(k, |c| c == Cue::Source).is_some() {
                break;
            }
            // ورصد هجوماً للتنظيم: an object right after the verb, its
            // subject unsaid (the statement before goes on); a name further
            // on is the object's.
            let names_a_source = |c: Cue| {
                matches!(
                    c,
                    Cue::Unnamed | Cue::Statement | Cue::Reference | Cue::Role | Cue::Spokesperson | Cue::Office | Cue::DescribedBody
                )
            };
            if k == f.end + lead && self.name_at(k).is_none() && self.is_indefinite_object(k) && self.has(k, names_a_source).is_none() {
                break;
            }
            // قال لوكالة فرانس برس: who is spoken to is no subject; after a
            // source phrase «ل» is the phrase's own (وفقا للمرصد).
            // ودعت مع السعودية: a name after «مع» is who joined the verb's
            // subject, no subject of its own.
            let along = |n: usize| self.word_before(names[n].tokens.start).is_some_and(|w| self.norm(w) == "مع");
            if let Some(n) = self
                .name_at(k)
                .filter(|&n| (f.cue == Cue::Source || !self.addressed(n)) && holds_title(k, n) && !where_said(n) && !along(n))
            {
                let n = self.person_after_title(n, window);
                // نقلت وكالة رويترز عن وزارة الداخلية: the originator, not
                // the channel (docs/CLAIMS.md §3).
                let channel_end = names[n].tokens.end;
                if let Some((source, subject_end)) =
                    self.originator_after(channel_end, window).filter(|_| relayed || self.relays_after(channel_end))
                {
                    return Some(said_as(source, None, subject_end, false));
                }
                return Some(said(Source::Name(n), None, channel_end));
            }
            // وقال المرصد: a noun standing for a body named before is it;
            // its words end where the noun does. After a title, the person
            // named next holds it (وقال وكيل الوزارة فلان).
            // Only where no name starts: a name is the branch above's,
            // which may have declined it (قال للمرصد: spoken to).
            let noun = self.has(k, |c| c == Cue::Reference).filter(|_| self.name_at(k).is_none());
            if let (Some(noun), Some(n)) = (noun, noun.and_then(|_| self.name_or_reference(k))) {
                if let Some(p) = self.person_after_title_at(k, noun.end, window) {
                    return Some(said(Source::Name(p), None, names[p].tokens.end));
                }
                if let Some((source, subject_end)) = self.originator_after(noun.end, window).filter(|_| relayed) {
                    return Some(said_as(source, None, subject_end, false));
                }
                return Some(said(Source::Name(n), None, noun.end));
            }
            // وقال مراسلنا: the outlet speaks through its own reporter.
            if let Some(own) = self.has(k, |c| c == Cue::OwnReporter) {
                return Some(said(Source::Outlet, None, own.end));
            }
            // وفق مراسل الأناضول: another outlet's reporter, that outlet
            // named right after; unnamed otherwise (below).
            if let Some(reporter) = self.has(k, |c| c == Cue::Correspondent) {
                if let Some(n) = self.name_right_after(reporter.end).filter(|&n| names[n].kind == NamedKind::Organization) {
                    return Some(said(Source::Name(n), None, names[n].tokens.end));
                }
            }
            // بحسب تقديرات حكومة الإقليم: estimates of no one named are
            // unnamed; with their owner named right after, they are a
            // statement of that owner (below).
            // بحسب المصدر نفسه: «the same source» is a statement, longer
            // than the unnamed «مصدر» within it.
            let statement = self.has(k, |c| c == Cue::Statement);
            let owned =
                |u: &Found| statement.is_some_and(|st| st.end > u.end) || statement.is_some() && self.name_right_after(u.end).is_some();
            if let Some(u) = self.has(k, |c| c == Cue::Unnamed).filter(|u| !owned(u)) {
                // نقلت وسائل إعلام عن فلان: the originator, not the channel.
                if let Some((source, subject_end)) = self.originator_after(u.end, window).filter(|_| relayed) {
                    return Some(said_as(source, None, subject_end, false));
                }
                let span = self.span_of(u);
                return Some(said(Source::Unnamed(span), None, u.end));
            }
            if k == f.end + lead {
                // بينما اعترفت الأخيرة: «the latter» right after the verb is
                // the party named last (a person or a body: no place).
                if let Some(latter) = self.has(k, |c| c == Cue::Latter) {
                    let last = self.names_within(0, f.start).rev().take(REFERENCE_NAMES).find(|(_, m)| m.kind != NamedKind::Location);
                    if let Some((n, _)) = last {
                        return Some(said(Source::Name(n), None, latter.end));
                    }
                }
                // وقال قائد عسكري عراقي إن: an official described, not
                // named, right after the verb; a body's kind is a head
                // word of the lead (ذكرت قناة تركية أن).
                if let Some(u) = (f.end..=k).find_map(|j| self.described_unnamed(j, window)) {
                    return Some(said(Source::Unnamed(self.span_of(u)), None, u.end));
                }
            }
            if let Some(st) = self.has(k, |c| c == Cue::Statement) {
                // في بيان للتحالف، وفق بيان لقائد قسد: the owner is named.
                // بحسب الأرقام التي تصدرها البعثة: a relative clause of its
                // issuing stands between, and a noun may stand for the body.
                let issued = (st.end..st.end + 2).any(|j| matches!(self.norm(j), "التي" | "الذي" | "الصادر" | "الصادرة"));
                let reach = if issued { NAME_AFTER + ISSUED_BY } else { NAME_AFTER };
                // The owner and the token after its words here (a noun's
                // name was written before).
                // Not past a clause break (وفقاً لآخر الإحصاءات، يضم مخيم
                // الهول: what the figures tell), nor the platform it was
                // posted on (تغريدة على منصة "إكس").
                let on_platform = |j: usize| self.word_before(j).is_some_and(|w| matches!(self.norm(w), "علي" | "عبر"));
                // في تصريح لـ(باسنيوز): a statement given to an outlet is
                // not the outlet's.
                let given_to = |n: usize| self.is_outlet(&names[n]) && self.addressed(n);
                let owner = (st.end..(st.end + reach).min(window)).take_while(|&j| !self.is_punct(j, &CLAUSE_MARKS)).find_map(|j| {
                    let n = self.name_or_reference(j).filter(|&n| !on_platform(names[n].tokens.start) && !given_to(n))?;
                    let here = self.name_at(j) == Some(n);
                    Some((n, here, if here { names[n].tokens.end } else { j + 1 }))
                });
                // نقل بيان للوزارة عن الوزير فلان: a relayed statement's
                // originator after «عن», past an owner unnamed or named.
                let channel_end = owner.map_or(st.end + 1, |(_, _, end)| end);
                if let Some((source, subject_end)) = self.originator_after(channel_end, window).filter(|_| relayed) {
                    return Some(said_as(source, None, subject_end, false));
                }
                // قال خلال مؤتمر صحفي، قالت في بيان: a statement of no
                // owner named after the verb leaves its subject to be found
                // before it (SVO); one right after it (وأضاف البيان)
                // continues the last statement.
                if owner.is_none() && st.start > f.end {
                    break;
                }
                if let Some(n) = owner.is_none().then(|| self.owner_named_later(st, window)).flatten() {
                    return Some(said(Source::Name(n), None, st.end));
                }
                return owner.map(|(n, here, end)| {
                    // After a name written here, the person holding it when
                    // it is a title's body.
                    let p = if here { self.person_after_title(n, window) } else { n };
                    said(Source::Name(p), None, if p == n { end } else { names[p].tokens.end })
                });
            }
        }
        // وأشار الوزير الأمريكي: a title alone after the verb is the person
        // last named with that title (وزير الخارجية أنتوني بلينكن).
        if let Some(role) = self.has(f.end, |c| c == Cue::Role) {
            let title = bare(self.norm(role.start));
            // Read by its words: the sentence of the full name may be one
            // whose phrases were not looked up.
            let titled_before =
                |m: &crate::Named<'_>| (m.tokens.start.saturating_sub(TITLE_REACH)..m.tokens.start).any(|k| self.reads_as(k, title));
            let person = self
                .names_within(0, f.start)
                .rev()
                .take(REFERENCE_NAMES)
                .find(|(_, m)| m.kind == NamedKind::Person && titled_before(m))
                .map(|(n, _)| n);
            if let Some(n) = person {
                return Some(said(Source::Name(n), None, role.end));
            }
        }
        // SVO: a person or body shortly before the verb, in its sentence,
        // with no other statement between (كان أنتوني بلينكن، وزير الخارجية
        // الأميركي، قد صرّح).
        if f.cue == Cue::Speech {
            let sentence_start = self.sentence_start(f.start);
            let from = f.start.saturating_sub(SUBJECT_BEFORE).max(sentence_start);
            // تركيا تعلن: a state opening the sentence or what is said,
            // right before the verb, speaks; a place after a preposition
            // (في سوريا قال) does not.
            let state_subject = |m: &crate::Named<'_>| {
                let glued = !self.glued_before(m).is_empty();
                m.tokens.end == f.start
                    && !glued
                    && m.tokens.start.checked_sub(1).filter(|&p| p >= sentence_start).is_none_or(|p| {
                        self.is_complementizer(p)
                            || self.norm(p) == "و"
                            || KAN_FORMS.contains(&self.norm(p))
                            || self.is_punct(p, &['“', '"', '«', '\''])
                    })
            };
            // عربة قالت الإدارة إنها: a verb right after an indefinite noun
            // tells of that noun; a subject before it is no subject of
            // the verb.
            let describes_noun = f.start.checked_sub(1).is_some_and(|p| {
                p >= sentence_start
                    && self.input.tokens.kind(p) == Some(TokenKind::Arabic)
                    && self.name_at(p).is_none()
                    && !self.input.tokens.is_definite(p)
                    && !matches!(self.norm(p), "قد" | "لقد" | "و")
                    && !KAN_FORMS.contains(&self.norm(p))
                    // Nor the last word of a name («name_at» looks up the
                    // first).
                    && self.input.names.iter().all(|m| m.tokens.end != p + 1)
            });
            // وحول أعداد معتقلي داعش، أكد: a phrase opening the sentence
            // with a preposition and closed by a comma is what is spoken
            // of; its names say nothing.
            let fronted = self.has(sentence_start, |c| c == Cue::Fronted).is_some();
            let in_fronted_phrase = |m: &crate::Named<'_>| fronted && (m.tokens.end..f.start).any(|k| self.is_punct(k, &['،', ',']));
            let before = self.names_within(from, f.start).rev().find(|(_, m)| {
                !describes_noun
                    && !in_fronted_phrase(m)
                    && m.tokens.end <= f.start
                    && (m.kind != NamedKind::Location || state_subject(m))
                    && self.may_act(m)
                    && !(m.tokens.end..f.start).any(|k| self.has(k, |c| matches!(c, Cue::Speech | Cue::Source)).is_some())
                    // A name inside what was said before (قالت … أنهم دمروا
                    // عناصر داعش، واعلنت) is not the subject.
                    // A complementizer of no speech (بيد أن، كما أن) opens
                    // no such thing.
                    // A name opening what is said right before the verb is
                    // its subject (ذكرت القناة أن جهاز مكافحة الإرهاب أعلن),
                    // a head word before it or not (يذكر أن ميليشيات قسد
                    // قالت).
                    && !(sentence_start.max(m.tokens.start.saturating_sub(SAID_BEFORE))..m.tokens.start).any(|k| {
                        let opens_said = k + 1 == m.tokens.start
                            || self.has(k + 1, |c| c == Cue::Head).is_some_and(|h| h.end == m.tokens.start);
                        self.is_complementizer(k)
                            && !(opens_said && f.start == m.tokens.end && !self.is_future(f.start))
                            && self.any_in(sentence_start, k, |c| matches!(c, Cue::Speech | Cue::Source | Cue::Continuing))
                    })
            });
            // غير أن مصادر محلية أكدت: an unnamed source opening the
            // sentence or a clause, an adjective or two after it, right
            // before the verb; it is the subject even with a name in an
            // earlier clause (لم تعلن السلطات …، لكن مصادر طبية أفادت).
            let opens = |k: usize| {
                k == sentence_start
                    || k.checked_sub(1).is_some_and(|p| self.is_complementizer(p) || self.norm(p) == "و" || self.is_punct(p, &['،', ',']))
                    || self.ends_at(k, CONTRAST_WORDS, |c| c.cue == Cue::Contrast)
            };
            let unnamed = (from..f.start).find_map(|k| {
                self.has(k, |c| c == Cue::Unnamed).filter(|u| u.end <= f.start && f.start - u.end <= UNNAMED_ADJECTIVES && opens(u.start))
            });
            let before = before.filter(|(_, m)| unnamed.is_none_or(|u| m.tokens.end > u.start));
            if let Some((n, m)) = before {
                // المتحدث باسم المنظمة جويل ميلمان قال: the spokesperson
                // named before the verb speaks for the body of the role.
                let role = (m.kind == NamedKind::Person)
                    .then(|| {
                        (sentence_start.max(m.tokens.start.saturating_sub(SPOKESPERSON_BEFORE))..m.tokens.start)
                            .find_map(|k| self.has(k, |c| c == Cue::Spokesperson))
                    })
                    .flatten();
                let institution = role.and_then(|r| {
                    (r.end..m.tokens.start).filter_map(|k| self.name_or_reference(k)).find(|&o| names[o].kind != NamedKind::Person)
                });
                if let Some(org) = institution {
                    return Some(said(Source::Name(org), Some(n), f.end));
                }
                return Some(said(Source::Name(n), None, f.end));
            }
            if let Some(u) = unnamed {
                return Some(said(Source::Unnamed(self.span_of(u)), None, f.end));
            }
        }
        None
    }

    /// كشف تقرير أمريكي أن …، وأوضح التقرير الصادر عن معهد بروكنز: a
    /// statement told by its kind alone, with no owner, is the one a later
    /// sentence names with the article and its issuer (docs/CLAIMS.md: a
    /// description a later sentence names is resolved). `from`: where to
    /// look from; a few sentences on at most.
    fn owner_named_later(&self, st: Found, from: usize) -> Option<usize> {
        let tokens = self.input.tokens;
        if st.end != st.start + 1 || tokens.is_definite(st.start) {
            return None;
        }
        let kind = self.norm(st.start);
        let last = self.input.sentences.get(self.sentence_at(st.start) + LATER_SENTENCES).map_or(tokens.len(), |s| s.tokens.end);
        let names = self.input.names;
        (from..last).find_map(|j| {
            let same = tokens.is_definite(j) && bare(self.norm(j)) == kind;
            let issued = matches!(self.norm(j + 1), "الصادر" | "الصادرة") && self.norm(j + 2) == "عن";
            if !(same && issued) {
                return None;
            }
            (j + 3..(j + 3 + NAME_AFTER).min(last)).find_map(|k| self.name_at(k)).filter(|&n| names[n].kind != NamedKind::Location)
        })
    }

    /// Who a relay passes on, named after «عن» right after the channel
    /// (نقلت وكالة رويترز عن وزارة الداخلية، عن مصادر أمنية، عن وزير
    /// الداخلية فلان): the source and the token after its words.
    fn originator_after(&self, channel_end: usize, window: usize) -> Option<(Source, usize)> {
        // An aside of who received a copy is read past (نقل بيان للوزارة
        // تلقت «الرأي» نسخة منه، عن الوزير).
        let channel_end = (channel_end..(channel_end + COPY_ASIDE_WORDS).min(window))
            .find(|&k| self.norm(k) == "نسخة")
            .and_then(|c| (c..(c + 3).min(window)).find(|&k| self.is_punct(k, &['،', ','])))
            .map_or(channel_end, |comma| comma + 1);
        // A closing quote, a comma and an adjective may stand between
        // (نقلت وكالة “رويترز” عن، ونقل راديو "سوا" الأمريكي عن).
        let on = (channel_end..(channel_end + 3).min(window))
            .take_while(|&k| !self.is_punct(k, &['.', ':', ';', '؛']))
            .find(|&k| self.norm(k) == "عن")?
            + 1;
        (on..(on + NAME_AFTER).min(window)).find_map(|k| {
            // عن الوزارة قولها: a noun standing for a body named before.
            if let Some(n) = self.name_at(k).or_else(|| self.name_or_reference(k).filter(|_| k == on)) {
                let n = self.person_after_title(n, window);
                return Some((Source::Name(n), self.input.names[n].tokens.end));
            }
            let u = self.has(k, |c| c == Cue::Unnamed)?;
            let span = self.span_of(u);
            Some((Source::Unnamed(span), u.end))
        })
    }

    /// وذكرت وكالة رويترز، نقلاً عن مسؤول أمني: «نقلاً عن» right after
    /// who speaks (a comma between or not) makes it a channel relaying
    /// another, as a verb of relaying does.
    fn relays_after(&self, channel_end: usize) -> bool {
        (channel_end..channel_end + 2).any(|k| self.norm(k) == "نقلا" && self.norm(k + 1) == "عن")
    }

    /// Figure `q` counts how many live somewhere: a word of population
    /// stands shortly before it in its clause, whatever deed is told
    /// between (تعداد سكان الفلوجة قبل بدء العمليات بنحو 90 ألفا). Not
    /// «نسمة» after it: souls rescued are rescued (إنقاذ 5 ملايين نسمة);
    /// nor the dwellers of a camp or prison: they are held (عدد سكان مخيم
    /// الهول 56 ألفا).
    fn counts_inhabitants(&self, q: &Quantity) -> bool {
        let from = q.tokens.start.saturating_sub(POPULATION_BEFORE).max(self.sentence_start(q.tokens.start));
        let cues = self.cues_in(from, q.tokens.start);
        let Some(word) = cues.iter().rposition(|f| f.cue == Cue::Population) else { return false };
        let end = cues[word].end;
        !cues[word..].iter().any(|f| f.cue == Cue::Confinement)
            && !(end..q.tokens.start).any(|k| self.is_punct(k, &['.', '،', ',', ';', '؛']))
    }

    /// An official or body described and not named, opening at token `k`
    /// and ending before `end` (وزير كردي، قائد عسكري عراقي، قناة تركية): a
    /// title or a body's kind with no article, then one or two words with
    /// none, no name among them, and after them the end of the source (a
    /// colon, a comma, «إن»); a title with its article or a name after it
    /// is someone known (وزير الخارجية العراقي، وزير الدفاع فلان).
    fn described_unnamed(&self, k: usize, end: usize) -> Option<Found> {
        let tokens = self.input.tokens;
        let role = self.has(k, |c| matches!(c, Cue::Role | Cue::DescribedBody)).filter(|r| r.end == k + 1 && !tokens.is_definite(k))?;
        let words = (role.end..(role.end + UNNAMED_ADJECTIVES).min(end))
            .take_while(|&j| {
                tokens.kind(j) == Some(TokenKind::Arabic)
                    && !tokens.is_definite(j)
                    && !self.is_complementizer(j)
                    && !self.overlaps_a_name(j, j + 1, false)
            })
            .count();
        let after = role.end + words;
        let closes = after == end || self.is_complementizer(after) || self.is_punct(after, &[':', '،', ',']);
        (words > 0 && closes).then_some(Found { start: k, end: after, cue: Cue::Unnamed })
    }

    /// The words of phrase `u`, from its first token to its last.
    fn span_of(&self, u: Found) -> Span {
        let tokens = self.input.tokens;
        tokens.span(u.start).unwrap_or_default().cover(tokens.span(u.end - 1).unwrap_or_default())
    }

    /// A name glued to «ل» (لوكالة فرانس برس): someone spoken to.
    fn addressed(&self, n: usize) -> bool {
        self.glued_before(&self.input.names[n]).ends_with('ل') || self.spoken_to_apart(n) || self.addressed_by_head(n)
    }

    /// The letters glued before name `m` in its first token (the «ل» of
    /// لوكالة، the «و» of والتحالف); empty when the name opens its token.
    fn glued_before(&self, m: &crate::Named<'_>) -> &'t str {
        let text = self.input.tokens.text();
        self.input.tokens.span(m.tokens.start).and_then(|t| text.get(t.start..m.span.start)).unwrap_or("")
    }

    /// وقال رئيس دائرة الصحة في وزارة البشمركة، فلان، إن "1654 …": name
    /// `m` stands in the words of who speaks, between a verb of speech and
    /// what is said before token `until`.
    fn in_speakers_words(&self, m: &crate::Named<'_>, until: usize) -> bool {
        let spoken_before = (m.tokens.start.saturating_sub(SUBJECT_WINDOW)..m.tokens.start)
            .rev()
            .take_while(|&k| !self.is_complementizer(k))
            .any(|k| self.found_at(k).iter().any(|f| f.cue == Cue::Speech && f.end <= m.tokens.start));
        spoken_before && (m.tokens.end..until).any(|k| self.is_complementizer(k))
    }

    /// في تصريح لـ(باسنيوز): «ل» written apart before name `n`, a bracket
    /// or quote between; who is spoken to.
    fn spoken_to_apart(&self, n: usize) -> bool {
        let first = self.input.names[n].tokens.start;
        let before = first.checked_sub(1).map(|p| if self.is_punct(p, &['(', '“', '"', '«']) { p.checked_sub(1) } else { Some(p) });
        before.flatten().is_some_and(|p| matches!(self.norm(p), "ل" | "لـ"))
    }

    /// The word before token `k`, past an opening quote, bracket or
    /// hashtag's mark between (تنظيم “داعش”، لـ”قسد”، يقصف #داعش، ضد
    /// (داعش)).
    fn word_before(&self, k: usize) -> Option<usize> {
        let p = k.checked_sub(1)?;
        if self.is_punct(p, &['“', '"', '«', '\'', '#', '(']) {
            p.checked_sub(1)
        } else {
            Some(p)
        }
    }

    /// Token `i` opens a partitive «من» whose list joins civilians to the
    /// party by «و» before the clause ends (من التنظيم وقوات سوريا
    /// الديمقراطية والمدنيين، من عناصر قسد والمدنيين): a total of several
    /// sides. Two forces alone (من عناصر الوحدات وقوات الأسايش) are one
    /// side's men.
    fn mixed_total(&self, i: usize) -> bool {
        /// The most words of the list read.
        const MIXED_REACH: usize = 8;
        if self.norm(i) != "من" {
            return false;
        }
        let limit = (i + 1 + MIXED_REACH).min(self.input.tokens.len());
        let end = (i + 1..limit).find(|&k| self.input.tokens.kind(k) == Some(TokenKind::Punct)).unwrap_or(limit);
        (i + 2..end).any(|k| self.opens_with_waw(k) && self.name_or_reference(k).is_none() && self.has(k, |c| c == Cue::People).is_some())
    }

    /// Token `i` is «تعود» or «يعود» of belonging, not of return: «إلى»
    /// or «ل» and then a party (a name of no place, or a word of [own]:
    /// تعود إلى عناصر التنظيم، تعود لداعش).
    fn belongs(&self, i: usize) -> bool {
        if !matches!(self.norm(i), "تعود" | "يعود") {
            return false;
        }
        let (k, glued) = match self.norm(i + 1) {
            "الي" => (i + 2, false),
            w if w.starts_with('ل') => (i + 1, true),
            _ => return false,
        };
        let party = |n: usize| self.input.names[n].kind != NamedKind::Location;
        self.name_right_after(k).is_some_and(party) || (!glued && self.has(k, |c| c == Cue::Own).is_some())
    }

    /// Name `m` is whom something goes to: «إلى» right before it, or
    /// before the role and the body that title it (إلى رئيس مجلس النواب
    /// فلان).
    fn sent_to(&self, m: &crate::Named<'_>) -> bool {
        /// The most steps back over a role or a name to «إلى».
        const TITLE_STEPS: usize = 3;
        let mut k = m.tokens.start;
        for _ in 0..=TITLE_STEPS {
            let Some(p) = self.word_before(k) else { return false };
            if self.norm(p) == "الي" {
                return true;
            }
            match self.name_ending_at(p + 1) {
                Some(b) => k = b.tokens.start,
                None if self.has(p, |c| c == Cue::Role).is_some() => k = p,
                None => return false,
            }
        }
        false
    }

    /// لموقع كوردستان 24، لوكالة “رويترز”: «ل» on the head noun name `n`
    /// is written after; who is spoken to.
    fn addressed_by_head(&self, n: usize) -> bool {
        let head = self.word_before(self.input.names[n].tokens.start);
        head.is_some_and(|h| self.norm(h).starts_with('ل') && self.has(h, |c| c == Cue::Head).is_some())
    }

    /// A name of a body after a title (قائد قسد، مظلوم عبدي; وزير خارجية
    /// الولايات المتحدة أنتوني بلينكن): the person named next speaks.
    fn person_after_title(&self, n: usize, window: usize) -> usize {
        let names = self.input.names;
        if names[n].kind == NamedKind::Person {
            return n;
        }
        self.person_after_title_at(names[n].tokens.start, names[n].tokens.end, window).unwrap_or(n)
    }

    /// The person named after a body's words at tokens `first..end` that a
    /// title opens (وكيل الوزارة فلان): [`Doc::person_after_title`] for
    /// any words, a name or a noun standing for one.
    fn person_after_title_at(&self, first: usize, end: usize, window: usize) -> Option<usize> {
        let names = self.input.names;
        let titled = (first.saturating_sub(2)..first).any(|k| self.has(k, |c| c == Cue::Role).is_some_and(|r| r.end + 1 >= first));
        if !titled {
            return None;
        }
        // The title may run on before the name (ممثلة الولايات المتحدة لدى
        // الأمم المتحدة السفيرة ليندا توماس جرينفيلد), or the name follow
        // in apposition (لقائد قسد، مظلوم كوباني), but not past a full
        // stop or a colon: what follows one is no longer the subject.
        (end..self.words_ahead(end, TITLE_REACH, window))
            .take_while(|&k| !self.is_punct(k, &['.', ':']))
            .find_map(|k| self.name_at(k).filter(|&p| names[p].kind == NamedKind::Person))
    }

    /// What is said after token `i` opens with a pronoun standing for the
    /// subject (أكد التحالف أنه، واوضح بيان للتحالف، الذي نشرته وسائل
    /// اعلام، انه): the first complementizer before `b` is one.
    fn pronoun_after(&self, i: usize, b: usize) -> Option<usize> {
        (i..b.min(i + SUBJECT_WINDOW)).find(|&k| self.is_complementizer(k)).filter(|&k| self.has(k, |c| c == Cue::Pronoun).is_some())
    }

    /// The statement a figure at token `qs` of sentence `s` belongs to:
    /// the last cue before it in its sentence, else the first after it
    /// («... وفق بيان لقائد قسد»). With none, the statement of the
    /// sentences around when both have the same source (a continued
    /// account); a headline without a colon is the outlet's.
    fn statement_of(&self, s: usize, qs: usize) -> Option<Said> {
        let here = self.said_in(s);
        // Statements are in text order: those before the figure, then after.
        let split = here.partition_point(|st| st.at < qs);
        let (before, after) = here.split_at(split);
        // 17 قتيلا و23 جريحا وفق أرقام قسد: a source phrase right after
        // the figure, in its clause, tells where it comes from, whoever
        // spoke before it in the sentence.
        let trailing = after.iter().take(2).find(|st| {
            st.at > qs
                && st.at <= qs + TRAILING_SOURCE
                && self.has(st.at, |c| c == Cue::Source).is_some()
                && !(qs..st.at).any(|k| self.is_punct(k, &CLAUSE_MARKS))
        });
        if let Some(st) = trailing {
            return (st.source != Source::Outlet).then_some(*st);
        }
        // The originator before a relay of the same sentence; before an
        // outlet named after a source phrase too (وقالت الشرطة، وفقا لوكالة
        // الأنباء العراقية، إن: the agency passes it on).
        let channel = |st: &Said| {
            matches!(st.source, Source::Name(n) if self.is_outlet(&self.input.names[n])) && self.has(st.at, |c| c == Cue::Source).is_some()
        };
        let originator_before = |st: &Said| before.iter().any(|o| o.at < st.at && matches!(o.source, Source::Name(_)) && !channel(o));
        let chosen = before
            .iter()
            .rev()
            .take(STATEMENTS_BACK)
            .find(|st| (!st.relay || st.source == Source::Outlet) && !(channel(st) && originator_before(st)))
            .or_else(|| before.last());
        // A cue after the figure owns it (... وفق بيان لقائد قسد), unless
        // it opens what is said next (..., قال بلينكن إنه يجب).
        // Nor across a contrast (..., فيما أعلنت الأردن): the other
        // clause's source.
        let after =
            || after.iter().take(2).find(|st| st.at > qs && !self.opens_content(st) && !self.any_in(qs, st.at, |c| c == Cue::Contrast));
        if let Some(st) = chosen {
            return (st.source != Source::Outlet).then_some(*st);
        }
        if let Some(st) = self.quoted_from(s, qs) {
            return Some(st);
        }
        if let Some(st) = after() {
            return (st.source != Source::Outlet).then_some(*st);
        }
        // وأشارت مصادر إلى أن هذا العدد: the next statement points back.
        if let Some(st) = self.said_in(s + 1).first().filter(|st| self.points_back(st)) {
            return (st.source != Source::Outlet).then_some(*st);
        }
        if s == 0 {
            return None;
        }
        // مظلوم عبدي: followed by a list of points (* …): each point is his.
        if let Some(st) = self.listed_under(s) {
            return Some(st);
        }
        // بلغت حصيلة القتلى وفقاً للمرصد 329 قتيلاً، هم: and the lines of
        // its breakdown after it: each line is the total's source's.
        if let Some(t) = self.breakdown_head(s) {
            return self.said_in(t).iter().rev().find(|st| st.source != Source::Outlet).copied();
        }
        // حيث قتل 77 ...: the sentence goes on with the one before, and
        // that one, with no statement of its own, perhaps with the one
        // before it (أما عدد الجرحى فبلغ …. إضافة إلى ذلك، قتل).
        let mut t = s;
        while t > 0 && s - t < CONTINUED_SENTENCES && self.continues_before(t) {
            let said = self.said_in(t - 1);
            if let Some(st) = said.iter().rev().find(|st| st.source != Source::Outlet) {
                return Some(*st);
            }
            if !said.is_empty() {
                break;
            }
            t -= 1;
        }
        // Only a sentence with no statement of its own (ويشارك فيه نحو 83
        // دولة، قال بلينكن إنه …: the statement is about what follows).
        if !here.is_empty() {
            return None;
        }
        let before = self.said_in(s - 1).last()?;
        let after = self.said_in(s + 1).first()?;
        // The same source: the same entity, whichever of its mentions
        // (القيادة المركزية … وقالت القيادة).
        let same = match (before.source, after.source) {
            (Source::Name(m), Source::Name(n)) => self.input.names[m].id == self.input.names[n].id,
            (x, y) => x == y,
        };
        (before.source != Source::Outlet && same).then_some(*before)
    }

    /// The statement whose quotation holds token `qs`, opened in a
    /// sentence before it in the same paragraph and not closed before it
    /// (قالت القيادة إن "نفذت القوات ضربة. وقد قتل عنصران"): a quotation
    /// is its speaker's to its end. A quote mark opens one right after «أن»
    /// or a colon; a name in quotes inside it («داعش») is read past.
    fn quoted_from(&self, s: usize, qs: usize) -> Option<Said> {
        let tokens = self.input.tokens;
        let floor = self.input.sentences.get(s.saturating_sub(QUOTED_SENTENCES)).map_or(0, |t| t.tokens.start);
        let is_quote = |k: usize| self.is_punct(k, &QUOTE_MARKS);
        let opens = |k: usize| k.checked_sub(1).is_some_and(|p| self.is_complementizer(p) || self.is_punct(p, &[':']));
        let mut k = qs;
        let open = loop {
            if k <= floor {
                return None;
            }
            // A paragraph break ends every quotation.
            if tokens.line_break_before(k) {
                return None;
            }
            k -= 1;
            if !is_quote(k) {
                continue;
            }
            if opens(k) {
                break k;
            }
            // «داعش» inside: its opening mark a few words before, only
            // words between.
            let name_opening = (k.saturating_sub(NAME_IN_QUOTES + 1).max(floor)..k)
                .rev()
                .take_while(|&j| j + 1 == k || tokens.kind(j + 1) != Some(TokenKind::Punct))
                .find(|&j| is_quote(j) && !opens(j));
            match name_opening {
                Some(j) if j + 1 < k => k = j,
                _ => return None,
            }
        };
        // بياناً جاء فيه: ⏎ “نفذت قواتنا …”: a colon closing the line
        // before gives the quotation opening the next to the statement it
        // ends.
        let opened_in = self.sentence_at(open.checked_sub(1).filter(|&p| self.is_punct(p, &[':'])).unwrap_or(open));
        if opened_in >= s {
            return None;
        }
        self.said_in(opened_in).iter().rev().find(|st| st.at < open && st.source != Source::Outlet).copied()
    }

    /// The state named by the adjective of a person's title in a
    /// statement's words (وزير الخارجية الأميركي أنتوني بلينكن → usa).
    fn state_of_official(&self, st: Said) -> Option<&'i str> {
        let Source::Name(n) = st.source else { return None };
        if self.input.names[n].kind != NamedKind::Person {
            return None;
        }
        let lexicon: &'i ClaimsLexicon = self.lexicon;
        self.cues_in(st.at, st.subject_end).iter().find_map(|f| {
            if let Cue::State(k) = f.cue {
                lexicon.states.get(usize::from(k)).map(String::as_str)
            } else {
                None
            }
        })
    }

    /// An outlet's name: headed by a word of outlets, in it (وكالة تونس
    /// أفريقيا للأنباء) or before it, a quote between or not (صحيفة
    /// "ديلي ميل").
    fn is_outlet(&self, m: &crate::Named<'_>) -> bool {
        let first = m.tokens.start;
        let media = |k: usize| self.has(k, |c| c == Cue::Media).is_some();
        // قناة (السومرية نيوز): a bracket may stand between too.
        let before = first.checked_sub(1).filter(|&p| self.is_punct(p, &OPENING_MARKS)).unwrap_or(first);
        // مؤسسة الفرقان الإعلامية: an adjective of media closes the name.
        let media_adjective = m.tokens.end.checked_sub(1).is_some_and(|last| self.has(last, |c| c == Cue::MediaAdjective).is_some());
        media(first) || before.checked_sub(1).is_some_and(media) || media_adjective || self.lexicon.is_outlet(m.id)
    }

    /// A name of a body that watches and counts (المرصد السوري لحقوق
    /// الإنسان): a word of [`Cue::Monitor`] among its words.
    fn is_monitor(&self, m: &crate::Named<'_>) -> bool {
        self.named_with(m, Cue::Monitor)
    }

    /// A word of `cue` stands among the words of name `m`.
    fn named_with(&self, m: &crate::Named<'_>, cue: Cue) -> bool {
        (m.tokens.start..m.tokens.end).any(|k| self.has(k, |c| c == cue).is_some())
    }

    /// Token `k` follows a place's name, an adjective with the article
    /// between or not (مدينة الموصل العراقية والتي).
    fn place_before(&self, k: usize) -> bool {
        let names = self.input.names;
        let in_place = |i: usize| {
            let n = names.partition_point(|m| m.tokens.end <= i);
            names.get(n).is_some_and(|m| m.tokens.start <= i && m.kind == NamedKind::Location)
        };
        k.checked_sub(1).is_some_and(|p| in_place(p) || (self.input.tokens.is_definite(p) && p.checked_sub(1).is_some_and(in_place)))
    }

    /// Token `k` is a relative pronoun (الذي، التي، الذين…).
    fn is_relative_pronoun(&self, k: usize) -> bool {
        // «و» glued before it or not (الموصل والتي تسيطر عليها داعش).
        let word = self.norm(k);
        let word = word.strip_prefix('و').filter(|w| w.starts_with("ال")).unwrap_or(word);
        matches!(word, "التي" | "الذي" | "الذين" | "اللذين" | "اللتين" | "اللواتي" | "اللاتي")
    }

    /// Token `i` is written with «و» glued before it (وسبعة، وقوات).
    fn opens_with_waw(&self, i: usize) -> bool {
        let text = self.input.tokens.text();
        self.input.tokens.span(i).and_then(|t| text.get(t.start..)).is_some_and(|rest| rest.starts_with('و'))
    }

    /// Token `i` follows «و», glued to it or written apart (و13، و 13).
    fn after_waw(&self, i: usize) -> bool {
        self.opens_with_waw(i) || i.checked_sub(1).is_some_and(|p| self.norm(p) == "و")
    }

    /// What a statement says opens right after its source's words (إن،
    /// أنه، إلى أن): the figures before it are not what it says.
    fn opens_content(&self, st: &Said) -> bool {
        // In its own sentence: «يذكر أن» opening the next is no content of
        // a source phrase closing this one (…، وفق المرصد. يذكر أن).
        let sentence_end = self.input.sentences.get(self.sentence_at(st.at)).map_or(usize::MAX, |s| s.tokens.end);
        let end = (st.subject_end + 3).min(sentence_end);
        // Not the «أن» of a relative clause on the subject (كما ذكر المرصد
        // الذي يؤكد أنه …): what that clause's verb says.
        (st.subject_end..end).take_while(|&k| !self.is_relative_pronoun(k)).any(|k| self.is_complementizer(k))
    }

    /// What a statement says opens with words pointing back at the figures
    /// before it (إلى أن هذا العدد).
    fn points_back(&self, st: &Said) -> bool {
        self.any_in(st.subject_end, st.subject_end + 4, |c| c == Cue::Anaphor)
    }

    /// Sentence `s` opens with a word that goes on with the sentence before
    /// (حيث، إذ).
    fn continues_before(&self, s: usize) -> bool {
        let Some(sentence) = self.input.sentences.get(s) else { return false };
        let (a, b) = (sentence.tokens.start, sentence.tokens.end);
        // وضمت هذه الدفعة 240 عائلة: a demonstrative among its first words,
        // before a definite noun, points back.
        let points_back = || {
            (a..(a + DEMONSTRATIVE_WORDS).min(b))
                .any(|k| self.has(k, |c| c == Cue::Demonstrative).is_some() && k + 1 < b && self.input.tokens.is_definite(k + 1))
        };
        self.has(a, |c| c == Cue::Continues).is_some() || points_back()
    }

    /// The action of a figure: a trigger in its counted noun, else the
    /// nearest before it (back to a comma, or to the figure before it,
    /// whose action a listed figure shares), else a headcount noun, else
    /// the nearest after it; money with no trigger is funding.
    fn action(&self, q: &Quantity, previous: Option<(usize, Action)>) -> Action {
        // ثلاث مخيمات: a figure counting camps or prisons counts no people
        // held in them.
        let counted = self.counted_token(q);
        // The counted noun reads as a word of `cue`.
        let counted_is = |cue: Cue| counted.is_some_and(|c| self.has(c, |found| found == cue).is_some());
        if counted_is(Cue::Confinement) {
            return Action::Other;
        }
        // أحمد علي (22 عاماً): a person's age is an attribute, whatever
        // was done to them.
        if q.unit.as_deref() == Some("age_years") {
            return Action::Other;
        }
        // Money is spent, given or pledged (docs/CLAIMS.md §5).
        if q.kind == QuantityKind::Money {
            return Action::Funded;
        }
        if self.counts_inhabitants(q) {
            return Action::Other;
        }
        // وقتل 9 مرات: a figure of times, ages or distances is an attribute;
        // so is a distance that places something (140 كم شمال بغداد).
        if self.has(q.tokens.end, |c| c == Cue::Action(Action::Other)).is_some() {
            return Action::Other;
        }
        // A bracket may close between them (كركوك ( 250 كم) شمال بغداد).
        let direction_at = if self.is_punct(q.tokens.end, &[')']) { q.tokens.end + 1 } else { q.tokens.end };
        if q.kind == QuantityKind::Measure && self.has(direction_at, |c| c == Cue::Direction).is_some() {
            return Action::Other;
        }
        // قدمت 4325 من قواتها بين شهيد وجريح ومفقود: a count broken down
        // into the dead and the wounded is a toll, whatever verb gave it.
        let toll = (q.tokens.end..q.tokens.end + TOLL_BREAKDOWN_REACH)
            .take_while(|&k| self.input.tokens.kind(k) == Some(TokenKind::Arabic))
            .find(|&k| self.norm(k) == "بين")
            .is_some_and(|k| self.has(k + 1, |c| matches!(c, Cue::Action(Action::Killed | Action::Wounded))).is_some());
        if toll && q.kind == QuantityKind::Cardinal {
            return Action::Killed;
        }
        // وفقد 34 آخرون: gone missing right before the figure, neither
        // dead nor held (فقدت قسد 11 ألفاً names who lost them; فقد 3
        // عناصر حياتهم: they lost their lives).
        let opener = q.qualifier_span.filter(|s| s.start < q.span.start).map_or(q.tokens.start, |s| self.input.tokens.first_at(s.start));
        let lives_lost = || {
            (q.tokens.end..q.tokens.end + MISSING_REACH)
                .take_while(|&k| self.input.tokens.kind(k) != Some(TokenKind::Punct) || k == q.tokens.end)
                .any(|k| self.norm(k).starts_with("حيات") || self.norm(k).starts_with("ارواح"))
        };
        if opener.checked_sub(1).is_some_and(|p| matches!(bare(self.norm(p)), "فقد" | "فقدت")) && !lives_lost() {
            return Action::Other;
        }
        // بقتلها 624 مدنياً: the deed of a verbal noun right before the
        // figure, a pronoun on it.
        let action = match self.deed_of_a_pronoun_before(q) {
            Some((_, deed)) => deed,
            None => self.triggered_action(q, previous),
        };
        // مقتل وإصابة نحو 50 شخصاً: the nouns of killing and wounding told
        // together before the figure are a toll, the dead first (not «5
        // قتلوا وأصيب 4»: the verb after a figure of its own).
        let killed_and_wounded = action == Action::Wounded
            && opener.checked_sub(2).is_some_and(|k| {
                self.opens_with_waw(k + 1)
                    && self.has(k + 1, |c| c == Cue::Action(Action::Wounded)).is_some()
                    && matches!(bare(self.norm(k)), "مقتل" | "بمقتل" | "استشهاد" | "باستشهاد" | "قتل" | "مصرع")
                    && !k.checked_sub(1).is_some_and(|p| self.is_indefinite_object(p))
                    && !self.input.quantities.iter().any(|o| o.tokens.end == k || o.tokens.end + 1 == k)
            });
        let action = if killed_and_wounded { Action::Killed } else { action };
        // 230 عائلة من المقيمين في مخيم الهول غادرت باتجاه …: the people
        // of a camp told after the figure, then a verb of leaving in its
        // clause, go home.
        let action = if action == Action::Detained && self.camp_left_after(q) { Action::Returned } else { action };
        // يضم المخيم 50 ألف شخص: whom a camp or prison holds are detained,
        // and so are the next figures of the same account (أما اليوم فيضم).
        // In the figure's sentence: the camp of the sentence before holds
        // no one of this one.
        let near = self.confinement_from(q.tokens.start);
        let confined = self.confined_in(near, q.tokens.start);
        let s = self.sentence_at(q.tokens.start);
        // What the figure before did, told in this sentence or the one
        // before.
        let recent = previous.filter(|&(k, _)| self.sentence_at(self.input.quantities[k].tokens.start) + 1 >= s).map(|(_, a)| a);
        let held_before = recent == Some(Action::Detained);
        let contained = self.any_in(near, q.tokens.start, |c| c == Cue::Contains);
        let action = if action == Action::Joined && (confined || (held_before && contained)) { Action::Detained } else { action };
        // غادرت 230 عائلة … الوجبة التي تضم 233 عائلة: what a batch of those
        // who went home or fled holds are the same deed's.
        let action = match recent {
            Some(a @ (Action::Returned | Action::Displaced))
                if contained && !confined && matches!(action, Action::Joined | Action::Other) =>
            {
                a
            }
            _ => action,
        };
        // 3000 في سجون الحسكة: a figure of no action held in the prison
        // named right after it.
        let after = self.after_counted(q);
        let held_in = self.norm(after) == "في" && self.has(after + 1, |c| c == Cue::Confinement).is_some();
        let action = if action == Action::Other && held_in { Action::Detained } else { action };
        let action = if action == Action::Detained && self.sheltered(q) { Action::Displaced } else { action };
        // عائلات الدواعش لـ60 دولة: how many nations the held come from;
        // 31 ألف مقاتل من 86 دولة التحقوا: the nations the people counted
        // right before came from (not «مسؤولين من 60 دولة من الدول
        // الأعضاء»: members; not «أكثر من 60 دولة»: a qualifier's «من»).
        let of_people_counted = |k: usize| self.input.quantities.iter().any(|p| p.tokens.end == k + 1 || self.counted_token(p) == Some(k));
        let from_countries = q.qualifier_span.is_none_or(|s| s.start > q.span.start)
            && q.tokens.start.checked_sub(2).is_some_and(|p| self.norm(p + 1) == "من" && of_people_counted(p));
        if counted_is(Cue::Countries)
            && (matches!(action, Action::Detained | Action::Fighters) || (action == Action::Joined && from_countries))
        {
            return Action::Other;
        }
        // يرتديان حزامين ناسفين، 3 سيارات: things counted were not killed,
        // wounded, held, displaced, sent home or trained, whatever was done
        // to the people around them.
        let people_only =
            matches!(action, Action::Killed | Action::Wounded | Action::Detained | Action::Displaced | Action::Returned | Action::Trained);
        if people_only && counted_is(Cue::Thing) {
            return Action::Other;
        }
        // شاركت 8 مروحيات في عملية أسفرت عن مقتل: aircraft or armour taking
        // part in a deed done to people are the raid's means.
        if (people_only || action == Action::Joined) && counted_is(Cue::Means) {
            return Action::Attacks;
        }
        // جبهات يزيد طولها على 1000 كيلومتر، عبوات يبلغ وزن كل منها 2
        // كيلوغرام: a length or a weight counts no people, and is no sum of
        // money.
        let length_or_weight =
            q.kind == QuantityKind::Measure && q.unit.as_deref().is_some_and(|u| LENGTH_UNITS.contains(&u) || WEIGHT_UNITS.contains(&u));
        if length_or_weight && (people_only || matches!(action, Action::Joined | Action::Fighters | Action::Funded)) {
            return Action::Other;
        }
        // 100 ألف مقاتل شاركوا في العمليات: fighters counted are a force's
        // size, not strikes, whatever operations they took part in.
        if action == Action::Attacks && counted_is(Cue::Action(Action::Fighters)) {
            return Action::Fighters;
        }
        // تطهير 43 قرية، 7 آلاف كلم مربع: land cleared of the enemy is
        // land freed; only mines and explosives are cleared.
        let land = q.unit.as_deref().is_some_and(|u| LAND_UNITS.contains(&u)) || counted_is(Cue::Land);
        if action == Action::Cleared && land {
            return Action::Freed;
        }
        // تفكيك 3 خلايا إرهابية: a party's cells or members broken up are no
        // explosives removed.
        if action == Action::Cleared && counted_is(Cue::Own) {
            return Action::Other;
        }
        action
    }

    /// The name `m` stands right after a verb of `deed` whose subject is
    /// named (or a noun standing for a name) right before the verb: the
    /// verb's object, not its doer. الاتحاد قد منح تركيا 3 مليارات: whom
    /// the money goes to; التحالف يقصف داعش: what was struck. (منحت
    /// ألمانيا العراق، قصفت طائرات التحالف: with no subject before, the
    /// name after the verb is the doer.)
    fn object_of_verb(&self, m: &crate::Named<'_>, deed: Action) -> bool {
        let Some(p) = self.word_before(m.tokens.start) else { return false };
        let verb = self.found_at(p).iter().any(|f| f.end == p + 1 && f.cue == Cue::Action(deed));
        // The subject stands on the verb's line: a headline above is
        // another sentence (العراق: ... / نفذ التحالف).
        let far = p.saturating_sub(SUBJECT_BEFORE);
        let line_start = (far + 1..=p).rev().find(|&k| self.input.tokens.line_break_before(k)).unwrap_or(far);
        // Counted in words: quotes around the subject stand between too
        // ("التحالف الدولي" يغير على مواقع "داعش").
        let quote = |k: usize| self.is_punct(k, &['“', '”', '"', '«', '»', '\'']);
        let (mut near, mut words) = (p, 0);
        while near > line_start && (words < SUBJECT_RIGHT_BEFORE || quote(near - 1)) {
            near -= 1;
            words += usize::from(!quote(near));
        }
        let subject_before = || {
            self.names_within(line_start, p).any(|(_, g)| g.tokens.end <= p && g.tokens.end >= near)
                || (near..p).any(|k| self.has(k, |c| c == Cue::Reference).is_some())
        };
        verb && subject_before()
    }

    /// Name `m` is joined by «و» to name `first` right before it, only
    /// punctuation between (أعلنت وزارة الداخلية، وقوات سوريا الديمقراطية):
    /// the two say it together, and the second is no more a doer than the
    /// first.
    fn joined_after(&self, first: &crate::Named<'_>, m: &crate::Named<'_>) -> bool {
        // (قسد) after «قوات سوريا الديمقراطية»: a gloss in brackets is the
        // name it glosses.
        let names = self.input.names;
        let mut m = m;
        let before = names.partition_point(|p| p.tokens.start < m.tokens.start);
        if let Some(glossed) = before.checked_sub(1).map(|k| &names[k]).filter(|p| {
            p.id == m.id
                && p.tokens.end <= m.tokens.start
                && (p.tokens.end..m.tokens.start).all(|k| self.input.tokens.kind(k) == Some(TokenKind::Punct))
        }) {
            m = glossed;
        }
        if first.tokens.end > m.tokens.start {
            return false;
        }
        let gap = first.tokens.end..m.tokens.start;
        let glued_waw = self.opens_with_waw(m.tokens.start);
        let waw_between = gap.clone().filter(|&k| self.norm(k) == "و").count();
        let only_marks = gap.clone().all(|k| self.norm(k) == "و" || self.input.tokens.kind(k) == Some(TokenKind::Punct));
        only_marks && (glued_waw || waw_between == 1) && gap.len() <= 2
    }

    /// Between tokens `from` and `to`, a verbal noun of killing or wounding
    /// right after a word of time (بعد مقتل، عقب إصابة، قبل مقتل): the
    /// deed of a clause of time, not of the words before it.
    fn deed_after_time_word(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| {
            matches!(self.norm(k), "بعد" | "وبعد" | "عقب" | "قبل" | "منذ")
                && self.found_at(k + 1).iter().any(|f| matches!(f.cue, Cue::Action(Action::Killed | Action::Wounded)))
        })
    }

    /// A sum of money is told in the sentence of `q`.
    fn money_in_sentence(&self, q: &Quantity) -> bool {
        let Some(sentence) = self.input.sentences.get(self.sentence_at(q.tokens.start)) else { return false };
        let quantities = self.input.quantities;
        let first = quantities.partition_point(|other| other.tokens.start < sentence.tokens.start);
        quantities[first..]
            .iter()
            .take_while(|other| other.tokens.start < sentence.tokens.end)
            .any(|other| other.kind == QuantityKind::Money)
    }

    /// Figure `q` counts the nations the people counted by the figure
    /// `previous` come from: «من» and a noun of [countries], right after
    /// that figure's noun and an adjective at most (عائلة أجنبية من 42 دولة).
    fn origin_of_previous(&self, q: &Quantity, previous: Option<(usize, Action)>) -> bool {
        let Some(from) = q.tokens.start.checked_sub(1).filter(|&m| self.norm(m) == "من") else { return false };
        let counts_nations = self.counted_token(q).is_some_and(|c| self.has(c, |f| f == Cue::Countries).is_some());
        let people_before = previous
            .and_then(|(k, _)| self.input.quantities.get(k))
            .and_then(|p| self.counted_token(p).filter(|&c| c >= p.tokens.start))
            .is_some_and(|c| c < from && from - c <= 2);
        counts_nations && people_before
    }

    /// The token of a figure's counted noun: right after the figure, or
    /// inside it when the noun comes first (إرهابيين اثنين).
    fn counted_token(&self, q: &Quantity) -> Option<usize> {
        let noun = q.counted_span?;
        // The token holding the noun's first letter: a proclitic may open it
        // (وطفلين).
        let inside = (q.tokens.start..q.tokens.end)
            .find(|&i| self.input.tokens.span(i).is_some_and(|s| s.start <= noun.start && noun.start < s.end));
        Some(inside.unwrap_or(q.tokens.end))
    }

    /// The token after a figure and its counted noun, wherever the noun
    /// stands (after the figure, or inside it).
    fn after_counted(&self, q: &Quantity) -> usize {
        self.counted_token(q).map_or(q.tokens.end, |c| c + 1)
    }

    /// Token `k` is the word `base` (without proclitics and article, as
    /// [`bare`] gives it), read bare or whole: a word whose first letter
    /// reads as «و» is checked whole too (وزير، وزارة are no و + زير).
    fn reads_as(&self, k: usize, base: &str) -> bool {
        let word = self.norm(k);
        word == base || bare(word) == base
    }

    /// The place at token `i` is one that people leave (وجبة من مخيم الهول
    /// تضم 222 أسرة): who comes out of a camp or prison is no longer held.
    fn out_of(&self, i: usize) -> bool {
        self.word_before(i).is_some_and(|w| matches!(self.norm(w), "من" | "خارج"))
    }

    /// What a toll counts when the figure opening at `opener` is what it
    /// rose or came to (ارتفعت حصيلة … إلى، بلغت حصيلة … ): the dead, or
    /// the people the word right after «حصيلة» names; after «عدد», only
    /// what the word after it names (ارتفع عدد المعتقلين إلى). None when no
    /// toll heads the figure's clause after `floor`.
    fn toll_of(&self, opener: usize, floor: usize) -> Option<Action> {
        let to = opener.checked_sub(1)?;
        let reaching = self.has(to, |c| c == Cue::Reaching).is_some_and(|f| f.end == opener);
        // حصيلة القتلى في الهجوم … هي 41: the pronoun that stands for the
        // toll as it is stated.
        if !(reaching || matches!(self.norm(to), "الي" | "هي" | "هو")) {
            return None;
        }
        let head = (floor.max(to.saturating_sub(TOLL_REACH))..to)
            .rev()
            .take_while(|&j| !self.is_punct(j, &CLAUSE_MARKS) && !self.is_complementizer(j))
            .find(|&j| matches!(bare(self.norm(j)), "حصيلة" | "عدد"))?;
        let named = self.found_at(head + 1).iter().find_map(|f| match f.cue {
            Cue::Action(
                a @ (Action::Killed | Action::Wounded | Action::Detained | Action::Displaced | Action::Returned | Action::Freed),
            ) => Some(a),
            _ => None,
        });
        // ارتفاع عدد معتقلي التنظيم إلى 5064: a number that rose counts
        // what its noun names; a toll with none names the dead.
        if bare(self.norm(head)) == "عدد" {
            return named;
        }
        Some(named.unwrap_or(Action::Killed))
    }

    /// The name `m` is who died: a word of [`Cue::Dying`] stands at most
    /// [`DEAD_TITLE_WORDS`] words before it, in its clause (استشهد العضو
    /// خالد عليوي، مقتل القيادي في التنظيم أبو محمد).
    ///
    /// So is one killed together with the counted (البغدادي قتل مع 3 من
    /// أطفاله): a verb of killing right after the name, then «مع».
    fn died(&self, m: &crate::Named<'_>) -> bool {
        let title_words = if m.kind == NamedKind::Person { DEAD_PERSON_TITLE_WORDS } else { DEAD_TITLE_WORDS };
        let killed_with = self
            .found_at(m.tokens.end)
            .iter()
            .any(|f| f.cue == Cue::Action(Action::Killed) && matches!(self.norm(f.end), "مع" | "برفقة" | "رفقة"));
        killed_with
            || (m.tokens.start.saturating_sub(title_words + 1)..m.tokens.start)
                .rev()
                .take_while(|&k| self.input.tokens.kind(k) != Some(TokenKind::Punct))
                .any(|k| self.has(k, |c| c == Cue::Dying).is_some())
    }

    /// The camp or prison at token `i` is named after its keepers or a
    /// part of it (حراس السجن، محيط المخيم).
    fn kept(&self, i: usize) -> bool {
        self.has(i, |c| c == Cue::Confinement).is_some() && self.ends_at(i, 2, |f| f.cue == Cue::Keeper)
    }

    /// Token `j` opens another event than the figure's, so its trigger is
    /// not the figure's: what came before or after (بعد إنجاز عمليات), what
    /// «بينما» sets against it, or a cause (جراء غارات روسية).
    fn opens_another_event(&self, j: usize) -> bool {
        matches!(bare(self.norm(j)), "بعد" | "قبل" | "خلال" | "منذ" | "اثر" | "بينما") || self.has(j, |c| c == Cue::Cause).is_some()
    }

    /// The verb of leaving at token `i` leaves a camp or prison named
    /// within [`LEAVING_REACH`] words after it in its sentence (تخرج 155
    /// عائلة، اليوم الأحد، من مخيم الهول); not one it goes to (إلى مخيم).
    fn leaves_confinement(&self, i: usize) -> bool {
        let end = self.input.sentences.get(self.sentence_at(i)).map_or(i, |s| s.tokens.end).min(i + 1 + LEAVING_REACH);
        self.cues_in(i + 1, end).iter().any(|f| {
            let destination = self.word_before(f.start).is_some_and(|w| matches!(self.norm(w), "الي" | "نحو" | "باتجاه"));
            f.cue == Cue::Confinement && !destination
        })
    }

    /// The claim of a figure told before that figure `q` (in sentence `s`)
    /// points back to, with a deed: the one of the same value, when `q` has the article
    /// (الـ 12000 شخص after «12000 مرتزق» held); or the one its sentence
    /// counts it out of (من بين الـ 12000 شخص، هناك 2000 …).
    fn pointed_back<'c>(&self, q: &Quantity, s: usize, before: &'c [Claim]) -> Option<&'c Claim> {
        let definite = |start: usize| start.checked_sub(1).is_some_and(|p| self.norm(p) == "ال");
        let quantities = self.input.quantities;
        if definite(q.tokens.start) {
            if let Some(c) = before.iter().rev().find(|c| quantities[c.quantity].value == q.value && is_deed(c.action)) {
                return Some(c);
            }
        }
        let out_of = |start: usize| {
            let at = if definite(start) { start - 1 } else { start };
            at.checked_sub(2).is_some_and(|p| matches!(self.norm(p), "من" | "ومن") && matches!(self.norm(p + 1), "بين" | "اصل"))
        };
        before
            .iter()
            .rev()
            .take_while(|c| self.sentence_at(quantities[c.quantity].tokens.start) == s)
            .find(|c| out_of(quantities[c.quantity].tokens.start) && is_deed(c.action))
    }

    /// A camp or prison is named after figure `q`, then a verb of leaving,
    /// in its clause within [`TRIGGER_AFTER`] words.
    fn camp_left_after(&self, q: &Quantity) -> bool {
        let qe = q.tokens.end;
        let end = self.input.sentences.get(self.sentence_at(q.tokens.start)).map_or(qe, |s| s.tokens.end).min(qe + TRIGGER_AFTER + 1);
        let clause_end = (qe..end).find(|&k| self.is_punct(k, &CLAUSE_MARKS)).unwrap_or(end);
        let cues = self.cues_in(qe, clause_end);
        let camp = cues.iter().position(|f| f.cue == Cue::Confinement);
        camp.is_some_and(|c| cues[c..].iter().any(|f| f.cue == Cue::Leaving))
    }

    /// The action the trigger words around a figure give.
    fn triggered_action(&self, q: &Quantity, previous: Option<(usize, Action)>) -> Action {
        // ما بين 20 ألفا و31500 مقاتل: the first end of a range shares what
        // the last end counts and what was done to it (the last end then
        // shares the first's, as the next figure of a list).
        if let Some(last) = q.range.and_then(|r| self.input.quantities.get(r)).filter(|r| r.tokens.start >= q.tokens.end) {
            return self.triggered_action(last, previous);
        }
        // A count of people or things is not money spent (14 مليون سوري
        // بحاجة إلى مساعدة): funding words say nothing of it.
        let counts_things = q.kind == QuantityKind::Cardinal && q.counted_span.is_some();
        // رفع نسبة الأمان إلى 98%: a share is of money only when money is
        // what it is a share of (30% من الميزانية) or a sum is told in its
        // sentence.
        let share_of_no_money = q.kind == QuantityKind::Percent && !self.money_in_sentence(q);
        let share_of = if self.norm(q.tokens.end) == "من" { q.tokens.end + 1 } else { usize::MAX };
        // استعادت ألمانيا 11 امرأة: a state taking back its own people
        // brings them home.
        let nationals = self.counted_token(q).is_some_and(|c| self.has(c, |f| f == Cue::Nationals).is_some());
        // 37 ألف مدني نقلتهم إلى مناطق سيطرتها: people are moved or held,
        // never land controlled.
        let counts_people = self.counted_token(q).is_some_and(|c| self.has(c, |f| f == Cue::People).is_some());
        // أصابت الضربات 3 وحدات تكتيكية: sites or things «hit» were
        // struck; only people are wounded.
        let counts_targets =
            self.counted_token(q).is_some_and(|c| self.has(c, |f| matches!(f, Cue::Site | Cue::Thing | Cue::Means)).is_some());
        let action_at = |i: usize| {
            let found = Some(self.found_at(i)).filter(|_| !self.scratch.in_name.get(i).copied().unwrap_or(false))?;
            // تخرج 155 عائلة من مخيم الهول، لمغادرة المخيم: who leaves a
            // camp or prison goes home, whatever else the verb may mean
            // (تخرّج: graduated).
            if found.iter().any(|f| f.cue == Cue::Leaving) && self.leaves_confinement(i) {
                return Some(Action::Returned);
            }
            found.iter().find_map(|f| match f.cue {
                Cue::Action(Action::Wounded) if counts_targets => Some(Action::Attacks),
                Cue::Action(Action::Funded) if counts_things || (share_of_no_money && i != share_of) => None,
                // عملية النقل: an operation of no attack.
                Cue::Action(Action::Attacks) if self.has(f.end, |c| c == Cue::CivilProcess).is_some() => None,
                // وفقاً لموقع «…»: the website a source phrase names, no
                // position struck.
                Cue::Action(Action::Attacks) if self.ends_at(i, 3, |g| g.cue == Cue::Source) => None,
                // نشرها موقع (كركوك ناو): a website named, no position.
                Cue::Action(Action::Attacks) if self.name_right_after(f.end).is_some_and(|n| self.is_outlet(&self.input.names[n])) => None,
                Cue::Action(Action::Detained) if self.out_of(i) && self.has(i, |c| c == Cue::Confinement).is_some() => None,
                // وصلت 157 عائلة إلى مخيم الجدعة، عائدة من مخيم الهول: a
                // camp gone to on the way home holds no one; they are coming
                // back, however far the sentence says so.
                Cue::Action(Action::Detained) if self.camp_on_the_way_home(i) => Some(Action::Returned),
                // 28 من حراس السجن: the prison of its keepers holds none of
                // them.
                Cue::Action(Action::Detained) if self.kept(i) => None,
                // توجهت للأراضي العراقية، عادوا إلى الأراضي: land gone to
                // is no land held.
                Cue::Action(Action::Controlled) if self.gone_to(i) || counts_people => None,
                // عدد الأسر العائدة: «الأسر» is families (أُسَر) but in
                // captivity (في الأسر، من الأسر).
                Cue::Action(Action::Detained) if self.families(i) => None,
                // حكماً بإعدام 5 أشخاص: a death sentence passed, no death.
                Cue::Action(Action::Killed) if self.sentenced(i) => None,
                // 3 آلاف من حملة الجنسية العراقية: the nationality with the
                // article tells who they are; only nationalities counted
                // (من 40 جنسية) are the figure's own.
                Cue::Action(Action::Other) if self.input.tokens.is_definite(i) && self.reads_as(i, "جنسية") => None,
                Cue::Action(Action::Freed) if nationals && self.has(i, |c| c == Cue::TakenBack).is_some() => Some(Action::Returned),
                Cue::HandedOver if nationals => Some(Action::Returned),
                // 850 جثة تعود إلى عناصر التنظيم: belonging, no return.
                Cue::Action(Action::Returned) if self.belongs(i) => None,
                Cue::Action(a) => Some(a),
                _ => None,
            })
        };
        // What a headcount, a people's state or a share of land says is
        // weaker than what was done (11 ألف مقاتل من خسائر قسد; لاجئ
        // عادوا; استعادة السيطرة على 50 ألف كم).
        let weak = |a: Action| matches!(a, Action::Fighters | Action::Joined | Action::Controlled);
        let counted = self.counted_token(q);
        let in_counted = counted.and_then(action_at);
        // 329 قتيلاً، هم: \n 24 من التنظيم: a line of a breakdown counts
        // what its total counts, a figure opening it.
        let s = self.sentence_at(q.tokens.start);
        let opens_line = self.line_opening(s) == Some(q.tokens.start);
        if let Some(t) = opens_line.then(|| self.breakdown_head(s)).flatten() {
            // What the last figure of the announcing line counts (not a
            // figure inside a line before: قتلوا في 117 عملية).
            let quantities = self.input.quantities;
            let total = self.input.sentences.get(t).and_then(|head| {
                quantities[..quantities.partition_point(|p| p.tokens.start < head.tokens.end)]
                    .iter()
                    .rev()
                    .take_while(|p| p.tokens.start >= head.tokens.start)
                    .find(|p| is_claim(p))
            });
            if let Some(a) = total.map(|p| self.action(p, None)).filter(|&a| a != Action::Other) {
                return in_counted.filter(|&b| !weak(b)).unwrap_or(a);
            }
        }
        // تفكيك 72 لغماً، و39 قذيفة: shells listed after things cleared
        // were cleared, not fired (the list below tells).
        let after_cleared = previous.is_some_and(|(k, p)| {
            p == Action::Cleared
                && self.sentence_at(self.input.quantities[k].tokens.start) == self.sentence_at(q.tokens.start)
                && self.after_waw(q.tokens.start)
        });
        let fired = |a: Action| after_cleared && a == Action::Attacks;
        // أفرجت السلطات عن 200 معتقل، أطلقت سراح 50 محتجزاً: the held whom
        // a release governs right before the figure are freed.
        // Its doer may stand between the verb and «عن» (أفرجت السلطات عن),
        // or «سراح» (أطلقت قسد سراح: «سراح» is said of nothing else).
        let release = |f: &Found| f.cue == Cue::Action(Action::Freed);
        let released = || {
            let start = q.tokens.start;
            self.ends_at(start, RELEASE_WORDS, release)
                || start.checked_sub(1).is_some_and(|p| self.norm(p) == "سراح")
                || (start.checked_sub(1).is_some_and(|p| self.norm(p) == "عن")
                    && (start.saturating_sub(RELEASE_WORDS + RELEASE_DOER_WORDS)..start - 1)
                        .any(|k| self.ends_at(k, RELEASE_WORDS, release) && !(k..start).any(|j| self.is_punct(j, &CLAUSE_MARKS))))
        };
        if in_counted == Some(Action::Detained) && released() {
            return Action::Freed;
        }
        if let Some(a) = in_counted.filter(|&a| !weak(a) && a != Action::Displaced && !fired(a)) {
            return a;
        }
        // 22 من ضحايا التنظيم، بين 20 و22 من القتلى: the noun after «من»
        // right after the figure (or after the range it opens) is what it
        // counts.
        let end = q
            .range
            .and_then(|r| self.input.quantities.get(r))
            .filter(|r| r.tokens.start >= q.tokens.end)
            .map_or(q.tokens.end, |r| r.tokens.end);
        if counted.is_none() && self.norm(end) == "من" {
            if let Some(a) = action_at(end + 1).filter(|&a| !weak(a) && a != Action::Displaced) {
                return if a == Action::Detained && released() { Action::Freed } else { a };
            }
        }
        let clause_break = |j: usize| self.is_punct(j, &CLAUSE_MARKS);
        let qs = q.tokens.start;
        // أن 7 عناصر من … قتلوا: a figure opening what is said is the
        // subject of a verb that may come many words later.
        let reach = if qs.checked_sub(1).is_some_and(|k| self.is_complementizer(k)) { SUBJECT_WINDOW } else { TRIGGER_AFTER };
        // The first trigger after the figure (its counted noun) within a
        // few words, one comma between at most (332، حصيلة القتلى); quotes
        // are skipped (4 عناصر من “الدفاع الوطني” ... قتلوا). A strong
        // trigger, else a weak one. The next figures of a list joined by
        // «و» are crossed (51 مسلحا و24 عنصرا، وتسعة مدنيين قتلوا): the
        // verb after the list is every figure's.
        let after_figure = || {
            let mut weak_found = None;
            let mut category = None;
            let (mut words, mut commas) = (0, 0);
            let mut j = self.after_counted(q);
            let mut crossed = false;
            // Words of a relative clause on a place (below) read so far.
            let mut place_clause: Option<usize> = None;
            while words < reach && j < self.input.tokens.len() {
                if let Some(next) = self.listed_figure_at(j) {
                    (words, crossed) = (0, true);
                    j = self.after_counted(next);
                    continue;
                }
                if self.input.tokens.kind(j) == Some(TokenKind::Punct) {
                    // A gloss in brackets too (4 عناصر من قوى الأمن
                    // (الأسايش) قتلوا), its words not counted: a short
                    // one is read past whole.
                    if let Some(close) = self.bracket_closed(j, GLOSS_WORDS, self.input.tokens.len()) {
                        j = close + 1;
                        continue;
                    }
                    if self.is_punct(j, &['“', '”', '"', '«', '»', '\'', '(', ')']) {
                        j += 1;
                        continue;
                    }
                    // A comma before the next figure of the list is the
                    // list's.
                    if clause_break(j) && !self.is_punct(j, &['.']) && self.listed_figure_at(j + 1).is_some() {
                        j += 1;
                        continue;
                    }
                    // A part set aside between commas (21 مدنيا، بينهم 5
                    // أطفال، قتلوا): the verb after it is the whole's too.
                    if let Some(after) = self.part_aside(j) {
                        j = after;
                        continue;
                    }
                    commas += 1;
                    if commas > 1 || !clause_break(j) || self.is_punct(j, &['.']) {
                        break;
                    }
                    // ، إضافة إلى إصابات: a list word after the comma opens
                    // another item, its trigger its own; ، وأن 600 منهم
                    // عادوا: so does a complementizer, what is said next.
                    if (self.norm(j + 1) != "و" && self.has(j + 1, |c| c == Cue::List).is_some()) || self.is_complementizer(j + 1) {
                        break;
                    }
                } else {
                    // 14 ألفاً من سكان الموصل والتي تسيطر عليها داعش منذ
                    // عامين نزحوا: a relative clause on a place tells of the
                    // place; what holds or hit it did nothing to the people
                    // counted, and its words are read past.
                    if place_clause.is_none() && self.is_relative_pronoun(j) && self.place_before(j) {
                        place_clause = Some(0);
                        j += 1;
                        continue;
                    }
                    if let Some(read) = place_clause.as_mut() {
                        *read += 1;
                        if *read > PLACE_CLAUSE_WORDS {
                            break;
                        }
                        if matches!(action_at(j), Some(Action::Controlled | Action::Attacks) | None) {
                            j += 1;
                            continue;
                        }
                    }
                    // Past a list, a word glued to «و» opens another item
                    // with no figure (و7 مدنيين، والعديد من الجرحى): the
                    // list's verb was not told.
                    if self.opens_another_event(j) || (crossed && self.opens_with_waw(j)) {
                        break;
                    }
                    words += 1;
                    // A name of a person or body is one word however long
                    // (بينهم مرافق زعيم التنظيم أبو بكر البغدادي قتلوا).
                    if let Some(end) =
                        self.name_at(j).map(|n| &self.input.names[n]).filter(|m| m.kind != NamedKind::Location).map(|m| m.tokens.end)
                    {
                        j = end;
                        continue;
                    }
                    match action_at(j) {
                        // 20 حافلة إلى الأراضي السورية: land after things
                        // counted is where they go, not land held.
                        Some(Action::Controlled) if counts_things => {}
                        Some(a) if weak(a) => weak_found = weak_found.or(Some(a)),
                        // عاد منهم أكثر من 600: a verb with a figure of its
                        // own right after it is that figure's.
                        Some(_) if self.verb_of_next_figure(j) => break,
                        // 65 بالمئة من النازحين عادوا: the people's state after
                        // «من» says who they are; a verb after it, what
                        // they did.
                        Some(a @ (Action::Displaced | Action::Returned))
                            if category.is_none() && self.norm(j.saturating_sub(1)) == "من" =>
                        {
                            category = Some(a);
                        }
                        // 15% من النازحين لا يزالون في مخيمات: the displaced a
                        // camp holds stay displaced.
                        Some(Action::Detained)
                            if category == Some(Action::Displaced) && self.has(j, |c| c == Cue::Confinement).is_some() =>
                        {
                            return (category, weak_found);
                        }
                        Some(a) => return (Some(a), weak_found),
                        None => {}
                    }
                }
                j += 1;
            }
            (category, weak_found)
        };
        // 70 ألفا من بينهم، 32% منهم: a part of the figure before, unless
        // what is said of the part follows (بينهم خمسة آلاف، تم اعتقالهم).
        // After the figure only «منهم» makes it a part: «102 بينهم 61» is
        // the whole, its part after.
        let part_after = |f: &Found| matches!(self.norm(f.start), "منهم" | "منها" | "منهن");
        let of_them = self.any_in(qs.saturating_sub(3), qs, |c| c == Cue::OfThem)
            || self.cues_in(q.tokens.end, q.tokens.end + 2).iter().any(|f| f.cue == Cue::OfThem && part_after(f));
        // An attack named after the part is where the whole was hit, not
        // what the part did (بينهم 10 أطفال، في قصف جوي). What was done
        // to the part, right before it, is its own (واعتقال 16 منهم).
        if let Some((_, a)) = previous.filter(|_| of_them) {
            // A few words back, in the part's clause (اعتقلت القوات 6 منهم),
            // its qualifier read past (عاد منهم أكثر من 600).
            let previous_end = previous.map_or(0, |(k, _)| self.input.quantities[k].tokens.end);
            let back = if q.qualifier_span.is_some() { 3 + QUALIFIER_WORDS } else { 3 };
            let right_before = (qs.saturating_sub(back).max(previous_end)..qs)
                .rev()
                .take_while(|&j| self.input.tokens.kind(j) != Some(TokenKind::Punct) && !self.is_complementizer(j))
                .find_map(action_at)
                .filter(|&b| !weak(b));
            // 7 جثث بينهم طفل و3 نساء، وأسعفت 5 جرحى: what the next figure
            // of the sentence counts is its own, not the part's.
            let sentence_end = self.input.sentences.get(self.sentence_at(qs)).map_or(0, |t| t.tokens.end);
            let next_counts = self
                .quantity_from(q.tokens.end)
                .filter(|n| n.tokens.start < sentence_end)
                .and_then(|n| self.counted_token(n))
                .and_then(action_at);
            let said_of_part = || after_figure().0.filter(|&found| found != Action::Attacks && Some(found) != next_counts);
            return right_before.or_else(said_of_part).unwrap_or(a);
        }
        let sentence_start = self.sentence_start(qs);
        // 1200 عائلة، بما يعادل حوالي 5400 فرد: the figure before in other
        // units, what was done to it.
        let restating = self.cues_in(qs.saturating_sub(RESTATES_BACK), qs).iter().any(|f| f.cue == Cue::Restates && f.end + 2 >= qs);
        if let Some((k, a)) = previous.filter(|&(k, _)| restating && self.input.quantities[k].tokens.end >= sentence_start) {
            if self.input.quantities[k].tokens.end + RESTATES_BACK + 2 >= qs {
                return a;
            }
        }
        let previous_quantity = previous.map(|(k, a)| (self.input.quantities[k].tokens, a));
        let previous_counted = previous.and_then(|(k, _)| self.counted_token(&self.input.quantities[k]));
        // بلغ عدد النازحين ... 12 ألفا، عدد المسلحين الذين سلموا أنفسهم ...
        // قارب 4 آلاف: the figure is the number of what «عدد» names, and
        // what was done is told right after it, however far the figure.
        let previous_end = previous_quantity.map_or(0, |(t, _)| t.end);
        // مجموع العراقيين العائدين …، أوضح أن عددهم وصل إلى 21 ألفا: «their
        // number» is of the people told before it in the sentence. One
        // look back finds the nearer of the two.
        let their = |word: &str| matches!(word, "عددهم" | "عددهن" | "اعدادهم");
        let number_word = (sentence_start.max(qs.saturating_sub(NUMBER_OF_REACH)).max(previous_end)..qs).rev().find_map(|j| {
            // The ending first: most words stop there.
            let word = self.norm(j);
            if (word.ends_with("عدد") || word.ends_with("اعداد")) && matches!(bare(word), "عدد" | "اعداد") {
                Some((j, false))
            } else if word.ends_with(['م', 'ن']) && their(word) {
                Some((j, true))
            } else {
                None
            }
        });
        // عدد النازحين في المخيمين، وفيما أشار إلى إعادة 300 أسرة: a deed
        // told after a clause break past «عدد» is the figure's own.
        let deed_past_a_break = |head: usize| {
            (head + 1..qs)
                .rev()
                .find(|&j| clause_break(j))
                .is_some_and(|last_break| (last_break + 1..qs).any(|j| action_at(j).is_some_and(|a| !weak(a))))
        };
        let number_word = number_word.filter(|&(head, _)| !deed_past_a_break(head));
        match number_word {
            Some((head, false)) => {
                let told = (head + 1..(head + 1 + NUMBER_OF_WORDS).min(qs)).take_while(|&j| !clause_break(j)).find_map(action_at);
                if let Some(a) = told.filter(|&a| !weak(a)) {
                    return a;
                }
            }
            // Not when a deed of its own stands between (أعدادهم بالإضافة
            // لنزوح 450 ألف مدني).
            Some((head, true)) if !(head + 1..qs).any(|j| action_at(j).is_some_and(|a| !weak(a))) => {
                if let Some(a) = (sentence_start..head).rev().find_map(|j| action_at(j).filter(|&a| !weak(a))) {
                    return a;
                }
            }
            _ => {}
        }
        // ارتفعت حصيلة الخسائر البشرية جراء الهجوم على السجن إلى 67: the
        // toll a figure rose or came to counts the dead, or what the word
        // right after «حصيلة» names (حصيلة الجرحى); the cause told between
        // is no trigger of the figure.
        // Where the figure opens, its qualifier included (نحو 300).
        let opener = q
            .qualifier_span
            .and_then(|s| (qs.saturating_sub(QUALIFIER_WORDS)..qs).find(|&k| self.input.tokens.span(k).is_some_and(|t| t.end > s.start)))
            .unwrap_or(qs);
        if let Some(a) = self.toll_of(opener, sentence_start.max(previous_end)) {
            return a;
        }
        // A list goes on after a comma with a list word or a figure glued to
        // «و» (، وسبعة مدنيين), or its qualifier glued to «و» (، وأزيد من
        // ألف مقاتل).
        let qualifier_at = |j: usize| {
            let token = self.input.tokens.span(j);
            q.qualifier_span.is_some_and(|s| token.is_some_and(|t| t.start <= s.start && s.start < t.end))
        };
        // A figure right after a comma goes on the list too (، 1500 في
        // الرقة).
        let goes_on = |j: usize| self.has(j, |c| c == Cue::List).is_some() || j == qs || (qualifier_at(j) && self.opens_with_waw(j));
        let mut weak_found = None;
        // A weak trigger right before the figure, or its qualifier, is
        // what the figure counts (بمشاركة 84 دولة، يضم نحو 80 عضوا): a
        // trigger further on is another clause's.
        let mut weak_adjacent = None;
        // Whether that trigger is a verb of holding (تضم، يضم).
        let mut holds_before = false;
        // A verb of holding stands right before the figure, or its
        // qualifier (تضمنت 240 أسرة، وشملت نحو 500 شخص).
        let contained = opener.checked_sub(1).is_some_and(|k| self.has(k, |c| c == Cue::Contains).is_some());
        // بلغت الخسائر البشرية في صفوف الفصيل منذ بدء المعارك 300، الخسائر
        // … بلغت 300: the subject of a verb of amounting to may stand far
        // before the figure, the verb before or after it, in the figure's
        // clause.
        let reach_from = sentence_start.max(qs.saturating_sub(NUMBER_OF_REACH));
        let reaching = (reach_from..qs).rev().take_while(|&k| !clause_break(k)).any(|k| self.has(k, |c| c == Cue::Reaching).is_some());
        let lowest = if reaching {
            sentence_start.max(qs.saturating_sub(NUMBER_OF_REACH))
        } else {
            self.words_back(qs, TRIGGER_BEFORE, sentence_start)
        };
        // وصل حجم خسائر قواتها منذ بدء الهجوم إلى 11 من مقاتليها: losses
        // are the subject of amounting to, whatever event the words between
        // name; people lost are killed, unless wounded are said.
        let loss_reached = reaching
            && in_counted.is_none_or(|b| b == Action::Fighters)
            && (lowest..qs).any(|k| self.has(k, |c| c == Cue::Loss).is_some())
            && !(lowest..qs).any(|k| action_at(k) == Some(Action::Wounded));
        if loss_reached {
            return Action::Killed;
        }
        // قتل 61 عنصرا من القوات وحراس السجن و16 من التنظيم: a figure glued
        // to «و» goes on the list of the figure before it in its sentence,
        // and shares what was done to it, unless its own verb follows.
        // A verb between them closes the list before (9 مدنيين قتلوا و58
        // مسلحا أصيبوا); a camp or prison named there is no verb (حراس
        // السجن).
        let verb_between =
            |from: usize| (from..qs).any(|j| action_at(j).is_some_and(|b| !weak(b)) && self.has(j, |c| c == Cue::Confinement).is_none());
        let list_before = previous_quantity
            .filter(|(t, a)| *a != Action::Other && t.end >= sentence_start && t.end + LIST_REACH >= qs && t.end <= qs)
            // Past the figure's counted noun (72 لغم و39: the noun is no
            // verb between).
            .filter(|(t, _)| !verb_between(previous_counted.map_or(t.end, |c| c + 1).max(t.end)))
            .filter(|_| self.after_waw(qs) && q.qualifier_span.is_none());
        if let Some((_, a)) = list_before {
            // Its own verb comes in its clause, before any punctuation, a
            // word of another time or a cause (و13 مدنيا أصيبوا); past a
            // comma another item begins (، والعديد من الجرحى). An attack
            // named after it is where they fell (منذ بدء الهجوم).
            let after = self.after_counted(q);
            // Nor is a camp or prison, or where it was near, named there
            // (مقتل 20 كردياً و16 داعشياً في هجوم على سجن، و9 مسلحين قرب
            // المدينة): where it happened.
            // A relative clause on a noun after them tells of that noun
            // (وعنصرين من الحشد غرب المحافظة التي تبعد 250 كيلومترا).
            let own = (after..(after + TRIGGER_AFTER).min(self.input.tokens.len()))
                .take_while(|&j| {
                    self.input.tokens.kind(j) != Some(TokenKind::Punct)
                        && !self.opens_another_event(j)
                        && !(j > after && self.is_relative_pronoun(j))
                })
                .filter(|&j| self.has(j, |c| matches!(c, Cue::Confinement | Cue::Direction)).is_none())
                .find_map(|j| action_at(j).filter(|&b| !weak(b) && b != Action::Attacks));
            // 70 قتيلا و300 ألف نازح: a counted noun that tells what
            // befell the people counted (النازحين) is theirs, not the list's.
            // تفكيك 72 لغماً و39 قذيفة: shells in a list of things cleared
            // were cleared, not fired.
            let counted_action = in_counted.filter(|&b| !weak(b) && !fired(b));
            return own.or(counted_action).unwrap_or(a);
        }
        // فتحوا 5 جبهات، 7500 معاق من العسكريين: a noun counted that says
        // nothing of a force is what the figure counts; a word of fighters
        // around it is about someone else.
        let of_no_force = counted.is_some_and(|c| self.has(c, |f| f == Cue::People).is_none()) && in_counted.is_none();
        // وقتلت الغارة 5 مدنيين: an attack named right after a verb of a
        // deed done to people is the verb's subject; the verb tells what
        // was done.
        let deed_verb_before = |j: usize| {
            let p = j.checked_sub(1).filter(|&p| p >= lowest && !self.input.tokens.is_definite(p))?;
            action_at(p).filter(|a| matches!(a, Action::Killed | Action::Wounded | Action::Detained))
        };
        let mut j = qs;
        while j > lowest {
            j -= 1;
            // The figure before, its counted noun with it (40 قتيلا و…).
            let in_previous = |t: &TokenRange| (t.start <= j && j < t.end.max(t.start + 1)) || previous_counted == Some(j);
            if let Some((_, a)) = previous_quantity.filter(|(t, _)| in_previous(t)) {
                // 40 قتيلا و200 ألف نازح: what the counted noun says
                // befell them, before what the list's figure shares.
                let shared = in_counted.filter(|&b| !weak(b)).or(weak_found.filter(|_| weak(a))).unwrap_or(a);
                // 1400 جندي وإغلاق ثلاث قواعد: things counted after a
                // headcount are no headcount; what is said after them
                // tells.
                if shared == Action::Fighters && of_no_force {
                    break;
                }
                // 20 مليون دولار لمن يدلي بمعلومات عن أربعة أشخاص: people or
                // things counted after a sum are not money.
                if shared == Action::Funded && counts_things {
                    break;
                }
                return shared;
            }
            let found = action_at(j);
            if let Some(deed) = (found == Some(Action::Attacks)).then(|| deed_verb_before(j)).flatten() {
                return deed;
            }
            match found {
                Some(a) if weak(a) => {
                    let holds = self.has(j, |c| c == Cue::Contains).is_some();
                    // وتضم الدفعة 181 عائلة: people or families a batch
                    // holds are no members (those a camp or prison holds,
                    // named here or held in the claim before, are detained:
                    // the caller reads them so).
                    let in_confinement =
                        || previous.is_some_and(|(_, p)| p == Action::Detained) || self.confined_in(self.confinement_from(qs), qs);
                    let people_held = a == Action::Joined
                        && holds
                        && counted.is_some_and(|c| self.has(c, |f| f == Cue::People).is_some())
                        && !in_confinement();
                    if (j + 1 == qs || qualifier_at(j + 1)) && !people_held {
                        // 232 عائلة تضم نحو 850 شخصا: the people the
                        // families number share what the families did.
                        let restated =
                            previous_quantity.filter(|(t, a)| *a != Action::Other && t.end + RESTATED_WITHIN >= j && t.end <= j && holds);
                        if let Some((_, before)) = restated {
                            return before;
                        }
                        // يضم 31500 مقاتل: a force numbered, not members
                        // joined.
                        let force = a == Action::Joined && in_counted == Some(Action::Fighters) && holds;
                        weak_adjacent = Some(if force { Action::Fighters } else { a });
                        holds_before = holds;
                    }
                    if !people_held {
                        weak_found = weak_found.or(Some(a));
                    }
                }
                // غادرت 250 عائلة المخيم إلى ديارهم: leaving for home is
                // coming back; so is leaving a camp or prison (غادرت 155
                // عائلة مخيم الهول).
                Some(Action::Displaced)
                    if self.any_in(q.tokens.end, q.tokens.end + TRIGGER_AFTER + 1, |c| c == Cue::Action(Action::Returned))
                        || (self.has(j, |c| c == Cue::Leaving).is_some() && self.leaves_confinement(j)) =>
                {
                    return Action::Returned
                }
                // 24 عنصرا قتلوا و13 مدنيا أصيبوا: a verb after the figure
                // before, with «و» between it and this one, closes the
                // list before; this figure's verb comes after it.
                Some(a) if self.closes_a_list(j, qs, sentence_start) => return after_figure().0.unwrap_or(a),
                // يضم المخيم 20 ألف نازح: the displaced a camp holds stay
                // what their noun says.
                Some(Action::Detained) if in_counted == Some(Action::Displaced) && self.has(j, |c| c == Cue::Confinement).is_some() => {
                    return Action::Displaced
                }
                // تؤوي المواقع 71 ألف نازح: people whom the noun counted
                // says were displaced, killed or held are no strikes.
                Some(Action::Attacks)
                    if in_counted.is_some_and(|b| {
                        matches!(b, Action::Displaced | Action::Returned | Action::Killed | Action::Wounded | Action::Detained)
                    }) => {}
                // وقتل في الهجوم 20 شخصا: an attack in a phrase of where or
                // why, before the figure, is the circumstance; the verb
                // before it in the clause tells what was done.
                Some(Action::Attacks) if j > lowest && matches!(self.norm(j - 1), "في" | "خلال" | "جراء" | "بسبب" | "اثر" | "عقب") =>
                {
                    let told = (lowest..j - 1)
                        .rev()
                        .take_while(|&k| !clause_break(k) && !self.is_complementizer(k))
                        .find_map(|k| action_at(k).filter(|&b| !weak(b) && b != Action::Attacks));
                    return told.unwrap_or(Action::Attacks);
                }
                Some(a) => return a,
                None => {}
            }
            // A comma ends the clause, unless a list goes on after it; what
            // was said begins after «إن، أن» (وقال مسؤول لموقع … إن 5
            // مدنيين قتلوا: the words of the speech are no trigger).
            // غادرت، اليوم الخميس، 232 عائلة: a time set between commas
            // leaves the verb's clause open.
            if let Some(k) = self.time_aside(j, lowest) {
                j = k;
                continue;
            }
            // والقتلى هم: 13 عنصرا …: a colon after «هم» announces the list
            // of what the words before it name.
            // 77 قتيلاً، هم 52 من قسد: «هم» after the comma (a colon after
            // it or not) opens the breakdown of the figure before, right
            // before this one.
            let announces = (self.is_punct(j, &[':'])
                && j.checked_sub(1).is_some_and(|p| matches!(self.norm(p), "هم" | "هي" | "وهم" | "وهي" | "كالتالي" | "كالاتي")))
                || (matches!(self.norm(j + 1), "هم" | "وهم") && (j + 2 == opener || (j + 3 == opener && self.is_punct(j + 2, &[':']))));
            if (clause_break(j) && !goes_on(j + 1) && !announces) || self.is_complementizer(j) {
                // عادت وجبة من العراقيين من مخيم الهول، تضمنت 240 أسرة: whom
                // a batch held went where the batch went, told before the
                // comma.
                let moved = contained
                    .then(|| {
                        (self.words_back(j, TRIGGER_BEFORE, sentence_start)..j)
                            .rev()
                            .take_while(|&k| !self.is_complementizer(k))
                            .find_map(|k| action_at(k).filter(|&b| matches!(b, Action::Returned | Action::Displaced)))
                    })
                    .flatten();
                if let Some(b) = moved {
                    return b;
                }
                break;
            }
        }
        let (strong_after, weak_after) = after_figure();
        // مجموعة تضم ألفي داعشي يستسلمون: what a group holds does the verb
        // after it; members a body numbers (يضم 80 عضوا) have none.
        if let Some(a) = weak_adjacent.filter(|&a| !(a == Action::Joined && holds_before && strong_after.is_some())) {
            return a;
        }
        if let Some(a) = strong_after {
            return a;
        }
        let headcount_of_others = |a: &Action| *a == Action::Fighters && of_no_force;
        if let Some(a) = in_counted.or(weak_found.filter(|a| !headcount_of_others(a))).or(weak_after.filter(|a| !headcount_of_others(a))) {
            return a;
        }
        Action::Other
    }

    /// The token `words` words before token `to`, not before `floor`:
    /// punctuation is no word, and the name of a person or body is one
    /// (قتل تنظيم "الدولة الإسلامية" "داعش" خلال الأسابيع الأخيرة 23 مدنيا).
    fn words_back(&self, to: usize, words: usize, floor: usize) -> usize {
        // The tokens of a person's or body's name are marked in the scratch.
        let in_name = |k: usize| self.scratch.in_name.get(k).copied().unwrap_or(false);
        let (mut j, mut counted) = (to, 0);
        while j > floor && counted < words {
            j -= 1;
            if self.input.tokens.kind(j) == Some(TokenKind::Punct) {
                continue;
            }
            counted += 1;
            while j > floor && in_name(j) && self.name_at(j).is_none() {
                j -= 1;
            }
        }
        j
    }

    /// The «)» closing a bracket opened at token `open`, within `reach`
    /// tokens after it and before `ceiling`: an aside short enough to be
    /// read past whole.
    fn bracket_closed(&self, open: usize, reach: usize, ceiling: usize) -> Option<usize> {
        if !self.is_punct(open, &['(']) {
            return None;
        }
        (open + 1..(open + 1 + reach).min(ceiling)).find(|&k| self.is_punct(k, &[')']))
    }

    /// The token after `words` words from token `from`, not past `ceiling`:
    /// punctuation is no word, nor is a title or rank, nor an aside in
    /// brackets (قائد عمليات الأنبار (إحدى تشكيلات الجيش)، الفريق فلان).
    fn words_ahead(&self, from: usize, words: usize, ceiling: usize) -> usize {
        let (mut j, mut counted) = (from, 0);
        while j < ceiling && counted < words {
            if let Some(close) = self.bracket_closed(j, ASIDE_TOKENS, ceiling) {
                j = close + 1;
                continue;
            }
            // Ranks and titles are no words of the reach either (اللواء
            // الركن الطيار فلان).
            if let Some(role) = self.has(j, |c| c == Cue::Role) {
                j = role.end.max(j + 1);
                continue;
            }
            if self.input.tokens.kind(j) != Some(TokenKind::Punct) {
                counted += 1;
            }
            j += 1;
        }
        j
    }

    /// The token after a time set aside between commas, when the comma at
    /// `j` opens one (، أمس الخميس،).
    fn time_aside_after(&self, j: usize) -> Option<usize> {
        if !self.is_punct(j, &['،', ',']) {
            return None;
        }
        let end = self.input.tokens.len().min(j + TIME_ASIDE_WORDS + 2);
        let close = (j + 1..end).find(|&k| self.is_punct(k, &['،', ',']))?;
        (close > j + 1 && (j + 1..close).all(|k| self.timely(k))).then_some(close + 1)
    }

    /// Token `k` tells a time: a word of time, part of a date or the word
    /// right before one (في يوليو).
    fn tells_time(&self, k: usize) -> bool {
        self.has(k, |c| c == Cue::TimeWord).is_some() || self.in_a_date(k) || self.in_a_date(k + 1)
    }

    /// Token `k` tells a time ([`Doc::tells_time`]) or is a bracket around
    /// one (اليوم (الثلاثاء)).
    fn timely(&self, k: usize) -> bool {
        self.tells_time(k) || self.is_punct(k, &['(', ')'])
    }

    /// The comma opening a time set aside between commas, when the comma at
    /// `j` closes one (، اليوم الخميس،): its token, not before `lowest`.
    fn time_aside(&self, j: usize, lowest: usize) -> Option<usize> {
        if !self.is_punct(j, &['،', ',']) {
            return None;
        }
        let mut k = j.checked_sub(1)?;
        while k >= lowest && k + TIME_ASIDE_WORDS >= j {
            if self.is_punct(k, &['،', ',']) {
                return (k + 1 < j).then_some(k);
            }
            if !self.tells_time(k) {
                return None;
            }
            k = k.checked_sub(1)?;
        }
        None
    }

    /// Token `k` lies in a date the numbers stage found (يوليو، 6 حزيران).
    fn in_a_date(&self, k: usize) -> bool {
        let Some(span) = self.input.tokens.span(k) else { return false };
        let dates = self.input.dates;
        let n = dates.partition_point(|d| d.span.end <= span.start);
        dates.get(n).is_some_and(|d| d.span.start <= span.start && span.end <= d.span.end)
    }

    /// The token after a part of a figure set aside between commas, when
    /// the comma at `j` opens one (، بينهم 5 أطفال،): «بينهم، منهم» and a
    /// figure right after the comma, or a word of most of them (، أغلبهم
    /// من …،), the closing comma within [`PART_ASIDE_WORDS`] words of the
    /// figure or that word.
    fn part_aside(&self, j: usize) -> Option<usize> {
        if !self.is_punct(j, &['،', ',']) {
            return None;
        }
        // ، أغلبهم من مسلحي التنظيم، : most of them, no figure told.
        let end = match self.has(j + 1, |c| c == Cue::MostOfThem) {
            Some(most) => most.end,
            None => {
                let part = self.has(j + 1, |c| c == Cue::OfThem)?;
                self.quantity_from(part.end).filter(|q| q.tokens.start == part.end)?.tokens.end
            }
        };
        let close =
            (end..end + PART_ASIDE_WORDS + 1).take_while(|&k| k < self.input.tokens.len()).find(|&k| self.is_punct(k, &['،', ',']))?;
        // Only words between the figure and the closing comma.
        (end..close).all(|k| self.input.tokens.kind(k) == Some(TokenKind::Arabic)).then_some(close + 1)
    }

    /// Whether token `k` is a word of a quantity.
    fn in_a_quantity(&self, k: usize) -> bool {
        let quantities = self.input.quantities;
        quantities[..quantities.partition_point(|q| q.tokens.start <= k)].last().is_some_and(|q| k < q.tokens.end)
    }

    /// The first quantity that starts at token `k` or after it.
    fn quantity_from(&self, k: usize) -> Option<&'i Quantity> {
        let quantities = self.input.quantities;
        quantities.get(quantities.partition_point(|q| q.tokens.start < k))
    }

    /// The figure (a claim) at token `j` when it goes on a list: glued to
    /// «و» (و24 عنصرا), or after a «و» standing alone.
    fn listed_figure_at(&self, j: usize) -> Option<&'i Quantity> {
        let at = |k: usize| self.quantity_from(k).filter(|q| q.tokens.start == k && is_claim(q));
        if self.norm(j) == "و" {
            return at(j + 1);
        }
        at(j).filter(|q| self.opens_with_waw(q.tokens.start))
    }

    /// A figure stands right after the trigger at `j`, «منهم» and its
    /// qualifier between or not (عاد منهم أكثر من 600، قتل 800): the
    /// trigger is told of that figure. A figure glued to «و» is a list's
    /// next item (قتلوا و13 مدنيا).
    fn verb_of_next_figure(&self, j: usize) -> bool {
        let mut k = self.has(j, |c| matches!(c, Cue::Action(_))).map_or(j + 1, |f| f.end);
        if matches!(self.norm(k), "منهم" | "منها" | "منهن") {
            k += 1;
        }
        self.quantity_from(k).is_some_and(|q| {
            let qualified = q.qualifier_span.is_some() && q.tokens.start <= k + QUALIFIER_WORDS;
            (q.tokens.start == k || qualified) && is_claim(q) && !self.opens_with_waw(q.tokens.start)
        })
    }

    /// The trigger at token `j` is a verb told after an earlier figure of
    /// its sentence, and only «و» stands between it and the figure at
    /// `qs` (قتلوا و13 مدنيا، قتلوا و 13): it ends that figure's clause.
    fn closes_a_list(&self, j: usize, qs: usize, sentence_start: usize) -> bool {
        let waw_between = (j + 1 == qs && self.opens_with_waw(qs)) || (j + 2 == qs && self.norm(j + 1) == "و");
        let quantities = self.input.quantities;
        let figure_before = quantities[..quantities.partition_point(|q| q.tokens.start < j)]
            .iter()
            .rev()
            .take_while(|q| q.tokens.start >= sentence_start)
            .any(is_claim);
        waw_between && figure_before
    }

    /// Who did the counted thing (docs/CLAIMS.md §4): whose losses or
    /// members are counted, a named cause or holder, the subject between
    /// the statement's verb and the figure, or the claimant speaking of
    /// itself. A name's index.
    fn actor(&self, q: &Quantity, s: usize, statement: Option<&Said>, action: Action, sources: &[Said]) -> Option<usize> {
        // ما بين 20 و30 ألفا من مقاتلي داعش: the first end of a range has
        // the doer of the last, as it has its action.
        if let Some(last) = q.range.and_then(|r| self.input.quantities.get(r)).filter(|r| r.tokens.start >= q.tokens.end) {
            return self.actor(last, s, statement, action, sources);
        }
        // Who says something in the sentence (a relayed source too) is not
        // who did it.
        let speaks = |n: usize| sources.iter().any(|st| st.source == Source::Name(n) || st.speaker == Some(n));
        let names = self.input.names;
        let (qs, qe) = (q.tokens.start, q.tokens.end);
        let sentence = self.input.sentences.get(s)?;
        let (a, b) = (sentence.tokens.start, sentence.tokens.end);
        let name_after = |from: usize| (from..(from + NAME_AFTER).min(b)).find_map(|k| self.name_at(k));
        let claimant = statement.and_then(|st| if let Source::Name(n) = st.source { Some(n) } else { None });
        // A person speaks of what the body behind them did (قتلنا، أسفرت
        // العمليات): the claimant stands for itself only as a body or state.
        // Nor as an outlet: an agency reports, it does no deed (قواتنا in
        // words it relays are another's).
        // Nor as a monitor: it counts what others did (وفقاً لتوثيقات
        // المرصد، بلغت حصيلة القتلى جراء العمليات).
        let claimant_as_doer =
            claimant.filter(|&n| names[n].kind != NamedKind::Person && !self.is_outlet(&names[n]) && !self.is_monitor(&names[n]));
        // وأقر التحالف بمسؤوليته عن مقتل 326 مدنياً: who owns the deed of
        // the figure did it.
        let owned = statement.filter(|st| st.subject_end <= qs).is_some_and(|st| {
            (st.subject_end..(st.subject_end + RESPONSIBILITY_WORDS).min(qs))
                .any(|k| self.has(k, |c| c == Cue::Responsibility).is_some_and(|r| self.owns_figure_at(&r, qs)))
        });
        if let Some(n) = claimant.filter(|_| owned) {
            return Some(n);
        }
        // أقرت قوات التحالف بقتلها 624 مدنياً: a verbal noun of a deed
        // right before the figure, its object, has its doer as a pronoun:
        // the body named before it in the sentence.
        if let Some(n) = self.own_deed_before(q, a) {
            return Some(n);
        }
        // تبنى التنظيم مقتل 4 جنود: who claims the deed right before the
        // figure did it: the name after the verb, or the statement's source.
        let claimed = (qs.saturating_sub(CLAIMED_DEED_WORDS).max(a)..qs).find(|&k| self.has(k, |c| c == Cue::Claiming).is_some());
        if let Some(v) = claimed {
            let subject = self.name_or_reference(v + 1).filter(|&n| names[n].kind != NamedKind::Location && names[n].tokens.end <= qs);
            if let Some(n) = subject.or(claimant_as_doer) {
                return Some(n);
            }
        }
        // إن 8 مروحيات أمريكية شاركت: a figure of a state's means or force
        // named by its adjective counts that state's.
        if matches!(action, Action::Attacks | Action::Fighters) {
            if let Some(n) = self.counted_token(q).and_then(|c| self.name_at(c)).filter(|&n| self.is_state(names[n].id)) {
                return Some(n);
            }
        }
        // وقال التحالف، في تقرير تلقت الأناضول نسخة منه، إنه شن: what is
        // said opens at the pronoun after the source; the words before it
        // name no doer.
        let said_from = statement.and_then(|st| st.pronoun).filter(|&p| p < qs).map_or(0, |p| p + 1);
        let from = statement.filter(|st| st.at < qs).map_or(a, |st| st.subject_end).max(qs.saturating_sub(ACTOR_WINDOW)).max(said_from);
        // Who made an attack that hit the counted (killed or wounded), found
        // once for the rules below that ask.
        let victims_counted = matches!(action, Action::Killed | Action::Wounded);
        // Who was taken in an operation was taken by who made it too
        // (نفذت قوات التحالف 31 عملية … أسفرت العمليات عن اعتقال 30).
        let taken_in_operations = action == Action::Detained;
        let attack_maker = std::cell::OnceCell::new();
        let maker = || *attack_maker.get_or_init(|| if victims_counted || taken_in_operations { self.attacker(a, b, qs) } else { None });
        // قتل 20 ألف عنصر من التنظيم على يد قوات البيشمركة: the killer told
        // by a word of agency after the figure, in its clause, whatever loss
        // the words before told of (فقد التنظيم قوته).
        // The figure's clause after it: to the next comma or stop.
        let clause_end_from =
            |k: usize| (k..(k + CAUSE_WINDOW).min(b)).find(|&k| self.is_punct(k, &['،', ',', ';', '؛', '.'])).unwrap_or(b);
        let clause_end = clause_end_from(qe);
        // 28 عنصراً من داعش، بينهم 7 قياديين، قتلوا جراء ضربات التحالف: the
        // clause goes on past a part set aside, for the whole and the part.
        let aside_opened = |j: usize| self.part_aside(j).filter(|_| j < b);
        // The part's own aside: opened by a comma just before the figure
        // (its «بينهم» between), closed at `j`.
        let part_closes = |j: usize| (qs.saturating_sub(PART_OPENING)..qs).any(|c| aside_opened(c) == Some(j + 1));
        // مقتل عنصر وإصابة ثلاثة آخرين، بنيران قوات …: a cause or agent set
        // off by the comma right after goes on with the clause.
        let cause_set_off =
            |j: usize| j < b && self.is_punct(j, &['،', ',']) && self.has(j + 1, |c| matches!(c, Cue::Cause | Cue::Agent)).is_some();
        let clause_end = match aside_opened(clause_end) {
            Some(after) => clause_end_from(after),
            None if clause_end < b && part_closes(clause_end) => clause_end_from(clause_end + 1),
            None if cause_set_off(clause_end) => clause_end_from(clause_end + 1),
            None => clause_end,
        };
        if victims_counted {
            let agent = (qe..clause_end)
                .filter_map(|k| self.has(k, |c| c == Cue::Agent))
                .find_map(|f| name_after(f.end))
                .filter(|&n| names[n].kind != NamedKind::Location);
            if agent.is_some() {
                return agent;
            }
        }
        // أن قواتها قتلت 3 من مسلحي داعش: the speaking body's own forces,
        // right before the verb of the deed, did it, whatever attack the
        // words after name (خلال صد الهجوم).
        let forces_of_speaker = || {
            (from..qs).any(|k| {
                self.has(k, |c| c == Cue::OwnOfSpeaker).is_some_and(|f| {
                    self.found_at(f.end)
                        .iter()
                        .any(|g| matches!(g.cue, Cue::Action(Action::Killed | Action::Wounded | Action::Detained)) && g.end <= qs)
                })
            })
        };
        if let Some(n) = claimant_as_doer.filter(|_| forces_of_speaker()) {
            return Some(n);
        }
        // A party's own losses: whoever lost (فقدت قسد، قدموا 11 ألف شهيد).
        let counted = q.counted_span.map(|_| qe);
        let loss = self
            .cues_in(from, qs)
            .iter()
            .find(|f| f.cue == Cue::Loss)
            .map(|f| f.start)
            .or_else(|| counted.filter(|&c| self.has(c, |cue| cue == Cue::Loss).is_some()));
        if let Some(l) = loss {
            // خسائر قسد: the party named after the loss.
            if let Some(n) = self.has(l, |c| c == Cue::Loss).and_then(|f| self.name_right_after(f.end)) {
                return Some(n);
            }
            // أدت الهجمات إلى سقوط خسائر … قتل 6: losses an attack caused
            // are its maker's deed, whoever lost.
            if let Some(n) = maker() {
                return Some(n);
            }
            let subject = self.names_within(from, qs).rev().find(|(_, m)| m.tokens.end <= l.min(qs) && self.may_act(m));
            // خسائر في صفوف قوات لم تسمَّ: with no loser named, the killer
            // told below (حيث أودى هجوم لتنظيم داعش بحياة 5) is the actor.
            if let Some(n) = subject.map(|(n, _)| n).or(claimant_as_doer) {
                return Some(n);
            }
        }
        // قتل 35 عنصرا ... عبر 100 عملية للتنظيم: the killer is who attacked.
        // 11 ألف قتيل لـ“قسد”: the dead of the party after «ل» are its own
        // losses.
        if let Some(c) = self
            .counted_token(q)
            .filter(|&c| victims_counted && self.has(c, |f| matches!(f, Cue::Action(Action::Killed | Action::Wounded))).is_some())
        {
            let at = if matches!(self.norm(c + 1), "ل" | "لـ") { Some(c + 2) } else { Some(c + 1).filter(|&k| self.lam_glued(k)) };
            if let Some(n) = at.and_then(|k| self.name_right_after(k)).filter(|&n| names[n].kind != NamedKind::Location) {
                return Some(n);
            }
        }
        if let Some(n) = maker() {
            return Some(n);
        }
        // ونفذ التنظيم 6 هجمات: a noun standing for a name told before, right
        // after a verb of attack before the figure, is who struck.
        if action == Action::Attacks {
            let striker = (from..qs).rev().find_map(|k| {
                self.has(k, |c| c == Cue::Reference)?;
                let after_verb = k.checked_sub(1).is_some_and(|p| {
                    self.found_at(p)
                        .iter()
                        .any(|f| f.end == k && f.cue == Cue::Action(Action::Attacks) && !self.input.tokens.is_definite(p))
                });
                after_verb.then(|| self.name_or_reference(k)).flatten()
            });
            if let Some(n) = striker.filter(|&n| Some(n) != claimant && names[n].kind != NamedKind::Location) {
                return Some(n);
            }
        }
        // «100 عملية للتنظيم»: strikes of the party after them. Not the
        // owner of the sites struck (12 نقطة تابعة لداعش، 7 مواقع للتنظيم).
        let sites_counted = self.counted_token(q).is_some_and(|c| self.has(c, |f| f == Cue::Site).is_some());
        if action == Action::Attacks && !sites_counted {
            let after = counted.map_or(qe, |c| c + 1);
            if let Some(n) = (after..(after + 2).min(b)).filter(|&k| self.lam_glued(k)).find_map(|k| self.name_or_reference(k)) {
                return Some(n);
            }
        }
        // وللولايات المتحدة نحو 900 جندي: the force is the party it is
        // said to belong to, right before the figure.
        if action == Action::Fighters {
            // The letters written before the name: «ل» of a reading of the
            // name's own first letter (ليبيا، لبنان) is no proclitic.
            let lam = |m: &crate::Named<'_>| self.glued_before(m).ends_with('ل');
            let opener = q.qualifier_span.map_or(qs, |_| qs.saturating_sub(QUALIFIER_WORDS));
            if let Some((n, _)) = self.names_within(a, qs).rev().find(|(_, m)| m.tokens.end >= opener && lam(m)) {
                return Some(n);
            }
        }
        // 30% من التونسيين المنتمين لداعش، الدول المشاركة في التحالف: the
        // group joined is named right after the word of joining nearest the
        // figure; so is the force fighters counted joined (31 ألف مقاتل
        // التحقوا بتنظيم داعش).
        if matches!(action, Action::Joined | Action::Fighters) {
            let group_after = |f: &Found| {
                let k = if matches!(self.norm(f.end), "الي" | "في") { f.end + 1 } else { f.end };
                // لتنظيم داعش: past the head noun the name is written after.
                let k = if self.name_at(k).is_none() && self.has(k, |c| c == Cue::Head).is_some() { k + 1 } else { k };
                self.name_right_after(k).filter(|&n| names[n].kind != NamedKind::Location)
            };
            let joined = self
                .cues_in(from.min(qs), (qe + TRIGGER_AFTER).min(b))
                .iter()
                .filter(|f| f.cue == Cue::Action(Action::Joined))
                .filter_map(|f| Some((f.start.abs_diff(qs), group_after(f)?)))
                .min_by_key(|&(distance, _)| distance);
            if let Some((_, n)) = joined {
                return Some(n);
            }
        }
        // Who is held, displaced or joined is no actor of it; a place is
        // where they are. A state right before a verb of holding is its
        // subject (الولايات المتحدة ألقت القبض على اثنين).
        let may_be = |m: &crate::Named<'_>| {
            let place_of_people =
                m.kind == NamedKind::Location && matches!(action, Action::Detained | Action::Displaced | Action::Returned | Action::Joined);
            let state_holds = action == Action::Detained
                && self.is_state(m.id)
                && self.has(m.tokens.end, |c| c == Cue::Action(Action::Detained)).is_some();
            !place_of_people || state_holds
        };
        // The killer or captor before the members it hit (تصفية 25 ألف
        // عنصر من عناصر داعش: the coalition, not ISIS).
        let held = action == Action::Detained;
        let speaker_named_here = claimant.is_some_and(|c| (a..qs).contains(&names[c].tokens.start));
        // Who is spoken to (لموقع كوردستان 24) is no doer either.
        let doer = |n: usize, m: &crate::Named<'_>| {
            m.tokens.end <= qs
                && Some(n) != claimant
                && !claimant.is_some_and(|c| self.joined_after(&names[c], m))
                && !speaks(n)
                && !self.addressed_by_head(n)
                && !self.spoken_to_apart(n)
                // طلب أوباما في رسالة إلى رئيس مجلس النواب فلان مبلغ:
                // whom money is asked of or sent to gives none of it.
                && !(action == Action::Funded && self.sent_to(m))
                && self.may_act(m)
                && may_be(m)
                && !self.is_outlet(m)
                && !self.between_parties(m, a)
                && !self.members_of_a_figure(m)
                && !(held && self.members_phrase(m).is_some() && !self.members_hold(m))
                && !self.targeted(m)
                // تعرض الجيش لهجوم: the party hit made no attack; the dead
                // of the attack, no maker named, are its own losses.
                && (victims_counted || !self.suffered(m))
                && !self.laid_for(m)
                && !(victims_counted && self.any_in(m.tokens.end, qs, |c| c == Cue::Finding))
                // انتشل فريق الاستجابة 16 جثة: the verb of finding before
                // its subject.
                && !(victims_counted && self.word_before(m.tokens.start).is_some_and(|p| self.has(p, |c| c == Cue::Finding).is_some()))
                // استهداف خلية مؤلفة من سبعة عناصر: the members counted
                // after a word of aiming are the target's, not the striker's.
                && !(action == Action::Fighters && self.any_in(m.tokens.end, qs, |c| c == Cue::Target))
                && !(victims_counted && self.passes_sentence(m))
                // واستشهد العضو خالد عليوي، بالإضافة إلى 3 مدنيين: the dead
                // named before killed no one.
                && !(victims_counted && self.died(m))
                // أطلقت قسد الحملة بعد مقتل 47 لاجئاً: a deed told after a
                // word of time is another event than the subject's.
                && !(victims_counted && self.deed_after_time_word(m.tokens.end, qs))
                // مقتل عدد من أنصار البغدادي وإصابة 4 أطفال: the party of
                // people counted out of («من» and their noun) killed none.
                && !(victims_counted && self.partitive(m))
                // وكانت نينوى الأكثر تضررا إذ سقط فيها 80 قتيلا: a province
                // or town is where the dead fell; of places only a state
                // kills (its forces).
                && !(victims_counted && m.kind == NamedKind::Location && !self.is_state(m.id))
                && !(action == Action::Funded && self.object_of_verb(m, Action::Funded))
                // مكافأة لمن يدلي بمعلومات عن البغدادي: whom a reward is for.
                && !(action == Action::Funded && self.any_in(m.tokens.start.saturating_sub(WANTED_REACH), m.tokens.start, |c| c == Cue::Wanted))
                && !self.object_of_verb(m, Action::Attacks)
                // بعثة الأمم المتحدة (يونامي): the claimant's own gloss.
                && self.glossed_at(m.tokens.start).is_none_or(|g| claimant.is_none_or(|c| names[c].id != g.id))
                // With the speaker named here, a body in its words is the
                // speaker's own (قائد قسد … حررنا): the claimant's rules.
                && (speaker_named_here || !self.in_speakers_words(m, qs))
                // فلان، إضافة إلى أسماء أخرى تمت معرفة 14 منهم: a clause of
                // a passive after the name says no doer (read last: it
                // scans the words to the figure).
                && !self.passive_clause_between(m.tokens.end, qs)
        };
        // قسد والأسايش تعتقل 19: bodies joined by «و» as one subject; the
        // first named leads.
        let lead_of_joined = |n: usize| {
            let first = self.first_of_joined(n);
            if names[first].tokens.start >= from && doer(first, &names[first]) {
                first
            } else {
                n
            }
        };
        // The name a cause or holder phrase gives: after it, or the phrase
        // itself (بغارات أمريكية: the cause is itself a state's means); a
        // place is neither (مخيمات جنوب الموصل). Past a word of members
        // and «من» (كمين نصبه عناصر من "داعش").
        let members_after = |f: Found| {
            // «عناصر من» is one phrase of members, its «من» the last word;
            // «عناصر» alone has «من» after it.
            let members = self.has(f.end, |c| c == Cue::Own)?;
            self.member_of(if self.norm(members.end - 1) == "من" { members.end - 1 } else { members.end })
        };
        let named_by = |f: Found| name_after(f.end).or_else(|| self.name_at(f.start)).or_else(|| members_after(f));
        let no_place = |n: &usize| names[*n].kind != NamedKind::Location;
        if victims_counted {
            // مقتل 60 عنصرا بنيران داعش: a cause named after the figure, in
            // its clause, is the killer, whoever the sentence opened with.
            // على يد عناصر التنظيم: a noun standing for a party named
            // before does as the name.
            let referred_after = |f: Found| (f.end..(f.end + NAME_AFTER).min(clause_end)).find_map(|k| self.name_or_reference(k));
            let named_cause = (qe..clause_end)
                .filter_map(|k| self.has(k, |c| c == Cue::Cause))
                .find_map(|f| named_by(f).or_else(|| referred_after(f)))
                .filter(no_place);
            if named_cause.is_some() {
                return named_cause;
            }
            // إثر استهداف مجهولين حافلة: a cause whose doer is told but not
            // named; the dead are no party's own losses.
            let unnamed_cause = (qe..clause_end)
                .filter_map(|k| self.has(k, |c| c == Cue::Cause))
                .any(|f| (f.end..(f.end + UNNAMED_CAUSE_REACH).min(clause_end)).any(|k| self.has(k, |c| c == Cue::UnnamedDoer).is_some()));
            if unnamed_cause {
                return None;
            }
            // مقتل 61 مدنيا بالغارات التي شنها، جراء غاراته: the strikes
            // of the statement's source, told after the dead as their
            // cause, killed them.
            let own_strikes_after = (qe..clause_end).any(|k| {
                self.has(k, |c| c == Cue::Strikes).is_some()
                    && (self.norm(k).starts_with('ب') || k.checked_sub(1).is_some_and(|p| self.has(p, |c| c == Cue::Cause).is_some()))
            });
            if let Some(n) = claimant_as_doer.filter(|_| own_strikes_after) {
                return Some(n);
            }
            // 20 شخصا أعدمهم تنظيم داعش: a verb of killing right after the
            // dead, with them as its object, has the killer right after it.
            // «قد» may stand before the verb (741 مدنيا قد أعدمهم داعش).
            let verb = self.after_counted(q);
            let verb = if matches!(self.norm(verb), "قد" | "لقد") { verb + 1 } else { verb };
            let of_them = ["هم", "هن", "ه", "ها"].iter().any(|them| self.norm(verb).ends_with(them));
            let kills =
                self.found_at(verb).iter().any(|f| f.end == verb + 1 && matches!(f.cue, Cue::Action(Action::Killed | Action::Wounded)));
            if of_them && kills && verb < clause_end {
                if let Some(n) = name_after(verb + 1).filter(no_place).filter(|&n| self.may_act(&names[n])) {
                    return Some(n);
                }
            }
            // 3 مدنيين قامت مرتزقة داعش بقتلهم: «قام» right after the dead,
            // the killer its subject, the killing a noun glued to «ب» after
            // the name.
            if matches!(self.norm(verb), "قام" | "قامت" | "قاموا") && verb < clause_end {
                if let Some(n) = name_after(verb + 1).filter(no_place).filter(|&n| self.may_act(&names[n])) {
                    let end = names[n].tokens.end;
                    let killing = (end..(end + 2).min(clause_end)).any(|k| {
                        self.norm(k).starts_with('ب')
                            && self.has(k, |c| matches!(c, Cue::Action(Action::Killed | Action::Wounded))).is_some()
                    });
                    if killing {
                        return Some(n);
                    }
                }
            }
            // قتل 25 عنصرا من داعش على يد القوات الأمنية: a doer is told
            // but no party named; the dead are not their party's losses.
            // Nor are they in a fight between parties (جراء الاشتباكات
            // الدائرة بين الطرفين): both sides killed.
            if (qe..clause_end).any(|k| self.has(k, |c| matches!(c, Cue::Agent | Cue::Between)).is_some()) {
                return None;
            }
        }
        if victims_counted || held {
            let named = self.names_within(from, qs).rev().find(|(n, m)| doer(*n, m)).map(|(n, m)| (m.tokens.end, n));
            // قتل التنظيم 5 من مقاتلي قسد: a definite noun standing for a
            // name told before («تنظيم داعش») is the subject of the verb of
            // killing right before it; the nearer of it and a name to the
            // figure. Not after any other word (مناطق سيطرة التنظيم).
            let killing_verb = |k: usize| {
                k.checked_sub(1).is_some_and(|p| {
                    self.found_at(p).iter().any(|f| f.end == k && matches!(f.cue, Cue::Action(Action::Killed | Action::Wounded)))
                })
            };
            // أن التنظيم قتل 85 من أفراده: so is one opening what is said,
            // right before the verb.
            let opens_clause = |k: usize| {
                k.checked_sub(1).is_none_or(|p| self.is_complementizer(p) || self.input.tokens.kind(p) == Some(TokenKind::Punct))
            };
            let verb_at = |k: usize| self.found_at(k).iter().any(|f| matches!(f.cue, Cue::Action(Action::Killed | Action::Wounded)));
            let referred = (from..qs).rev().filter(|&k| victims_counted && self.name_at(k).is_none()).find_map(|k| {
                let f = self.has(k, |c| c == Cue::Reference)?;
                // أن عناصر التنظيم قتلوا: its members opening the clause.
                let members_open =
                    k.checked_sub(1).is_some_and(|m| self.has(m, |c| c == Cue::Own).is_some_and(|o| o.end == k) && opens_clause(m));
                if !(killing_verb(k) || ((opens_clause(k) || members_open) && verb_at(f.end))) {
                    return None;
                }
                let n = self.name_or_reference(k)?;
                // The claimant's own members did it, whoever speaks (موقع
                // أعماق الناطق باسم داعش: أن عناصر التنظيم قتلوا).
                let others = Some(n) != claimant && !speaks(n);
                ((others || members_open) && names[n].kind != NamedKind::Location).then_some((f.end, n))
            });
            if let Some((_, n)) = named.into_iter().chain(referred).max_by_key(|&(end, _)| end) {
                return Some(lead_of_joined(n));
            }
            // إن القوات الأمنية قتلت 30 من داعش: the killer is told, as a
            // noun standing for no party named (an adjective may stand
            // before the verb); the dead are not their party's losses.
            let killer_unnamed = victims_counted
                && named.is_none()
                && (from..qs).any(|k| {
                    let Some(f) = self.has(k, |c| c == Cue::Reference) else { return false };
                    let qualified = self.found_at(f.end).iter().any(|g| matches!(g.cue, Cue::Qualifier | Cue::State(_)));
                    let verb = if qualified { f.end + 1 } else { f.end };
                    self.name_at(k).is_none() && opens_clause(k) && verb < qs && verb_at(verb) && self.name_or_reference(k).is_none()
                });
            if killer_unnamed {
                return None;
            }
        }
        // تقديم بلادها 808 ملايين، إن قواتها قتلت اثنين من عناصر داعش: the
        // state of whoever speaks, the place its words name (ممثلة الولايات
        // المتحدة), or the claimant itself; before the party of the members
        // counted.
        let own_country = || {
            if !self.any_in(from, qs, |c| c == Cue::OwnCountry) {
                return None;
            }
            let state = statement
                .and_then(|st| self.names_within(st.at, st.subject_end).find(|(_, m)| m.kind == NamedKind::Location).map(|(n, _)| n));
            state.or(claimant_as_doer)
        };
        if let Some(n) = own_country().filter(|_| victims_counted || held) {
            return Some(n);
        }
        // أعلن القيادي … أنه قتل 3 آلاف من مسلحي التنظيم: the body a
        // pronoun after the speech verb stands for killed them, whoever's
        // members they were, when the verb comes right after the pronoun
        // or after a verb of managing to (أنه قتل، أنها اعتقلت، أنه تمكن من
        // قتل); «إنه نتج عن الاشتباكات مقتل» names no doer.
        // وقالت المنظمة "إنه على الرغم من عودة …": a masculine pronoun
        // after a body named by a feminine noun stands for no one (the
        // pronoun of the matter).
        let feminine_claimant = claimant.is_some_and(|n| self.norm(names[n].tokens.start).ends_with('\u{0629}'));
        // أنها تعتقد أن 725 مدنياً قتلوا: what the pronoun's verb opens
        // with another «أن» is a belief, no deed of the pronoun's.
        // أنه منذ بداية العمليات بلغ عدد النازحين: a pronoun a preposition
        // or a word of time follows stands for the matter told, no doer.
        let of_the_matter =
            |p: usize| matches!(bare(self.norm(p + 1)), "منذ" | "في" | "خلال" | "بعد" | "قبل" | "حتي" | "وفقا" | "حسب" | "بحسب" | "رغم");
        let pronoun_before = statement
            .and_then(|st| st.pronoun)
            .filter(|&p| {
                p < qs && !(feminine_claimant && matches!(self.norm(p), "انه" | "بانه")) && !(p + 1..qs).any(|k| self.is_complementizer(k))
            })
            .filter(|&p| !of_the_matter(p));
        let verb_of_pronoun = pronoun_before.is_some_and(|p| {
            (p + 1..(p + 4).min(qs))
                .any(|k| self.has(k, |c| matches!(c, Cue::Action(Action::Killed | Action::Wounded | Action::Detained))).is_some())
        });
        if let Some(n) = claimant_as_doer.filter(|_| verb_of_pronoun && (victims_counted || held)) {
            return Some(n);
        }
        // خسائر قسد نحو 11 ألف; 83 الأعضاء في التحالف. The members of a
        // party who are held are not held by it (عدد عناصر داعش المعتقلين).
        // Not the members an earlier figure counted (61 منهم من مسلحي داعش
        // و34 آخرين).
        // عدد عناصر التنظيم يبلغ 3000: a noun standing for a body named
        // before is that body. A range is read back from its first end
        // (عدد عناصر داعش يراوح بين 1500 و3000); after «عدد» the members
        // are read further back, past a place (عدد عناصر التنظيم في العراق
        // وسوريا يراوح بين).
        let opening = q.range.and_then(|r| self.input.quantities.get(r)).filter(|r| r.tokens.end <= qs).map_or(qs, |r| r.tokens.start);
        let counted_after_adad = |k: usize| k + 4 >= opening || k.checked_sub(1).is_some_and(|p| bare(self.norm(p)) == "عدد");
        for k in (opening.saturating_sub(COUNT_OF_MEMBERS_REACH).max(a)..qs).filter(|&k| !held && counted_after_adad(k)) {
            if let Some(f) = self.has(k, |c| c == Cue::Own) {
                let named = self.name_right_after(f.end).filter(|&n| names[n].tokens.end <= qs);
                let referred = || self.name_or_reference(f.end).filter(|&n| f.end < qs && names[n].tokens.end <= f.end);
                if let Some(n) = named.or_else(referred).filter(|&n| !self.members_of_a_figure(&names[n])) {
                    return Some(n);
                }
            }
        }
        // Not past the next figure of a list (40 مدنيا و350 من عناصر
        // الوحدات: the civilians are not the units' men).
        // بتدريب 240 ألفاً من أفراد الشرطة: the trainees' body is not the
        // trainer.
        let next_figure = self.quantity_from(qe).map_or(b, |n| n.tokens.start);
        // ضربتين استهدفت عناصر داعش: members after a word of aiming are
        // what the counted hit, not whose the counted are («على» aside:
        // 500 مقاتل على الأقل من قسد).
        let aimed_at = |k: usize| (qe..k).any(|j| self.has(j, |c| c == Cue::Target).is_some() && bare(self.norm(j)) != "علي");
        // 373 قتيلا من التنظيم وقوات سوريا الديمقراطية والمدنيين: the dead of
        // several sides are no one party's losses.
        let mixed = self.mixed_total(qe) || counted.is_some_and(|c| self.mixed_total(c + 1));
        for k in (qe..(qe + 5).min(b).min(next_figure)).filter(|&k| !held && !mixed && action != Action::Trained && !aimed_at(k)) {
            if let Some(n) = self.has(k, |c| c == Cue::Own).and_then(|f| self.name_right_after(f.end)) {
                return Some(n);
            }
        }
        // 10 آلاف مقاتل من تنظيم داعش: the body the counted are members
        // of, when no one did anything to them.
        // Past «منهم» or «آخرين» when no noun is counted (25 منهم من داعش،
        // و34 آخرين من قسد).
        // 1200 عنصر على الأقل من قوات البيشمركة: past a qualifier after
        // the noun.
        let after_qualifier =
            |c: usize| q.qualifier_span.filter(|s| s.start > q.span.end).map_or(c + 1, |s| self.input.tokens.first_at(s.end).max(c + 1));
        let party_at = counted.map(after_qualifier).or_else(|| {
            let part_or_others = self.has(qe, |c| c == Cue::OfThem).is_some() || bare(self.norm(qe)).starts_with("اخر");
            // و12 من داعش: the party right after the figure.
            part_or_others.then_some(qe + 1).or_else(|| (self.norm(qe) == "من").then_some(qe))
        });
        let members_at = party_at.filter(|_| !held && !mixed && matches!(action, Action::Fighters | Action::Killed | Action::Wounded));
        if let Some(n) = members_at.and_then(|at| self.member_of(at)) {
            return Some(n);
        }
        // أعلن الجيش مقتل 5 من جنوده: the speaking body's own men.
        let own_men = members_at.is_some_and(|at| self.norm(at) == "من" && self.has(at + 1, |c| c == Cue::OwnOfSpeaker).is_some());
        if let Some(n) = claimant_as_doer.filter(|_| own_men) {
            return Some(n);
        }
        // بفضل عمليات التحالف، في سجون قسد: in the figure's clause.
        let clause_start =
            (qs.saturating_sub(CAUSE_WINDOW).max(a)..qs).rev().find(|&k| self.is_punct(k, &['،', ',', ';', '؛'])).map_or(a, |k| k + 1);
        // في قبضة تركيا: a state holds the people held, as a place nothing
        // does (سفير فرنسا لدى العراق: no one held there).
        for k in clause_start.max(qs.saturating_sub(CAUSE_WINDOW))..clause_end.min(qe + CAUSE_WINDOW) {
            let Some(f) = self.has(k, |c| matches!(c, Cue::Cause | Cue::Holder)) else { continue };
            // السجون في سوريا: a state after «في» is where, not who holds.
            let state_holds = |n: usize| held && f.cue == Cue::Holder && self.is_state(names[n].id) && names[n].tokens.start == f.end;
            if let Some(n) = named_by(f).filter(|&n| no_place(&n) || state_holds(n)) {
                return Some(n);
            }
        }
        // The subject between the statement's words and the figure.
        if self.any_in(from, qs, |c| c == Cue::UnnamedDoer) {
            return None;
        }
        // دول التحالف بما في ذلك ... وكندا: the group, not its last member.
        // Not the members held (عدد مقاتلي داعش المحتجزين), nor members a
        // deed was done to (القبض على بقايا داعش).
        let object_of_deed = |k: usize| self.ends_at(k, DEED_BEFORE_MEMBERS, |g| matches!(g.cue, Cue::Action(a) if is_deed(a)));
        for k in (from..qs).filter(|_| !held) {
            if let Some(n) = self
                .has(k, |c| c == Cue::Own)
                .filter(|_| !object_of_deed(k))
                .and_then(|f| self.name_right_after(f.end))
                .filter(|&n| !self.members_of_a_figure(&names[n]) && !self.laid_for(&names[n]) && !self.between_parties(&names[n], a))
            {
                return Some(n);
            }
        }
        if let Some((n, _)) = self.names_within(from, qs).rev().find(|(n, m)| doer(*n, m)) {
            return Some(lead_of_joined(n));
        }
        if let Some(n) = own_country() {
            return Some(n);
        }
        // The claimant of itself: a pronoun after it, or a verb in the
        // first person plural (حررنا، قتلنا) before the figure.
        // Not a number's word (نحو مليونا و37 ألف), nor a name or a word
        // with the article (مدينة الدانا: no verb).
        let first_person = (from..qs).any(|k| {
            let norm = self.norm(k);
            self.input.tokens.kind(k) == Some(TokenKind::Arabic)
                && norm.chars().count() >= 5
                && norm.ends_with("نا")
                && !self.input.tokens.is_definite(k)
                && self.name_at(k).is_none()
                && !self.in_a_quantity(k)
        });
        // A passive (تمت إزالة) or an unnamed doer (شركاؤنا) does not say
        // who.
        if self.any_in(from, qs, |c| matches!(c, Cue::Passive | Cue::UnnamedDoer)) {
            return None;
        }
        // أسفرت الضربات: the strikes of the statement's source.
        // Not those of a body of aid or refuge (عدد من نزحوا نتيجة العمليات).
        let relief = claimant.is_some_and(|n| self.named_with(&names[n], Cue::Relief));
        let own_strikes = !relief && self.any_in(a.max(qs.saturating_sub(ACTOR_WINDOW)), qs, |c| c == Cue::Strikes);
        if pronoun_before.is_some() || first_person || own_strikes {
            return claimant_as_doer;
        }
        // The attack the text told of before (the headline, the sentence
        // before): its deaths are its doer's.
        // Unless this sentence tells of an attack of its own (بقصف للفصائل,
        // indefinite: a new event; التفجير, definite, points back), up to
        // a word of contrast after the figure: a blast told past it is
        // another event's (مقتل ثلاثة مدنيين، فيما قتل سبعة بانفجار عبوة).
        let own_attack = || {
            let contrast_after = self.cues_in(qe, b).iter().find(|f| f.cue == Cue::Contrast).map_or(b, |f| f.start);
            self.cues_in(a, contrast_after).iter().any(|f| {
                matches!(f.cue, Cue::Attack | Cue::Cause)
                    && !self.scratch.in_name.get(f.start).copied().unwrap_or(false)
                    && !self.input.tokens.is_definite(f.start)
            })
        };
        if victims_counted && !own_attack() {
            let before = s.checked_sub(1).into_iter().chain((s > 1).then_some(0));
            return before
                .filter_map(|t| self.input.sentences.get(t))
                .find_map(|t| self.attacker(t.tokens.start, t.tokens.end, t.tokens.end));
        }
        None
    }

    /// A verbal noun of killing, wounding or holding with a pronoun right
    /// before figure `q` (بقتلها 624 مدنياً، عن اعتقاله ما لا يقل عن 50):
    /// its token and deed. The figure is the noun's object, so the pronoun
    /// is its doer.
    fn deed_of_a_pronoun_before(&self, q: &Quantity) -> Option<(usize, Action)> {
        let opener = q.qualifier_span.map_or(q.tokens.start, |s| self.input.tokens.first_at(s.start).min(q.tokens.start));
        let noun = opener.checked_sub(1)?;
        let word = self.norm(noun);
        let word = word.strip_prefix('و').unwrap_or(word);
        let word = word.strip_prefix(['ب', 'ل']).unwrap_or(word);
        DEEDS_OF_A_PRONOUN.iter().find_map(|&(deed, action)| {
            word.strip_prefix(deed).filter(|pronoun| matches!(*pronoun, "ه" | "ها" | "هم" | "هما")).map(|_| (noun, action))
        })
    }

    /// The doer of [`Doc::deed_of_a_pronoun_before`]: the nearest name
    /// before the noun in its sentence (from token `a`) that may act.
    fn own_deed_before(&self, q: &Quantity, a: usize) -> Option<usize> {
        let (noun, _) = self.deed_of_a_pronoun_before(q).filter(|&(noun, _)| noun >= a)?;
        self.names_within(noun.saturating_sub(OWN_DEED_REACH).max(a), noun)
            .rfind(|(_, m)| m.kind != NamedKind::Location && self.may_act(m))
            .map(|(n, _)| n)
    }

    /// Who made an attack told of in tokens `a..b` (هجوم داعش، عملية
    /// عسكرية للتنظيم، الهجوم الذي شنه التنظيم): the one nearest token
    /// `near`. A body or person, not a place attacked.
    fn attacker(&self, a: usize, b: usize, near: usize) -> Option<usize> {
        self.attacker_reaching(a, b, near, true)
    }

    /// [`Doc::attacker`], an attack pointed back to with the article
    /// reaching back into the sentence before when `back` (once: the
    /// attack it finds there reaches no further).
    fn attacker_reaching(&self, a: usize, b: usize, near: usize, back: bool) -> Option<usize> {
        let names = self.input.names;
        self.cues_in(a.max(near.saturating_sub(ATTACK_WINDOW)), b.min(near + ATTACK_WINDOW))
            .iter()
            .filter(|f| f.cue == Cue::Attack)
            // القضاء على 7 قياديين، بينهم فلان الذي كان ينسق عمليات
            // التنظيم: attacks told of in a relative clause after the
            // figure describe someone, they are not what hit the counted.
            // A clause on the attack itself tells who made it (نتيجة الهجوم
            // الذي نفذه انتحاريان، سرعان ما تبناه التنظيم).
            .filter(|f| {
                let of_an_attack = |k: usize| {
                    self.found_at(k).iter().chain(k.checked_sub(1).map_or(&[][..], |p| self.found_at(p))).any(|g| g.cue == Cue::Attack)
                };
                f.start <= near || !(near..f.start).any(|k| self.is_relative_pronoun(k) && !of_an_attack(k))
            })
            // 514 قتيلا، بينهم 31 من عناصر داعش قتلوا بغارات روسية: an attack
            // told in a part opened after the figure is the part's, not the
            // whole's (one after the part's closing comma is both's).
            .filter(|f| {
                let part_opens = |k: usize| self.is_punct(k, &['،', ',']) && self.has(k + 1, |c| c == Cue::OfThem).is_some();
                f.start <= near || !(near..f.start).any(|k| part_opens(k) && self.part_aside(k).is_none_or(|after| after > f.start))
            })
            // «استهدفت» opening its clause has the attacker after it
            // (استهدفت مسيرة تركية قاعدة); after a noun it tells what the
            // attack aimed at (ضربة دقيقة استهدفت أبا يوسف).
            // The verbal noun with a party and «ل» on what it aimed at
            // (في استهداف “قسد” لحواجز الأمن): the party is who aimed.
            .filter(|f| {
                let aiming = bare(self.norm(f.start)).starts_with("استهدف");
                let aimed_by_party = || {
                    self.name_right_after(f.end).is_some_and(|n| {
                        let after = names[n].tokens.end + usize::from(self.is_punct(names[n].tokens.end, &['”', '"', '»', ')']));
                        names[n].kind != NamedKind::Location && self.lam_glued(after)
                    })
                };
                if self.norm(f.start).ends_with("استهداف") {
                    return aimed_by_party();
                }
                !aiming || self.opens_with_waw(f.start) || f.start.checked_sub(1).is_none_or(|p| p < a || self.is_punct(p, &CLAUSE_MARKS))
            })
            .filter_map(|&f| {
                let k = f.start;
                // أعلن تنظيم داعش الإرهابي مسؤوليته عن الهجوم: who claims
                // the attack made it.
                let claimed_by = k
                    .checked_sub(2)
                    .filter(|&r| self.norm(r + 1) == "عن" && self.has(r, |c| c == Cue::Responsibility).is_some())
                    .and_then(|r| {
                        // The name ends at most that many words before the
                        // responsibility, however long it is or quoted
                        // ("تنظيم الدولة الإسلامية" أعلن مسؤوليته), a time
                        // set aside between (أعلن التنظيم، اليوم السبت،
                        // مسؤوليته).
                        let r = r.checked_sub(1).and_then(|j| self.time_aside(j, a)).unwrap_or(r);
                        self.names_within(r.saturating_sub(RESPONSIBILITY_WORDS + NAME_AFTER + 2), r)
                            .rfind(|(_, m)| m.tokens.end + RESPONSIBILITY_WORDS >= r)
                    })
                    .filter(|(_, m)| m.kind != NamedKind::Location);
                if let Some((n, _)) = claimed_by {
                    return Some((k.abs_diff(near), n));
                }
                // بعد تنفيذ التنظيم الإرهابي هجوماً: the subject of carrying
                // out, right before the attack's word, made it.
                // شن مساء اليوم (الثلاثاء) هجوما: a time told between the verb
                // and the attack is read past.
                let mut verb_end = k;
                while verb_end > a + 1 && k - verb_end < TIME_BETWEEN_WORDS && self.timely(verb_end - 1) {
                    verb_end -= 1;
                }
                let carried_by = (verb_end.saturating_sub(CARRIER_WORDS + 1)..verb_end).find_map(|c| {
                    let f = self.found_at(c).iter().find(|g| g.cue == Cue::CarriedOut && g.end <= k)?;
                    // نفذت قوات التحالف الدولي ضربة: past a head word or one
                    // of members before the name.
                    let head = self.has(f.end, |cue| matches!(cue, Cue::Head | Cue::Own)).map(|h| h.end).filter(|&h| h < k);
                    // تنظيم داعش نفذ 14 هجوماً، التنظيم نفذ 22 عملية: the
                    // subject written before the verb, right before it.
                    // One adjective with the article may stand between (تنظيم
                    // داعش الإرهابي شن هجوماً).
                    // Not before the verbal noun (أعلنت القيادة تنفيذ غارة):
                    // that name announces; it is not said to have carried
                    // it out (docs/CLAIMS.md §4).
                    // أعلنت الوزارة عن تنفيذها غارة: the verbal noun's
                    // pronoun stands for the body named before it in the
                    // sentence, the one announcing (CLAIMS.md §4: a pronoun
                    // resolved to the claimant).
                    let own_carrying_out = || {
                        let word = bare(self.norm(c));
                        let pronoun = word.strip_prefix("تنفيذ").is_some_and(|rest| matches!(rest, "ه" | "ها" | "هم" | "هما"));
                        pronoun
                            .then(|| {
                                self.names_within(c.saturating_sub(OWN_DEED_REACH).max(a), c)
                                    .rfind(|(_, m)| m.kind != NamedKind::Location && self.may_act(m))
                            })
                            .flatten()
                            .map(|(n, _)| n)
                    };
                    let subject_before = || {
                        let p = c.checked_sub(1).filter(|&p| p >= a && !bare(self.norm(c)).contains("تنفيذ"))?;
                        let end = if self.input.tokens.is_definite(p) && p > a && self.name_at(p).is_none() { p } else { c };
                        let n = self
                            .names_within(end.saturating_sub(NAME_AFTER + 1), end)
                            .rfind(|(_, m)| m.tokens.end == end || m.tokens.end == c)
                            .map(|(n, _)| n)
                            .or_else(|| self.name_or_reference(end - 1).filter(|&n| self.input.names[n].tokens.end < end))?;
                        // قوات التحالف الدولي لمحاربة تنظيم داعش نفذت: whom the
                        // subject fights is named last; the subject is the
                        // name right before the word of fighting.
                        // A head word before the name is read past (لمحاربة
                        // تنظيم داعش).
                        let name_start = self.input.names[n].tokens.start;
                        let start = self
                            .phrase_ending_at(name_start, name_start.saturating_sub(2).max(a), |g| g.cue == Cue::Head)
                            .map_or(name_start, |h| h.start);
                        let against = start
                            .checked_sub(1)
                            .filter(|&w| w >= a)
                            .and_then(|w| self.phrase_ending_at(start, w.saturating_sub(1), |g| g.cue == Cue::Against))
                            .map(|g| g.start);
                        match against {
                            Some(w) => self
                                .names_within(w.saturating_sub(NAME_AFTER + 1).max(a), w)
                                .rfind(|(_, m)| m.tokens.end == w)
                                .map(|(n, _)| n),
                            None => Some(n),
                        }
                    };
                    let n = self
                        .name_right_after(f.end)
                        .or_else(|| head.and_then(|h| self.name_right_after(h)))
                        .or_else(|| self.name_or_reference(f.end))
                        .or_else(subject_before)
                        .or_else(own_carrying_out)?;
                    (names[n].kind != NamedKind::Location).then_some(n)
                });
                if let Some(n) = carried_by {
                    return Some((k.abs_diff(near), n));
                }
                // أن خلايا من تنظيم داعش، استهدفوا …: a verb of attacking
                // in the plural (its «وا»: no noun of attack ends so) with
                // its subject named right before it (a comma between or
                // not) made the attack.
                let plural_verb = bare(self.norm(k)).ends_with("وا");
                let before = k.checked_sub(1).filter(|&p| p >= a).map(|p| if self.is_punct(p, &['،', ',']) { p } else { k });
                let subject = before.filter(|_| plural_verb).and_then(|end| {
                    self.names_within(end.saturating_sub(NAME_AFTER + 1).max(a), end)
                        .rfind(|(_, m)| m.tokens.end == end || (m.tokens.end + 1 == end && self.is_punct(end - 1, &['”', '"', '»', ')'])))
                        .map(|(n, _)| n)
                        .filter(|&n| names[n].kind != NamedKind::Location)
                });
                if let Some(n) = subject {
                    return Some((k.abs_diff(near), n));
                }
                // One word may stand between (عملية عسكرية للتنظيم), not one
                // of aiming (عملية استهداف البغدادي: the target).
                // Words of members and head nouns are read past (هجوم
                // إرهابي لعناصر تنظيم داعش), and those of an agent.
                // غارات الجيش الإسرائيلي، غارات إسرائيلية: the attack's own
                // words name a state's means.
                let mut n = self.name_at(f.start).filter(|&n| self.input.names[n].kind != NamedKind::Location);
                // نصبت القوة كميناً لعناصر التنظيم: the party after a trap
                // laid is who it was laid for.
                let laid = k.checked_sub(1).is_some_and(|p| self.found_at(p).iter().any(|g| g.cue == Cue::Laid && g.end == k));
                let (mut j, mut plain) = (if n.is_some() || laid { b } else { f.end }, 0);
                // عمليات بمناطق القوات الحكومية: the areas of a party are
                // where the attacks were, not who made them.
                let areas = |k: usize| {
                    self.input
                        .tokens
                        .get(k)
                        .is_some_and(|t| t.splits().any(|sp| matches!(sp.without_article(), "مناطق" | "منطقة" | "منطقه")))
                };
                // قصف مقراً لتنظيم داعش: a bare verb's indefinite object; the
                // name after it is whose the target was (not «قصفا مدفعيا
                // لقوات النظام», a noun and its adjective).
                let verb_object = |k: usize| k == f.end && bare(self.norm(f.end - 1)).ends_with("قصف") && self.is_indefinite_object(k);
                while j < b && plain < 2 && self.has(j, |c| c == Cue::Target).is_none() && !areas(j) && !verb_object(j) {
                    n = self.name_right_after(j).or_else(|| self.name_or_reference(j));
                    if n.is_some() {
                        break;
                    }
                    // هجوم مسلح من قبل مسلحي التنظيم: the words before the
                    // doer are read past.
                    if let Some(agent) = self.has(j, |c| c == Cue::Agent) {
                        j = agent.end;
                        continue;
                    }
                    // هجوم نفذه، أمس الخميس، تنظيم داعش: the verb of carrying
                    // it out and a time set aside by commas are read past.
                    if let Some(carried) = self.has(j, |c| c == Cue::CarriedOut).filter(|_| j == f.end) {
                        j = carried.end;
                        continue;
                    }
                    if let Some(after) = self.time_aside_after(j).filter(|_| j > f.end) {
                        j = after;
                        continue;
                    }
                    plain += usize::from(self.has(j, |c| matches!(c, Cue::Own | Cue::Head)).is_none());
                    j += 1;
                }
                // نفذت قوات التحالف ضربة جوية … أن الضربة أدت إلى مقتل: the
                // attack pointed back to with the article, no doer after it,
                // is the one told before it in the sentence, and its doer
                // made it.
                // وأحصى المرصد 76 عملية نفذها التنظيم. والتي أدت إلى مقتل: or
                // in the sentence before.
                let told_before = || {
                    let t = self.sentence_at(k).checked_sub(1).filter(|_| back).and_then(|t| self.input.sentences.get(t))?;
                    self.attacker_reaching(t.tokens.start, t.tokens.end, t.tokens.end, false)
                };
                let n = match n {
                    Some(n) => n,
                    None if self.input.tokens.is_definite(k) => {
                        (k > a).then(|| self.attacker_reaching(a, k, k, false)).flatten().or_else(told_before)?
                    }
                    None => return None,
                };
                (names[n].kind != NamedKind::Location).then_some((k.abs_diff(near), n))
            })
            .min_by_key(|&(distance, _)| distance)
            .map(|(_, n)| n)
    }

    /// Token `k` is a verb in the future (ستفيد المساعدة: it will
    /// benefit, not report; سيعلن: not yet said).
    fn is_future(&self, k: usize) -> bool {
        let norm = self.norm(k);
        norm.strip_prefix('و').unwrap_or(norm).strip_prefix('س').is_some_and(|v| v.starts_with(['ي', 'ت', 'ن', 'ا']))
    }

    /// Token `k` is an indefinite noun in the accusative (مقراً، تجمعا):
    /// what a verb acts on. Not a verb's endings (شنتها، قتلوا، قصفنا).
    fn is_indefinite_object(&self, k: usize) -> bool {
        let text = self.input.tokens.get(k).map_or("", |t| t.text);
        let accusative = text.ends_with('\u{064B}') || (text.ends_with('ا') && !["ها", "وا", "نا"].iter().any(|e| text.ends_with(e)));
        self.input.tokens.kind(k) == Some(TokenKind::Arabic) && !self.input.tokens.is_definite(k) && accusative
    }

    /// A name a verb or noun of aiming stands shortly before, in its clause
    /// (استهدفت زعيم داعش أبو يوسف): the target, not who struck. Not «ضد»
    /// or «على», which [`Doc::may_act`] reads as prepositions.
    fn targeted(&self, m: &crate::Named<'_>) -> bool {
        let first = m.tokens.start;
        (first.saturating_sub(TARGET_WORDS)..first)
            .rev()
            .take_while(|&k| self.input.tokens.kind(k) != Some(TokenKind::Punct) || self.is_punct(k, &OPENING_MARKS))
            .any(|k| self.has(k, |c| c == Cue::Target).is_some() && !matches!(self.norm(k), "ضد" | "علي"))
    }

    /// A name after a verb of suffering in its clause (تعرضت القوات
    /// الأمريكية وقوات التحالف لأكثر من 165 هجوماً): what was hit.
    fn suffered(&self, m: &crate::Named<'_>) -> bool {
        let first = m.tokens.start;
        (first.saturating_sub(SUFFERING_REACH)..first)
            .rev()
            .take_while(|&k| !self.is_punct(k, &CLAUSE_MARKS))
            .any(|k| self.has(k, |c| c == Cue::Suffering).is_some())
    }

    /// The word of responsibility `r` owns the deed of the figure at token
    /// `qs` (بمسؤوليته عن مقتل 326): the figure follows it closely, in its
    /// clause.
    fn owns_figure_at(&self, r: &Found, qs: usize) -> bool {
        r.end <= qs && qs <= r.end + RESPONSIBILITY_FIGURE_WORDS && !(r.end..qs).any(|j| self.is_punct(j, &CLAUSE_MARKS))
    }

    /// A name a trap was laid for (نصبت القوة كميناً لعناصر داعش): the
    /// word of the attack stands before it, past the words of its members,
    /// with a word of laying right before the attack.
    fn laid_for(&self, m: &crate::Named<'_>) -> bool {
        // كميناً لعدد من عناصر داعش: a number of them too.
        let count_of = |p: usize| matches!(self.norm(p), "من" | "عدد" | "لعدد");
        let mut k = self.word_before(m.tokens.start);
        for _ in 0..4 {
            match k {
                Some(p) if count_of(p) || self.has(p, |c| matches!(c, Cue::Head | Cue::Own)).is_some() => k = self.word_before(p),
                _ => break,
            }
        }
        k.filter(|&p| self.has(p, |c| c == Cue::Attack).is_some())
            .and_then(|p| p.checked_sub(1))
            .is_some_and(|l| self.found_at(l).iter().any(|g| g.cue == Cue::Laid && g.end == l + 1))
    }

    /// The name starting at token `i`, or the one a definite noun there
    /// stands for: the last name before it written with that noun (التنظيم
    /// after «تنظيم داعش»).
    fn name_or_reference(&self, i: usize) -> Option<usize> {
        if let Some(n) = self.name_at(i) {
            return Some(n);
        }
        // A word inside a name is the name's (القيادة المركزية للقوات
        // الجوية: no reference to the forces named before).
        if self.scratch.in_name.get(i).copied().unwrap_or(false) {
            return None;
        }
        let f = self.has(i, |c| c == Cue::Reference)?;
        let noun = bare(self.norm(f.end - 1));
        // القوات الأمنية، القوات العراقية after «قوات الحشد الشعبي»: an
        // adjective of another kind or state makes the noun another body,
        // unless the name written before has that adjective too.
        let qualifier = self
            .found_at(f.end)
            .iter()
            .find(|g| g.start == f.end && matches!(g.cue, Cue::Qualifier | Cue::State(_)))
            .map(|g| bare(self.norm(g.start)));
        let qualified_alike =
            |m: &crate::Named<'_>| qualifier.is_none_or(|q| (m.tokens.start..m.tokens.end).any(|k| bare(self.norm(k)) == q));
        // The noun opens the name, or stands right before it (تنظيم “داعش”).
        let written_with = |m: &crate::Named<'_>| {
            let first = m.tokens.start;
            let before = self.word_before(first);
            // لتنظيم “داعش”: a preposition glued to the noun.
            let is_noun = |k: usize| self.reads_as(k, noun) || bare(self.norm(k)).strip_prefix(['ل', 'ب', 'ك']) == Some(noun);
            is_noun(first) || before.is_some_and(is_noun)
        };
        // A noun of a body stands for no person (الوزارة علي عباس).
        let written = self
            .names_within(0, i)
            .rev()
            .take(REFERENCE_NAMES)
            .find(|(_, m)| m.tokens.end <= i && m.kind != NamedKind::Person && written_with(m))
            .filter(|(_, m)| qualified_alike(m))
            .map(|(n, _)| n);
        // التنظيم after «داعش» alone: the entity the lexicon says the noun
        // stands for, when the text names it before (or else after).
        written.or_else(|| {
            let k = self.found_at(i).iter().find_map(|f| if let Cue::ReferenceTo(k) = f.cue { Some(usize::from(k)) } else { None })?;
            let id = self.lexicon.referred.get(k)?;
            let before = self.names_within(0, i).rev().find(|(_, m)| m.tokens.end <= i && m.id == id.as_str());
            // A lead that says «التنظيم» before naming it (هجمات التنظيم …
            // هجمات داعش): the first name of it after.
            let after = || self.names_within(i, usize::MAX).find(|(_, m)| m.id == id.as_str());
            before.or_else(after).filter(|(_, m)| qualified_alike(m)).map(|(n, _)| n)
        })
    }

    /// A sentence opening with the date of what it tells (وفي منتصف
    /// نوفمبر، قتل …; في 12 آذار): another event, told in the outlet's
    /// voice, not the next item of the source before.
    fn opens_with_date(&self, s: usize) -> bool {
        let Some(sentence) = self.input.sentences.get(s) else { return false };
        let last_word =
            (sentence.tokens.start + DATE_OPENING_WORDS).min(sentence.tokens.end).checked_sub(1).filter(|&k| k >= sentence.tokens.start);
        let Some(last) = last_word.and_then(|k| self.input.tokens.get(k)) else { return false };
        let dates = self.input.dates;
        let lo = dates.partition_point(|d| d.span.start < sentence.span.start);
        let opens_clause = matches!(self.norm(sentence.tokens.start), "في" | "وفي" | "خلال" | "وخلال");
        opens_clause && dates[lo..].iter().take_while(|d| d.span.start < last.span.end).any(|d| d.kind == DateKind::Date)
    }

    /// The first of the bodies joined to name `n` by «و» glued to each
    /// (قسد والأسايش → قسد); `n` itself when none is.
    fn first_of_joined(&self, n: usize) -> usize {
        let names = self.input.names;
        let text = self.input.tokens.text();
        let joined = |k: usize| {
            let (prev, m) = (&names[k - 1], &names[k]);
            let waw = self.input.tokens.span(m.tokens.start).and_then(|t| text.get(t.start..m.span.start)) == Some("و");
            waw && prev.tokens.end == m.tokens.start && prev.kind == NamedKind::Organization && m.kind == NamedKind::Organization
        };
        let mut first = n;
        while first > 0 && joined(first) {
            first -= 1;
        }
        first
    }

    /// A clause opening after a comma in tokens `from..to` that holds a
    /// passive verb (تمت، جرى): its figure has no doer before the comma.
    fn passive_clause_between(&self, from: usize, to: usize) -> bool {
        (from..to).find(|&k| self.is_punct(k, &['،', ','])).is_some_and(|comma| self.any_in(comma + 1, to, |c| c == Cue::Passive))
    }

    /// The name whose last token is the one before token `end`.
    fn name_ending_at(&self, end: usize) -> Option<&'i crate::Named<'a>> {
        let names: &'i [crate::Named<'a>] = self.input.names;
        names.partition_point(|n| n.tokens.end <= end).checked_sub(1).and_then(|k| names.get(k)).filter(|n| n.tokens.end == end)
    }

    /// The names starting in tokens `from..to`, by index (names are in
    /// text order).
    fn names_within(&self, from: usize, to: usize) -> impl DoubleEndedIterator<Item = (usize, &'i crate::Named<'a>)> + use<'i, 'a> {
        let names: &'i [crate::Named<'a>] = self.input.names;
        let lo = names.partition_point(|m| m.tokens.start < from);
        let hi = names.partition_point(|m| m.tokens.start < to).max(lo);
        (lo..hi).map(move |n| (n, &names[n]))
    }

    /// A name among the parties of a fight (المعارك بين قسد وتنظيم الدولة),
    /// or told as one side of it (قوات العشائر من طرف، وقوات قسد من طرف
    /// آخر): none of them alone did what the fight did.
    fn between_parties(&self, m: &crate::Named<'_>, sentence_start: usize) -> bool {
        let first = m.tokens.start;
        let one_side =
            (m.tokens.end..m.tokens.end + 2).any(|k| self.norm(k) == "من" && matches!(self.norm(k + 1), "طرف" | "جهة" | "جانب" | "ناحية"));
        one_side || (first.saturating_sub(6).max(sentence_start)..first).any(|k| matches!(self.norm(k), "بين" | "مابين"))
    }

    /// A name whose members an earlier figure counts (61 منهم من مسلحي
    /// داعش، 5 عناصر من قسد): a party of that list, not the doer of the
    /// figures after it.
    fn members_of_a_figure(&self, m: &crate::Named<'_>) -> bool {
        let quantities = self.input.quantities;
        let ends_at = |k: usize| {
            let n = quantities.partition_point(|q| q.tokens.end <= k);
            quantities[..n].last().is_some_and(|q| is_claim(q) && q.tokens.end + 2 >= k)
        };
        // عناصر قوات سوريا الديمقراطية (قسد): a name glossed in brackets
        // is read from the name it glosses; من عناصر الوحدات وقوات الأمن
        // “الأسايش”: a name joined by «و» to one of the members, from
        // that one. A few steps at most.
        let mut first = m.tokens.start;
        for _ in 0..MEMBERS_JOINED {
            first = self.glossed_at(first).map_or(first, |g| g.tokens.start);
            if (first.saturating_sub(3)..first).any(|k| self.norm(k) == "من" && ends_at(k)) {
                return true;
            }
            // Where the name before must end: at a «و» standing alone, or
            // right before a name glued to «و».
            let end = if first.checked_sub(1).is_some_and(|p| self.norm(p) == "و") {
                first - 1
            } else if self.opens_with_waw(first) {
                first
            } else {
                return false;
            };
            match self.name_ending_at(end) {
                Some(n) => first = n.tokens.start,
                None => return false,
            }
        }
        false
    }

    /// The name `m` glosses in brackets right after it (كوباني (عين
    /// العرب)، قوات سوريا الديمقراطية (قسد)).
    fn glossed_by(&self, m: &crate::Named<'_>) -> Option<&'i crate::Named<'a>> {
        self.name_before_mark(m.tokens.start, &['('])
    }

    /// The name a name starting at token `first` glosses right after it, in
    /// brackets or quotes (قوات الأمن الداخلي الكردية “الأسايش”).
    fn glossed_at(&self, first: usize) -> Option<&'i crate::Named<'a>> {
        self.name_before_mark(first, &['(', '“', '"', '«'])
    }

    /// The name ending right before the opening mark (one of `marks`) that
    /// stands before token `first`.
    fn name_before_mark(&self, first: usize, marks: &[char]) -> Option<&'i crate::Named<'a>> {
        let p = first.checked_sub(1).filter(|&p| self.is_punct(p, marks))?;
        let names = self.input.names;
        let k = names.partition_point(|n| n.tokens.end <= p).checked_sub(1)?;
        names.get(k).filter(|n| n.tokens.end == p)
    }

    /// The figure's people are held only as a camp shelters them: no word
    /// of arrest or prison in its sentence, only camps, and the people
    /// counted are refugees or the displaced (180 لاجئاً في مخيم دوميز) or
    /// each camp is one for them (مخيم بردرش للاجئين).
    fn sheltered(&self, q: &Quantity) -> bool {
        let Some(sentence) = self.input.sentences.get(self.sentence_at(q.tokens.start)) else { return false };
        let cues = self.cues_in(sentence.tokens.start, sentence.tokens.end);
        let held = || cues.iter().filter(|f| f.cue == Cue::Action(Action::Detained)).map(|f| f.start);
        let camp = |k: usize| self.has(k, |c| c == Cue::Confinement).is_some() && bare(self.norm(k)).starts_with("مخيم");
        if held().next().is_none() || !held().all(camp) {
            return false;
        }
        let for_refugees = |k: usize| {
            (k + 1..(k + 1 + REFUGE_WORDS).min(sentence.tokens.end))
                .any(|j| matches!(self.norm(j), "للاجئين" | "للنازحين" | "اللاجئين" | "النازحين"))
        };
        let displaced_counted = self.counted_token(q).is_some_and(|c| self.has(c, |f| f == Cue::Action(Action::Displaced)).is_some());
        displaced_counted || held().all(for_refugees)
    }

    /// Where a camp or prison holding the people of the figure at token
    /// `qs` may be named: near it, in its sentence.
    fn confinement_from(&self, qs: usize) -> usize {
        qs.saturating_sub(CONFINEMENT_BEFORE).max(self.sentence_start(qs))
    }

    /// A camp or prison is named in tokens `from..qs` with no «من» before
    /// it (من مخيم الهول: out of it).
    fn confined_in(&self, from: usize, qs: usize) -> bool {
        self.cues_in(from, qs).iter().any(|f| f.cue == Cue::Confinement && !self.out_of(f.start))
    }

    /// `id` is a state's (the lexicon knows its adjectives).
    fn is_state(&self, id: &str) -> bool {
        self.lexicon.states.iter().any(|st| st == id)
    }

    /// Token `i` is «الأسر» of families (أُسَر), not of captivity (أَسْر):
    /// with the article, and after no «في»، «من» or «قيد».
    fn families(&self, i: usize) -> bool {
        let word = self.norm(i);
        word.strip_prefix(['و', 'ف']).unwrap_or(word) == "الاسر"
            && !self.word_before(i).is_some_and(|p| matches!(self.norm(p), "في" | "من" | "قيد"))
    }

    /// Whether a word of a sentence passed follows the name in its clause
    /// (محكمة الجنايات بمحافظة صلاح الدين أصدرت أحكامها): a court passes
    /// sentence on a killer, it kills no one. One that carries a sentence
    /// out (نفذت السلطات حكم الإعدام) kills.
    fn passes_sentence(&self, m: &crate::Named<'_>) -> bool {
        let sentence = (m.tokens.end..m.tokens.end + SENTENCE_AFTER_NAME)
            .take_while(|&k| self.input.tokens.kind(k).is_some_and(|kind| kind != TokenKind::Punct))
            .find(|&k| self.has(k, |c| c == Cue::Sentence).is_some());
        sentence.is_some_and(|s| !self.carried_out_before(s, m.tokens.start))
    }

    /// A word of carrying a sentence out stands before the sentence's word
    /// at `s`, within [`CARRIED_OUT_WORDS`] of it or from `from` on.
    fn carried_out_before(&self, s: usize, from: usize) -> bool {
        self.any_in(s.saturating_sub(CARRIED_OUT_WORDS).min(from), s, |c| c == Cue::CarriedOut)
    }

    /// The word of killing at token `i` is a sentence passed: a word of a
    /// sentence within two words before it (حكماً بإعدام، أحكامها بالإعدام
    /// شنقاً), none of carrying it out before that (تنفيذ حكم الإعدام).
    fn sentenced(&self, i: usize) -> bool {
        let from = i.saturating_sub(SENTENCE_WORDS);
        let Some(s) = (from..i).rev().find(|&k| self.has(k, |c| c == Cue::Sentence).is_some()) else { return false };
        !self.carried_out_before(s, s)
    }

    /// Token `i` is a camp or prison gone to (إلى، نحو، باتجاه، صوب) by
    /// people said to be coming back later in its sentence (وصلت 157
    /// عائلة إلى مخيم الجدعة، عائدة من مخيم الهول).
    fn camp_on_the_way_home(&self, i: usize) -> bool {
        self.headed_for(i) && self.has(i, |c| c == Cue::Confinement).is_some() && {
            let end = self.input.sentences.get(self.sentence_at(i)).map_or(i, |s| s.tokens.end);
            self.any_in(i + 1, end, |c| c == Cue::Action(Action::Returned))
        }
    }

    /// Token `i` is where someone goes: «ل» glued to it, or a word of
    /// direction before it (إلى، نحو، باتجاه، صوب، عبر).
    fn gone_to(&self, i: usize) -> bool {
        self.lam_glued(i) || self.headed_for(i) || self.word_before(i).is_some_and(|p| self.norm(p) == "عبر")
    }

    /// A word of heading for stands before token `i` (إلى، نحو، باتجاه،
    /// صوب).
    fn headed_for(&self, i: usize) -> bool {
        self.word_before(i).is_some_and(|p| matches!(self.norm(p), "الي" | "نحو" | "باتجاه" | "صوب"))
    }

    /// Token `k` is written with «ل» glued before it (للتنظيم، لقسد).
    fn lam_glued(&self, k: usize) -> bool {
        let text = self.input.tokens.text();
        self.input.tokens.get(k).is_some_and(|t| t.splits().any(|sp| sp.prefix.slice(text) == "ل"))
    }

    /// The word of its members or losses right before a name (مقاتلي داعش،
    /// عناصر “قسد”): the party whose people are counted, so not who holds
    /// them (unless they are a verb's subject: `members_hold`).
    fn members_phrase(&self, m: &crate::Named<'_>) -> Option<Found> {
        let first = m.tokens.start;
        let opening = first.checked_sub(1).filter(|&p| self.is_punct(p, &OPENING_MARKS));
        let word_end = opening.unwrap_or(first);
        // عائلات إرهابيي تنظيم الدولة: past the head noun the name is
        // written after.
        let word_end = word_end.checked_sub(1).filter(|&h| self.has(h, |c| c == Cue::Head).is_some()).unwrap_or(word_end);
        // عدد معتقلي تنظيم داعش، أسرى التنظيم: the held of a party, a
        // plural in construct with it (no verb: اعتقلت قسد).
        let held_of = |f: &Found| {
            f.cue == Cue::Action(Action::Detained)
                && f.end == f.start + 1
                && !self.input.tokens.is_definite(f.start)
                && self.norm(f.start).ends_with(['ي', 'و'])
        };
        self.phrase_ending_at(word_end, word_end.saturating_sub(3), |f| f.cue == Cue::Own || held_of(f))
    }

    /// The members of the party `m` (`members_phrase`) are the subject of a
    /// verb of holding right before or right after them: اختطف مسلحون من
    /// داعش 20 مدنيا، عناصر داعش خطفوا ألفي مدني. A participle or a noun
    /// of the held (المعتقلين، معتقلي) is no such verb.
    fn members_hold(&self, m: &crate::Named<'_>) -> bool {
        let verb_of_holding = |k: usize| {
            !self.input.tokens.is_definite(k)
                && !self.norm(k).starts_with('م')
                && self.found_at(k).iter().any(|f| f.cue == Cue::Action(Action::Detained) && f.end == k + 1)
        };
        let Some(members) = self.members_phrase(m) else { return false };
        let before = members.start.checked_sub(1).is_some_and(verb_of_holding);
        let after = self.input.tokens.kind(m.tokens.end) == Some(TokenKind::Arabic) && verb_of_holding(m.tokens.end);
        before || after
    }

    /// The name `m` closes «من» and one word before it, no name (من أنصار
    /// البغدادي، من مقاتلي التنظيم): the party whose people were counted
    /// out of.
    fn partitive(&self, m: &crate::Named<'_>) -> bool {
        let first = m.tokens.start;
        first.checked_sub(2).is_some_and(|p| {
            self.norm(p) == "من" && self.input.tokens.kind(p + 1) == Some(TokenKind::Arabic) && self.name_at(p + 1).is_none()
        })
    }

    /// The body named after «من» at token `i` (من داعش، من تنظيم “داعش”،
    /// من قوات سوريا الديمقراطية، من مسلحي داعش), a person or organization.
    fn member_of(&self, i: usize) -> Option<usize> {
        if self.norm(i) != "من" {
            return None;
        }
        // من مسلحي داعش: past a word of its members.
        let at = match self.has(i + 1, |c| c == Cue::Own) {
            Some(members) if self.name_at(i + 1).is_none() => members.end,
            _ => i + 1,
        };
        let head = if self.has(at, |c| c == Cue::Head).is_some() && self.name_at(at).is_none() { at + 1 } else { at };
        // من مسلحي تنظيم ما يعرف بالدولة الإسلامية: past «so-called».
        let head = if self.norm(head) == "ما" && SO_CALLED.contains(&self.norm(head + 1)) { head + 2 } else { head };
        // 600 مقاتل من التنظيم: a noun standing for a name told before.
        self.name_right_after(head).or_else(|| self.name_or_reference(at)).filter(|&n| self.input.names[n].kind != NamedKind::Location)
    }

    /// The name that starts at token `i`, or right after a quote or bracket
    /// there (خسائر “قسد”).
    fn name_right_after(&self, i: usize) -> Option<usize> {
        let k = if self.is_punct(i, &OPENING_MARKS) { i + 1 } else { i };
        self.name_at(k)
    }

    /// A place opening its sentence before a colon or a dash that no
    /// statement is told by (بغداد: أعلن …، دمشق - قتل …): where the news
    /// is from, no party of it. The statements read are those found so
    /// far: while they are being found, a place before a colon is no
    /// statement of its sentence yet.
    fn is_dateline(&self, m: &crate::Named<'_>) -> bool {
        let end = m.tokens.end;
        // بغدادـ ساهمت: the dash may be a tatweel glued to the place.
        let glued_dash = || self.input.tokens.text().get(m.span.start..m.span.end).is_some_and(|w| w.ends_with('\u{0640}'));
        m.kind == NamedKind::Location
            && m.tokens.start == self.sentence_start(m.tokens.start)
            && (self.is_punct(end, &[':', '-', '–', '—']) || glued_dash())
            && !self.said_in(self.sentence_at(end)).iter().any(|s| s.at == end)
    }

    /// The name at `first` follows a byline's word, a colon or dash
    /// between or not (كتبت فلانة، بقلم: فلان): the writer of the news, no
    /// party of it.
    fn writes_byline(&self, first: usize) -> bool {
        let Some(mut p) = first.checked_sub(1) else { return false };
        if self.is_punct(p, &[':', '-', '–', '—']) {
            let Some(before) = p.checked_sub(1) else { return false };
            p = before;
        }
        matches!(self.norm(p), "كتب" | "كتبت" | "بقلم")
    }

    /// A name that may do things: a person, a body, or a place standing
    /// for its state (واشنطن أعلنت), not a place something happened in
    /// (في الرقة، من سوريا).
    fn may_act(&self, m: &crate::Named<'_>) -> bool {
        let first = m.tokens.start;
        // أبو يوسف، المعروف باسم محمود: another name of the one before,
        // no one of its own.
        if (first.saturating_sub(ALIAS_WORDS)..first).any(|k| self.has(k, |c| c == Cue::Alias).is_some()) {
            return false;
        }
        // بدعم من التحالف، على قادة داعش، قيادي في داعش: a name after a
        // preposition is no subject.
        // لمحاربة داعش، لهزيمة التنظيم: the nouns of fighting a party take
        // it as their object, «ل» glued or not.
        let preposition = |k: usize| {
            // ومن قوى الأمن: «و» glued before the preposition.
            let word = self.norm(k);
            let word = word.strip_prefix('و').filter(|w| matches!(*w, "من" | "في" | "مع" | "عن" | "علي" | "ضد")).unwrap_or(word);
            let fought = |w: &str| matches!(w, "مكافحة" | "محاربة" | "قتال" | "هزيمة" | "دحر" | "مواجهة");
            // بمساندة التحالف، بدعم التحالف: who backs the deed does not do it.
            let backing = |w: &str| matches!(w, "مساندة" | "دعم" | "اسناد" | "مؤازرة" | "غطاء" | "مشاركة");
            // في مناطق الإدارة الذاتية، مناطق سيطرة قسد: a party's areas
            // are where, the party no subject.
            let areas = |w: &str| matches!(w, "مناطق" | "سيطرة" | "نفوذ");
            matches!(word, "من" | "في" | "علي" | "عن" | "مع" | "ضد" | "الي" | "ل" | "ايدي" | "يد" | "قبضة")
                || areas(word)
                || fought(word)
                || word.strip_prefix('ب').is_some_and(backing)
                || word.strip_prefix('ل').is_some_and(fought)
        };
        // ضد تنظيم “داعش”: the head noun the name is written after belongs
        // to the same phrase (a quote may stand between: لـ”قسد”).
        // ضد خلايا تنظيم داعش: so do the words of its members before it,
        // and their «من» (اعتقل عناصر من قسد: no preposition).
        let members_with_min = |p: usize| self.phrase_ending_at(p + 1, p.saturating_sub(3), |f| f.cue == Cue::Own && f.start < p);
        let past_heads = |mut before: Option<usize>| {
            for _ in 0..2 {
                before = match before {
                    Some(p) if self.has(p, |c| matches!(c, Cue::Head | Cue::Own)).is_some() => self.word_before(p),
                    Some(p) => match members_with_min(p) {
                        Some(f) => self.word_before(f.start),
                        None => break,
                    },
                    _ => break,
                };
            }
            before
        };
        let mut before = past_heads(self.word_before(first));
        // تنظيم الدولة (داعش): a gloss in brackets acts as the name it
        // glosses; so does one in quotes naming the same (قيادياً في تنظيم
        // الدولة "داعش": after «في» both).
        let same_in_quotes = || self.glossed_at(m.tokens.start).filter(|g| g.id == m.id);
        if let Some(g) = self.glossed_by(m).or_else(same_in_quotes) {
            return self.may_act(g);
        }
        // ضد ما يسمى بتنظيم الدولة: «so-called» stands between; the words
        // before it are read as if the name stood there (من مسلحي تنظيم ما
        // يعرف بالدولة: members of it, no subject), and the «ب» glued to
        // the name is the so-called's own.
        let so_called = before
            .filter(|&p| SO_CALLED.contains(&self.norm(p)))
            .and_then(|p| self.word_before(p))
            .filter(|&m| matches!(self.norm(m), "ما" | "بما" | "لما"));
        if let Some(m) = so_called {
            before = past_heads(self.word_before(m));
        }
        // من قوات الأمن الكردية وقوات سوريا الديمقراطية: a name joined by
        // «و» (glued or a word of its own) to what follows a preposition is
        // in that phrase too.
        let joined = self.opens_with_waw(first) || first.checked_sub(1).is_some_and(|p| self.norm(p) == "و");
        // Quotes about the name before are read past (مع ميليشيا “قسد”
        // وقوات الأمن).
        let in_phrase = joined
            && (first.saturating_sub(PHRASE_BACK)..first)
                .rev()
                .take_while(|&k| {
                    self.input.tokens.kind(k) != Some(TokenKind::Punct)
                        || self.is_punct(k, &OPENING_MARKS)
                        || self.is_punct(k, &['”', '»', '"'])
                })
                .any(|k| matches!(self.norm(k), "من" | "علي" | "عن" | "مع" | "ضد"));
        let after_preposition = before.is_some_and(preposition) || in_phrase;
        // الولايات المتحدة، التي خصصت: the name a relative clause opens
        // after is its subject, whatever stands before it.
        let end = m.tokens.end;
        // انفجار بغداد الذي أوقع: a place after the event it names is where;
        // so is a place glossing the name before it (كوباني (عين العرب)).
        if m.kind == NamedKind::Location
            && (self.glossed_by(m).is_some()
                || first.checked_sub(1).is_some_and(|p| self.has(p, |c| c == Cue::Event).is_some())
                || self.is_dateline(m))
        {
            return false;
        }
        if m.kind == NamedKind::Person && self.writes_byline(first) {
            return false;
        }
        let relative = |k: usize| self.is_relative_pronoun(k);
        // Not after a preposition: مؤتمر التحالف ضد داعش الذي يقام، the
        // clause is the head noun's.
        if !after_preposition && (relative(end) || (self.is_punct(end, &['،', ',']) && relative(end + 1))) {
            return true;
        }
        // لوكالة فرانس برس، بالتحالف: a name glued to a preposition.
        let glued = self.glued_before(m);
        let glued = if so_called.is_some() { glued.strip_suffix('ب').unwrap_or(glued) } else { glued };
        if m.kind != NamedKind::Location {
            // قوات الفرقة الثالثة بالشرطة الاتحادية: a body after «ب» that
            // a unit's words lead to, with no punctuation between, is the
            // unit's own: the unit acts as it.
            let unit_of = glued.ends_with('ب')
                && !glued.contains(['ل', 'ك'])
                && (first.saturating_sub(UNIT_WORDS)..first)
                    .rev()
                    .take_while(|&k| self.input.tokens.kind(k) == Some(TokenKind::Arabic))
                    .any(|k| self.has(k, |c| matches!(c, Cue::Head | Cue::Own)).is_some());
            return !after_preposition && (unit_of || !glued.contains(['ل', 'ب', 'ك']));
        }
        // A place acts only as a clause's subject: first in it, after
        // punctuation, a quote or أن (إن الولايات المتحدة تدعم); not after
        // a noun (خريجو الرقة) or a preposition (في الرقة، بالرقة).
        let glued_proclitic = !glued.is_empty();
        // A quote opened after a noun, right before the place, and left
        // open after it opens a title (فريق "الرقة تذبح بصمت"), not a clause
        // (إن “الولايات المتحدة تدعم: what is said).
        let quote = ['“', '"', '«', '\''];
        let after_noun = |p: usize| {
            self.input.tokens.kind(p) == Some(TokenKind::Arabic)
                && !self.is_complementizer(p)
                && !self.found_at(p).iter().any(|f| matches!(f.cue, Cue::Speech | Cue::Continuing | Cue::Source))
        };
        let titled = first.checked_sub(1).is_some_and(|p| self.is_punct(p, &quote) && p.checked_sub(1).is_some_and(after_noun))
            && !self.is_punct(end, &['”', '"', '»', '\'']);
        // وكانت ألمانيا قد قدمت: «كان» before its subject opens the clause.
        let opens_clause = !titled
            && first.checked_sub(1).is_none_or(|p| {
                self.input.tokens.kind(p) == Some(TokenKind::Punct) || self.is_complementizer(p) || KAN_FORMS.contains(&self.norm(p))
            });
        // تعهدت الولايات المتحدة، قدمت ألمانيا: a state right after a verb
        // of giving gives; so does it after its government's word
        // (ساهمت حكومة أستراليا).
        let lead = first.checked_sub(1).filter(|&p| matches!(self.norm(p), "حكومة" | "الحكومة")).unwrap_or(first);
        let gives =
            lead.checked_sub(1).is_some_and(|p| self.found_at(p).iter().any(|f| f.end == lead && f.cue == Cue::Action(Action::Funded)));
        !glued_proclitic && (opens_clause || gives)
    }

    /// The figure's sentence counts up to now, near it (منذ 2014، حتى الآن، الحصيلة
    /// الإجمالية): its figures are running totals.
    fn running_total(&self, q: &Quantity, s: usize) -> bool {
        let Some(t) = self.input.sentences.get(s) else { return false };
        let qs = q.tokens.start;
        self.any_in(t.tokens.start.max(qs.saturating_sub(TOTAL_WINDOW)), t.tokens.end.min(qs + TOTAL_WINDOW), |c| c == Cue::Total)
    }

    /// A word setting one event against another (بينما، في حين) stands
    /// between a date and a figure: in June they left …, while April saw
    /// 241 leave. The date is the other event's.
    fn contrasted(&self, date: Span, figure: Span) -> bool {
        let (a, b) = if date.end <= figure.start { (date.end, figure.start) } else { (figure.end, date.start) };
        let tokens = self.input.tokens;
        self.any_in(tokens.first_at(a), tokens.first_at(b), |c| c == Cue::Contrast)
    }

    /// A date of the figure's sentence (the nearest), else the publication
    /// date. A date after «منذ» starts a running total (حررنا منذ أيلول
    /// 2014 7.7 مليون شخص): it says since when, not when.
    fn when(&self, q: &Quantity, s: usize) -> Option<When> {
        let sentence = self.input.sentences.get(s)?;
        let text = self.input.tokens.text();
        let since = |start: usize| text.get(..start).is_some_and(|before| before.trim_end().ends_with("منذ"));
        let dates = self.input.dates;
        let (from, to) = (sentence.span.start.max(q.span.start.saturating_sub(WHEN_BYTES)), sentence.span.end.min(q.span.end + WHEN_BYTES));
        let lo = dates.partition_point(|d| d.span.start < from);
        let hi = dates.partition_point(|d| d.span.start < to).max(lo);
        let nearest = dates[lo..hi]
            .iter()
            // A relative date (أمس) states no calendar date of its own.
            .filter(|d| !matches!(d.kind, DateKind::Time | DateKind::Relative) && d.span.end <= sentence.span.end && !since(d.span.start))
            .filter(|d| !self.contrasted(d.span, q.span))
            .min_by_key(|d| d.span.start.abs_diff(q.span.start));
        match nearest {
            Some(d) => Some(When { iso: d.iso.clone(), from: WhenFrom::Sentence }),
            None => self.input.published.map(|p| When { iso: p.to_string(), from: WhenFrom::Published }),
        }
    }
}
