//! The claim lexicon (`data/claims.toml`): word classes looked up by every
//! reading of a token (with and without proclitics and article).

use crate::verbs::verb_forms;
use crate::Action;
use khabar_tokenize::{Matcher, Node, PhraseTable, Token, Tokens};
use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};

/// The lexicon shipped with the crate.
pub const DEFAULT_CLAIMS_LEXICON: &str = include_str!("../data/claims.toml");

/// What a word or phrase of the lexicon is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A verb of speech or publication.
    Speech,
    /// A participle of speech, continuing its sentence's statement.
    Continuing,
    /// A passive marker: the doer is not said.
    Passive,
    /// A doer the text does not name.
    UnnamedDoer,
    /// A phrase attributing to the name after it (بحسب، وفق).
    Source,
    /// A verb of relaying what another said.
    Relay,
    /// A statement, report or tweet.
    Statement,
    /// A role of someone speaking for an institution.
    Spokesperson,
    /// A media office of an institution.
    Office,
    /// A source the text does not name.
    Unnamed,
    /// The outlet's own voice (يشار إلى أن).
    Background,
    /// The outlet's own reporter (مراسلنا): its voice too.
    OwnReporter,
    /// A reporter of the outlet named after it (مراسل الأناضول): that
    /// outlet is the source.
    Correspondent,
    /// A pronoun standing for the subject of a speech verb.
    Pronoun,
    /// A title before a person's name.
    Role,
    /// Before the party that caused a figure.
    Cause,
    /// Before the party holding people.
    Holder,
    /// Before the party whose own losses or members are counted.
    Own,
    /// A party's own losses.
    Loss,
    /// Strikes or operations named without their party.
    Strikes,
    /// «among them»: a figure sharing the action of the one before.
    OfThem,
    /// A word going on with a list of figures after a comma.
    List,
    /// An attack before the party that made it (هجوم داعش، الهجوم الذي
    /// شنه التنظيم).
    Attack,
    /// Words pointing back at the figures before (هذا العدد).
    Anaphor,
    /// «The latter» as a subject (اعترفت الأخيرة): the party named last.
    Latter,
    /// The kind of a body or outlet that a description without its name
    /// may open (قناة تركية، مؤسسة بحثية أمريكية): an unnamed source.
    DescribedBody,
    /// Words of how many live somewhere (تعداد سكان المدينة، يقطنها): the
    /// figure they count is an attribute, whatever was done before it.
    Population,
    /// Between an attack and the name it was aimed at (عملية استهداف
    /// البغدادي، الهجوم على داعش): that name is the target, not who attacked.
    Target,
    /// A sentence opening that goes on with the sentence before (حيث).
    Continues,
    /// A demonstrative (هذه، تلك): opening a sentence before a definite
    /// noun (وضمت هذه الدفعة 240 عائلة), it points back at what the
    /// sentence before told.
    Demonstrative,
    /// Most of the people counted (أغلبهم، معظمهم): set aside between
    /// commas after a figure (662 شخصا، أغلبهم من مسلحي داعش، قتلوا), the
    /// verb after the aside is the figure's.
    MostOfThem,
    /// A preposition opening a phrase fronted before the verb (وحول أعداد
    /// معتقلي داعش، أكد): the names in that phrase are not the subject.
    Fronted,
    /// An event named by the place it happened in (انفجار بغداد، معركة
    /// الموصل): the place after it is where, not who.
    Event,
    /// A place where people are held (مخيم، سجن).
    Confinement,
    /// Words of a death whose subject or object is who died (استشهد،
    /// لقي حتفه، مقتل): the name after them is no killer.
    Dying,
    /// Who keeps such a place or what stands around it (حراس السجن، محيط
    /// المخيم): the place is theirs, no one held.
    Keeper,
    /// A verb of a place holding people (يضم، يأوي).
    Contains,
    /// Words that give the figure before in other units (بما يعادل 680
    /// شخصا after 181 عائلة).
    Restates,
    /// A process no attack is (عملية النقل، عمليات الإعادة): the word of
    /// operations before it triggers nothing.
    CivilProcess,
    /// على يد، برصاص: the doer of a killing is named after it, a party or
    /// not (على يد القوات الأمنية).
    Agent,
    /// الاشتباكات بين، بين الطرفين: a fight between parties, whose dead
    /// are no one party's deed.
    Between,
    /// شخص، فرد، رجل: nouns that count people of any kind.
    People,
    /// عثرت على، انتشال: who found the dead did not kill them.
    Finding,
    /// A noun of announcing with its announcer right after it (إعلان وزارة
    /// الدفاع مقتل جنديين): a statement only when a name follows.
    SpeechNoun,
    /// Words before another name of the one just named (المعروف باسم،
    /// الملقب، المكنى).
    Alias,
    /// A verb of leaving a place (غادر، مغادرة).
    Leaving,
    /// A direction after a distance (140 كم شمال بغداد).
    Direction,
    /// A verb of amounting to, right before a figure (بلغت، وصل إلى):
    /// the figure is what its subject, maybe far before, amounts to.
    Reaching,
    /// A word setting one event against another (بينما، في حين): a date
    /// on its other side is the other event's.
    Contrast,
    /// The country of whoever speaks (بلاده، حكومتها) doing the counted
    /// thing.
    OwnCountry,
    /// A counted noun of land (قرية، منطقة): cleared of the enemy, freed.
    Land,
    /// A counted noun of things, not people (حزام، سيارة، صاروخ).
    Thing,
    /// A counted noun of aircraft or armour, the means of an attack or a
    /// raid (مروحية، دبابة).
    Means,
    /// A counted noun of sites struck (موقع، نقطة، مقر، مضافة): the party
    /// named after them owns them.
    Site,
    /// A word of information sought on someone (بمعلومات، القبض على): the
    /// name after it is whom a reward is offered for, never its giver.
    Wanted,
    /// An adjective that makes a [`Cue::Reference`] noun another body than
    /// the one named before (القوات الأمنية after «قوات الحشد الشعبي»).
    Qualifier,
    /// A word of a party's members with a pronoun of the party (مقاتليها،
    /// جنوده): after a figure and «من», the speaking body's own losses.
    OwnOfSpeaker,
    /// A word of a court's sentence (حكم، أحكام، قضت): a killing right
    /// after one is the sentence passed, no death.
    Sentence,
    /// A word of a body that watches and counts (المرصد، لحقوق الإنسان):
    /// it documents deeds, it does none.
    Monitor,
    /// A word in the name of a body of aid or refuge (للهجرة، اللاجئين): it
    /// counts the displaced and those who return; the operations behind
    /// them are never its own.
    Relief,
    /// A word of carrying a sentence out (تنفيذ، نفذت): the sentence after
    /// it is a death.
    CarriedOut,
    /// A word of laying a trap (نصبت، نصب): the attack it lays is its
    /// subject's, and the party after «ل» is who it was laid for.
    Laid,
    /// A verb of suffering (تعرضت): the parties after it, to the figure,
    /// are what was hit, never who struck.
    Suffering,
    /// A word of taking back (استعادت، تستعيد): of land or hostages it
    /// frees; of a state's own people it brings them home.
    TakenBack,
    /// A word of handing people over or receiving them (سلمت، تسلمت،
    /// استلمت): of a state's own people it brings them home.
    HandedOver,
    /// A noun of the people a state brings home (نساء، أطفال، رعايا).
    Nationals,
    /// A word of responsibility claimed (أعلن مسؤوليته عن الهجوم): the
    /// verb before it claims a deed, it states no figure.
    Responsibility,
    /// A verb of claiming a deed (تبنى التنظيم مقتل 4 جنود): its subject
    /// did the deed it claims.
    Claiming,
    /// A word of a time of day or a day (اليوم، صباح، الخميس).
    TimeWord,
    /// A definite noun standing for the last name written with it
    /// (التنظيم for «تنظيم داعش»).
    Reference,
    /// A definite noun standing, when no name written with it came
    /// before, for the entity `ClaimsLexicon::referred[k]` named before
    /// (التنظيم after «داعش» alone).
    ReferenceTo(u16),
    /// A noun heading a name written after it (تنظيم “داعش”): a
    /// preposition before the noun governs the name.
    Head,
    /// A noun heading the name of an outlet (صحيفة، وكالة): what an
    /// outlet tells it does not do.
    Media,
    /// An adjective closing the name of a media office (مؤسسة الفرقان
    /// الإعلامية، مركز دير الزور الإعلامي): an outlet too.
    MediaAdjective,
    /// A word of fighting against what is named after it (لمحاربة، ضد):
    /// the name after it is whom a party fights, not who acts.
    Against,
    /// A counted noun of countries.
    Countries,
    /// Words of a running total (منذ، حتى الآن، إجمالي).
    Total,
    /// A trigger of an action label.
    Action(Action),
    /// A state's force, body or means (الجيش، القوات، الحكومة) before the
    /// state's adjective.
    StateBody,
    /// The adjective of a state (الأمريكية): its entity id is
    /// `ClaimsLexicon::states[k]`.
    State(u16),
}

/// A claim lexicon file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ClaimsLexiconError {
    /// Not valid TOML, or not the tables this crate reads.
    #[error("{name}: {message}")]
    Format {
        /// The file.
        name: String,
        /// What the parser said.
        message: String,
    },
    /// A word that is no phrase (empty, or too many words).
    #[error("{name}: [{table}] {word:?}: {message}")]
    Word {
        /// The file.
        name: String,
        /// The table.
        table: String,
        /// The word.
        word: String,
        /// What is wrong with it.
        message: String,
    },
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct RawLexicon {
    speech: Words,
    continuing: Words,
    passive: Words,
    unnamed_doer: Words,
    source: Words,
    relay: Words,
    statement: Words,
    spokesperson: Words,
    office: Words,
    unnamed: Words,
    background: Words,
    own_reporter: Words,
    correspondent: Words,
    pronoun: Words,
    role: Words,
    cause: Words,
    holder: Words,
    own: Words,
    loss: Words,
    strikes: Words,
    of_them: Words,
    list: Words,
    attack: Words,
    anaphor: Words,
    latter: Words,
    described_body: Words,
    population: Words,
    target: Words,
    continues: Words,
    demonstrative: Words,
    most_of_them: Words,
    fronted: Words,
    event: Words,
    confinement: Words,
    keepers: Words,
    dying: Words,
    contains: Words,
    civil_process: Words,
    agent: Words,
    between: Words,
    people: Words,
    finding: Words,
    speech_noun: Words,
    restates: Words,
    alias: Words,
    leaving: Words,
    direction: Words,
    reaching: Words,
    contrast: Words,
    own_country: Words,
    land: Words,
    things: Words,
    means: Words,
    sites: Words,
    wanted: Words,
    qualifiers: Words,
    own_of_speaker: Words,
    sentence: Words,
    monitors: Words,
    relief: Words,
    carried_out: Words,
    laid: Words,
    suffering: Words,
    taken_back: Words,
    handed_over: Words,
    nationals: Words,
    responsibility: Words,
    claiming: Words,
    time_words: Words,
    reference: Words,
    head: Words,
    media: Words,
    media_adjective: Words,
    against: Words,
    countries: Words,
    total: Words,
    actions: BTreeMap<String, Words>,
    reference_defaults: BTreeMap<String, Words>,
    state_bodies: Words,
    states: BTreeMap<String, Words>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Words {
    #[serde(default)]
    words: Vec<String>,
    /// Verbs in the past tense, third person masculine singular: each
    /// stands for its forms of [`verb_forms`] (سيطر: سيطرت، يسيطرون…).
    #[serde(default)]
    verbs: Vec<String>,
}

/// The words the claim extractor reads, keyed as the tokenizer normalizes.
#[derive(Debug)]
pub struct ClaimsLexicon {
    pub(crate) phrases: PhraseTable<Cue>,
    /// The entity ids of the states whose adjectives the lexicon knows,
    /// by [`Cue::State`] index.
    pub(crate) states: Vec<String>,
    /// The entity ids that nouns stand for by default, by
    /// [`Cue::ReferenceTo`] index.
    pub(crate) referred: Vec<String>,
    /// The first words of the verbs of speech (its `verbs` forms and
    /// words), normalized: a preposition glued before one makes a noun of
    /// it (بحذر: cautiously, no «حذر» warned; بنقل: by transport), and so
    /// does the article (التابع: affiliated, no «تابع» went on).
    verb_words: HashSet<String>,
    /// The entity ids of outlets (وكالة الأناضول): named alone (الأناضول)
    /// they still pass on what others say and do no deed. See
    /// [`ClaimsLexicon::know_outlets`].
    pub(crate) outlets: FxHashSet<String>,
    /// Which lexicon a thread's word cache belongs to (a new one for each
    /// change of the words).
    id: u64,
}

impl Clone for ClaimsLexicon {
    fn clone(&self) -> ClaimsLexicon {
        ClaimsLexicon {
            phrases: self.phrases.clone(),
            states: self.states.clone(),
            referred: self.referred.clone(),
            verb_words: self.verb_words.clone(),
            outlets: self.outlets.clone(),
            id: next_id(),
        }
    }
}

/// The index of entity `id` in `ids` (a table's list of the entities its
/// words stand for), added at the end when new.
fn entity_index(ids: &mut Vec<String>, id: &str, name: &str, table: &str) -> Result<u16, ClaimsLexiconError> {
    let known = ids.iter().position(|s| s == id);
    let index = u16::try_from(known.unwrap_or(ids.len())).map_err(|_| ClaimsLexiconError::Format {
        name: name.to_string(),
        message: format!("[{table}.{id}]: more entities than a lexicon holds ({})", u16::MAX),
    })?;
    if id.trim().is_empty() || id.chars().any(char::is_whitespace) {
        return Err(ClaimsLexiconError::Format { name: name.to_string(), message: format!("[{table}.{id:?}]: not an entity id") });
    }
    if known.is_none() {
        ids.push(id.to_string());
    }
    Ok(index)
}

/// Lexicon ids, for the thread caches.
static NEXT_LEXICON: AtomicU64 = AtomicU64::new(1);

fn next_id() -> u64 {
    NEXT_LEXICON.fetch_add(1, Ordering::Relaxed)
}

/// The words one thread has met lately, for one lexicon: by a word's
/// normalized form, the nodes of the phrases its readings begin (none for
/// most words), so that a common word is read apart (proclitics, article)
/// once rather than at each use. A direct-mapped table of [`SLOTS`] lines
/// of one cache line each: a word found in its slot costs one hash and one
/// memory line, and the table stays small enough (256 KB) to live in the
/// processor's cache beside the other stages' data, where a map of every
/// word met grew to megabytes and each look-up missed it. A word evicts
/// whatever held its slot; one too long for a slot, or beginning more
/// phrases than a slot holds, is read apart each time.
struct FirstWords {
    owner: u64,
    slots: Box<[Slot]>,
}

/// Slots of the table: a power of two.
const SLOTS: usize = 1 << 12;
/// The longest normalized word a slot keeps (15 Arabic letters).
const KEY_BYTES: usize = 30;
/// The most phrase nodes a slot keeps for one word.
const NODES_KEPT: usize = 4;

/// One word's readings: 64 bytes.
#[derive(Clone, Copy)]
struct Slot {
    /// The length of `key` in use; 0 for an empty slot (no word is empty).
    len: u8,
    key: [u8; KEY_BYTES],
    nodes: [Option<Node>; NODES_KEPT],
}

const EMPTY_SLOT: Slot = Slot { len: 0, key: [0; KEY_BYTES], nodes: [None; NODES_KEPT] };

impl Default for FirstWords {
    fn default() -> FirstWords {
        FirstWords { owner: 0, slots: vec![EMPTY_SLOT; SLOTS].into_boxed_slice() }
    }
}

/// The slot of a word: the top bits of its Fx hash.
fn slot_of(word: &str) -> usize {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(word.as_bytes());
    (hasher.finish() >> (64 - SLOTS.trailing_zeros())) as usize
}

thread_local! {
    static FIRST_WORDS: RefCell<FirstWords> = RefCell::new(FirstWords::default());
}

impl Default for ClaimsLexicon {
    /// The shipped lexicon.
    fn default() -> ClaimsLexicon {
        let mut lexicon = ClaimsLexicon {
            phrases: PhraseTable::default(),
            states: Vec::new(),
            referred: Vec::new(),
            verb_words: HashSet::new(),
            outlets: FxHashSet::default(),
            id: next_id(),
        };
        // The shipped file is tested; failing here would be a build defect.
        lexicon.extend_from_toml("claims.toml", DEFAULT_CLAIMS_LEXICON).expect("the shipped claim lexicon is valid");
        lexicon
    }
}

impl ClaimsLexicon {
    /// Adds the words of a TOML file with the tables of `data/claims.toml`
    /// (any of them); `name` names it in errors.
    pub fn extend_from_toml(&mut self, name: &str, toml_text: &str) -> Result<(), ClaimsLexiconError> {
        let raw: RawLexicon =
            toml::from_str(toml_text).map_err(|e| ClaimsLexiconError::Format { name: name.to_string(), message: e.to_string() })?;
        let mut tables: Vec<(String, Words, Cue)> = vec![
            ("speech".into(), raw.speech, Cue::Speech),
            ("continuing".into(), raw.continuing, Cue::Continuing),
            ("passive".into(), raw.passive, Cue::Passive),
            ("unnamed_doer".into(), raw.unnamed_doer, Cue::UnnamedDoer),
            ("source".into(), raw.source, Cue::Source),
            ("relay".into(), raw.relay, Cue::Relay),
            ("statement".into(), raw.statement, Cue::Statement),
            ("spokesperson".into(), raw.spokesperson, Cue::Spokesperson),
            ("office".into(), raw.office, Cue::Office),
            ("unnamed".into(), raw.unnamed, Cue::Unnamed),
            ("background".into(), raw.background, Cue::Background),
            ("own_reporter".into(), raw.own_reporter, Cue::OwnReporter),
            ("correspondent".into(), raw.correspondent, Cue::Correspondent),
            ("pronoun".into(), raw.pronoun, Cue::Pronoun),
            ("role".into(), raw.role, Cue::Role),
            ("cause".into(), raw.cause, Cue::Cause),
            ("holder".into(), raw.holder, Cue::Holder),
            ("own".into(), raw.own, Cue::Own),
            ("loss".into(), raw.loss, Cue::Loss),
            ("strikes".into(), raw.strikes, Cue::Strikes),
            ("of_them".into(), raw.of_them, Cue::OfThem),
            ("list".into(), raw.list, Cue::List),
            ("attack".into(), raw.attack, Cue::Attack),
            ("anaphor".into(), raw.anaphor, Cue::Anaphor),
            ("latter".into(), raw.latter, Cue::Latter),
            ("described_body".into(), raw.described_body, Cue::DescribedBody),
            ("population".into(), raw.population, Cue::Population),
            ("target".into(), raw.target, Cue::Target),
            ("continues".into(), raw.continues, Cue::Continues),
            ("demonstrative".into(), raw.demonstrative, Cue::Demonstrative),
            ("most_of_them".into(), raw.most_of_them, Cue::MostOfThem),
            ("fronted".into(), raw.fronted, Cue::Fronted),
            ("event".into(), raw.event, Cue::Event),
            ("confinement".into(), raw.confinement, Cue::Confinement),
            ("keepers".into(), raw.keepers, Cue::Keeper),
            ("dying".into(), raw.dying, Cue::Dying),
            ("contains".into(), raw.contains, Cue::Contains),
            ("restates".into(), raw.restates, Cue::Restates),
            ("civil_process".into(), raw.civil_process, Cue::CivilProcess),
            ("agent".into(), raw.agent, Cue::Agent),
            ("between".into(), raw.between, Cue::Between),
            ("people".into(), raw.people, Cue::People),
            ("finding".into(), raw.finding, Cue::Finding),
            ("speech_noun".into(), raw.speech_noun, Cue::SpeechNoun),
            ("alias".into(), raw.alias, Cue::Alias),
            ("leaving".into(), raw.leaving, Cue::Leaving),
            ("direction".into(), raw.direction, Cue::Direction),
            ("reaching".into(), raw.reaching, Cue::Reaching),
            ("contrast".into(), raw.contrast, Cue::Contrast),
            ("own_country".into(), raw.own_country, Cue::OwnCountry),
            ("land".into(), raw.land, Cue::Land),
            ("things".into(), raw.things, Cue::Thing),
            ("means".into(), raw.means, Cue::Means),
            ("sites".into(), raw.sites, Cue::Site),
            ("wanted".into(), raw.wanted, Cue::Wanted),
            ("qualifiers".into(), raw.qualifiers, Cue::Qualifier),
            ("own_of_speaker".into(), raw.own_of_speaker, Cue::OwnOfSpeaker),
            ("sentence".into(), raw.sentence, Cue::Sentence),
            ("monitors".into(), raw.monitors, Cue::Monitor),
            ("relief".into(), raw.relief, Cue::Relief),
            ("carried_out".into(), raw.carried_out, Cue::CarriedOut),
            ("laid".into(), raw.laid, Cue::Laid),
            ("suffering".into(), raw.suffering, Cue::Suffering),
            ("taken_back".into(), raw.taken_back, Cue::TakenBack),
            ("handed_over".into(), raw.handed_over, Cue::HandedOver),
            ("nationals".into(), raw.nationals, Cue::Nationals),
            ("responsibility".into(), raw.responsibility, Cue::Responsibility),
            ("claiming".into(), raw.claiming, Cue::Claiming),
            ("time_words".into(), raw.time_words, Cue::TimeWord),
            ("reference".into(), raw.reference, Cue::Reference),
            ("head".into(), raw.head, Cue::Head),
            ("media".into(), raw.media, Cue::Media),
            ("media_adjective".into(), raw.media_adjective, Cue::MediaAdjective),
            ("against".into(), raw.against, Cue::Against),
            ("countries".into(), raw.countries, Cue::Countries),
            ("total".into(), raw.total, Cue::Total),
            ("state_bodies".into(), raw.state_bodies, Cue::StateBody),
        ];
        for (label, words) in raw.actions {
            let action = Action::parse(&label).ok_or_else(|| ClaimsLexiconError::Format {
                name: name.to_string(),
                message: format!("[actions.{label}]: no such action (the labels of docs/CLAIMS.md)"),
            })?;
            tables.push((format!("actions.{label}"), words, Cue::Action(action)));
        }
        for (id, words) in raw.states {
            let index = entity_index(&mut self.states, &id, name, "states")?;
            tables.push((format!("states.{id}"), words, Cue::State(index)));
        }
        for (id, words) in raw.reference_defaults {
            let index = entity_index(&mut self.referred, &id, name, "reference_defaults")?;
            tables.push((format!("reference_defaults.{id}"), words, Cue::ReferenceTo(index)));
        }
        self.id = next_id();
        for (table, words, cue) in tables {
            // A verb with no forms (an empty one) goes in as written, to be
            // refused like an empty word.
            let verbs: Vec<String> = words
                .verbs
                .iter()
                .flat_map(|verb| Some(verb_forms(verb)).filter(|f| !f.is_empty()).unwrap_or_else(|| vec![verb.clone()]))
                .collect();
            // Verbs of speech only: a verb of a deed often has a noun of the
            // same letters (بقتل: by killing).
            if cue == Cue::Speech {
                for verb in verbs.iter().chain(&words.words) {
                    if let Some(first) = self.phrases.words(verb).into_iter().next() {
                        self.verb_words.insert(first);
                    }
                }
            }
            for word in words.words.into_iter().chain(verbs) {
                self.phrases.insert(&word, cue).map_err(|e| ClaimsLexiconError::Word {
                    name: name.to_string(),
                    table: table.clone(),
                    word: word.clone(),
                    message: e.to_string(),
                })?;
            }
        }
        Ok(())
    }

    /// Learns which entities are outlets: of `(id, usual name)` pairs,
    /// those whose usual name opens with a word of `[media]` (وكالة
    /// الأناضول، قناة العربية). A text that names one alone (بحسب
    /// الأناضول) then reads it as the outlet it is.
    ///
    /// ```
    /// let mut lexicon = khabar_claims::ClaimsLexicon::default();
    /// lexicon.know_outlets([("anadolu", "وكالة الأناضول"), ("sdf", "قوات سوريا الديمقراطية")]);
    /// assert!(lexicon.is_outlet("anadolu"));
    /// assert!(!lexicon.is_outlet("sdf"));
    /// ```
    pub fn know_outlets<'e>(&mut self, entities: impl IntoIterator<Item = (&'e str, &'e str)>) {
        let tokenizer = khabar_tokenize::Tokenizer::default();
        for (id, name) in entities {
            let tokens = tokenizer.tokenize(name);
            let (Some(matcher), Some(first)) = (self.matcher(&tokens), tokens.get(0)) else { continue };
            let mut media = false;
            for node in self.first_nodes(&matcher, &first) {
                matcher.each_phrase_from(node, 1, &mut |_, cues| media |= cues.contains(&Cue::Media));
            }
            if media {
                self.outlets.insert(id.to_string());
            }
        }
    }

    /// Entity `id` is an outlet [`ClaimsLexicon::know_outlets`] learnt.
    pub fn is_outlet(&self, id: &str) -> bool {
        self.outlets.contains(id)
    }

    /// A matcher over `tokens`, or `None` when they were normalized
    /// otherwise than this lexicon's keys.
    pub(crate) fn matcher<'s, 'd, 't>(&'s self, tokens: &'d Tokens<'t>) -> Option<Matcher<'s, 'd, 't, Cue>> {
        self.phrases.matcher(tokens).ok()
    }

    /// The nodes after the first word of every phrase a reading of `token`
    /// begins, worked out anew (what [`ClaimsLexicon::first_words`] keeps).
    fn first_nodes(&self, matcher: &Matcher<'_, '_, '_, Cue>, token: &Token<'_>) -> Vec<Node> {
        let mut nodes: Vec<Node> = Vec::new();
        let mut buf = String::new();
        let text = matcher.tokens().text();
        for split in token.splits() {
            // ستعود، سيعلن: the future's «س» on a verb of the present.
            let future = split.stem_norm.strip_prefix('س').filter(|v| v.starts_with(['ي', 'ت', 'ن']) && v.chars().count() >= 3);
            // بحذر، بنقل: after a glued preposition a verb's form is a noun.
            let preposition = split.prefix.slice(text).trim_start_matches(['و', 'ف']).starts_with(['ب', 'ل', 'ك']);
            // التابع، التابعة: a verb takes no article; the word is an
            // adjective (affiliated), no «تابع» (went on to say).
            let noun = preposition || split.has_article();
            let keys = [Some(split.stem_norm), Some(split.without_article()), Some(split.dictionary_form(&mut buf)), future];
            for key in keys.into_iter().flatten().filter(|k| !(noun && self.verb_words.contains(*k))) {
                if let Some(node) = matcher.first(key).filter(|n| !nodes.contains(n)) {
                    nodes.push(node);
                }
            }
        }
        nodes
    }

    /// Calls `each` with the node after the first word of every phrase
    /// that a reading of `token` begins (its whole form, without proclitics,
    /// without the article).
    pub(crate) fn first_words(&self, matcher: &Matcher<'_, '_, '_, Cue>, token: &Token<'_>, each: &mut impl FnMut(Node)) {
        let word = token.norm;
        if word.is_empty() || word.len() > KEY_BYTES {
            self.first_nodes(matcher, token).into_iter().for_each(&mut *each);
            return;
        }
        FIRST_WORDS.with(|cell| {
            let Ok(mut cache) = cell.try_borrow_mut() else {
                // Only re-entry could find the cache borrowed.
                self.first_nodes(matcher, token).into_iter().for_each(&mut *each);
                return;
            };
            if cache.owner != self.id {
                cache.slots.fill(EMPTY_SLOT);
                cache.owner = self.id;
            }
            let Some(slot) = cache.slots.get_mut(slot_of(word)) else { return };
            if slot.key.get(..usize::from(slot.len)) == Some(word.as_bytes()) {
                slot.nodes.iter().map_while(|n| *n).for_each(&mut *each);
                return;
            }
            let nodes = self.first_nodes(matcher, token);
            nodes.iter().copied().for_each(&mut *each);
            if nodes.len() <= NODES_KEPT {
                // A word fits: its length was checked above.
                slot.len = word.len() as u8;
                slot.key[..word.len()].copy_from_slice(word.as_bytes());
                slot.nodes = [None; NODES_KEPT];
                for (kept, node) in slot.nodes.iter_mut().zip(nodes) {
                    *kept = Some(node);
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use khabar_tokenize::Tokenizer;

    /// The nodes `first_words` gives for each token of `text`.
    fn cached(lexicon: &ClaimsLexicon, text: &str) -> Vec<Vec<Node>> {
        let tokens = Tokenizer::default().tokenize(text);
        let matcher = lexicon.matcher(&tokens).expect("the tokenizer's normalization");
        (0..tokens.len())
            .filter_map(|i| tokens.get(i))
            .map(|token| {
                let mut nodes = Vec::new();
                lexicon.first_words(&matcher, &token, &mut |n| nodes.push(n));
                nodes
            })
            .collect()
    }

    /// The same, worked out without the cache.
    fn uncached(lexicon: &ClaimsLexicon, text: &str) -> Vec<Vec<Node>> {
        let tokens = Tokenizer::default().tokenize(text);
        let matcher = lexicon.matcher(&tokens).expect("the tokenizer's normalization");
        (0..tokens.len()).filter_map(|i| tokens.get(i)).map(|token| lexicon.first_nodes(&matcher, &token)).collect()
    }

    /// The word cache answers as the words' readings do: the first time, from
    /// the cache, after thousands of other words have evicted them, for words
    /// too long for a slot, and for a second lexicon on the same thread.
    #[test]
    fn cached_first_words_are_the_readings_first_words() {
        let lexicon = ClaimsLexicon::default();
        let text = "وقال المتحدث باسم التحالف إن الغارات قتلت 20 عنصرا، وأضافت مصادر محلية أن \
                    الاستخباراتيةوالعسكريةالمشتركة أعلنت بحسب بيان للتحالف.";
        let expected = uncached(&lexicon, text);
        assert!(expected.iter().filter(|nodes| !nodes.is_empty()).count() >= 5, "the text holds cue words: {expected:?}");
        assert_eq!(cached(&lexicon, text), expected, "first look");
        assert_eq!(cached(&lexicon, text), expected, "from the cache");
        // Words of every length the cue words have, from letters none of
        // them starts with: each slot ends up held by another word.
        let letters: Vec<char> = "ثجخزشضظغ".chars().collect();
        let crowd: String = (0..20_000usize)
            .map(|k| {
                let len = 2 + k % 7;
                let word: String = (0..len).map(|j| letters[(k >> (j * 3)) % letters.len()]).collect();
                word + " "
            })
            .collect();
        let _ = cached(&lexicon, &crowd);
        assert_eq!(cached(&lexicon, text), expected, "after evictions");
        let mut other = ClaimsLexicon::default();
        other.extend_from_toml("extra.toml", "[speech]\nwords = [\"غرد\"]\n").expect("a valid table");
        let with_extra = "غرد التحالف";
        assert_eq!(cached(&other, with_extra), uncached(&other, with_extra));
        assert!(!cached(&other, with_extra)[0].is_empty(), "the added word starts a phrase");
        assert_eq!(cached(&lexicon, text), expected, "back to the first lexicon");
    }

    /// A state's adjectives are keyed by an entity id: one with spaces is
    /// refused with the file's name; a file adding words to a state the
    /// lexicon knows adds to it.
    #[test]
    fn states_are_keyed_by_entity_ids() {
        let mut lexicon = ClaimsLexicon::default();
        let err = lexicon.extend_from_toml("mine.toml", "[states.\"the us\"]\nwords = [\"يانكي\"]\n").unwrap_err();
        assert!(err.to_string().starts_with("mine.toml: [states.\"the us\"]"), "{err}");
        let known = lexicon.states.len();
        lexicon.extend_from_toml("mine.toml", "[states.usa]\nwords = [\"يانكي\"]\n").expect("a valid table");
        assert_eq!(lexicon.states.len(), known, "usa was known");
        lexicon.extend_from_toml("mine.toml", "[states.malaysia]\nwords = [\"الماليزية\"]\n").expect("a valid table");
        assert_eq!(lexicon.states.last().map(String::as_str), Some("malaysia"));
    }
}
