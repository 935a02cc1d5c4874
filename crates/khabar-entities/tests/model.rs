//! The statistical tagger under the gazetteer: table tests of the kinds of
//! names news carries that no gazetteer lists, written `text=TYPE` (a name
//! the gazetteer knows is written `text=id`). Every phrase here is made up
//! for the test.

use khabar_entities::model::{NerModel, DEFAULT_MODEL};
use khabar_entities::{new_entity_id, EntityRef, EntityType, Gazetteer, Tagger};
use std::sync::LazyLock;

static TAGGER: LazyLock<Tagger> = LazyLock::new(Tagger::default);

/// The mentions of `input` as `text=id` for the gazetteer's entities and
/// `text=TYPE` for the others.
fn mentions(input: &str) -> Vec<String> {
    TAGGER
        .tag(input)
        .iter()
        .map(|m| match m.entity {
            EntityRef::Known(_) => format!("{}={}", &input[m.span.range()], TAGGER.id_of(m, input)),
            EntityRef::New { .. } => format!("{}={}", &input[m.span.range()], m.kind.as_str()),
        })
        .collect()
}

/// The mentions of `text` as (words, id), ids of new entities included.
fn ids(text: &str) -> Vec<(String, String)> {
    TAGGER.tag(text).iter().map(|m| (text[m.span.range()].to_string(), TAGGER.id_of(m, text).into_owned())).collect()
}

/// Each expected mention is among those found.
fn check(cases: &[(&str, &[&str])]) {
    for (input, expected) in cases {
        let got = mentions(input);
        for e in *expected {
            assert!(got.iter().any(|g| g == e), "{input}\n  expected {e}\n  got {got:?}");
        }
    }
}

#[test]
fn officials_and_people_after_titles_and_speech_verbs() {
    check(&[
        ("وقال وزير الخارجية التركي هاكان فيدان إن بلاده سترد", &["هاكان فيدان=PER"]),
        ("وصرح المتحدث باسم الجيش العميد سالم الأحمد بأن القوات تقدمت", &["سالم الأحمد=PER"]),
        ("وقال الناشط محمود الحسن إن القصف طال الأحياء", &["محمود الحسن=PER"]),
        // A title's adjective stands between the title and the name.
        ("منذ مقتل المتحدث السابق محمد الجبوري في غارة", &["محمد الجبوري=PER"]),
        ("وكان القائد الراحل محمد الحسن قد أعلن", &["محمد الحسن=PER"]),
    ]);
}

#[test]
fn agencies_ministries_parties_and_commands() {
    check(&[
        ("نقلت وكالة الأناضول عن مصادر محلية أن القصف استمر", &["وكالة الأناضول=anadolu"]),
        ("أعلنت قيادة العمليات المشتركة مقتل ثلاثة مسلحين", &["قيادة العمليات المشتركة=iraqi_joint_operations_command"]),
        ("وأكد حزب العمال الكردستاني أنه لن يلقي السلاح", &["حزب العمال الكردستاني=pkk"]),
        ("وذكرت وزارة الدفاع العراقية أن الغارات دمرت مخبأين", &["وزارة الدفاع العراقية=iraq_mod"]),
    ]);
}

#[test]
fn places_camps_and_spelling_variants() {
    check(&[
        ("وصلت العائلات إلى مخيم العريشة جنوب الحسكة", &["مخيم العريشة=LOC", "الحسكة=hasakah"]),
        // Heh for teh marbuta at a word's end, Persian yeh.
        ("شهدت الرقه والحسكه اشتباكات عنيفة", &["الرقه=raqqa", "الحسكه=hasakah"]),
        ("دخلت القوات سوریا من الشمال", &["سوریا=syria"]),
    ]);
}

#[test]
fn an_organization_that_holds_a_place_is_one_organization() {
    check(&[
        ("وبثت إذاعة دمشق بيانا عن الاشتباكات", &["إذاعة دمشق=ORG"]),
        ("وتحدث رئيس جامعة الأنبار عن إعادة الإعمار", &["جامعة الأنبار=ORG"]),
        ("وأصدر مجلس محافظة نينوى قرارا جديدا", &["مجلس محافظة نينوى=ORG"]),
    ]);
    // The place inside is no mention of its own.
    assert!(!mentions("وبثت إذاعة دمشق بيانا").iter().any(|m| m == "دمشق=damascus"));
}

#[test]
fn a_body_named_by_its_place_and_an_adjective_is_one_organization() {
    check(&[
        // A head that alone leaves the place a place (مركز المدينة), with
        // the adjective a body.
        ("وأفاد مركز حلب الإعلامي بوصول تعزيزات", &["مركز حلب الإعلامي=ORG"]),
        ("وأعلن مجلس الرقة العسكري أسر مسلحين", &["مجلس الرقة العسكري=ORG"]),
        // An organization's name takes in its adjectives.
        ("وقالت وزارة الخارجية النرويجية في بيان إن", &["وزارة الخارجية النرويجية=ORG"]),
        // After «باسم» (in the name of), a body's head and its definite
        // words are the body.
        ("وقال الناطق باسم مركز الرصد المائي الإقليمي، العقيد فلان", &["مركز الرصد المائي الإقليمي=ORG"]),
        ("وذكر المتحدث باسم مكتب الشؤون الإنسانية أن القافلة وصلت", &["مكتب الشؤون الإنسانية=ORG"]),
    ]);
    // Without it, the centre of a town stays the town's.
    no_names(&["وصلت القوافل إلى مركز المدينة الرئيسي"], &["مركز المدينة", "مركز المدينة الرئيسي"]);
    // Without an adjective the centre of a town is the town; a direction,
    // a time or a participle closes no name.
    check(&[("وصلت الدورية إلى مركز حلب صباحا", &["حلب=aleppo"])]);
    for (input, word) in [("وأعلن مجلس منبج العسكري المنضوي في صفوف القوات", "المنضوي"), ("تعرض مركز حلب الشرقي لقصف عنيف", "الشرقي")]
    {
        assert!(!mentions(input).iter().any(|m| m.contains(word)), "{input}: {:?}", mentions(input));
    }
}

#[test]
fn the_name_after_a_village_or_town_word_is_a_place() {
    check(&[
        // «أبو» opens the place's name, not a person's.
        ("قتل مدنيان في بلدة أبو النيتل شرقي دير الزور", &["أبو النيتل=LOC"]),
        ("انفجر لغم على أطراف قرية «أبو النيتل» غربا", &["أبو النيتل=LOC"]),
        // A name in quotes after the word, however unknown; heh for teh
        // marbuta in the word itself.
        ("وقعت اشتباكات في قرية \"خربة السلوم\" فجرا", &["خربة السلوم=LOC"]),
        ("داهمت الدورية قريه \"تل زهور\" شمالا", &["تل زهور=LOC"]),
        // In brackets after the word, or in one kind of quote glued to
        // the words on both sides.
        ("عثر الأهالي على رفات في قرية (تل شعير الغربي) صباحا", &["تل شعير الغربي=LOC"]),
        ("نزحت العائلات من بلدة”كفر دلبة”نحو الجبل", &["كفر دلبة=LOC"]),
        // Crossings, valleys and camps are places too.
        ("وعبرت الحافلات معبر الوليد الحدودي نحو العراق", &["الوليد=LOC"]),
        ("قتل مسلحان في كمين بوادي «أم الطبول» جنوبا", &["أم الطبول=LOC"]),
    ]);
}

#[test]
fn a_name_in_quotes_after_the_head_of_an_organization_is_one() {
    check(&[
        ("ونشرت شبكة \"صدى الفرات\" المحلية صورا للدمار", &["صدى الفرات=ORG"]),
        ("وتبنت حركة «أبناء الجزيرة» الهجوم على الحاجز", &["أبناء الجزيرة=ORG"]),
    ]);
    // What a programme or a circle names in quotes is no organization.
    no_names(
        &["وقال في برنامج \" الحقيقة الكاملة \" إن الخطة فشلت", "وقال إنها دخلت دائرة «حربهم» منذ سنوات"],
        &["الحقيقة الكاملة", "حربهم"],
    );
}

#[test]
fn an_outlet_named_in_brackets_or_latin_letters_after_its_head() {
    check(&[
        // A gazetteer outlet with its name in brackets after the head.
        ("ونقلت قناة (الحرة) عن شهود أن الطريق أغلق", &["قناة (الحرة)=alhurra"]),
        ("وقالت صحيفة (الشرق الأوسط) إن الوفد وصل", &["صحيفة (الشرق الأوسط)=asharq_al_awsat"]),
        // One no gazetteer lists: the bracketed words after the head.
        ("وأفادت قناة (دجلة) بأن الجسر أغلق", &["دجلة=ORG"]),
        ("وتبنت حركة (أبناء الفرات) الهجوم", &["أبناء الفرات=ORG"]),
        // Capitalized Latin words after the head, joined by «of» or not.
        ("وقالت صحيفة Dawn إن الانفجار وقع صباحا", &["Dawn=ORG"]),
        ("وذكرت إذاعة Radio Free Europe أن الطريق أغلق", &["Radio Free Europe=ORG"]),
        ("ونقلت وكالة AP عن مسؤول أن الطريق أغلق", &["AP=ap"]),
        ("وقال موقع Middle East Eye إن الوفد وصل", &["Middle East Eye=middle_east_eye"]),
    ]);
    // A bracket after a word that heads no name is an aside; lowercase
    // Latin words after a head are no name.
    no_names(&["وقال المسؤول (الذي رفض ذكر اسمه) إن الطريق أغلق", "ونشرت صحيفة online تقريرا"], &["الذي رفض ذكر اسمه", "online"]);
}

#[test]
fn a_news_outlet_closed_by_its_kind_is_one_organization() {
    check(&[
        // A place or a model's name inside the outlet's name is part of it.
        ("وأفادت شبكة حلب الإخبارية بأن الاشتباكات تجددت", &["شبكة حلب الإخبارية=ORG"]),
        // A gazetteer organization takes the closing word in, keeping its id.
        ("وقالت قناة الجزيرة الإخبارية إن القصف استمر", &["قناة الجزيرة الإخبارية=al_jazeera"]),
        // A quote opened inside the name closes with it.
        ("وأوردت قناة \"السومرية نيوز\" أن الطريق أغلق", &["قناة \"السومرية نيوز\"=alsumaria"]),
        // A Latin brand closes a name with no head before it.
        ("وذكرت حلب نيوز أن القصف استمر", &["حلب نيوز=ORG"]),
    ]);
    assert!(!mentions("وأفادت شبكة حلب الإخبارية بأن").iter().any(|m| m.starts_with("حلب=")));
    // A name the model reads whole, closed by a brand's kind, is an outlet.
    for text in ["ونقلت قاسيون بريس عن مصادر محلية", "وذكرت زمان برس أن"] {
        let got = mentions(text);
        assert!(!got.iter().any(|m| m.ends_with("برس=PER") || m.ends_with("بريس=PER")), "{text}: {got:?}");
    }
}

#[test]
fn a_person_named_after_a_rank_or_a_role_and_its_body() {
    check(&[
        // A role, the body or place it is held of, then the person.
        ("وقال محافظ كركوك خالد منصور إن الطرق أغلقت", &["كركوك=kirkuk", "خالد منصور=PER"]),
        ("وأكد المتحدث باسم وزارة الداخلية العراقية يحيى ناصر أن الهجوم أحبط", &["يحيى ناصر=PER"]),
        // A rank between; with no end in three words, the first two.
        ("وأعلن قائد عمليات كركوك العميد فراس الحمداني تحرير قريتين", &["كركوك=kirkuk", "فراس الحمداني=PER"]),
        // A minister named by his field and state; a given name that is
        // also a verb.
        ("وأعلن وزير الدفاع التركي يشار غولر، اليوم، أن العملية انتهت", &["يشار غولر=PER"]),
        // A word that follows a name is not the name's.
        ("ونقل البيان عن الوزير جاسم محمد قوله إن الأسر عادت", &["جاسم محمد=PER"]),
        // A role of a body named by its kind alone, «باسم» between or not;
        // the given name علي, one word with the preposition once normalized.
        ("وقال المتحدث باسم الهيئة علي سلمان إن القافلة وصلت", &["علي سلمان=PER"]),
        ("وأوضح وكيل الوزارة سامر الدليمي أن الأسر عادت", &["سامر الدليمي=PER"]),
        // A name set between commas after the role and its body or state.
        ("وقال محافظ دهوك، علي تتر نيروي، إن الطرق مفتوحة", &["دهوك=duhok", "علي تتر نيروي=PER"]),
        ("وقال وزير الدفاع الإيراني، عزيز نصير زاده، إن الاتفاق قريب", &["عزيز نصير زاده=PER"]),
        // A person named after «المدعو», in quotes.
        ("القبض على المدعو “حاتم الجبوري” في منطقة التاجي", &["حاتم الجبوري=PER"]),
        // After a word for a member of an armed group, a full name of four.
        ("وأسفرت الغارة عن تصفية القيادي “جاسم رحيم عواد الكبيسي” وابنه", &["جاسم رحيم عواد الكبيسي=PER"]),
        // «عبد» and the name of God it joins open the name the model found
        // after them.
        ("وألقت القوة القبض على القيادي عبد الرحمن حميد الخاير في البلدة", &["عبد الرحمن حميد الخاير=PER"]),
        // So is one quoted after a trade or a rank.
        ("في حوار مع الإعلامي \" وائل الشمري \" على الهواء", &["وائل الشمري=PER"]),
    ]);
    // The role alone is no person; the surname alone, once the full name
    // is complete, links to it.
    no_names(&["وأوضح وكيل الوزارة سامر الدليمي أن الأسر عادت"], &["وكيل"]);
    // After a body's name the same words are its adjectives: the quote
    // after them describes the body, no one is called by it.
    no_names(
        &["ضد عصابات “داعش” الإرهابية “المطلوبة دوليا” في الصحراء", "ضد تنظيم القاعدة الإرهابي \"المصنف عالميا\" في البلاد"],
        &["المطلوبة", "المصنف"],
    );
    let text = "وقال المتحدث باسم الهيئة علي سلمان إن القافلة وصلت. وأضاف سلمان أن الطرق آمنة";
    let tagged = TAGGER.tag(text);
    let ids: Vec<(&str, String)> = tagged.iter().map(|m| (&text[m.span.range()], TAGGER.id_of(m, text).into_owned())).collect();
    let full = new_entity_id("علي سلمان");
    assert!(ids.iter().any(|(t, id)| *t == "سلمان" && *id == full), "{ids:?}");
    // An adjective after the place (the article on its first word) is no
    // name, nor what follows a place that what was said opens with.
    // Nor the verb of a headline after a title and its state.
    for text in [
        "وقال محافظ نينوى الجديد إن الطرق أغلقت",
        "وقال القائد إن مخيم روج يضم أكثر من 2500 شخص",
        "وزير الخارجية التركي يزور بغداد غدا",
        "وزير الدفاع العراقي يبحث مع نظيره الأردني أمن الحدود",
        // Nor what the holder of a role will do.
        "وأعلن أن رئيس الولايات المتحدة سيدلي بإعلان مهم",
        "وقال إن وزير خارجية فرنسا سيتوجه إلى أربيل",
    ] {
        assert!(!mentions(text).iter().any(|m| m.ends_with("=PER")), "{text}");
    }
    // A headline's verb after a force is no part of its name.
    let headline = "الجيش والحشد يلاحقان فلول التنظيم في عمق الصحراء";
    assert!(!mentions(headline).iter().any(|m| m.contains("يلاحقان")), "{:?}", mentions(headline));
}

/// None of `words` is a mention in any of `texts`.
fn no_names(texts: &[&str], words: &[&str]) {
    for text in texts {
        let got = mentions(text);
        assert!(!got.iter().any(|m| words.iter().any(|w| m.starts_with(&format!("{w}=")))), "{text}: {got:?}");
    }
}

#[test]
fn a_place_word_and_what_the_place_is_for_are_no_name() {
    // An indefinite place word and the word after it glued to «لل».
    no_names(
        &["وهو أكبر سجن للدواعش في العالم", "وأقامت المنظمة مخيما للنازحين قرب الحدود", "وتحول المبنى إلى مقر للتنظيم في المدينة"],
        &["سجن", "مخيما", "مقر"],
    );
    // A state's adjective after a place word describes the place.
    no_names(&["وتعاني منها ثاني أكبر مدينة عراقية", "وصلوا إلى بلدة سورية حدودية"], &["عراقية", "سورية"]);
    // A place word with its article names no place after it: the word after
    // it is the sentence's.
    no_names(&["واحتجز المهاجمون بعض الموظفين في السجن رهائن لساعات"], &["رهائن"]);
    // Without the article, the head names the place.
    check(&[("وهاجم المسلحون سجن كوبري قرب المدينة", &["سجن كوبري=LOC"])]);
}

#[test]
fn people_named_by_their_nation_are_no_names() {
    no_names(
        &["ويقيم في المخيم نحو 40 ألفا، منهم سوريين، والبقية عراقيون وأتراك", "وكان بين القتلى السوريين ثلاثة أطفال"],
        &["سوريين", "عراقيون", "السوريين"],
    );
}

#[test]
fn groups_of_people_named_by_what_they_are_are_no_names() {
    // Peoples, faiths and sects the model may read as names.
    no_names(
        &[
            "واستهدف التنظيم الإيزيديين والمسيحيين والشيعة في نينوى",
            "ويعمل في المجلس المحلي التركمان و الأكراد و العرب و الأشوريين",
            "وتسكن القرى عائلات من السريان و الأرمن و المسيحيين",
            "وأكد الزعماء المحليون أن المسيحيين و الإيزيديين عادوا إلى قراهم",
            // People named by what they do.
            "وقال ناشطون إن القصف استمر حتى الصباح",
            "وأفاد سكان ومسؤولون محليون بأن الطريق أغلق",
            "قال مسؤولان سوريان لوكالة فرانس برس، مساء الخميس، إن الطريق فتح",
            // People held, fighting or fleeing, of a party.
            "تحقيق: معتقلو “داعش” في سجون الشمال ينتظرون المحاكمة",
        ],
        &[
            "الإيزيديين",
            "المسيحيين",
            "الأشوريين",
            "التركمان",
            "الأكراد",
            "العرب",
            "السريان",
            "الأرمن",
            "ناشطون",
            "سكان",
            "مسؤولون",
            "مسؤولان",
            "معتقلو",
        ],
    );
}

#[test]
fn a_name_after_the_word_of_a_border_crossing_is_a_place() {
    check(&[("سيطرت القوات على الحدود من منفذ الوليد إلى منفذ ربيعة", &["الوليد=LOC", "ربيعة=LOC"])]);
}

#[test]
fn illnesses_are_no_names() {
    no_names(
        &["تشمل المساعدات 99 مليون دولار للاستجابة لوباء كورونا.", "وتفشى مرض الكوليرا في المخيم، وانتشر فيروس إيبولا."],
        &["لوباء كورونا", "وباء كورونا", "كورونا", "الكوليرا", "مرض الكوليرا", "إيبولا", "فيروس إيبولا"],
    );
}

#[test]
fn months_and_weekdays_are_dates_not_names() {
    // Months of every tradition, alone or glossed in brackets, and days.
    no_names(
        &[
            "وتوصلت الفصائل إلى اتفاق في مارس (آذار) للاندماج مع الحكومة",
            "ووقع الهجوم في أيار (مايو) الماضي قرب الحدود",
            "وعاد النازحون في جوان وجويلية إلى قراهم",
            "واجتمع المجلس يوم الخميس (الجمعة بتوقيت بغداد) لبحث الأزمة",
        ],
        &["آذار", "مارس", "أيار", "مايو", "جوان", "جويلية", "الخميس", "الجمعة"],
    );
}

#[test]
fn a_state_force_named_by_its_adjective_is_a_description_not_a_name() {
    for text in ["وقالت الحكومة التركية إنها دمرت 12 موقعا", "وأكدت الحكومة العراقية مقتل عشرة مسلحين"]
    {
        let got = mentions(text);
        assert!(!got.iter().any(|m| m.starts_with("الحكومة")), "{text}: {got:?}");
    }
    // A name of the gazetteer that ends so stands.
    check(&[("وأكدت وزارة الدفاع الأمريكية مقتل القيادي", &["وزارة الدفاع الأمريكية=us_dod"])]);
}

#[test]
fn the_required_actors_stay_the_gazetteers() {
    let text = "قال قائد قوات سوريا الديمقراطية مظلوم عبدي للوزير أنتوني بلينكن إن أبا بكر البغدادي قتل";
    let got = mentions(text);
    for e in ["قوات سوريا الديمقراطية=sdf", "مظلوم عبدي=mazloum_abdi", "أنتوني بلينكن=blinken", "أبا بكر البغدادي=baghdadi"]
    {
        assert!(got.iter().any(|g| g == e), "{e}: {got:?}");
    }
    // A surname the gazetteer declines to link (no full name, no title) is
    // not made a new person either.
    let alone = "وقال مصدر إن البغدادي قتل";
    assert!(!mentions(alone).iter().any(|m| m.starts_with("البغدادي")), "{:?}", mentions(alone));
}

#[test]
fn the_shipped_model_loads_and_tags() {
    let model = NerModel::read(DEFAULT_MODEL).unwrap();
    assert!(model.features() > 10_000);
    let tagger = Tagger::with_model(Gazetteer::default(), std::sync::Arc::new(model));
    assert!(tagger.has_model());
    let text = "وقال العقيد حسام الدين الخطيب إن قواته وصلت إلى قرية الجرنية";
    let found = tagger.tag(text);
    assert!(found.iter().any(|m| m.kind.as_str() == "PER" && text[m.span.range()].contains("الخطيب")), "{found:?}");
    assert!(NerModel::read(b"not a model").is_err());
}

#[test]
fn a_damaged_model_is_an_error_that_says_where() {
    use std::io::{Read, Write};
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(DEFAULT_MODEL).read_to_end(&mut plain).unwrap();
    let gzip = |bytes: &[u8]| {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(bytes).unwrap();
        gz.finish().unwrap()
    };
    // Cut short anywhere: an error, never a panic or a partial model.
    for cut in [0, 5, 13, 17, 100, plain.len() / 2, plain.len() - 1] {
        let err = NerModel::read(&gzip(&plain[..cut])).expect_err("a model cut short");
        assert!(err.to_string().starts_with("byte "), "{err}");
    }
    // Bytes after the last feature.
    let mut longer = plain.clone();
    longer.push(0);
    assert!(NerModel::read(&gzip(&longer)).is_err());
    // A weight that is not a number (the first transition weight, after
    // the magic line and the label count).
    let mut nan = plain.clone();
    nan[17..21].copy_from_slice(&f32::NAN.to_le_bytes());
    let err = NerModel::read(&gzip(&nan)).expect_err("a NaN weight");
    assert!(err.to_string().contains("finite"), "{err}");
    // Whole again: the same model.
    assert_eq!(NerModel::read(&gzip(&plain)).unwrap().features(), NerModel::read(DEFAULT_MODEL).unwrap().features());
}

#[test]
fn new_entities_have_stable_ids_across_documents_and_short_forms_link() {
    let first = "وقال الناشط محمود الحسن إن القصف طال الأحياء. وأضاف الحسن أن السكان نزحوا";
    let second = "في مقابلة أخرى، قال الناشط محمود الحسن إن الطرق مغلقة";
    let (a, b) = (ids(first), ids(second));
    let full = a.iter().find(|(t, _)| t == "محمود الحسن").unwrap_or_else(|| panic!("the full name: {a:?}"));
    assert_eq!(full.1, new_entity_id("محمود الحسن"));
    // The surname alone names the same person.
    assert!(a.iter().any(|(t, id)| t == "الحسن" && *id == full.1), "{a:?}");
    // The same name in another document has the same id, in every run.
    assert!(b.iter().any(|(t, id)| t == "محمود الحسن" && *id == full.1), "{b:?}");
    assert_eq!(Tagger::default().tag(second).len(), TAGGER.tag(second).len());
}

#[test]
fn a_body_named_later_by_its_first_words_is_the_same_body() {
    // A body the gazetteer knows, then shortened.
    let known = "وأعلنت وزارة الدفاع التركية بدء العملية. وقالت وزارة الدفاع إن القصف مستمر";
    let got = ids(known);
    assert!(got.iter().any(|(t, id)| t == "وزارة الدفاع" && id == "turkey_mod"), "{got:?}");
    // The shortened name before the one body named whole after it (a
    // headline, a lead) is that body too.
    let before = "وقالت وزارة الدفاع إن القصف مستمر. وأعلنت وزارة الدفاع التركية بدء العملية";
    let got = ids(before);
    assert!(got.iter().all(|(t, id)| !t.starts_with("وزارة") || id == "turkey_mod"), "{got:?}");
    // With no fuller name anywhere, it is its own.
    let alone = "وقالت وزارة الدفاع إن القصف مستمر.";
    let got = ids(alone);
    assert!(got.iter().any(|(t, id)| t == "وزارة الدفاع" && id != "turkey_mod"), "{got:?}");
}

#[test]
fn a_person_after_the_spokesperson_with_no_body_named() {
    check(&[
        ("وأضاف المتحدث علي سلمان أن القوافل وصلت", &["علي سلمان=PER"]),
        ("وقالت الناطقة سارة الأحمد إن المساعدات وصلت", &["سارة الأحمد=PER"]),
    ]);
}

#[test]
fn a_person_after_a_rank_wherever_it_stands_and_a_staff_rank_is_no_name() {
    check(&[
        // A rank right after a verb, the given name alone known to the model.
        ("وكشف العقيد سامر حسين الدليمي، في شرطة المحافظة، أن الدوريات انتشرت", &["سامر حسين الدليمي=PER"]),
        ("وأعلن النقيب محمود علي الجبوري، في بيان، وصول التعزيزات", &["محمود علي الجبوري=PER"]),
        // «الركن» belongs to the rank; a name the model cut in two is one.
        ("وقال قائد العمليات الفريق الركن عبد الأمير رشيد يارالله إن القوات تقدمت", &["عبد الأمير رشيد يارالله=PER"]),
        ("وأكد اللواء الركن معن الحمداني، اليوم، أن الطريق آمن", &["معن الحمداني=PER"]),
        // A noun written with tanween after the name is the verb's object,
        // no word of the name.
        ("وأصدر المتحدث باسم المحكمة القاضي سالم الزيدي بياناً قال فيه", &["سالم الزيدي=PER"]),
        ("وأدلى العميد فراس الجنابي تصريحاً للصحفيين", &["فراس الجنابي=PER"]),
        // A particle of kinship inside the name after a rank joins the word
        // after it (the name is no kunya alone) and adds a word to the name.
        ("وقال الملازم أول ثامر أبو بكر إن الدورية عادت", &["ثامر أبو بكر=PER"]),
        ("وأفاد العقيد نوري بن سالم الكعبي بأن الطريق فتح", &["نوري بن سالم الكعبي=PER"]),
    ]);
}

#[test]
fn iraqi_forces_centcom_and_anadolu_are_known() {
    check(&[
        ("وقتل ثلاثة من عناصر الشرطة الاتحادية في الهجوم", &["الشرطة الاتحادية=iraq_federal_police"]),
        ("وتقدمت قوات الرد السريع نحو الحي", &["قوات الرد السريع=iraq_rapid_response"]),
        ("وقال قائد القيادة الأمريكية الوسطى إن الضربات مستمرة", &["القيادة الأمريكية الوسطى=centcom"]),
        ("وعقد مؤتمر صحفي تابعته الأناضول في المدينة", &["الأناضول=anadolu"]),
        // «لل»: the article's lam stays in the name's span, as for للتحالف.
        ("وقال مصدر أمني للأناضول إن الهجوم وقع فجرا", &["لأناضول=anadolu"]),
    ]);
}

#[test]
fn kurdish_place_names_and_a_conjunction_before_a_hamza() {
    check(&[
        // Places by their Kurdish names are the same places.
        ("وانسحبت القوات من سري كانييه إلى تل تمر", &["سري كانييه=ras_al_ain", "تل تمر=tal_tamr"]),
        ("وقصفت المدفعية قرى حول زركان", &["زركان=abu_rasin"]),
        // A town whose name is also an adjective, after a word of place only.
        ("وتقدمت القوات من قضاء حديثة نحو صحراء عكاشات", &["حديثة=haditha", "عكاشات=akashat"]),
    ]);
    no_names(&["وأصدرت الوزارة تقارير حديثة عن الوضع"], &["حديثة"]);
    // «و» before an alef with hamza is the conjunction, outside the name.
    let got = mentions("وقصفت المدفعية قرى تل تمر وأبو حجر في الريف");
    assert!(got.iter().any(|m| m.starts_with("أبو حجر=")), "{got:?}");
    assert!(!got.iter().any(|m| m.starts_with("وأبو")), "{got:?}");
}

#[test]
fn kurdish_groups_spelt_from_their_latin_initials_and_the_federal_interior_ministry() {
    check(&[
        ("واشتبكت القوات مع عناصر من تنظيم بي كي كي قرب الحدود", &["بي كي كي=pkk"]),
        ("وقالت أنقرة إن مسلحي واي بي جي قصفوا البلدة", &["أنقرة=ankara", "واي بي جي=ypg"]),
        ("وأعلنت وزارة الداخلية الاتحادية اعتقال خمسة مطلوبين", &["وزارة الداخلية الاتحادية=iraq_moi"]),
    ]);
}

#[test]
fn a_state_adjective_of_the_body_before_opens_no_name() {
    check(&[("وقال متحدث باسم الرئاسة الأميركية جون هاريسون في بيان إن الإعلان قريب", &["جون هاريسون=PER"])]);
}

#[test]
fn whom_a_speaker_told_it_to_is_no_part_of_the_name() {
    check(&[
        ("وقال الناطق باسم الشرطة سعد الموسوي للصحفيين إن الطريق مغلق", &["سعد الموسوي=PER"]),
        ("وقال المتحدث باسم الجيش يحيى ناصر للصحفيين إن القوات تقدمت", &["يحيى ناصر=PER"]),
        ("وقال القيادي كريم العبيدي لوكالة الأنباء الفرنسية إن المفاوضات توقفت", &["كريم العبيدي=PER"]),
    ]);
}

#[test]
fn outlets_of_the_region_and_of_the_world() {
    check(&[
        ("ونقلت صحيفة اليوم السابع عن مصدر أن الاجتماع انتهى", &["صحيفة اليوم السابع=youm7"]),
        ("وكشفت بيانات نشرتها وكالة تونس أفريقيا للأنباء عن عودة المئات", &["وكالة تونس أفريقيا للأنباء=tap"]),
        ("وذكرت فايننشال تايمز أن الشركة أغلقت", &["فايننشال تايمز=financial_times"]),
        ("وقالت الديلي ميل إن الحادث وقع ليلا", &["الديلي ميل=daily_mail"]),
        ("وكتبت مجلة نيوزويك أن الصفقة ألغيت", &["مجلة نيوزويك=newsweek"]),
        ("ونقلت وكالة أنباء الإمارات عن الوزير قوله إن الزيارة مثمرة", &["وكالة أنباء الإمارات=wam"]),
        ("وأضاف في مداخلة مع قناة صدى البلد أن الوفد وصل", &["قناة صدى البلد=sada_elbalad"]),
        ("وقال مصدر لشبكة رووداو إن الطريق مغلق", &["شبكة رووداو=rudaw"]),
    ]);
}

#[test]
fn a_new_persons_surname_after_a_verb_of_speech_is_that_person() {
    for (text, full, surname) in [
        ("أعلن العقيد سامر الدوري أن الطريق مغلق. وأضاف الدوري أن الجسر سليم.", "سامر الدوري", "الدوري"),
        // A name ending in «الله» goes by its last two words.
        ("أعلن الفريق الركن حسن يار الله قائد العمليات أن القوات تقدمت. وأوضح يار الله أن المدينة محاصرة.", "حسن يار الله", "يار الله"),
    ] {
        let found = ids(text);
        let id_of = |words: &str| found.iter().find(|(w, _)| w == words).map(|(_, id)| id.clone());
        assert!(id_of(full).is_some(), "{text}: {found:?}");
        assert_eq!(id_of(surname), id_of(full), "{text}: {found:?}");
    }
}

#[test]
fn a_demonym_in_the_accusative_and_an_ethnic_adjective_are_no_names() {
    // «سوريًا» with its tanween counts Syrians; it is no mention of Syria.
    for text in ["ويضم المخيم 16 ألف سوريًا و900 تركيًا", "وصل إلى الحدود 300 ليبيًا"] {
        let found = ids(text);
        assert!(found.iter().all(|(_, id)| !matches!(id.as_str(), "syria" | "turkey" | "libya")), "{text}: {found:?}");
    }
    // The adjective of the body before a person opens no name.
    check(&[("وقال وزير البيشمركة الكردي كاوه عمر إن القوات صامدة", &["كاوه عمر=PER"])]);
}

#[test]
fn towns_of_anbar_nineveh_and_diyala_and_people_of_the_sdf() {
    check(&[
        ("وصلت التعزيزات إلى هيت والرطبة قادمة من الحبانية", &["هيت=hit", "الرطبة=rutba", "الحبانية=habbaniyah"]),
        ("ونزح الآلاف من حمام العليل وبعشيقة نحو مخيمات الإقليم", &["حمام العليل=hammam_al_alil", "بعشيقة=bashiqa"]),
        ("واستعادت القوات جلولاء وطوز خورماتو", &["جلولاء=jalawla", "طوز خورماتو=tuz_khurmatu"]),
        ("وقال طلال سلو إن الهجوم سيبدأ قريبا", &["طلال سلو=talal_silo"]),
        ("واجتمع وزراء مجموعة السبع في روما", &["مجموعة السبع=g7"]),
    ]);
}

#[test]
fn a_ministry_named_by_its_field_and_its_states_adjective() {
    check(&[
        ("وأوضحت الخارجية الأردنية أن الوفد وصل", &["الخارجية الأردنية=ORG"]),
        ("وقالت وزارة الداخلية التونسية إن الحدود مغلقة", &["وزارة الداخلية التونسية=ORG"]),
        // Known ministries keep their ids under the short form.
        ("وأعلنت الدفاع التركية تحييد مسلحين", &["الدفاع التركية=turkey_mod"]),
    ]);
    // A minister's title, the adjective in the masculine, is no ministry.
    let found = mentions("وقال وزير الخارجية الأردني إن الوفد وصل");
    assert!(found.iter().all(|m| !m.starts_with("الخارجية")), "{found:?}");
}

#[test]
fn a_new_name_read_as_a_place_right_after_a_verb_of_speech_is_who_spoke() {
    check(&[("وقالت فيكتوريا نولاند القائمة بأعمال مساعدة وزير الخارجية إن الزيارة مهمة", &["فيكتوريا نولاند=PER"])]);
}

#[test]
fn a_two_word_surname_names_its_person_wherever_it_stands() {
    let text = "وقال الفريق الركن حسن يار الله إن القوات تقدمت. ونقلت الصحف عن يار الله قوله إن المدينة محاصرة.";
    let found = ids(text);
    let id_of = |words: &str| found.iter().find(|(w, _)| w == words).map(|(_, id)| id.clone());
    assert!(id_of("حسن يار الله").is_some(), "{found:?}");
    assert_eq!(id_of("يار الله"), id_of("حسن يار الله"), "{found:?}");
}

#[test]
fn outlets_of_american_and_british_news() {
    check(&[
        ("وقال في مقابلة مع شبكة إن بي سي نيوز إن الخطر قائم", &["شبكة إن بي سي نيوز=nbc_news"]),
        ("وذكرت صحيفة ذا صن أن السجون مكتظة", &["صحيفة ذا صن=the_sun"]),
        ("وفي حوار مع جيروزاليم بوست قال إن الدعم تراجع", &["جيروزاليم بوست=jerusalem_post"]),
        ("وذكر مراسل أخبار الآن أن الاشتباكات مستمرة", &["أخبار الآن=akhbar_alaan"]),
    ]);
}

#[test]
fn central_command_the_sdf_the_ypg_and_blinken_by_their_other_names() {
    check(&[
        ("وأكدت القيادة المركزية أن العمليات مستمرة", &["القيادة المركزية=centcom"]),
        ("وأعلنت سينتكوم اعتقال قيادي في التنظيم", &["سينتكوم=centcom"]),
        ("وأعلنت «سورية الديموقراطية» السيطرة على الملعب", &["سورية الديموقراطية=sdf"]),
        ("وأعلنت قوات حماية الشعب الكردي مقتل مسلحين", &["قوات حماية الشعب الكردي=ypg"]),
        ("وتقاتل وحدات الشعب في المدينة", &["وحدات الشعب=ypg"]),
        // A spelling of the Secretary's name with the yeh moved.
        ("ودعا بيلنكن الدول إلى استعادة مواطنيها", &["بيلنكن=blinken"]),
    ]);
}

#[test]
fn agencies_of_the_un_and_a_spokesperson_of_a_body_told_by_its_kind() {
    check(&[
        ("وأعلنت المنظمة الدولية للهجرة أن العائدين تجاوزوا النازحين", &["المنظمة الدولية للهجرة=iom"]),
        ("وأفادت منظمة الهجرة الدولية بتراجع أعداد النازحين", &["منظمة الهجرة الدولية=iom"]),
        ("ووزع برنامج الغذاء العالمي سلالا غذائية", &["برنامج الغذاء العالمي=wfp"]),
        // The name after a role and its body told by its kind is a person's,
        // whatever type the model reads in it.
        ("وقال المتحدث باسم المنظمة جويل ميلمان إن الآلاف مدفونون", &["جويل ميلمان=PER"]),
    ]);
}

#[test]
fn kurdish_parties_the_pkk_by_its_letters_and_the_coalition_as_the_observatory_names_it() {
    check(&[
        ("وتسبب بي كيه كيه في مقتل آلاف المدنيين", &["بي كيه كيه=pkk"]),
        ("وقصفت المسيرات مواقع لحزب العمال الكوردستاني", &["حزب العمال الكوردستاني=pkk"]),
        ("وفاز الحزب الديمقراطي الكردستاني بأغلب المقاعد", &["الحزب الديمقراطي الكردستاني=kdp"]),
        ("واتهم الاتحاد الوطني الكردستاني خصومه", &["الاتحاد الوطني الكردستاني=puk"]),
        ("وقالت حكومة إقليم كوردستان إن الرواتب تأخرت", &["حكومة إقليم كوردستان=krg"]),
        ("ووصل الوفد إلى إقليم كوردستان أمس", &["إقليم كوردستان=kurdistan_region"]),
        // The US-led coalition as Syrian monitors call it is not the
        // Saudi-led one.
        ("وقتل عشرة بغارات طائرات التحالف العربي - الدولي في ريف الحسكة", &["التحالف العربي - الدولي=coalition"]),
        ("وواصل التحالف الدولي العربي قصفه", &["التحالف الدولي العربي=coalition"]),
    ]);
}

#[test]
fn a_common_noun_after_kaf_is_no_place() {
    // «كمين» (ambush) is no «ك» glued to a place, even before a direction.
    for text in ["قتل ثلاثة جنود في كمين جنوب كركوك", "ووقع الرتل في كمين شرق المدينة"]
    {
        let got = mentions(text);
        assert!(got.iter().all(|m| !m.starts_with("مين")), "{text}: {got:?}");
    }
}

#[test]
fn a_day_word_after_a_name_ends_it() {
    for (text, name) in [
        ("وأعلن وزير الداخلية العراقي قاسم حمود يوم أمس الخميس مقتل خمسة", "قاسم حمود"),
        ("وقال محافظ نينوى نجم الجبوري ليلة أمس إن الهجوم فشل", "نجم الجبوري"),
    ] {
        let got = ids(text);
        assert!(got.iter().any(|(words, _)| words == name), "{text}: {got:?}");
    }
}

#[test]
fn armed_factions_a_short_name_of_the_pmf_and_a_name_after_a_particle() {
    check(&[
        // The factions of the region's armed groups by their names.
        (
            "وقالت مصادر إن سرايا السلام وكتائب سيد الشهداء تقدمتا نحو البلدة",
            &["سرايا السلام=saraya_al_salam", "كتائب سيد الشهداء=kataib_sayyid_al_shuhada"],
        ),
        ("وأعلنت منظمة بدر وحركة النجباء مشاركتهما في العملية", &["منظمة بدر=badr_organization", "حركة النجباء=harakat_al_nujaba"]),
        // «الحشد» alone after the full name is the same body.
        ("وصلت قوات الحشد الشعبي إلى القضاء. وأضاف أن الحشد صد الهجوم", &["الحشد=pmf"]),
        // «البو» never closes a name: the tribe's area is «البو نمر».
        ("وقعت الاشتباكات في منطقة البو نمر شرقي المدينة", &["البو نمر=LOC"]),
        // Nor do the first words of place names (تل، دير، رأس).
        ("نفذت الوحدات عملية في بلدة تل السمن شمالي المدينة", &["تل السمن=LOC"]),
        // The SDF with the adjective before «الديمقراطية».
        ("وقال قائد القوات السورية الديمقراطية إن الهجوم صد", &["القوات السورية الديمقراطية=sdf"]),
    ]);
}

#[test]
fn a_pilots_rank_after_a_staff_rank_opens_one_name() {
    let text = "وقال اللواء الركن الطيار سامي الحسناوي إن الطائرات قصفت المواقع";
    assert_eq!(ids(text), vec![("سامي الحسناوي".to_string(), "samy_alhsnawy_f69ca6".to_string())]);
}

#[test]
fn a_given_name_opening_with_a_prepositions_letter_keeps_it() {
    // بسام، كمال، وليد: the first letter is the name's; a conjunction before
    // the whole still goes.
    for (text, name) in [
        ("وقال القيادي المحلي بسام الخطيب إن الهجوم فشل", "بسام الخطيب"),
        ("وأكد العقيد كمال الدوري أن القوات تقدمت", "كمال الدوري"),
        ("وأصيب في الهجوم أحمد السالم، وبسام الخطيب.", "بسام الخطيب"),
    ] {
        let got = ids(text);
        assert!(got.iter().any(|(words, _)| words == name), "{text}: {got:?}");
    }
}

#[test]
fn agencies_of_other_states_are_outlets() {
    check(&[
        ("وقال مسؤول عراقي لوكالة أنباء شينخوا إن الطريق أغلق", &["وكالة أنباء شينخوا=xinhua"]),
        ("ونقلت وكالة تاس الروسية عن مصدر عسكري أن القصف استمر", &["وكالة تاس الروسية=tass"]),
        ("وذكرت وكالة تسنيم أن الوفد وصل", &["وكالة تسنيم=tasnim"]),
    ]);
}

#[test]
fn a_person_named_later_by_the_first_name_alone_is_the_same_person() {
    // Typed a person or, after a role and its body, a place: the first name
    // alone later makes it a person and links to it.
    for text in [
        "وقال قاسم سمو إن القرية أخليت. وأضاف قاسم أن العائلات عادت",
        "وقال مدير أمن القضاء قاسم سمو إن القرية أخليت. وأضاف قاسم أن العائلات عادت",
    ] {
        let got = mentions(text);
        assert!(got.iter().any(|m| m == "قاسم سمو=PER"), "{text}: {got:?}");
        let got = ids(text);
        let full = got.iter().find(|(t, _)| t == "قاسم سمو").unwrap_or_else(|| panic!("the full name: {got:?}"));
        assert!(got.iter().any(|(t, id)| t == "قاسم" && *id == full.1), "{text}: {got:?}");
    }
    // Two people of that first name: the first name alone is neither.
    let two = "وقال قاسم سمو إن القرية أخليت، فيما قال قاسم حسن إن الطريق مغلق. وأضاف قاسم أن العائلات عادت";
    let got = ids(two);
    let alone = got.iter().find(|(t, _)| t == "قاسم").unwrap_or_else(|| panic!("the first name alone: {got:?}"));
    assert!(got.iter().filter(|(t, _)| t.contains(' ')).all(|(_, id)| *id != alone.1), "{got:?}");
}

#[test]
fn a_persons_other_name_given_after_the_name_is_the_same_person() {
    for (text, full, other) in [
        ("واعتقلت القوات القيادي سالم الجبوري الملقب بأبي خالد العراقي في الموصل", "سالم الجبوري", "أبي خالد"),
        ("وقال سالم الجبوري المكنى أبو هاجر إن القوات انسحبت", "سالم الجبوري", "أبو هاجر"),
    ] {
        let got = ids(text);
        let id = |words: &str| got.iter().find(|(t, _)| t == words).map(|(_, id)| id.clone());
        assert!(id(full).is_some() && id(full) == id(other), "{text}: {got:?}");
    }
    // Two names joined by «و» are two people.
    let got = ids("وقال سالم الجبوري وأبو هاجر إن القوات انسحبت");
    let distinct: std::collections::HashSet<_> = got.iter().map(|(_, id)| id).collect();
    assert_eq!(distinct.len(), got.len(), "{got:?}");
}

#[test]
fn names_of_abd_match_written_apart_or_joined() {
    check(&[
        ("وقتل زعيم التنظيم عبدالله قرداش في الغارة", &["عبدالله قرداش=abu_ibrahim_qurashi"]),
        ("وقتل زعيم التنظيم عبد الله قرداش في الغارة", &["عبد الله قرداش=abu_ibrahim_qurashi"]),
    ]);
}

#[test]
fn a_known_persons_surname_alone_after_the_full_name_is_that_person() {
    check(&[(
        "قال الكولونيل ستيف وارن إن الضربات مستمرة. وأضاف وارن أن الطيران دمر الجسر",
        &["ستيف وارن=steve_warren", "وارن=steve_warren"],
    )]);
}

#[test]
fn a_quoted_name_after_a_place_word_is_the_place_whatever_the_model_read_in_it() {
    // The model reads a woman's name in the second word; the quotes
    // after «منطقة» make the whole a place.
    check(&[("قتل جندي بنيران قناص في منطقة “عين ليلى” شمالي ديالى", &["عين ليلى=LOC", "ديالى=diyala"])]);
    // The model reads from the place word across the opening quote.
    let text = "ونقلت العائلات إلى مخيم \"حسن شام\" شرق الموصل";
    check(&[(text, &["حسن شام=LOC"])]);
    no_names(&[text], &["مخيم \"حسن", "شام"]);
}

#[test]
fn a_person_set_apart_after_the_affairs_a_role_holds() {
    check(&[
        ("وأكد نائب وزير الخارجية الروسي لشؤون الشرق الأوسط، غينادي تشوركين، أن الاجتماع تأجل", &["غينادي تشوركين=PER"]),
        ("وقال مساعد وزير الدفاع البريطاني لشؤون الأمن، كيرستين هولبروك، إن 4 جنود أصيبوا", &["كيرستين هولبروك=PER"]),
    ]);
}

#[test]
fn a_states_adjective_after_the_kind_of_a_body_names_none() {
    no_names(
        &[
            "ويعمل في المحطة فنيون من شركة إيرانية منذ عامين",
            "وقالت صحيفة بريطانية إن المفاوضات توقفت",
            "ونقلت وكالة تركية عن مصدر أمني قوله إن الهجوم فشل",
        ],
        &["إيرانية", "بريطانية", "تركية", "صحيفة بريطانية", "وكالة تركية"],
    );
}

#[test]
fn an_outlet_closed_by_its_brand_word_whatever_the_model_read_of_it() {
    check(&[
        // The brand's word alone read as a place, or nothing read at all.
        ("صراحة نيوز -أعلن مسؤول في الدائرة أن الفرق رفعت 180 جثة", &["صراحة نيوز=ORG"]),
        ("وذكر موقع عنب نيوز أن 5 مدنيين قتلوا", &["موقع عنب نيوز=ORG"]),
        // A name closed by its kind opening a line is the outlet's credit.
        ("الفجر الإخباري - أكد الرئيس أن 5 جنود قتلوا", &["الفجر الإخباري=ORG"]),
    ]);
    // Words of the kind alone name no outlet.
    no_names(&["الموقع الإخباري - أكد الرئيس أن 5 جنود قتلوا"], &["الموقع الإخباري"]);
}

#[test]
fn a_descriptive_head_alone_is_the_common_noun() {
    // The embassy and the police, with the article and nothing else, are
    // no names; a state's embassy is a description of the state's body.
    no_names(
        &[
            "جاء ذلك في بيان صادر عن السفارة الأميركية في بغداد.\nوقالت السفارة -حسب البيان الذي نقلته وكالات الأنباء- إن التدريب مستمر.",
            "وقالت الشرطة في كركوك إن التفجير وقع صباحا.",
        ],
        &["السفارة", "السفارة الأميركية", "الشرطة"],
    );
}

#[test]
fn names_listed_after_the_plural_of_a_place_word_are_places() {
    check(&[
        (
            "واعتقلت الدوريات 12 شابا في بلدات الحريجي وذيبان والجرذي وبريهة بريف المحافظة",
            &["الحريجي=LOC", "ذيبان=dhiban", "الجرذي=LOC", "بريهة=LOC"],
        ),
        ("ونقلت العائلات إلى مخيمي الجدعة والهول", &["الجدعة=LOC", "الهول=LOC"]),
    ]);
    // The plural with its article is a common noun; common words after it
    // are no places.
    no_names(&["وقال إن الخطر في مراكز الاحتجاز والمخيمات يتزايد وهناك زيادة"], &["يتزايد", "هناك"]);
}

#[test]
fn state_bodies_named_by_the_words_of_their_field() {
    check(&[
        // The head in construct, a preposition glued or «و» before it.
        ("وأعلنت المديرية التابعة لوزارة الأوقاف أن المساجد أغلقت", &["وزارة الأوقاف=ORG"]),
        ("وطالبت هيئة النزاهة ومفوضية الانتخابات بالتحقيق", &["هيئة النزاهة=ORG", "مفوضية الانتخابات=ORG"]),
        // Fields joined by «و», with their adjectives.
        ("وقالت وزارة الأوقاف والشؤون الدينية إن المساجد أغلقت", &["وزارة الأوقاف والشؤون الدينية=ORG"]),
        // With the article: an adjective and a field glued to «لل».
        ("وذكرت المديرية العامة للشؤون المدنية التابعة للحكومة أن السجلات فقدت", &["المديرية العامة للشؤون المدنية=ORG"]),
        // The field ends before the day told after it.
        ("وقالت مديرية الصحة اليوم إن المستشفى امتلأ", &["مديرية الصحة=ORG"]),
    ]);
    // The head with its article and no adjective is the body told before.
    no_names(&["وقالت الوزارة إن العمل مستمر"], &["الوزارة"]);
}

#[test]
fn an_officer_named_after_his_rank_in_a_body() {
    // The given name a common word (حكمت: ruled), the surname the model's.
    check(&[("وقال المقدم في الشرطة الاتحادية حكمت الدليمي، إن القوات تقدمت", &["حكمت الدليمي=PER"])]);
}

#[test]
fn an_outlet_named_after_its_kind_takes_no_adjective_of_its_country() {
    check(&[("وكشفت مجلة كاونتربنش الأمريكية أن الغارة نفذت ليلا", &["كاونتربنش=ORG"])]);
}

#[test]
fn adjectives_of_a_state_force_are_no_name() {
    no_names(&["وتمكن الجيش العربي السوري من القضاء على المجموعة"], &["العربي", "السوري"]);
}

#[test]
fn a_verb_after_a_leader_and_the_outlets_own_reporter_are_no_names() {
    // An auxiliary verb right after a role and its body opens no person.
    no_names(&["وقال مصدر أمني إن زعيم تنظيم داعش قام بتفجير نفسه خلال المداهمة."], &["قام"]);
    // «Our correspondent» is the outlet's voice.
    no_names(&["وقال مراسلنا: إن الاشتباكات مستمرة في المدينة."], &["مراسلنا"]);
}

#[test]
fn a_father_of_in_any_case_and_a_body_opening_with_its_head() {
    check(&[
        // «أبا» (accusative) opens the name as «أبو» does, with the same id.
        ("واستهدفت الغارة أبا محمد الشامي في ريف إدلب", &["أبا محمد الشامي=PER"]),
        // The head before the adjectives the model started at.
        ("وقالت القيادة العسكرية الأميركية للشرق الأوسط إن الضربة نجحت", &["القيادة العسكرية الأميركية للشرق الأوسط=ORG"]),
    ]);
    let got = ids("واستهدفت الغارة أبا محمد الشامي في ريف إدلب");
    assert!(got.iter().any(|(_, id)| *id == new_entity_id("أبو محمد الشامي")), "{got:?}");
}

#[test]
fn an_adjective_describing_a_place_is_no_name() {
    no_names(&["وضرب التحالف مخبأ في منطقة جبلية شمال شرقي البلاد."], &["جبلية"]);
}

#[test]
fn the_field_of_a_role_and_one_of_a_people_are_no_names() {
    // A role's field glued to «ل», after the state's adjective.
    no_names(
        &["وأعلن مساعد وزير الخزانة الأمريكي لشؤون مكافحة تمويل الإرهاب، دانيال غليزر، أن التنظيم يجني 40 مليون دولار شهريا."],
        &["لشؤون"],
    );
    // One of a people, counted.
    no_names(&["وأسفر ذلك الهجوم عن مقتل 3 آلالاف أيزيدي واختطاف 5 آلاف آخرين."], &["أيزيدي"]);
    // What a body works for, glued to «ل», closes its name.
    check(&[("وقال سامر علي، مدير منظمة بتريكور لحقوق الإنسان في سنجار، إن العمل مستمر.", &["بتريكور لحقوق الإنسان=ORG"])]);
}

#[test]
fn names_joined_by_waw_a_rank_of_the_first_and_people_named_by_their_trade() {
    check(&[
        // «و» joining names in a list is no letter of the next name.
        ("وحضر الاجتماع ممثلون عن الحكومة ومجلس النواب ووزارة الهجرة.", &["مجلس النواب=ORG"]),
        // «أول» after a rank is the rank's (الفريق أول).
        ("وقال رئيس أركان الجيش الفريق أول عبد الكريم الجبوري إن القوات تقدمت.", &["عبد الكريم الجبوري=PER"]),
        // A person named after a trade and its adjectives.
        ("وقال الخبير الأمني سرمد الطائي إن التنظيم ضعيف.", &["سرمد الطائي=PER"]),
        ("ويرى المحلل السياسي العراقي نزار حيدر أن الهجمات تراجعت.", &["نزار حيدر=PER"]),
        // A word that announces a name is whole, «و» and all.
        ("ونفذت القوات عملية في منطقة وادي الملصي غرب المحافظة.", &["وادي الملصي=LOC"]),
    ]);
    // The trade's word as an adjective (المؤتمر الصحفي) opens no name.
    no_names(&["وقال الرئيس في المؤتمر الصحفي بخصوص العملية إن القوات انسحبت."], &["بخصوص"]);
}

#[test]
fn a_body_found_opening_with_an_adjective_opens_with_its_noun() {
    check(&[("مستشار الأمن الوطني العراقي: آلاف الإرهابيين في السجون", &["الأمن الوطني العراقي=ORG"])]);
}

#[test]
fn itself_after_a_brigade_is_no_name() {
    // «اللواء» is a brigade here, «ذاته» its «itself»: no officer named.
    no_names(&["وأثناء توجه قوة من مقر اللواء ذاته لغرض التعزيز انفجرت عبوة ناسفة."], &["ذاته"]);
}

#[test]
fn a_new_name_glossed_by_a_known_one_in_brackets_is_that_entity() {
    let text =
        "وقالت القيادة العسكرية الأمريكية للشرق الأوسط (سنتكوم) إن الغارة نجحت، وأكدت القيادة العسكرية الأمريكية للشرق الأوسط أن أحدا لم يصب.";
    let found = ids(text);
    let named: Vec<&(String, String)> = found.iter().filter(|(words, _)| words.contains("العسكرية")).collect();
    assert_eq!(named.len(), 2, "{found:?}");
    assert!(named.iter().all(|(_, id)| id == "centcom"), "{found:?}");
    // A known name not in brackets is no gloss.
    let apart = ids("وقالت القيادة العسكرية الأمريكية للشرق الأوسط، سنتكوم، إن الغارة نجحت");
    assert!(apart.iter().any(|(words, id)| words.contains("العسكرية") && id != "centcom"), "{apart:?}");
}

#[test]
fn a_brigade_and_its_deed_are_no_officer_and_a_brand_in_brackets_is_an_outlet() {
    // «اللواء» is the brigade when a deed of forces follows it.
    no_names(
        &[
            "وأكد تنفيذ قوة من اللواء عملية أمنية لملاحقة الخلايا.",
            "ونفذ اللواء حملة تفتيش واسعة في القرى.",
            "وأجرى اللواء عمليات دهم في المنطقة.",
        ],
        &["عملية أمنية", "حملة تفتيش واسعة", "حملة تفتيش", "عمليات دهم"],
    );
    check(&[
        // The rank before a name still opens it.
        ("وقال اللواء سعد الجبوري إن القوات تقدمت", &["سعد الجبوري=PER"]),
        // A brand's word and the word before it, alone in brackets or
        // quotes, even a word that is also an ordinal.
        ("وقال بيان للوزارة تلقته (الرابعة نيوز) إن القوات تقدمت", &["الرابعة نيوز=ORG"]),
        ("وذكر مصدر لـ\"الغد برس\" أن القوات تقدمت", &["الغد برس=ORG"]),
    ]);
}

#[test]
fn a_team_told_before_is_no_rank_and_a_preposition_before_a_head_no_letter_of_a_name() {
    // «الفريق» after «فريق» told before is the team, no general.
    let team = mentions("عثر فريق الإنقاذ على ناجين، وواصل الفريق عمله بإزالة الأنقاض.");
    assert!(!team.iter().any(|m| m.ends_with("=PER")), "{team:?}");
    check(&[
        // With no team told before, the rank opens a name.
        ("وقال الفريق سعد الجبوري إن القوات تقدمت.", &["سعد الجبوري=PER"]),
        // «ل» glued to a word that announces a name is the preposition.
        ("وقال مسؤول في اللجنة التابعة لمجلس منبج المدني إن العمل مستمر.", &["مجلس منبج المدني=ORG"]),
        // Each item of a list after the plural of a place word is a place,
        // the list's «و» no letter of it.
        ("وتركزت المداهمات في بلدات الحوايج والدحلة وسويدان.", &["الدحلة=LOC", "سويدان=LOC"]),
    ]);
}

#[test]
fn a_land_feature_is_named_with_its_head_word() {
    // A name the model finds after the head, a word it never saw there,
    // and the features the gazetteer lists.
    check(&[
        ("وقصفت الطائرات وكرا في وادي السلامية شرقي المدينة", &["وادي السلامية=LOC"]),
        ("وعثرت القوة على مضافة في وادي قرطمين جنوب البلدة", &["وادي قرطمين=LOC"]),
        ("وتسلل المسلحون عبر بحيرة الثرثار ليلا", &["بحيرة الثرثار=lake_tharthar"]),
        ("وحذر المهندسون من انهيار سد الموصل", &["سد الموصل=mosul_dam"]),
        ("ولجأ مئات الإيزيديين إلى جبل سنجار", &["جبل سنجار=mount_sinjar"]),
    ]);
    // The place alone is no mention then, and «سد» or «سهل» as a verb
    // names nothing.
    no_names(&["وعثرت القوة على مضافة في وادي قرطمين جنوب البلدة"], &["قرطمين"]);
    no_names(&["وحذر المهندسون من انهيار سد الموصل"], &["الموصل"]);
    no_names(&["وقال إن الحاجز سد طريق القرية", "وسهل الاتفاق عودة العائلات"], &["سد طريق", "سهل الاتفاق", "طريق", "الاتفاق"]);
}

#[test]
fn a_family_name_a_surname_typed_otherwise_and_a_preposition_after_a_body() {
    // A given name and a word the model never saw, set off by a comma
    // before the person's role: the family name ends the name.
    check(&[(
        "قال رياض درار، الرئيس المشترك لمجلس سوريا الديمقراطية، إن الوفد وصل إلى دمشق",
        &["رياض درار=PER", "مجلس سوريا الديمقراطية=sdc"],
    )]);
    // A surname in quotes the model reads as a body is the person named
    // before with it.
    let text = "قال سيهانوك ديبو، ممثل المجلس في القاهرة، إن القوات صامدة.\nوأضاف \"ديبو\" خلال حواره ببرنامج تلفزيوني أن الحرب مستمرة.";
    let tagged = TAGGER.tag(text);
    let full = new_entity_id("سيهانوك ديبو");
    let surname: Vec<_> = tagged.iter().filter(|m| &text[m.span.range()] == "ديبو").collect();
    assert_eq!(surname.len(), 1, "{tagged:?}");
    assert_eq!(surname[0].kind, EntityType::Person);
    assert_eq!(TAGGER.id_of(surname[0], text), full);
    // A preposition with its pronoun after a body's word is no part of it.
    no_names(&["قال سامي كرنفو، الرئيس المشترك للمجلس، إن المجلس لديه خطة جديدة"], &["المجلس لديه"]);
}

#[test]
fn a_province_s_division_is_named_after_its_head_word() {
    // The word after «قضاء» or «ناحية» the model never saw, and a name it
    // read right after that word, without the head; the region's districts
    // the gazetteer lists.
    check(&[
        ("وانتشرت التعزيزات في ناحية سركران شمال المحافظة", &["سركران=LOC"]),
        ("وسيطر المسلحون على ناحية زنكورة قرب الحدود", &["زنكورة=LOC"]),
        ("واعتقلت القوة مطلوبين في قضاء داقوق وناحية التون كوبري", &["داقوق=daquq", "التون كوبري=altun_kupri"]),
        ("وداهمت القوات أوكارا في أطراف أبو غريب والطارمية", &["أبو غريب=abu_ghraib", "الطارمية=tarmiyah"]),
        // The governorate around the capital is not the capital.
        ("وقصفت الطائرات مواقع في ريف دمشق الغربي", &["ريف دمشق=rif_dimashq"]),
    ]);
    no_names(&["وسيطر المسلحون على ناحية زنكورة قرب الحدود"], &["ناحية زنكورة"]);
    // «قضاء» of needs and «ناحية» of a side name nothing.
    no_names(&["وقال إن قضاء الحاجات يتطلب وقتا ومن ناحية أخرى أكد أن قضاء العطلة ممتع"], &["الحاجات", "أخرى", "العطلة"]);
}

#[test]
fn a_command_named_by_its_place_and_an_agency_in_construct_are_organizations() {
    check(&[
        ("وأعلنت قيادة عمليات الأنبار مقتل مسلحين في الصحراء", &["قيادة عمليات الأنبار=ORG"]),
        ("وذكرت قيادة شرطة ديالى أن دورية تعرضت لهجوم", &["قيادة شرطة ديالى=ORG"]),
        ("ونفذت وكالة الاستخبارات والتحقيقات عملية في القضاء", &["وكالة الاستخبارات والتحقيقات=ORG"]),
        // Operations alone are told in their place.
        ("وخلال عمليات الموصل نزح كثيرون", &["الموصل=mosul"]),
    ]);
    no_names(&["وأعلنت قيادة عمليات الأنبار مقتل مسلحين في الصحراء"], &["الأنبار"]);
}

#[test]
fn a_name_between_commas_after_a_role_its_body_and_where_the_body_is() {
    check(&[("أعلن الأمين العام لوزارة البيشمركة في إقليم كردستان العراق، هلكورد ياور، أمس، أن الهجوم فشل", &["هلكورد ياور=PER"])]);
}

#[test]
fn a_rank_after_a_body_in_construct_opens_the_person_not_the_body() {
    check(&[("وقال المتحدث باسم مديرية الدفاع المدني العقيد جودت عبد الرحمن إن الفرق انتشلت الجثث", &["مديرية الدفاع المدني=ORG"])]);
    no_names(&["وقال المتحدث باسم مديرية الدفاع المدني العقيد جودت عبد الرحمن إن الفرق انتشلت الجثث"], &["مديرية الدفاع المدني العقيد"]);
}

#[test]
fn a_preposition_before_a_listed_name_and_the_dual_of_countryside_are_no_part_of_a_name() {
    check(&[
        ("وتنتشر الخلايا بكوردستان منذ سنوات.", &["كوردستان=kurdistan_region"]),
        (
            "قتل عنصران من الوحدات الكردية في ريف عين العرب، وتعيش العائلات في روج آفا منذ عقد.",
            &["الوحدات الكردية=ypg", "روج آفا=syrian_kurdistan"],
        ),
    ]);
    no_names(&["وقعت الاشتباكات في منطقتي \"الفرات\" بريف حلب و\"الجزيرة\" بريفي الرقة والحسكة."], &["بريفي"]);
    // A plural of places described by an adjective lists no names.
    no_names(&["وتم تعويض نحو 30 ألف متضرر شملت قرى عربية والحصول على موافقة لبناء 500 دار."], &["الحصول"]);
    check(&[("وتكفلت منظمة اليونيسكو بتقديم منحة مالية لإعمار المدينة.", &["منظمة اليونيسكو=unesco"])]);
    // The short name without the article, glossing the full one.
    check(&[("وأدرجت منظمة الأمم المتحدة للتربية والعلم والثقافة (يونيسكو) الموقع على لائحتها.", &["يونيسكو=unesco"])]);
}

#[test]
fn a_village_after_its_head_a_command_of_any_region_and_no_word_of_blame() {
    check(&[
        // A village or a quarter after its head word, a word unknown to the
        // corpora: the name without the head.
        ("اعتقلت القوات ثلاثة مطلوبين في قرية الصفرة شمال الناحية.", &["الصفرة=LOC"]),
        ("تسلل المسلحون إلى قرية المسعودية ليلا.", &["المسعودية=LOC"]),
        ("وانتشرت القوات في حي الزهيرات جنوب البلدة.", &["الزهيرات=LOC"]),
        // A command named by a region the gazetteer knows as something else,
        // or by two regions joined by «و».
        ("وذكرت قيادة عمليات الجزيرة في بيان أن القوات أحبطت الهجوم.", &["قيادة عمليات الجزيرة=ORG"]),
        ("وفقاً لقيادة عمليات البادية والجزيرة، انطلقت العملية فجراً.", &["قيادة عمليات البادية والجزيرة=ORG"]),
    ]);
    // A relative pronoun after a name closes it; an agency written with
    // the article.
    check(&[("وفق تحقيق أجرته وكالة الأسوشيتد برس التي راجعت سجلات المشارح", &["الأسوشيتد برس=ap"])]);
    no_names(&["وفق تحقيق أجرته مؤسسة البحوث الميدانية التي راجعت سجلات المشارح"], &["الميدانية التي", "التي"]);
    // No place ends with a deed of forces.
    no_names(&["وأدى الهجوم إلى مقتل سبعة من عناصر الفرقة."], &["أدى الهجوم", "الهجوم"]);
    // Words of blame after an attack are no places.
    no_names(
        &["وقالت الخلية إن حصيلة الاعتداء الإرهابي الجبان الذي طال القوة بلغت خمسة قتلى.", "وأدان المجلس الهجوم الغادر الذي استهدف الزوار."],
        &["الجبان", "الغادر"],
    );
}

#[test]
fn soldiers_after_their_rank_cells_of_security_and_a_command_without_its_head() {
    check(&[
        // A soldier's rank before a foreign name of three words, his age
        // after it; a given name whose first letter could be «ب».
        ("وكان بين القتلى الرقيب دانيال روبرت كينغ 31 عاما.", &["دانيال روبرت كينغ=PER"]),
        ("ونعى الجيش العريف برايان ستيوارت الذي قتل في الانفجار.", &["برايان ستيوارت=PER"]),
        // A security cell named by its field, an adjective after it.
        ("وتمكنت خلية النسور الاستخبارية من رصد الوكر.", &["خلية النسور الاستخبارية=ORG"]),
        ("بالتنسيق مع خلية الاستهداف في الوزارة", &["خلية الاستهداف=ORG"]),
    ]);
    // A command named without its head after its whole name: the command.
    let text = "أعلنت قيادة عمليات ديالى مقتل مسلح. وذكرت عمليات ديالى أن القوة عثرت على مخبأ.";
    let found = ids(text);
    let whole = found.iter().find(|(words, _)| words == "قيادة عمليات ديالى").map(|(_, id)| id);
    let short = found.iter().find(|(words, _)| words == "عمليات ديالى").map(|(_, id)| id);
    assert!(whole.is_some() && whole == short, "{found:?}");
    // A headline names a body short before the text names it whole: the
    // body; not when two bodies named whole open so.
    let text = "العراق: وزارة الدفاع تعلن ضبط أسلحة\nأعلنت وزارة الدفاع العراقية ضبط مخزن للأسلحة.";
    assert!(ids(text).iter().filter(|(_, id)| id == "iraq_mod").count() == 2, "{:?}", ids(text));
    let text = "وزارة الدفاع تعلن ضبط أسلحة\nأعلنت وزارة الدفاع العراقية ووزارة الدفاع التركية ضبط مخزن.";
    assert!(ids(text).iter().filter(|(_, id)| id == "iraq_mod").count() == 1, "{:?}", ids(text));
    // A place found short of a name of two words in the place list goes
    // on to its end, a proclitic before it or not.
    check(&[
        ("واستقبلت مدينة معرة مصرين نحو ألف نازح.", &["معرة مصرين=LOC"]),
        ("وشهدت مدينتا الأتارب ودارة عزة حركة نزوح.", &["دارة عزة=LOC"]),
    ]);
    // The tribal mobilization is a force of its own, not the PMF.
    let text = "وهاجم مسلحون نقطة للحشد العشائري قرب القرية.";
    assert_eq!(ids(text).iter().map(|(_, id)| id.as_str()).collect::<Vec<_>>(), ["tribal_mobilization"]);
    // Never named whole, the words are operations in a place.
    assert!(ids("وتتواصل عمليات ديالى منذ أسبوع.").iter().all(|(words, _)| words != "عمليات ديالى"));
    // Neither a preposition's word after a name nor the adjective of ISIS
    // is a person's name.
    no_names(&["حاوره المذيع سامي فريد ببرنامج \"المساء\" على القناة."], &["سامي فريد ببرنامج"]);
    no_names(&["وقتلت القوات الأمير الداعشي، المدعو أبو حفص."], &["الداعشي"]);
}

#[test]
fn a_kunya_keeps_its_nisba_no_verb_names_a_place_and_iraqi_factions() {
    check(&[
        ("وقتل القيادي أبو سعد العراقي في غارة جوية.", &["أبو سعد العراقي=PER"]),
        ("وقاد أبو خالد السوري الهجوم على الحاجز.", &["أبو خالد السوري=PER"]),
        ("وقتل الإرهابي أبو هاجر المصري في الاشتباك.", &["أبو هاجر المصري=PER"]),
    ]);
    // A verb before a deed of aggression opens no place's name.
    no_names(&["وأدى العدوان التركي إلى مقتل 14 مدنيا في القرية."], &["أدى العدوان", "العدوان"]);
    // A headline's verb after a name, found alone, names nothing.
    no_names(&["عاجل..أمريكا تشن غارات على مواقع في سوريا"], &["تشن"]);
    // Iraqi factions of the region are in the gazetteer.
    let text = "وتبنت المقاومة الإسلامية في العراق الهجوم، فيما نفت حركة النجباء أي صلة.";
    assert_eq!(ids(text).iter().map(|(_, id)| id.as_str()).collect::<Vec<_>>(), ["islamic_resistance_in_iraq", "harakat_al_nujaba"]);
}

#[test]
fn security_services_named_by_their_apparatus_and_syrian_internal_security() {
    // A service named by «جهاز» and the definite words of its field.
    check(&[
        ("ونفذ جهاز الاستخبارات العامة عملية في حلب.", &["جهاز الاستخبارات العامة=ORG"]),
        ("وأعلن جهاز الأمن الوقائي اعتقال مطلوبين.", &["جهاز الأمن الوقائي=ORG"]),
    ]);
    let text = "وقالت قيادة الأمن الداخلي في محافظة حمص إنها اعتقلت 3 أشخاص.";
    assert!(ids(text).iter().any(|(_, id)| id == "syria_internal_security"), "{:?}", ids(text));
    let text = "وأعلن جهاز المخابرات الوطني العراقي تفكيك شبكة.";
    assert!(ids(text).iter().any(|(_, id)| id == "iraq_intelligence"), "{:?}", ids(text));
}

#[test]
fn officers_listed_with_their_ranks_women_of_a_nation_and_kurdistan_alone() {
    // «و» and a rank open the next officer of a list.
    check(&[("وقتل في الكمين المقدم خالد برزنجي والنقيب عمر.", &["خالد برزنجي=PER", "عمر=PER"])]);
    no_names(&["وقتل في الكمين المقدم خالد برزنجي والنقيب عمر."], &["خالد برزنجي والنقيب عمر"]);
    // Women of a nation, two or many, are no place.
    no_names(&["سوريتان في مخيم روج (أرشيف)"], &["سوريتان"]);
    // Kurdistan alone is the region of Iraq.
    let text = "ووصل 900 لاجئ إلى كردستان خلال أسبوع.";
    assert!(ids(text).iter().any(|(_, id)| id == "kurdistan_region"), "{:?}", ids(text));
}

#[test]
fn bylines_weekdays_after_names_basim_and_people_of_a_region() {
    // The writer of a byline, a dash or colon between or not.
    check(&[
        ("القاهرة - كتبت هدى منصور - أعلنت الحكومة خطة جديدة.", &["هدى منصور=PER"]),
        ("كتب: وائل صبري\n\nأعلنت الحكومة خطة جديدة.", &["وائل صبري=PER"]),
        ("بقلم: سامي الجابري\n\nأعلنت الحكومة خطة جديدة.", &["سامي الجابري=PER"]),
    ]);
    // A byline's word before a role names no one.
    no_names(&["كتب - محرر الشؤون العربية\n\nأعلنت الحكومة خطة جديدة."], &["محرر الشؤون العربية"]);
    // A weekday after a person's name is the date of what was said.
    check(&[
        ("وقال رئيس خلية الإعلام الأمني سلمان الدوري السبت إن القوات تقدمت.", &["سلمان الدوري=PER"]),
        ("وأكد المتحدث حامد الزبيدي الأربعاء أن الحدود مؤمنة.", &["حامد الزبيدي=PER"]),
    ]);
    // Basim, a given name, after a role spoken for a state's body.
    check(&[("وقال المتحدث باسم الحكومة الأردنية باسم الخطيب إن عمان تتابع.", &["باسم الخطيب=PER"])]);
    // People of a region are no person.
    no_names(&["وضمت الدفعة عربا وأجانب بينهم أوروبيون وآسيويون."], &["أوروبيون", "آسيويون", "أجانب"]);
    // The French agency under its other Arabic name.
    let text = "ونقلت وكالة الصحافة الفرنسية عن مصدر أمني قوله إن الهجوم فشل.";
    assert!(ids(text).iter().any(|(_, id)| id == "afp"), "{:?}", ids(text));
}

#[test]
fn a_quarter_or_village_named_after_a_saint() {
    // The saint's title opens the division's name.
    check(&[
        ("وسقطت قذيفة على حي الشيخ سعيد شرقي المدينة.", &["الشيخ سعيد=LOC"]),
        ("وسقطت قذيفة على حي الشيخ خضر شرقي المدينة.", &["الشيخ خضر=LOC"]),
        ("واقتحم المسلحون قرية الشيخ حمد فجر اليوم.", &["الشيخ حمد=LOC"]),
    ]);
    // Aleppo's Kurdish quarter is in the gazetteer.
    let text = "وانسحب مقاتلو الأسايش من الشيخ مقصود بعد أيام من المعارك.";
    assert!(ids(text).iter().any(|(_, id)| id == "sheikh_maqsoud"), "{:?}", ids(text));
}

#[test]
fn a_kunya_the_model_never_read_is_a_person_not_a_villages_name() {
    check(&[
        ("وأكدت المصادر مقتل أبو خديجة في الغارة.", &["أبو خديجة=PER"]),
        ("ويعتقد أن القتيل هو المعروف بـ أبو خديجة.", &["أبو خديجة=PER"]),
        ("وقتل الإرهابي أبو سندس العراقي في الكمين.", &["أبو سندس العراقي=PER"]),
    ]);
    // After a place word «أبو» opens the place's name.
    let got = mentions("وسقطت قذيفة على قرية أبو خديجة جنوبي المدينة.");
    assert!(!got.iter().any(|m| m == "أبو خديجة=PER"), "{got:?}");
}

#[test]
fn central_command_named_as_the_us_armys() {
    for text in ["وأعلنت القيادة الوسطى للجيش الأميركي مقتل قيادي.", "وقالت القيادة المركزية للجيش الأمريكي إن الغارة نجحت."]
    {
        let got = ids(text);
        assert!(got.iter().any(|(words, id)| id == "centcom" && words.contains("للجيش")), "{text}: {got:?}");
    }
}

#[test]
fn a_speaker_named_without_a_title_after_a_verb_of_speech() {
    check(&[
        ("وقال سرمد البياتي إن القوات الأمنية اعتقلت 12 مطلوبا.", &["سرمد البياتي=PER"]),
        ("وذكر هفال عارف أن الطيران قصف خمس قرى.", &["هفال عارف=PER"]),
        ("وأوضحت روجين خليل، أن المخيم يضم آلاف العائلات.", &["روجين خليل=PER"]),
        // The district's head, its title written as one word with a double
        // mim as often as not.
        ("وأعلن قائممقام قضاء راوة، سالم خلف، مقتل مسلحين اثنين.", &["سالم خلف=PER"]),
    ]);
    // Subjects that name no one: a statement, witnesses, one of a group.
    no_names(
        &[
            "وقال بيان صادر عن الوزارة إن خمسة قتلوا.",
            "وقال شهود عيان إن الطائرة قصفت ثلاثة منازل.",
            "وقالت إحدى الناجيات إن المسلحين فروا.",
            "وقال مسؤول محلي إن عشرين مدنيا نزحوا.",
        ],
        &["بيان صادر", "شهود عيان", "إحدى الناجيات", "مسؤول محلي"],
    );
    // Unnamed outlets, at a line's start or not: no outlet's credit.
    for text in ["وذكرت شبكات إخبارية محلية أن القصف استمر.", "ومن جهة أخرى، ذكرت شبكات إخبارية محلية، أن القصف استمر."]
    {
        let got = mentions(text);
        assert!(!got.iter().any(|m| m.contains("شبكات")), "{text}: {got:?}");
    }
}

#[test]
fn a_surname_told_again_without_its_article_is_the_same_person() {
    let text = "وقال قائد الشرطة العميد أحمد الدالاتي إن الخلية فككت.\nوأضاف دالاتي أن التحقيق مستمر.";
    let got = ids(text);
    let full = got.iter().find(|(words, _)| words == "أحمد الدالاتي").map(|(_, id)| id.clone());
    let short = got.iter().find(|(words, _)| words == "دالاتي").map(|(_, id)| id.clone());
    assert!(full.is_some() && full == short, "{got:?}");
}

#[test]
fn a_given_name_made_with_the_faith_opens_the_name_after_it() {
    check(&[
        ("وذكر رئيس دائرة الاتصال بالرئاسة التركية، فخر الدين ألتون، أن الوضع صعب.", &["فخر الدين ألتون=PER"]),
        ("وقال مدير الدائرة نور الدين كمال إن الطريق قطع.", &["نور الدين كمال=PER"]),
    ]);
    // The province named after Saladin stays a place.
    let text = "وهاجم التنظيم قرية في صلاح الدين شمال تكريت.";
    assert!(ids(text).iter().any(|(_, id)| id == "salahuddin"), "{:?}", ids(text));
}

#[test]
fn no_name_runs_across_a_line_break() {
    // A headline ending with a state's name, then the dateline: no outlet
    // named «سوريا 24».
    let text = "غارة عراقية على قياديين داخل سوريا\n24 يونيو 2018\nقتل عشرات المسلحين.";
    let got = ids(text);
    assert!(got.iter().any(|(words, id)| words == "سوريا" && id == "syria"), "{got:?}");
    assert!(!got.iter().any(|(_, id)| id == "sy24"), "{got:?}");
}

#[test]
fn the_worlds_states_under_their_spellings() {
    check(&[
        (
            "شاركت رومانيا وسنغافورة والأرجنتين وكوسوفو في الاجتماع",
            &["رومانيا=romania", "سنغافورة=singapore", "الأرجنتين=argentina", "كوسوفو=kosovo"],
        ),
        (
            "وانضمت الدانمارك والنروج ونيوزيلاندا وإيرلندا إلى المهمة",
            &["الدانمارك=denmark", "النروج=norway", "نيوزيلاندا=new_zealand", "إيرلندا=ireland"],
        ),
        ("وأرسلت تشاد والنيجر وبوركينا فاسو قوات إلى الحدود", &["تشاد=chad", "النيجر=niger", "بوركينا فاسو=burkina_faso"]),
        ("وعقد حلف «ناتو» اجتماعا في بروكسيل أمس", &["ناتو=nato", "بروكسيل=brussels"]),
        ("ونقلت الوكالة الفرنسية عن مصدر أمني أن الطريق مغلق", &["الوكالة الفرنسية=afp"]),
    ]);
}

#[test]
fn a_definite_plural_after_a_titled_name_is_the_verbs_object() {
    check(&[
        ("وأطلع المنسق الجنرال مارك ديفيس المشاركين على الخطة", &["مارك ديفيس=PER"]),
        ("وزار العقيد سامر خليل المصابين في المستشفى", &["سامر خليل=PER"]),
        // A surname made so stays (الحسين).
        ("وقال العقيد عبد الكريم الحسين إن الطريق مغلق", &["عبد الكريم الحسين=PER"]),
    ]);
}

#[test]
fn a_role_closing_a_headline_names_no_one_on_the_next_line() {
    no_names(
        &["قائد قوات سوريا الديمقراطية\nتاريخ النشر: 2 آذار 2025", "المتحدث باسم الجيش العراقي\nآخر تحديث: 3 أيار"],
        &["تاريخ النشر", "آخر تحديث"],
    );
    // A byline's writer on the line after its word is still named.
    check(&[("بغداد - متابعات\nكتبت:\nسلمى فاضل\nأعلن الجيش العراقي أن الطريق مفتوح", &["سلمى فاضل=PER"])]);
}

#[test]
fn an_armed_factions_head_and_the_words_of_its_name_are_one_organization() {
    check(&[
        ("وانضم مقاتلو كتائب أسود السنة إلى المعركة", &["كتائب أسود السنة=ORG"]),
        // A place inside is part of the name.
        ("وأعلن لواء أحرار الرقة انسحابه من القرية", &["لواء أحرار الرقة=ORG"]),
        // «ألوية» reads as definite once normalized: it is no article.
        ("وقالت ألوية سيوف الحق إن الهجوم فشل", &["ألوية سيوف الحق=ORG"]),
        ("وقال قائد لواء المعتصم إن المعركة مستمرة", &["لواء المعتصم=ORG"]),
    ]);
    // A unit named by its arm, a banner, a rank: no faction.
    no_names(
        &[
            "وشاركت كتيبة الحراسة في الهجوم",
            "وقاتل تحت لواء الدولة سنوات",
            "وعين برتبة لواء في الجيش",
            "وانتشرت عدة ألوية عسكرية تابعة للجيش",
            // A definite word after the rank is no faction's name either.
            "وتمت ترقيته إلى رتبة لواء العام الماضي",
            "وعين برتبة لواء الشهر الماضي",
        ],
        &["كتيبة الحراسة", "لواء الدولة", "لواء في الجيش", "ألوية عسكرية تابعة", "لواء العام", "لواء الشهر"],
    );
}

#[test]
fn a_quoted_factions_name_with_its_head_inside_is_one_organization() {
    check(&[
        ("بدأ الاقتتال بسيطرة “الفيلق الخامس” على مقار الفصيل", &["الفيلق الخامس=ORG"]),
        ("وانضمت “الجبهة الشمالية” إلى المعركة", &["الجبهة الشمالية=ORG"]),
        // A head without the article opens a quoted outlet or body.
        ("وقال في تصريح تابعته “وكالة أنباء الجنوب”، إن العمل مستمر", &["وكالة أنباء الجنوب=ORG"]),
        // Whatever the model read inside a body's quoted name is the name's.
        ("ودخل فصيل “السلطان مراد خان” على خط المواجهات", &["السلطان مراد خان=ORG"]),
    ]);
    // A head alone in quotes points back to a body named before.
    no_names(&["وهاجمت “الفرقة” المقار ليلا"], &["الفرقة"]);
}

#[test]
fn a_definite_word_after_a_trade_describes_it() {
    check(&[
        ("وشكل اغتيال الناشط البارز سليم الحداد نقطة تحول", &["سليم الحداد=PER"]),
        ("وقال الصحفي المعروف سامر خليل إن الطريق مغلق", &["سامر خليل=PER"]),
    ]);
}

#[test]
fn a_conjunction_of_time_after_a_leaders_body_opens_no_name() {
    check(&[("وقال إن القوات قتلت زعيم التنظيم بعدما قتلت حمدان بن راشد قبل عام", &["حمدان بن راشد=PER"])]);
}

#[test]
fn waw_glued_to_a_particle_of_a_name_opens_the_next_name() {
    check(&[
        // After a title, and where the model reads two names side by side.
        ("استقبل المحافظ سعيد ناجي وأبو حسن الربيعي في مكتبه", &["سعيد ناجي=PER"]),
        ("والتقى الشيخ كريم سلمان وابو أحمد العزاوي", &["كريم سلمان=PER"]),
    ]);
    no_names(&["استقبل المحافظ سعيد ناجي وأبو حسن الربيعي في مكتبه"], &["سعيد ناجي وأبو"]);
}

#[test]
fn a_quote_opened_inside_a_name_closes_with_it() {
    // However the model reads a body's name set in quotes after its head,
    // no name holds one quote of a pair.
    let balanced = |name: &str| {
        let count = |c: char| name.matches(c).count();
        count('«') == count('»') && count('“') == count('”') && count('"') % 2 == 0
    };
    for text in [
        "وقال بيان لقيادة فرقة «العباس» القتالية إن الهجوم صُد",
        "وقال بيان لقيادة فرقة \"العباس\" القتالية إن الهجوم صُد",
        "وذكر بيان لقيادة فرقة «الرضا» القتالية أن قواتها تقدمت",
        "وأعلن بيان لقيادة لواء “صقور الجبل” تأجيل العملية",
    ] {
        let found = mentions(text);
        assert!(found.iter().all(|m| balanced(m)), "{text}: {found:?}");
        assert!(!found.is_empty(), "{text}: no name");
    }
}

#[test]
fn a_name_broken_over_two_lines_of_a_wrapped_text_is_one_name() {
    // Lines cut at a fixed width, the name cut with them (past the first
    // line, which may be a headline).
    let text = "وأعلن المتحدث باسم الجيش في بيان نشره على موقع الوزارة مساء اليوم\n\
                أن القوات نفذت عملية واسعة في المنطقة الجبلية قادها الرائد سامي\n\
                الحديدي واستهدفت مواقع التنظيم شمال البلاد، مضيفا أن القوات ستواصل\n\
                ملاحقة الخلايا حتى تطهير المنطقة بالكامل من بقايا التنظيم.";
    check(&[(text, &["سامي\nالحديدي=PER"])]);
}

#[test]
fn a_known_person_named_again_by_the_given_name_alone() {
    let text = "وقالت السفيرة ليندا توماس غرينفيلد إن الدعم مستمر. وأضافت ليندا أن المساعدات ستصل قريبا";
    let got = ids(text);
    assert!(got.iter().any(|(t, id)| t == "ليندا" && id == "linda_thomas_greenfield"), "{got:?}");
    // Two people named so far with that given name leave it unsure.
    let two = "والتقى أنتوني بلينكن بالوزير أنتوني ألبانيز. وقال أنتوني إن الاجتماع مثمر";
    let got = ids(two);
    assert!(!got.iter().any(|(t, id)| t == "أنتوني" && id == "blinken"), "{got:?}");
}

#[test]
fn a_trade_after_a_name_is_the_names_adjective() {
    // «الإعلامية» after an outlet's name (its closing quote between or not)
    // describes it: no journalist named next.
    no_names(
        &["وبثت وكالة أعماق الإعلامية كلمة مصورة لزعيم التنظيم", "ونشرت أذرع “تنظيم داعش” الإعلامية كلمة صوتية جديدة"],
        &["كلمة مصورة", "كلمة صوتية", "كلمة"],
    );
    // After a verb the trade still names who follows.
    check(&[("وقال الإعلامي سالم الحمد إن الطريق أغلق", &["سالم الحمد=PER"])]);
}

#[test]
fn a_quoted_name_whose_last_words_the_model_read_is_all_the_persons() {
    check(&[("وقالت “آن ريتشارد” مساعدة وزير الخارجية إن التمويل سيساعد", &["آن ريتشارد=PER"])]);
    // Quoted words the model read nothing of stay no name.
    no_names(&["ووصف الحملة بأنها “نصر كبير” للمدينة"], &["نصر كبير", "كبير"]);
}

#[test]
fn an_official_after_a_role_of_the_cabinet_or_of_any_states_adjective() {
    check(&[
        // The name is no given name the lists hold: the title alone tells.
        ("وقال رئيس الوزراء الألباني إيدي راما إن بلاده مستعدة", &["إيدي راما=PER"]),
        ("وقال رئيس الوزراء إيدي راما إن بلاده مستعدة", &["إيدي راما=PER"]),
        ("وأكد وزير الداخلية الأوكراني إيدي راما أن الحدود آمنة", &["إيدي راما=PER"]),
    ]);
}

#[test]
fn an_accusative_nisba_after_an_accusative_noun_is_its_adjective() {
    no_names(
        &["وقالت الإدارة إن التنظيم يشكل تهديدا فوريا للعراق وحلفائه", "وقدمت القوات دعما ميدانيا للعملية في المنطقة"],
        &["فوريا", "ميدانيا"],
    );
    // A place the gazetteer knows stands there all the same.
    check(&[("وأرسلت الحكومة وفدا إلى سوريا", &["سوريا=syria"])]);
}

#[test]
fn a_given_name_glued_to_waw_opens_the_next_person_of_a_list() {
    let text = "وشيعت الهيئة ثلاثة من عناصرها، وهم جعفر حسن أصغر وصالح ولي علي";
    check(&[(text, &["جعفر حسن أصغر=PER"])]);
    no_names(&[text], &["جعفر حسن أصغر وصالح"]);
    // A given name that opens with «و» is no list's «و».
    check(&[("وقال الناشط محمد وليد الحسن إن القصف استمر", &["محمد وليد الحسن=PER"])]);
    // The «و» glued to a given name that opens a mention is no letter of it.
    let text = "والتقى المحافظ بالسيد سامي الخالد ومريم حسين";
    no_names(&[text], &["ومريم حسين", "ومريم"]);
    check(&[(text, &["مريم حسين=PER"])]);
}

#[test]
fn a_noun_owned_by_the_pronoun_of_several_is_no_name() {
    // «ومحيطهما»: the surroundings of two towns, however much the word
    // looks like a place's name.
    no_names(
        &["وتقدم التنظيم نحو مدينتي السخنة وتدمر ومحيطهما قبل أسبوع", "وشيع الأهالي قادتهم في مدينة منبج"],
        &["محيطهما", "ومحيطهما", "قادتهم"],
    );
    // A short word keeps the ending its root has.
    check(&[("وصل الوزير إلى أربيل مع فهد درهم", &["أربيل=erbil"])]);
}

#[test]
fn a_given_name_before_a_persons_name_and_ali_closing_it_are_the_persons() {
    check(&[
        // The first of three words, a given name the model left out.
        ("وشارك في الاجتماع سعد حميد الدليمي عن المحافظة", &["سعد حميد الدليمي=PER"]),
        // «علي» with yeh before a comma closes the name: no preposition
        // stands there.
        ("ومن بين القتلى قاسم حسين علي، الذي قاد الهجوم", &["قاسم حسين علي=PER"]),
    ]);
    // «على» with alef maqsura is the preposition, however it normalizes.
    no_names(&["أعلنت القوات القضاء على أبو سياف قائد المجموعة"], &["على أبو سياف"]);
}

#[test]
fn a_common_word_joined_after_a_village_is_no_village_name() {
    // «قرية ومقتل»: «و» and a word the model knows open the next phrase.
    no_names(&["وتقدمت الفصائل فسيطرت على 14 قرية ومقتل 9 مدنيين في القصف"], &["مقتل", "ومقتل"]);
}

#[test]
fn a_states_adjective_in_brackets_after_a_definite_head_is_no_name() {
    no_names(&["وتقاتل أنقرة هذا الحزب (التركي) منذ عقود"], &["التركي"]);
    // After an indefinite head the adjective is the outlet's name.
    check(&[("ذكرت صحيفة \"الكويتية\" أن المفاوضات توقفت", &["الكويتية=ORG"])]);
}
