//! Table-driven tests of the gazetteer's rules: one `check` helper, one row
//! a case. Expectations are written `text=id` for each mention, in order.
//! The statistical model is off here (see `tests/model.rs`).

use khabar_entities::{Gazetteer, Tagger};

fn check(tagger: &Tagger, input: &str, expect: &str) {
    let got: Vec<String> = tagger.tag(input).iter().map(|m| format!("{}={}", &input[m.span.range()], tagger.id_of(m, input))).collect();
    assert_eq!(got.join(" "), expect, "input: {input:?}");
}

fn check_all(cases: &[(&str, &str)]) {
    let tagger = Tagger::new(Gazetteer::default());
    for (input, expect) in cases {
        check(&tagger, input, expect);
    }
}

#[test]
fn the_four_required_entities_under_their_aliases() {
    check_all(&[
        ("قتل أبو بكر البغدادي", "أبو بكر البغدادي=baghdadi"),
        ("مقتل أبي بكر البغدادي", "أبي بكر البغدادي=baghdadi"),
        ("إن أبا بكر البغدادي", "أبا بكر البغدادي=baghdadi"),
        ("واسمه إبراهيم عواد البدري", "إبراهيم عواد البدري=baghdadi"),
        ("إبراهيم عواد إبراهيم البدري السامرائي", "إبراهيم عواد إبراهيم البدري السامرائي=baghdadi"),
        ("Abu Bakr al-Baghdadi was killed", "Abu Bakr al-Baghdadi=baghdadi"),
        ("أنتوني بلينكن", "أنتوني بلينكن=blinken"),
        ("أنطوني بلينكن", "أنطوني بلينكن=blinken"),
        ("انتوني بلينكن", "انتوني بلينكن=blinken"),
        ("Antony Blinken", "Antony Blinken=blinken"),
        ("مظلوم عبدي", "مظلوم عبدي=mazloum_abdi"),
        ("مظلوم كوباني", "مظلوم كوباني=mazloum_abdi"),
        ("فرهاد عبدي شاهين", "فرهاد عبدي شاهين=mazloum_abdi"),
        ("شاهين جيلو", "شاهين جيلو=mazloum_abdi"),
        ("قوات سوريا الديمقراطية", "قوات سوريا الديمقراطية=sdf"),
        ("قوات سوريا الديموقراطية", "قوات سوريا الديموقراطية=sdf"),
        ("قوات سورية الديمقراطية", "قوات سورية الديمقراطية=sdf"),
        ("قسد", "قسد=sdf"),
        ("the SDF said", "SDF=sdf"),
    ]);
}

#[test]
fn proclitics_are_tried_off() {
    check_all(&[
        ("أنتوني بلينكن. وبلينكن", "أنتوني بلينكن=blinken بلينكن=blinken"),
        ("وأنتوني بلينكن", "أنتوني بلينكن=blinken"),
        ("لقسد", "قسد=sdf"),
        ("وقسد", "قسد=sdf"),
        ("بقسد", "قسد=sdf"),
        ("لـ”قسد”", "قسد=sdf"),
        ("لـقسد", "قسد=sdf"),
        ("بـ(قسد)", "قسد=sdf"),
        ("ولقوات سوريا الديمقراطية", "قوات سوريا الديمقراطية=sdf"),
        ("لأبي بكر البغدادي", "أبي بكر البغدادي=baghdadi"),
        ("وبالعراق", "العراق=iraq"),
        ("بالعراق", "العراق=iraq"),
        ("والعراق", "العراق=iraq"),
        ("فسوريا", "سوريا=syria"),
        ("لداعش", "داعش=isis"),
        ("للتحالف الدولي", "لتحالف الدولي=coalition"),
        ("وللتحالف الدولي", "لتحالف الدولي=coalition"),
        ("كالتحالف الدولي", "التحالف الدولي=coalition"),
        ("لمظلوم عبدي", "مظلوم عبدي=mazloum_abdi"),
    ]);
}

#[test]
fn words_that_begin_with_clitic_letters_stay_whole() {
    check_all(&[
        ("بغداد", "بغداد=baghdad"),
        ("لبنان", "لبنان=lebanon"),
        ("للبنان", "لبنان=lebanon"),
        ("واشنطن", "واشنطن=washington"),
        ("كندا", "كندا=canada"),
        ("فراس السقال", "فراس السقال=firas_saqqal"),
        ("ولندن", "لندن=london"),
    ]);
}

#[test]
fn spelling_variants_fold() {
    check_all(&[
        // alef forms, alef maqsura, diacritics, tatweel, Persian letters
        ("ابو بكر البغدادي", "ابو بكر البغدادي=baghdadi"),
        ("أبُو بَكْرٍ البَغْدادِيّ", "أبُو بَكْرٍ البَغْدادِيّ=baghdadi"),
        ("مظلوم عبدى", "مظلوم عبدى=mazloum_abdi"),
        ("مظلوم عبدی", "مظلوم عبدی=mazloum_abdi"),
        ("مظلوم کوباني", "مظلوم کوباني=mazloum_abdi"),
        ("قوات الپيشمرگة", "قوات الپيشمرگة=peshmerga"),
        ("قـسـد", "قـسـد=sdf"),
        ("الدولة الاسلامية", "الدولة الاسلامية=isis"),
        ("البيت الابيض", "البيت الابيض=white_house"),
        ("الولايات المتّحدة", "الولايات المتّحدة=usa"),
        ("ﺩﺍﻋﺶ", "ﺩﺍﻋﺶ=isis"),
        ("قوات \u{200F}سوريا الديمقراطية", "قوات \u{200F}سوريا الديمقراطية=sdf"),
    ]);
}

#[test]
fn surnames_link_only_with_the_full_name_or_a_title() {
    check_all(&[
        // The full name is in the document: before or after the surname.
        ("أنتوني بلينكن قال. ثم أكد بلينكن", "أنتوني بلينكن=blinken بلينكن=blinken"),
        ("بلينكن يزور بغداد. وقال أنتوني بلينكن", "بلينكن=blinken بغداد=baghdad أنتوني بلينكن=blinken"),
        ("مظلوم كوباني قال. ودعا عبدي الحلفاء", "مظلوم كوباني=mazloum_abdi عبدي=mazloum_abdi"),
        ("مايلز كاكينز. وقال كاكينز", "مايلز كاكينز=caggins كاكينز=caggins"),
        // No full name and no title: the surname alone is not enough.
        ("ودعا عبدي الحلفاء", ""),
        ("وقال كاكينز إن", ""),
        // A title right before the surname settles it.
        ("قال العقيد كاكينز إن", "كاكينز=caggins"),
        ("وزير الخارجية الأمريكي بلينكن", "بلينكن=blinken"),
        ("زعيم داعش البغدادي", "داعش=isis البغدادي=baghdadi"),
        // مظلوم alone is "oppressed" unless a title names him.
        ("قال الجنرال مظلوم إن", "مظلوم=mazloum_abdi"),
        ("مظلوم عبدي قال. إنه شعب مظلوم", "مظلوم عبدي=mazloum_abdi"),
        ("قال زعيم التنظيم البغدادي", "البغدادي=baghdadi"),
        // A leader's rule names him; the title's first word may carry a
        // proclitic.
        ("بعد سقوط نظام الأسد", "الأسد=assad"),
        ("بعد الإطاحة بنظام الأسد", "الأسد=assad"),
        ("وزعيم التنظيم البغدادي", "البغدادي=baghdadi"),
        ("وزأر الأسد في الغابة", ""),
        // The kunya alone, in any case, once the full name is told; not
        // without it (the first caliph is «أبو بكر» too).
        ("أبو بكر البغدادي ظهر. وكان أبا بكر قد اختفى", "أبو بكر البغدادي=baghdadi أبا بكر=baghdadi"),
        ("قال أبو بكر الصديق", ""),
        // Another person with the same surname is not linked.
        ("مظلوم عبدي قال. وقالت إلهام عبدي", "مظلوم عبدي=mazloum_abdi"),
        // Two people share البغدادي: the nearest full name decides.
        (
            "أبو عمر البغدادي قتل عام 2010، وخلفه أبو بكر البغدادي. وأعلن البغدادي",
            "أبو عمر البغدادي=abu_omar_baghdadi أبو بكر البغدادي=baghdadi البغدادي=baghdadi",
        ),
    ]);
}

#[test]
fn kobani_is_a_place_except_inside_a_name() {
    check_all(&[
        ("في (عين العرب/كوباني) في", "عين العرب=kobani كوباني=kobani"),
        ("معركة كوباني", "كوباني=kobani"),
        ("قال مظلوم كوباني", "مظلوم كوباني=mazloum_abdi"),
        ("قال مظلوم عبدي (كوباني) إن", "مظلوم عبدي (كوباني)=mazloum_abdi"),
        // After a verb of speech, once the full name is told, the surname
        // is the person; without the full name before, the town.
        ("أعلن مظلوم كوباني انتهاء المعركة. وأضاف كوباني أن المدينة آمنة", "مظلوم كوباني=mazloum_abdi كوباني=mazloum_abdi"),
        ("وأضاف كوباني أن المدينة آمنة", "كوباني=kobani"),
        ("أعلن مظلوم كوباني انتهاء المعركة في كوباني", "مظلوم كوباني=mazloum_abdi كوباني=kobani"),
    ]);
}

#[test]
fn a_given_name_after_the_full_name_in_quotes_or_after_speech() {
    check_all(&[
        ("التقى الوفد مظلوم عبدي أمس. ويرى “مظلوم” أن الخطر قائم", "مظلوم عبدي=mazloum_abdi مظلوم=mazloum_abdi"),
        ("التقى الوفد مظلوم عبدي أمس. وقال مظلوم إن الخطر قائم", "مظلوم عبدي=mazloum_abdi مظلوم=mazloum_abdi"),
        // The adjective «oppressed», and the name with no full name before.
        ("التقى الوفد مظلوم عبدي أمس. وهو شعب مظلوم منذ عقود", "مظلوم عبدي=mazloum_abdi"),
        ("ويرى “مظلوم” أن الخطر قائم", ""),
    ]);
}

#[test]
fn al_dawla_is_isis_only_as_the_organization_name() {
    check_all(&[
        ("تنظيم “الدولة”", "الدولة=isis"),
        ("تنظيم \"الدولة الإسلامية\"", "الدولة الإسلامية=isis"),
        ("تنظيم الدولة", "الدولة=isis"),
        ("لتنظيم الدولة", "الدولة=isis"),
        ("الدولة الإسلامية في العراق والشام", "الدولة الإسلامية في العراق والشام=isis"),
        // The common noun "the state" is not ISIS.
        ("مؤسسات الدولة السورية", ""),
        ("قالت الدولة إن", ""),
    ]);
}

#[test]
fn derived_adjectives_are_not_mentions() {
    check_all(&[
        ("البعبع الداعشي", ""),
        ("النظام السوري", ""),
        ("القوات الأمريكية", ""),
        ("الشعب العراقي", ""),
        ("مصادر سورية", ""),
        // ... but the guarded spelling سورية is the country after a preposition.
        ("في سورية", "سورية=syria"),
        ("وسورية", "سورية=syria"),
    ]);
}

#[test]
fn outermost_names_only() {
    check_all(&[
        ("قوات سوريا الديمقراطية", "قوات سوريا الديمقراطية=sdf"),
        ("دائرة الأمم المتحدة للأعمال المتعلقة بالألغام", "دائرة الأمم المتحدة للأعمال المتعلقة بالألغام=unmas"),
        ("الأمم المتحدة", "الأمم المتحدة=un"),
        ("وزارة الدفاع الأميركية (البنتاغون)", "وزارة الدفاع الأميركية=us_dod البنتاغون=us_dod"),
        // A quote opened inside a name closes it.
        ("قوات “سوريا الديمقراطية”", "قوات “سوريا الديمقراطية”=sdf"),
        ("قوات «سوريا الديمقراطية» المدعومة", "قوات «سوريا الديمقراطية»=sdf"),
        ("قوات \"سوريا الديمقراطية\"، المدعومة", "قوات \"سوريا الديمقراطية\"=sdf"),
        // ... a word or two past the alias if it closes there; a name with
        // a quote left open is only what the quote holds.
        ("ونقلت قناة \"العربية مباشر\" عن المصدر", "قناة \"العربية مباشر\"=al_arabiya"),
        ("وقالت قوات \"سوريا الديمقراطية وحلفاؤها من العشائر العربية في الشرق", "سوريا الديمقراطية=sdf"),
        // A quote around the whole name is not the name's.
        ("قالت «قوات سوريا الديمقراطية» إن", "قوات سوريا الديمقراطية=sdf"),
        // The forces' short name, quoted or not.
        ("اشتباكات بين \"سوريا الديمقراطية\" والتنظيم", "سوريا الديمقراطية=sdf"),
        // The council is not the forces, and holds no mention of Syria.
        ("مجلس سوريا الديمقراطية (مسد)", "مجلس سوريا الديمقراطية=sdc مسد=sdc"),
        // A hashtag joins the words of a name with underscores.
        ("#التحالف_الدولي يقصف #داعش", "التحالف_الدولي=coalition داعش=isis"),
    ]);
}

#[test]
fn a_ministry_by_its_short_name_after_its_full_one() {
    check_all(&[
        ("وأعلنت وزارة الهجرة والمهجرين عودة الأسر. وقالت وزارة الهجرة إن", "وزارة الهجرة والمهجرين=iraq_momd وزارة الهجرة=iraq_momd"),
        ("وقالت وزارة الهجرة العراقية إن", "وزارة الهجرة العراقية=iraq_momd"),
    ]);
}

#[test]
fn armed_groups_of_the_region() {
    check_all(&[
        (
            "قاتلت عصائب أهل الحق ولواء فاطميون إلى جانب فيلق القدس",
            "عصائب أهل الحق=asaib_ahl_al_haq لواء فاطميون=fatemiyoun فيلق القدس=quds_force",
        ),
        ("وانسحب فيلق الرحمن من الغوطة", "فيلق الرحمن=faylaq_al_rahman"),
    ]);
}

#[test]
fn leaders_of_the_organization() {
    check_all(&[
        ("قتل أبو مسلم التركماني نائب زعيم التنظيم", "أبو مسلم التركماني=abu_muslim_turkmani"),
        ("وأكدت الوزارة مقتل أبي علاء العفري في غارة", "أبي علاء العفري=abu_alaa_afri"),
        ("عبد الله مكي مصلح الرفيعي المعروف بأبو خديجة", "عبد الله مكي مصلح الرفيعي=abu_khadija أبو خديجة=abu_khadija"),
    ]);
}

#[test]
fn capitals_of_the_region() {
    check_all(&[
        ("في أبوظبي وأبو ظبي ودبي", "أبوظبي=abu_dhabi أبو ظبي=abu_dhabi دبي=dubai"),
        ("من المنامة إلى صنعاء والخرطوم والرباط", "المنامة=manama صنعاء=sanaa الخرطوم=khartoum الرباط=rabat"),
        // UNICEF by its Arabic name and its usual spellings.
        ("حذرت منظمة الأمم المتحدة للطفولة من الجوع", "منظمة الأمم المتحدة للطفولة=unicef"),
        ("وقالت اليونيسيف إن الأطفال بخطر", "اليونيسيف=unicef"),
        // Iraq's judiciary, a source of its courts' sentences.
        ("وذكر مجلس القضاء الأعلى في بيان", "مجلس القضاء الأعلى=iraq_sjc"),
        // Sinjar by its Kurdish name.
        ("عاد النازحون إلى شنكال وسنجار", "شنكال=sinjar سنجار=sinjar"),
    ]);
}

#[test]
fn the_coalition() {
    check_all(&[
        ("التحالف الدولي لهزيمة داعش", "التحالف الدولي=coalition داعش=isis"),
        ("قال التحالف", "التحالف=coalition"),
        // A short form opening the text has no word before it.
        ("التحالف يعلن انتهاء العمليات", "التحالف=coalition"),
        // The preposition على is no given name, though it folds to علي.
        ("ويجب على التحالف أن يبقى", "التحالف=coalition"),
        ("ورد علي التحالف على المنتقدين", ""),
        ("تحالفاً دولياً يضم", "تحالفاً دولياً=coalition"),
        ("للتحالف العسكري", "لتحالف العسكري=coalition"),
        // Another alliance named nearby takes the bare word.
        ("غارات التحالف العربي في اليمن. وقال التحالف", "التحالف العربي=arab_coalition اليمن=yemen التحالف=arab_coalition"),
    ]);
}

#[test]
fn latin_names_and_acronyms() {
    check_all(&[
        ("ISIS and ISIL and Daesh", "ISIS=isis ISIL=isis Daesh=isis"),
        ("the US and the U.S.", "US=usa U.S.=usa"),
        ("tell us", ""),
        ("منصة SY24", "SY24=sy24"),
    ]);
}

#[test]
fn a_user_gazetteer_adds_an_entity_and_aliases() {
    let mut g = Gazetteer::default();
    g.extend_from_toml(
        "user.toml",
        r#"
        [[entity]]
        id = "hamza_bin_laden"
        type = "PER"
        name = "Hamza bin Laden"
        aliases = ["حمزة بن لادن"]
        short = ["بن لادن"]

        [[entity]]
        id = "sdf"
        type = "ORG"
        name = "Syrian Democratic Forces"
        aliases = ["قوات قسد"]
        "#,
    )
    .unwrap();
    let tagger = Tagger::new(g);
    check(&tagger, "قتل حمزة بن لادن، ونعى بن لادن", "حمزة بن لادن=hamza_bin_laden بن لادن=hamza_bin_laden");
    check(&tagger, "هاجمت قوات قسد", "قوات قسد=sdf");
}

#[test]
fn malformed_gazetteers_name_the_file_and_field() {
    let mut g = Gazetteer::default();
    let err = g
        .extend_from_toml("bad.toml", "[[entity]]\nid = \"x\"\ntype = \"PERSON\"\nname = \"X\"\naliases = [\"س\"]\n")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("bad.toml:") && err.contains("line 3"), "{err}");
    let err = g
        .extend_from_toml("bad.toml", "[[entity]]\nid = \"Bad Id\"\ntype = \"PER\"\nname = \"X\"\naliases = [\"س\"]\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("bad.toml") && err.contains("`id`"), "{err}");
    let err = g.extend_from_toml("bad.toml", "[[entity]]\nid = \"empty\"\ntype = \"PER\"\nname = \"X\"\n").unwrap_err().to_string();
    assert!(err.contains("`aliases`"), "{err}");
}

#[test]
fn tagger_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Tagger>();
}

#[test]
fn names_glued_by_a_missing_space() {
    check_all(&[
        ("ضربات في سورياوالعراق أمس", "سوريا=syria العراق=iraq"),
        ("اشتباكات في ريف دير الزورالشرقي", "دير الزور=deir_ezzor"),
        ("أعلنت الولاياتالمتحدة عن المساعدات", "الولاياتالمتحدة=usa"),
        // With a letter the normalizer changes (أ → ا), and a proclitic
        // before the second name.
        ("قالت الأممالمتحدة إن", "الأممالمتحدة=un"),
        ("عقد المؤتمر لدعم العراقبالكويت أمس", "العراق=iraq الكويت=kuwait"),
        // A «و» opening the glued word is a conjunction too.
        ("في تفجيرات بديالى وبغدادوالبصرة أمس", "ديالى=diyala بغداد=baghdad البصرة=basra"),
        // Teh marbuta only ends a word: a name glued right after one
        // stands alone, whatever the word before it.
        ("وتتصدر العاصمة العراقيةبغداد القائمة", "بغداد=baghdad"),
        ("تليها محافظةالأنبار ثم دهوك", "الأنبار=anbar دهوك=duhok"),
        // Words that merely hold an article inside are left alone.
        ("تواصل الاحتلال والاستيطان", ""),
    ]);
}

#[test]
fn news_outlets_that_articles_cite() {
    check_all(&[
        // Initials written with dots.
        ("نقلت وكالة (د.ب.أ) عن مصدر", "د.ب.أ=dpa"),
        ("وقالت صحيفة واشنطن بوست إن", "صحيفة واشنطن بوست=washington_post"),
        ("نقلت وكالة شفق نيوز عن مصدر", "وكالة شفق نيوز=shafaq_news"),
        ("بحسب موقع زمان الوصل", "موقع زمان الوصل=zaman_alwasl"),
        ("وذكرت قناة روسيا اليوم", "قناة روسيا اليوم=rt_arabic"),
        // An outlet named after a city is no city.
        // The head and its name in brackets are one mention, as in quotes.
        ("وقال المسؤول لموقع (كركوك ناو) إن", "موقع (كركوك ناو)=kirkuk_now"),
        ("في بيان تلقت موازين نيوز نسخة منه", "موازين نيوز=mawazin_news"),
        // «الإخوان» alone is the Brotherhood; a quoted «الدفاع الوطني» after
        // «لـ» is the militia, the ministry's words are not.
        ("ويصف «الإخوان» بالتنظيم الشيطاني", "الإخوان=muslim_brotherhood"),
        ("أثناء مرور عربة لـ”الدفاع الوطني”", "الدفاع الوطني=ndf"),
        ("وقال وزير الدفاع الوطني إن", ""),
        // «الائتلاف» is the coalition after it, the Syrian opposition's
        // coalition after that.
        ("قال التحالف الدولي إن الحملة السنوية للائتلاف نجحت", "التحالف الدولي=coalition لائتلاف=coalition"),
        (
            "وقال رئيس الائتلاف الوطني السوري إن الائتلاف يرفض",
            "الائتلاف الوطني السوري=syrian_national_coalition الائتلاف=syrian_national_coalition",
        ),
        ("وشاركت وحدات حماية المرأة في المعركة", "وحدات حماية المرأة=ypj"),
        // The UN mission in Iraq, under its full names and its acronym.
        ("أعلنت بعثة الأمم المتحدة لمساعدة العراق (يونامي) أن", "بعثة الأمم المتحدة لمساعدة العراق=unami يونامي=unami"),
        ("وذكرت بعثة الأمم المتحدة في العراق أن", "بعثة الأمم المتحدة في العراق=unami"),
        // Ministries of the states that bring their people home, with or
        // without «وزارة»; aid and monitoring bodies.
        ("وأعلنت وزارة الخارجية الألمانية أن", "وزارة الخارجية الألمانية=germany_mfa"),
        ("وقالت الخارجية الفرنسية في بيان", "الخارجية الفرنسية=france_mfa"),
        ("وذكرت منظمة أطباء بلا حدود أن", "منظمة أطباء بلا حدود=msf"),
        ("وأوردت منظمة أنقذوا الأطفال في تقرير", "أنقذوا الأطفال=save_the_children"),
        ("وبحسب مجموعة إيروورز للمراقبة", "إيروورز=airwars"),
        // Not the outlet: Russia, then «today».
        ("أعلنت روسيا اليوم الاثنين", "روسيا=russia"),
    ]);
}

#[test]
fn a_name_that_needs_context_takes_it_from_a_list_it_closes() {
    check_all(&[
        // A town whose name is also a common word, after a word that
        // announces it, or joined by «و» to a place before it.
        ("وصلت القوات إلى مدينة القائم", "القائم=al_qaim"),
        ("قصفت الطائرات الرمادي والقائم", "الرمادي=ramadi القائم=al_qaim"),
        ("قصفت الطائرات الرمادي و القائم", "الرمادي=ramadi القائم=al_qaim"),
        // An organization joined to an organization.
        ("في الحرب على داعش و القاعدة", "داعش=isis القاعدة=al_qaeda"),
        // The word before may govern a «من» phrase, the name in quotes.
        ("قتل 4 عناصر من “الدفاع الوطني” في المدينة", "الدفاع الوطني=ndf"),
        ("وقال الدفاع الوطني", ""),
        ("واعتقلت الأساييش خمسة مشتبهين", "الأساييش=asayish"),
        // Alone, or after a name of another type, the common word stays one.
        ("وقال القائم بأعمال السفارة", ""),
        ("وصلت القوات إلى الرقة والقاعدة العسكرية", "الرقة=raqqa"),
        ("وأكد أنتوني بلينكن والقائم بالأعمال", "أنتوني بلينكن=blinken"),
    ]);
}

#[test]
fn a_name_that_needs_context_takes_it_from_a_list_it_opens() {
    check_all(&[
        // A place of the same type ahead in the list, past words unknown.
        ("غارات قرب القائم والموصل", "القائم=al_qaim الموصل=mosul"),
        ("اشتباكات في القائم والكرابلة والرطبة", "القائم=al_qaim الرطبة=rutba"),
        ("نزحت عائلات من مدن الهول والرقة", "الهول=al_hol_town الرقة=raqqa"),
        ("وصلت الحافلات إلى ناحية الهول", "الهول=al_hol_town"),
        // A town named by a common word (الباب: the door) after a word of
        // a place only.
        ("وقعت غارة قرب مدينة الباب شرقي حلب", "الباب=al_bab حلب=aleppo"),
        ("وفتح الباب أمام المفاوضات في حلب", "حلب=aleppo"),
        // The camp keeps its own name.
        ("نقلوا إلى مخيم الهول والرقة", "مخيم الهول=al_hol_camp الرقة=raqqa"),
        // A word describing the noun before it, or a list of another type.
        ("الوضع القائم والرقة", "الرقة=raqqa"),
        ("القائم بأعمال السفارة والموصل", "الموصل=mosul"),
        ("وصلت إلى الهول والقامشلي", "القامشلي=qamishli"),
    ]);
}

#[test]
fn the_leaders_of_isis_after_baghdadi_under_their_spellings() {
    check_all(&[
        // «أبو» glued to the article of the name; القريشي for القرشي.
        ("أعلن التنظيم مقتل زعيمه أبوالحسن القريشي", "أبوالحسن القريشي=abu_hasan_qurashi"),
        ("وبايع أبو الحسين الحسيني خليفة", "أبو الحسين الحسيني=abu_hussein_qurashi"),
        (
            "وقال المتحدث أبو حذيفة الأنصاري إن أبو حفص الهاشمي القرشي قائد جديد",
            "أبو حذيفة الأنصاري=abu_hudhayfa_ansari أبو حفص الهاشمي القرشي=abu_hafs_qurashi",
        ),
        // A short form after the full name in the document.
        (
            "قتل أبو إبراهيم الهاشمي القرشي في أطمة، وكان أبو إبراهيم قد",
            "أبو إبراهيم الهاشمي القرشي=abu_ibrahim_qurashi أبو إبراهيم=abu_ibrahim_qurashi",
        ),
    ]);
}

#[test]
fn the_euphrates_alone_is_the_river_after_a_preposition_or_its_banks_not_in_an_operation() {
    check_all(&[
        ("انسحبت القوات إلى شرق الفرات ووادي الفرات", "الفرات=euphrates الفرات=euphrates"),
        ("على ضفاف الفرات وفي نهر الفرات", "الفرات=euphrates نهر الفرات=euphrates"),
        ("في مناطق عمليتي غصن الزيتون ودرع الفرات", ""),
    ]);
}

#[test]
fn towns_named_by_common_words_need_the_word_of_a_town() {
    check_all(&[
        ("اشتباكات في بلدة الزر وناحية الصور", "الزر=al_zir الصور=al_sur"),
        ("على طريق البصيرة والشحيل", "البصيرة=busayrah الشحيل=shuhayl"),
        ("داهمت القوات بلدة السوسة", "السوسة=sousa"),
        // The same words as common nouns: pictures, a button, insight.
        ("ونشر الصور بعد الضغط على الزر", ""),
        ("قالها عن البصيرة والحكمة", ""),
        // Bodies of the region that hold a place's name are one name.
        ("وأعلن مجلس دير الزور العسكري", "مجلس دير الزور العسكري=deir_ezzor_military_council"),
        ("قال مجلس منبج العسكري", "مجلس منبج العسكري=manbij_military_council"),
    ]);
}

#[test]
fn internal_security_forces_are_the_asayish_unless_a_state_is_named() {
    check_all(&[
        ("وقالت قوى الأمن الداخلي في شمال وشرق سوريا إن", "قوى الأمن الداخلي=asayish سوريا=syria"),
        ("وقالت قوى الأمن الداخلي اللبنانية إن", "قوى الأمن الداخلي اللبنانية=lebanon_isf"),
        ("تدريب أفراد قوى الأمن الداخلي العراقية", "قوى الأمن الداخلي العراقية=iraq_internal_security"),
    ]);
}

#[test]
fn the_kurdistan_region_and_its_government_by_their_adjective() {
    check_all(&[
        ("وأعلنت حكومة الإقليم الكردي أن", "حكومة الإقليم الكردي=krg"),
        ("ونزح آلاف إلى الإقليم الكوردي المجاور", "الإقليم الكوردي=kurdistan_region"),
    ]);
}

#[test]
fn a_channel_sharing_a_towns_name_after_its_reporter() {
    check_all(&[
        ("وأفاد مراسل الميادين بأن الاشتباكات مستمرة", "الميادين=al_mayadeen"),
        ("وسيطرت القوات على مدينة الميادين شرق دير الزور", "الميادين=mayadin دير الزور=deir_ezzor"),
    ]);
}

#[test]
fn the_development_agencies_of_the_un_and_the_united_states() {
    check_all(&[
        ("وقال برنامج الأمم المتحدة الإنمائي إن", "برنامج الأمم المتحدة الإنمائي=undp"),
        ("وساهمت الوكالة الأميركية للتنمية الدولية بمبلغ", "الوكالة الأميركية للتنمية الدولية=usaid"),
    ]);
}

#[test]
fn a_militia_after_its_kind_in_either_spelling() {
    check_all(&[
        ("وقتل ثلاثة من مليشيا الدفاع الوطني", "مليشيا الدفاع الوطني=ndf"),
        ("وقتل ثلاثة من ميليشيا الدفاع الوطني", "ميليشيا الدفاع الوطني=ndf"),
    ]);
}

#[test]
fn iraqi_services_spokesmen_and_a_european_channel() {
    check_all(&[
        ("أعلن جهاز الأمن الوطني العراقي اعتقال مطلوب", "جهاز الأمن الوطني العراقي=iraq_nss"),
        ("وقال خبير ليورونيوز إن الوضع خطير", "يورونيوز=euronews"),
        ("وقال يحيى رسول إن القوات تقدمت", "يحيى رسول=yahya_rasool"),
        ("وقال يحيي رسول إن القوات تقدمت", "يحيي رسول=yahya_rasool"),
        ("وأكد تحسين الخفاجي أن العمليات مستمرة", "تحسين الخفاجي=tahsin_al_khafaji"),
        ("وأعلن عبدالوهاب الساعدي انتهاء العملية", "عبدالوهاب الساعدي=abdul_wahab_al_saadi"),
        ("وقالت وزارة العدل العراقية إن السجناء نقلوا", "وزارة العدل العراقية=iraq_moj"),
        ("بحسب الشبكة السورية لحقوق الإنسان", "الشبكة السورية لحقوق الإنسان=snhr"),
    ]);
}

#[test]
fn syrian_state_television_its_news_channel_and_a_doubled_lam() {
    check_all(&[
        ("وأعلن التلفزيون السوري مقتل عشرة مدنيين", "التلفزيون السوري=syrian_state_tv"),
        ("وبث التليفزيون السوري صورا للهجوم", "التليفزيون السوري=syrian_state_tv"),
        ("وذكرت قناة الإخبارية السورية أن", "قناة الإخبارية السورية=al_ikhbariya"),
        ("وقال الجنرال مايكل كوريللا إن", "مايكل كوريللا=michael_kurilla"),
    ]);
}

#[test]
fn a_spokesman_by_his_surname_once_named_in_full() {
    check_all(&[("قال مصطفى بالي إن المعارك مستمرة. وأضاف بالي أن القوات تقدمت", "مصطفى بالي=mustafa_bali بالي=mustafa_bali")]);
}

#[test]
fn iraqs_national_security_adviser() {
    check_all(&[("وقال قاسم الأعرجي إن السجون آمنة. وأضاف الأعرجي أن", "قاسم الأعرجي=araji الأعرجي=araji")]);
}

#[test]
fn syrian_outlets_a_hasakah_quarter_and_american_special_forces() {
    check_all(&[
        ("ذكر موقع أوغاريت بوست أن الاشتباكات تجددت", "أوغاريت بوست=ugarit_post"),
        ("وبحسب بروكار برس فإن القصف استمر", "بروكار برس=brocar_press"),
        ("واندلعت اشتباكات في حي غويران بالحسكة", "غويران=ghwayran الحسكة=hasakah"),
        ("ونفذت قوة دلتا عملية إنزال", "قوة دلتا=delta_force"),
        ("وتخرج من جامعة بغداد عام 1996", "جامعة بغداد=baghdad_university"),
        ("وعاد الطلاب إلى جامعة الموصل", "جامعة الموصل=mosul_university"),
    ]);
}

#[test]
fn the_islamic_military_coalition_is_not_the_coalition_against_isis() {
    check_all(&[
        ("وانضمت 41 دولة إلى التحالف العسكري الإسلامي", "التحالف العسكري الإسلامي=imctc"),
        (
            "وأعلن التحالف الإسلامي العسكري لمحاربة الإرهاب خطة جديدة. وقال التحالف إن",
            "التحالف الإسلامي العسكري لمحاربة الإرهاب=imctc التحالف=imctc",
        ),
        ("وقال التحالف الدولي إن الغارات مستمرة. وأضاف التحالف أن", "التحالف الدولي=coalition التحالف=coalition"),
    ]);
}

#[test]
fn the_refugee_agency_and_the_humanitarian_office_under_their_names() {
    check_all(&[
        ("وقالت المفوضية العليا لشؤون اللاجئين إن", "المفوضية العليا لشؤون اللاجئين=unhcr"),
        ("وتوقعت المفوضية العليا للاجئين أن", "المفوضية العليا للاجئين=unhcr"),
        ("وأكدت مفوضية الأمم المتحدة العليا لشؤون اللاجئين أن", "مفوضية الأمم المتحدة العليا لشؤون اللاجئين=unhcr"),
        ("وقالت وكالة الأمم المتحدة للاجئين إن", "وكالة الأمم المتحدة للاجئين=unhcr"),
        ("وذكر مكتب الأمم المتحدة للشؤون الإنسانية أن", "مكتب الأمم المتحدة للشؤون الإنسانية=ocha"),
    ]);
}

#[test]
fn the_coalitions_task_force_under_both_words_for_its_missions() {
    check_all(&[
        ("وقالت قوة المهام المشتركة في بيان", "قوة المهام المشتركة=cjtf_oir"),
        ("وقالت قوة المهمات المشتركة في بيان", "قوة المهمات المشتركة=cjtf_oir"),
    ]);
}

#[test]
fn each_name_after_a_places_head_in_the_dual_is_that_heads_place() {
    check_all(&[
        ("تسلمت روسيا أطفالا من مخيمي الهول وروج في الحسكة", "روسيا=russia الهول=al_hol_camp روج=roj_camp الحسكة=hasakah"),
        ("نقلت النساء من مخيمي روج و الهول", "روج=roj_camp الهول=al_hol_camp"),
    ]);
}

#[test]
fn the_raqqa_teams_that_recover_the_dead() {
    check_all(&[
        ("انتشل فريق الاستجابة الأولية جثثا جديدة", "فريق الاستجابة الأولية=raqqa_first_response_team"),
        ("وقال فريق الإستجابة الأولي إن العمل مستمر", "فريق الإستجابة الأولي=raqqa_first_response_team"),
    ]);
}

#[test]
fn the_bounty_programme_of_the_state_department() {
    check_all(&[
        ("وعرض برنامج المكافآت من أجل العدالة مبلغا كبيرا", "برنامج المكافآت من أجل العدالة=rewards_for_justice"),
        ("حسبما أعلن برنامج مكافآت من أجل تحقيق العدالة اليوم", "برنامج مكافآت من أجل تحقيق العدالة=rewards_for_justice"),
    ]);
}

#[test]
fn red_crescents_and_the_agencies_of_the_united_nations() {
    check_all(&[
        ("ونقل الهلال الأحمر الكردي 12 جريحا", "الهلال الأحمر الكردي=kurdish_red_crescent"),
        ("وأرسل الهلال الأحمر العربي السوري قافلة", "الهلال الأحمر العربي السوري=sarc"),
        ("ووزعت جمعية الهلال الأحمر العراقي المساعدات", "جمعية الهلال الأحمر العراقي=iraqi_red_crescent"),
        ("وذكرت وكالات أممية أن القتال مستمر", "وكالات أممية=un"),
        ("وتقدم الجيش السوري الوطني نحو البلدة", "الجيش السوري الوطني=sna"),
    ]);
}

#[test]
fn the_office_that_rescues_kidnapped_yazidis() {
    check_all(&[
        ("وأعلن مكتب إنقاذ المختطفين الإيزيديين تحرير فتاة", "مكتب إنقاذ المختطفين الإيزيديين=yazidi_rescue_office"),
        // Its name holds ISIS's, which is no mention of its own there.
        ("وقال مكتب إنقاذ المخطوفين على يد داعش إن العمل مستمر", "مكتب إنقاذ المخطوفين على يد داعش=yazidi_rescue_office"),
    ]);
}

#[test]
fn leaders_and_factions_of_the_popular_mobilization() {
    check_all(&[
        ("والتقى هادي العامري بنائب رئيس الهيئة أبو مهدي المهندس", "هادي العامري=hadi_al_amiri أبو مهدي المهندس=abu_mahdi_al_muhandis"),
        ("وقال رئيس الهيئة فالح الفياض إن قوات بدر تقدمت", "فالح الفياض=falih_al_fayyadh قوات بدر=badr_organization"),
        ("وأعلنت حزب الله النجباء مقتل عنصرين", "حزب الله النجباء=harakat_al_nujaba"),
    ]);
}

#[test]
fn each_entity_of_the_gazetteer_is_written_once() {
    // A second entry with the same id would merge into the first (what a
    // user file extending the gazetteer relies on); in the shipped file it
    // is an entry written twice, its aliases split between two places.
    let mut seen = std::collections::HashSet::new();
    let ids = khabar_entities::DEFAULT_GAZETTEER.lines().filter_map(|line| line.strip_prefix("id = \"")?.strip_suffix('"'));
    let repeated: Vec<&str> = ids.filter(|id| !seen.insert(*id)).collect();
    assert!(repeated.is_empty(), "ids written twice: {repeated:?}");
    assert!(seen.len() > 500, "the ids were not read: {}", seen.len());
}
