//! Claims of phrases written for these tests, through the whole pipeline:
//! who states each figure, who did it, what was done and when. Each case
//! is `(text, [(figure, claimant, speaker, actor, action)])`, figures in
//! text order.

use khabar::{Pipeline, PipelineConfig};

type Expected<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>, &'a str);

fn check(pipeline: &Pipeline, text: &str, expected: &[Expected<'_>]) {
    let doc = pipeline.annotate("t.txt", text);
    let got: Vec<Expected<'_>> = doc
        .claims
        .iter()
        .map(|c| {
            let figure = &text[c.start..c.end];
            (figure, c.claimant.as_deref(), c.speaker.as_deref(), c.actor.as_deref(), c.action.as_str())
        })
        .collect();
    assert_eq!(got, expected, "text: {text}");
}

/// Every case of a table, each `(text, expected)`.
fn check_cases(pipeline: &Pipeline, cases: &[(&str, Vec<Expected<'_>>)]) {
    for (text, expected) in cases {
        check(pipeline, text, expected);
    }
}

#[test]
fn claimants_actors_and_actions_of_news_phrases() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let cases: &[(&str, &[Expected<'_>])] = &[
        // A speech verb and its subject; the subject of what is said acts.
        ("وقال التحالف الدولي إن قسد اعتقلت 40 عنصرا من داعش.", &[("40", Some("coalition"), None, Some("sdf"), "detained")]),
        // A spokesperson speaks for the institution.
        (
            "وأعلن المتحدث باسم التحالف الدولي، العقيد مايلز كاكينز، أن التحالف حرر أكثر من مليون شخص.",
            &[("مليون", Some("coalition"), Some("caggins"), Some("coalition"), "freed")],
        ),
        // And keeps speaking for it later under his own name.
        (
            "وقال المتحدث باسم التحالف الدولي مايلز كاكينز إن الضربات مستمرة.\nوأضاف كاكينز أن 300 غارة نفذت الشهر الماضي.",
            &[("300", Some("coalition"), Some("caggins"), None, "attacks")],
        ),
        // A trailing source phrase names the claimant; own losses.
        ("وبلغت خسائر قسد نحو 900 مقاتل، وفق بيان لقائد قسد مظلوم عبدي.", &[("900", Some("mazloum_abdi"), None, Some("sdf"), "killed")]),
        // A title over a body and another title before the person who holds
        // it: the person speaks in their own right.
        (
            "وأعلن ممثل الولايات المتحدة في مجلس الأمن المبعوث جيمس جيفري أن قسد اعتقلت 50 عنصرا من داعش.",
            &[("50", Some("james_jeffrey"), None, Some("sdf"), "detained")],
        ),
        // A headline with a colon; the first person is the claimant.
        ("قسد: حررنا 20 ألف كيلومتر مربع", &[("20 ألف كيلومتر مربع", Some("sdf"), None, Some("sdf"), "freed")]),
        // Unnamed sources.
        ("وأفادت مصادر محلية بمقتل 12 مدنيا في قصف على القرية.", &[("12", Some("unnamed_source"), None, None, "killed")]),
        // The outlet's own voice.
        ("يشار إلى أن التحالف يضم أكثر من 80 دولة.", &[("80", None, None, Some("coalition"), "joined")]),
        // A verb with no subject continues the last statement; a passive
        // says no doer.
        (
            "وأكد المرصد السوري لحقوق الإنسان أن الاشتباكات مستمرة. وأضاف أنه تم نقل 150 جريحا إلى المستشفيات.",
            &[("150", Some("sohr"), None, None, "wounded")],
        ),
        // A named cause; money is funding.
        (
            "وقال البيت الأبيض إن نحو 5 آلاف شخص نزحوا جراء هجوم داعش، وإن واشنطن قدمت 10 ملايين دولار.",
            &[
                ("5 آلاف", Some("white_house"), None, Some("isis"), "displaced"),
                ("10 ملايين دولار", Some("white_house"), None, Some("washington"), "funded"),
            ],
        ),
        // A relay is no claimant when the originator is named.
        (
            "وذكر بيان صدر عن التحالف الدولي، حسبما أوردت وكالة الأناضول، أن 14 ضربة استهدفت مواقع التنظيم.",
            &[("14", Some("coalition"), None, None, "attacks")],
        ),
        // A share of the figure before takes its action.
        (
            "وقال المرصد السوري إن 200 شخص قتلوا في المعارك، بينهم 30 طفلا.",
            &[("200", Some("sohr"), None, None, "killed"), ("30", Some("sohr"), None, None, "killed")],
        ),
        // The killer is who attacked, named in the sentence with the noun
        // that stands for it (للتنظيم after «تنظيم داعش»), beating the
        // victims' own party.
        (
            "وتبنى تنظيم داعش الهجوم. ووثق المرصد السوري مقتل 20 عنصرا من قسد في 30 هجوما للتنظيم منذ بداية العام.",
            &[("20", Some("sohr"), None, Some("isis"), "killed"), ("30", Some("sohr"), None, Some("isis"), "attacks")],
        ),
        // ... or told in the sentence before.
        ("أعلنت قسد تفاصيل هجوم داعش على السجن. وقتل في الاشتباكات 40 حارسا.", &[("40", None, None, Some("isis"), "killed")]),
        // حيث goes on with the sentence before; a figure after the speech
        // verb's own words is not what it says.
        ("أعلنت قسد حصيلة المعارك. حيث قتل 12 مقاتلا من الحراس.", &[("12", Some("sdf"), None, None, "killed")]),
        ("وخلال مؤتمر يشارك فيه نحو 70 دولة، قال بلينكن إن الحرب مستمرة.", &[("70", None, None, None, "joined")]),
        // A later statement pointing back at the figures owns them.
        (
            "يعيش في المخيم أكثر من 4 آلاف شخص. وذكرت مصادر أن هذا العدد يزداد.",
            &[("4 آلاف", Some("unnamed_source"), None, None, "detained")],
        ),
        // What a camp holds is detained; counting camps or nationalities is not.
        (
            "وقال المسؤول إن مخيم روج يضم أكثر من 2500 شخص، ينتمون إلى 40 دولة، ونقلوا إلى ثلاث مخيمات.",
            &[("2500", None, None, None, "detained"), ("40", None, None, None, "other"), ("ثلاث", None, None, None, "other")],
        ),
        // Money is spending; a budget told in parts keeps its spender, and a
        // name before a relative clause is its subject.
        (
            "طلبت الإدارة موازنة تبلغ 700 مليار دولار لصالح البنتاغون. وتم تخصيص 500 مليار دولار منها للرواتب.",
            &[("700 مليار دولار", None, None, Some("us_dod"), "funded"), ("500 مليار دولار", None, None, Some("us_dod"), "funded")],
        ),
        (
            "ووضعت الولايات المتحدة، التي خصصت 10 ملايين دولار لمن يدلي بمعلومات، اسمه على القائمة.",
            &[("10 ملايين دولار", None, None, Some("usa"), "funded")],
        ),
        // The parties of a fight did not each do what it did; an addressee
        // after a preposition is no doer.
        (
            "وقال المرصد السوري لوكالة فرانس برس إن المعارك بين قسد وتنظيم داعش أسفرت عن مقتل 300 شخص.",
            &[("300", Some("sohr"), None, None, "killed")],
        ),
        // A name joined by «و» (a word of its own) to what follows a
        // preposition is in that phrase, no doer.
        (
            "وقال التحالف الدولي: حررنا في حربنا ضد داعش و القاعدة نحو 5 ملايين شخص.",
            &[("5 ملايين", Some("coalition"), None, Some("coalition"), "freed")],
        ),
        // The target of a fight, written after its head noun and a quote,
        // is no doer: the state's body before it is.
        (
            "وزادت الحكومة الأمريكية دعمها للمقاتلين في إطار الحرب على تنظيم \"داعش\" إلى 80 مليون دولار.",
            &[("80 مليون دولار", None, None, Some("usa"), "funded")],
        ),
        ("وأنفقت الحكومة البريطانية في الحرب على داعش 90 مليون دولار.", &[("90 مليون دولار", None, None, Some("uk"), "funded")]),
        // A trigger verb in any person and tense (the lexicon's `verbs`).
        ("وسيطرت الفصائل على 70 قرية في الريف الشمالي.", &[("70", None, None, None, "controlled")]),
        ("وما زال المسلحون يسيطرون على 12 بلدة.", &[("12", None, None, None, "controlled")]),
        ("وأفرج الخاطفون عن 200 من الرهائن.", &[("200", None, None, None, "freed")]),
        ("واغتالت مجموعة مسلحة 3 مسؤولين محليين.", &[("3", None, None, None, "killed")]),
        // A channel relays; who it quotes after «عن» is the claimant, named
        // or not (docs/CLAIMS.md §3).
        ("ونقلت وكالة سبوتنيك عن وزارة الدفاع الروسية قولها إن 30 مسلحا قتلوا.", &[("30", Some("russia_mod"), None, None, "killed")]),
        ("ونقلت قناة الجزيرة عن مسؤول عراقي قوله إن 14 جنديا أصيبوا.", &[("14", Some("unnamed_source"), None, None, "wounded")]),
        ("وأوردت وكالة رويترز أن 9 مدنيين قتلوا.", &[("9", Some("reuters"), None, None, "killed")]),
        // Funding words say nothing of a count of people: money is funded,
        // the people it reaches are not.
        (
            "وستفيد المساعدات 3 ملايين شخص بحاجة إلى مساعدة إنسانية. ويستضيف الأردن 900 ألف لاجئ.",
            &[("3 ملايين", None, None, None, "other"), ("900 ألف", None, None, None, "displaced")],
        ),
        // Figures or a report «issued by» their owner.
        ("وكشفت الأرقام الصادرة عن الأمم المتحدة أن 60 ألف شخص نزحوا من القرى.", &[("60 ألف", Some("un"), None, None, "displaced")]),
        // A state's forces, government or aircraft named by its adjective
        // act and speak for the state (docs/CLAIMS.md §4), one adjective
        // between at most; an adjective inside a name is the name's.
        ("وقتلت القوات العراقية 30 عنصرا من داعش في الأنبار.", &[("30", None, None, Some("iraq"), "killed")]),
        ("وقالت الحكومة التركية إنها دمرت 12 موقعا.", &[("12", Some("turkey"), None, Some("turkey"), "attacks")]),
        ("وأنفقت الإدارة الأميركية 2 مليار دولار على برنامج التدريب.", &[("2 مليار دولار", None, None, Some("usa"), "funded")]),
        ("وجرت عملية عسكرية روسية شاركت فيها 6 مروحيات قرب تدمر.", &[("6", None, None, Some("russia"), "attacks")]),
        ("وقتلت مروحيات عسكرية روسية 15 مسلحا قرب تدمر.", &[("15", None, None, Some("russia"), "killed")]),
        ("وقتل 30 عنصرا من داعش بغارات أمريكية.", &[("30", None, None, Some("usa"), "killed")]),
        ("وقالت قوات سوريا الديمقراطية إنها أسرت 40 عنصرا.", &[("40", Some("sdf"), None, Some("sdf"), "detained")]),
        // A killer named after the figure (بنيران، على يد) outranks the
        // subject the sentence opened with; a definite noun standing for a
        // name told before is the subject of a verb of killing.
        ("وانسحبت قوات قسد من القرية بعد مقتل 20 عنصرا منها بنيران داعش.", &[("20", None, None, Some("isis"), "killed")]),
        (
            "وهاجم تنظيم داعش نقطة للجيش. وفي اليوم التالي قتل التنظيم 7 من مقاتلي قوات سوريا الديمقراطية.",
            &[("7", None, None, Some("isis"), "killed")],
        ),
        // The dead said with «لقي» or «ارتقى»: killed, not a headcount.
        ("ولقي 9 عناصر من الشرطة مصرعهم في الهجوم.", &[("9", None, None, None, "killed")]),
        ("وقالت قسد إنه ارتقى 6 من مقاتليها إلى مرتبة الشهادة.", &[("6", Some("sdf"), None, Some("sdf"), "killed")]),
        // A head noun and a quote before the speaker's name; an unnamed
        // doer.
        (
            "وقالت جماعة “المرصد السوري لحقوق الإنسان” المعارضة، ومقرها لندن، إن طائرة مسيرة قصفت سيارة فقتلت 4 أشخاص.",
            &[("4", Some("sohr"), None, None, "killed")],
        ),
        // «أفصح عن» tells; who holds them is the holder; the body the
        // fighters are of, when nothing is done to them.
        ("وأفصح الوزير أنتوني بلينكن عن وجود 9 آلاف مسلح محتجزين لدى قسد.", &[("9 آلاف", Some("blinken"), None, Some("sdf"), "detained")]),
        ("وأشار بلينكن إلى بقاء 5 آلاف مقاتل من تنظيم «داعش» في البادية.", &[("5 آلاف", Some("blinken"), None, Some("isis"), "fighters")]),
        // After people held, a place holding more is of people held; a
        // meeting taking part is not.
        (
            "ويضم السجن 3 آلاف معتقل. ويشارك في المؤتمر 40 وزيرا من دول التحالف.",
            &[("3 آلاف", None, None, None, "detained"), ("40", None, None, Some("coalition"), "joined")],
        ),
        // A place the camps are in holds no one; a relayed statement's
        // originator after «عن» is the claimant.
        (
            "وأعلنت وزارة الهجرة والمهجرين عودة 8 آلاف نازح من مخيمات جنوب الموصل إلى منازلهم.",
            &[("8 آلاف", Some("iraq_momd"), None, None, "returned")],
        ),
        (
            "ونقل بيان للوزارة عن المتحدث جاسم محمد قوله إن 70 ألف نازح عادوا إلى الأنبار.",
            &[("70 ألف", Some("jasm_mhmd_ca6cb3"), None, None, "returned")],
        ),
        // «حيد» is the Turkish army's word for killing; a direction after a
        // figure is no counted noun.
        (
            "وحيدت القوات التركية 6 مسلحين و4 شمالي العراق.",
            &[("6", None, None, Some("turkey"), "killed"), ("4", None, None, Some("turkey"), "killed")],
        ),
        // A minister named by his field and state.
        (
            "وقال وزير الخارجية الإيراني حسين عبداللهيان إن 9 دبلوماسيين غادروا.",
            &[("9", Some("hsyn_abdallhyan_78e0cf"), None, None, "displaced")],
        ),
        // A part «among them» shares the whole's action; the attack after
        // it is where they were hit. «قضوا»: they died.
        (
            "قتل 12 مدنيا بينهم 5 أطفال، الأحد، في قصف جوي على البلدة.",
            &[("12", None, None, None, "killed"), ("5", None, None, None, "killed")],
        ),
        ("وقال ناشطون إن 6 مدنيين قضوا في القصف.", &[("6", Some("unnamed_source"), None, None, "killed")]),
        // The attack told before is this figure's when nothing else is
        // (التفجير points back); an attack of the sentence's own (بقصف,
        // indefinite) is another event, its doer unnamed.
        (
            "وقتل 4 جنود في هجوم لداعش على الحاجز. وأصيب 7 مدنيين بقصف للفصائل. وارتفعت حصيلة الهجوم إلى 9 قتلى.",
            &[("4", None, None, Some("isis"), "killed"), ("7", None, None, None, "wounded"), ("9", None, None, Some("isis"), "killed")],
        ),
        // A list goes on after a comma with a qualifier glued to «و».
        (
            "وتسبب القصف في مقتل 300 مدني، وأكثر من 40 مقاتلا من الفصائل.",
            &[("300", None, None, None, "killed"), ("40", None, None, None, "killed")],
        ),
        // A place after the event it names is where, not who, though a
        // relative clause follows it; who claimed the attack made it.
        ("وقع انفجار الموصل الذي أوقع 14 قتيلا.", &[("14", None, None, None, "killed")]),
        (
            "وصدر بيان عن تنظيم داعش. وزار حيدر العبادي موقع التفجير الذي تبناه التنظيم وأوقع 20 قتيلا.",
            &[("20", None, None, Some("isis"), "killed")],
        ),
        // A party after a noun of fighting it («ل» glued or not) does not
        // act, though a relative clause follows it (the clause is the
        // conference's).
        (
            "وعقد مؤتمر التحالف الدولي لمحاربة داعش الذي يشارك فيه 83 دولة.",
            &[("83", None, None, Some("coalition"), "joined")],
        ),
        // After a title, a place further on in the sentence is no holder
        // of it: the statement goes on from the person named before.
        (
            "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن التعاون مستمر.\nوأشار الوزير إلى خطة تنتهي في العراق العام المقبل.\nوأضاف أن التحالف سيقدم 150 مليون دولار.",
            &[("150 مليون دولار", Some("blinken"), None, Some("coalition"), "funded")],
        ),
        // After a source phrase «ل» is the phrase's, not an addressee's.
        ("ووفقا للمرصد السوري لحقوق الإنسان، قتل 9 مدنيين في القصف.", &[("9", Some("sohr"), None, None, "killed")]),
        // A source's initials are no sentence end: the source goes on.
        ("وقال مصدر أمني للوكالة (د.ب.أ) إن 11 عنصرا قتلوا.", &[("11", Some("unnamed_source"), None, None, "killed")]),
        // A trigger inside a name is no trigger; «مرات» counts times.
        (
            "وقالت لجنة الإنقاذ الدولية إن 500 طفل في المخيم بحاجة إلى تعليم. وقتل زعيمها 4 مرات.",
            &[("500", Some("irc"), None, None, "detained"), ("4", None, None, None, "other")],
        ),
        // The verb after a list of figures is each figure's, and a verb
        // after the list closes it: the next list takes the verb after it.
        (
            "وقال المرصد السوري لحقوق الإنسان إن 12 مقاتلا من العشائر و5 عناصر من قسد، وطفلين قتلوا و 20 مقاتلا و 6 مدنيين أصيبوا.",
            &[
                ("12", Some("sohr"), None, None, "killed"),
                ("5", Some("sohr"), None, Some("sdf"), "killed"),
                ("طفلين", Some("sohr"), None, None, "killed"),
                ("20", Some("sohr"), None, None, "wounded"),
                ("6", Some("sohr"), None, None, "wounded"),
            ],
        ),
        // The figure opening what is said is the subject of a verb told
        // many words later.
        (
            "وذكر مصدر طبي أن 9 عناصر من قوى الأمن الداخلي وحراس المنشأة النفطية القريبة منها قُتلوا في الهجوم.",
            &[("9", Some("unnamed_source"), None, Some("asayish"), "killed")],
        ),
        // A list item with no figure ends the search for the list's verb.
        (
            "وبلغت الحصيلة 40 قتيلا، 25 منهم من داعش و10 من الجيش، والعشرات من الجرحى.",
            &[
                ("40", None, None, None, "killed"),
                ("25", None, None, Some("isis"), "killed"),
                ("10", None, None, None, "killed"),
            ],
        ),
        // A noun standing for a body named before speaks for it; a figure
        // that «resulted» from events has no doer in the pronoun before it.
        (
            "وأصدر المرصد السوري لحقوق الإنسان تقريرا. وقال المرصد إنه نتج عن الاشتباكات مقتل 14 مسلحا.\nوطبقا للمرصد، اعتقلت القوات 6 منهم.",
            &[("14", Some("sohr"), None, None, "killed"), ("6", Some("sohr"), None, None, "detained")],
        ),
        // A body spoken to is no speaker, though its name opens with a
        // noun that stands for a body.
        (
            "وقال للمرصد السوري لحقوق الإنسان مصدر طبي إن 5 مدنيين قتلوا.",
            &[("5", None, None, None, "killed")],
        ),
        // The outlet's own reporter is the outlet's voice, whatever was said
        // before.
        (
            "وقال المرصد السوري لحقوق الإنسان إن القصف مستمر. وقال مراسلنا إن 3 مدنيين قتلوا في الغارة.",
            &[("3", None, None, None, "killed")],
        ),
        // «التنظيم» stands for ISIS named before under another alias; a
        // strike «of» a party named after it is the killer's; a gloss in
        // brackets between a figure and its verb is read past.
        (
            "واستهدف داعش الطريق. وزار الوزير موقع الانفجار الذي تبناه التنظيم وأوقع 18 قتيلا.",
            &[("18", None, None, Some("isis"), "killed")],
        ),
        ("وأعلن المرصد السوري لحقوق الإنسان مقتل 4 مسلحين بضربة جوية للتحالف الدولي.", &[("4", Some("sohr"), None, Some("coalition"), "killed")]),
        (
            "وكان خمسة من عناصر تنظيم ما يسمى بالدولة الإسلامية (داعش) لقوا مصرعهم في الاشتباكات.",
            &[("خمسة", None, None, Some("isis"), "killed")],
        ),
        // Leaving a camp is going home; people a figure of families
        // «comprises» share what the families did; a time set between
        // commas after the verb leaves its clause open.
        (
            "وغادرت، صباح اليوم الأحد، 140 عائلة تضم 520 شخصا مخيم روج متجهة نحو الحدود.",
            &[("140", None, None, None, "returned"), ("520", None, None, None, "returned")],
        ),
        (
            "واعتقلت، مساء الجمعة، قوات الأمن 15 مشتبها في ريف المدينة.",
            &[("15", None, None, None, "detained")],
        ),
        // Who is in the prisons named right after a figure is held, and a
        // figure right after a comma goes on the list.
        (
            "وتضم السجون نحو 9 آلاف سجين، 2500 في سجون المدينة، 700 في الريف و300 في البادية.",
            &[
                ("9 آلاف", None, None, None, "detained"),
                ("2500", None, None, None, "detained"),
                ("700", None, None, None, "detained"),
                ("300", None, None, None, "detained"),
            ],
        ),
        // A state right after a verb of giving gives; members «taking
        // part in» a body are its members.
        ("تعهدت بريطانيا الأربعاء بتقديم 75 مليون دولار لدعم الاستقرار.", &[("75 مليون دولار", None, None, Some("uk"), "funded")]),
        ("واجتمع ممثلو 40 دولة مشاركة في التحالف الدولي في روما.", &[("40", None, None, Some("coalition"), "joined")]),
        // «بينهم» after a figure opens its parts: the figure is the whole.
        // What is done to a part right before it is its own.
        (
            "وأصيب 30 شخصا في القصف. وارتفع عدد القتلى إلى 70 بينهم 15 طفلا.\nوقتل 8 مهاجمين واعتقال 5 منهم، بينما فر الباقون.",
            &[
                ("30", None, None, None, "wounded"),
                ("70", None, None, None, "killed"),
                ("15", None, None, None, "killed"),
                ("8", None, None, None, "killed"),
                ("5", None, None, None, "detained"),
            ],
        ),
    ];
    for (text, expected) in cases {
        check(&pipeline, text, expected);
    }
}

#[test]
fn a_claim_is_dated_by_its_sentence_or_else_by_publication() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let text = "الخميس، 03 نوفمبر 2016\nوقال التحالف إنه نفذ 120 غارة في آذار 2015. وأضاف أنه دمر 40 موقعا.";
    let doc = pipeline.annotate("t.txt", text);
    let when: Vec<(Option<&str>, Option<&str>)> = doc.claims.iter().map(|c| (c.when.as_deref(), c.when_from.as_deref())).collect();
    assert_eq!(when, [(Some("2015-03"), Some("sentence")), (Some("2016-11-03"), Some("published"))]);
    // Each claim points at its quantity.
    for c in &doc.claims {
        let q = &doc.quantities[c.quantity.unwrap()];
        assert_eq!((q.start, q.end), (c.start, c.end));
    }
}

#[test]
fn durations_ordinals_years_and_vague_amounts_are_no_claims() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let doc = pipeline.annotate("t.txt", "وقال التحالف إن الحملة الثانية استمرت 3 أشهر منذ عام 2014 وقتلت مئات المسلحين.");
    assert!(doc.claims.is_empty(), "{:?}", doc.claims);
}

#[test]
fn running_totals_are_told_apart_from_incidents() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let cases: &[(&str, bool)] = &[
        ("وقال التحالف إنه حرر منذ عام 2014 نحو 7 ملايين شخص.", true),
        ("وارتفعت حصيلة القتلى إلى 300 قتيل حتى الآن.", true),
        ("وبلغ العدد الإجمالي للعائدين 40 ألف شخص.", true),
        ("ونفذ التحالف اليوم 12 ضربة قرب الرقة.", false),
        ("وقتل 5 مدنيين في قصف على القرية أمس.", false),
    ];
    for (text, total) in cases {
        let doc = pipeline.annotate("t.txt", text);
        let totals: Vec<bool> = doc.claims.iter().map(|c| c.total).collect();
        assert_eq!(totals, [*total], "text: {text}");
    }
}

#[test]
fn a_number_inside_a_name_is_no_figure() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    // «كوردستان 24» is an outlet's name; the claim is the dead's, and a
    // quote's elided words in brackets end no sentence.
    check(&pipeline, "وقال مسؤول محلي لموقع كوردستان 24 إن 5 مدنيين قتلوا.", &[("5", Some("unnamed_source"), None, None, "killed")]);
    check(&pipeline, "وقال المرصد السوري لحقوق الإنسان إن القصف (...) أسفر عن مقتل 7 مدنيين.", &[("7", Some("sohr"), None, None, "killed")]);
}

#[test]
fn spokespeople_and_deputies_of_a_body_named_by_its_kind() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let person = khabar_entities::new_entity_id;
    let (salman, dulaimi) = (person("علي سلمان"), person("سامر الدليمي"));
    let cases: Vec<(&str, Vec<Expected<'_>>)> = vec![
        // The body named before and told again by its kind: the body
        // claims, the spokesperson speaks; the same person later under his
        // own name still speaks for it.
        (
            "وأعلنت وزارة الهجرة والمهجرين وصول قافلة جديدة.\nوقال المتحدث باسم الوزارة علي سلمان إن 400 أسرة عادت.\nوأضاف سلمان أن 120 أسرة أخرى ستعود.",
            vec![
                ("400", Some("iraq_momd"), Some(salman.as_str()), None, "returned"),
                ("120", Some("iraq_momd"), Some(salman.as_str()), None, "returned"),
            ],
        ),
        // With no body named, the spokesperson speaks for himself, and is no
        // doer of what he tells.
        ("وقال المتحدث باسم الهيئة علي سلمان إن 400 أسرة عادت.", vec![("400", Some(salman.as_str()), None, None, "returned")]),
        // A deputy minister is a title: the person speaks.
        ("وقال وكيل الوزارة سامر الدليمي إن 300 أسرة عادت.", vec![("300", Some(dulaimi.as_str()), None, None, "returned")]),
        // Leaving a camp for home is returning; who comes out of a camp is
        // no longer held there.
        ("وغادرت 250 عائلة المخيم إلى ديارهم في ريف المحافظة.", vec![("250", None, None, None, "returned")]),
        // (A convoy holding people makes them no members either.)
        ("ووصلت قافلة من مخيم روج تضم 150 شخصا إلى الحدود.", vec![("150", None, None, None, "other")]),
        // A title alone after the verb is the person last named with it,
        // sentences before.
        (
            "اجتماع في واشنطن\nأكد وزير الخارجية الأمريكي أنتوني بلينكن ضرورة تعزيز الأمن.\nوجرى اللقاء في مقر الوزارة.\nوأشار الوزير الأمريكي إلى أن بلاده ستقدم 50 مليون دولار.",
            vec![("50 مليون دولار", Some("blinken"), None, None, "funded")],
        ),
        // A dual named before «two» is the counted noun, not the word after
        // the figure; martyrdom is a death.
        ("وأدى القصف إلى مقتل مسلحين اثنين وتدمير مخبأ.", vec![("مسلحين اثنين", None, None, None, "killed")]),
        ("وأكدت الشرطة استشهاد منتسبين اثنين في الهجوم.", vec![("منتسبين اثنين", None, None, None, "killed")]),
        // A weak trigger right before the figure or its qualifier beats a
        // strong one of the clause after.
        ("وعقد المؤتمر بمشاركة نحو 80 دولة لبحث تحرير المختطفين.", vec![("80", None, None, None, "joined")]),
        ("وعقد المؤتمر في الرياض بمشاركة 84 منها دول عربية لبحث استعادة المناطق.", vec![("84", None, None, None, "joined")]),
        // A gloss in brackets between the figure and its verb.
        ("وأفادت مصادر محلية بأن 4 عناصر من قوى الأمن الداخلي (الأسايش) قتلوا.", vec![("4", Some("unnamed_source"), None, Some("asayish"), "killed")]),
    ];
    check_cases(&pipeline, &cases);
}

#[test]
fn a_user_file_says_what_a_noun_stands_for_when_no_name_was_written_with_it() {
    let text = "وهاجمت قسد مواقع في الريف. وقالت القوات إن 12 مسلحا قتلوا.";
    let claimant = |config: &PipelineConfig| {
        let pipeline = Pipeline::new(config).unwrap();
        pipeline.annotate("t.txt", text).claims[0].claimant.clone()
    };
    assert_eq!(claimant(&PipelineConfig::default()), None);
    let dir = std::env::temp_dir().join(format!("khabar-claims-defaults-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let words = dir.join("defaults.toml");
    std::fs::write(&words, "[reference_defaults.sdf]\nwords = [\"القوات\"]\n").unwrap();
    let config = PipelineConfig { claim_words: vec![words], ..PipelineConfig::default() };
    assert_eq!(claimant(&config).as_deref(), Some("sdf"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn spokespeople_named_later_connectives_and_figures_issued_by_a_body() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let salman = khabar_entities::new_entity_id("علي سلمان");
    let cases: Vec<(&str, Vec<Expected<'_>>)> = vec![
        // «The» spokesperson named after a spokesperson of a body: the same
        // body's, now named.
        (
            "وقال متحدث باسم وزارة الهجرة والمهجرين إن 300 أسرة عادت.\nوأضاف المتحدث علي سلمان أن 100 أسرة أخرى عادت.",
            vec![("300", Some("iraq_momd"), None, None, "returned"), ("100", Some("iraq_momd"), Some(salman.as_str()), None, "returned")],
        ),
        // A connective's «أن» opens no statement: the body before the verb
        // is its subject.
        (
            "ورغم تأخر القوافل، إلا أن وزارة الهجرة والمهجرين قالت إن 200 أسرة عادت.",
            vec![("200", Some("iraq_momd"), None, None, "returned")],
        ),
        // Figures issued by a body named before by its kind.
        (
            "ونشرت بعثة الأمم المتحدة تقريرها الشهري.\nووفقا للأرقام التي تصدرها البعثة، قتل 70 مدنيا في الشهر الماضي.",
            vec![("70", Some("un"), None, None, "killed")],
        ),
        // A headline opened by an unnamed source and a colon.
        ("مصدر أمني عراقي: مقتل 7 عناصر من داعش في كمين", vec![("7", Some("unnamed_source"), None, Some("isis"), "killed")]),
        // A place after «في» is where it was said, not who said it.
        ("وقال قائد العمليات خلال مؤتمر في بغداد إن 300 أسرة عادت.", vec![("300", None, None, None, "returned")]),
        // «راح ضحيته»: the dead of an attack; a distance that places
        // something is an attribute.
        ("وأوضحت الشرطة أن الهجوم راح ضحيته 9 مدنيين.", vec![("9", None, None, None, "killed")]),
        ("وهاجم مسلحون قرية تقع على 60 كم شمال الموصل.", vec![("60 كم", None, None, None, "other")]),
        // Bombs dropped are attacks.
        ("وقال التحالف إنه ألقى 500 قنبلة على مواقع التنظيم.", vec![("500", Some("coalition"), None, Some("coalition"), "attacks")]),
    ];
    check_cases(&pipeline, &cases);
}

#[test]
fn surrender_evacuation_and_the_number_of_what_was_done() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let cases: Vec<(&str, Vec<Expected<'_>>)> = vec![
        // Who surrenders is taken; who is evacuated is displaced.
        ("وقالت قسد إن 250 مسلحا سلموا أنفسهم في البلدة.", vec![("250", Some("sdf"), None, None, "detained")]),
        ("وأعلن التحالف الدولي استسلام 700 مقاتل من داعش.", vec![("700", Some("coalition"), None, None, "detained")]),
        ("وقالت قسد إنها أتمت إجلاء 2000 شخص من البلدة.", vec![("2000", Some("sdf"), None, Some("sdf"), "displaced")]),
        // «عدد» and what was done to those it names, the figure far after;
        // they gave themselves up to the speaker's own forces, who hold them.
        (
            "وقالت قسد إن عدد المسلحين الذين سلموا أنفسهم لقواتها منذ بداية الشهر وحتى اليوم بلغ 900 شخص.",
            vec![("900", Some("sdf"), None, Some("sdf"), "detained")],
        ),
        ("وبلغ عدد النازحين من القرى التي يسيطر عليها التنظيم منذ أسابيع 15 ألف شخص.", vec![("15 ألف", None, None, None, "displaced")]),
    ];
    check_cases(&pipeline, &cases);
}

#[test]
fn asides_titles_passives_and_the_subject_of_amounting_to() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let cases: Vec<(&str, Vec<Expected<'_>>)> = vec![
        // A part set aside between commas: the verb after it is the whole's.
        (
            "وقال ناشطون إن 14 شخصا، بينهم 3 نساء، قتلوا في القصف.",
            vec![("14", Some("unnamed_source"), None, None, "killed"), ("3", Some("unnamed_source"), None, None, "killed")],
        ),
        // The members held are not who holds them.
        (
            "وقال التحالف الدولي إن عدد مقاتلي داعش المحتجزين في السجون بلغ 9 آلاف.",
            vec![("9 آلاف", Some("coalition"), None, None, "detained")],
        ),
        // A place opening a quoted title after a noun does nothing
        // (a campaign named after a city), unlike a quoted statement.
        ("وقالت حملة \"الموصل تنزف\" إن 25 مدنيا قتلوا أمس.", vec![("25", None, None, None, "killed")]),
        // A passive speech word names no one: the statement goes on.
        (
            "وقالت مصادر محلية إن طائرات التحالف الدولي تواصل القصف، وقد تم رصد 60 غارة على المدينة.",
            vec![("60", Some("unnamed_source"), None, None, "attacks")],
        ),
        // Another item opened after a comma keeps its trigger.
        (
            "وأكد المرصد السوري لحقوق الإنسان مقتل 11 عنصرا، إضافة إلى إصابات في صفوف المدنيين.",
            vec![("11", Some("sohr"), None, None, "killed")],
        ),
        // The subject of «بلغت» far before the figure gives its action.
        (
            "وبلغت الخسائر البشرية في صفوف الفصائل المسلحة خلال المعارك الأخيرة في ريف المدينة الشرقي حتى الآن 400 شخص.",
            vec![("400", None, None, None, "killed")],
        ),
    ];
    check_cases(&pipeline, &cases);
}

#[test]
fn leaving_a_camp_is_going_home_and_a_contrasted_date_is_another_events() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let cases: Vec<(&str, Vec<Expected<'_>>)> = vec![
        // Leaving a camp (a verb that may also mean «graduate»), however far
        // the camp is named after the figure; going to a camp is not.
        ("تخرج 120 عائلة سورية، صباح اليوم الأحد، من مخيم الهول", vec![("120", None, None, None, "returned")]),
        ("ويستعد 600 شخص لمغادرة مخيم روج الأسبوع المقبل", vec![("600", None, None, None, "returned")]),
        ("وغادرت 70 عائلة القرية إلى مخيم قريب", vec![("70", None, None, None, "displaced")]),
        // A figure glued to «و» shares the action of the list before it,
        // a prison in a phrase between (حراس السجن) notwithstanding; a verb
        // between closes that list, and its own verb follows it.
        (
            "وأفاد المرصد السوري لحقوق الإنسان بمقتل 30 عنصرا من قوى الأمن وحراس السجن و12 من داعش و4 مدنيين.",
            vec![
                ("30", Some("sohr"), None, None, "killed"),
                ("12", Some("sohr"), None, Some("isis"), "killed"),
                ("4", Some("sohr"), None, None, "killed"),
            ],
        ),
        (
            "وذكر البيان أن 20 مسلحا قتلوا و 15 مسلحا و 6 من الشرطة، و3 مدنيين أصيبوا.",
            vec![
                ("20", None, None, None, "killed"),
                ("15", None, None, None, "wounded"),
                ("6", None, None, None, "wounded"),
                ("3", None, None, None, "wounded"),
            ],
        ),
        // «His country» gives: the state the speaker's title names.
        (
            "وأعلن سفير فرنسا لدى العراق خلال المؤتمر تخصيص بلاده 20 مليون يورو لإعادة الإعمار.",
            vec![("20 مليون يورو", Some("france"), None, Some("france"), "funded")],
        ),
        // A place after a word before a colon labels where the news is
        // from; it says nothing.
        ("محافظة دهوك: أصيب 4 عناصر من البيشمركة جراء القصف.", vec![("4", None, None, Some("peshmerga"), "wounded")]),
        // Land cleared of the enemy is freed; mines cleared are cleared;
        // what was found is no action.
        (
            "وقال الحشد الشعبي إن العملية أسفرت عن تطهير 25 قرية وتفكيك 40 عبوة ناسفة والعثور على 9 أنفاق.",
            vec![
                ("25", Some("pmf"), None, None, "freed"),
                ("40", Some("pmf"), None, None, "cleared"),
                ("9", Some("pmf"), None, None, "other"),
            ],
        ),
        // «Acknowledged» is a speech verb; soldiers counted are a force's
        // size.
        (
            "وأقر المتحدث باسم وزارة الدفاع الأمريكية بأن عدد القوات في العراق يبلغ نحو 2500 جندي.",
            vec![("2500", Some("us_dod"), None, None, "fighters")],
        ),
        // The force is the party it is said to belong to.
        ("ولروسيا نحو 3000 جندي في سوريا.", vec![("3000", None, None, Some("russia"), "fighters")]),
        // Things counted were not killed or evacuated with the people
        // around them.
        (
            "وأعلنت الشرطة مقتل مسلحين اثنين يرتديان حزامين ناسفين، ودخلت قافلة من 40 شاحنة البلدة لإجلاء المدنيين.",
            vec![("مسلحين اثنين", None, None, None, "killed"), ("حزامين", None, None, None, "other"), ("40", None, None, None, "other")],
        ),
        // Land after things counted is where they go, not land held.
        ("وأرسلت الحكومة 15 شاحنة إلى الأراضي السورية", vec![("15", None, None, None, "other")]),
    ];
    check_cases(&pipeline, &cases);
    // The date on the other side of «بينما» is the other figure's.
    let text = "وفي 12 أيار الماضي غادرت أكبر دفعة المخيم بعدد بلغ 900 شخص، بينما شهد منتصف آذار مغادرة 300 شخص.";
    let doc = pipeline.annotate("t.txt", text);
    let when: Vec<Option<&str>> = doc.claims.iter().map(|c| c.when.as_deref()).collect();
    assert_eq!(when, [Some("--05-12"), Some("--03")], "{text}");
}

#[test]
fn pledges_outlets_relative_clauses_and_figures_of_their_own_verb() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let cases: Vec<(&str, Vec<Expected<'_>>)> = vec![
        // A state that announces money in its own sentence gives it, and
        // the spender named before does not carry over to it.
        (
            "وقدمت قطر 300 مليون دولار، فيما أعلنت الأردن تعهدات بقيمة 200 مليون دولار.",
            vec![
                ("300 مليون دولار", None, None, Some("qatar"), "funded"),
                ("200 مليون دولار", Some("jordan"), None, Some("jordan"), "funded"),
            ],
        ),
        // An outlet tells what others spend: it is no spender.
        (
            "وقالت صحيفة \"فايننشال تايمز\" إن التنظيم ينفق 4 ملايين دولار شهريا.",
            vec![("4 ملايين دولار", Some("financial_times"), None, None, "funded")],
        ),
        // The agency that passed the statement on killed no one.
        ("وذكرت الشرطة في بيان تلقته وكالة شفق نيوز مقتل 3 مدنيين بانفجار عبوة.", vec![("3", None, None, None, "killed")]),
        // A speech verb in a relative clause with no subject of its own
        // continues no one's statement.
        (
            "وقال وزير الخارجية العراقي فؤاد حسين إن الأرقام «غير كافية». ومن المبلغ الذي أعلن في المؤتمر، خصصت مصر 80 مليون دولار.",
            vec![("80 مليون دولار", None, None, Some("egypt"), "funded")],
        ),
        // A verb with a figure of its own right after it is that figure's.
        (
            "وقال المتحدث إن نحو 2000 مقاتل مغربي في سوريا عاد منهم أكثر من 250 إلى بلادهم.",
            vec![("2000", None, None, None, "fighters"), ("250", None, None, None, "returned")],
        ),
        // After a comma, what is said next (وأن) is another clause.
        (
            "وأعلنت الحكومة المغربية أن عدد المغاربة الذين سافروا للانضمام إلى داعش بلغ 1600، وأن 200 منهم عادوا.",
            vec![("1600", Some("morocco"), None, Some("isis"), "joined"), ("200", Some("morocco"), None, None, "returned")],
        ),
        // The group joined is named after the word of joining.
        ("وأضاف الوزير الليبي أن 40% من المنتمين لتنظيم داعش في البلاد أجانب.", vec![("40%", None, None, Some("isis"), "joined")]),
    ];
    check_cases(&pipeline, &cases);
}

#[test]
fn ranks_strikes_in_the_dual_forces_and_the_persons_who_speak_for_them() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    let cases: Vec<(&str, Vec<Expected<'_>>)> = vec![
        // A rank before the name makes the person after it the speaker,
        // however long the role after the name; a person speaks for the
        // forces behind him and is no doer himself.
        (
            "أعلن اللواء الركن ماجد الساعدي قائد عمليات الأنبار إن 140 إرهابيا قتلوا خلال العمليات.",
            vec![("140", Some("majd_alsaady"), None, None, "killed")],
        ),
        // Two strikes counted by the dual alone.
        (
            "وقال المرصد السوري لحقوق الإنسان إن ستة مدنيين قتلوا في غارتين جويتين.",
            vec![("ستة", Some("sohr"), None, None, "killed"), ("غارتين", Some("sohr"), None, None, "attacks")],
        ),
        // Fighters counted are a force's size, whatever operations they
        // took part in.
        ("وقالت القيادة إن 60 ألف مقاتل شاركوا في العمليات العسكرية.", vec![("60 ألف", None, None, None, "fighters")]),
        // The number of those «neutralised» (تحييدهم) is of the dead; the
        // general staff with its state's adjective is the state.
        (
            "وأعلنت رئاسة الأركان العامة التركية أن عدد المسلحين الذين تم تحييدهم ارتفع إلى 45.",
            vec![("45", Some("turkey"), None, None, "killed")],
        ),
    ];
    for (text, expected) in &cases {
        let doc = pipeline.annotate("t.txt", text);
        // A new person's id is the name's letters and a hash: compare the
        // letters.
        let got: Vec<Expected<'_>> = doc
            .claims
            .iter()
            .map(|c| {
                let claimant =
                    c.claimant.as_deref().map(|id| id.rsplit_once('_').filter(|(_, h)| h.len() == 6).map_or(id, |(stem, _)| stem));
                (&text[c.start..c.end], claimant, c.speaker.as_deref(), c.actor.as_deref(), c.action.as_str())
            })
            .collect();
        assert_eq!(&got, expected, "text: {text}");
    }
}

#[test]
fn a_length_counts_no_people() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وقالت الوزارة إن قواتها فقدت 300 قتيل وجريح على جبهات يزيد طولها على 600 كيلومتر.",
            vec![("300", None, None, None, "killed"), ("600 كيلومتر", None, None, None, "other")],
        )],
    );
}

#[test]
fn an_attack_named_where_people_died_is_the_circumstance() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("وقتل في الهجوم 20 شخصا قرب السوق.", vec![("20", None, None, None, "killed")]),
            ("وأصيب جراء القصف 12 مدنيا.", vec![("12", None, None, None, "wounded")]),
            // The missing listed with the dead are neither dead nor held.
            (
                "وقالت الشرطة إن الهجوم أسفر عن مقتل 9 أشخاص و14 مفقودا.",
                vec![("9", None, None, None, "killed"), ("14", None, None, None, "other")],
            ),
        ],
    );
}

#[test]
fn reporters_channels_trailing_sources_and_members_named_by_their_word() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Another outlet's reporter: that outlet is the only source named.
            ("ووفق مراسل الأناضول، شارك ممثلو 40 دولة في الاجتماع.", vec![("40", Some("anadolu"), None, None, "joined")]),
            // Channels passing on what no one named said.
            ("وأفادت وكالات الأنباء المحلية بمقتل 9 مدنيين في القصف.", vec![("9", Some("unnamed_source"), None, None, "killed")]),
            // ... and what a named originator said through them.
            (
                "ونقلت وسائل إعلام محلية عن وزارة الداخلية العراقية قولها إن 30 مطلوبا اعتقلوا.",
                vec![("30", Some("iraq_moi"), None, None, "detained")],
            ),
            // A source phrase right after the figures, in their clause, is
            // theirs, whoever spoke before in the sentence.
            (
                "وأعلنت الشرطة أن الاشتباكات أسفرت عن مقتل 14 شخصا و20 جريحا وفق أرقام وزارة الصحة العراقية.",
                vec![("14", Some("iraq_moh"), None, None, "killed"), ("20", Some("iraq_moh"), None, None, "wounded")],
            ),
            // A party's own dead named by the word of its members (من
            // مسلحي داعش); the party of the figure before is no doer of the
            // figures after it.
            (
                "وبلغت الحصيلة 60 قتيلا، 45 منهم من مسلحي داعش و12 آخرين من قوات سوريا الديمقراطية، و3 مدنيين.",
                vec![
                    ("60", None, None, None, "killed"),
                    ("45", None, None, Some("isis"), "killed"),
                    ("12", None, None, Some("sdf"), "killed"),
                    ("3", None, None, None, "killed"),
                ],
            ),
        ],
    );
    // A ministry named by its field and its state's adjective speaks.
    let doc = pipeline.annotate("t.txt", "وأوضحت الخارجية الأردنية أن 12 مواطنا عادوا.");
    let claimant = doc.claims[0].claimant.as_deref().unwrap_or("");
    let ministry = doc.entities.iter().find(|e| e.text == "الخارجية الأردنية").map(|e| e.id.as_str());
    assert_eq!(Some(claimant), ministry, "{doc:?}");
}

#[test]
fn the_target_of_an_attack_the_victims_of_a_party_and_remains_found() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The name an attack was aimed at is its target, not its doer.
            (
                "مصدر طبي: ستة قتلى و9 جرحى بعملية استهداف أبو بكر البغدادي",
                vec![("ستة", Some("unnamed_source"), None, None, "killed"), ("9", Some("unnamed_source"), None, None, "wounded")],
            ),
            // Remains are of the dead; the victims of a party were killed by
            // it; «من» and the noun after a figure tell what it counts.
            ("وعثرت القوات على رفات 40 مدنيا من ضحايا تنظيم داعش.", vec![("40", None, None, Some("isis"), "killed")]),
            ("وتضم المقبرة بين 20 و25 من ضحايا التنظيم.", vec![("20", None, None, None, "killed"), ("25", None, None, None, "killed")]),
        ],
    );
    // A coordinator speaks in his own person, and is no doer.
    let text = "وقال منسق فرق الإسعاف محمود السالم إن القصف تسبب بمقتل 4 نساء.";
    let doc = pipeline.annotate("t.txt", text);
    let person = doc.entities.iter().find(|e| e.text == "محمود السالم").map(|e| e.id.as_str());
    assert!(person.is_some(), "{doc:?}");
    assert_eq!(doc.claims[0].claimant.as_deref(), person, "{doc:?}");
    assert_eq!(doc.claims[0].actor, None, "{doc:?}");
}

#[test]
fn partners_of_an_operation_the_same_source_by_another_name_and_the_displaced_in_a_list() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The displaced counted in a list after the dead are displaced.
            (
                "حصيلة الهجوم: 40 قتيلا مدنيا و200 ألف نازح",
                vec![("40", None, None, None, "killed"), ("200 ألف", None, None, None, "displaced")],
            ),
            // Who an operation was carried out with («بالتعاون مع ميليشيا
            // “قسد” وقوات الأمن») did not carry it out.
            (
                "وقالت القيادة المركزية إن الجيش الأمريكي نفذ بالتعاون مع ميليشيا \"قسد\" وقوات الأمن العراقية 40 عملية، أسفرت عن مقتل 12 عنصرا من داعش.",
                vec![("40", Some("centcom"), None, Some("usa"), "attacks"), ("12", Some("centcom"), None, Some("usa"), "killed")],
            ),
            // Cells of a party the operations were against hold no one.
            (
                "وقالت القيادة المركزية إن قواتها نفذت عمليات ضد خلايا تنظيم داعش أسفرت عن اعتقال 25 عنصرا.",
                vec![("25", Some("centcom"), None, Some("centcom"), "detained")],
            ),
            // A party's own dead, its name glossed in brackets, is no doer
            // of the next figure.
            (
                "وأسفرت المعارك عن مقتل 90 من عناصر قوات سوريا الديمقراطية (قسد)، إلى جانب مقتل 60 من المسلحين الموالين لتركيا.",
                vec![("90", None, None, Some("sdf"), "killed"), ("60", None, None, None, "killed")],
            ),
            // An agency after a source phrase passes on what the body
            // before it said; «قواتها» are the speaker's forces.
            (
                "وقالت الشرطة الاتحادية، وفقا لوكالة الأنباء العراقية، إن قواتها قتلت اثنين من عناصر داعش.",
                vec![("اثنين", Some("iraq_federal_police"), None, Some("iraq_federal_police"), "killed")],
            ),
            // The party of an attack named past the words of its members.
            (
                "وأفادت قناة العربية بمقتل 6 أشخاص في هجوم إرهابي لعناصر تنظيم داعش في ديالى.",
                vec![("6", Some("al_arabiya"), None, Some("isis"), "killed")],
            ),
            // A sentence between two statements of one source, named
            // otherwise the second time, is that source's account.
            (
                "وأوضحت القيادة المركزية الأمريكية أن القوات نفذت 80 غارة.\n\nونفذت القوات الأمريكية 50 مهمة أخرى في سوريا.\n\nوقالت القيادة إنها ستواصل عملياتها.",
                vec![("80", Some("centcom"), None, None, "attacks"), ("50", Some("centcom"), None, Some("usa"), "attacks")],
            ),
        ],
    );
}

#[test]
fn the_dead_of_a_party_after_lam_a_leading_member_and_a_place_glossed() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «قتيل لـ“قسد”»: the party's own dead.
            ("9 آلاف قتيل لـ\"قسد\" في معاركها", vec![("9 آلاف", None, None, Some("sdf"), "killed")]),
            // A leading member speaks for the body named after the title,
            // and the pronoun after the verb is who killed.
            (
                "وأعلن القيادي في وحدات حماية الشعب أنه قتل خلال شهرين 400 من مسلحي تنظيم داعش.",
                vec![("400", Some("ypg"), None, Some("ypg"), "killed")],
            ),
            // The homeless are displaced.
            ("وأعلنت المنظمة الدولية للهجرة أن نحو 800 ألف ما زالوا مشردين.", vec![("800 ألف", Some("iom"), None, None, "displaced")]),
            // A place glossed in brackets after the battle it names is
            // where, not who.
            (
                "وبلغ عدد القتلى في معارك كوباني (عين العرب) خلال شهرين 900، بحسب المرصد السوري لحقوق الإنسان.",
                vec![("900", Some("sohr"), None, None, "killed")],
            ),
        ],
    );
}

#[test]
fn an_official_gives_for_the_state_his_title_names() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "أعلن وزير الخارجية الأميركي أنتوني بلينكن عن تقديم 300 مليون دولار كمساعدات إنسانية.",
                vec![("300 مليون دولار", Some("blinken"), None, Some("usa"), "funded")],
            ),
            // A state committing a sum gives it; a participle of speech
            // (معلنا) goes on with the statement, and what stands before it
            // is another clause's.
            (
                "وأضاف بلينكن أن عودة داعش ممكنة، معلنا عن تمويل يزيد عن 500 مليون دولار، حيث تلتزم الولايات المتحدة بـ140 مليون دولار منه.",
                vec![
                    ("500 مليون دولار", Some("blinken"), None, None, "funded"),
                    ("140 مليون دولار", Some("blinken"), None, Some("usa"), "funded"),
                ],
            ),
        ],
    );
}

#[test]
fn a_verb_of_killing_before_or_after_the_figure_and_the_subject_who_managed_it() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The verb before the killer and a span of time: the dead listed
            // with fighters among them were killed, not counted as a force.
            (
                "قتل تنظيم \"الدولة الإسلامية\" \"داعش\" خلال الأسابيع الثلاثة الأخيرة 23 مدنيا ومقاتلا في ريف حمص.",
                vec![("23", None, None, Some("isis"), "killed")],
            ),
            // The verb after a long subject: «N من قادة X ... قتلوا بقصف Y».
            (
                "وذكر مصدر أمني أن تسعة من أبرز قادة تنظيم \"داعش\" الإرهابي بينهم مرافق زعيم التنظيم أبو بكر البغدادي قتلوا بقصف لطيران التحالف الدولي قرب الحويجة.",
                vec![("تسعة", Some("unnamed_source"), None, Some("coalition"), "killed")],
            ),
            // The subject that managed the killing kills; the members of a
            // party are its dead, not its doers.
            (
                "وقالت وزارة الداخلية العراقية إن قوات الفرقة الثالثة بالشرطة الاتحادية، وبإشراف من قائدها، تمكنت من قتل ثلاثة من عناصر «داعش» في كمين جنوب كركوك.",
                vec![("ثلاثة", Some("iraq_moi"), None, Some("iraq_federal_police"), "killed")],
            ),
            // «التنظيم» before the verb stands for the organization named
            // before; «من أفراده» are its own men.
            (
                "وقال المرصد السوري لحقوق الإنسان إن تنظيم داعش أعدم عشرات المدنيين. وأضاف المرصد أن التنظيم قتل 85 من أفراده خلال شهرين.",
                vec![("85", Some("sohr"), None, Some("isis"), "killed")],
            ),
            // A cause named by «تسبب في»: the party that caused it.
            (
                "وقالت وزارة الدفاع التركية إن بي كيه كيه تسبب في مقتل نحو 30 ألف شخص خلال عقود.",
                vec![("30 ألف", Some("turkey_mod"), None, Some("pkk"), "killed")],
            ),
            // A distance in brackets that places something is no attack
            // and no money, whatever verb stands before it.
            (
                "وأعلنت الوزارة أنها رصدت بالاشتراك مع خلية الاستهداف تحركات مفرزة إرهابية في وادي زغيتون جنوب كركوك ( 250 كم) شمال بغداد.",
                vec![("250 كم", None, None, None, "other")],
            ),
        ],
    );
}

#[test]
fn the_dead_listed_by_party_each_with_its_own_party() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وسيطر تنظيم داعش على المدينة قبل شهور. وقال المرصد السوري لحقوق الإنسان إن القتلى هم 40 مدنيا و350 من عناصر وحدات حماية الشعب وقوات الأمن الداخلي الكردية \"الأسايش\"، و600 مقاتل من التنظيم.",
            vec![
                // The civilians before the next figure are no party's men.
                ("40", Some("sohr"), None, None, "killed"),
                ("350", Some("sohr"), None, Some("ypg"), "killed"),
                // Nor are the organization's dead the men of a body named
                // with the figure before; «التنظيم» is the one named before.
                ("600", Some("sohr"), None, Some("isis"), "killed"),
            ],
        )],
    );
}

#[test]
fn batches_from_a_camp_their_number_and_a_figure_restated() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Whom a batch held went where the batch went, told before the
            // comma.
            (
                "وفي مطلع الشهر، رجعت دفعة من العراقيين من مخيم الهول، تضمنت 310 عائلات.",
                vec![("310", None, None, None, "returned")],
            ),
            // The displaced after «من» are who they were; the verb after,
            // what they did.
            (
                "وقال المحافظ إن أكثر من 40 بالمئة من النازحين رجعوا إلى قراهم.",
                vec![("40 بالمئة", None, None, None, "returned")],
            ),
            // «Their number» is of the people told before it.
            (
                "وبشأن مجموع النازحين العائدين إلى مدنهم، أوضح وزير الهجرة أن عددهم بلغ نحو 40 ألف شخص.",
                vec![("40 ألف", None, None, None, "returned")],
            ),
            // The same figure of the same noun told again is the same deed;
            // words giving it in other units restate it.
            (
                "أعلنت وزارة الهجرة والمهجرين عودة 515 أسرة من المخيم. وقال المتحدث باسم الوزارة إن القافلة تضم 515 أسرة، بما يعادل حوالي 2000 فرد.",
                vec![
                    ("515", Some("iraq_momd"), None, None, "returned"),
                    ("515", Some("iraq_momd"), None, None, "returned"),
                    ("2000", Some("iraq_momd"), None, None, "returned"),
                ],
            ),
        ],
    );
}

#[test]
fn a_command_named_speaks_for_itself_and_the_target_or_another_name_strikes_no_one() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «القيادة المركزية» inside the name of CENTCOM is no office of
            // a body named later in the sentence; the command announces
            // the strike, it is not said to have made it: the dead are
            // ISIS's own losses (docs/CLAIMS.md §4).
            (
                "أعلنت القيادة المركزية الأمريكية تنفيذ غارة قتل فيها ثلاثة من عناصر داعش.",
                vec![("ثلاثة", Some("centcom"), None, Some("isis"), "killed")],
            ),
            // The leader a strike was aimed at and his other name did not
            // strike: the forces that carried it out did.
            (
                "وقالت القيادة المركزية الأمريكية، في بيان، إن قواتها نفذت غارة استهدفت زعيم داعش أبو خالد، المعروف باسم أحمد، في ريف دير الزور، مما أسفر عن مقتل أربعة من عناصر التنظيم.",
                vec![("أربعة", Some("centcom"), None, Some("centcom"), "killed")],
            ),
            // A noun of announcing with its announcer right after it.
            (
                "وجاء الهجوم بعد أيام من إعلان وزارة الدفاع الأمريكية مقتل ثلاثة جنود في كمين.",
                vec![("ثلاثة", Some("us_dod"), None, None, "killed")],
            ),
            // With no name after it, the noun says nothing.
            ("ومنذ إعلان الخلافة قتل تنظيم داعش 400 مدني في المدينة.", vec![("400", None, None, Some("isis"), "killed")]),
            // A channel in brackets after its head noun is no doer.
            (
                "وقال المحافظ في مؤتمر نقلته قناة (السومرية نيوز) إن الضربات أسفرت عن مقتل 9 عناصر من (داعش).",
                vec![("9", None, None, Some("isis"), "killed")],
            ),
        ],
    );
}

#[test]
fn a_relay_past_an_adjective_a_gloss_of_the_enemy_and_the_so_called() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The channel's adjective stands before «عن»; the noun after it
            // stands for the ministry named before.
            (
                "أعلنت وزارة الدفاع الأمريكية ارتفاع التكلفة. ونقل راديو \"سوا\" الأمريكي عن الوزارة قولها إن \"تكاليف الحملة بلغت أربعة مليارات دولار\".",
                vec![("أربعة مليارات دولار", Some("us_dod"), None, Some("us_dod"), "funded")],
            ),
            // The enemy a war is waged against, named after «ما يسمى» and
            // glossed in brackets, spends nothing.
            (
                "وبلغت تكلفة الحرب ضد ما يسمى بتنظيم الدولة الإسلامية (داعش) 3.1 مليار دولار.",
                vec![("3.1 مليار دولار", None, None, None, "funded")],
            ),
        ],
    );
}

#[test]
fn a_list_announced_by_a_colon_and_the_areas_of_a_party() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            // «القتلى هم:» announces the list: its figures are the dead. The
            // areas of a party the operations were in do not make it their
            // doer.
            "وتوزع القتلى في عمليات بمناطق القوات الحكومية السورية ومناطق قسد. والقتلى هم: “20 عنصرا في حمص، و12 في دير الزور”.",
            vec![("20", None, None, None, "killed"), ("12", None, None, None, "killed")],
        )],
    );
}

#[test]
fn an_operation_of_transfer_and_a_website_are_no_attack() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("وقال المسؤول إن عدد العائلات التي شملتها عملية النقل منذ بدايتها بلغ 900 عائلة.", vec![("900", None, None, None, "other")]),
            // The website a source phrase names is no position struck; a
            // position struck stays one.
            (
                "ودفعت الحكومة 40 مليون دولار لنحو 60 مخبرا ساعدوا في كشف الخلايا، وفقا لموقع «المرصد المالي».",
                vec![("40 مليون دولار", None, None, None, "funded"), ("60", None, None, None, "other")],
            ),
            ("وقصفت الطائرات 12 موقعا للتنظيم قرب البلدة.", vec![("12", None, None, None, "attacks")]),
        ],
    );
}

#[test]
fn a_commander_past_an_aside_a_strike_verb_and_its_object_and_a_doer_unnamed() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The commander of an operations command is named past an aside
            // in brackets, or past the command's name in quotes: he speaks,
            // not the place of his command.
            (
                "وقال قائد عمليات الرقة (إحدى تشكيلات القوات المحلية)، اللواء سامي الحسناوي، إن 12 عنصرا من داعش قتلوا خلال المعارك.",
                vec![("12", Some("samy_alhsnawy_f69ca6"), None, Some("isis"), "killed")],
            ),
            (
                // The killers told, as forces no name stands for: no actor
                // (docs/CLAIMS.md §4, the doer unnamed).
                "وقال قائد عمليات \"الجزيرة والبادية\" بالوكالة اللواء سامي الحسناوي، إن القوات قتلت 12 عنصرا من داعش.",
                vec![("12", Some("samy_alhsnawy_f69ca6"), None, None, "killed")],
            ),
            // «قصف» with an indefinite object: the name after the object is
            // whose the target was; the striker is the subject.
            (
                "وقال مصدر عسكري إن طيران التحالف الدولي قصف تجمعاً لتنظيم داعش قرب الحدود، ما أسفر عن مقتل 14 عنصراً من التنظيم.",
                vec![("14", Some("unnamed_source"), None, Some("coalition"), "killed")],
            ),
            // A doer told but no party named: no party's own losses.
            ("وقتل 9 عناصر من داعش على يد القوات الأمنية شرقي المدينة.", vec![("9", None, None, None, "killed")]),
            // A body opening what a channel reports, right before its own
            // verb of speech, speaks; a verb in the future does not.
            (
                "وذكرت قناة محلية أن جهاز مكافحة الإرهاب أعلن مقتل 18 عنصراً من داعش.",
                vec![("18", Some("iraqi_cts"), None, Some("isis"), "killed")],
            ),
            (
                "وأوضح وزير الخارجية الأمريكي أنتوني بلينكن أن المساعدة الأمريكية ستفيد 3 ملايين شخص.",
                vec![("3 ملايين", Some("blinken"), None, None, "other")],
            ),
            // Who found the remains did not kill them.
            (
                "وقال مسؤول محلي إن قوات الحشد الشعبي عثرت على مقبرة جماعية تضم رفات 35 مدنياً قرب البلدة.",
                vec![("35", Some("unnamed_source"), None, None, "killed")],
            ),
            // Own losses past a qualifier after the noun.
            ("قتل 300 عنصر على الأقل من قوات البيشمركة خلال المعارك.", vec![("300", None, None, Some("peshmerga"), "killed")]),
            // «وجاء في البيان» continues the statement's owner.
            (
                "أعلنت وزارة الدفاع العراقية في بيان حصيلة المعارك. وجاء في البيان: \"قتل 40 وجرح 60 من الإرهابيين\".",
                vec![("40", Some("iraq_mod"), None, None, "killed"), ("60", Some("iraq_mod"), None, None, "wounded")],
            ),
            // Fronts counted are no headcount of the fighters named before;
            // people counted as people keep what the words around say.
            (
                "وأكد أن عناصر التنظيم فتحوا 4 جبهات في المدينة. وبلغ عدد المقاتلين الذين بقوا في سوريا نحو 900 شخص.",
                vec![("4", None, None, None, "other"), ("900", None, None, None, "fighters")],
            ),
        ],
    );
}

#[test]
fn a_spokesperson_spoken_to_an_agency_and_a_force_numbered_in_a_range() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The agency spoken to is no institution of the spokesperson;
            // both ends of a range number the force «يضم»; the countries
            // they come from are no fighters.
            (
                "وقال المتحدث باسم السي آي إيه لوكالة فرانس برس إن داعش يضم ما بين 20 ألفا و30 ألف مقاتل من 80 بلدا.",
                vec![
                    ("20 ألفا", Some("cia"), None, Some("isis"), "fighters"),
                    ("30 ألف", Some("cia"), None, Some("isis"), "fighters"),
                    ("80", Some("cia"), None, None, "other"),
                ],
            ),
        ],
    );
}

#[test]
fn the_pronoun_of_the_matter_a_verb_of_setting_a_number_and_a_spokesperson_before_the_verb() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A masculine pronoun after a body of a feminine noun stands for
            // no one: the body did not bring them back.
            (
                "وقالت المنظمة الدولية للهجرة إنه على الرغم من عودة 300 ألف نازح فإن المخيمات ما زالت مكتظة.",
                vec![("300 ألف", Some("iom"), None, None, "returned")],
            ),
            // «حددت … عدد العائدين ب…» states the number.
            ("وحددت المنظمة الدولية للهجرة عدد العائدين بنحو 2.5 مليون شخص.", vec![("2.5 مليون", Some("iom"), None, None, "returned")]),
            // Sites that shelter the displaced are no strikes.
            ("وما زالت تلك المواقع تؤوي أكثر من 40 ألف نازح.", vec![("40 ألف", None, None, None, "displaced")]),
            // A spokesperson named before the verb speaks for the body of
            // the role; a press conference names no owner.
            (
                "المتحدث باسم المنظمة الدولية للهجرة جويل ميلمان قال خلال مؤتمر صحفي، إن 220 ألف شخص نزحوا.",
                vec![("220 ألف", Some("iom"), Some("jwyl_mylman_328d62"), None, "displaced")],
            ),
        ],
    );
}

#[test]
fn a_commander_past_ranks_and_targets_struck() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            // Ranks after a long body's name are no words of the title's
            // reach; targets struck are strikes.
            "وقال قائد القوة الجوية العراقية اللواء الركن الطيار سامي الحسناوي إن الطائرات ضربت 40 هدفا للتنظيم.",
            vec![("40", Some("samy_alhsnawy_f69ca6"), None, None, "attacks")],
        )],
    );
}

#[test]
fn strikes_told_in_parts_are_the_strikers() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            // The parts of strikes told with their striker name none of
            // their own: they are the same strikes.
            "نفذت القوات الأمريكية 20 غارة جوية على مواقع داعش أمس. وأوضح البيان أن 12 غارة نفذت في سوريا و8 غارات في العراق.",
            vec![
                ("20", None, None, Some("usa"), "attacks"),
                ("12", None, None, Some("usa"), "attacks"),
                ("8", None, None, Some("usa"), "attacks"),
            ],
        )],
    );
}

#[test]
fn estimates_by_their_owner_killers_after_the_dead_states_as_subjects_and_shares_of_no_money() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Estimates of a body named right after them are its own; of no
            // one named, an unnamed source.
            ("وقتل أكثر من 900 مدني، بحسب تقديرات حكومة إقليم كردستان.", vec![("900", Some("krg"), None, None, "killed")]),
            ("وقتل نحو 40 شخصا، بحسب تقديرات أولية.", vec![("40", Some("unnamed_source"), None, None, "killed")]),
            // A verb of killing right after the dead, with them as its
            // object, names the killer after it.
            ("وعثرت الفرق على رفات 35 شخصا أعدمهم تنظيم داعش قرب القرية.", vec![("35", None, None, Some("isis"), "killed")]),
            ("وتبين أن 60 مدنيا قد أعدمهم داعش في الحي.", vec![("60", None, None, Some("isis"), "killed")]),
            // A noun standing for a name told before, right after a verb of
            // attack, struck.
            ("صعد تنظيم داعش هجماته في البادية. وشن التنظيم 4 هجمات على مواقع الجيش.", vec![("4", None, None, Some("isis"), "attacks")]),
            // A state opening a headline before its verb speaks; a place
            // after a preposition does not.
            ("العراق يعلن مقتل 12 عنصرا من داعش", vec![("12", Some("iraq"), None, Some("isis"), "killed")]),
            ("في سوريا قال ناشطون إن 8 مدنيين قتلوا.", vec![("8", Some("unnamed_source"), None, None, "killed")]),
            // A share of no money is no spending, whoever contributed to it;
            // a share of a budget is.
            ("وساهمت القوات في رفع نسبة الأمان إلى 95% في المحافظة.", vec![("95%", None, None, None, "other")]),
            ("وخصصت الحكومة 30% من الميزانية لإعادة الإعمار.", vec![("30%", None, None, None, "funded")]),
            // Whom money is given to, named right after the verb with the
            // giver before it, is no giver; with no giver before, the name
            // after the verb gives.
            ("وكان الاتحاد الأوروبي قد منح تركيا حوالي 3 مليارات يورو.", vec![("3 مليارات يورو", None, None, Some("eu"), "funded")]),
            ("ومنحت ألمانيا العراق 20 مليون يورو.", vec![("20 مليون يورو", None, None, Some("germany"), "funded")]),
            // A commissioner of a body, named after the title, speaks in his
            // own person.
            (
                "وأشار مفوض الاتحاد الأوروبي لشؤون الإغاثة، كريستوس ستيليانيدس، إلى أن الدول قدمت 4 مليارات دولار.",
                vec![("4 مليارات دولار", Some("krystws_stylyanyds_3c220d"), None, None, "funded")],
            ),
            // Aircraft in a deed done to people are the raid's means.
            ("وشاركت 6 مروحيات في العملية التي أسفرت عن مقتل قيادي في التنظيم.", vec![("6", None, None, None, "attacks")]),
            // An agency relaying «our forces» does no deed of its own.
            ("وبحسب وكالة أنباء هاوار، تمكنت قواتنا من اعتقال 3 عناصر من الخلية.", vec![("3", Some("hawar_news"), None, None, "detained")]),
            // Sites struck belong to the party named after them; it struck
            // nothing. What was destroyed is no doer either.
            ("وقال قائد العمليات إن القوات دمرت 12 نقطة تابعة لداعش في الصحراء.", vec![("12", None, None, None, "attacks")]),
            ("وتضمنت النتائج تدمير مقر قيادة داعش في الوادي، وتدمير 7 مضافات حديثة البناء.", vec![("7", None, None, None, "attacks")]),
            // Provinces cleared are land freed.
            ("وأعلنت الهيئة تطهير الصحراء في ثلاث محافظات.", vec![("ثلاث", None, None, None, "freed")]),
            // A sentence with no statement of its own, going on with the
            // same deed as the figure before it, is the next item of that
            // source's series; a background formula is the outlet's.
            (
                "وقالت المنظمة الدولية للهجرة إن 500 ألف شخص نزحوا من المحافظة. ونزح من المدينة وحدها 200 ألف شخص. يذكر أن 50 ألف شخص نزحوا العام الماضي.",
                vec![
                    ("500 ألف", Some("iom"), None, None, "displaced"),
                    ("200 ألف", Some("iom"), None, None, "displaced"),
                    ("50 ألف", None, None, None, "displaced"),
                ],
            ),
            // A sentence opening with «كان» tells the background: no item of
            // the series before it.
            (
                "وأعلن الاتحاد الأوروبي تقديم 500 مليون يورو للاجئين. وكان البنك الدولي قد قدم 200 مليون دولار العام الماضي.",
                vec![("500 مليون يورو", Some("eu"), None, Some("eu"), "funded"), ("200 مليون دولار", None, None, Some("world_bank"), "funded")],
            ),
            // The points of a list under a source and a colon alone are its.
            (
                "مقابلة مع قائد قسد\n\nمظلوم عبدي:\n\n* نتعرض لهجمات يومية.\n* أدت الهجمات إلى نزوح 90 ألف مدني.\n\nوقتل 5 مدنيين في القصف.",
                vec![("90 ألف", Some("mazloum_abdi"), None, None, "displaced"), ("5", None, None, None, "killed")],
            ),
            // With the striker named before the verb of attack, the name
            // after it was struck; with none before, it strikes.
            ("#التحالف_الدولي يقصف #داعش بـ40 ألف قذيفة", vec![("40 ألف", None, None, Some("coalition"), "attacks")]),
            ("وقصفت قوات التحالف مواقع داعش بـ30 غارة.", vec![("30", None, None, Some("coalition"), "attacks")]),
            // The families of a party's members held in a camp are not held
            // by that party, its name written after a head noun or not.
            (
                "ويقيم في المخيم أكثر من 8 آلاف فرد من عائلات إرهابيي تنظيم داعش، بينهم أكثر من 5000 طفل.",
                vec![("8 آلاف", None, None, None, "detained"), ("5000", None, None, None, "detained")],
            ),
            // «كان» before a state opens its clause: the state speaks or acts.
            ("وكانت الولايات المتحدة أعلنت مقتل 5 عناصر من التنظيم.", vec![("5", Some("usa"), None, None, "killed")]),
            ("وكانت ألمانيا قد قدمت 200 مليون يورو العام الماضي.", vec![("200 مليون يورو", None, None, Some("germany"), "funded")]),
            // Things counted after a headcount are no headcount.
            (
                "وخفضت القوات عددها إلى 900 جندي وأغلقت ثلاث قواعد صغيرة.",
                vec![("900", None, None, None, "fighters"), ("ثلاث", None, None, None, "other")],
            ),
        ],
    );
}

#[test]
fn attacks_in_a_clause_on_someone_and_other_states_in_a_series() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Operations told of in a relative clause on someone after the
            // figure are not what hit the counted; a clause on the attack
            // itself tells who made it.
            (
                "وقالت وزارة الدفاع الروسية إن الغارات الروسية أسفرت عن القضاء على 9 قياديين، بينهم المسلح أبو عمر التونسي، الذي كان مسؤولا عن تنسيق عمليات داعش في البادية.",
                vec![("9", Some("russia_mod"), None, Some("russia"), "killed")],
            ),
            (
                "وأعلنت مصادر أمنية سقوط 12 قتيلا نتيجة الهجوم الذي نفذه انتحاري، سرعان ما تبناه تنظيم داعش.",
                vec![("12", Some("unnamed_source"), None, Some("isis"), "killed")],
            ),
            // Another state named doing the same deed in the next sentence
            // tells its own, not the last source's; a body's state described
            // goes on with the body's series.
            (
                "كما أعلنت اليابان عن 300 مليون دولار. وتعهدت الكويت تقديم مبلغ مليار دولار.",
                vec![("300 مليون دولار", Some("japan"), None, Some("japan"), "funded"), ("مليار دولار", None, None, Some("kuwait"), "funded")],
            ),
            // The claimant's own gloss in brackets is no doer.
            (
                "أعلنت بعثة الأمم المتحدة لمساعدة العراق (يونامي) مقتل 90 مدنيا خلال الشهر الماضي.",
                vec![("90", Some("unami"), None, None, "killed")],
            ),
            // The dead and the wounded of one toll are one series, and a
            // sentence opening with «كان» without «قد» goes on with it.
            (
                "أعلنت الأمم المتحدة مقتل 200 مدني وإصابة 300 آخرين في العراق. وكانت نينوى الأكثر تضررا إذ سقط فيها 80 قتيلا و95 جريحا.",
                vec![
                    ("200", Some("un"), None, None, "killed"),
                    ("300", Some("un"), None, None, "wounded"),
                    ("80", Some("un"), None, None, "killed"),
                    ("95", Some("un"), None, None, "wounded"),
                ],
            ),
            // A count broken down into the dead and the wounded is a toll,
            // whatever verb gave it.
            (
                "وأعلنت وزارة البيشمركة أن قواتها قدمت نحو 2100 من مقاتليها بين شهيد وجريح.",
                vec![("2100", Some("krg_peshmerga_ministry"), None, Some("krg_peshmerga_ministry"), "killed")],
            ),
            // A body in the words of a speaker not found is no doer of
            // what is said.
            (
                "وقال مدير دائرة في وزارة البيشمركة، فلان الفلاني، إن 300 من أفراد قوات البيشمركة قتلوا.",
                vec![("300", None, None, Some("peshmerga"), "killed")],
            ),
            // People counted after a sum are not money; whom a reward is for
            // is not its giver; «وصفوا» (described) kills no one.
            (
                "وأعلنت الولايات المتحدة مكافأة قدرها 10 ملايين دولار لمن يدلي بمعلومات عن ثلاثة أشخاص وصفوا بأنهم قادة في التنظيم.",
                vec![("10 ملايين دولار", Some("usa"), None, Some("usa"), "funded"), ("ثلاثة", Some("usa"), None, None, "other")],
            ),
            (
                "ورفعت وزارة الخارجية الأمريكية المكافأة لمن يدلي بمعلومات تقود إلى مكان وجود زعيم داعش أبو بكر البغدادي إلى 25 مليون دولار.",
                vec![("25 مليون دولار", None, None, Some("state_department"), "funded")],
            ),
            // The nations the people counted came from are no members; the
            // force fighters joined is theirs.
            (
                "وقال التقرير إن 20 ألف مقاتل من 90 دولة التحقوا بتنظيم داعش.",
                vec![("20 ألف", None, None, Some("isis"), "fighters"), ("90", None, None, None, "other")],
            ),
            // «ل» is Libya's first letter, no proclitic: Libya has no force
            // there.
            (
                "ويقاتل المئات في اليمن وليبيا، وحوالي 200 مقاتل أجنبي في الصومال.",
                vec![("200", None, None, None, "fighters")],
            ),
            // The attack's own words name a state's means; a general
            // command speaks for its body.
            ("وقتل 9 عناصر في غارات الجيش الإسرائيلي على وسط سوريا.", vec![("9", None, None, Some("israel"), "killed")]),
            ("أعلنت القيادة العامة لقوات سوريا الديمقراطية اعتقال 21 عنصرا من داعش.", vec![("21", Some("sdf"), None, None, "detained")]),
            // A part of the figure before, «منهم» right after it, shares its
            // party.
            (
                "وأعلنت قسد مقتل 10 من عناصر تنظيم داعش، 6 منهم قتلوا خلال هجوم على مراكز الأسايش.",
                vec![("10", Some("sdf"), None, Some("isis"), "killed"), ("6", Some("sdf"), None, Some("isis"), "killed")],
            ),
            // Whom «لـ» written apart before a bracket speaks to is no
            // source.
            (
                "وقال المتحدث باسم قوات البيشمركة في تصريح لـ(باسنيوز) إن 40 مقاتلا قتلوا.",
                vec![("40", Some("peshmerga"), None, None, "killed")],
            ),
        ],
    );
}

#[test]
fn bodies_told_by_their_kind_and_a_speaker_s_own_men() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «القوات» with an adjective of another kind or state is
            // another body than the forces named before: no claimant
            // borrowed from the victims.
            (
                "قتل خمسة جنود من قوات البيشمركة في كمين قرب كركوك، بحسب ما أعلنت القوات الأمنية في بيان مساء الأحد.",
                vec![("خمسة", None, None, Some("peshmerga"), "killed")],
            ),
            // Alone, the noun is the forces named before.
            (
                "أعلنت قوات سوريا الديمقراطية السيطرة على قرية. وقالت القوات في بيان إن 12 عنصرا من داعش قتلوا.",
                vec![("12", Some("sdf"), None, Some("isis"), "killed")],
            ),
            // The speaking body's own men, by the pronoun on them.
            ("أعلنت قوات سوريا الديمقراطية مقتل 4 من مقاتليها في اشتباكات.", vec![("4", Some("sdf"), None, Some("sdf"), "killed")]),
            ("وقال الجيش العراقي في بيان إن 3 من جنوده أصيبوا بانفجار عبوة.", vec![("3", Some("iraq"), None, Some("iraq"), "wounded")]),
            // A death sentence passed is no death; one carried out is.
            ("وأصدرت محكمة جنايات نينوى حكماً بالإعدام شنقاً بحق 7 مدانين بالانتماء لداعش.", vec![("7", None, None, None, "other")]),
            ("ونفذت السلطات العراقية حكم الإعدام بحق 11 مدانا.", vec![("11", None, None, Some("iraq"), "killed")]),
            // Families a batch holds are no members; those going home are
            // counted by a verb of amounting to far after the returnees.
            (
                "وأعلنت وزارة الهجرة والمهجرين أن قافلة ستنقل العائلات إلى نينوى، وتضم نحو 95 عائلة.",
                vec![("95", Some("iraq_momd"), None, None, "other")],
            ),
            (
                "وقالت وزارة الهجرة والمهجرين إن عدد الأسر العائدة من المخيم منذ مطلع العام بلغ 640 أسرة.",
                vec![("640", Some("iraq_momd"), None, None, "returned")],
            ),
            // A monitor counts what others did: the operations of its
            // toll are not its own; «هم» after the toll opens its
            // breakdown.
            (
                "وبحسب توثيقات المرصد السوري لحقوق الإنسان، ارتفعت حصيلة القتلى في العمليات إلى 64 قتيلاً، هم 40 من قوات سوريا الديمقراطية و24 مدنيا.",
                vec![
                    ("64", Some("sohr"), None, None, "killed"),
                    ("40", Some("sohr"), None, Some("sdf"), "killed"),
                    ("24", Some("sohr"), None, None, "killed"),
                ],
            ),
            (
                "وقال المرصد السوري إن حصيلة القتلى بلغت 30 قتيلاً، هم: 18 من عناصر داعش و12 من قوات النظام.",
                vec![
                    ("30", Some("sohr"), None, None, "killed"),
                    ("18", Some("sohr"), None, Some("isis"), "killed"),
                    // The regime's forces are the Syrian state's own losses.
                    ("12", Some("sohr"), None, Some("syria"), "killed"),
                ],
            ),
            // A body after «في» (a leader in it) and its name in quotes
            // after it are no subject: the strikes' state killed them.
            (
                "وأعلنت القوات الأمريكية أن ضربات جوية عراقية قتلت قياديا في تنظيم الدولة \"داعش\" و3 مسلحين آخرين.",
                vec![("3", Some("usa"), None, Some("iraq"), "killed")],
            ),
            // Children who died in a camp died there; an appeal states a
            // case as a statement does.
            ("وناشدت منظمة اليونيسيف الدول إعادة رعاياها، وقالت إن 7 أطفال توفوا في المخيم.", vec![("7", Some("unicef"), None, None, "killed")]),
            // A verb of speech with a preposition glued before it is a
            // noun (بحذر: cautiously): no one speaks.
            ("وتعامل الجيش العراقي بحذر مع 30 عبوة ناسفة.", vec![("30", None, None, Some("iraq"), "cleared")]),
            ("وتقدمت قوات سوريا الديمقراطية بحذر نحو قرية يقطنها 500 مدني.", vec![("500", None, None, None, "other")]),
            // What a group holds does the verb after it.
            ("وخرجت مجموعة تضم نحو 800 مسلح يستسلمون للقوات.", vec![("800", None, None, None, "detained")]),
            // In a state's grip, held by it; explosives removed, cleared.
            ("وأعلنت مصادر أمنية أن 15 عنصرا من حزب العمال الكردستاني باتوا في قبضة تركيا.", vec![("15", Some("unnamed_source"), None, Some("turkey"), "detained")]),
            ("وقال المهندس إن الفرق أزالت أكثر من 900 جسم متفجر من المدارس.", vec![("900", None, None, None, "cleared")]),
            // Land gone to is no land held.
            ("وعبرت الحافلات التي أقلت 410 أشخاص نحو الأراضي العراقية.", vec![("410", None, None, None, "other")]),
        ],
    );
}

#[test]
fn attackers_told_by_their_verbs_and_states_bringing_their_people_home() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A verb of attacking with its subject after it, members
            // «من» a party: that party killed the counted.
            ("وهاجم عناصر من داعش نقطة للشرطة في كركوك، ما أسفر عن مقتل ثلاثة شرطيين.", vec![("ثلاثة", None, None, Some("isis"), "killed")]),
            ("وشن عناصر من تنظيم داعش هجوما على حاجز للجيش قرب تكريت أوقع 6 قتلى.", vec![("6", None, None, Some("isis"), "killed")]),
            // Told by its verb in the sentence before, the attack's toll is
            // its doer's, the attacker's own dead counted in it too.
            (
                "وهاجم تنظيم داعش السجن فجر الخميس. وقال المرصد السوري إن القتلى هم 12 مدنيا و20 من التنظيم.",
                vec![("12", Some("sohr"), None, Some("isis"), "killed"), ("20", Some("sohr"), None, Some("isis"), "killed")],
            ),
            // A monitor named after the head noun of its kind speaks; what
            // it believes after «أنها تعتقد أن» is no deed of its own.
            ("وذكرت مجموعة إيروورز للمراقبة أنها تعتقد أن 25 مدنيا قتلوا بقصف مدفعي.", vec![("25", Some("airwars"), None, None, "killed")]),
            (
                "وقالت منظمة \"هيومن رايتس ووتش\" إن 40 مدنيا قتلوا في الموصل.",
                vec![("40", Some("human_rights_watch"), None, None, "killed")],
            ),
            // A state taking back its own people brings them home; taking
            // back hostages frees them.
            (
                "استعادت هولندا 12 امرأة و30 طفلا من مخيم روج.",
                vec![("12", None, None, None, "returned"), ("30", None, None, None, "returned")],
            ),
            ("واستعادت القوات العراقية 3 مخطوفين من قبضة التنظيم.", vec![("3", None, None, Some("iraq"), "freed")]),
            // Those a force «قبضت عليهم» are held.
            (
                "وأعلنت وزارة الداخلية التركية أن عدد الذين قبضت عليهم قوات الأمن ارتفع إلى 236 عنصرا من داعش.",
                vec![("236", Some("turkey_moi"), None, None, "detained")],
            ),
            // Who claims responsibility for the attack made it; the claim
            // states no figure.
            (
                "وكانت البلدة شهدت تفجيرا انتحاريا أسفر عن مقتل 18 شخصا، وأعلن تنظيم داعش الإرهابي مسؤوليته عن الهجوم.",
                vec![("18", None, None, Some("isis"), "killed")],
            ),
            (
                "«داعش» يعلن مسؤوليته عن تفجير في بغداد\nوذكرت مصادر طبية أن 20 شخصا أصيبوا في الانفجار.",
                vec![("20", Some("unnamed_source"), None, Some("isis"), "wounded")],
            ),
            // A deed after a clause break past «عدد» is the figure's own.
            (
                "أحصت وزارة الهجرة والمهجرين عدد النازحين في المخيمين، وفيما أشار إلى إعادة 120 أسرة إلى مناطقها.",
                vec![("120", Some("iraq_momd"), None, None, "returned")],
            ),
            // Who trains is the actor, not the body of the trainees.
            (
                "وأعلن التحالف الدولي أنه قام بتدريب أكثر من 240 ألفا من أفراد قوى الأمن الداخلي العراقية.",
                vec![("240 ألفا", Some("coalition"), None, Some("coalition"), "trained")],
            ),
            // A state after «مع» joined the verb's subject: it speaks not.
            (
                "وقالت الولايات المتحدة إنها خصصت الأموال، ودعت مع السعودية الدول إلى إعادة 2000 من مواطنيها المحتجزين في المخيمات.",
                vec![("2000", Some("usa"), None, None, "returned")],
            ),
            // A date set between commas leaves the verb's clause open.
            ("وكانت بلجيكا قد أعادت، في آذار الماضي، 6 أطفال من المخيمات.", vec![("6", None, None, None, "returned")]),
        ],
    );
}

#[test]
fn datelines_ranks_and_killers_told_without_a_name() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A place before a colon on a line of the body, or before a verb
            // of speech with its own subject, is where the news is from.
            ("حصيلة جديدة للقصف\nدمشق: قتل 7 مدنيين في قصف على ريف حمص.", vec![("7", None, None, None, "killed")]),
            ("الموصل: أعلنت مديرية الهجرة عودة 200 أسرة إلى منازلها.", vec![("200", Some("mdyrya_alhjra_bf4126"), None, None, "returned")]),
            // The killers named after «على يد» by a noun standing for a party
            // named before.
            (
                "سيطر تنظيم داعش على البلدة عام 2014، وقتل 120 مدنيا على يد عناصر التنظيم.",
                vec![("120", None, None, Some("isis"), "killed")],
            ),
            // A lieutenant speaks under his own name.
            (
                "وقال الملازم في الشرطة المحلية سامر عبد الكريم الحديدي، إن 4 عناصر من داعش اعتقلوا.",
                vec![("4", Some("samr_abd_alkrym_90f194"), None, None, "detained")],
            ),
            // Killers told but not named: the dead are no party's own losses.
            (
                "وقال مصدر أمني إن “القوات الأمنية قتلت 15 إرهابيا من داعش” في الأنبار.",
                vec![("15", Some("unnamed_source"), None, None, "killed")],
            ),
            // A court passing sentence on a killer killed no one.
            (
                "وقال مجلس القضاء الأعلى إن محكمة الجنايات في نينوى أصدرت حكمها بإعدام مدان بقتل 7 مدنيين.",
                vec![("7", Some("iraq_sjc"), None, None, "killed")],
            ),
            // The offices of the states whose people came home from the
            // camps speak for their states.
            ("وقالت السفارة الأوزبكية إن 90 من مواطنيها عادوا إلى البلاد.", vec![("90", Some("uzbekistan"), None, None, "returned")]),
            ("وأعلنت الرئاسة الكازاخية عودة 231 مواطنا من سوريا.", vec![("231", Some("kazakhstan"), None, None, "returned")]),
            // A state's force named by its adjectives is the state.
            ("وقال الجيش العربي السوري إنه قتل 20 مسلحا من داعش في البادية.", vec![("20", Some("syria"), None, Some("syria"), "killed")]),
            // A weight counts no people, whatever was seized with it.
            ("وأعلنت الشرطة اعتقال خلية وضبط متفجرات يبلغ وزنها 40 كيلوغراما.", vec![("40 كيلوغراما", None, None, None, "other")]),
            // Who holds an opinion states it (يرى، رأى أن).
            (
                "ويرى الباحث أحمد الكردي أن التنظيم يملك نحو 5 آلاف مقاتل.",
                vec![("5 آلاف", Some("ahmd_alkrdy_bda119"), None, None, "fighters")],
            ),
            // Figures told after a clause break are no statement of the
            // place named in them, nor is a tweet its platform's.
            ("وفقاً لآخر الإحصاءات، يضم مخيم الهول 42 ألف شخص.", vec![("42 ألف", None, None, None, "detained")]),
            (
                "وقال مظلوم عبدي إن الوضع صعب. وأشار عبر تغريدة على منصة \"إكس\" إلى أن 300 عائلة عادت إلى العراق.",
                vec![("300", Some("mazloum_abdi"), None, None, "returned")],
            ),
            // A media office issuing a statement, «لـ» and a quote written
            // apart before its body, speaks for that body.
            (
                "وأصدر المركز الإعلامي لـ\"قسد\" بياناً جاء فيه أن القوات اعتقلت 7 من داعش.",
                vec![("7", Some("sdf"), None, Some("sdf"), "detained")],
            ),
            // Who backs a deed (بمساندة، بدعم) does not do it.
            ("اعتقلت قوات سوريا الديمقراطية بمساندة التحالف الدولي 12 عنصرا من داعش.", vec![("12", None, None, Some("sdf"), "detained")]),
            // Lives lost, the verb and its object apart.
            ("وفقد 3 عناصر من الشرطة حياتهم في الهجوم.", vec![("3", None, None, None, "killed")]),
            ("وأودى الانفجار بحياة 12 شخصا.", vec![("12", None, None, None, "killed")]),
            // Out of a captor's hands is freed.
            ("وأوضح المرصد السوري أن عدد الذين نجوا من قبضة التنظيم بلغ 900 شخص.", vec![("900", Some("sohr"), None, None, "freed")]),
        ],
    );
}

#[test]
fn tolls_their_breakdowns_keepers_of_prisons_and_the_dead_named() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A toll's breakdown after «هم:» and «بينهم» counts the dead, the
            // guards of a prison among them (no one held).
            (
                "وقال المرصد السوري لحقوق الإنسان إن حصيلة القتلى بلغت 73 قتيلاً، هم: 41 من التنظيم و27 من حراس السجن، بالإضافة إلى 5 مدنيين.",
                vec![
                    ("73", Some("sohr"), None, None, "killed"),
                    ("41", Some("sohr"), None, None, "killed"),
                    ("27", Some("sohr"), None, None, "killed"),
                    ("5", Some("sohr"), None, None, "killed"),
                ],
            ),
            (
                "قتل 30 شخصا بينهم 20 من حراس السجن و10 مدنيين.",
                vec![("30", None, None, None, "killed"), ("20", None, None, None, "killed"), ("10", None, None, None, "killed")],
            ),
            // The toll a figure rose to, its cause told between.
            ("ارتفعت حصيلة الخسائر البشرية جراء الهجوم على السجن إلى 67.", vec![("67", None, None, None, "killed")]),
            ("وارتفعت حصيلة الجرحى جراء القصف على المخيم إلى 40.", vec![("40", None, None, None, "wounded")]),
            // The toll stated by its pronoun, a prison told between.
            (
                "وقال المرصد السوري إن حصيلة القتلى في المعارك التي دارت قرب السجن المركزي هي 37، هم 30 من الحراس و7 مدنيين.",
                vec![
                    ("37", Some("sohr"), None, None, "killed"),
                    ("30", Some("sohr"), None, None, "killed"),
                    ("7", Some("sohr"), None, None, "killed"),
                ],
            ),
            // A figure on the list of the dead, a prison or a place it was
            // near named after it: where they fell, no one held.
            (
                "قتل 14 كردياً و8 داعشياً في هجوم هو الأكبر للتنظيم على سجن في المدينة.",
                vec![("14", None, None, None, "killed"), ("8", None, None, None, "killed")],
            ),
            ("مقتل 12 جندياً و9 مهاجمين قرب المدينة.", vec![("12", None, None, None, "killed"), ("9", None, None, None, "killed")]),
            // A source closing its sentence, whatever the next one opens with.
            (
                "وارتفعت حصيلة القتلى إلى 84 بينهم 47 من داعش، حسب المرصد السوري لحقوق الإنسان.\n\nيذكر أن السجن يقع جنوب المدينة.",
                vec![("84", Some("sohr"), None, None, "killed"), ("47", Some("sohr"), None, Some("isis"), "killed")],
            ),
            // «Our correspondent» is the outlet's voice.
            ("وقال مراسلنا: إن الغارة أسفرت عن مقتل 13 شخصا.", vec![("13", None, None, None, "killed")]),
            // A body's own forces, by their pronoun, are its losses.
            ("وأعلن الجيش العراقي مقتل 4 من قواته في الهجوم.", vec![("4", Some("iraq"), None, Some("iraq"), "killed")]),
            // The dead named before killed no one; «قام» and the killing
            // glued to «ب» name the killer.
            ("واستشهد الجندي سامر الخطيب، بالإضافة إلى استشهاد 3 مدنيين.", vec![("3", None, None, None, "killed")]),
            ("وأسفر الهجوم عن استشهاد 6 مدنيين قام مرتزقة داعش بقتلهم.", vec![("6", None, None, Some("isis"), "killed")]),
        ],
    );
}

#[test]
fn attacks_carried_out_lists_of_things_cleared_and_shares_of_the_wounded() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Who carried out the attack before the figure killed, not the
            // party whose strike the sentence opened with.
            (
                "وشن التحالف الدولي ضربة جوية على مخابئ تنظيم داعش، بعد أيام من تنفيذ التنظيم هجوماً انتحارياً في السوق أسفر عن مقتل 32 شخصاً.",
                vec![("32", None, None, Some("isis"), "killed")],
            ),
            // Shells and rockets listed after mines cleared were cleared.
            (
                "وقال الفريق إنه أزال 50 لغما، و12 قذيفة، و3 صواريخ.",
                vec![("50", None, None, None, "cleared"), ("12", None, None, None, "cleared"), ("3", None, None, None, "cleared")],
            ),
            // A share of the wounded (مصابي, in construct).
            ("وتبلغ نسبة الأطفال 40% من مصابي الانفجار.", vec![("40%", None, None, None, "wounded")]),
        ],
    );
}

#[test]
fn estimates_in_the_passive_graves_and_statements_given_to_an_outlet() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A number estimated in the passive, in a relative clause, is no
            // statement of the noun before it.
            ("وبقي في البلاد القوات الأمريكية التي يقدر عددها بنحو 2500 جندي.", vec![("2500", None, None, Some("usa"), "fighters")]),
            // Graves are counted apart from the dead in them.
            (
                "وأعلنت الوزارة اكتشاف أكثر من 90 مقبرة جماعية تضم رفات مئات الضحايا الذين قتلوا على يد التنظيم.",
                vec![("90", None, None, None, "other")],
            ),
            // A statement given to an outlet is its speaker's.
            (
                "سامر حمدي قال في تصريح لوكالة الأناضول: \"قتل 30 مقاتلا من قوات البيشمركة\".",
                vec![("30", Some("samr_hmdy_0ba3cf"), None, Some("peshmerga"), "killed")],
            ),
        ],
    );
}

#[test]
fn the_lines_of_a_breakdown_count_what_their_total_counts() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Each line under «هم:» is the total's, and its source's; a
            // figure inside a line (في 40 هجوماً) is its own.
            (
                "وبلغت حصيلة القتلى في البادية بحسب المرصد السوري لحقوق الإنسان 150 قتيلاً منذ مطلع العام، هم:\n30 من تنظيم داعش.\n100 من القوات الحكومية، قتلوا في 40 هجوماً للتنظيم.\nو20 مدنياً بينهم طفلان.",
                vec![
                    ("150", Some("sohr"), None, None, "killed"),
                    ("30", Some("sohr"), None, Some("isis"), "killed"),
                    ("100", Some("sohr"), None, Some("isis"), "killed"),
                    ("40", Some("sohr"), None, Some("isis"), "attacks"),
                    ("20", Some("sohr"), None, Some("isis"), "killed"),
                    ("طفلان", Some("sohr"), None, Some("isis"), "killed"),
                ],
            ),
            // «من ضمنهم» opens a part of the figure before.
            (
                "وقتلت الطائرات نحو 80 مسلحا، من ضمنهم تسعة من الأجانب.",
                vec![("80", None, None, None, "killed"), ("تسعة", None, None, None, "killed")],
            ),
        ],
    );
}

#[test]
fn a_states_figures_and_its_air_force_by_their_adjective() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("وبحسب إحصاءات عراقية، عاد 4 ملايين نازح إلى مناطقهم.", vec![("4 ملايين", Some("iraq"), None, None, "returned")]),
            ("ودمرت المقاتلات التابعة لسلاح الجو العراقي 3 أوكار للتنظيم.", vec![("3", None, None, Some("iraq"), "attacks")]),
            // A dateline whose dash is a tatweel glued to the place gives
            // no one; homes rebuilt are things.
            ("الموصلـ ساهمت منظمة خيرية بمبلغ 2 مليون دولار.", vec![("2 مليون دولار", None, None, None, "funded")]),
            ("وبدأت المنظمة إعادة تأهيل 800 وحدة سكنية في المدينة.", vec![("800", None, None, None, "other")]),
        ],
    );
}

#[test]
fn monitors_unnamed_and_the_killer_of_losses_no_loser_named() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A state gives after its government's word.
            ("وساهمت حكومة أستراليا بمبلغ 3 ملايين دولار لمشروع الاستقرار.", vec![("3 ملايين دولار", None, None, Some("australia"), "funded")]),
            // Monitors not named are unnamed sources.
            ("وتحدثت مراصد محلية عن مقتل 40 عنصرا من القوات الحكومية.", vec![("40", Some("unnamed_source"), None, None, "killed")]),
            // Losses of no party named: the attack told after them killed.
            (
                "وأفاد المرصد السوري لحقوق الإنسان، السبت، عن ارتفاع حصيلة الخسائر البشرية بين صفوف القوات الحكومية خلال اليومين الماضيين، حيث أودى هجوم جديد لتنظيم \"داعش\" بحياة 4 عناصر من \"لواء القدس\".",
                vec![("4", Some("sohr"), None, Some("isis"), "killed")],
            ),
        ],
    );
}

#[test]
fn drones_and_guns_by_their_state_and_the_subject_of_a_verb_of_aiming() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A drone named by its state's adjective killed, after «ب» of
            // aiming or after the verb that did it.
            ("قتل قيادي و6 عناصر من قسد باستهداف مسيرة تركية لسيارتهم قرب عامودا.", vec![("6", None, None, Some("turkey"), "killed")]),
            (
                "أعلنت قوى الأمن الداخلي مقتل 3 عناصر وإصابة خمسة آخرين، جراء قصف نفذته مسيرة تركية على طريق الدرباسية.",
                vec![("3", Some("asayish"), None, Some("turkey"), "killed"), ("خمسة", Some("asayish"), None, Some("turkey"), "wounded")],
            ),
            ("وقصفت المدفعية التركية قرية في ريف منبج ما أسفر عن مقتل 4 مدنيين.", vec![("4", None, None, Some("turkey"), "killed")]),
            // «استهدفت» opening its clause: the drone after it struck the
            // party whose members the relative clause counts.
            (
                "استهدفت مسيرة تركية مقرا لقوات سوريا الديمقراطية التي قتل 5 من عناصرها في الغارة.",
                vec![("5", None, None, Some("turkey"), "killed")],
            ),
            // After a noun it tells what the strike aimed at: the target
            // killed no one.
            (
                "نفذت القيادة المركزية الأمريكية ضربة استهدفت أبا خالد الشامي في ريف إدلب، وقد قتل عنصران من التنظيم.",
                vec![("عنصران", None, None, Some("centcom"), "killed")],
            ),
            // Two numbers joined by «و» with no tens are two figures.
            (
                "ونتج عن القصف مقتل مدنيين اثنين وأربعة عناصر من قسد.",
                vec![("مدنيين اثنين", None, None, None, "killed"), ("أربعة", None, None, Some("sdf"), "killed")],
            ),
        ],
    );
}

#[test]
fn the_displaced_a_camp_holds_and_a_body_named_by_its_kind_that_speaks() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The displaced a camp holds stay displaced; others it holds
            // are detained.
            ("ويضم مخيم روج نحو 2600 نازح من دول عدة.", vec![("2600", None, None, None, "displaced")]),
            ("ويضم مخيم روج نحو 2600 شخص من دول عدة.", vec![("2600", None, None, None, "detained")]),
            // A body named again by its kind (الجهاز، الإدارة) speaks as
            // the body named before.
            (
                "أعلن جهاز الأمن الوطني العراقي تنفيذ عملية في الأنبار. وأوضح الجهاز أنه اعتقل 7 مطلوبين.",
                vec![("7", Some("iraq_nss"), None, Some("iraq_nss"), "detained")],
            ),
            (
                "حملت الإدارة الذاتية تركيا مسؤولية القصف. وأسفر القصف عن مقتل 6 مدنيين، بحسب الإدارة.",
                vec![("6", Some("aanes"), None, None, "killed")],
            ),
            // A verb right after an indefinite noun tells of that noun:
            // no subject before it speaks.
            ("قصفت طائرات مسيرة تركية حافلة قالت “الإدارة” إنها تقل 12 مدنيا.", vec![("12", None, None, None, "other")]),
        ],
    );
}

#[test]
fn a_number_of_the_held_that_rose_and_people_moved_are_no_relay() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A number that rose counts what its noun names; the party the
            // held belong to holds none of them; people moved («نقلوا»)
            // relay nothing.
            (
                "أعلنت وزارة العدل العراقية ارتفاع عدد معتقلي التنظيم الذين نقلوا من سوريا إلى 4210.",
                vec![("4210", Some("iraq_moj"), None, None, "detained")],
            ),
            ("وارتفع عدد النازحين من القرى الحدودية إلى 3500 شخص.", vec![("3500", None, None, None, "displaced")]),
            // A monitor's figures, by its full name.
            (
                "ووفقاً لأحدث إحصائيات الشبكة السورية لحقوق الإنسان فإن تنظيم داعش اعتقل 820 شخصا.",
                vec![("820", Some("snhr"), None, Some("isis"), "detained")],
            ),
        ],
    );
}

#[test]
fn a_part_of_the_dead_before_the_wounded_and_prisons_in_a_state() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A part of the dead, the next figure counting the wounded.
            (
                "وقالت مصادر طبية إنها انتشلت 9 جثث بينهم رجل و4 أطفال، ونقلت 6 جرحى إلى المشفى.",
                vec![
                    ("9", Some("unnamed_source"), None, None, "killed"),
                    ("4", Some("unnamed_source"), None, None, "killed"),
                    ("6", Some("unnamed_source"), None, None, "wounded"),
                ],
            ),
            // A state after «في» is where the prisons are, not who holds.
            ("وما زال نحو 9 آلاف عنصر من التنظيم داخل السجون في سوريا.", vec![("9 آلاف", None, None, None, "detained")]),
            // The supporters of a leader are his people, not his victims.
            ("وأسفرت العملية عن مقتل عدد من أنصار أبو بكر البغدادي وإصابة 4 أطفال.", vec![("4", None, None, None, "wounded")]),
        ],
    );
}

#[test]
fn strikes_of_the_source_after_the_dead_and_what_a_share_restates() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // What is said opens at the pronoun: an agency named in the
            // aside before it did nothing.
            (
                "وقال التحالف الدولي، في تقرير تلقت الأناضول نسخة منه، إنه نفذ 420 غارة جوية خلال الشهر.",
                vec![("420", Some("coalition"), None, Some("coalition"), "attacks")],
            ),
            // The source's strikes, by their pronoun before the dead or
            // glued to «ب» after them.
            ("وأقر التحالف الدولي بأن ضرباته أسفرت عن مقتل 37 مدنيا.", vec![("37", Some("coalition"), None, Some("coalition"), "killed")]),
            (
                "أكد التحالف الدولي مقتل 12 مدنيا بالغارات التي شنها على مواقع التنظيم.",
                vec![("12", Some("coalition"), None, Some("coalition"), "killed")],
            ),
            // «أي» restates the figure before in other terms.
            (
                "وقالت المنظمة الدولية للهجرة إن نسبة العائدين بلغت 40 في المئة، أي أكثر من 300 ألف شخص.",
                vec![("40 في المئة", Some("iom"), None, None, "returned"), ("300 ألف", Some("iom"), None, None, "returned")],
            ),
            // Incidents and districts are no people.
            ("وقال التحالف الدولي إن القتلى سقطوا في 9 حوادث منفصلة.", vec![("9", Some("coalition"), None, None, "other")]),
        ],
    );
}

#[test]
fn the_missing_a_commander_named_after_his_long_title_and_lives_lost() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Gone missing right before the figure: neither dead nor held.
            (
                "وقالت وزارة البيشمركة إن الهجوم أسفر عن مقتل 12 وجرح 30 وفقد 5 آخرين.",
                vec![
                    ("12", Some("krg_peshmerga_ministry"), None, None, "killed"),
                    ("30", Some("krg_peshmerga_ministry"), None, None, "wounded"),
                    ("5", Some("krg_peshmerga_ministry"), None, None, "other"),
                ],
            ),
            // Who lost their lives did not go missing.
            ("وفي اليوم الأول فقد 4 عناصر من القوات الرديفة حياتهم.", vec![("4", None, None, None, "killed")]),
            // The dead commander named after a long title killed none of
            // the fighters told after him (in clashes, no side is the
            // killer).
            (
                "وأسفرت الاشتباكات مع داعش عن استشهاد قائد الفوج الثاني في البيشمركة كاوه أحمد، و9 مقاتلين آخرين.",
                vec![("9", None, None, None, "killed")],
            ),
        ],
    );
}

#[test]
fn the_dual_passive_of_killing_those_who_fell_and_a_body_that_mourns() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «قتلا»: two were killed.
            (
                "وقالت الجماعة في بيان إن اثنين من عناصر الحشد قتلا وأصيب ثلاثة آخرون.",
                vec![("اثنين", None, None, None, "killed"), ("ثلاثة", None, None, None, "wounded")],
            ),
            // A dual in construct after a word of killing: two dead.
            (
                "أفادت خلية الإعلام الأمني بمقتل عنصري أمن بانفجار عبوة ناسفة.",
                vec![("عنصري", Some("iraqi_security_media_cell"), None, None, "killed")],
            ),
            // A body that mourns its dead states them; who fell died.
            (
                "ونعت وزارة الدفاع العراقية 4 من منتسبيها الذين سقطوا في الهجوم.",
                vec![("4", Some("iraq_mod"), None, Some("iraq_mod"), "killed")],
            ),
        ],
    );
}

#[test]
fn a_quotation_over_sentences_and_a_doer_after_an_agent() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A quotation is its speaker's to its end, over a full stop.
            (
                "وقالت القيادة المركزية الأمريكية إن \"القوات نفذت ضربة دقيقة ضد داعش شرقي سوريا. وقد قتل 3 عناصر من التنظيم\".",
                vec![("3", Some("centcom"), None, Some("isis"), "killed")],
            ),
            // A name in quotes inside it does not close it.
            (
                "وقال المتحدث باسم التحالف الدولي: «نفذنا الغارات على «داعش» في الرقة. ودمرنا 12 موقعا».",
                vec![("12", Some("coalition"), None, Some("coalition"), "attacks")],
            ),
            // Closed before the figure, or cut by a paragraph break: the
            // outlet's.
            (
                "وقالت القيادة المركزية الأمريكية إن \"القوات نفذت ضربة\". وقتل 3 مدنيين في قصف على حلب.",
                vec![("3", None, None, None, "killed")],
            ),
            (
                "وقالت القيادة المركزية الأمريكية إن \"القوات نفذت ضربة.\nوقتل 3 مدنيين في قصف على حلب.",
                vec![("3", None, None, None, "killed")],
            ),
            // The doer after the words of an agent (من قبل) past a comma.
            ("قتل 4 رعاة أثناء عملهم، في هجوم من قبل عناصر تنظيم داعش في البادية.", vec![("4", None, None, Some("isis"), "killed")]),
        ],
    );
}

#[test]
fn duals_that_count_themselves_tell_their_deed() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وقدم الفوج شهيدين وثلاثة جرحى في المواجهات.",
                vec![("شهيدين", None, None, None, "killed"), ("ثلاثة", None, None, None, "wounded")],
            ),
            ("وسقط قتيلان وجريح في الانفجار.", vec![("قتيلان", None, None, None, "killed")]),
        ],
    );
}

#[test]
fn the_people_of_a_camp_who_leave_it_go_home_and_their_batch_with_them() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وقال مصدر إن 150 عائلة من سكان مخيم الهول غادرت باتجاه الحدود. وأضاف أن القافلة التي تضم 150 عائلة يبلغ عدد أفرادها 600 شخص.",
                vec![
                    ("150", Some("unnamed_source"), None, None, "returned"),
                    ("150", Some("unnamed_source"), None, None, "returned"),
                    ("600", Some("unnamed_source"), None, None, "returned"),
                ],
            ),
            // Those a camp holds, no verb of leaving after it: held.
            ("ويضم مخيم الهول 40 ألف شخص من عائلات التنظيم.", vec![("40 ألف", None, None, None, "detained")]),
        ],
    );
}

#[test]
fn the_dead_and_wounded_told_together_are_a_toll_of_the_dead() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("أسفر التفجير عن مقتل وإصابة نحو 30 شخصا في السوق.", vec![("30", None, None, None, "killed")]),
            ("وتسببت الهجمات باستشهاد وجرح 12 مدنيا.", vec![("12", None, None, None, "killed")]),
            // A verb after a figure of its own: the next figure is the
            // wounded.
            (
                "وقالت الشرطة إن 5 أشخاص قتلوا وأصيب 7 آخرون في الهجوم.",
                vec![("5", None, None, None, "killed"), ("7", None, None, None, "wounded")],
            ),
            ("وقالت المصادر إن جنديا قتل وأصيب 3 آخرون.", vec![("3", Some("unnamed_source"), None, None, "wounded")]),
        ],
    );
}

#[test]
fn a_figure_with_the_article_and_a_part_counted_out_of_it_point_back() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وتحتجز قسد في سجونها 9000 عنصر من داعش. ومن بين الـ 9000 عنصر، هناك 1500 أجنبي.",
                vec![
                    ("9000", None, None, Some("sdf"), "detained"),
                    ("9000", None, None, Some("sdf"), "detained"),
                    ("1500", None, None, Some("sdf"), "detained"),
                ],
            ),
            // No figure of that value told before: nothing to point back to.
            (
                "ومن بين الـ 300 مشارك في المؤتمر، هناك 40 صحفيا.",
                vec![("300", None, None, None, "other"), ("40", None, None, None, "other")],
            ),
        ],
    );
}

#[test]
fn the_dead_of_a_strike_told_after_them_are_its_makers() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وأعلنت خلية الإعلام الأمني مقتل 4 إرهابيين، وتدمير مخبأ، في ضربة جوية للتحالف الدولي قرب كركوك.",
                vec![("4", Some("iraqi_security_media_cell"), None, Some("coalition"), "killed")],
            ),
            (
                "وقال المرصد إن 12 مدنيا قتلوا في ضربات جوية للتحالف الدولي على الرقة.",
                vec![("12", None, None, Some("coalition"), "killed")],
            ),
        ],
    );
}

#[test]
fn the_head_of_a_media_centre_speaks_for_its_body_and_bayyana_before_anna() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وقال مدير المركز الإعلامي لقوات سوريا الديمقراطية فرهاد شامي إن قسد أسرت 40 عنصرا.\nوأضاف شامي أن 7 من المقاتلين أصيبوا.",
                vec![
                    ("40", Some("sdf"), Some("farhad_shami"), Some("sdf"), "detained"),
                    ("7", Some("sdf"), Some("farhad_shami"), None, "wounded"),
                ],
            ),
            // «بيّن» before what is said, not «between».
            (
                "وقال مظلوم عبدي إن المعارك انتهت. وبين أن 300 من المقاتلين قتلوا.",
                vec![("300", Some("mazloum_abdi"), None, None, "killed")],
            ),
        ],
    );
}

#[test]
fn an_announcement_by_a_titled_person_is_his_statement() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وكانت الحصيلة، منذ إعلان وزير الداخلية العراقي قاسم الأعرجي في أيار الماضي، مقتل 90 من عناصر الشرطة.",
                vec![("90", Some("araji"), None, None, "killed")],
            ),
            // An announcement told inside what another says is no statement.
            (
                "وقال أنتوني بلينكن إنه بإعلان السفيرة ليندا توماس غرينفيلد يرتفع عدد المستفيدين إلى 15 مليون شخص.",
                vec![("15 مليون", Some("blinken"), None, None, "other")],
            ),
        ],
    );
}

#[test]
fn a_share_of_control_with_its_holders_pronoun() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(&pipeline, &[("وقدرت قسد نسبة سيطرتها على المدينة بنحو 70%.", vec![("70%", Some("sdf"), None, None, "controlled")])]);
}

#[test]
fn fighters_of_a_party_with_min_make_its_attack() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[("شن مسلحون من تنظيم داعش هجوما على قرية قرب مخمور، أسفر عن مقتل 6 أشخاص.", vec![("6", None, None, Some("isis"), "killed")])],
    );
}

#[test]
fn the_pronoun_that_managed_to_kill_is_the_claimant() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[("وزعم تنظيم داعش أنه تمكن من قتل 9 عناصر لقوات النظام في البادية.", vec![("9", Some("isis"), None, Some("isis"), "killed")])],
    );
}

#[test]
fn an_attack_claimed_by_a_quoted_name_and_what_its_claimant_goes_on_to_say() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وأعلن تنظيم داعش مسؤوليته عن هجوم على حافلة، وقال إن الهجوم قتل 30 جنديا.",
                vec![("30", Some("isis"), None, Some("isis"), "killed")],
            ),
            (
                "ذكرت وكالة رويترز أن \"تنظيم الدولة الإسلامية\" أعلن مسؤوليته عن هجوم على حافلة وقع أمس، وأن الهجوم قتل 30 جنديا من الجيش السوري.",
                vec![("30", Some("reuters"), None, Some("isis"), "killed")],
            ),
        ],
    );
}

#[test]
fn a_strike_pointed_back_to_was_made_by_who_carried_it_out() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The carrier named past a head word (قوات), the strike pointed
            // back to with the article inside the source's own words.
            (
                "ذكرت قيادة العمليات المشتركة أن \"شنت قوات التحالف الدولي غارة على وكر في صلاح الدين\"، لافتة إلى أن الغارة أدت إلى \"مقتل 6 إرهابيين\".",
                vec![("6", Some("iraqi_joint_operations_command"), None, Some("coalition"), "killed")],
            ),
            // Local networks unnamed are an unnamed source.
            (
                "ذكرت شبكات إخبارية محلية أن قوات التحالف اعتقلت 3 أشخاص في ريف دير الزور.",
                vec![("3", Some("unnamed_source"), None, Some("coalition"), "detained")],
            ),
        ],
    );
}

#[test]
fn an_attack_told_with_its_maker_before_the_verb_made_the_toll_it_caused() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The subject before «شن», an adjective between.
            (
                "أفاد المرصد السوري لحقوق الإنسان أن تنظيم داعش الإرهابي شن هجومًا على حاجز عسكري تابع لقوات الأسايش، ما أسفر عن مقتل أحد عناصر الأمن الداخلي وإصابة 4 آخرين بجروح.",
                vec![("4", Some("sohr"), None, Some("isis"), "wounded")],
            ),
            // Losses the attacks caused are their maker's, whoever lost.
            (
                "وقال المرصد السوري لحقوق الإنسان إن تنظيم داعش نفذ 22 عملية في مناطق قسد، وأدت إلى سقوط خسائر بشرية، حيث قتل 6 أشخاص.",
                vec![("22", Some("sohr"), None, Some("isis"), "attacks"), ("6", Some("sohr"), None, Some("isis"), "killed")],
            ),
            // The attacks pointed back to in the next sentence.
            (
                "ذكر المرصد السوري لحقوق الإنسان أن تنظيم داعش نفذ 14 هجوماً ضد مناطق نفوذ قسد، أفضت إلى مقتل 24 عنصراً من قسد.\nوذكر المرصد تفاصيل الهجمات في مناطق سيطرة قسد، والتي أدت إلى مقتل 10 هم 8 عناصر من قوات سوريا الديمقراطية.",
                vec![
                    ("14", Some("sohr"), None, Some("isis"), "attacks"),
                    ("24", Some("sohr"), None, Some("isis"), "killed"),
                    ("10", Some("sohr"), None, Some("isis"), "killed"),
                    ("8", Some("sohr"), None, Some("isis"), "killed"),
                ],
            ),
        ],
    );
}

#[test]
fn a_headline_names_whose_toll_it_is_and_a_day_stands_between_a_verb_and_its_source() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «حصيلة داعش»: whose toll, not who speaks.
            ("حصيلة داعش في رمضان: تفجيرات في عدة مدن و800 قتيل\nنص الخبر.", vec![("800", None, None, Some("isis"), "killed")]),
            // An unnamed source before the verb, after a complementizer.
            ("غير أن مصادر محلية أكدت مقتل 14 شخصا.", vec![("14", Some("unnamed_source"), None, None, "killed")]),
            // The day between the verb and the source after it.
            ("قتل 11 شخصا في ديالى، كما أفاد اليوم الجمعة مصدران أمنيان.", vec![("11", Some("unnamed_source"), None, None, "killed")]),
        ],
    );
}

#[test]
fn the_fighters_of_the_claimant_did_what_they_are_said_to_have_done() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وأعلن تنظيم داعش أن مقاتليه قتلوا 15 شخصا وأصابوا 6 آخرين في هجوم.",
            vec![("15", Some("isis"), None, Some("isis"), "killed"), ("6", Some("isis"), None, Some("isis"), "wounded")],
        )],
    );
}

#[test]
fn cities_a_strike_was_near_are_where_not_what_was_done() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وقال التحالف الدولي إنه شن أربع ضربات قرب ثلاث مدن.",
            vec![("أربع", Some("coalition"), None, Some("coalition"), "attacks"), ("ثلاث", Some("coalition"), None, None, "other")],
        )],
    );
}

#[test]
fn people_moved_into_areas_of_control_are_no_land_controlled() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وقالت قسد إن عدد المدنيين الذين نقلتهم إلى مناطق سيطرتها بلغ 37 ألف مدني.",
            vec![("37 ألف", Some("sdf"), None, None, "other")],
        )],
    );
}

#[test]
fn the_head_of_a_media_office_named_before_his_title_speaks_for_its_body() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وقال مصطفى بالي، مدير المكتب الإعلامي لقوات سوريا الديمقراطية، إن قواتنا أسرت 400 عنصر.",
            vec![("400", Some("sdf"), Some("mustafa_bali"), Some("sdf"), "detained")],
        )],
    );
}

#[test]
fn a_name_in_the_headline_above_is_no_subject_of_the_first_verb() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "العراق: غارات على مخابئ في ديالى\nنفذ التحالف الدولي ضد داعش، 6 ضربات في ديالى أسفرت عن مقتل 4 من عناصر التنظيم.",
            vec![("6", None, None, Some("coalition"), "attacks"), ("4", None, None, Some("coalition"), "killed")],
        )],
    );
}

#[test]
fn a_toll_told_after_a_word_of_time_is_not_the_subjects_deed() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("وأطلقت قوات الأسايش حملة أمنية في المخيم بعد مقتل نحو 30 لاجئا منذ بداية العام.", vec![("30", None, None, None, "killed")]),
            // Incidents counted by their dual are attacks.
            (
                "وأصيب ثلاثة مدنيين بجروح في حادثين منفصلين شمال المدينة.",
                vec![("ثلاثة", None, None, None, "wounded"), ("حادثين", None, None, None, "attacks")],
            ),
        ],
    );
}

#[test]
fn a_killer_named_by_a_word_of_agency_after_the_toll_is_the_actor() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Losses told of a party, killed at the hands of another.
            ("وبلغت خسائر قسد 300 مقاتل على يد داعش.", vec![("300", None, None, Some("isis"), "killed")]),
            // With no killer named they are the party's own.
            ("وبلغت خسائر قسد 300 مقاتل في المعارك.", vec![("300", None, None, Some("sdf"), "killed")]),
        ],
    );
}

#[test]
fn losses_amounting_to_a_figure_are_killed_and_a_head_word_may_open_the_subject() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The event named between the losses and the verb is where they
            // fell.
            (
                "وقالت قسد إن خسائر قواتها منذ بدء الهجوم على الحسكة وصلت إلى 40 من مقاتليها.",
                vec![("40", Some("sdf"), None, Some("sdf"), "killed")],
            ),
            // A body named after a word of its kind opens what is mentioned,
            // and says it.
            (
                "وقال عبدي إن الهجوم فشل. يذكر أن ميليشيات قسد قالت أمس إن 40 من مقاتليها قتلوا.",
                vec![("40", Some("sdf"), None, Some("sdf"), "killed")],
            ),
        ],
    );
}

#[test]
fn the_organization_told_before_it_is_named_is_the_one_named_after() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[("ونفذ التنظيم 9 هجمات في البادية خلال الشهر. وتبنى داعش معظم تلك الهجمات.", vec![("9", None, None, Some("isis"), "attacks")])],
    );
}

#[test]
fn a_body_announcing_with_the_claimant_is_no_doer_either() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "أعلنت وزارة الداخلية العراقية، وقوات سوريا الديمقراطية (قسد)، عن تنفيذ عمليات أسفرت عن اعتقال 12 مطلوبا.",
                vec![("12", Some("iraq_moi"), None, None, "detained")],
            ),
            (
                "أعلن التحالف الدولي وقسد عن تنفيذ عمليات أسفرت عن اعتقال 12 مطلوبا.",
                vec![("12", Some("coalition"), None, None, "detained")],
            ),
        ],
    );
}

#[test]
fn the_speaking_bodys_own_forces_before_the_verb_did_it() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وقال الحشد الشعبي إن قواته صدت هجوما لمسلحي داعش. وأضاف الحشد الشعبي أن قواته قتلت 4 من مسلحي داعش خلال صد الهجوم.",
            vec![("4", Some("pmf"), None, Some("pmf"), "killed")],
        )],
    );
}

#[test]
fn the_matter_pronoun_the_so_called_a_spokesperson_of_an_unnamed_office_and_arrests_told_as_toppling() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A pronoun a word of time follows stands for the matter, and a
            // number's word ending in «نا» is no first person: the body
            // speaking did not bring the people home.
            ("وقالت الأمم المتحدة إنه منذ بداية العام عاد 500 ألف نازح إلى منازلهم.", vec![("500 ألف", Some("un"), None, None, "returned")]),
            (
                "وقالت الأمم المتحدة إن عدد النازحين بلغ نحو مليونا و40 ألف نازح، عاد منهم 500 ألف شخص.",
                vec![("مليونا و40 ألف", Some("un"), None, None, "displaced"), ("500 ألف", Some("un"), None, None, "returned")],
            ),
            // «ما يعرف ب» stands between the members' word and the party:
            // the party of the dead, no doer of the arrest after.
            (
                "قتل ثلاثة من عناصر تنظيم ما يعرف بالدولة الإسلامية (داعش) واعتقل ستة آخرون في عملية شمال الموصل.",
                vec![("ثلاثة", None, None, Some("isis"), "killed"), ("ستة", None, None, None, "detained")],
            ),
            // The spokesperson of an office the text does not name speaks
            // in person, not for the body told before.
            (
                "وقالت وزارة الدفاع إن قواتها دمرت 3 أوكار.\nوأكد العميد يحيى رسول، الناطق باسم القائد العام للقوات المسلحة، اعتقال 9 مطلوبين.",
                vec![
                    ("3", Some("wzara_aldfaa_4e2b00"), None, Some("wzara_aldfaa_4e2b00"), "attacks"),
                    ("9", Some("yahya_rasool"), None, None, "detained"),
                ],
            ),
            // «الإطاحة ب» is an arrest; the remnants of a party arrested did
            // not arrest.
            (
                "نفذت قوات جهاز مكافحة الإرهاب عمليات لإلقاء القبض على بقايا داعش أسفرت عن الإطاحة بـ8 إرهابيين في الأنبار.",
                vec![("8", None, None, Some("iraqi_cts"), "detained")],
            ),
        ],
    );
}

#[test]
fn an_outlet_after_the_originator_and_a_body_of_relief_do_not_take_over() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وقالت المنظمة الدولية للهجرة - حسب وكالة الأنباء الإماراتية - إن 40 ألف شخص نزحوا. وأضافت أن عدد من نزحوا نتيجة العمليات بلغ 75 ألفا، عاد منهم 12 ألفا.",
            vec![
                ("40 ألف", Some("iom"), None, None, "displaced"),
                ("75 ألفا", Some("iom"), None, None, "displaced"),
                ("12 ألفا", Some("iom"), None, None, "returned"),
            ],
        )],
    );
}

#[test]
fn a_fronted_phrase_a_title_set_apart_a_part_aside_strikes_carried_out_and_an_agency_named_alone() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "قال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في ريف دير الزور. وحول أعداد معتقلي داعش، أكد أن السجون تضم 5 آلاف عنصر.",
                vec![("12", Some("sohr"), None, None, "killed"), ("5 آلاف", Some("sohr"), None, None, "detained")],
            ),
            (
                "أعلن مدير مكتب شؤون المهجرين في الإدارة الذاتية لشمال وشرق سوريا، سالم حمدان، أن 300 عائلة غادرت المخيم.",
                vec![("300", Some("salm_hmdan_53ef6c"), None, None, "returned")],
            ),
            (
                "قال المرصد السوري لحقوق الإنسان إن 30 عنصرا من تنظيم داعش، بينهم 4 عناصر قيادية من التنظيم، قتلوا جراء غارات للتحالف الدولي.",
                vec![("30", Some("sohr"), None, Some("coalition"), "killed"), ("4", Some("sohr"), None, Some("coalition"), "killed")],
            ),
            ("قتل 15 عنصرا من داعش في ضربات جوية نفذتها طائرات التحالف الدولي.", vec![("15", None, None, Some("coalition"), "killed")]),
            ("\"التحالف الدولي\" يغير على مواقع \"داعش\" في الرقة ويقتل عشرة منهم", vec![("عشرة", None, None, Some("coalition"), "killed")]),
            (
                "أعلنت وزارة الدفاع التركية مقتل 5 عناصر من قسد. وأضافت بحسب ما نقلت الأناضول، أن القوات الخاصة التركية تمكنت من تحييد 11 مسلحا.",
                vec![("5", Some("turkey_mod"), None, Some("sdf"), "killed"), ("11", Some("turkey_mod"), None, Some("turkey"), "killed")],
            ),
            (
                "وقالت خلية الإعلام الأمني إن \"قوة من الفرقة الخامسة بالجيش العراقي تقدمت نحو التلال، حيث وجدت 9 قتلى من فلول داعش\".",
                vec![("9", Some("iraqi_security_media_cell"), None, Some("isis"), "killed")],
            ),
            (
                "وذكر التقرير أن ما بين 20 و30 ألفا من مقاتلي تنظيم داعش لا يزالون في العراق.",
                vec![("20", None, None, Some("isis"), "fighters"), ("30 ألفا", None, None, Some("isis"), "fighters")],
            ),
            // An operation of transfer is no attack; out of the camps to
            // their provinces, the displaced go home.
            (
                "أكد المحافظ البدء بعملية نقل اكثر من أربعة الاف عائلة نازحة من المخيمات الى محافظاتهم.",
                vec![("أربعة الاف", None, None, None, "returned")],
            ),
            (
                "يضم مخيم روج 2500 شخص، بينهم 900 من حملة الجنسية العراقية.",
                vec![("2500", None, None, None, "detained"), ("900", None, None, None, "detained")],
            ),
        ],
    );
}

#[test]
fn a_statement_goes_on_past_sentences_of_narrative_and_a_trap_is_not_laid_by_its_target() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The sentences between say nothing of their own: «وكشف» goes on
            // with the commander's statement two sentences back.
            (
                "التقى مظلوم عبدي قائد قوات سوريا الديمقراطية وفدا أمريكيا.\n\nوحذر عبدي من أن الخطر ما زال قائما. الخلايا لا تزال تنشط في البادية. والهجمات تتكرر كل أسبوع.\n\nوكشف عن أرقام تعكس حجم العبء، نحو 9 آلاف سجين من داعش.",
                vec![("9 آلاف", Some("mazloum_abdi"), None, None, "detained")],
            ),
            // A demonstrative opening a sentence points back at what the one
            // before told: its figures are that statement's.
            (
                "أعلنت الإدارة الذاتية أن قافلة جديدة من العائلات العراقية غادرت مخيم الهول.\nوضمت هذه القافلة 210 عائلات عادت إلى العراق.",
                vec![("210", Some("aanes"), None, None, "returned")],
            ),
            // Owning the deed of a figure states it, and the owner did it.
            ("وأقر التحالف الدولي بمسؤوليته عن مقتل 214 مدنيا فقط.", vec![("214", Some("coalition"), None, Some("coalition"), "killed")]),
            // Who was killed together with the counted killed none of them;
            // «شرح» reports.
            (
                "وشرح ترامب أن البغدادي قتل مع 2 من مرافقيه في النفق.",
                vec![("2", Some("trump"), None, None, "killed")],
            ),
            // A breakdown whose first item is long: the items after it share
            // its deed; a party after «ومن» or named by its areas killed none.
            (
                "وبلغت حصيلة القتلى 61 قتيلاً، هم: 40 من قسد ومن قوى الأمن الداخلي وتشكيلات عسكرية أخرى عاملة في مناطق الإدارة الذاتية، و8 حراس و13 مدنيا.",
                vec![
                    ("61", None, None, None, "killed"),
                    ("40", None, None, Some("sdf"), "killed"),
                    ("8", None, None, None, "killed"),
                    ("13", None, None, None, "killed"),
                ],
            ),
            // The party an ambush was laid for did not wound its own.
            (
                "وقال القائد إن قوة من الجيش نصبت كمينا لعدد من عناصر داعش، وتم قتل عنصر وجرح أربعة آخرين.",
                vec![("أربعة", None, None, None, "wounded")],
            ),
        ],
    );
}

#[test]
fn a_body_carried_out_what_it_announces_as_its_own_and_a_command_speaks_without_its_head() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «تنفيذها»: the pronoun is the announcing body's; the strike is
            // its own, and so are the dead of the strike pointed back to.
            (
                "أعلنت وزارة الدفاع التركية عن تنفيذها غارة جوية شمال العراق أسفرت عن مقتل 4 من عناصر حزب العمال الكردستاني.",
                vec![("4", Some("turkey_mod"), None, Some("turkey_mod"), "killed")],
            ),
            (
                "أعلنت القيادة المركزية الأمريكية عن تنفيذها ضربة جوية قرب الحدود.\nوذكرت القيادة أن الضربة أسفرت عن مقتل 3 من عناصر التنظيم.",
                vec![("3", Some("centcom"), None, Some("centcom"), "killed")],
            ),
            // The attack's maker after its verb, a time set aside between.
            (
                "وقال الوزير إن الرد جاء على مقتل 6 مدنيين جراء هجوم نفذه، مساء السبت، حزب العمال الكردستاني.",
                vec![("6", None, None, Some("pkk"), "killed")],
            ),
            // A time between the verb of carrying out and the attack.
            (
                "وقال مصدر إن تنظيم داعش شن مساء اليوم (الأربعاء) هجوما على نقطة أمنية.\nوأضاف أن الهجوم أدى إلى مقتل ثلاثة من مقاتلي الحشد العشائري.",
                vec![("ثلاثة", Some("unnamed_source"), None, Some("isis"), "killed")],
            ),
            // Without the pronoun the announcer is not said to have done it.
            (
                "أعلنت القيادة المركزية الأمريكية تنفيذ ضربة جوية أسفرت عن مقتل 5 من عناصر تنظيم داعش.",
                vec![("5", Some("centcom"), None, Some("isis"), "killed")],
            ),
        ],
    );
    // A command named without its head after its whole name speaks as the
    // command, not as the place.
    let text = "أعلنت قيادة عمليات نينوى اعتقال مطلوبين. وأفادت عمليات نينوى بأن قواتها ضبطت 12 صاروخا.";
    let doc = pipeline.annotate("t.txt", text);
    let claimant = doc.claims.first().and_then(|c| c.claimant.as_deref());
    let command = doc.entities.iter().find(|e| &text[e.start..e.end] == "قيادة عمليات نينوى").map(|e| e.id.as_ref());
    assert!(command.is_some() && claimant == command, "{claimant:?} {command:?}");
}

#[test]
fn refugees_in_camps_are_displaced_and_ways_of_leaving_home() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Refugees or the displaced a camp shelters, or anyone in a camp
            // for refugees, are displaced, not held.
            (
                "وقالت مفوضية اللاجئين إن نحو 240 لاجئاً يقيمون في مخيم قوشتبة قرب أربيل.",
                vec![("240", Some("unhcr"), None, None, "displaced")],
            ),
            ("ويقيم 900 شخص في مخيم كويلان للاجئين شمال البلاد.", vec![("900", None, None, None, "displaced")]),
            // Held in a camp with no word of refuge: detained.
            ("ويقيم 900 شخص في مخيم روج شمال البلاد.", vec![("900", None, None, None, "detained")]),
            // Seeking refuge, made to leave home, driven out.
            ("وأعلنت مفوضية شؤون اللاجئين لجوء أكثر من ألفي شخص إلى تركيا.", vec![("ألفي", Some("unhcr"), None, None, "displaced")]),
            ("وأجبرت المعارك نحو 3100 أسرة على ترك منازلها.", vec![("3100", None, None, None, "displaced")]),
            ("وقالت المنظمة إن القصف شرّد 45 ألف شخص.", vec![("45 ألف", None, None, None, "displaced")]),
            // A town's name ending in «نا» is no first person of the claimant.
            ("وقال تقرير أوتشا إن مدينة الدانا استقبلت 5100 نازح.", vec![("5100", Some("ocha"), None, None, "displaced")]),
        ],
    );
}

#[test]
fn a_state_attack_named_by_its_adjective_is_the_state_acting_and_the_party_hit_made_none() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The state's attack, incursion or aggression named by its
            // adjective: the state made it, and what it caused.
            ("وقالت الأمم المتحدة إن الهجوم التركي شرّد 60 ألف شخص.", vec![("60 ألف", Some("un"), None, Some("turkey"), "displaced")]),
            ("وأدى العدوان التركي إلى مقتل 14 مدنيا في القرية.", vec![("14", None, None, Some("turkey"), "killed")]),
            // The parties an attack hit made none of it; the dead of an
            // attack whose maker is not told are the party's own losses.
            ("وتعرضت القوات التركية وقوات التحالف الدولي لنحو 40 هجوما خلال الشهر.", vec![("40", None, None, None, "attacks")]),
            ("وتعرض الجيش العراقي لهجوم أسفر عن مقتل 4 جنود.", vec![("4", None, None, Some("iraq"), "killed")]),
            // A state's soldiers deployed, its own after «من»: its force.
            ("وتنشر الولايات المتحدة نحو 900 من جنودها في سوريا.", vec![("900", Some("usa"), None, Some("usa"), "fighters")]),
        ],
    );
}

#[test]
fn people_caught_are_detained_and_goods_seized_are_no_one_held() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("وضبطت قوات الجيش العراقي، الأحد، 23 متسللا قرب الحدود.", vec![("23", None, None, Some("iraq"), "detained")]),
            ("وضبطت دورية للشرطة 40 صاروخا في مخزن مهجور.", vec![("40", None, None, None, "other")]),
            // The members of a cell aimed at are not the striker's force.
            ("وتمكن جهاز مكافحة الإرهاب من استهداف خلية مؤلفة من خمسة عناصر.", vec![("خمسة", None, None, None, "fighters")]),
        ],
    );
}

#[test]
fn the_writer_of_a_byline_does_none_of_the_news() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("بغداد - كتبت هدى منصور - أعلنت السلطات احتجاز 40 مطلوبا في الأنبار.", vec![("40", None, None, None, "detained")]),
            (
                "الموصل - كتب وائل صبري - تسلمت السلطات حتى الآن 300 من عناصر التنظيم المحتجزين في سوريا.",
                vec![("300", None, None, None, "detained")],
            ),
        ],
    );
}

#[test]
fn a_gloss_names_the_speaker_a_cause_set_off_names_the_killer_and_an_aimer_before_lam() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Words naming no one, then the name that glosses them.
            ("وأعلنت وحدات الحماية الذاتية (الأسايش) مقتل أربعة أشخاص في المدينة.", vec![("أربعة", Some("asayish"), None, None, "killed")]),
            // A cause set off by a comma still names the killer.
            ("وأصيب خمسة من عناصر الشرطة، بنيران تنظيم داعش قرب الرقة.", vec![("خمسة", None, None, Some("isis"), "wounded")]),
            // The verbal noun of aiming, a party and «ل» on what it aimed at.
            ("وأصيب 6 جنود في استهداف داعش لنقطة عسكرية قرب تدمر.", vec![("6", None, None, Some("isis"), "wounded")]),
            // Who blew themselves up died.
            ("وقال المرصد السوري إن 4 من عناصر داعش فجروا أنفسهم داخل المبنى.", vec![("4", Some("sohr"), None, Some("isis"), "killed")]),
        ],
    );
}

#[test]
fn a_trade_titles_its_speaker_and_cells_broken_up_are_no_explosives() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The trade and its adjective before the person who speaks.
            (
                "وقال الخبير العسكري سالم الحمد إن 40 من مقاتلي داعش قتلوا في الهجوم.",
                vec![("40", Some("salm_alhmd_0d8f0a"), None, Some("isis"), "killed")],
            ),
            // Cells dismantled are counted, no mines removed.
            ("وأعلنت وزارة الداخلية العراقية تفكيك 4 خلايا إرهابية في كركوك.", vec![("4", Some("iraq_moi"), None, None, "other")]),
        ],
    );
}

#[test]
fn who_planted_the_bomb_killed_and_a_blast_past_a_contrast_is_another_event() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The planter of the bomb named after the blast.
            ("وقتل 6 من عناصر الجيش السوري بانفجار لغم أرضي زرعه تنظيم داعش قرب تدمر.", vec![("6", None, None, Some("isis"), "killed")]),
            // The attack told before made the first dead; the blast after
            // «فيما» is another event, its planter named.
            (
                "وهاجم عناصر من داعش قرية قرب مخمور. وأسفر الهجوم عن مقتل 4 مدنيين، فيما قتل 5 من البيشمركة بانفجار عبوة زرعها تنظيم داعش.",
                vec![("4", None, None, Some("isis"), "killed"), ("5", None, None, Some("isis"), "killed")],
            ),
        ],
    );
}

#[test]
fn a_speaker_named_without_a_title_is_the_claimant() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وقال سرمد البياتي إن القوات الأمنية اعتقلت 12 مطلوبا في الموصل.",
            vec![("12", Some("srmd_albyaty_8b78f7"), None, None, "detained")],
        )],
    );
}

#[test]
fn an_object_right_after_the_verb_leaves_the_statement_to_go_on() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "أعلن المرصد السوري مقتل 3 عناصر في هجمات لتنظيم داعش. ورصد هجوماً للتنظيم قرب تدمر، أدى إلى مقتل 6 عناصر من الميليشيات.",
            vec![("3", Some("sohr"), None, Some("isis"), "killed"), ("6", Some("sohr"), None, Some("isis"), "killed")],
        )],
    );
}

#[test]
fn the_regimes_forces_are_the_state_and_the_party_fought_killed() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The regime's aircraft struck: the Syrian state.
            ("وقصفت طائرات النظام بلدة كفرنبل ما أدى إلى مقتل 5 مدنيين.", vec![("5", None, None, Some("syria"), "killed")]),
            // Another state's adjective after «النظام» names that state.
            ("وقتل 4 من قوات النظام الإيراني في الغارة.", vec![("4", None, None, Some("iran"), "killed")]),
            // Former rulers are no state.
            ("وقتل 9 من عناصر النظام البائد في الكمين.", vec![("9", None, None, None, "killed")]),
            // The party fought killed the dead.
            ("وقتل 5 من عناصر داعش في اشتباكات مع قوات سوريا الديمقراطية.", vec![("5", None, None, Some("sdf"), "killed")]),
            (
                "والسبت، قتل اثنين من القوات الأمريكية في اشتباكات مع عناصر تنظيم داعش قرب تدمر.",
                vec![("اثنين", None, None, Some("isis"), "killed")],
            ),
        ],
    );
}

#[test]
fn a_statement_stressed_goes_on_and_a_name_in_brackets_after_against_acts_not() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «وشدد البيان» goes on with the statement's owner.
            (
                "وأوضحت وزارة الخارجية الأمريكية في بيان أن الوزراء سيجتمعون. وشدد البيان على أن التحالف الذي يضم 80 عضوا ماض في مهمته.",
                vec![("80", Some("state_department"), None, Some("coalition"), "joined")],
            ),
            // «ضد (داعش)»: the name in brackets after «against» is the
            // target, the body before it acts.
            (
                "وقال التحالف إن التحالف العالمي ضد (داعش)، المكون من 80 عضوا، ماض في مهمته.",
                vec![("80", Some("coalition"), None, Some("coalition"), "joined")],
            ),
        ],
    );
}

#[test]
fn years_set_apart_after_a_persons_name_are_an_age() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    for (text, age) in [
        ("وقتل الشاب أحمد سالم (22 عاماً) في القصف على البلدة.", "22 عاماً"),
        ("وقالت النازحة مريم حسن، 35 عاما، إن المخيم مكتظ.", "35 عاما"),
        // Right after the name, closed by a comma or a stop.
        ("وقتل في الكمين الجندي جون سميث 29 عاما، والجندي بيتر براون.", "29 عاما"),
    ] {
        let doc = pipeline.annotate("t.txt", text);
        let q = doc.quantities.iter().find(|q| q.text == age).unwrap_or_else(|| panic!("{text}: {:?}", doc.quantities));
        assert_eq!((q.kind.as_str(), q.unit.as_deref()), ("measure", Some("age_years")), "{text}");
        // An age is an attribute: no one did it.
        let claim = doc.claims.iter().find(|c| &text[c.start..c.end] == age).expect("a claim of the age");
        assert_eq!((claim.actor.as_deref(), claim.action.as_str()), (None, "other"), "{text}");
    }
    // Years after a deed, or not set apart, stay a duration.
    for text in ["وسجن أحمد سالم 10 أعوام في السجن المركزي.", "واستمرت الحرب (8 أعوام) دون توقف.", "وخدم جون سميث 20 عاما في الجيش."]
    {
        let doc = pipeline.annotate("t.txt", text);
        assert!(doc.quantities.iter().all(|q| q.unit.as_deref() != Some("age_years")), "{text}: {:?}", doc.quantities);
    }
}

#[test]
fn an_arrest_told_apart_from_whom_it_took_and_a_state_that_holds() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A time between the arrest and whom it took; a raid named
            // after them is how they were taken.
            (
                "وقالت الوزارة إن قواتها ألقت القبض أمس على قيادي في داعش وثلاثة من مرافقيه في عملية إنزال جوي.",
                vec![("ثلاثة", None, None, None, "detained")],
            ),
            // A state right before the verb of holding holds them; a place
            // where people are held holds no one.
            ("وأكد المسؤول أن الولايات المتحدة اعتقلت 4 من عناصر التنظيم.", vec![("4", None, None, Some("usa"), "detained")]),
            ("وفي سوريا اعتقل 40 شخصا خلال الحملة.", vec![("40", None, None, None, "detained")]),
        ],
    );
}

#[test]
fn a_relative_clause_on_a_place_after_a_listed_figure_is_no_deed_of_it() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وأفادت مصادر محلية بمقتل 9 مسلحين من التنظيم وجنديين من الجيش قرب البلدة التي تبعد 40 كيلومترا عن الحدود.",
            vec![
                ("9", Some("unnamed_source"), None, None, "killed"),
                ("جنديين", Some("unnamed_source"), None, None, "killed"),
                ("40 كيلومترا", Some("unnamed_source"), None, None, "other"),
            ],
        )],
    );
}

#[test]
fn a_sentence_of_a_text_wrapped_by_hand_runs_over_its_lines() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    // Lines cut at a fixed width: the statement's verb and its figure
    // stand on two lines of one sentence; the strikes are the ministry's
    // aircraft's.
    let text = "أعلنت وزارة الدفاع العراقية، يوم الخميس، حصيلة العمليات التي\n\
                نفذتها قواتها في الأسبوع الأخير ضد خلايا التنظيم في المحافظات\n\
                الشمالية. وقالت الوزارة في بيان إن الضربات التي نفذتها طائراتها\n\
                أسفرت عن مقتل 17 ارهابيا في المناطق الجبلية شمال البلاد.";
    check_cases(&pipeline, &[(text, vec![("17", Some("iraq_mod"), None, Some("iraq_mod"), "killed")])]);
}

#[test]
fn a_camp_gone_to_on_the_way_home_holds_no_one() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "ووصلت 96 أسرة سورية إلى مخيم الاستقبال في ريف حلب الشمالي قرب الحدود التركية، عائدة من مخيمات لبنان.",
                vec![("96", None, None, None, "returned")],
            ),
            // Taken to a camp, and no word of coming back: held there.
            ("ونقلت السلطات 150 عائلة إلى مخيم الهول الأسبوع الماضي.", vec![("150", None, None, None, "detained")]),
            // Moved out of a camp, to another on the way home: leaving it.
            ("وبدأت السلطات نقل 310 عائلات من مخيم الهول إلى مخيم الجدعة جنوب الموصل.", vec![("310", None, None, None, "returned")]),
        ],
    );
}

#[test]
fn a_verb_of_speech_with_the_article_is_an_adjective() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «التابع»، «التابعة»: affiliated, no «went on to say»; the
            // source phrase closing the sentence tells who says it.
            (
                "وقتل 3 عناصر من الفوج التابع لقوات الحكومة السورية في انفجار لغم، بحسب المرصد السوري لحقوق الإنسان.",
                vec![("3", Some("sohr"), None, None, "killed")],
            ),
            (
                "وأصيب 4 من عناصر الكتيبة التابعة لوزارة الدفاع العراقية في الهجوم، وفقا لمصادر محلية.",
                vec![("4", Some("unnamed_source"), None, None, "wounded")],
            ),
        ],
    );
}

#[test]
fn strikes_aimed_at_members_a_broadcaster_deeds_of_a_pronoun_and_papers_counted() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The members after «استهدفت» are what the strikes hit, not
            // whose strikes they were; the passive names no striker.
            ("وتم توجيه ثلاث ضربات جوية استهدفت عناصر داعش قرب الحدود.", vec![("ثلاث", None, None, None, "attacks")]),
            // A «وقال» after a broadcast goes on with the broadcaster.
            ("وبثت وكالة أعماق تسجيلا مصورا للهجوم، وقالت إن 9 جنود قتلوا فيه.", vec![("9", Some("amaq"), None, None, "killed")]),
            // The pronoun on the verbal noun of killing before the figure
            // is its doer: the body named before.
            (
                "واعترفت وزارة الدفاع الأمريكية في تقرير بقتلها 23 مدنيا خلال العام الماضي.",
                vec![("23", Some("us_dod"), None, Some("us_dod"), "killed")],
            ),
            // An opinion in the present tense states the figure.
            (
                "وتعتبر منظمة أيروورز أن ما لا يقل عن 900 مدني قتلوا في ضربات للتحالف.",
                vec![("900", Some("airwars"), None, Some("coalition"), "killed")],
            ),
            // Reports counted are papers, whatever deaths they tell of.
            ("وقال التحالف إنه يحقق في 31 تقريرا عن سقوط قتلى مدنيين.", vec![("31", Some("coalition"), None, None, "other")]),
            // A state's means named by its adjective are the state's.
            ("وقال البنتاغون إن 6 مروحيات أمريكية شاركت في الإنزال.", vec![("6", Some("us_dod"), None, Some("usa"), "attacks")]),
            // A media office is an outlet, no doer of what it publishes;
            // who claimed the deed did it.
            (
                "ونشرت مؤسسة البيان الإعلامية التابعة لتنظيم داعش تسجيلا، كما تبنى التنظيم مقتل 4 جنود.",
                vec![("4", None, None, Some("isis"), "killed")],
            ),
            // A media office named by its adjective publishes; it did not
            // kill.
            (
                "ونشرت مؤسسة الفرقان الإعلامية صورا قالت إنها لمقتل 6 جنود في هجوم قرب الرقة.",
                vec![("6", Some("alfrqan_alaalamya_13ba13"), None, None, "killed")],
            ),
            // A plural verb of attacking after its subject and a comma:
            // the subject made the attack that killed.
            (
                "وذكرت مصادر محلية أن خلايا من تنظيم داعش، هاجموا بالقذائف حاجزا لقوات الحكومة في البادية، ما أسفر عن مقتل 4 عناصر.",
                vec![("4", Some("unnamed_source"), None, Some("isis"), "killed")],
            ),
            // A time set aside between who claims an attack and the claim.
            (
                "أعلن تنظيم داعش، اليوم الأحد، مسؤوليته عن التفجير الذي أسفر عن مقتل 12 شخصا.",
                vec![("12", Some("isis"), None, Some("isis"), "killed")],
            ),
            // Vehicles burnt are targets hit.
            (
                "وأوقع القصف 11 قتيلا من المسلحين وأدى إلى إحراق أربع آليات.",
                vec![("11", None, None, None, "killed"), ("أربع", None, None, None, "attacks")],
            ),
        ],
    );
}

#[test]
fn a_source_phrase_with_what_was_said_as_a_pronoun() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وبحسب ما قاله مظلوم عبدي، فإن 3 آلاف مسلح أجنبي محتجزون في السجون.",
                vec![("3 آلاف", Some("mazloum_abdi"), None, None, "detained")],
            ),
            ("ووفقا لما ذكره المرصد السوري لحقوق الإنسان، قتل 17 عنصرا في الهجوم.", vec![("17", Some("sohr"), None, None, "killed")]),
            // The announcer is no doer.
            ("وحسب ما أعلنه التحالف الدولي، قتل 20 مسلحا في الغارة.", vec![("20", Some("coalition"), None, None, "killed")]),
            // A website named after «موقع» is no position struck.
            (
                "وتشير الإحصائيات التي نشرها موقع (كركوك ناو) إلى تضرر 250 ألف منزل في الموصل.",
                vec![("250 ألف", Some("kirkuk_now"), None, None, "other")],
            ),
            // «Worth mentioning» is the outlet's voice.
            ("والجدير ذكره أن 50 مسلحا قتلوا في المعارك.", vec![("50", None, None, None, "killed")]),
            // A statement «that outlets published» is still the body's.
            (
                "وأوضح بيان للتحالف الدولي، الذي نشرته وسائل إعلام، أنه قتل 80 قياديا في التنظيم.",
                vec![("80", Some("coalition"), None, Some("coalition"), "killed")],
            ),
        ],
    );
}

#[test]
fn an_outlet_quoting_another_with_naqlan_an_relays_it() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «نقلاً عن» right after the outlet, a comma between or not: the
            // source quoted is the claimant, named or not.
            ("وأفادت صحيفة Dawn، نقلاً عن مسؤول محلي، بأن الحصيلة بلغت 31 قتيلاً.", vec![("31", Some("unnamed_source"), None, None, "killed")]),
            (
                "وذكرت وكالة رويترز نقلا عن وزارة الداخلية العراقية أن 12 شخصا قتلوا في التفجير.",
                vec![("12", Some("iraq_moi"), None, None, "killed")],
            ),
            (
                "وقالت قناة (الحرة) نقلا عن المرصد السوري لحقوق الإنسان إن 9 مدنيين قتلوا في القصف.",
                vec![("9", Some("sohr"), None, None, "killed")],
            ),
            // Without it the outlet is the only source named.
            ("وذكرت وكالة رويترز أن 14 شخصا قتلوا في التفجير.", vec![("14", Some("reuters"), None, None, "killed")]),
        ],
    );
}

#[test]
fn the_held_whom_a_release_governs_are_freed() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The release right before the figure, or its doer between the
            // verb and «عن»; the counted noun says they were held.
            ("وقال المسؤول إن قسد أطلقت سراح 50 محتجزا من أبناء العشائر.", vec![("50", None, None, Some("sdf"), "freed")]),
            ("وأفرجت السلطات الكردية عن 200 معتقل بعد وساطة.", vec![("200", None, None, None, "freed")]),
            ("وتم الإفراج عن 120 سجينا من سجن الحسكة.", vec![("120", None, None, None, "freed")]),
            ("وأطلقت قسد سراح 35 من المحتجزين لديها.", vec![("35", None, None, Some("sdf"), "freed")]),
            // Held still: no release governs the figure.
            ("وقال المسؤول إن قسد تحتجز 50 معتقلا في سجونها.", vec![("50", None, None, Some("sdf"), "detained")]),
        ],
    );
}

#[test]
fn a_relative_clause_on_a_place_after_the_figure_tells_of_the_place() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Who holds or hit the place did nothing to the people counted;
            // the verb past the clause is theirs.
            (
                "وقالت المنظمة إن 14 ألفا من سكان مدينة الموصل والتي تسيطر عليها داعش منذ عامين قد نزحوا.",
                vec![("14 ألفا", None, None, None, "displaced")],
            ),
            ("وقالت المنظمة إن 9 آلاف شخص من سكان الرقة التي تعرضت لقصف عنيف نزحوا.", vec![("9 آلاف", None, None, None, "displaced")]),
            // A relative clause on the people counted is theirs.
            ("وقالت المنظمة إن 300 مدني الذين فروا من القصف وصلوا إلى المخيم.", vec![("300", None, None, None, "displaced")]),
        ],
    );
}

#[test]
fn sites_hit_are_struck_and_who_fights_an_enemy_made_the_operations() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «أصابت» of sites or things is a strike, not a wound.
            (
                "وقالت قوة المهام المشتركة إن الضربات أصابت 3 وحدات تكتيكية.",
                vec![("3", Some("cjtf_oir"), None, Some("cjtf_oir"), "attacks")],
            ),
            // An attack right after a verb of a deed is its subject: the
            // verb tells what was done.
            ("وأصابت الضربة 7 مدنيين بجروح.", vec![("7", None, None, None, "wounded")]),
            ("وقتلت الغارة الجوية 5 مدنيين في القرية.", vec![("5", None, None, None, "killed")]),
            ("وأصابت الغارة الجوية للتحالف 6 مدنيين.", vec![("6", None, None, Some("coalition"), "wounded")]),
            // Whom the subject fights is named last, before the verb; the
            // operations' maker took and killed the figures they led to.
            (
                "وأعلنت القيادة أن قوات التحالف الدولي لمحاربة تنظيم داعش نفذت 31 عملية، مشيرةً إلى أن العمليات أسفرت عن اعتقال 30 عنصرًا من التنظيم، ومقتل خمسة آخرين.",
                vec![
                    ("31", None, None, Some("coalition"), "attacks"),
                    ("30", None, None, Some("coalition"), "detained"),
                    ("خمسة", None, None, Some("coalition"), "killed"),
                ],
            ),
        ],
    );
}

#[test]
fn a_relayed_statement_past_the_aside_of_who_received_a_copy() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "ونقل بيان للوزارة تلقت وكالة الأنباء العراقية نسخة منه، عن الوزير جاسم محمد القول إن 600 ألف نازح عادوا إلى مناطقهم.",
                vec![("600 ألف", Some("jasm_mhmd_ca6cb3"), None, None, "returned")],
            ),
            // With no aside, as before.
            (
                "ونقلت وكالة الأنباء العراقية عن الوزير جاسم محمد القول إن 400 ألف نازح عادوا إلى مناطقهم.",
                vec![("400 ألف", Some("jasm_mhmd_ca6cb3"), None, None, "returned")],
            ),
        ],
    );
}

#[test]
fn a_share_of_the_displaced_still_in_camps_stays_displaced() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("وقالت الوزارة إن 20% من النازحين لا يزالون في مخيمات الإقليم.", vec![("20%", None, None, None, "displaced")]),
            // Those of them who went home are returned.
            ("وقالت الوزارة إن 65% من النازحين عادوا إلى مناطقهم.", vec![("65%", None, None, None, "returned")]),
        ],
    );
}

#[test]
fn the_dead_of_a_fight_between_parties_are_no_ones_deed() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Both sides' dead in a fight between them: no killer, and no
            // party's own losses.
            (
                "قتل 9 عناصر من تنظيم داعش و4 من قوات سوريا الديمقراطية جراء المعارك الدائرة بين الطرفين في ريف الرقة.",
                vec![("9", None, None, None, "killed"), ("4", None, None, None, "killed")],
            ),
            ("ولقي 6 من عناصر قسد حتفهم في اشتباكات بين قسد وداعش قرب الحسكة.", vec![("6", None, None, None, "killed")]),
            // A party's dead with no fight between named stay its losses;
            // a killer named is the actor.
            ("قتل 6 من عناصر قسد في ريف الرقة.", vec![("6", None, None, Some("sdf"), "killed")]),
            ("قتل 6 من عناصر قسد بنيران تنظيم داعش في ريف الرقة.", vec![("6", None, None, Some("isis"), "killed")]),
        ],
    );
}

#[test]
fn a_states_own_people_handed_over_are_returned() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Received by their state, or handed to it by who held them,
            // whatever camp they came from.
            ("تسلمت روسيا 49 طفلاً من مخيم الهول.", vec![("49", None, None, None, "returned")]),
            (
                "وسلمت الإدارة الذاتية امرأتين و3 أطفال من مخيم روج لوفد من السودان.",
                vec![("امرأتين", None, None, Some("aanes"), "returned"), ("3", None, None, Some("aanes"), "returned")],
            ),
        ],
    );
}

#[test]
fn the_nations_people_come_from_leave_the_list_of_people_going_on() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وقال المسؤول إن المخيم يضم 730 عائلة أجنبية من 42 دولة، إضافة إلى 15 عائلة عراقية و11 عائلة سورية.",
            vec![
                ("730", None, None, None, "detained"),
                ("42", None, None, None, "other"),
                ("15", None, None, None, "detained"),
                ("11", None, None, None, "detained"),
            ],
        )],
    );
}

#[test]
fn whom_money_is_asked_of_or_sent_to_gives_none_of_it() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The addressee after «إلى» and his title is no giver; the
            // sum closes his name.
            (
                "وطلب أوباما في رسالة موجهة إلى رئيس مجلس النواب جون بوينر مبلغ 5 مليارات دولار.",
                vec![("5 مليارات دولار", None, None, Some("obama"), "funded")],
            ),
            ("وقدمت واشنطن إلى قسد 5 ملايين دولار.", vec![("5 ملايين دولار", None, None, Some("washington"), "funded")]),
        ],
    );
}

#[test]
fn bodies_recovered_were_killed_by_none_of_who_found_them_nor_returned_when_they_belong() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The verb of finding before its subject.
            ("انتشل فريق الاستجابة الأولية 16 جثة من مقبرة جماعية في الرقة.", vec![("16", None, None, None, "killed")]),
            // «تعود إلى» a party: whose they were, no return.
            (
                "وانتشل الفريق 300 جثة من المقبرة، منها 85 جثة تعود إلى عناصر تنظيم داعش.",
                vec![("300", None, None, None, "killed"), ("85", None, None, None, "killed")],
            ),
            // A return home stays one.
            ("وقال المسؤول إن 85 عائلة تعود إلى قراها في ريف الرقة.", vec![("85", None, None, None, "returned")]),
        ],
    );
}

#[test]
fn the_dead_of_several_sides_are_no_one_partys_losses() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("وأدى الهجوم إلى مقتل 373 من التنظيم وقوات سوريا الديمقراطية والمدنيين.", vec![("373", None, None, None, "killed")]),
            ("وقتل 40 من عناصر قسد والمدنيين في القصف.", vec![("40", None, None, None, "killed")]),
            // One side, its own losses.
            ("وقتل 20 من عناصر قسد في الهجوم.", vec![("20", None, None, Some("sdf"), "killed")]),
        ],
    );
}

#[test]
fn an_official_described_and_not_named_is_an_unnamed_source() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A headline opened by the description and a colon.
            (
                "مقتل 30 مسلحا في غارات على الأنبار\n\nقائد عراقي: عدد الجرحى 25",
                vec![("30", None, None, None, "killed"), ("25", Some("unnamed_source"), None, None, "wounded")],
            ),
            // After a verb of speech, one or two adjectives, then «إن».
            ("وقال مسؤول استخباري عراقي إن 9 انتحاريين اعتقلوا.", vec![("9", Some("unnamed_source"), None, None, "detained")]),
            ("وأكد قيادي كردي أن 14 مقاتلا أصيبوا.", vec![("14", Some("unnamed_source"), None, None, "wounded")]),
            // A title with a name after it is that person.
            ("وقال قائد ميداني مظلوم عبدي إن 6 مدنيين قتلوا.", vec![("6", Some("mazloum_abdi"), None, None, "killed")]),
        ],
    );
}

#[test]
fn an_unnamed_source_opening_a_clause_is_the_subject_of_its_verb() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // After «لكن», past a body named in the clause before.
            (
                "ولم تكشف وزارة الدفاع العراقية عن خسائرها، لكن مصادر عسكرية أكدت أن 12 جنديا قتلوا.",
                vec![("12", Some("unnamed_source"), None, None, "killed")],
            ),
            (
                "وتكتمت قسد على الحصيلة، في حين مصادر محلية ذكرت أن 7 مقاتلين أصيبوا.",
                vec![("7", Some("unnamed_source"), None, None, "wounded")],
            ),
            // The plural verb after its subject.
            ("وفي الأثناء، ناشطون أفادوا بمقتل 4 مدنيين في القصف.", vec![("4", Some("unnamed_source"), None, None, "killed")]),
        ],
    );
}

#[test]
fn the_dead_of_a_fight_told_side_by_side_are_no_partys_deed() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "واندلعت اشتباكات بين مقاتلي العشائر من جهة، وعناصر قسد من جهة أخرى، ما أدى إلى مقتل 6 أشخاص.",
                vec![("6", None, None, None, "killed")],
            ),
            ("واشتبك مسلحو العشائر من طرف وقسد من طرف آخر في البلدة، ما أسفر عن مقتل 4 أشخاص.", vec![("4", None, None, None, "killed")]),
            // One party's deed stays its own.
            ("وقصفت قسد من جهتها القرية، ما أسفر عن مقتل 3 أشخاص.", vec![("3", None, None, Some("sdf"), "killed")]),
        ],
    );
}

#[test]
fn members_of_a_party_that_seize_people_are_the_captors() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // Members «من» the party before the figure, after the verb.
            ("واختطف مسلحون من تنظيم داعش نحو 300 مدني من القرية.", vec![("300", None, None, Some("isis"), "detained")]),
            ("واعتقل عناصر من قسد 15 شابا في حملة دهم.", vec![("15", None, None, Some("sdf"), "detained")]),
            // Members in construct with the party, before the verb.
            ("وذكر السكان أن عناصر داعش خطفوا 40 راعيا.", vec![("40", Some("unnamed_source"), None, Some("isis"), "detained")]),
            // Members of a party who are held are not held by it.
            ("وبلغ عدد عناصر داعش المعتقلين 900.", vec![("900", None, None, None, "detained")]),
        ],
    );
}

#[test]
fn the_next_items_of_a_report_go_on_with_its_source() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "وأوضحت منظمة الصحة العالمية في بيان لها أن عدد الوفيات بلغ 412 شخصا، بما في ذلك 30 من الأطباء. \
             أما عدد المصابين فقد بلغ 1300 شخص، بما في ذلك 45 من الممرضين. إضافة إلى ذلك، قتل 57 من العاملين في المستشفيات.",
            vec![
                ("412", Some("who"), None, None, "killed"),
                ("30", Some("who"), None, None, "killed"),
                ("1300", Some("who"), None, None, "wounded"),
                ("45", Some("who"), None, None, "wounded"),
                ("57", Some("who"), None, None, "killed"),
            ],
        )],
    );
}

#[test]
fn a_body_described_and_not_named_is_an_unnamed_source() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("وذكرت قناة عراقية أن 9 جنود قتلوا في الكمين.", vec![("9", Some("unnamed_source"), None, None, "killed")]),
            ("وقالت منظمة حقوقية سورية إن 70 شابا اعتقلوا.", vec![("70", Some("unnamed_source"), None, None, "detained")]),
            // A body with its name is itself.
            ("وقالت قناة الجزيرة إن 9 جنود قتلوا في الكمين.", vec![("9", Some("al_jazeera"), None, None, "killed")]),
        ],
    );
}

#[test]
fn a_report_told_by_its_kind_is_the_one_a_later_sentence_names() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[(
            "أظهر تقرير حديث أن 300 مدني قتلوا في الغارات. وأوضح التقرير الصادر عن منظمة العفو الدولية أن التحقيقات مستمرة.",
            vec![("300", Some("amnesty"), None, None, "killed")],
        )],
    );
}

#[test]
fn the_latter_after_a_verb_of_speech_is_the_party_named_last() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وبينما قالت تركيا إنها استهدفت مواقع قسد، أكدت الأخيرة أن 12 من مقاتليها قتلوا.",
                vec![("12", Some("sdf"), None, Some("sdf"), "killed")],
            ),
            // An adjective of the days is no party.
            ("وقال المرصد السوري لحقوق الإنسان إن 30 مدنيا قتلوا في الأيام الأخيرة.", vec![("30", Some("sohr"), None, None, "killed")]),
        ],
    );
}

#[test]
fn a_western_rank_before_a_name_is_a_title() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            ("وقال الكولونيل الأميركي ستيف وارن \"قتلنا أكثر من 70 مسلحا\".", vec![("70", Some("steve_warren"), None, None, "killed")]),
            ("وأعلن الميجر البريطاني جون سميث أن 40 موقعا دمرت.", vec![("40", Some("jwn_smyth_3046fc"), None, None, "attacks")]),
        ],
    );
}

#[test]
fn how_many_live_somewhere_is_an_attribute() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وقدرت الأمم المتحدة تعداد سكان البلدة قبل بدء العمليات العسكرية بنحو 40 ألفا.",
                vec![("40 ألفا", Some("un"), None, None, "other")],
            ),
            // The dwellers of a camp are held; souls rescued are rescued.
            ("وقالت الإدارة إن عدد سكان مخيم الهول يبلغ 56 ألف شخص.", vec![("56 ألف", None, None, None, "detained")]),
            ("وقال التحالف إنه أنقذ 5 ملايين نسمة من الإرهاب.", vec![("5 ملايين", Some("coalition"), None, Some("coalition"), "freed")]),
        ],
    );
}

#[test]
fn a_monitor_named_after_the_figure_as_the_one_who_counted_it() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «كما ذكر» after the figure names its source, past a relative
            // clause on the source that says something of its own.
            (
                "ولقي 90 مسلحا من التنظيم مصرعهم منذ بدء الهجوم، كما ذكر المرصد السوري الذي يقول إنه يعتمد على ناشطين.",
                vec![("90", Some("sohr"), None, None, "killed")],
            ),
            // A count a monitor made (إحصاء للمرصد) is the monitor's.
            (
                "قتل أكثر من 300 شخص في البلدة منذ بدء المعارك، كما أفاد إحصاء للمرصد السوري لحقوق الإنسان.",
                vec![("300", Some("sohr"), None, None, "killed")],
            ),
            // A place before a colon opening the first line is its dateline
            // when the line ends with a full stop; a headline's place speaks.
            (
                "حلب: قتل أكثر من 40 شخصا في قصف على الأحياء الشرقية، حسبما أفاد المرصد السوري لحقوق الإنسان.",
                vec![("40", Some("sohr"), None, None, "killed")],
            ),
            ("دمشق: قتل 12 شخصا في انفجار سيارة مفخخة في حي الميدان.", vec![("12", None, None, None, "killed")]),
            ("أنقرة: تحييد 25 إرهابيا شمالي العراق\nنص الخبر.", vec![("25", Some("ankara"), None, None, "killed")]),
        ],
    );
}

#[test]
fn most_of_the_dead_set_aside_leave_the_verb_to_the_whole() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وأعلن المرصد السوري أن 150 شخصا، معظمهم من عناصر التنظيم، قتلوا في المعارك.",
                vec![("150", Some("sohr"), None, None, "killed")],
            ),
            (
                "وقالت الأمم المتحدة إن 9 آلاف شخص، غالبيتهم من النساء والأطفال، نزحوا من المدينة.",
                vec![("9 آلاف", Some("un"), None, None, "displaced")],
            ),
            // The party fought, after the definite clashes, killed them.
            ("وقالت الشرطة إن 6 من عناصرها قتلوا في الاشتباكات مع تنظيم داعش قرب الحدود.", vec![("6", None, None, Some("isis"), "killed")]),
        ],
    );
}

#[test]
fn a_verb_of_what_a_fact_shows_and_a_background_told_with_kana_speak_for_no_one() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «مما يظهر» tells what a fact shows: the name after it is its
            // object, and the participle after it goes on with the speaker.
            (
                "وقال المتحدث باسم التحالف الدولي إن \"القصف استمر أياما مما يظهر وحشية داعش\"، مشيرا إلى أن \"عدد الضحايا بلغ 40\".",
                vec![("40", Some("coalition"), None, None, "killed")],
            ),
            // «وكان» and a past «قام» tell the background: no item of the
            // series of the source before.
            (
                "وقال مصدر أمني إن القوات عثرت على 30 جثة. وكان تنظيم داعش قام بإعدام أكثر من 200 شخص في المنطقة.",
                vec![("30", Some("unnamed_source"), None, None, "killed"), ("200", None, None, Some("isis"), "killed")],
            ),
        ],
    );
}

#[test]
fn a_bodys_media_directorate_speaks_for_it_and_members_named_do_its_deeds() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A body's media directorate speaks for the body.
            (
                "وقالت مديرية إعلام قوات سوريا الديمقراطية إن 12 عنصرا من داعش اعتقلوا في دير الزور.",
                vec![("12", Some("sdf"), None, None, "detained")],
            ),
            // The members of a party who laid an ambush killed its dead,
            // quoted or not.
            (
                "وقتل 14 عنصرا من قوات سوريا الديمقراطية إثر كمين نصبه عناصر من \"داعش\" قرب البلدة.",
                vec![("14", None, None, Some("isis"), "killed")],
            ),
            // Members of the speaker's own party opening what is said did
            // the deed told right after them.
            (
                "وقال المتحدث باسم تنظيم داعش إن \"عناصر التنظيم قتلوا 9 جنود من الجيش السوري\".",
                vec![("9", Some("isis"), None, Some("isis"), "killed")],
            ),
        ],
    );
}

#[test]
fn executions_counted_are_deaths_and_the_forces_of_two_speakers_did_their_deeds() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            (
                "وقال المرصد السوري إنه ارتفع إلى 180 عدد الإعدامات التي نفذها تنظيم داعش في المدينة.",
                vec![("180", Some("sohr"), None, Some("isis"), "killed")],
            ),
            // «قواتهما»: the forces of the two bodies that speak.
            (
                "وقالت وزارة الدفاع العراقية ووزارة الداخلية في بيان مشترك إن قواتهما قتلت 8 مسلحين من تنظيم داعش.",
                vec![("8", Some("iraq_mod"), None, Some("iraq_mod"), "killed")],
            ),
        ],
    );
}

#[test]
fn the_same_source_named_again_and_a_count_of_a_bodys_members_told_back() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // «المصدر نفسه»: whoever was cited last, not an unnamed source;
            // «ضباطنا» in its words are its own men.
            (
                "وقال جهاز الأمن الوطني العراقي في بيان إن قوة داهمت وكرا في الصحراء. وأسفرت المداهمة بحسب المصدر نفسه عن \"استشهاد ثلاثة من ضباطنا\".",
                vec![("ثلاثة", Some("iraq_nss"), None, Some("iraq_nss"), "killed")],
            ),
            // «عدد عناصر التنظيم» read back past a place, from the first end
            // of a range.
            (
                "هاجم تنظيم داعش قرية في البادية. وذكر تقرير للأمم المتحدة أن عدد عناصر التنظيم في سوريا والعراق يتراوح بين 2000 و4000 مقاتل.",
                vec![("2000", Some("un"), None, Some("isis"), "fighters"), ("4000", Some("un"), None, Some("isis"), "fighters")],
            ),
        ],
    );
}

#[test]
fn a_doer_unnamed_a_passive_clause_and_a_sentence_opening_with_its_date_name_no_one() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // A cause whose doer is unnamed: no party's own losses.
            (
                "قتل 7 عناصر من قوات سوريا الديمقراطية إثر استهداف مجهولين سيارتهم في ريف دير الزور.",
                vec![("7", None, None, None, "killed")],
            ),
            // The named dead before a passive clause did not kill.
            (
                "قتل 30 مسلحا أهمهم القيادي أحمد حسين علاوي، إضافة إلى آخرين تمت معرفة 11 منهم.",
                vec![("30", None, None, None, "killed"), ("11", None, None, None, "killed")],
            ),
            // A sentence opening with its date tells another event in the
            // outlet's voice.
            (
                "وقال المرصد السوري في بيان إن 12 شخصا قتلوا في القصف. وفي 5 آذار الماضي، قتل 8 أشخاص في قصف مماثل.",
                vec![("12", Some("sohr"), None, None, "killed"), ("8", None, None, None, "killed")],
            ),
        ],
    );
}

#[test]
fn bodies_joined_as_one_subject_and_a_quote_after_a_colon_line() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The first of two bodies joined by «و» leads the deed.
            ("قسد والأسايش تعتقلان 23 شخصا من خلايا داعش في ريف الرقة", vec![("23", None, None, Some("sdf"), "detained")]),
            // Families displaced, not held («الأسر» is also «captivity»);
            // the figure after «بواقع» gives the same people in persons.
            (
                "وأوضح التقرير أن عدد الأسر النازحة في المخيمات بلغ 12 ألف أسرة، بواقع 51 ألف فرد.",
                vec![("12 ألف", None, None, None, "displaced"), ("51 ألف", None, None, None, "displaced")],
            ),
            // «يدعى» (is called) is no «يدعي» (claims): the named man says
            // nothing, and the statement goes on with the body.
            (
                "قالت القيادة المركزية إن قواتها ألقت القبض على قيادي في داعش يدعى سالم الراوي. وأشار البيان إلى أن أربعة مقاتلين فروا من السجن.",
                vec![("أربعة", Some("centcom"), None, None, "displaced")],
            ),
            // A quotation opening the line after a statement's colon is the
            // statement's.
            (
                "أصدرت قوات سوريا الديمقراطية بيانا جاء فيه:\n“نفذت قواتنا ثلاث عمليات أمنية في ريف دير الزور”.",
                vec![("ثلاث", Some("sdf"), None, Some("sdf"), "attacks")],
            ),
        ],
    );
}

#[test]
fn an_attack_told_in_a_part_left_open_is_the_parts_alone() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).unwrap();
    check_cases(
        &pipeline,
        &[
            // The part's clause runs to the end: its strikes are its own.
            (
                "وارتفعت حصيلة القتلى في المنطقة إلى 260 قتيلا، بينهم 45 من عناصر داعش قتلوا بغارات روسية.",
                vec![("260", None, None, None, "killed"), ("45", None, None, Some("russia"), "killed")],
            ),
            // A part closed by a comma leaves the strikes after it to both.
            (
                "قتل 19 عنصرا من داعش، بينهم 4 قياديين، في غارات روسية على البادية.",
                vec![("19", None, None, Some("russia"), "killed"), ("4", None, None, Some("russia"), "killed")],
            ),
        ],
    );
}
