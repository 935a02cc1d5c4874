//! Joining the statistical model's names to the gazetteer's mentions.
//!
//! The gazetteer's mentions stand (the actors it knows keep their
//! precision); the model adds the names where the gazetteer found nothing.
//! Where the model reads an organization around a place the gazetteer
//! found (جامعة الموصل، إذاعة دمشق), the organization is the one mention:
//! outermost wins, and an institution's head before a place the gazetteer
//! knows makes the same one organization (إذاعة دمشق، مجلس محافظة نينوى).
//! A news outlet's name closed by its kind (شبكة شام الإخبارية، بلدي نيوز)
//! is one organization too, and a person named after a role and its body
//! (محافظ الأنبار علي فرحان) is found where the model missed him.
//! A later short form of a new person's name (a surname alone) names the
//! same person as the full name before it, and a body named later by the
//! first words of its name (وزارة الدفاع after «وزارة الدفاع التركية») the
//! same body.

use crate::gazetteer::EntityType;
use crate::model::features::{Lexicons, Triggers};
use crate::model::{Found, Recognizer};
use crate::tagger::{EntityRef, Mention};
use khabar_tokenize::{normalize, NormalizeConfig, Span, TokenKind, TokenRange, Tokens};
use rustc_hash::FxHashMap;

/// The most words a name found may have for a particle at its end to draw
/// in the word after it: longer runs are no names.
const MAX_PARTICLES: usize = 5;

/// The most words between a person's name and the other name given after
/// it (الملقب باسم «…»).
const NICKNAME_WORDS: usize = 4;

/// The mentions of `known` (the gazetteer's, in text order) with the
/// model's `found` names added.
pub(crate) fn merge(
    known: Vec<Mention>,
    declined: &[TokenRange],
    found: Vec<Found>,
    tokens: &Tokens<'_>,
    model: &Recognizer,
) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(known.len() + found.len());
    // The gazetteer's mentions not placed yet start at `next`.
    let mut next = 0;
    let mut found = found.into_iter().peekable();
    while let Some(f) = found.next() {
        let Some((mut start, mut end)) = trimmed(f, tokens) else { continue };
        if end - start == 1 && (accusative_adjective(tokens, start) || owned_by_pronoun(tokens, start)) {
            continue;
        }
        // Where the next name found starts: no name grows into it.
        let next_found = found.peek().map_or(tokens.len(), |n| n.start);
        let lex = model.lexicons();
        let mut kind = f.kind;
        // منطقة البو فراج: a name found ending in a word that never closes
        // one goes on to the word after it.
        while end < next_found
            && end - start <= MAX_PARTICLES
            && lex.triggers.name_particles.holds(tokens, end - 1)
            && tokens.kind(end) == Some(TokenKind::Arabic)
            && !lex.triggers.name_ends.holds(tokens, end)
        {
            end += 1;
        }
        // منظمة بتريكور لحقوق الإنسان: what an organization works for,
        // glued to «ل» right after its name, closes the name.
        let rights_after = |e: usize| {
            tokens.span(e).is_some_and(|w| w.slice(tokens.text()) == "لحقوق")
                && tokens.norm(e + 1) == Some("الانسان")
                && !tokens.line_break_before(e)
        };
        if kind == EntityType::Organization && end + 2 <= next_found && rights_after(end) {
            end += 2;
        }
        // جاسم محمد قوله، الحشد يلاحقان: a word that follows a name (قوله،
        // إن، a headline's verb) is no part of it.
        while end - start > 1 && lex.triggers.name_ends.holds(tokens, end - 1) {
            end -= 1;
        }
        // إبراهيم بارام والرائد إسماعيل، محمد سمين وأبو علي: «و» and a
        // rank or a particle inside a person's name open the next person;
        // the name ends before them.
        if kind == EntityType::Person {
            if let Some(cut) = (start + 1..end).find(|&i| opens_the_next_person(tokens, i, &lex.triggers)) {
                end = cut;
            }
        }
        // الفريق الركن عبد الأمير: a rank (and «الركن», of the staff) opens
        // no person's name; nor does the state's adjective of the body
        // before it (باسم الرئاسة الأميركية هوغان جيدلي), nor a title's
        // (المتحدث السابق محمد العدناني).
        while kind == EntityType::Person && end - start > 1 && opens_no_name(&lex.triggers, tokens, start) {
            start += 1;
        }
        // علي عباس: the given name written with yeh is no preposition
        // (على), though the two are one word once normalized.
        if kind == EntityType::Person
            && start > 0
            && !tokens.line_break_before(start)
            && tokens.span(start - 1).is_some_and(|w| w.slice(tokens.text()) == "علي")
        {
            start -= 1;
        }
        // برزان حسين علي، الذي: so is it closing the name before a stop or a
        // comma, where a preposition never stands.
        let closed_after =
            |i: usize| i + 1 >= tokens.len() || tokens.line_break_before(i + 1) || tokens.kind(i + 1) == Some(TokenKind::Punct);
        if kind == EntityType::Person
            && end < next_found
            && !tokens.line_break_before(end)
            && tokens.span(end).is_some_and(|w| w.slice(tokens.text()) == "علي")
            && closed_after(end)
        {
            end += 1;
        }
        // The Arabic word `p` on the line of the word after it, in no name
        // placed yet.
        let free_before = |p: usize| {
            !tokens.line_break_before(p + 1)
                && tokens.kind(p) == Some(TokenKind::Arabic)
                && out.last().is_none_or(|m: &Mention| m.tokens.end <= p)
        };
        // استهدفت أبا يوسف، عن أبي محمد: a person's name found after the
        // «father of» or «son of» that opens it, in a case the model read
        // less often than «أبو», opens with that word.
        if kind == EntityType::Person
            && start > 0
            && free_before(start - 1)
            && matches!(tokens.norm(start - 1), Some("ابو" | "ابا" | "ابي" | "ام" | "ابن" | "بن" | "بنت"))
        {
            start -= 1;
        }
        // سعد حميد الدليمي: a given name right before a new person's name
        // of two words or more is its first word (the model often leaves
        // out the first of three).
        // Not «على» (القضاء على أبو سياف), one with «علي» once normalized.
        let given_before = start > 0
            && free_before(start - 1)
            && tokens.norm(start - 1).is_some_and(|w| lex.triggers.given_names.contains(w))
            && tokens.span(start - 1).is_some_and(|w| !w.slice(tokens.text()).ends_with('ى'));
        if kind == EntityType::Person && end - start >= 2 && given_before {
            start -= 1;
        }
        // أبو سعد العراقي، أبو هاجر المصري: a kunya is most often followed
        // by the nisba that completes the nom de guerre; the model, reading
        // a state's adjective, stops before it.
        if kind == EntityType::Person
            && end - start == 2
            && end < next_found
            && matches!(tokens.norm(start), Some("ابو" | "ام"))
            && definite_nisba_at(tokens, end, lex)
            && !known.iter().any(|k| k.tokens.start <= end && end < k.tokens.end)
        {
            end += 1;
        }
        // القيادي عبد الرحمن حميد الخاير: a person's name found right
        // after «عبد» and the name of God it joins opens with them.
        if kind == EntityType::Person
            && start >= 2
            && free_before(start - 2)
            && tokens.norm(start - 2) == Some("عبد")
            && tokens.norm(start - 1).is_some_and(|w| w.starts_with("ال"))
        {
            start -= 2;
        }
        // القيادة العسكرية الأميركية للشرق الأوسط، الأمن الوطني العراقي:
        // an organization found opening with an adjective after a noun
        // with the article (a body's head, or a plain noun no trigger)
        // opens with the noun; the adjective alone names nothing (a
        // state's force or body so named is no name: الجيش العربي السوري).
        let head_noun = |w: &str| {
            w.starts_with("ال") && (lex.triggers.is_body_by_kind(w) || (!is_nisba(w, &NISBA_ENDINGS) && !lex.triggers.contains(w)))
        };
        if kind == EntityType::Organization
            && start > 0
            && free_before(start - 1)
            && tokens.norm(start).is_some_and(|w| w.starts_with("ال") && is_nisba(w, &NISBA_ENDINGS[..2]))
            && tokens.norm(start - 1).is_some_and(head_noun)
            && !lex.triggers.descriptive_heads.holds(tokens, start - 1)
        {
            start -= 1;
        }
        // في قرية «أبو الحسن»، بلدة أبو حمام: the name after a generic
        // place word is a place's, «أبو» or «أم» included.
        if let Some(named) = named_place(tokens, start, lex) {
            (start, kind) = (named, EntityType::Location);
        }
        // وادي الشاي، نهر الخابور: a land's feature is named with its head.
        if kind == EntityType::Location && start > 0 && free_before(start - 1) && feature_head_at(tokens, start - 1, lex) {
            start -= 1;
        }
        // قيادة شرطة نينوى: a body's head right before an institution the
        // model read with its place opens the name.
        if kind == EntityType::Organization
            && start > 0
            && free_before(start - 1)
            && indefinite_body_head(tokens, start - 1, lex)
            && (lex.triggers.institutions.holds(tokens, start) || lex.triggers.command_heads.holds(tokens, start))
        {
            start -= 1;
        }
        // مجلة نيوزويك الأمريكية: an outlet's own name after its kind ends
        // before the adjective of its country.
        if kind == EntityType::Organization && outlet_named_at(tokens, start, lex) {
            while end - start > 1 && lex.triggers.state_adjectives.holds(tokens, end - 1) {
                end -= 1;
            }
        }
        // بولتيك بريس، شام نيوز: a name closed by a brand's kind is an
        // outlet, whatever type the model gave it.
        if end - start > 1 && lex.triggers.brand_ends.holds(tokens, end - 1) {
            kind = EntityType::Organization;
        }
        // صراحة نيوز: a brand's word found alone closes the name of the word
        // written right before it, on its line and in no other name.
        let word_before = start.checked_sub(1).filter(|&p| free_before(p) && tokens.norm(p).is_some_and(|w| w.chars().count() >= 3));
        if let Some(p) = word_before.filter(|_| end - start == 1 && lex.triggers.brand_ends.holds(tokens, start)) {
            (start, kind) = (p, EntityType::Organization);
        }
        // An alias the gazetteer's rules declined here (a surname with no
        // full name or title to link it) is no new entity either; nor are
        // words that only announce a name (منطقة، الرئيس), nor a group of
        // people named by what they are (المسيحيين، الأكراد), nor a month
        // or weekday.
        // مسؤولان إيرانيان، مصدر أمني: a group and its adjectives (nisba).
        let adjective = |i: usize| tokens.norm(i).is_some_and(|w| is_nisba(w, &NISBA_ENDINGS));
        let group =
            lex.triggers.groups.holds(tokens, start) && (start + 1..end).all(|i| lex.triggers.groups.holds(tokens, i) || adjective(i));
        // منهم سوريين، عراقيون: people named by their nation, no name.
        let nation = end - start == 1 && lex.triggers.state_adjectives.holds_plural_of(tokens, start);
        // اللواء عملية أمنية: the brigade and what it did, no officer named.
        // وأدى الهجوم إلى: no place ends with a deed of forces, with its
        // article.
        let deed = (kind == EntityType::Person && lex.triggers.deeds.holds(tokens, start))
            || (kind == EntityType::Location && tokens.is_definite(end - 1) && lex.triggers.deeds.holds(tokens, end - 1));
        // وباء كورونا: an illness, no name.
        let illness =
            lex.triggers.illnesses.holds(tokens, start) || start.checked_sub(1).is_some_and(|p| lex.triggers.illnesses.holds(tokens, p));
        // مارس (آذار): a month, no name.
        let calendar = (start..end).all(|i| lex.triggers.calendar.holds(tokens, i));
        // الاعتداء الإرهابي الجبان: a word of blame, no name.
        let epithet = (start..end).all(|i| lex.triggers.epithets.holds(tokens, i));
        // الحكومة التركية، عملية عسكرية روسية: a description, no name.
        let descriptive = (2..=3).contains(&(end - start))
            && lex.triggers.descriptive_heads.holds(tokens, start)
            && lex.triggers.state_adjectives.holds(tokens, end - 1);
        // الجيش العربي السوري: adjectives alone after such a head, the last
        // of them or the one right after a state's, are the description's,
        // no name of their own.
        let adjectives_of_head = start.checked_sub(1).is_some_and(|p| lex.triggers.descriptive_heads.holds(tokens, p))
            && (start..end).all(adjective)
            && (lex.triggers.state_adjectives.holds(tokens, end - 1) || lex.triggers.state_adjectives.holds(tokens, end));
        // وقالت السفارة، القوات: the head alone, with its article, is the
        // common noun.
        let bare_head = end - start == 1 && tokens.is_definite(start) && lex.triggers.descriptive_heads.holds(tokens, start);
        // أمريكا تشن هجوماً: a word that only follows names (a headline's
        // verb), found alone, names nothing.
        let follower = end - start == 1 && lex.triggers.name_ends.holds(tokens, start);
        // سجن للدواعش، مخيم للنازحين: a noun with no article and the next
        // word glued to «لل» is a phrase of what the place is for, no name.
        let prepositional = end - start == 2
            && !tokens.is_definite(start)
            && tokens.span(start + 1).is_some_and(|w| w.slice(tokens.text()).starts_with("لل"));
        // منطقة جبلية، قرية حدودية، مدينة عراقية؛ شركة إيرانية، صحيفة
        // بريطانية: an adjective with no article right after the word of
        // a place's kind (one of `[place_adjective]` or a state's) or of a
        // body's or outlet's kind (a state's) describes it; it names none.
        let describes_kind = end - start == 1 && start > 0 && !tokens.is_definite(start) && {
            let state = lex.triggers.state_adjectives.holds(tokens, start);
            match kind {
                EntityType::Location => {
                    lex.triggers.place_words.holds(tokens, start - 1) && (state || lex.triggers.place_adjectives.holds(tokens, start))
                }
                EntityType::Organization => {
                    state
                        && (lex.triggers.outlet_heads.holds(tokens, start - 1)
                            || tokens.norm(start - 1).is_some_and(|w| lex.triggers.announces(w, EntityType::Organization)))
                }
                EntityType::Person => false,
            }
        };
        // عددا من العاملين في السجن رهائن: a place word with its article
        // names no place after it (a place's name follows the head without
        // it: سجن غويران); the word after it is the sentence's, unless
        // GeoNames begins a place with it.
        let after_definite_place_word = kind == EntityType::Location
            && end - start == 1
            && start > 0
            && !tokens.line_break_before(start)
            && written_with_article(tokens, start - 1)
            && tokens.get(start - 1).is_some_and(|t| {
                t.splits().any(|sp| sp.has_article() && lex.triggers.announces(sp.without_article(), EntityType::Location))
            })
            && !tokens.is_definite(start)
            && tokens.norm(start).is_some_and(|w| !lex.places.begins_a_place(w));
        if group
            || deed
            || illness
            || nation
            || describes_kind
            || after_definite_place_word
            || calendar
            || epithet
            || descriptive
            || adjectives_of_head
            || bare_head
            || follower
            || prepositional
            || declined.iter().any(|d| d.start <= start && end <= d.end)
            || only_triggers(tokens, start, end, lex)
        {
            continue;
        }
        // The gazetteer's mentions before this name go first.
        while let Some(k) = known.get(next).filter(|k| k.tokens.end <= start) {
            out.push(*k);
            next += 1;
        }
        let inside = &known[next..next + known[next..].iter().take_while(|k| k.tokens.start < end).count()];
        let wraps_places = kind == EntityType::Organization
            && !inside.is_empty()
            && inside
                .iter()
                .all(|k| k.kind == EntityType::Location && start <= k.tokens.start && k.tokens.end <= end && k.tokens.len() < end - start);
        if !inside.is_empty() && !wraps_places {
            // The gazetteer's reading of these tokens stands.
            continue;
        }
        next += inside.len();
        let Some(span) = name_span(tokens, start, end, model) else { continue };
        out.push(Mention { span, tokens: TokenRange::new(start, end), entity: EntityRef::New { name: span }, kind, by_context: false });
    }
    out.extend_from_slice(&known[next..]);
    let out = take_adjectives(wrap_places(out, tokens, model), tokens, model);
    let named = places_in_full(named_by_context(out, tokens, model), tokens, model);
    let people = without_openers(named, tokens, model);
    let out = link_surnames(join_split_people(people, tokens, model), tokens);
    let bodies = link_short_bodies(one_type_per_name(out, tokens, model), tokens);
    link_nicknames(commands_without_head(bodies, tokens, model), tokens, model)
}

/// The most words a place's name found short may grow by.
const PLACE_WORDS_AFTER: usize = 2;

/// A new place the model found short of a name of the place list
/// (`data/places.txt`: معرة of مدينة معرة مصرين، دارة of دارة عزة) goes on
/// to the name's end: the list's names of two words or more, with the
/// words right after it in no other mention and on its line.
fn places_in_full(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let places = &model.lexicons().places;
    for k in 0..mentions.len() {
        let m = mentions[k];
        if m.kind != EntityType::Location || !matches!(m.entity, EntityRef::New { name } if name == m.span) {
            continue;
        }
        let next_start = mentions.get(k + 1).map_or(tokens.len(), |n| n.tokens.start);
        let free = |i: usize| i < next_start && tokens.kind(i) == Some(TokenKind::Arabic) && !tokens.line_break_before(i);
        // The first word as the mention reads it: without a proclitic left
        // out of its span (ودارة).
        let first = tokens.get(m.tokens.start).and_then(|t| t.splits().find(|sp| sp.stem.start == m.span.start).map(|sp| sp.stem_norm));
        let Some(first) = first else { continue };
        let mut name = first.to_string();
        for i in m.tokens.start + 1..m.tokens.end {
            name.push(' ');
            name.push_str(tokens.norm(i).unwrap_or_default());
        }
        let mut longest = None;
        for end in m.tokens.end + 1..=m.tokens.end + PLACE_WORDS_AFTER {
            if !free(end - 1) {
                break;
            }
            name.push(' ');
            name.push_str(tokens.norm(end - 1).unwrap_or_default());
            if places.is_long_name(&name) {
                longest = Some(end);
            }
        }
        if let Some(end) = longest {
            let Some(last) = tokens.span(end - 1) else { continue };
            let span = Span::new(m.span.start, last.end);
            mentions[k] = Mention { span, tokens: TokenRange::new(m.tokens.start, end), entity: EntityRef::New { name: span }, ..m };
        }
    }
    mentions
}

/// A command named without its body's head (وأفادت عمليات كركوك) after
/// the document named it whole (قيادة عمليات كركوك): the command, not the
/// place. Without the whole name before, the words are the operations in
/// the place (عمليات الرقة).
fn commands_without_head(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let lex = model.lexicons();
    let text = tokens.text();
    let config = NormalizeConfig::default();
    // Each command named whole so far: its name from the command word on,
    // normalized, to its mention.
    let mut commands: FxHashMap<String, usize> = FxHashMap::default();
    for k in 0..mentions.len() {
        let m = mentions[k];
        let word = m.tokens.start;
        if m.kind == EntityType::Organization && m.tokens.len() >= 3 && command_word_at(tokens, word + 1, lex) {
            if let Some(rest) = tokens.span(word + 1).map(|w| Span::new(w.start, m.span.end)) {
                commands.insert(normalize(rest.slice(text), &config), k);
            }
            continue;
        }
        // The command word right before this mention, with no article and
        // in no name.
        let Some(h) = word.checked_sub(1) else { continue };
        let free = k == 0 || mentions[k - 1].tokens.end <= h;
        if commands.is_empty()
            || !free
            || tokens.is_definite(h)
            || tokens.line_break_before(word)
            || !lex.triggers.command_heads.holds(tokens, h)
        {
            continue;
        }
        // The command word without a proclitic glued to it (وعمليات).
        let Some(start) = lex.triggers.command_heads.stem_start(tokens, h) else { continue };
        let span = Span::new(start, m.span.end);
        if let Some(&j) = commands.get(&normalize(span.slice(text), &config)) {
            let whole = mentions[j];
            mentions[k] = Mention {
                span,
                tokens: TokenRange::new(h, m.tokens.end),
                entity: whole.entity,
                kind: EntityType::Organization,
                by_context: true,
            };
        }
    }
    mentions
}

/// The passes that name by the words around mentions, with or without
/// names the model found: quoted names, listed places, state bodies,
/// outlets, then people after titles (which may follow any of those).
fn named_by_context(mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let cues = merge_cues(tokens, model);
    let out = featured_places(listed_places(quoted_names(mentions, tokens, model), tokens, model, &cues), tokens, model, &cues);
    let out = named_commands(out, tokens, model, &cues);
    let out = named_factions(out, tokens, model, &cues);
    let out = bodies_in_construct(ministries_named_by_field(out, tokens, model), tokens, model, &cues);
    let mut speech_verbs = Vec::new();
    let out = kunyas(titled_people(wrap_outlets(out, tokens, model, &cues), tokens, model, &mut speech_verbs), tokens, model);
    latin_outlets(spoken_names(out, tokens, model, &speech_verbs), tokens, model)
}

/// The forms of «father of» that open a kunya, a proclitic «و», «ب» or
/// «ل» on them or not (أبو، وأبو، بأبي، لأبي، أبا).
const KUNYA_FORMS: [&str; 8] = ["ابو", "ابي", "ابا", "وابو", "وابي", "وابا", "بابي", "لابي"];

/// قتل أبو خديجة، المعروف بـ أبو يوسف: «father of» and a word that is no
/// trigger, no preposition and no place's, where no mention stands, is a
/// person's kunya (the model reads few of the kunyas news brings); a
/// definite nisba after it completes it (أبو سعد العراقي). Not after a
/// place word (قرية أبو حمام): a place's name.
fn kunyas(mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let lex = model.lexicons();
    let mut added: Vec<Mention> = Vec::new();
    let mut k = 0;
    for i in 0..tokens.len().saturating_sub(1) {
        if !tokens.norm(i).is_some_and(|w| KUNYA_FORMS.contains(&w)) || inside_a_mention(&mentions, &mut k, i) {
            continue;
        }
        let name = i + 1;
        let taken = |j: usize| mentions.get(k).is_some_and(|m| m.tokens.start <= j);
        let Some(word) = tokens.norm(name) else { continue };
        let fits = tokens.kind(name) == Some(TokenKind::Arabic)
            && !tokens.line_break_before(name)
            && !taken(name)
            && !word.starts_with("ال")
            && !lex.triggers.contains(word)
            && !lex.triggers.name_ends.holds(tokens, name)
            && !lex.places.begins_a_place(word)
            && !has_tanween(tokens, name)
            && named_place(tokens, name, lex).is_none()
            && i.checked_sub(1).is_none_or(|p| !lex.triggers.place_words.holds(tokens, p));
        if !fits {
            continue;
        }
        let nisba = name + 1;
        let with_nisba = nisba < tokens.len() && !taken(nisba) && definite_nisba_at(tokens, nisba, lex);
        let end = nisba + usize::from(with_nisba);
        let Some(span) = name_span(tokens, i, end, model) else { continue };
        added.push(new_person_mention(span, TokenRange::new(i, end)));
    }
    with_added(mentions, added)
}

/// The name starting at token `start` follows the head of an outlet's name
/// with no article of its own (مجلة نيوزويك): the outlet's own name, which
/// takes no adjective of its country.
fn outlet_named_at(tokens: &Tokens<'_>, start: usize, lex: &Lexicons) -> bool {
    start.checked_sub(1).is_some_and(|p| lex.triggers.outlet_heads.holds(tokens, p)) && !tokens.is_definite(start)
}

/// أبو إبراهيم القرشي الملقب بعبد الله قرداش: a new name right after a word
/// that gives a person's other name (الملقب، المكنى، المعروف باسم), right
/// after the person's name, is that person.
fn link_nicknames(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let nicknames = &model.lexicons().triggers.nicknames;
    for k in 1..mentions.len() {
        let (person, other) = (mentions[k - 1], mentions[k]);
        if person.kind != EntityType::Person || !matches!(other.entity, EntityRef::New { .. }) {
            continue;
        }
        // The word of naming, and only a lone «ب» or «باسم», a comma or
        // quotes with it.
        let between = person.tokens.end..other.tokens.start;
        let filler = |i: usize| tokens.kind(i) == Some(TokenKind::Punct) || matches!(tokens.norm(i), Some("ب" | "باسم"));
        let naming = between.clone().filter(|&i| nicknames.holds(tokens, i)).count();
        if between.len() <= NICKNAME_WORDS && naming >= 1 && between.clone().all(|i| nicknames.holds(tokens, i) || filler(i)) {
            mentions[k].entity = person.entity;
            mentions[k].kind = EntityType::Person;
            mentions[k].by_context = true;
        }
    }
    mentions
}

/// A rank, «الركن» or a state's adjective opening a new person's name
/// (الأميركية هوغان جيدلي, the adjective of the body before) is no part of
/// it, however the name was found.
fn without_openers(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let lex = &model.lexicons().triggers;
    for m in &mut mentions {
        let whole_new_person = m.kind == EntityType::Person && matches!(m.entity, EntityRef::New { name } if name == m.span);
        if !whole_new_person {
            continue;
        }
        let mut start = m.tokens.start;
        while m.tokens.end - start > 1 && opens_no_name(lex, tokens, start) {
            start += 1;
        }
        if let (true, Some(first)) = (start > m.tokens.start, tokens.span(start)) {
            let span = Span::new(first.start, m.span.end);
            *m = Mention { span, tokens: TokenRange::new(start, m.tokens.end), entity: EntityRef::New { name: span }, ..*m };
        }
    }
    mentions
}

/// «الركن» (of the staff) or «أول» (first: الفريق أول، الملازم أول) after
/// a rank: still the rank.
fn is_staff_word(tokens: &Tokens<'_>, i: usize) -> bool {
    matches!(tokens.norm(i), Some("الركن" | "ركن" | "اول"))
}

/// Token `i` is a rank, «الركن», a state's adjective or a title's (السابق،
/// الجديد): a word that may stand before a person's name and is never its
/// first word.
fn opens_no_name(lex: &Triggers, tokens: &Tokens<'_>, i: usize) -> bool {
    lex.ranks.holds(tokens, i) || is_staff_word(tokens, i) || lex.state_adjectives.holds(tokens, i) || lex.title_adjectives.holds(tokens, i)
}

/// Two new people the model found side by side, with nothing between them
/// on one line (عبد الأمير | رشيد يارالله), are one person: names in a row
/// are set apart by «و» or a comma. A person's name followed by the word
/// «الله» ends with it, and a given name alone with a word the model never
/// saw after it, set off by a comma (قال رياض درار، الرئيس المشترك), ends
/// with that word: the family name.
fn join_split_people(mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let new_person = |m: &Mention| m.kind == EntityType::Person && matches!(m.entity, EntityRef::New { name } if name == m.span);
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    // عطا | الله: a name's last word «الله» (نصر الله، خير الله) left
    // out by the model is the name's.
    // Not when a mention of its own starts at that word.
    let allah_after = |m: &Mention, next: Option<&Mention>| {
        let after = m.tokens.end;
        !tokens.line_break_before(after)
            && !tokens.gap_before(after).is_empty()
            && tokens.span(after).is_some_and(|t| t.slice(tokens.text()) == "الله")
            && next.is_none_or(|n| n.tokens.start > after)
    };
    let family_name_after = |m: &Mention, next: Option<&Mention>| {
        let after = m.tokens.end;
        m.tokens.len() == 1
            && tokens.kind(after) == Some(TokenKind::Arabic)
            && !tokens.line_break_before(after)
            && is_quote(tokens, after + 1, &["،", ","])
            && next.is_none_or(|n| n.tokens.start > after)
            // The model's look-up last: it builds its key.
            && tokens.norm(after).is_some_and(|w| w.chars().count() >= 3 && !model.lexicons().triggers.contains(w) && !model.knows(w))
    };
    // فخر الدين ألتون: a given name made with «الدين» (the faith's X), in
    // no mention, right before a new name the model found (a place's word
    // as often as not): one person from the given name on.
    let lex = &model.lexicons().triggers;
    let faith_name_before = |m: &Mention, previous_end: usize| {
        let (Some(din), Some(given)) = (m.tokens.start.checked_sub(1), m.tokens.start.checked_sub(2)) else { return false };
        given >= previous_end
            && matches!(m.entity, EntityRef::New { name } if name == m.span)
            && m.tokens.len() <= 2
            && tokens.norm(din) == Some("الدين")
            && !tokens.line_break_before(din)
            && !tokens.line_break_before(m.tokens.start)
            && !tokens.is_definite(given)
            && plain_name_word(tokens, given, lex)
    };
    let mut mentions = mentions.into_iter().peekable();
    while let Some(mut m) = mentions.next() {
        let previous_end = out.last().map_or(0, |p: &Mention| p.tokens.end);
        if faith_name_before(&m, previous_end) {
            if let Some(given) = tokens.span(m.tokens.start - 2) {
                let span = given.cover(m.span);
                m = new_person_mention(span, TokenRange::new(m.tokens.start - 2, m.tokens.end));
            }
        }
        if new_person(&m) && (allah_after(&m, mentions.peek()) || family_name_after(&m, mentions.peek())) {
            if let Some(word) = tokens.span(m.tokens.end) {
                let span = m.span.cover(word);
                m = Mention { span, tokens: TokenRange::new(m.tokens.start, m.tokens.end + 1), entity: EntityRef::New { name: span }, ..m };
            }
        }
        if let Some(last) = out.last_mut().filter(|last| {
            new_person(last)
                && new_person(&m)
                && last.tokens.end == m.tokens.start
                && !tokens.line_break_before(m.tokens.start)
                // وأبو علي: the next name of the row, «و» glued to it.
                && !opens_the_next_person(tokens, m.tokens.start, lex)
        }) {
            let span = last.span.cover(m.span);
            *last =
                Mention { span, tokens: TokenRange::new(last.tokens.start, m.tokens.end), entity: EntityRef::New { name: span }, ..*last };
            continue;
        }
        out.push(m);
    }
    out
}

/// A new organization named by the first words of one named before it
/// (وزارة الدفاع after «وزارة الدفاع التركية», قوات الرد after «قوات
/// الرد السريع») is that body: the latest such one; with none before, the
/// one body named after it with those first words. Two words at least: a
/// head noun alone (الوزارة) stands for a body only as the claims stage
/// reads it.
fn link_short_bodies(mut mentions: Vec<Mention>, tokens: &Tokens<'_>) -> Vec<Mention> {
    let text = tokens.text();
    let config = NormalizeConfig::default();
    let body = |m: &Mention| m.kind == EntityType::Organization && m.tokens.len() >= 2;
    let whole_new = |m: &Mention| matches!(m.entity, EntityRef::New { name } if name == m.span);
    // Only the names up to the last new body's can matter (most documents
    // have none).
    let Some(last) = mentions.iter().rposition(|m| body(m) && whole_new(m)) else { return mentions };
    // The first words (two or more, not all) of each body's name so far,
    // normalized, to the mention that has them.
    let mut openings: FxHashMap<String, usize> = FxHashMap::default();
    for k in 0..=last {
        let m = mentions[k];
        if !body(&m) {
            continue;
        }
        let name = normalize(m.span.slice(text), &config);
        let whole_new_name = whole_new(&m);
        if let Some(&j) = openings.get(&name).filter(|_| whole_new_name) {
            mentions[k].entity = mentions[j].entity;
            mentions[k].by_context = true;
            continue;
        }
        for opening in openings_of(&name) {
            openings.insert(opening.to_string(), k);
        }
    }
    // تركيا: وزارة الدفاع تعلن … أعلنت وزارة الدفاع التركية: a headline
    // names the body short before the text names it whole. A short name
    // not linked yet is the one body named whole after it whose name it
    // opens; none when two bodies have that opening.
    let mut later: FxHashMap<String, Option<usize>> = FxHashMap::default();
    for k in (0..mentions.len()).rev() {
        let m = mentions[k];
        if !body(&m) || !(whole_new(&m) || matches!(m.entity, EntityRef::Known(_))) {
            continue;
        }
        let name = normalize(m.span.slice(text), &config);
        if let Some(&Some(j)) = later.get(&name).filter(|_| whole_new(&m)) {
            mentions[k].entity = mentions[j].entity;
            mentions[k].by_context = true;
            continue;
        }
        for opening in openings_of(&name) {
            let entry = later.entry(opening.to_string()).or_insert(Some(k));
            let same_body = entry.is_some_and(|j| mentions[j].entity == m.entity);
            if !same_body {
                *entry = None;
            }
        }
    }
    mentions
}

/// The first words of a body's name, two or more but not all of them
/// (وزارة الدفاع of وزارة الدفاع التركية).
fn openings_of(name: &str) -> impl Iterator<Item = &str> {
    name.match_indices(' ').skip(1).map(|(at, _)| &name[..at])
}

/// A new person's surname alone after the full name (سالم الحمد … وقال
/// الحمد) links to the full name: run once the names after titles are
/// complete (المتحدث باسم الوزارة علي عباس … وأوضح عباس).
fn link_surnames(mut mentions: Vec<Mention>, tokens: &Tokens<'_>) -> Vec<Mention> {
    // New full names of people so far: (the whole name's tokens, its span).
    let mut people: Vec<(TokenRange, Span)> = Vec::new();
    // Known people named so far in two words or more, by their words here
    // (ستيف وارن … وأوضح وارن: the gazetteer lists no surname alone).
    let mut known_people: Vec<(TokenRange, usize)> = Vec::new();
    let text = tokens.text();
    let words = |r: TokenRange| (r.start..r.end).map(|i| tokens.norm(i).unwrap_or(""));
    for m in &mut mentions {
        if let EntityRef::Known(k) = m.entity {
            if m.kind == EntityType::Person && m.tokens.len() > 1 {
                known_people.push((m.tokens, k));
            }
            continue;
        }
        let EntityRef::New { name } = m.entity else { continue };
        // The last word, or the last words of a longer name (حمد الله of
        // علي حمد الله), the article written or not (أحمد الدالاتي …
        // وأضاف دالاتي).
        let tail_of = |full: &TokenRange| {
            full.len() > m.tokens.len()
                && words(m.tokens).zip(words(*full).skip(full.len() - m.tokens.len())).all(|(a, b)| same_but_article(a, b))
        };
        let known = known_people.iter().rev().find(|(whole, _)| m.tokens.len() == 1 && tail_of(whole)).map(|&(_, k)| k);
        let new_full = || people.iter().rev().find(|(whole, _)| tail_of(whole)).map(|&(_, span)| span);
        // وأضاف "ديبو": a surname the model typed otherwise, alone, is the
        // person named before with it all the same.
        if m.kind != EntityType::Person && name == m.span && m.tokens.len() == 1 {
            if let Some(person) = known.map(EntityRef::Known).or_else(|| new_full().map(|span| EntityRef::New { name: span })) {
                m.entity = person;
                m.kind = EntityType::Person;
                m.by_context = true;
            }
            continue;
        }
        if m.kind != EntityType::Person || name != m.span {
            continue;
        }
        // Or the first word alone, when one person named so far begins so
        // (قاسم سمو … وأشار قاسم; ليندا توماس غرينفيلد … وأضافت ليندا): two
        // would leave it unsure.
        let head_of = |full: &TokenRange| m.tokens.len() == 1 && full.len() > 1 && words(m.tokens).eq(words(*full).take(1));
        let heads = || people.iter().filter(|(whole, _)| head_of(whole)).map(|(_, span)| *span);
        let by_head = heads().next().filter(|first| heads().all(|other| other.slice(text) == first.slice(text)));
        let known_heads = || known_people.iter().filter(|(whole, _)| head_of(whole)).map(|&(_, k)| k);
        let known_by_head = known_heads()
            .next()
            .filter(|&first| by_head.is_none() && heads().next().is_none() && known_heads().all(|other| other == first));
        if let Some(k) = known.or(known_by_head) {
            m.entity = EntityRef::Known(k);
            m.by_context = true;
        } else if let Some(full) = new_full().or(by_head) {
            m.entity = EntityRef::New { name: full };
            m.by_context = true;
        } else if m.tokens.len() > 1 && !m.span.slice(text).is_empty() {
            people.push((m.tokens, m.span));
        }
    }
    mentions
}

/// Two normalized words that are the same with or without the article
/// (الدالاتي، دالاتي).
fn same_but_article(a: &str, b: &str) -> bool {
    a == b || a.strip_prefix("ال") == Some(b) || b.strip_prefix("ال") == Some(a)
}

/// A new name of two words or more that the model typed as a place or an
/// organization, whose last word (or first) the text later names alone as a
/// person (مسؤولة المخيم جيهان حنان … وقالت حنان), is that person: one name has
/// one type in a document, and the short form links to it. Not a name that
/// opens with a word of its kind (مخيم، وزارة).
fn one_type_per_name(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let lex = model.lexicons();
    let new = |m: &Mention| matches!(m.entity, EntityRef::New { .. });
    let single_person = |m: &Mention| m.kind == EntityType::Person && new(m) && m.tokens.len() == 1;
    // The single-word people by their word, each list in text order: one
    // look-up a name, however many names a document holds.
    let mut people: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (j, m) in mentions.iter().enumerate().filter(|(_, m)| single_person(m)) {
        people.entry(tokens.norm(m.tokens.start).unwrap_or("")).or_default().push(j);
    }
    if people.is_empty() {
        return mentions;
    }
    for k in 0..mentions.len() {
        let m = mentions[k];
        if m.kind == EntityType::Person
            || !new(&m)
            || m.tokens.len() < 2
            || lex.triggers.contains(tokens.norm(m.tokens.start).unwrap_or(""))
        {
            continue;
        }
        // Its last word (وقالت حنان), or its first (وأضاف قاسم), unless
        // that opens names of places (تل، دير).
        let later_alone = |word: Option<&str>| {
            let same_word = people.get(word.unwrap_or("")).map_or(&[][..], Vec::as_slice);
            &same_word[same_word.partition_point(|&j| j <= k)..]
        };
        let by_last = later_alone(tokens.norm(m.tokens.end - 1));
        let first_opens_places = lex.triggers.name_particles.holds(tokens, m.tokens.start);
        let later = if by_last.is_empty() && !first_opens_places { later_alone(tokens.norm(m.tokens.start)) } else { by_last };
        if later.is_empty() {
            continue;
        }
        mentions[k].kind = EntityType::Person;
        for &j in later {
            mentions[j].entity = EntityRef::New { name: m.span };
            mentions[j].by_context = true;
        }
    }
    mentions
}

/// Quotes that open a name (« " “; the apostrophe is a Latin name's
/// letter as often as a quote).
const OPENING_QUOTES: [&str; 3] = ["«", "\"", "“"];

/// Quotes that close a name (» " ”).
const CLOSING_QUOTES: [&str; 3] = ["»", "\"", "”"];

/// Token `i` is one of `quotes`.
fn is_quote(tokens: &Tokens<'_>, i: usize, quotes: &[&str]) -> bool {
    tokens.kind(i) == Some(TokenKind::Punct) && tokens.norm(i).is_some_and(|q| quotes.contains(&q))
}

/// The tokens that open a name in quotes, in text order: found by their
/// bytes (a few to a document), not token by token. A closing quote glued
/// to the words on both sides opens one too (قرية”سيبا شيخ خضر”في: some
/// keyboards give one quote for both ends).
fn opening_quotes(tokens: &Tokens<'_>) -> Vec<usize> {
    let glued_both_sides = |i: usize, start: usize| {
        let end = tokens.span(i).map_or(start, |s| s.end);
        i.checked_sub(1).and_then(|p| tokens.span(p)).is_some_and(|p| p.end == start)
            && tokens.span(i + 1).is_some_and(|n| n.start == end)
            && tokens.kind(i + 1) == Some(TokenKind::Arabic)
    };
    // One pass, in text order: « and “ by their lead bytes (C2, E2), rare
    // in Arabic text.
    memchr::memchr3_iter(b'"', 0xC2, 0xE2, tokens.text().as_bytes())
        .map(|start| (start, tokens.first_at(start)))
        .filter(|&(start, i)| {
            tokens.span(i).is_some_and(|s| s.start == start)
                && (is_quote(tokens, i, &OPENING_QUOTES) || (is_quote(tokens, i, &["”"]) && glued_both_sides(i, start)))
        })
        .map(|(_, i)| i)
        .collect()
}

/// The tokens that open a bracket, in text order.
fn opening_brackets(tokens: &Tokens<'_>) -> Vec<usize> {
    memchr::memchr_iter(b'(', tokens.text().as_bytes())
        .map(|start| tokens.first_at(start))
        .filter(|&i| tokens.kind(i) == Some(TokenKind::Punct))
        .collect()
}

/// The most words of a name in quotes after a word that announces it.
const QUOTED_NAME_WORDS: usize = 3;
/// Of a person's name in quotes: statements give a person's full name with
/// the father's and grandfather's (القيادي "ضياء زوبع مصلح الحرداني").
const QUOTED_PERSON_WORDS: usize = 4;

/// A name in quotes after a word that says what it names, one to three
/// words on one line (a person's up to four), where no mention is, however
/// little the model knows of it: a place after a generic place word (قرية
/// "بريشم"، بلدة «الزر»),
/// a person after «المدعو» (المدعو "سالم الحمد"), an organization after
/// the head of one (حركة "أبناء الجزيرة"، شبكة "صدى الفرات").
fn quoted_names(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let lex: &Lexicons = model.lexicons();
    let mut added = false;
    let mut k = 0;
    // قرية (قني القديمة): a place's name in brackets after a place word,
    // as in quotes, and so an organization's after the head of one (قناة
    // (دجلة)، حركة (أحرار الشرقية)); a bracket after another word is a
    // gloss or an aside.
    let mut opening: Vec<(usize, bool)> =
        opening_quotes(tokens).into_iter().map(|q| (q, false)).chain(opening_brackets(tokens).into_iter().map(|q| (q, true))).collect();
    opening.sort_unstable();
    for (q, bracket) in opening {
        if q == 0 || tokens.line_break_before(q) {
            continue;
        }
        let place = lex.triggers.place_words.holds(tokens, q - 1);
        let head_before = lex.triggers.quoted_heads.holds(tokens, q - 1);
        if bracket && !place && !head_before {
            continue;
        }
        let kind = if place {
            EntityType::Location
        } else if lex.triggers.called.holds(tokens, q - 1) {
            // تنظيم "داعش" الإرهابي "المحظور": after a body's name (or
            // its closing quote) the word is the body's adjective, and the
            // quote describes it; no person is called.
            let name_before = q >= 2
                && (is_quote(tokens, q - 2, &CLOSING_QUOTES)
                    || is_quote(tokens, q - 2, &[")"])
                    || mentions.iter().any(|m| m.tokens.end == q - 1 && m.kind != EntityType::Person));
            if name_before {
                continue;
            }
            EntityType::Person
        } else if head_before || faction_head_within(tokens, q + 1, lex) {
            EntityType::Organization
        } else if !bracket && person_part_quoted(&mentions, tokens, q) {
            EntityType::Person
        } else {
            continue;
        };
        let most = if kind == EntityType::Person { QUOTED_PERSON_WORDS } else { QUOTED_NAME_WORDS };
        let words = (q + 1..(q + 1 + most).min(tokens.len()))
            .take_while(|&i| tokens.kind(i) == Some(TokenKind::Arabic) && !tokens.line_break_before(i))
            .count();
        let (start, end) = (q + 1, q + 1 + words);
        let closes = if bracket { is_quote(tokens, end, &[")"]) } else { is_quote(tokens, end, &CLOSING_QUOTES) };
        // “الفيلق الثالث”: a head inside the quotes names with a word
        // after it (“الفرقة” alone points back).
        let head_within = !head_before && faction_head_within(tokens, start, lex);
        // الحزب (التركي): a state's adjective alone after a head with the
        // article describes it, names nothing (an indefinite head is in
        // construct with a name: صحيفة "الكويتية").
        let adjective_alone = words == 1 && tokens.is_definite(q - 1) && lex.triggers.state_adjectives.holds(tokens, start);
        if words == 0 || adjective_alone || (head_within && words < 2) || tokens.line_break_before(end) || !closes {
            continue;
        }
        while mentions.get(k).is_some_and(|m| m.tokens.end <= start) {
            k += 1;
        }
        // The mentions inside the quotes: none, or places an
        // organization's name holds (شبكة "صدى الفرات": one organization).
        let inside = mentions[k..].iter().take_while(|m| m.tokens.start < end).count();
        // A place's name the model found only part of is the whole quoted
        // name (قرية (تل شعير الغربي)), whatever kind the model gave the
        // part (منطقة “عين ليلى”: no woman named ليلى); a known name
        // inside stays itself.
        let wraps_places = mentions[k..k + inside].iter().all(|m| {
            // مخيم "حسن: a new place the model read from the place word
            // across the opening quote is the quoted name too.
            let across_quote = kind == EntityType::Location && m.tokens.start + 1 == q && m.tokens.end > start;
            let within = (start <= m.tokens.start || across_quote) && m.tokens.end <= end;
            let new = matches!(m.entity, EntityRef::New { .. });
            // القيادي “جاسم رحيم عواد الكبيسي”: so is a person's name the
            // model found the first words of.
            let person_part = kind == EntityType::Person && new && m.kind == EntityType::Person;
            // فصيل “السلطان سليمان شاه”: whatever the model read inside a
            // body's quoted name is the name's.
            within
                && ((kind == EntityType::Organization && (m.kind == EntityType::Location || new))
                    || (kind == EntityType::Location && new)
                    || person_part)
        });
        if inside > 0 && !wraps_places {
            continue;
        }
        // The quote stands between the name and anything glued before it:
        // its first letter is its own (بلدة”كفر دلبة”: no «ك» of likeness).
        let (Some(first), Some(last)) = (tokens.span(start), tokens.span(end - 1)) else { continue };
        let span = first.cover(last);
        let mention = Mention { span, tokens: TokenRange::new(start, end), entity: EntityRef::New { name: span }, kind, by_context: false };
        mentions.splice(k..k + inside, [mention]);
        added = true;
    }
    debug_assert!(!added || mentions.windows(2).all(|w| w[0].tokens.start <= w[1].tokens.start));
    mentions
}

/// وقالت “آن ريتشارد” مساعدة الوزير: two or three words in quotes whose
/// last words alone the model read as a new person's name are all that
/// person's (the model misses given names that are common words too).
fn person_part_quoted(mentions: &[Mention], tokens: &Tokens<'_>, q: usize) -> bool {
    let start = q + 1;
    let words = (start..(start + QUOTED_NAME_WORDS).min(tokens.len()))
        .take_while(|&i| tokens.kind(i) == Some(TokenKind::Arabic) && !tokens.line_break_before(i))
        .count();
    let end = start + words;
    let first = mentions.partition_point(|m| m.tokens.end <= start);
    let mut inside = mentions[first..].iter().take_while(|m| m.tokens.start < end);
    // One mention inside, no other.
    let (Some(m), None) = (inside.next(), inside.next()) else { return false };
    words >= 2
        && is_quote(tokens, end, &CLOSING_QUOTES)
        && m.kind == EntityType::Person
        && matches!(m.entity, EntityRef::New { .. })
        && m.tokens.start > start
        && m.tokens.end == end
}

/// Token `i` opens a quoted body's name with its head: with the article,
/// a head of [faction_head] or of [quoted_front] (“الفيلق
/// الثالث”، “الجبهة الشامية”), not «التنظيم» or «الجماعة», which quotes
/// describe with (“التنظيم الإرهابي”); without it, any head of
/// [quoted_head] (“وكالة أخبار الشيعة”، “حركة أبناء الجزيرة”).
fn faction_head_within(tokens: &Tokens<'_>, i: usize, lex: &Lexicons) -> bool {
    let definite = tokens.is_definite(i) && (lex.triggers.faction_heads.holds(tokens, i) || lex.triggers.quoted_fronts.holds(tokens, i));
    let bare = !tokens.is_definite(i) && lex.triggers.quoted_heads.holds(tokens, i);
    !tokens.line_break_before(i) && (definite || bare)
}

/// Where the words of [`listed_places`] and [`brand_outlets`] stand, in
/// text order: one look-up a token serves both.
fn merge_cues(tokens: &Tokens<'_>, model: &Recognizer) -> Vec<usize> {
    let cues = &model.lexicons().triggers.merge_cues;
    (0..tokens.len()).filter(|&i| cues.holds(tokens, i)).collect()
}

/// The most names a list after a plural place word runs to.
const LISTED_PLACES: usize = 12;

/// في بلدات البصيرة وذيبان والزر: the names listed after the plural (or
/// dual) of a place word, joined by «و», are places, one word each, or two
/// after a word that opens place names (تل، دير). Known names stay; words
/// that only announce a name (القرى، المدينة) end nothing and add nothing.
/// Two names at least: a list.
fn listed_places(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer, cues: &[usize]) -> Vec<Mention> {
    let lex = model.lexicons();
    let text = tokens.text();
    let mut added: Vec<Mention> = Vec::new();
    // A word the model never saw in its corpora, or one that begins a
    // place's name in GeoNames, may be a name; a common word may not
    // (والمناطق، يتزايد).
    let may_name = |norm: &str| !model.knows(norm) || lex.places.begins_a_place(norm);
    for &head in cues.iter().filter(|&&h| h + 2 < tokens.len()) {
        // بلدات X: the plural in construct, no article (المخيمات يتزايد
        // is the sentence's subject).
        if !lex.triggers.place_list_heads.holds(tokens, head) || tokens.is_definite(head) {
            continue;
        }
        // Each item: its first token, its end, where its name begins, and
        // whether its word may be a name.
        let mut items: Vec<(usize, usize, usize, bool)> = Vec::new();
        let mut i = head + 1;
        while items.len() < LISTED_PLACES && tokens.kind(i) == Some(TokenKind::Arabic) && !tokens.line_break_before(i) {
            // ومحيطهما: what the places own closes their list.
            if owned_by_pronoun(tokens, i) {
                break;
            }
            let word = tokens.span(i).map_or("", |t| t.slice(text));
            // After the first name, each opens with «و».
            let norm = tokens.norm(i).unwrap_or("");
            let (begin, name) = match word.strip_prefix('و') {
                _ if items.is_empty() => (tokens.span(i).map_or(0, |t| t.start), norm),
                Some(rest) if rest.chars().count() >= 2 => {
                    (tokens.span(i).map_or(0, |t| t.start) + 'و'.len_utf8(), norm.strip_prefix('و').unwrap_or(norm))
                }
                _ => break,
            };
            let two_words = lex.triggers.name_particles.holds(tokens, i)
                && tokens.kind(i + 1) == Some(TokenKind::Arabic)
                && !tokens.line_break_before(i + 1);
            let end = if two_words { i + 2 } else { i + 1 };
            items.push((i, end, begin, two_words || may_name(name)));
            i = end;
        }
        // قرى عربية والحصول على موافقة: an adjective the model knows after
        // the head describes the places; no names are listed.
        let described = items.first().is_some_and(|&(first, _, _, name)| {
            !name && !tokens.is_definite(first) && tokens.norm(first).is_some_and(|w| is_nisba(w, &NISBA_ENDINGS))
        });
        if items.len() < 2 || described {
            continue;
        }
        for &(first, end, begin, name) in &items {
            // والشحيل وغرانيج: a new name the model read on an item is a
            // place, and starts after the list's «و».
            for m in mentions.iter_mut().filter(|m| m.tokens == TokenRange::new(first, end)) {
                if let EntityRef::New { name } = &mut m.entity {
                    m.span = Span::new(begin.max(m.span.start), m.span.end);
                    *name = m.span;
                    m.kind = EntityType::Location;
                }
            }
            let overlaps = mentions.iter().chain(&added).any(|m| m.tokens.start < end && first < m.tokens.end);
            if !name || overlaps || only_triggers(tokens, first, end, lex) || lex.triggers.descriptive_heads.holds(tokens, first) {
                continue;
            }
            let Some(last) = tokens.span(end - 1) else { continue };
            added.push(new_place(Span::new(begin, last.end), TokenRange::new(first, end)));
        }
    }
    with_added(mentions, added)
}

/// A place no gazetteer lists, over `tokens`, written at `span`.
fn new_place(span: Span, tokens: TokenRange) -> Mention {
    Mention { span, tokens, entity: EntityRef::New { name: span }, kind: EntityType::Location, by_context: false }
}

/// An organization no gazetteer lists, named by `span` over `tokens`.
fn new_organization(span: Span, tokens: TokenRange) -> Mention {
    Mention { span, tokens, entity: EntityRef::New { name: span }, kind: EntityType::Organization, by_context: false }
}

/// A new person named by `span` over `tokens`.
fn new_person_mention(span: Span, tokens: TokenRange) -> Mention {
    Mention { span, tokens, entity: EntityRef::New { name: span }, kind: EntityType::Person, by_context: false }
}

/// `mentions` and the mentions `added` by a pass, in the order of the text.
fn with_added(mut mentions: Vec<Mention>, added: Vec<Mention>) -> Vec<Mention> {
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_unstable_by_key(|m| m.tokens.start);
    }
    mentions
}

/// Token `i` is the head of a body without the article (قيادة، مديرية),
/// which may open a name in construct after it (قيادة عمليات كركوك).
fn indefinite_body_head(tokens: &Tokens<'_>, i: usize, lex: &Lexicons) -> bool {
    !tokens.is_definite(i) && lex.triggers.body_heads.holds(tokens, i)
}

/// Token `h` is a word of [command_head] right after a body's head
/// without the article (قيادة عمليات): the two open a command's name.
fn command_word_at(tokens: &Tokens<'_>, h: usize, lex: &Lexicons) -> bool {
    h > 0 && lex.triggers.command_heads.holds(tokens, h) && indefinite_body_head(tokens, h - 1, lex)
}

/// قيادة عمليات الجزيرة، لقيادة عمليات البادية والجزيرة: a body's head,
/// a word of [command_head] and a definite word after it are one command,
/// whether or not the word is a place the gazetteer knows (those are
/// wrapped by [`wrap_places`]); a second word joined by «و» is part of
/// it. A mention the model or the gazetteer found at the word (الجزيرة,
/// the channel) gives way.
fn named_commands(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer, cues: &[usize]) -> Vec<Mention> {
    let lex = model.lexicons();
    let mut added: Vec<Mention> = Vec::new();
    for &h in cues {
        let (head, word) = (h.wrapping_sub(1), h + 1);
        if !command_word_at(tokens, h, lex)
            || tokens.kind(word) != Some(TokenKind::Arabic)
            || !tokens.is_definite(word)
            || tokens.line_break_before(h)
            || tokens.line_break_before(word)
            || lex.triggers.contains(tokens.norm(word).unwrap_or_default())
        {
            continue;
        }
        // Mentions over the head or the command word: the command is found
        // already (wrap_places) or is part of a longer name.
        if mentions.iter().any(|m| m.tokens.start <= h && head < m.tokens.end) {
            continue;
        }
        let joined = |i: usize| {
            tokens.kind(i) == Some(TokenKind::Arabic)
                && !tokens.line_break_before(i)
                && tokens.is_definite(i)
                && tokens.span(i).is_some_and(|t| t.slice(tokens.text()).starts_with('و'))
        };
        let at_word = |i: usize| mentions.iter().position(|m| m.tokens.start == i);
        let mut end = at_word(word).map_or(word + 1, |k| mentions[k].tokens.end);
        if joined(end) {
            end = at_word(end).map_or(end + 1, |k| mentions[k].tokens.end);
        }
        let Some(span) = name_span(tokens, head, end, model) else { continue };
        mentions.retain(|m| !(word <= m.tokens.start && m.tokens.end <= end));
        added.push(new_organization(span, TokenRange::new(head, end)));
    }
    with_added(mentions, added)
}

/// The most words before the definite word of a faction's name (ألوية
/// صقور الشام، عصائب أهل الحق).
const FACTION_WORDS_BEFORE: usize = 2;

/// كتائب شمس الشمال، لواء ثوار الرقة: a faction's head of
/// [faction_head] without the article, up to two plain words and the
/// first definite word after them (written with the article, no
/// preposition glued) make one organization. What the model or the
/// gazetteer found inside (الرقة، صقور الشام as a person) gives way; a
/// name over the head stands. Not a unit named by its arm (لواء المشاة),
/// a banner (تحت لواء الدولة) or a rank (برتبة لواء، لواء ركن).
fn named_factions(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer, cues: &[usize]) -> Vec<Mention> {
    let lex = model.lexicons();
    let triggers = &lex.triggers;
    let mut added: Vec<Mention> = Vec::new();
    for &h in cues {
        let head = triggers.faction_heads.holds(tokens, h)
            && !written_with_article(tokens, h)
            && !has_tanween(tokens, h)
            // Normalization keeps «ة»: both spellings of «رتبة» are read.
            && h.checked_sub(1).is_none_or(|p| !matches!(tokens.norm(p), Some("تحت" | "برتبة" | "رتبة" | "برتبه" | "رتبه")))
            && !is_staff_word(tokens, h + 1);
        // Not inside a name found or added already: no two overlap.
        let inside = mentions.iter().chain(&added).any(|m| m.tokens.start <= h && h < m.tokens.end);
        if !head || inside {
            continue;
        }
        let word = |i: usize| {
            tokens.kind(i) == Some(TokenKind::Arabic)
                && !tokens.line_break_before(i)
                && !has_tanween(tokens, i)
                && !triggers.name_ends.holds(tokens, i)
                && !triggers.speech_verbs.holds(tokens, i)
        };
        let Some(last) = (h + 1..=h + 1 + FACTION_WORDS_BEFORE).take_while(|&i| word(i)).find(|&i| tokens.is_definite(i)) else {
            continue;
        };
        if !written_with_article(tokens, last)
            || triggers.army_arms.holds(tokens, last)
            || triggers.contains(tokens.norm(last).unwrap_or_default())
        {
            continue;
        }
        // The words before the definite one are plain: no article, no
        // word that announces a name.
        if (h + 1..last).any(|i| tokens.is_definite(i) || triggers.contains(tokens.norm(i).unwrap_or_default())) {
            continue;
        }
        // A name found at the definite word runs on (ثوار الرقة الشمالي).
        let end = mentions.iter().find(|m| m.tokens.start <= last && last < m.tokens.end).map_or(last + 1, |m| m.tokens.end.max(last + 1));
        let Some(span) = name_span(tokens, h, end, model) else { continue };
        mentions.retain(|m| !(h < m.tokens.start && m.tokens.end <= end));
        added.push(new_organization(span, TokenRange::new(h, end)));
    }
    with_added(mentions, added)
}

/// Token `i` is written with the article, after a proclitic or not
/// (الفرقة، والفرقة، للفرقة): a normalized reading may find one where
/// none is written (ألوية reads as ال + وية).
fn written_with_article(tokens: &Tokens<'_>, i: usize) -> bool {
    tokens.span(i).is_some_and(|w| ["ال", "لل", "وال", "بال", "فال", "كال"].iter().any(|a| w.slice(tokens.text()).starts_with(a)))
}

/// Token `i` is the head of a land's feature without the article (وادي،
/// بجبل), on the line of the word after it.
fn feature_head_at(tokens: &Tokens<'_>, i: usize, lex: &Lexicons) -> bool {
    !tokens.is_definite(i) && !tokens.line_break_before(i + 1) && lex.triggers.feature_heads.holds(tokens, i)
}

/// Token `i` is the head of a province's division without the article
/// (قضاء، بناحية), on the line of the word after it.
fn district_head_at(tokens: &Tokens<'_>, i: usize, lex: &Lexicons) -> bool {
    !tokens.is_definite(i) && !tokens.line_break_before(i + 1) && lex.triggers.district_heads.holds(tokens, i)
}

/// The heads of `[feature_head]` that are also common words (سد: he
/// blocked; سهل: easy; سجن: he was jailed): they take in a name found
/// after them, and name nothing by themselves.
const FEATURE_HEADS_ALSO_WORDS: [&str; 3] = ["سد", "سهل", "سجن"];

/// في وادي زغيتون، قرب بحيرة الثرثار: a word right after the head of a
/// land's feature, where no mention stands, is the feature's name when the
/// model never saw it in its corpora or it begins a place's name in
/// GeoNames (a common word does neither: جبل من الركام). Head and word
/// are one place.
///
/// After the head of a province's division or a settlement (قضاء، ناحية،
/// قرية، حي) the same word is the place's name without its head, and a
/// name the model read right after it, new to the gazetteer, is the rest
/// of it (ناحية التون كوبري).
fn featured_places(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer, cues: &[usize]) -> Vec<Mention> {
    let lex = model.lexicons();
    let mut added: Vec<Mention> = Vec::new();
    for &head in cues {
        let name = head + 1;
        let district = district_head_at(tokens, head, lex);
        if !(district || feature_head_at(tokens, head, lex))
            || tokens.kind(name) != Some(TokenKind::Arabic)
            || tokens.get(head).is_some_and(|t| t.splits().any(|s| FEATURE_HEADS_ALSO_WORDS.contains(&s.stem_norm)))
        {
            continue;
        }
        let Some(norm) = tokens.norm(name) else { continue };
        // حي الشيخ مقصود، بلدة الشيخ مسكين: a division named after a saint
        // opens with his title; the title and the word after it are the
        // place, and a name the model read there is the rest of it.
        let saint = district
            && SAINT_TITLES.contains(&norm)
            && tokens.kind(name + 1) == Some(TokenKind::Arabic)
            && !tokens.line_break_before(name + 1)
            && !lex.triggers.contains(tokens.norm(name + 1).unwrap_or_default())
            && !lex.triggers.name_ends.holds(tokens, name + 1)
            && mentions.iter().all(|m| {
                m.tokens.end <= name
                    || m.tokens.start > name + 1
                    || (m.tokens.start == name + 1 && m.tokens.len() <= DISTRICT_REST_WORDS && matches!(m.entity, EntityRef::New { .. }))
            });
        if saint {
            let rest = mentions.iter().position(|m| m.tokens.start == name + 1);
            let end = rest.map_or(name + 2, |r| mentions[r].tokens.end);
            let Some(span) = name_span(tokens, name, end, model) else { continue };
            if let Some(r) = rest {
                mentions.remove(r);
            }
            added.push(new_place(span, TokenRange::new(name, end)));
            continue;
        }
        // قرية ومزرعة: «و» and a common word the model knows join a second
        // kind of place, no name.
        let joined_word = norm.strip_prefix('و').is_some_and(|rest| model.knows(rest));
        let may_name = !joined_word && ((!model.knows(norm) && norm.chars().count() >= 3) || lex.places.begins_a_place(norm));
        let taken = mentions.iter().any(|m| m.tokens.start <= name && head < m.tokens.end);
        if !may_name
            || taken
            || lex.triggers.contains(norm)
            || lex.triggers.place_adjectives.holds(tokens, name)
            || lex.triggers.name_ends.holds(tokens, name)
            || has_tanween(tokens, name)
        {
            continue;
        }
        // قضاء الحاجات: a plural in «ات» after «قضاء» is what is done
        // (fulfilling needs); no division is named so.
        if district && norm.ends_with("ات") {
            continue;
        }
        if !district {
            let Some(span) = name_span(tokens, head, name + 1, model) else { continue };
            added.push(new_place(span, TokenRange::new(head, name + 1)));
            continue;
        }
        let rest = mentions.iter().position(|m| {
            m.tokens.start == name + 1
                && m.tokens.len() <= DISTRICT_REST_WORDS
                && matches!(m.entity, EntityRef::New { .. })
                && !tokens.line_break_before(name + 1)
        });
        let end = rest.map_or(name + 1, |r| mentions[r].tokens.end);
        let Some(span) = name_span(tokens, name, end, model) else { continue };
        if let Some(r) = rest {
            mentions.remove(r);
        }
        added.push(new_place(span, TokenRange::new(name, end)));
    }
    with_added(mentions, added)
}

/// Titles of saints that open the names of villages and quarters (الشيخ
/// مقصود، الشيخ مسكين، السيدة زينب).
const SAINT_TITLES: [&str; 3] = ["الشيخ", "السيده", "السيدة"];

/// The most words of a name the model read after the first word of a
/// division's name that are the rest of it (ناحية التون كوبري).
const DISTRICT_REST_WORDS: usize = 2;

/// Where a name starting at token `start` begins when a generic place
/// word stands before it (قرية، بلدة، ريف; an opening quote may come
/// between): at `start`, or at a «أبو» or «أم» before it that opens the
/// place's name (بلدة أبو حمام). None without such a word.
fn named_place(tokens: &Tokens<'_>, start: usize, lex: &Lexicons) -> Option<usize> {
    let same_line = |from: usize, to: usize| (from + 1..=to).all(|i| !tokens.line_break_before(i));
    let opening_quote = |i: usize| is_quote(tokens, i, &OPENING_QUOTES);
    let place_word_before = |first: usize| {
        let mut h = first.checked_sub(1)?;
        if opening_quote(h) {
            h = h.checked_sub(1)?;
        }
        (same_line(h, first) && lex.triggers.place_words.holds(tokens, h)).then_some(first)
    };
    let kunya = start.checked_sub(1).filter(|&k| matches!(tokens.norm(k), Some("ابو" | "ام")));
    kunya.and_then(place_word_before).or_else(|| place_word_before(start))
}

/// The endings of a nisba adjective, singular first (تركي، التركية،
/// إيرانيان، أمريكيون، عراقيين).
const NISBA_ENDINGS: [&str; 5] =
    ["\u{064A}", "\u{064A}\u{0629}", "\u{064A}\u{0627}\u{0646}", "\u{064A}\u{0648}\u{0646}", "\u{064A}\u{064A}\u{0646}"];

/// Token `i` is a nisba adjective in the accusative (-يا: فوريا،
/// ميدانيا) right after an indefinite noun in the accusative on its line
/// (تهديدا فوريا، دعما ميدانيا): the noun's adjective, whatever a name the
/// model reads in the word (سوريا, a place it resembles).
fn accusative_adjective(tokens: &Tokens<'_>, i: usize) -> bool {
    let accusative = |w: &str| w.chars().count() >= 3 && w.ends_with('\u{0627}') && !w.starts_with("ال");
    i > 0
        && !tokens.line_break_before(i)
        && tokens.norm(i).is_some_and(|w| w.len() >= 10 && w.ends_with("\u{064A}\u{0627}"))
        && tokens.kind(i - 1) == Some(TokenKind::Arabic)
        && tokens.norm(i - 1).is_some_and(accusative)
}

/// Token `i` ends in the pronoun of two or more owners (ومحيطهما،
/// قادتهم، مدنهن): a noun they own, no name, whatever place or person the
/// model reads in it. Five letters at least: the ending of a short word
/// may be its root's (فهم، درهم).
fn owned_by_pronoun(tokens: &Tokens<'_>, i: usize) -> bool {
    tokens.norm(i).is_some_and(|w| w.chars().count() >= 5 && ["هما", "هم", "هن"].iter().any(|p| w.ends_with(p)))
}

/// A normalized word of four Arabic letters at least (eight bytes: not
/// «في») that ends as a nisba adjective with one of `endings`: the cheap
/// test before a list, run on every token.
fn is_nisba(word: &str, endings: &[&str]) -> bool {
    word.len() >= 8 && endings.iter().any(|e| word.ends_with(e))
}

/// Token `i` is «و» and a rank, a particle of a name or a given name
/// (والرائد، وأبو، وصالح): it opens the next person of a list (الرائد
/// إبراهيم بارام والرائد إسماعيل، خالد حسن وأبو علي، جعفر حسن أصغر وصالح
/// ولي علي), no part of a name: «و» joins no two words of one name. A
/// given name that opens with «و» itself (وليد، وائل) is no such «و».
fn opens_the_next_person(tokens: &Tokens<'_>, i: usize, lex: &Triggers) -> bool {
    let glued_waw = tokens.span(i).is_some_and(|w| w.slice(tokens.text()).starts_with('و'));
    let given_after_waw = || tokens.norm(i).is_some_and(|w| waw_and_given_name(lex, w));
    glued_waw && (lex.ranks.holds(tokens, i) || lex.name_particles.holds(tokens, i) || given_after_waw())
}

/// The normalized `word` is «و» glued to a given name, and no given name
/// whole (وصالح، ومريم; not وليد، وائل).
fn waw_and_given_name(lex: &Triggers, word: &str) -> bool {
    !lex.given_names.contains(word) && word.strip_prefix('و').is_some_and(|rest| lex.given_names.contains(rest))
}

/// The most words of a person's name after a rank or a role's body.
const TITLED_NAME_WORDS: usize = 3;

/// The index of the one of `mentions` (sorted, not overlapping) over token
/// `i`, if any.
fn mention_over(mentions: &[Mention], i: usize) -> Option<usize> {
    let taken = mentions.partition_point(|m| m.tokens.end <= i);
    Some(taken).filter(|&k| mentions.get(k).is_some_and(|m| m.tokens.start <= i))
}

/// Token `i` lies inside one of `mentions` (sorted, not overlapping);
/// `k` is a cursor that only moves forward as `i` grows.
fn inside_a_mention(mentions: &[Mention], k: &mut usize, i: usize) -> bool {
    while mentions.get(*k).is_some_and(|m| m.tokens.end <= i) {
        *k += 1;
    }
    mentions.get(*k).is_some_and(|m| m.tokens.start <= i)
}

/// People the model missed after a role and the body or place it is held
/// of (محافظ الأنبار علي فرحان، المتحدث باسم وزارة الداخلية سعد معن), or a
/// role, its field and a state (وزير الدفاع التركي خلوصي أكار), a
/// rank between or not (قائد عمليات نينوى اللواء نجم الجبوري): two or three plain words, the
/// first without the article, that end before a word of [name_end],
/// punctuation, a name or the line's end. With no such end in three
/// words, the first two (اللواء نجم الجبوري تحرير).
///
/// The verbs of speech its scan of every token meets go to `speech_verbs`
/// (their tokens, in order) for [`spoken_names`]: one look-up a token
/// serves both.
fn titled_people(mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer, speech_verbs: &mut Vec<usize>) -> Vec<Mention> {
    let lex = &model.lexicons().triggers;
    let plain = |i: usize| plain_name_word(tokens, i, lex);
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut k = 0;
    // Where a name may start: after each mention that follows a role (at
    // most two words between: المتحدث باسم الوزارة), or after a rank right
    // after any mention (قائد عمليات نينوى اللواء نجم الجبوري).
    let mut starts: Vec<usize> = Vec::new();
    // Where a byline's writer is named: the only names due on a new line.
    let mut bylines: Vec<usize> = Vec::new();
    for (index, m) in mentions.iter().enumerate() {
        let end = m.tokens.end;
        if lex.ranks.holds(tokens, end) {
            // اللواء الركن: the rank of a staff officer goes on.
            let staff = is_staff_word(tokens, end + 1);
            starts.push(end + 1 + usize::from(staff));
        } else if m.kind != EntityType::Person {
            // المقدم في الشرطة الاتحادية حكمت الدليمي: a rank held in the
            // body, «في» between.
            let first = m.tokens.start;
            let rank_in = first >= 2 && tokens.norm(first - 1) == Some("في") && lex.ranks.holds(tokens, first - 2);
            if rank_in {
                starts.push(end);
                continue;
            }
            // The role, then only words of the body's name (باسم، عمليات):
            // no punctuation, no «إن» (وقال القائد إن مخيم روج يضم).
            let role = (m.tokens.start.saturating_sub(3)..m.tokens.start).rev().find(|&r| lex.roles_of.holds(tokens, r));
            let joined = role.is_some_and(|r| {
                (r + 1..m.tokens.start).all(|i| tokens.kind(i) == Some(TokenKind::Arabic) && !lex.name_ends.holds(tokens, i))
            });
            if joined {
                starts.push(end);
                // محافظ كركوك، راكان الجبوري، : the name set between commas,
                // past the names of where the body is, right after it or
                // after «في» (الأمين العام للوزارة في إقليم كردستان العراق،
                // فلان الفلاني،).
                let mut body_end = end;
                for next in &mentions[index + 1..] {
                    let gap = next.tokens.start.checked_sub(body_end);
                    if !(gap == Some(0) || (gap == Some(1) && tokens.norm(body_end) == Some("في"))) {
                        break;
                    }
                    body_end = next.tokens.end;
                }
                starts.extend(appositive_at(tokens, body_end));
            }
        }
    }
    // A role, its field and a state's adjective (وزير الدفاع التركي خلوصي
    // أكار، وزير الخارجية الإيراني): the state stands for the body. A role
    // and its body told by its kind alone (وكيل الوزارة، المتحدث باسم
    // الهيئة): the person's name starts after the body.
    // كشف العقيد أسامة العامري، وأضاف المتحدث علي سلمان: a rank (and
    // «الركن») wherever it stands, or «the» spokesperson with no body named
    // after the role (باسم، باسمه، الرسمي), before plain words. One set
    // look-up a token finds either.
    let mut k_opened = 0;
    for j in 0..tokens.len() {
        let Some(word) = tokens.norm(j).filter(|w| lex.person_openers.contains(w)) else { continue };
        if lex.speech_verbs.contains(word) {
            speech_verbs.push(j);
            continue;
        }
        // الرياض - كتبت فلانة الفلانية -، بقلم: فلان: a byline, at a line's
        // start or after a dash, names the writer next, past a colon or
        // dash. Elsewhere the word is a verb or a noun (كتب الرئيس، إعداد
        // الخطط).
        if lex.bylines.contains(word) {
            let dash =
                |i: usize| tokens.kind(i) == Some(TokenKind::Punct) && tokens.span(i).is_some_and(|w| is_dash(w.slice(tokens.text())));
            let opens_line = j == 0 || tokens.line_break_before(j) || dash(j - 1);
            let mark = |i: usize| {
                dash(i) || (tokens.kind(i) == Some(TokenKind::Punct) && tokens.span(i).is_some_and(|w| w.slice(tokens.text()) == ":"))
            };
            let i = if mark(j + 1) { j + 2 } else { j + 1 };
            if opens_line && tokens.kind(i) == Some(TokenKind::Arabic) {
                let opens_no_mention =
                    !inside_a_mention(&mentions, &mut k_opened, i) || mentions.get(k_opened).is_some_and(|m| m.tokens.start == i);
                if opens_no_mention {
                    bylines.push(i);
                }
            }
            continue;
        }
        // الخبير الأمني سرمد البياتي: past the trade's adjectives. Not an
        // adjective itself (المؤتمر الصحفي).
        if lex.professions.contains(word) {
            if j.checked_sub(1).is_some_and(|p| tokens.is_definite(p)) {
                continue;
            }
            // وكالة أعماق الإعلامية، تنظيم “داعش” الإعلامية: after a name
            // (its closing quote or bracket between or not) the word is
            // the name's adjective.
            let name_before = |p: usize| {
                let p = if is_quote(tokens, p, &CLOSING_QUOTES) || is_quote(tokens, p, &[")"]) { p.checked_sub(1) } else { Some(p) };
                p.is_some_and(|p| mention_over(&mentions, p).is_some())
            };
            if j.checked_sub(1).is_some_and(name_before) {
                continue;
            }
            // الناشط البارز فلان، الصحفي المعروف فلان: any definite word
            // describes the trade; a given name has no article.
            let adjective = |i: usize| tokens.is_definite(i) && tokens.norm(i).is_some_and(|w| w.chars().count() > 3);
            let i = (j + 1..j + 3).find(|&i| !adjective(i)).unwrap_or(j + 3);
            if !inside_a_mention(&mentions, &mut k_opened, i) || mentions.get(k_opened).is_some_and(|m| m.tokens.start == i) {
                starts.push(i);
            }
            continue;
        }
        let rank = lex.ranks.contains(word);
        let staff = rank && is_staff_word(tokens, j + 1);
        let i = j + 1 + usize::from(staff);
        let Some(next) = tokens.norm(i).filter(|_| tokens.kind(i) == Some(TokenKind::Arabic)) else { continue };
        let role_goes_on = next.starts_with("باسم") || next == "الرسمي";
        // اللواء الركن الطيار فلان: a rank after a rank opens the name
        // itself, once.
        let rank_goes_on = lex.ranks.contains(next);
        // نفذ اللواء عملية أمنية: the brigade and its deed, no name. عثر
        // فريق الاستجابة … واصل الفريق عمله: a rank's word told before
        // without the article is the body it also names (a team, a
        // brigade), pointed back to.
        let deed = lex.deeds.holds(tokens, i);
        let body_told = || word.strip_prefix("ال").is_some_and(|body| told_without_article(tokens, j, body));
        if (rank && !is_staff_word(tokens, i) && !rank_goes_on && !deed && !body_told())
            || (!rank && lex.spokespeople.contains(word) && !role_goes_on)
        {
            // A name the model starts right there is completed from there.
            let opens_no_mention =
                !inside_a_mention(&mentions, &mut k_opened, i) || mentions.get(k_opened).is_some_and(|m| m.tokens.start == i);
            if opens_no_mention {
                starts.push(i);
            }
        }
    }
    let mut k_state = 0;
    for i in 1..tokens.len() {
        let Some(word) = tokens.norm(i) else { continue };
        // The cheap tests first, on every token: a body with the article,
        // a state's adjective as a singular nisba (التركي، الإيرانية).
        if lex.is_body_by_kind(word) {
            let role = if tokens.norm(i - 1) == Some("باسم") { i.checked_sub(2) } else { Some(i - 1) };
            // Not a body inside a name (المتحدث باسم الحشد الشعبي).
            if role.is_some_and(|r| lex.roles_of.holds(tokens, r)) && !inside_a_mention(&mentions, &mut k_state, i) {
                starts.push(i + 1);
            }
            continue;
        }
        let nisba = i >= 2 && is_nisba(word, &NISBA_ENDINGS[..2]);
        // المتحدث باسم الحكومة العراقية: the role spoken for the body.
        let spoken_for =
            || i >= 3 && tokens.norm(i - 2) == Some("باسم") && (lex.roles_of.holds(tokens, i - 3) || lex.spokespeople.holds(tokens, i - 3));
        if nisba
            && (lex.roles_of.holds(tokens, i - 2) || spoken_for())
            && tokens.kind(i - 1) == Some(TokenKind::Arabic)
            && lex.state_adjectives.holds(tokens, i)
        {
            // Not inside a mention (القوات الأمريكية of a name).
            if !inside_a_mention(&mentions, &mut k_state, i) {
                starts.push(i + 1);
                starts.extend(appositive_at(tokens, i + 1));
                // مساعد وزير الخزانة الأمريكي لشؤون تمويل الإرهاب، فلان،:
                // past the affairs the role holds.
                starts.extend(portfolio_end(tokens, i + 1).and_then(|comma| appositive_at(tokens, comma)));
            }
        }
    }
    // قائد قوات سوريا الديمقراطية \n تاريخ النشر: a role closing a line
    // (a headline) names no one on the next (a dateline, a byline).
    starts.retain(|&i| !tokens.line_break_before(i));
    starts.append(&mut bylines);
    starts.sort_unstable();
    starts.dedup();
    for start in starts {
        while let Some(m) = mentions.get(k).filter(|m| m.tokens.end <= start) {
            out.push(*m);
            k += 1;
        }
        // A new person the model found, from the name's first token on.
        let from_start = |m: &Mention, first: Span| {
            let span = Span::new(first.start, m.span.end);
            Mention { span, tokens: TokenRange::new(start, m.tokens.end), entity: EntityRef::New { name: span }, ..*m }
        };
        let new_person = |m: &&Mention| m.kind == EntityType::Person && matches!(m.entity, EntityRef::New { .. });
        // The model's name here starts with the given name, whose first
        // letter is no proclitic (فراس, not ف + راس).
        if let Some(m) = mentions.get(k).filter(|m| m.tokens.start == start).filter(new_person) {
            if let Some(first) = tokens.span(start).filter(|first| first.start < m.span.start) {
                out.push(from_start(m, first));
                k += 1;
                continue;
            }
        }
        // A name of plain words the model typed otherwise right where a
        // person's name is due (المتحدث باسم المنظمة جويل ميلمان): the person.
        let mistyped = mentions.get(k).filter(|m| {
            m.tokens.start == start
                && m.kind != EntityType::Person
                && matches!(m.entity, EntityRef::New { .. })
                && m.tokens.len() >= 2
                && !tokens.is_definite(start)
                && (start..m.tokens.end).all(plain)
        });
        if let Some(m) = mistyped {
            out.push(Mention { kind: EntityType::Person, ..*m });
            k += 1;
            continue;
        }
        // The surname alone typed otherwise (صلاح of كتبت رنا صلاح, read as
        // the start of a place): the person, from the given name on.
        let mistyped_surname = mentions.get(k).filter(|m| {
            m.tokens.start == start + 1
                && m.tokens.len() == 1
                && m.kind != EntityType::Person
                && matches!(m.entity, EntityRef::New { .. })
                && plain(start)
                && plain(start + 1)
                && !tokens.is_definite(start)
                && !tokens.line_break_before(start + 1)
        });
        if let Some(m) = mistyped_surname {
            if let Some(first) = tokens.span(start) {
                let span = Span::new(first.start, m.span.end);
                out.push(new_person_mention(span, TokenRange::new(start, m.tokens.end)));
                k += 1;
                continue;
            }
        }
        // The model's surname alone (غولر of يشار غولر, the given name
        // read as a verb) takes the given name before it.
        if let Some(m) = mentions.get(k).filter(|m| m.tokens.start == start + 1 && plain(start)).filter(new_person) {
            if let Some(first) = tokens.span(start).filter(|_| !tokens.line_break_before(start + 1)) {
                out.push(from_start(m, first));
                k += 1;
                continue;
            }
        }
        // The model's given name alone (يحيى of يحيى ناصر), or its first
        // two words of three (الرقيب ويليام ناثانيال هوارد), is completed.
        let model_words = mentions.get(k).filter(new_person).filter(|m| m.tokens.start == start).map_or(0, |m| m.tokens.len());
        let partial = (1..TITLED_NAME_WORDS).contains(&model_words);
        let next_mention = mentions.get(k + usize::from(partial)).map_or(usize::MAX, |m| m.tokens.start);
        // الملازم أول سيف أبو بكر، العقيد محمد بن علي الشمري: a particle
        // of kinship (أبو، بن) inside the name joins the word after it, and
        // adds a word to the most the name may have.
        let particle = |i: usize| {
            i > start
                && lex.name_particles.holds(tokens, i)
                && !opens_the_next_person(tokens, i, lex)
                && !tokens.is_definite(i)
                && !lex.name_ends.holds(tokens, i)
                && tokens.kind(i + 1) == Some(TokenKind::Arabic)
                && !tokens.line_break_before(i + 1)
        };
        let particles = (start + 1..(start + TITLED_NAME_WORDS).min(tokens.len())).filter(|&i| particle(i)).count();
        let words = (start..(start + TITLED_NAME_WORDS + particles).min(next_mention).min(tokens.len()))
            .take_while(|&i| (plain(i) || particle(i)) && (i == start || !tokens.line_break_before(i)))
            // جون ألين المشاركين: the third word, a definite plural, is the
            // verb's object.
            .take_while(|&i| i < start + 2 || !is_definite_plural_object(tokens, i, model))
            .count();
        let closed = |n: usize| {
            let after = start + n;
            // A name never ends on its particle.
            if particle(after - 1) {
                return false;
            }
            after >= tokens.len()
                || after == next_mention
                || tokens.line_break_before(after)
                || tokens.kind(after) == Some(TokenKind::Punct)
                // الرقيب فلان الفلاني 29 عاماً: his age after the name.
                || tokens.kind(after) == Some(TokenKind::Number)
                || lex.name_ends.holds(tokens, after)
        };
        let Some(n) = (2..=words).rev().find(|&n| closed(n)).or((words >= 2 && !particle(start + 1)).then_some(2)) else { continue };
        // The model's name is never cut short.
        let n = n.max(model_words);
        let article = tokens.is_definite(start);
        if article || start + n > next_mention {
            continue;
        }
        // The words as written: a given name keeps its first letter (فراس
        // is no proclitic ف on راس).
        let (Some(first), Some(last)) = (tokens.span(start), tokens.span(start + n - 1)) else { continue };
        let span = first.cover(last);
        out.push(new_person_mention(span, TokenRange::new(start, start + n)));
        k += usize::from(partial);
    }
    out.extend_from_slice(&mentions[k..]);
    out
}

/// Token `i` may be a word of a person's name after a title: an Arabic
/// word, no trigger, no word that ends a name, no group.
fn plain_name_word(tokens: &Tokens<'_>, i: usize, lex: &Triggers) -> bool {
    // مساعد الوزير لشؤون مكافحة الإرهاب، مدير منظمة فلان لحقوق الإنسان:
    // the field of a role or body, glued to «ل» as written (not «للشؤون»,
    // which a reading would fold into it), is no person's name.
    let field = tokens.span(i).is_some_and(|w| matches!(w.slice(tokens.text()), "لشؤون" | "لشئون" | "لحقوق"));
    // ببرنامج، لوزارة: a word that announces a name, glued to a
    // preposition, is no part of one.
    // Not «باسم» where a name is due: the given name Basim (المتحدث باسم
    // الحكومة العراقية باسم العوادي، اللواء باسم), no «in the name of».
    let announces =
        || tokens.norm(i) != Some("باسم") && tokens.get(i).is_some_and(|t| t.splits().any(|sp| lex.contains(sp.without_article())));
    tokens.kind(i) == Some(TokenKind::Arabic)
        && !field
        && !has_tanween(tokens, i)
        && !announces()
        && !lex.name_ends.holds(tokens, i)
        && !lex.groups.holds(tokens, i)
        && !opens_the_next_person(tokens, i, lex)
}

/// The most words of a speaker's name read after a verb of speech.
const SPOKEN_NAME_WORDS: usize = 3;

/// وقال سرمد البياتي إن: two or three words right after a verb of speech,
/// where the model found no name, closed as a name is (punctuation or a
/// word of [name_end]: إن، لوكالة، في), are the speaker's name when each
/// may be a word of a name after a title, the first has no article, and
/// the model reads none as a common word (وقال بيان صادر عن، وقال شهود
/// عيان إن: no one's name). The model misses many such names: the corpora
/// it learnt from bring few speakers named without a title.
///
/// `speech_verbs`: the tokens of the verbs, in order.
fn spoken_names(mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer, speech_verbs: &[usize]) -> Vec<Mention> {
    let lex = &model.lexicons().triggers;
    let mut added: Vec<Mention> = Vec::new();
    let mut k = 0;
    for &j in speech_verbs.iter().filter(|&&j| j + 2 < tokens.len()) {
        let start = j + 1;
        // ذكرت شبكات إخبارية: a plural in «ات» opens no one's name.
        let plural = tokens.norm(start).is_some_and(|w| w.ends_with("ات"));
        if tokens.line_break_before(start) || tokens.is_definite(start) || plural || inside_a_mention(&mentions, &mut k, start) {
            continue;
        }
        let next_mention = mentions.get(k).map_or(usize::MAX, |m| m.tokens.start);
        let word = |i: usize| {
            !tokens.line_break_before(i)
                && plain_name_word(tokens, i, lex)
                && !lex.speech_verbs.holds(tokens, i)
                && tokens.norm(i).is_some_and(|w| model.outside_lean(w) <= 0.0)
        };
        let words = (start..(start + SPOKEN_NAME_WORDS).min(next_mention).min(tokens.len())).take_while(|&i| word(i)).count();
        let closed = |n: usize| {
            let after = start + n;
            after < tokens.len()
                && !tokens.line_break_before(after)
                && (tokens.kind(after) == Some(TokenKind::Punct) || lex.name_ends.holds(tokens, after))
        };
        let Some(n) = (2..=words).rev().find(|&n| closed(n)) else { continue };
        let (Some(first), Some(last)) = (tokens.span(start), tokens.span(start + n - 1)) else { continue };
        added.push(new_person_mention(first.cover(last), TokenRange::new(start, start + n)));
    }
    with_added(mentions, added)
}

/// A dash as news sets it between a dateline, a byline and the story.
fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "–" | "—")
}

/// How far back a body's word told without the article is looked for.
const BODY_TOLD_BACK: usize = 2_000;

/// The word `body` stands without the article (a proclitic glued or not)
/// before token `j`, within [`BODY_TOLD_BACK`] tokens: فريق الاستجابة,
/// لواء المشاة before «الفريق», «اللواء».
fn told_without_article(tokens: &Tokens<'_>, j: usize, body: &str) -> bool {
    (j.saturating_sub(BODY_TOLD_BACK)..j)
        .any(|i| tokens.norm(i).is_some_and(|w| w == body || w.strip_prefix(['و', 'ل', 'ب', 'ف']).is_some_and(|rest| rest == body)))
}

/// Where a name set between commas after a role starts, when the comma at
/// token `at` opens one (، مولود جاويش أوغلو،): two to
/// [`TITLED_NAME_WORDS`] Arabic words, then the closing comma.
fn appositive_at(tokens: &Tokens<'_>, at: usize) -> Option<usize> {
    if !is_comma(tokens, at) {
        return None;
    }
    let words = (at + 1..(at + 1 + TITLED_NAME_WORDS).min(tokens.len())).take_while(|&i| tokens.kind(i) == Some(TokenKind::Arabic)).count();
    (words >= 2 && is_comma(tokens, at + 1 + words)).then_some(at + 1)
}

/// The most words of the affairs a role holds (لشؤون مكافحة تمويل الإرهاب).
const PORTFOLIO_WORDS: usize = 5;

/// The comma closing the affairs a role holds, «لشؤون» at token `at` and a
/// few Arabic words after it (وزير الخارجية الأمريكي لشؤون الشرق الأوسط،).
fn portfolio_end(tokens: &Tokens<'_>, at: usize) -> Option<usize> {
    if !matches!(tokens.norm(at), Some("لشؤون" | "للشؤون")) {
        return None;
    }
    let words = (at + 1..(at + 1 + PORTFOLIO_WORDS).min(tokens.len())).take_while(|&i| tokens.kind(i) == Some(TokenKind::Arabic)).count();
    let comma = at + 1 + words;
    (words > 0 && is_comma(tokens, comma)).then_some(comma)
}

/// Token `i` is a comma, Arabic or Latin.
fn is_comma(tokens: &Tokens<'_>, i: usize) -> bool {
    tokens.kind(i) == Some(TokenKind::Punct) && matches!(tokens.norm(i), Some("،" | ","))
}

/// The longest number of words between an outlet's head and the word that
/// closes its name (شبكة شام الإخبارية: one).
const OUTLET_NAME_WORDS: usize = 3;

/// A ministry named by its field and its state's adjective, «وزارة»
/// written or not (الخارجية المغربية، وزارة الداخلية الأردنية), where no
/// mention stands: one organization. The adjective is a feminine nisba,
/// agreeing with the ministry: «وزير الخارجية المغربي» is a minister's
/// title.
fn ministries_named_by_field(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let lex = &model.lexicons().triggers;
    let ministry_word = |j: usize| tokens.get(j).is_some_and(|t| t.splits().any(|s| s.stem_norm == "وزارة"));
    let mut found: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        let field = i;
        i += 1;
        // The cheapest test first, on every token: the next word ends as
        // a feminine adjective of a state does (المغربية، التركيه).
        let feminine = tokens.norm(field + 1).is_some_and(|w| w.ends_with("ية") || w.ends_with("يه"));
        if !(feminine
            && lex.ministry_fields.holds(tokens, field)
            && tokens.is_definite(field)
            && tokens.is_definite(field + 1)
            && lex.state_adjectives.holds(tokens, field + 1)
            && tokens.kind(field + 1) == Some(TokenKind::Arabic))
        {
            continue;
        }
        let start = if field > 0 && ministry_word(field - 1) && !tokens.line_break_before(field) { field - 1 } else { field };
        let end = field + 2;
        let taken = mentions.partition_point(|m| m.tokens.end <= start);
        if mentions.get(taken).is_some_and(|m| m.tokens.start < end) {
            continue;
        }
        let Some(span) = name_span(tokens, start, end, model) else { continue };
        found.push(new_organization(span, TokenRange::new(start, end)));
        i = end;
    }
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| m.tokens.start);
    }
    mentions
}

/// The most words of a field after the head of a body named in construct.
const FIELD_WORDS: usize = 4;

/// وزارة الأوقاف والشؤون الدينية، مديرية الصحة، المديرية العامة للشؤون
/// الإيزيدية: a head of [construct_head] with the definite words of its
/// field after it (joined by «و» after the first), where no mention
/// stands, is one organization. With the article, the head needs an
/// adjective of [body_adjective] and a field glued to «لل»: alone
/// (الوزارة) it names the body told before. The field ends at a word that
/// is no part of a name (التابعة، اليوم), a month or weekday, a mention, a
/// word without the article or punctuation.
fn bodies_in_construct(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer, cues: &[usize]) -> Vec<Mention> {
    let lex = &model.lexicons().triggers;
    let text = tokens.text();
    // New names, and where in `mentions` each goes (a model's shorter
    // reading of the same head is replaced).
    let mut found: Vec<(Option<usize>, Mention)> = Vec::new();
    let glued_lil = |i: usize| tokens.span(i).is_some_and(|w| w.slice(text).starts_with("لل"));
    for &head in cues {
        // المتحدث باسم مركز الإعلام الأمني: after «باسم» (in the name of)
        // any head of a body opens one.
        let spoken_for = || {
            !tokens.is_definite(head)
                && lex.body_heads.holds(tokens, head)
                && head.checked_sub(1).is_some_and(|p| tokens.norm(p) == Some("باسم"))
        };
        if !(lex.construct_heads.holds(tokens, head) || spoken_for()) || found.last().is_some_and(|(_, m)| m.tokens.end > head) {
            continue;
        }
        // وقالت وزارة الأوقاف والشؤون الدينية: the model's name opening
        // at the head may stop short of the field's end.
        let over_head = mention_over(&mentions, head);
        let shorter = over_head
            .filter(|&k| mentions[k].tokens.start == head && mentions[k].kind == EntityType::Organization)
            .filter(|&k| matches!(mentions[k].entity, EntityRef::New { .. }));
        if over_head.is_some() && shorter.is_none() {
            continue;
        }
        let free = |i: usize| mention_over(&mentions, i).is_none_or(|k| Some(k) == shorter);
        let of_field = |i: usize| {
            tokens.kind(i) == Some(TokenKind::Arabic)
                && !tokens.line_break_before(i)
                && tokens.is_definite(i)
                && !lex.not_of_name.holds(tokens, i)
                && !lex.calendar.holds(tokens, i)
                && !lex.name_ends.holds(tokens, i)
                // وزارة الداخلية العميد سعد معن: a rank opens the person
                // named after the body.
                && !lex.ranks.holds(tokens, i)
                && free(i)
        };
        let mut first = head + 1;
        if tokens.is_definite(head) {
            let adjective = lex.body_adjectives.holds(tokens, first) && of_field(first);
            if !(adjective && glued_lil(first + 1)) {
                continue;
            }
            first += 1;
        }
        let mut end = first;
        while end < first + FIELD_WORDS && of_field(end) {
            // The article opens each word, «و» before it after the first
            // (والشؤون); a preposition glued to one opens another phrase
            // (بالتحقيق), save «لل» opening the field after an adjective.
            let word = tokens.span(end).map_or("", |w| w.slice(text));
            let opens = word.starts_with("ال") || (end > first && word.starts_with("وال")) || (end == first && glued_lil(end));
            if !opens {
                break;
            }
            end += 1;
        }
        if end == first || shorter.is_some_and(|k| mentions[k].tokens.end >= end) {
            continue;
        }
        let Some(mut span) = name_span(tokens, head, end, model) else { continue };
        // ومفوضية الانتخابات: a proclitic before the head is no part of
        // the name, whatever the model knows of the whole word.
        let proclitic = tokens.get(head).and_then(|t| t.splits().find(|s| !s.is_unsplit() && lex.construct_heads.contains(s.stem_norm)));
        if let Some(split) = proclitic.filter(|s| s.stem.start > span.start && s.stem.start < span.end) {
            span = Span::new(split.stem.start, span.end);
        }
        let mention = new_organization(span, TokenRange::new(head, end));
        found.push((shorter, mention));
    }
    if found.is_empty() {
        return mentions;
    }
    for (shorter, mention) in found {
        match shorter {
            Some(k) => mentions[k] = mention,
            None => mentions.push(mention),
        }
    }
    mentions.sort_by_key(|m| m.tokens.start);
    mentions
}

/// A news outlet's name closed by its kind right after a mention
/// (شبكة شام الإخبارية، وكالة ستيب للأنباء، بلدي نيوز): head, name and
/// closing word are one organization. A gazetteer organization keeps its
/// entity and takes the closing word in; a place or a model's name there
/// was part of the outlet's name.
fn wrap_outlets(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer, cues: &[usize]) -> Vec<Mention> {
    let lex = &model.lexicons().triggers;
    let mut k = 0;
    while let Some(&m) = mentions.get(k) {
        let end = m.tokens.end;
        k += 1;
        // The closing word read as a name of its own by the model (نيوز)
        // is the outlet's.
        let next = mentions.get(k).filter(|n| n.tokens.start <= end);
        let closing_word_alone =
            next.is_some_and(|n| n.tokens == TokenRange::new(end, end + 1) && matches!(n.entity, EntityRef::New { .. }));
        if (next.is_some() && !closing_word_alone) || tokens.line_break_before(end) || !lex.outlet_ends.holds(tokens, end) {
            continue;
        }
        // The head: the mention's first word, or a word before it with
        // nothing but the name's words between (and no other mention).
        let previous_end = k.checked_sub(2).map_or(0, |p| mentions[p].tokens.end);
        let opens_line = |h: usize| (h + 1..=m.tokens.start).any(|i| tokens.line_break_before(i));
        let head = (m.tokens.start.saturating_sub(OUTLET_NAME_WORDS).max(previous_end)..=m.tokens.start).rev().find(|&h| {
            lex.outlet_heads.holds(tokens, h) && !opens_line(h) && (h..m.tokens.start).all(|i| tokens.kind(i) == Some(TokenKind::Arabic))
        });
        let start = match head {
            Some(h) if h < end => h,
            _ if lex.brand_ends.holds(tokens, end) => m.tokens.start,
            _ => continue,
        };
        // قناة "السومرية نيوز": a quote opened inside the name closes with it.
        let mut stop = end + 1;
        let opened = (start..stop).any(|i| is_quote(tokens, i, &OPENING_QUOTES));
        if opened && is_quote(tokens, stop, &CLOSING_QUOTES) && !tokens.line_break_before(stop) {
            stop += 1;
        }
        let Some(span) = name_span(tokens, start, stop, model) else { continue };
        let keeps_entity = m.kind == EntityType::Organization && matches!(m.entity, EntityRef::Known(_));
        let entity = if keeps_entity { m.entity } else { EntityRef::New { name: span } };
        mentions[k - 1] = Mention {
            span,
            tokens: TokenRange::new(start, stop),
            entity,
            kind: EntityType::Organization,
            by_context: m.by_context && keeps_entity,
        };
        if closing_word_alone {
            mentions.remove(k);
        }
    }
    brand_outlets(mentions, tokens, model, cues)
}

/// The most words of an outlet's name in Latin letters (Middle East Eye).
const LATIN_OUTLET_WORDS: usize = 4;

/// Latin words that join the capitalized words of a name (Voice of
/// America, The New York Times): part of it between two of them.
const LATIN_NAME_JOINERS: [&str; 5] = ["of", "the", "and", "for", "de"];

/// صحيفة Dawn، موقع Middle East Eye: capitalized Latin words right after an
/// outlet's head, on its line and where no mention is, are the outlet's
/// name. The model, trained on Arabic text, reads nothing of them.
fn latin_outlets(mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let heads = &model.lexicons().triggers.outlet_heads;
    let latin = |i: usize| tokens.kind(i) == Some(TokenKind::Latin) && !tokens.line_break_before(i);
    let capitalized = |i: usize| latin(i) && tokens.get(i).is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_uppercase()));
    let joiner = |i: usize| latin(i) && tokens.norm(i).is_some_and(|w| LATIN_NAME_JOINERS.contains(&w.to_ascii_lowercase().as_str()));
    let mut added = Vec::new();
    let mut k = 0;
    for i in 1..tokens.len() {
        if !capitalized(i) || inside_a_mention(&mentions, &mut k, i) || !heads.holds(tokens, i - 1) {
            continue;
        }
        let free = |j: usize| mentions.get(k).is_none_or(|m| m.tokens.start > j);
        let mut end = i + 1;
        while end - i < LATIN_OUTLET_WORDS && free(end) {
            if capitalized(end) {
                end += 1;
            } else if joiner(end) && capitalized(end + 1) && free(end + 1) && end + 1 - i < LATIN_OUTLET_WORDS {
                end += 2;
            } else {
                break;
            }
        }
        let Some(span) = name_span(tokens, i, end, model) else { continue };
        added.push(new_organization(span, TokenRange::new(i, end)));
    }
    with_added(mentions, added)
}

/// موقع عنب نيوز: a brand's closing word after an outlet's head, with one
/// to three words of no mention between, is an outlet the model read
/// nothing of. So is a name closed by its kind opening a line, one or two
/// words and the closing word (النجاح الإخباري - أكد: the outlet's credit),
/// and a brand's word and the word before it alone in brackets or quotes.
fn brand_outlets(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer, cues: &[usize]) -> Vec<Mention> {
    let lex = &model.lexicons().triggers;
    let mut k = 0;
    let line_start = |i: usize| i == 0 || tokens.line_break_before(i);
    for &end in cues.iter().filter(|&&e| e >= 1) {
        if !lex.outlet_ends.holds(tokens, end) || tokens.line_break_before(end) {
            continue;
        }
        let brand = lex.brand_ends.holds(tokens, end);
        // The kind's word, one or two words after the line's start.
        let credit = (1..=2).map(|n| end.wrapping_sub(n)).find(|&h| h < end && line_start(h));
        // تلقته (الأولى نيوز): a brand's word and one word before it, alone
        // in brackets or quotes.
        let enclosed = end.checked_sub(2).filter(|&open| {
            brand
                && (is_quote(tokens, open, &["("]) && is_quote(tokens, end + 1, &[")"])
                    || is_quote(tokens, open, &OPENING_QUOTES) && is_quote(tokens, end + 1, &CLOSING_QUOTES))
        });
        if !brand && credit.is_none() {
            continue;
        }
        while mentions.get(k).is_some_and(|m| m.tokens.end <= end) {
            k += 1;
        }
        let previous_end = k.checked_sub(1).map_or(0, |p| mentions[p].tokens.end);
        if mentions.get(k).is_some_and(|m| m.tokens.start <= end) {
            continue;
        }
        let head = (end.saturating_sub(OUTLET_NAME_WORDS + 1).max(previous_end)..end.saturating_sub(1)).rev().find(|&h| {
            lex.outlet_heads.holds(tokens, h)
                && (h + 1..=end).all(|i| tokens.kind(i) == Some(TokenKind::Arabic) && !tokens.line_break_before(i))
        });
        let credit = credit.filter(|&h| {
            h >= previous_end
                && (h..end).all(|i| tokens.kind(i) == Some(TokenKind::Arabic) && (i == h || !tokens.line_break_before(i)))
                && !only_triggers(tokens, h, end, model.lexicons())
                // وذكرت شبكات إخبارية: a verb of speech and unnamed outlets
                // at a line's start, no credit.
                && !(h..end).any(|i| lex.speech_verbs.holds(tokens, i) || lex.groups.holds(tokens, i))
        });
        let enclosed = enclosed.map(|open| open + 1).filter(|&h| {
            h >= previous_end && tokens.kind(h) == Some(TokenKind::Arabic) && !only_triggers(tokens, h, end, model.lexicons())
        });
        let Some(h) = head.or(credit).or(enclosed) else { continue };
        let Some(span) = name_span(tokens, h, end + 1, model) else { continue };
        let kind = EntityType::Organization;
        mentions.insert(
            k,
            Mention { span, tokens: TokenRange::new(h, end + 1), entity: EntityRef::New { name: span }, kind, by_context: false },
        );
        k += 1;
    }
    mentions
}

/// Every token of `start..end` is a trigger word in one of its readings, or
/// a role held of a body (وكيل): words that announce a name, no name.
fn only_triggers(tokens: &Tokens<'_>, start: usize, end: usize, lex: &Lexicons) -> bool {
    let mut buf = String::new();
    (start..end).all(|i| {
        lex.triggers.roles_of.holds(tokens, i)
            || tokens.get(i).is_some_and(|t| {
                t.splits().any(|s| {
                    lex.triggers.contains(s.dictionary_form(&mut buf))
                        || lex.triggers.contains(s.without_article())
                        // بريفي الرقة: a list's head, a preposition glued.
                        || lex.triggers.place_list_heads.contains(s.without_article())
                })
            })
    })
}

/// Token `i` is an Arabic word on the line of the word before it that
/// ends as a singular nisba with the article (العراقي، الإعلامية), save
/// relative pronouns and words of `[not_of_name]`.
fn definite_nisba_at(tokens: &Tokens<'_>, i: usize, lex: &Lexicons) -> bool {
    tokens.kind(i) == Some(TokenKind::Arabic)
        && !tokens.line_break_before(i)
        && tokens.norm(i).is_some_and(|w| w.starts_with("ال") && is_nisba(w, &NISBA_ENDINGS[..2]) && !is_relative_pronoun(w))
        && !lex.triggers.not_of_name.holds(tokens, i)
}

/// The most adjectives an organization's name takes in after it (الهيئة
/// الطبية الدولية: two).
const NAME_ADJECTIVES: usize = 2;

/// How many adjectives stand right after token `end - 1`, in the same
/// line, before `limit` (the next mention): words with the article that
/// end as a singular nisba (العسكري، الإعلامية), save directions, times
/// and participles (الشرقي of ريف حلب الشرقي، الماضي، المنطوي).
fn adjectives_after(tokens: &Tokens<'_>, end: usize, limit: usize, lex: &Lexicons) -> usize {
    (end..(end + NAME_ADJECTIVES).min(limit)).take_while(|&i| definite_nisba_at(tokens, i, lex)).count()
}

/// A new organization's name takes in the adjectives right after it
/// (مجلس منبج العسكري، وزارة الخارجية التركية): Arabic adjectives follow
/// their noun, and the model often stops at the noun.
fn take_adjectives(mut mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let lex: &Lexicons = model.lexicons();
    for k in 0..mentions.len() {
        let m = mentions[k];
        if m.kind != EntityType::Organization || !matches!(m.entity, EntityRef::New { .. }) {
            continue;
        }
        let limit = mentions.get(k + 1).map_or(tokens.len(), |n| n.tokens.start);
        let n = adjectives_after(tokens, m.tokens.end, limit, lex);
        // مجلة نيوزويك الأمريكية: an outlet's own name after its kind
        // takes no adjective of its country.
        let outlet_named = outlet_named_at(tokens, m.tokens.start, lex) && lex.triggers.state_adjectives.holds(tokens, m.tokens.end);
        if n == 0 || outlet_named {
            continue;
        }
        let end = m.tokens.end + n;
        let Some(span) = name_span(tokens, m.tokens.start, end, model) else { continue };
        mentions[k] = Mention { span, tokens: TokenRange::new(m.tokens.start, end), entity: EntityRef::New { name: span }, ..m };
    }
    mentions
}

/// An institution's head right before a place of the gazetteer (a generic
/// place word may stand between): one organization, the place no mention
/// of its own. So is the head of a body named by its place and an
/// adjective (مركز دير الزور الإعلامي); without the adjective such a head
/// leaves the place a place (مركز المدينة).
fn wrap_places(mentions: Vec<Mention>, tokens: &Tokens<'_>, model: &Recognizer) -> Vec<Mention> {
    let lex: &Lexicons = model.lexicons();
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut rest = mentions.iter().skip(1);
    for &m in &mentions {
        let limit = rest.next().map_or(tokens.len(), |n| n.tokens.start);
        if m.kind == EntityType::Location && matches!(m.entity, EntityRef::Known(_)) {
            let mut head = m.tokens.start.checked_sub(1);
            if let Some(h) = head.filter(|&h| lex.triggers.place_words.holds(tokens, h)) {
                head = h.checked_sub(1);
            }
            let free = |h: usize| out.last().is_none_or(|last: &Mention| last.tokens.end <= h);
            let body = |h: usize| {
                lex.triggers.institutions.holds(tokens, h)
                    || (lex.triggers.body_heads.holds(tokens, h) && adjectives_after(tokens, m.tokens.end, limit, lex) > 0)
            };
            // قيادة عمليات كركوك: operations named by their place are a
            // command after a body's head.
            if let Some(mut h) =
                head.filter(|&h| free(h) && !tokens.line_break_before(h + 1) && (body(h) || command_word_at(tokens, h, lex)))
            {
                // قيادة شرطة نينوى: the body's head before the institution
                // opens the name.
                if h > 0 && free(h - 1) && !tokens.line_break_before(h) && indefinite_body_head(tokens, h - 1, lex) {
                    h -= 1;
                }
                if let Some(span) = name_span(tokens, h, m.tokens.end, model) {
                    let entity = EntityRef::New { name: span };
                    out.push(Mention {
                        span,
                        tokens: TokenRange::new(h, m.tokens.end),
                        entity,
                        kind: EntityType::Organization,
                        by_context: false,
                    });
                    continue;
                }
            }
        }
        out.push(m);
    }
    out
}

/// The relative pronouns, normalized: they open a clause, they close no
/// name.
fn is_relative_pronoun(norm: &str) -> bool {
    matches!(norm, "الذي" | "التي" | "الذين" | "اللذان" | "اللتان" | "اللذين" | "اللتين" | "اللواتي" | "اللاتي" | "اللائي")
}

/// Token `i` is a definite sound masculine plural (المشاركين، المصابون)
/// that the model's weights read as a common word.
fn is_definite_plural_object(tokens: &Tokens<'_>, i: usize, model: &Recognizer) -> bool {
    tokens.norm(i).is_some_and(|w| {
        w.strip_prefix("ال").is_some_and(|stem| stem.chars().count() >= 5 && (stem.ends_with("ين") || stem.ends_with("ون")))
            && model.outside_lean(w) > 0.0
    })
}

/// Token `i` is written with tanween (بياناً، تصريحاً): an indefinite
/// noun, no word of a name.
fn has_tanween(tokens: &Tokens<'_>, i: usize) -> bool {
    tokens.span(i).is_some_and(|s| s.slice(tokens.text()).contains(['\u{064B}', '\u{064C}', '\u{064D}']))
}

/// The name's tokens without punctuation or symbols at either end: a
/// name starts and ends with a word. Nor does it end with a word written
/// with tanween (بياناً، تصريحاً): an indefinite noun after the name, the
/// object of the verb before it, never a name's last word; nor with a
/// relative pronoun (وكالة الأسوشيتد برس التي اعتمدت: the clause after
/// the name opens there).
fn trimmed(f: Found, tokens: &Tokens<'_>) -> Option<(usize, usize)> {
    let is_word = |i: usize| matches!(tokens.kind(i), Some(TokenKind::Arabic | TokenKind::Latin | TokenKind::Number));
    let (mut start, mut end) = (f.start, f.end);
    while start < end && !is_word(start) {
        start += 1;
    }
    while end > start && (!is_word(end - 1) || has_tanween(tokens, end - 1) || tokens.norm(end - 1).is_some_and(is_relative_pronoun)) {
        end -= 1;
    }
    // فرقة «العباس» القتالية: a quote opened inside the name closes with
    // it, right after its last word.
    if start < end && quote_left_open(tokens, start, end) {
        end += 1;
    }
    // A name is words, not a number alone.
    (start < end && (start..end).any(|i| matches!(tokens.kind(i), Some(TokenKind::Arabic | TokenKind::Latin)))).then_some((start, end))
}

/// Tokens `start..end` open a quote that token `end`, right after the last
/// word, closes.
fn quote_left_open(tokens: &Tokens<'_>, start: usize, end: usize) -> bool {
    let Some(close) = tokens.norm(end).filter(|_| tokens.kind(end) == Some(TokenKind::Punct) && tokens.gap_before(end).is_empty()) else {
        return false;
    };
    // The quotes of a name, each opening one beside its closing one.
    OPENING_QUOTES.into_iter().zip(CLOSING_QUOTES).filter(|(_, c)| *c == close).any(|(open, c)| {
        let count = |q: &str| (start..end).filter(|&i| is_quote(tokens, i, &[q])).count();
        if open == c {
            count(open) % 2 == 1
        } else {
            count(open) > count(c)
        }
    })
}

/// The name's span: from its first word without a proclitic glued to it
/// (و ب ل ك ف, or ل before an article) to the end of its last word.
fn name_span(tokens: &Tokens<'_>, start: usize, end: usize, model: &Recognizer) -> Option<Span> {
    let first = tokens.get(start)?;
    let last = tokens.span(end - 1)?;
    let mut begin = first.span.start;
    // بسام، وليد: a given name that opens with a proclitic's letter keeps
    // it; only a proclitic before the whole goes (وبسام).
    let whole_names = &model.lexicons().triggers.whole_names;
    if first.may_have_proclitic() && !whole_names.contains(first.norm) {
        let readings: Vec<_> = first.splits().filter(|s| !s.is_unsplit()).collect();
        // A reading whose stem carries the article (والموصل، بالرقة، للجيش):
        // the proclitic is certain.
        let with_article = readings.iter().find(|s| s.has_article());
        // Else a stem the model knows as a word where it does not know the
        // whole (وسنجار، but not وليد).
        // «و» glued to a stem the model knows is the conjunction whether
        // or not the whole is a word of the corpora too (ومجلس النواب،
        // ومحمد غالب: lists join names so); names that open with «و» are
        // of [whole_name], words that announce a name are whole (وادي).
        let conjunction =
            |s: &khabar_tokenize::Split| s.prefix.slice(tokens.text()) == "و" && !model.lexicons().triggers.contains(first.norm);
        // «ل» or «ب» glued to a word that announces a name (لمجلس، بوزارة):
        // the preposition, whatever the corpora know of the whole.
        let before_a_head = |s: &khabar_tokenize::Split| {
            matches!(s.prefix.slice(tokens.text()), "ل" | "ب")
                && model.lexicons().triggers.contains(s.stem_norm)
                && !model.lexicons().triggers.contains(first.norm)
        };
        let known_stem =
            || readings.iter().find(|s| model.knows(s.stem_norm) && (!model.knows(first.norm) || conjunction(s) || before_a_head(s)));
        // Else «و»، «ف»، «ب» or «ل» before an alef with hamza (وأبو خشب،
        // وإبراهيم، بأبي خالد): no name begins so, the proclitic is
        // certain.
        let text = tokens.text();
        let hamza_stem = || {
            readings
                .iter()
                .find(|s| matches!(s.prefix.slice(text), "و" | "ف" | "ب" | "ل") && s.stem.slice(text).starts_with(['أ', 'إ', 'آ']))
        };
        // «ك» (like, as) glued to a bare word the model knows, read as a
        // one-word name, is a common noun the model does not know (كمين:
        // ambush, not ك + a place): no name.
        let like_a_word = known_stem().is_some_and(|s| s.prefix.slice(text) == "ك" && !s.has_article());
        if like_a_word && end == start + 1 && with_article.is_none() {
            return None;
        }
        // Else a stem that opens a name of the gazetteer or the place list
        // where the whole opens none and the model never saw the whole
        // (بكوردستان: the preposition).
        let lexicons = model.lexicons();
        let listed = |w: &str| lexicons.aliases.begins_an_alias(w) || lexicons.places.begins_a_place(w);
        let listed_stem = || readings.iter().find(|s| listed(s.stem_norm) && !listed(first.norm) && !model.knows(first.norm));
        // Else «و» before a given name where the whole is none (ومريم،
        // وصالح; وليد and وائل are given names whole).
        let given_stem =
            || readings.iter().find(|s| s.prefix.slice(text) == "و").filter(|_| waw_and_given_name(&lexicons.triggers, first.norm));
        let whole_stem = readings.iter().find(|s| whole_names.contains(s.stem_norm));
        if let Some(split) = whole_stem.or(with_article).or_else(known_stem).or_else(hamza_stem).or_else(listed_stem).or_else(given_stem) {
            begin = split.stem.start;
        }
    }
    (begin < last.end).then_some(Span::new(begin, last.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::model::NerModel;
    use khabar_tokenize::Tokenizer;

    /// A new mention over tokens `start..end` of `tokens`.
    fn new_mention(tokens: &Tokens<'_>, start: usize, end: usize, kind: EntityType) -> Mention {
        let span = tokens.span(start).unwrap().cover(tokens.span(end - 1).unwrap());
        Mention { span, tokens: TokenRange::new(start, end), entity: EntityRef::New { name: span }, kind, by_context: false }
    }

    #[test]
    fn a_name_later_told_alone_as_a_person_is_that_person() {
        let model = Recognizer::new(NerModel::shipped(), &Gazetteer::default());
        let text = "وأفادت مسؤولة المخيم سلوى برهان بذلك. وقالت برهان إن";
        let tokens = Tokenizer::default().tokenize(text);
        let word = |w: &str| (0..tokens.len()).find(|&i| tokens.get(i).unwrap().text == w).unwrap();
        let (first, last) = (word("سلوى"), word("برهان"));
        let short = (last + 1..tokens.len()).find(|&i| tokens.get(i).unwrap().text == "برهان").unwrap();
        let read =
            vec![new_mention(&tokens, first, last + 1, EntityType::Location), new_mention(&tokens, short, short + 1, EntityType::Person)];
        let out = one_type_per_name(read.clone(), &tokens, &model);
        assert_eq!(out[0].kind, EntityType::Person);
        assert_eq!(out[1].entity, EntityRef::New { name: out[0].span });
        // A name that opens with a word of its kind stays what it is.
        let camp = "وصلوا إلى مخيم برهان. وقال برهان إن";
        let tokens = Tokenizer::default().tokenize(camp);
        let read = vec![new_mention(&tokens, 2, 4, EntityType::Location), new_mention(&tokens, 6, 7, EntityType::Person)];
        assert_eq!(one_type_per_name(read, &tokens, &model)[0].kind, EntityType::Location);
    }
}
