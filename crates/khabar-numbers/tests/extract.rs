//! Table-driven tests of the extractor. Quantities are written
//! `text=value kind[/unit][ qualifier][ #counted]`, dates `text@iso`, in
//! text order, separated by ` | `.

use khabar_numbers::{Extractor, Quantity};

fn show_quantity(text: &str, q: &Quantity) -> String {
    let value = q.value.map_or("?".to_string(), |v| if v.fract() == 0.0 { format!("{}", v as i64) } else { format!("{v}") });
    let mut s = format!("{}={} {}", &text[q.span.range()], value, q.kind.as_str());
    if let Some(u) = &q.unit {
        s.push('/');
        s.push_str(u);
    }
    if let Some(qual) = q.qualifier {
        s.push(' ');
        s.push_str(qual.as_str());
    }
    if let Some(c) = &q.counted {
        s.push_str(" #");
        s.push_str(c);
    }
    s
}

fn check(extractor: &Extractor, input: &str, expect: &str) {
    let found = extractor.extract(input);
    let mut items: Vec<(usize, String)> = found.quantities.iter().map(|q| (q.span.start, show_quantity(input, q))).collect();
    items.extend(found.dates.iter().map(|d| (d.span.start, format!("{}@{}", &input[d.span.range()], d.iso))));
    items.sort();
    let got: Vec<String> = items.into_iter().map(|(_, s)| s).collect();
    assert_eq!(got.join(" | "), expect, "input: {input:?}");
}

fn check_all(cases: &[(&str, &str)]) {
    let extractor = Extractor::default();
    for (input, expect) in cases {
        check(&extractor, input, expect);
    }
}

#[test]
fn digits_and_separators() {
    check_all(&[
        ("نحو 2,6 ألف موقع", "2,6 ألف=2600 cardinal about #موقع"),
        // A number with the article after a definite plural counts it, not
        // the verb after it.
        ("وأضاف أن الضربات الأربع نفذت قرب ثلاث مدن", "الأربع=4 cardinal #ضربة | ثلاث=3 cardinal #مدينة"),
        // «most of them» after a number counts nothing.
        ("فر أكثر من 60 ألفًا معظمهم مدنيون", "60 ألفًا=60000 cardinal more_than"),
        ("أكثر من 1,5 مليون لاجئ", "1,5 مليون=1500000 cardinal more_than #لاجئ"),
        ("حررنا 7.7 مليون شخصا", "7.7 مليون=7700000 cardinal #شخص"),
        ("110.000 كيلومتر مربع", "110.000 كيلومتر مربع=110000 measure/km2"),
        ("نحو 9،2 مليون نسمة", "9،2 مليون=9200000 cardinal about #نسمة"),
        ("قرابة 400،000 لاجئ", "400،000=400000 cardinal about #لاجئ"),
        ("تبرع بـ$10,000 فقط", "$10,000=10000 money/USD"),
        ("43.3 مليار دولار", "43.3 مليار دولار=43300000000 money/USD"),
        ("قتل ٣٥ مدنياً", "٣٥=35 cardinal #مدني"),
        ("نزح ۱۲۰۰ شخص", "۱۲۰۰=1200 cardinal #شخص"),
        ("بلغ ١٬٠٠٠٫٥ طن", "١٬٠٠٠٫٥ طن=1000.5 measure/t"),
    ]);
}

#[test]
fn number_words_scales_and_duals() {
    check_all(&[
        ("قتل ثلاثة وعشرون مقاتلا", "ثلاثة وعشرون=23 cardinal #مقاتل"),
        ("مئة وخمسون عائلة", "مئة وخمسون=150 cardinal #عائلة"),
        // وأحد read whole is واحد; after a hundred it is و + أحد of a teen.
        ("مائة وأحد عشر قتيلا", "مائة وأحد عشر=111 cardinal #قتيل"),
        ("ألف وأحد عشر لاجئا", "ألف وأحد عشر=1011 cardinal #لاجئ"),
        ("أسر مائتين من عناصره", "مائتين=200 cardinal"),
        // The construct state of the dual hundred (مائتي شخص).
        ("أصيب مائتي شخص", "مائتي=200 cardinal #شخص"),
        ("قتل مئتي مدني", "مئتي=200 cardinal #مدني"),
        ("خمسة آلاف مقاتل", "خمسة آلاف=5000 cardinal #مقاتل"),
        ("أربعة ألوف نازح", "أربعة ألوف=4000 cardinal #نازح"),
        ("نزح ألوف المدنيين", "ألوف=? vague #مدني"),
        ("عشرات الألوف من السكان", "عشرات الألوف=? vague"),
        ("عشرة ملايين دولار", "عشرة ملايين دولار=10000000 money/USD"),
        ("أسرت نحو ألف مقاتل", "ألف=1000 cardinal about #مقاتل"),
        ("ألفين من المدنيين", "ألفين=2000 cardinal"),
        ("مليونين ونصف", "مليونين ونصف=2500000 cardinal"),
        ("نصف مليون نازح", "نصف مليون=500000 cardinal #نازح"),
        ("وإصابة 21 ألفًا منذ بداية المعارك", "21 ألفًا=21000 cardinal"),
        ("من بينهم 70 ألفا إلى الساحل", "70 ألفا=70000 cardinal"),
        ("ثلاث مئة شخص", "ثلاث مئة=300 cardinal #شخص"),
        ("أحد عشر جنديا", "أحد عشر=11 cardinal #جندي"),
        ("ألف ألف", "ألف ألف=1000000 cardinal"),
        ("يضم المخيم 62 ألفاً و400 شخص", "62 ألفاً و400=62400 cardinal #شخص"),
        ("3 آلاف و500 مقاتل", "3 آلاف و500=3500 cardinal #مقاتل"),
        ("قدمت ملياري دولار", "ملياري دولار=2000000000 money/USD"),
        // Trillions, in both spellings and their plurals and duals.
        ("بلغت 3 ترليونات ليرة سورية", "3 ترليونات ليرة سورية=3000000000000 money/SYP"),
        ("خصصت تريليوني دولار", "تريليوني دولار=2000000000000 money/USD"),
        ("نزح مليون ونصف شخص", "مليون ونصف=1500000 cardinal #شخص"),
        // The scale named again after the half is the number's.
        ("و2 مليون ونصف المليون", "2 مليون ونصف المليون=2500000 cardinal"),
        ("عاد مليونان ونصف المليون نازح", "مليونان ونصف المليون=2500000 cardinal #نازح"),
        ("قتل 3 ملايين ونصف مليون شخص", "3 ملايين ونصف مليون=3500000 cardinal #شخص"),
        ("ألف ونصف", "ألف ونصف=1500 cardinal"),
        ("عدد سكان المليون", ""),
    ]);
}

#[test]
fn vague_amounts_have_no_value() {
    check_all(&[
        ("بمقتل مئات المدنيين", "مئات=? vague #مدني"),
        ("حرم التنظيم من ملايين الدولارات", "ملايين الدولارات=? vague/USD"),
        ("فر آلاف السكان", "آلاف=? vague #سكان"),
        ("عشرات القتلى", "عشرات=? vague #قتيل"),
    ]);
}

#[test]
fn percent_money_measures() {
    check_all(&[
        ("أكثر من 65 بالمئة من النازحين", "65 بالمئة=65 percent/percent more_than"),
        ("نحو 40 بالمائة", "40 بالمائة=40 percent/percent about"),
        ("ارتفعت بنسبة 12 في المئة", "12 في المئة=12 percent/percent"),
        ("32% منهم من النساء", "32%=32 percent/percent"),
        // The currency with the article after «من».
        ("رصدت سبعة ملايين من الدولارات للمكافأة", "سبعة ملايين من الدولارات=7000000 money/USD"),
        ("قتل 5 من المدنيين", "5=5 cardinal"),
        // «كمية» (a quantity) is no «ك» before «مية» (a hundred).
        ("وضبط كمية كبيرة من الذخيرة", ""),
        // A conjunction of time is no counted noun.
        ("وأصيب 58 عندما انفجرت سيارة", "58=58 cardinal"),
        ("٣٢٪ منهم", "٣٢٪=32 percent/percent"),
        // The sign written first, as read right to left; a sign glued to
        // the number before stays that number's.
        ("دمر %70 من المباني", "%70=70 percent/percent"),
        ("نحو ٪٤٥ من السكان", "٪٤٥=45 percent/percent about"),
        ("بلغت 50% 90 منها", "50%=50 percent/percent | 90=90 cardinal"),
        ("دولار واحد شهريًا", "دولار واحد=1 money/USD"),
        ("أكثر من 31 مليون دولار كمساعدات", "31 مليون دولار=31000000 money/USD more_than"),
        ("500 ألف ليرة سورية", "500 ألف ليرة سورية=500000 money/SYP"),
        ("20 مليون يورو", "20 مليون يورو=20000000 money/EUR"),
        ("مليار دينار عراقي", "مليار دينار عراقي=1000000000 money/IQD"),
        ("110 آلاف كم من داعش", "110 آلاف كم=110000 measure/km"),
        ("مساحة 5 كيلومترات مربعة", "5 كيلومترات مربعة=5 measure/km2"),
        ("على بعد 30 كلم", "30 كلم=30 measure/km"),
        ("100 ألف برميل يوميا", "100 ألف برميل=100000 measure/barrel"),
    ]);
}

#[test]
fn durations() {
    check_all(&[
        ("قبل عامين، خسر داعش", "عامين=2 duration/year"),
        ("إنجازات عاميه الأخيرين", "عاميه=2 duration/year"),
        ("على مدى العامين الأخيرين", "العامين=2 duration/year"),
        ("قبل ستة أعوام من هذا الأسبوع", "ستة أعوام=6 duration/year"),
        ("عذاب السنوات الست الماضية", "السنوات الست=6 duration/year"),
        ("سجن 53 سنة", "53 سنة=53 duration/year"),
        ("خلال ثلاثة أشهر", "ثلاثة أشهر=3 duration/month"),
        ("منذ شهرين", "شهرين=2 duration/month"),
        ("بعد سنتين", "سنتين=2 duration/year"),
        ("استمرت المعركة 45 يوما", "45 يوما=45 duration/day"),
        // A lone unit is one of it after a qualifier; alone it tells
        // when, not how long.
        ("نحو عام", "عام=1 duration/year about"),
        ("أكثر من شهر", "شهر=1 duration/month more_than"),
        ("قرابة قرن", "قرن=1 duration/century about"),
        ("منذ عام", ""),
        ("قبل أسبوع،", ""),
        ("خلال أسبوع", ""),
        // A weak verb's perfect plural is no counted noun.
        ("و4 آلاف و700 أتوا من الجمهوريات", "4 آلاف و700=4700 cardinal"),
        // Not durations: the adjective "general", a weekday, a year.
        ("الأمين العام للأمم المتحدة", ""),
        ("بشكل عام", ""),
        ("يوم السبت", ""),
    ]);
}

#[test]
fn ordinals() {
    check_all(&[
        ("بمناسبة الذكرى الثانية لهزيمة", "الثانية=2 ordinal"),
        ("في اجتماع هو الأول من نوعه", "الأول=1 ordinal"),
        ("نفذت أولى غاراتها", "أولى=1 ordinal"),
        ("للمرة الثالثة", "الثالثة=3 ordinal"),
        ("القرن الحادي والعشرين", "الحادي والعشرين=21 ordinal"),
        ("الجولة الحادية عشرة", "الحادية عشرة=11 ordinal"),
        ("الدورة الثالثة عشره", "الثالثة عشره=13 ordinal"),
        ("الذكرى الواحدة والعشرين", "الواحدة والعشرين=21 ordinal"),
        ("في دورتها الإحدى والثلاثين", "الإحدى والثلاثين=31 ordinal"),
        // Alone, الواحدة is "the single one", no rank.
        ("الدولة الواحدة", ""),
        ("الحرب العالمية الثانية", "الثانية=2 ordinal"),
        // The hour of a clock is no ordinal: it is a time.
        ("في الساعة الثالثة فجرا", "الساعة الثالثة فجرا@T03:00"),
        // Month names that end in an ordinal are dates.
        ("في كانون الأول", "كانون الأول@--12"),
        ("في تشرين الثاني 2019", "تشرين الثاني 2019@2019-11"),
        // «أولي» with yeh is "preliminary" where the text writes alef
        // maqsura elsewhere; where it never does, or after a feminine noun,
        // it is the ordinal.
        ("صدر حكم أولي على المتهم", ""),
        ("وأظهرت النتائج الأولية أن الحصيلة ارتفعت", ""),
        ("انتهت المرحلة الأولي من العملية", "الأولي=1 ordinal"),
        ("في مرحلتها الأولي على الأرجح", "الأولي=1 ordinal"),
        ("خلال الأيام الأولي من الحرب", "الأولي=1 ordinal"),
    ]);
}

#[test]
fn qualifiers() {
    check_all(&[
        ("أكثر من 180 قائدا", "180=180 cardinal more_than #قائد"),
        ("ما يزيد عن 500 عنصر", "500=500 cardinal more_than #عنصر"),
        ("ما يزيد على 500 عنصر", "500=500 cardinal more_than #عنصر"),
        ("ما لا يقل عن 12 مدنيا", "12=12 cardinal at_least #مدني"),
        ("نحو 11 ألف مقاتل", "11 ألف=11000 cardinal about #مقاتل"),
        ("حوالي 8 ملايين شخص", "8 ملايين=8000000 cardinal about #شخص"),
        ("قرابة 300 شخص", "300=300 cardinal about #شخص"),
        ("ما يقرب من 70 قرية", "70=70 cardinal about #قرية"),
        ("أقل من 10 دول", "10=10 cardinal less_than #دولة"),
        ("وأكثر من 60 دولة", "60=60 cardinal more_than #دولة"),
        ("10 آلاف تقريبا", "10 آلاف=10000 cardinal about"),
        ("5 قتلى على الأقل", "5=5 cardinal at_least #قتيل"),
        ("قرابة الـ 200 عنصر", "200=200 cardinal about #عنصر"),
        ("ما يزيد على الـ70 قتيلاً", "70=70 cardinal more_than #قتيل"),
        // After a partitive «من» phrase of what is counted.
        ("اعتقل ثلاثة آلاف من عناصر التنظيم على الأقل", "ثلاثة آلاف=3000 cardinal at_least"),
        ("قتل 40 من المسلحين على الأقل", "40=40 cardinal at_least"),
        ("قتل 40 من المسلحين في القرية على الأقل", "40=40 cardinal"),
    ]);
}

#[test]
fn years_of_age_are_a_measure() {
    check_all(&[
        ("انتقل إلى بغداد في سن 18 عاما", "18 عاما=18 measure/age_years"),
        ("رجل يبلغ من العمر 45 عاما", "45 عاما=45 measure/age_years"),
        ("طفل بعمر 12 عاما", "12 عاما=12 measure/age_years"),
        ("وطفلة تبلغ 9 أعوام من العمر", "9 أعوام=9 measure/age_years"),
        // Years of something else stay a duration.
        ("قضى 18 عاما في السجن", "18 عاما=18 duration/year"),
    ]);
}

#[test]
fn a_figure_listed_after_money_is_money() {
    check_all(&[
        ("رصدت 300 مليون دولار للإعمار، و120 مليون للمساعدات", "300 مليون دولار=300000000 money/USD | 120 مليون=120000000 money/USD"),
        ("دفعت 20 مليون يورو وخمسة ملايين أخرى", "20 مليون يورو=20000000 money/EUR | خمسة ملايين=5000000 money/EUR"),
        // The amount money went down or up to.
        ("انخفض الدعم من 90 مليون دولار إلى 72.5 مليون", "90 مليون دولار=90000000 money/USD | 72.5 مليون=72500000 money/USD"),
        ("وارتفع الإنفاق إلى 3 مليارات يورو ثم تراجع حتى 2.4 مليار", "3 مليارات يورو=3000000000 money/EUR | 2.4 مليار=2400000000 money/EUR"),
        // What it is for glued to «ل» after it; the amount it had been; a
        // part of it.
        ("رصدت 640 مليون دولار للجيش، و210 ملايين لبرنامج التدريب", "640 مليون دولار=640000000 money/USD | 210 ملايين=210000000 money/USD"),
        ("وصلت المنحة إلى 90 مليون دولار بعدما كانت 120 مليونا", "90 مليون دولار=90000000 money/USD | 120 مليونا=120000000 money/USD"),
        ("خصصت 700 مليون يورو منها 250 مليونا لقوات الأمن", "700 مليون يورو=700000000 money/EUR | 250 مليونا=250000000 money/EUR"),
        // Not a figure of something else, a small number, or one in the
        // next sentence.
        ("قدمت 5 ملايين دولار و3 آلاف خيمة", "5 ملايين دولار=5000000 money/USD | 3 آلاف=3000 cardinal #خيمة"),
        ("دفعت 5 ملايين دولار و12 شركة", "5 ملايين دولار=5000000 money/USD | 12=12 cardinal #شركة"),
        ("دفعت 5 ملايين دولار. و20 ألفا في المخيم", "5 ملايين دولار=5000000 money/USD | 20 ألفا=20000 cardinal"),
    ]);
}

#[test]
fn counted_nouns_reduced_to_the_singular() {
    check_all(&[
        ("أكثر من 90 فرعا للبنوك", "90=90 cardinal more_than #فرع"),
        ("حرمان 20 إرهابيًا الملاذ", "20=20 cardinal #إرهابي"),
        ("المؤلف من 83 عضوا", "83=83 cardinal #عضو"),
        ("شارك فيه 46 بلداً", "46=46 cardinal #بلد"),
        ("والدول الـ83 الأعضاء", "83=83 cardinal #دولة"),
        ("الفصائل الـ12", "12=12 cardinal #فصيل"),
        ("بمناسبة الذكرى الـ12 للثورة", "12=12 ordinal"),
        // The article elided after «ل» ranks too; so does «الـ» with nothing
        // after it to count, whatever stands before.
        ("وللمرة الـ4 خلال شهر", "4=4 ordinal"),
        ("وهي تعد الـ31 من نوعها", "31=31 ordinal"),
        ("وجاءت بذلك الـ7.", "7=7 ordinal"),
        ("قتل 7 مدنيين", "7=7 cardinal #مدني"),
        ("شن 3 غارات", "3=3 cardinal #غارة"),
        ("تدمير 4 سيارات", "4=4 cardinal #سيارة"),
        ("إصابة 5 أطفال", "5=5 cardinal #طفل"),
        ("تخرج 1005 طالب", "1005=1005 cardinal #طالب"),
        // A verb or a conjunction after the number is no counted noun.
        ("قتل 5 وأصيب 10", "5=5 cardinal | 10=10 cardinal"),
        ("نحو 50 ألفا يعيشون في المخيم", "50 ألفا=50000 cardinal about"),
        // A preposition glued to a plural opens a phrase: the noun is left
        // out (15 قتلوا بعمليات), unless the whole word is a noun (بلدات).
        ("و12 بعمليات للجيش", "12=12 cardinal"),
        ("سقط 9 بهجمات متفرقة", "9=9 cardinal"),
        ("وإصابة أكثر من 60 بجروح متفاوتة", "60=60 cardinal more_than"),
        // A definite compound: both words take the article.
        ("خلال الأربع والعشرين ساعة الماضية", "الأربع والعشرين ساعة=24 duration/hour"),
        ("في الثلاثة والثلاثين يوما الأخيرة", "الثلاثة والثلاثين يوما=33 duration/day"),
        ("سيطروا على 15 بلدات", "15=15 cardinal #بلدة"),
    ]);
}

#[test]
fn dates_and_times() {
    check_all(&[
        ("22.03.2017 | 21:38", "22.03.2017@2017-03-22 | 21:38@T21:38"),
        // Bylines that set the month's name between dashes or slashes.
        ("آخر تحديث: 7 - مارس - 2024", "7 - مارس - 2024@2024-03-07"),
        ("نشر بتاريخ 30/نوفمبر/2023", "30/نوفمبر/2023@2023-11-30"),
        // «م» and «ص» after a clock time, or a part of the day, place it.
        ("آخر تحديث: 4:41 م", "4:41 م@T16:41"),
        ("نشر 9:10 ص", "9:10 ص@T09:10"),
        ("الساعة 8:05 مساء", "8:05 مساء@T20:05"),
        // The Latin marks of a byline, in any case.
        ("تحديث 07-05-2019 11:40 PM", "07-05-2019@2019-05-07 | 11:40 PM@T23:40"),
        ("نشر 10:05 am", "10:05 am@T10:05"),
        // Latin bylines.
        ("تاريخ النشر: 11th, December 2024 GMT", "11th, December 2024@2024-12-11"),
        ("Published on 3 March 2021", "3 March 2021@2021-03-03"),
        ("Updated December 5, 2020", "December 5, 2020@2020-12-05"),
        ("May God help", ""),
        ("في 22/03/2017", "22/03/2017@2017-03-22"),
        ("بتاريخ 2017-03-22", "2017-03-22@2017-03-22"),
        // Hyphens with spaces about them, on one line; a range of two
        // numbers is no date.
        ("نشر بتاريخ 05-11- 2023", "05-11- 2023@2023-11-05"),
        ("17 - 06 - 2024\nالعنوان", "17 - 06 - 2024@2024-06-17"),
        // A date with «/» opening a line, a dash and a clock time after it.
        ("العنوان\n18/07/2015 - 11:42\nقتل 5 أشخاص", "18/07/2015@2015-07-18 | 11:42@T11:42 | 5=5 cardinal #شخص"),
        ("قتل 10 - 12 مدنيا", "10=10 cardinal #مدني | 12=12 cardinal #مدني"),
        ("منذ 10 أيلول 2014", "10 أيلول 2014@2014-09-10"),
        ("عقد في 21 تموز 2016،", "21 تموز 2016@2016-07-21"),
        ("في كانون الثاني 2015", "كانون الثاني 2015@2015-01"),
        ("في كانون الثاني الماضي", "كانون الثاني@--01"),
        ("السبت 23 من آذار", "السبت 23 من آذار@--03-23"),
        ("ومطلع شباط/فبراير الماضي", "شباط/فبراير@--02"),
        ("في يناير/كانون الثاني 2019", "يناير/كانون الثاني 2019@2019-01"),
        ("في 5 آذار (مارس) 2019", "5 آذار (مارس) 2019@2019-03-05"),
        ("في 3 جانفي 2020", "3 جانفي 2020@2020-01-03"),
        ("منذ تأسيسه عام 2014 على", "عام 2014@2014"),
        ("تقود منذ 2014 تحالفاً", "2014@2014"),
        ("في الثالث من تشرين الأول", "الثالث من تشرين الأول@--10-03"),
        ("في 17 رجب 1440 هـ", "17 رجب 1440 هـ@2019-03-24"),
        ("في عام 1440 هـ وفي 1441هـ", ""),
        ("من 1 شباط حتى الـ 12 من الشهر ذاته", "1 شباط@--02-01 | الـ 12 من الشهر ذاته@--02-12"),
        // A range of days: the first day takes the month and year of the
        // date that closes the range, and is no count.
        ("في الفترة من 5 إلى 10 أيار 2017", "5@2017-05-05 | 10 أيار 2017@2017-05-10"),
        // Two days joined by a dash glued to both.
        ("جرت المعارك في 14-15 آب 2016", "14@2016-08-14 | 15 آب 2016@2016-08-15"),
        ("بين 3 و5 تموز", "3@--07-03 | 5 تموز@--07-05"),
        ("من 20 إلى 10 أيار", "20=20 cardinal | 10 أيار@--05-10"),
        // The first day an ordinal word, «و» glued to the connector.
        ("في الفترة من الثالث وحتى العاشر من آب", "الثالث@--08-03 | العاشر من آب@--08-10"),
        ("من الأول إلى السابع من نيسان 2016", "الأول@2016-04-01 | السابع من نيسان 2016@2016-04-07"),
        // A day and month opening a range closed by a date with its year
        // are of that year, of the year before when the month comes later.
        ("من 12 حزيران حتى 3 تموز 2015", "12 حزيران@2015-06-12 | 3 تموز 2015@2015-07-03"),
        ("بين 28 كانون الأول و4 كانون الثاني 2016", "28 كانون الأول@2015-12-28 | 4 كانون الثاني 2016@2016-01-04"),
        // Two dates told apart, no range: each as written.
        ("في 12 حزيران، وفي 3 تموز 2015", "12 حزيران@--06-12 | 3 تموز 2015@2015-07-03"),
        ("قتل من 5 إلى 10 أشخاص", "5=5 cardinal #شخص | 10=10 cardinal #شخص"),
        ("في أغسطس 2014", "أغسطس 2014@2014-08"),
        ("في آذار 2019. وفي 15 الجاري", "آذار 2019@2019-03 | 15 الجاري@2019-03-15"),
        ("حتى 15 الجاري", ""),
        // A day of the month before, the current one or the month named
        // last, with no month named yet: neither a date nor a count.
        ("في الـ20 من الشهر الجاري", ""),
        ("في الخامس من الشهر ذاته", ""),
        ("وفي 9 من الشهر الماضي", ""),
        // The current month is the one named with «الجاري», or the month of
        // a dateline; the month named last may be an earlier one.
        ("منذ 4 أيار الجاري وحتى الـ12 من الشهر الجاري", "4 أيار@--05-04 | الـ12 من الشهر الجاري@--05-12"),
        ("الأحد 6 آب 2017\nبين 28 تموز و2 من الشهر الحالي", "الأحد 6 آب 2017@2017-08-06 | 28 تموز@--07-28 | 2 من الشهر الحالي@2017-08-02"),
        ("عام 2012م", "عام 2012م@2012"),
        // A year word takes its proclitics (ل، و، ب): the date starts after them.
        ("ميزانية الوزارة لعام 2020 تتضمن", "عام 2020@2020"),
        ("وعام 2016 شهد", "عام 2016@2016"),
        ("بعام 2017", "عام 2017@2017"),
        // An ambiguous month name needs a day, a year or its pair.
        ("الانتهاكات التي مارس التنظيم", ""),
        ("في 15 مارس", "15 مارس@--03-15"),
        ("في آب 2014", "آب 2014@2014-08"),
        // An impossible day is no date: the month stands alone.
        ("في 31 شباط", "31=31 cardinal | شباط@--02"),
    ]);
}

#[test]
fn clock_times_in_words() {
    check_all(&[
        ("انفجرت العبوة عند الساعة العاشرة صباحا", "الساعة العاشرة صباحا@T10:00"),
        ("بدأ القصف في الساعة 11 ليلا", "الساعة 11 ليلا@T23:00"),
        ("يستمر الحظر حتى الساعة الثامنة والنصف مساء", "الساعة الثامنة والنصف مساء@T20:30"),
        ("وصل الوفد الساعة السابعة إلا ربعا", "الساعة السابعة إلا ربعا@T06:45"),
        ("دوى الانفجار الساعة 4 و20 دقيقة فجرا", "الساعة 4 و20 دقيقة فجرا@T04:20"),
        ("عقد المؤتمر في الساعة الواحدة بعد الظهر", "الساعة الواحدة بعد الظهر@T13:00"),
        ("أغلقت المعابر الساعة الثانية عشرة ليلا", "الساعة الثانية عشرة ليلا@T00:00"),
        ("حتى الساعه الخامسة وعشر دقائق", "الساعه الخامسة وعشر دقائق@T05:10"),
        ("عند الساعة الحادية عشرة إلا خمس دقائق صباحا", "الساعة الحادية عشرة إلا خمس دقائق صباحا@T10:55"),
        ("عند الساعة 14 بالتوقيت المحلي", "الساعة 14@T14:00"),
        // A number after the hour with no word for minutes counts something else.
        ("الساعة الثالثة و15 قتيلا", "الساعة الثالثة@T03:00 | 15=15 cardinal #قتيل"),
        // An interval: both ends are times; a part of the day named at one
        // end places the other when the start stays before the end.
        ("فرض حظر التجول من الساعة السادسة مساء حتى السادسة صباحا", "الساعة السادسة مساء@T18:00 | السادسة صباحا@T06:00"),
        ("تفتح المعابر من الساعة 8 إلى 4 عصرا", "الساعة 8@T08:00 | 4 عصرا@T16:00"),
        ("يمنع التجول من الساعة 9 حتى الساعة 11 ليلا", "الساعة 9@T21:00 | الساعة 11 ليلا@T23:00"),
        ("من الساعة العاشرة مساء وحتى الثانية", "الساعة العاشرة مساء@T22:00 | الثانية@T02:00"),
        ("وصل الوفد الساعة 10 إلى دمشق", "الساعة 10@T10:00"),
        // No hour after the head: no time.
        ("خلال الساعة الأخيرة", ""),
        ("على مدى 24 ساعة", "24 ساعة=24 duration/hour"),
        ("ساعة واحدة", "ساعة واحدة=1 duration/hour"),
    ]);
}

#[test]
fn identifiers_are_not_quantities() {
    check_all(&[
        ("منصة SY24", ""),
        ("تطبيق القرار 2254", ""),
        ("مقررات مؤتمر جنيف 2254", ""),
        ("ويذكر أن قرار مجلس الأمن 2254 الصادر", ""),
        // ... but a count after a label word and a preposition is a count.
        ("وارتفع عدد المعتقلين في المنطقة إلى 50", "50=50 cardinal"),
        ("طائرات F-16", ""),
        ("نفذت طائرات F- 15 ضربتين", "ضربتين=2 cardinal #ضربة"),
        // A hyphen after an Arabic word, a space before the digits: a dash.
        ("الحصيلة- 15 قتيلا", "15=15 cardinal #قتيل"),
        // Aircraft models written in Arabic letters, glued or spaced.
        ("شنت مقاتلات إف-16 غارة", ""),
        ("قصفت طائرات أف 16 الموقع", ""),
        ("أسقطت طائرة ميغ-29 قرب الحدود", ""),
        ("أرسلت موسكو طائرات سو-24 إلى القاعدة", ""),
        // A sign after a space is still a sign.
        ("انخفضت الحرارة إلى -5 درجات", "-5=-5 cardinal #درجة"),
        ("للاتصال 0096311223344", ""),
        ("اللواء 93", ""),
        ("اقرأ أيضاً: https://example.com/2019/10/27/article-123.html", ""),
        ("1- مقتل 5 مدنيين\n2) إصابة 3 أطفال", "5=5 cardinal #مدني | 3=3 cardinal #طفل"),
        ("بدأ الهجوم الساعة 10 صباحاً", "الساعة 10 صباحاً@T10:00"),
        // Digits before a word of a time zone tell a time of day, run
        // together or apart; none that reads as no time is an amount.
        ("وبدأ البث عند 1300 بتوقيت غرينتش", "1300@T13:00"),
        ("وقع الانفجار عند الساعة 8,30 بالتوقيت المحلي (5,30 ت غ)", "8,30@T08:30 | 5,30@T05:30"),
        ("وأعلن الجيش عند 0900 GMT مقتل 5 مسلحين", "0900@T09:00 | 5=5 cardinal #مسلح"),
        ("عند 7500 بتوقيت غرينتش", ""),
        ("وقع الهجوم عند 1300 ت.غ يوم الأحد", "1300@T13:00"),
        // A label before a colon; a periodical's issue opening a line.
        ("رمز المقال: 88215", ""),
        ("رقم التقرير : 4021\nقتل 3 مدنيين", "3=3 cardinal #مدني"),
        ("العدد 2317 من المجلة الأسبوعية", ""),
        // ... inside a sentence the same word counts.
        ("وبلغ العدد 2317 حتى الآن", "2317=2317 cardinal"),
        ("وقال: 40 مقاتلا قتلوا", "40=40 cardinal #مقاتل"),
    ]);
}

#[test]
fn extreme_inputs_give_a_value_or_nothing() {
    let e = Extractor::default();
    let long_digits = "9".repeat(1000);
    let text = format!("{long_digits} شخص");
    let found = e.extract(&text);
    assert!(found.quantities.iter().all(|q| q.value.is_none_or(|v| v.is_finite())));
    let stacked = "ألف ".repeat(200);
    let found = e.extract(&stacked);
    assert!(found.quantities.iter().all(|q| q.value.is_none_or(|v| v.is_finite() && v <= 1e18)));
    let found = e.extract("999999999999 مليار مليار");
    assert!(found.quantities.iter().all(|q| q.value.is_none_or(|v| v.is_finite())));
}

#[test]
fn extractor_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Extractor>();
}

#[test]
fn weekdays_and_telephone_numbers_are_no_quantities() {
    let extractor = Extractor::default();
    for text in [
        "وصل الوفد اليوم الاثنين إلى المدينة",
        "جرت الانتخابات يوم الإثنين الماضي",
        "أعلن الجيش الاثنين مقتل مسلحين",
        "وفي يوم الأحد والاثنين تواصلت الاشتباكات",
        "للتواصل: 00963 944 123 456",
        "اتصلوا على +963 955 321 654",
    ] {
        let found = extractor.extract(text);
        assert!(found.quantities.is_empty(), "{text}: {:?}", found.quantities);
    }
    // A number word still counts where it counts, and two days are two.
    let q = extractor.extract("قتل اثنين من المسلحين منذ يومين").quantities;
    assert_eq!(q.iter().map(|q| q.value).collect::<Vec<_>>(), [Some(2.0), Some(2.0)]);
}

#[test]
fn a_smaller_amount_joined_by_waw_completes_the_amount() {
    let extractor = Extractor::default();
    for (text, value, unit) in [
        ("خصصت الحكومة مليار و45 مليون دولار للإعمار", 1_045_000_000.0, Some("USD")),
        ("بلغت الكلفة ملياراً و400 مليون دولار", 1_400_000_000.0, Some("USD")),
        ("نزح 2 مليون و500 ألف شخص", 2_500_000.0, None),
        ("قتل 62 ألفاً و400 شخص", 62_400.0, None),
    ] {
        let q = &extractor.extract(text).quantities;
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!((q[0].value, q[0].unit.as_deref()), (Some(value), unit), "{text}");
    }
    // A larger amount after و is an amount of its own.
    assert_eq!(extractor.extract("قتل 5 آلاف و7 آلاف جريح").quantities.len(), 2);
}

#[test]
fn dates_written_with_one_slash() {
    let extractor = Extractor::default();
    for (text, iso) in [
        ("صدر التقرير في 9/2021 عن المنظمة", "2021-09"),
        ("وقعت الهجمات يوم الجمعة 6/8 في ريف المدينة", "--08-06"),
        ("نشر البيان بتاريخ 14/3", "--03-14"),
        // Month first, where only that reads as a date.
        ("وعاد النازحون حتى اليوم الاثنين ٩/٢٦ إلى قراهم", "--09-26"),
    ] {
        let found = extractor.extract(text);
        assert_eq!(found.dates.iter().map(|d| d.iso.as_str()).collect::<Vec<_>>(), [iso], "{text}");
        assert!(found.quantities.is_empty(), "{text}: {:?}", found.quantities);
    }
    // Two small numbers with a slash and nothing to make them a date stay
    // a fraction.
    let found = extractor.extract("فاز الفريق بنسبة 3/4 من الأصوات");
    assert!(found.dates.is_empty());
    assert_eq!(found.quantities[0].value, Some(0.75));
}

#[test]
fn a_plus_sign_before_one_number_is_no_telephone_number() {
    let extractor = Extractor::default();
    let q = extractor.extract("ارتفع المنسوب +1 سم خلال أسبوع").quantities;
    assert_eq!(q.first().map(|q| (q.value, q.unit.as_deref())), Some((Some(1.0), Some("cm"))), "{q:?}");
}

#[test]
fn distances_in_yards_feet_inches_and_split_spellings() {
    let extractor = Extractor::default();
    for (text, value, unit) in [
        ("تقدمت القوات 300 ياردة", 300.0, "yd"),
        ("حفرة بعمق 20 أقدام", 20.0, "ft"),
        ("شاشة بقياس 40 إنش", 40.0, "in"),
        ("سقطت على بعد 15 سنتي متر", 15.0, "cm"),
        ("قطر الثقب 8 ملي متر", 8.0, "mm"),
        // The accusative of a unit in two words: «كيلو» alone is a kilogram.
        ("تمتد الحملة 320 كيلو متراً شرقا", 320.0, "km"),
        ("قطعت القافلة 95 كيلو مترا", 95.0, "km"),
        ("اخترقت الشظية 12 سنتي متراً", 12.0, "cm"),
        ("تمشيط 70 كيلو مترا مربعا من البادية", 70.0, "km2"),
        ("ارتفع الماء متران", 2.0, "m"),
        // The accusative with tanween of a calibre.
        ("قذائف هاون عيار 120 مليمتراً", 120.0, "mm"),
        ("صواريخ عيار 107 ملليمترات", 107.0, "mm"),
    ] {
        let q = extractor.extract(text).quantities;
        assert_eq!(q.first().map(|q| (q.value, q.unit.as_deref())), Some((Some(value), Some(unit))), "{text}: {q:?}");
    }
    // The verb قدّم after a year is no unit: the year stays a year.
    let found = extractor.extract("في عام 2019 قدم الوزير استقالته");
    assert!(found.quantities.is_empty(), "{:?}", found.quantities);
    assert_eq!(found.dates[0].iso, "2019");
}

#[test]
fn number_words_and_units_with_heh_for_teh_marbuta() {
    let extractor = Extractor::default();
    for (text, value) in [("قتل ثلاثه آلاف شخص", 3000.0), ("استمر القصف 5 ساعه", 5.0), ("بلغ العدد عشره", 10.0)]
    {
        let q = extractor.extract(text).quantities;
        assert_eq!(q.first().and_then(|q| q.value), Some(value), "{text}: {q:?}");
    }
}

#[test]
fn levantine_month_names_without_the_article() {
    check_all(&[
        ("في الخامس من تشرين ثان الماضي", "الخامس من تشرين ثان@--11-05"),
        ("يوم 12 كانون ثاني 2015", "12 كانون ثاني 2015@2015-01-12"),
        ("منذ تشرين أول 2016", "تشرين أول 2016@2016-10"),
        ("في 30 كانون أول", "30 كانون أول@--12-30"),
    ]);
}

#[test]
fn a_four_digit_count_of_a_group_is_no_year() {
    check_all(&[
        ("قتل 1959 من عناصر الأمن", "1959=1959 cardinal"),
        ("نحو 10 آلاف مقاتل، 2000 منهم من دول أخرى", "10 آلاف=10000 cardinal about #مقاتل | 2000=2000 cardinal"),
        // A year word before a year, a time word with the article: no unit
        // of the figure before them.
        ("انخفض من 70 ألفا عام 2019 إلى 30 ألفا اليوم", "70 ألفا=70000 cardinal | عام 2019@2019 | 30 ألفا=30000 cardinal"),
        ("منذ 2014 من دون توقف", "2014@2014"),
        ("قصفت مئة وواحدا وثمانين هدفا", "مئة وواحدا وثمانين=181 cardinal #هدف"),
    ]);
}

#[test]
fn exceeding_verbs_qualify_and_first_takes_a_preposition() {
    check_all(&[
        ("زادت عن 31 دقيقة", "31 دقيقة=31 duration/minute more_than"),
        ("ويتجاوز 500 مقاتل", "500=500 cardinal more_than #مقاتل"),
        ("وظهر القائد لأول مرة", "أول=1 ordinal"),
        ("وصل الوفد أول أمس", ""),
        ("خلال الساعات الأربع والعشرين الماضية", "الساعات الأربع والعشرين=24 duration/hour"),
    ]);
}

#[test]
fn paired_and_maghrebi_month_names() {
    let extractor = Extractor::default();
    for (text, iso) in [
        ("وقعت الهجمات في 12 كانون الأول- ديسمبر 2016", "2016-12-12"),
        ("وقعت الهجمات في 12 كانون الأول ديسمبر 2016", "2016-12-12"),
        ("بدأت المعركة في آب/أغسطس من العام 2015", "2015-08"),
        ("صدر القرار في 3 يوليوز 2019", "2019-07-03"),
        ("انعقد المؤتمر في دجنبر 2020", "2020-12"),
        ("وصل الوفد في 14 شتنبر 2021", "2021-09-14"),
    ] {
        let dates = extractor.extract(text).dates;
        assert_eq!(dates.iter().map(|d| d.iso.as_str()).collect::<Vec<_>>(), [iso], "{text}: {dates:?}");
    }
}

#[test]
fn hijri_dates_by_umm_al_qura_with_the_era_mark_glued() {
    let extractor = Extractor::default();
    for (text, iso) in [("أعلن التنظيم في 1 رمضان 1435 هـ قيام دولته", "2014-06-28"), ("وقع الهجوم في 3 شوال 1436هـ", "2015-07-19")]
    {
        let dates = extractor.extract(text).dates;
        assert_eq!(dates.iter().map(|d| d.iso.as_str()).collect::<Vec<_>>(), [iso], "{text}");
    }
}

#[test]
fn numbers_inside_names_are_no_quantities() {
    let extractor = Extractor::default();
    for text in ["وبثت قناة 218 الليبية تقريرا", "ونشر موقع 24 خبرا عن الهجوم", "تقدمت الفرقة 17 نحو المدينة", "أعلن لواء 93 سيطرته"]
    {
        let q = extractor.extract(text).quantities;
        assert!(q.is_empty(), "{text}: {q:?}");
    }
    // After the same word with its article, a number with its counted
    // noun still counts.
    let q = extractor.extract("نشر الموقع 24 صورة للدمار").quantities;
    assert_eq!(q.first().and_then(|q| q.value), Some(24.0), "{q:?}");
    // So does one after a label word with its article, when the noun is
    // in the accusative or a plural.
    for (text, value) in [("وشارك في المؤتمر 40 وزيرا", 40.0), ("وتبنت الدورة 30 قرارات", 30.0), ("وقتل في قرية بليون أربعة مدنيين", 4.0)]
    {
        let q = extractor.extract(text).quantities;
        assert_eq!(q.first().and_then(|q| q.value).unwrap_or(0.0), value, "{text}: {q:?}");
    }
}

#[test]
fn durations_in_several_parts() {
    let extractor = Extractor::default();
    for (text, value, unit) in [
        ("استمر الحصار عام ونصف", 1.5, "year"),
        ("دامت المعركة ساعتين ودقيقة", 121.0, "minute"),
        ("بقي في السجن 3 أعوام وشهر", 37.5, "month"),
        ("استمر القصف ساعة و20 دقيقة", 80.0, "minute"),
        ("بعد يومين وربع", 2.25, "day"),
    ] {
        let q = extractor.extract(text).quantities;
        assert_eq!(q.iter().map(|q| (q.value, q.unit.as_deref())).collect::<Vec<_>>(), [(Some(value), Some(unit))], "{text}");
    }
}

#[test]
fn scales_joined_by_waw_fractions_of_a_hundred_and_compound_feminine_ordinals() {
    let extractor = Extractor::default();
    for (text, value) in [("بلغ العدد مليون وألف نازح", 1_001_000.0), ("قتل نصف مئة شخص", 50.0), ("ألف ألف دولار", 1_000_000.0)]
    {
        let q = extractor.extract(text).quantities;
        assert_eq!(q.first().and_then(|q| q.value), Some(value), "{text}: {q:?}");
    }
    let q = extractor.extract("في الذكرى الثانية والثلاثين للحرب").quantities;
    assert_eq!(q.iter().map(|q| (q.value, q.kind)).collect::<Vec<_>>(), [(Some(32.0), khabar_numbers::QuantityKind::Ordinal)]);
}

#[test]
fn implausible_years_are_no_dates() {
    let extractor = Extractor::default();
    assert!(extractor.extract("الرقم 22.03.8241 في السجل").dates.is_empty());
    assert_eq!(extractor.extract("صدر في 22.03.2017").dates[0].iso, "2017-03-22");
}

#[test]
fn ranks_above_ninety_nine_and_spoken_ordinals() {
    check_all(&[
        // Ordinals above 99 are the cardinal with the article.
        ("احتفلت المدينة بالذكرى المئة لاستقلالها", "المئة=100 ordinal"),
        ("الزائر المليون للمعرض", "المليون=1000000 ordinal"),
        ("في الدورة الخمسمئة", "الخمسمئة=500 ordinal"),
        ("الجلسة المئتين والخامس عشر للمجلس", "المئتين والخامس عشر=215 ordinal"),
        ("اللقاء المائة والسادس بين الطرفين", "المائة والسادس=106 ordinal"),
        // «بعد المئة»: that many after the hundred.
        ("الاجتماع العاشر بعد المئة", "العاشر بعد المئة=110 ordinal"),
        ("الحلقة الأولى بعد الألف", "الأولى بعد الألف=1001 ordinal"),
        // Before a counted noun, or with a fraction, they are amounts; in
        // «في المئة» a percent.
        ("نزح المليون ونصف مواطن", "المليون ونصف=1500000 cardinal #مواطن"),
        ("ارتفعت الأسعار 30 في المئة", "30 في المئة=30 percent/percent"),
        ("وصل الخمسمئة مقاتل إلى المدينة", "الخمسمئة=500 cardinal #مقاتل"),
        // A number ending a line counts nothing on the next.
        ("احتفلوا بالزائر المليون\nوقالت المنظمة", "المليون=1000000 ordinal"),
        // After a definite plural, an amount of it; after an indefinite
        // noun, a noun of its own.
        ("تجاوز عدد النازحين المليون", "المليون=1000000 cardinal #نازح"),
        // Spoken forms with ت for ث.
        ("المرة التانية", "التانية=2 ordinal"),
        ("في الطابق التالت", "التالت=3 ordinal"),
        ("الشارع التامن عشر", "التامن عشر=18 ordinal"),
    ]);
}

#[test]
fn months_by_number_days_after_the_month_and_years_in_words() {
    check_all(&[
        ("تنتهي المهلة في شهر 10 المقبل", "شهر 10@--10"),
        ("بدأت الحملة في شهر تسعة الماضي", "شهر تسعة@--09"),
        ("وصلت الشحنة في شهر 9 2021", "شهر 9 2021@2021-09"),
        // A unit or counted noun after the number: a duration, no month.
        ("استمر الحصار شهر 3 أيام أخرى", "3 أيام=3 duration/day"),
        ("العاشر من شهر شباط", "العاشر من شهر شباط@--02-10"),
        ("جرى الاقتراع في 26 من شهر محرم من عام 1443", "26 من شهر محرم من عام 1443@2021-09-03"),
        ("الاجتماع يوم شباط 13", "شباط 13@--02-13"),
        ("في آذار 15 قتيلا", "آذار@--03 | 15=15 cardinal #قتيل"),
        ("في عام ألفين وواحد وعشرين", "عام ألفين وواحد وعشرين@2021"),
        ("الساعة 11:2:40", "11:2:40@T11:02:40"),
    ]);
}

#[test]
fn clock_times_without_a_head_need_a_part_of_the_day() {
    check_all(&[
        ("يبدأ حظر التجوال من السابعة مساء حتى السادسة صباحا", "السابعة مساء@T19:00 | السادسة صباحا@T06:00"),
        ("من الرابعة حتى السادسة مساء", "الرابعة@T16:00 | السادسة مساء@T18:00"),
        ("من الأربعة للخمسة بعد العصر", "الأربعة@T16:00 | للخمسة بعد العصر@T17:00"),
        ("وقع الانفجار عند 12 ونص مساء", "12 ونص مساء@T12:30"),
        ("حتى الخامسة وأربعين دقيقة مساء", "الخامسة وأربعين دقيقة مساء@T17:40"),
        // No part of the day: a rank or a count.
        ("وصلت الدفعة السابعة", "السابعة=7 ordinal"),
        // مساء before a day heads a phrase: 3 killed on Friday evening.
        ("قتل 3 مساء الجمعة", "3=3 cardinal"),
    ]);
}

#[test]
fn duration_parts_fractions_of_units_and_spoken_numbers() {
    check_all(&[
        ("استمر القصف ساعة ونصف دقيقة", "ساعة ونصف دقيقة=60.5 duration/minute"),
        ("توقف لمدة ساعتين و ثانية", "ساعتين و ثانية=7201 duration/second"),
        ("أسبوعين و 3 أيام وثلث ساعة", "أسبوعين و 3 أيام وثلث ساعة=408.333333333333 duration/hour"),
        ("نصف ساعة", "نصف ساعة=0.5 duration/hour"),
        ("على بعد ربع كيلو متر", "ربع كيلو متر=0.25 measure/km"),
        ("ارتفاع 500 قدما", "500 قدما=500 measure/ft"),
        ("خمسطعش", "خمسطعش=15 cardinal"),
        ("اطنعش", "اطنعش=12 cardinal"),
        ("أربعة فاصلة خمسة مليون", "أربعة فاصلة خمسة مليون=4500000 cardinal"),
        ("ارتفعت خمسة في المية", "خمسة في المية=5 percent/percent"),
    ]);
}

#[test]
fn broken_plurals_of_hideouts_count_their_singular() {
    check_all(&[("ودمرت الطائرات 5 أوكار للتنظيم", "5=5 cardinal #وكر"), ("وعثرت القوة على 3 مخابئ ومضافات", "3=3 cardinal #مخبأ")]);
}

#[test]
fn duals_of_counted_nouns_count_two() {
    check_all(&[
        ("أسفر القصف عن مقتل شخصين", "شخصين=2 cardinal #شخص"),
        ("وأصيب عنصران من الشرطة", "عنصران=2 cardinal #عنصر"),
        ("وسقطت طائرتان قرب الحدود", "طائرتان=2 cardinal #طائرة"),
        ("وضبطت القوة حزامين ناسفين ونفقين", "حزامين=2 cardinal #حزام | نفقين=2 cardinal #نفق"),
        ("قتل جنديين اثنين", "جنديين اثنين=2 cardinal #جندي"),
        ("انفجرت عبوتان ناسفتان وفككت القوة عبوتين أخريين", "عبوتان=2 cardinal #عبوة | عبوتين=2 cardinal #عبوة"),
        (
            "ودمرت الطائرات مخبأين ووكرين للتنظيم في حادثين منفصلين",
            "مخبأين=2 cardinal #مخبأ | وكرين=2 cardinal #وكر | حادثين=2 cardinal #حادث",
        ),
        // «Two» after any noun makes a dual of it, which it counts (not the
        // verb after it).
        ("حاصرت القوة انتحاريين اثنين يحملان أسلحة", "انتحاريين اثنين=2 cardinal #انتحاري"),
        ("وأصيب مسعفان اثنان بجروح", "مسعفان اثنان=2 cardinal #مسعف"),
        ("ودمرت شاحنتين اثنتين", "شاحنتين اثنتين=2 cardinal #شاحنة"),
        // A conjunction glued to the noun is no part of it or of the span.
        ("قتل ضابط، ومسعفين اثنين", "مسعفين اثنين=2 cardinal #مسعف"),
        // A definite dual names two already told of; a sound plural is no dual.
        ("وقتل الطفلين", ""),
        ("قتل مدنيين في القصف", ""),
        // «One» and «two» alone count nothing after them; «others» is no
        // counted noun.
        ("قتل مسلح وأصيب اثنان بجروح خطيرة", "اثنان=2 cardinal"),
        ("قتل عنصر وأصيب اثنان آخران في الهجوم", "اثنان=2 cardinal"),
        ("وأصيب 3 آخرون في الانفجار", "3=3 cardinal"),
    ]);
}

#[test]
fn both_ends_of_a_range_share_scale_unit_and_counted_noun() {
    let cases: &[(&str, &str, bool)] = &[
        ("قتل بين 10 و15 مدنيا", "10=10 cardinal #مدني | 15=15 cardinal #مدني", true),
        ("رصد ما بين 20 و25 ألف دولار", "20=20000 money/USD | 25 ألف دولار=25000 money/USD", true),
        ("على بعد ثلاثة إلى أربعة كيلومترات", "ثلاثة=3 measure/km | أربعة كيلومترات=4 measure/km", true),
        ("نزح من 5 إلى 7 ملايين شخص", "5=5000000 cardinal #شخص | 7 ملايين=7000000 cardinal #شخص", true),
        ("من عشرة لعشرين دولار", "عشرة=10 money/USD | عشرين دولار=20 money/USD", true),
        // Durations too.
        ("استمرت المعارك بين 3 و5 أيام", "3=3 duration/day | 5 أيام=5 duration/day", true),
        ("سجن من ثلاث إلى خمس سنوات", "ثلاث=3 duration/year | خمس سنوات=5 duration/year", true),
        // A hedge before the range hedges both ends.
        ("قتل حوالي 10 إلى 20 مدنيا", "10=10 cardinal about #مدني | 20=20 cardinal about #مدني", true),
        // Spelled ends with scales of their own: the second, as large as the
        // first's scale, is no part of the first (not 20000 nor 8000).
        ("قتل بين ستة آلاف وأحد عشر ألف مدني", "ستة آلاف=6000 cardinal #مدني | أحد عشر ألف=11000 cardinal #مدني", true),
        ("نزح ما بين أربعة آلاف وسبعة آلاف شخص", "أربعة آلاف=4000 cardinal #شخص | سبعة آلاف=7000 cardinal #شخص", true),
        // Two figures, not a range: «أكثر من 10» and «15 جريحا».
        ("قتل أكثر من 10 و15 جريحا", "10=10 cardinal more_than | 15=15 cardinal #جريح", false),
    ];
    let extractor = Extractor::default();
    for (input, expect, linked) in cases {
        check(&extractor, input, expect);
        let found = extractor.extract(input);
        let ranges: Vec<Option<usize>> = found.quantities.iter().map(|q| q.range).collect();
        let want = if *linked { vec![Some(1), Some(0)] } else { vec![None, None] };
        assert_eq!(ranges, want, "input: {input:?}");
    }
}

#[test]
fn thousands_grouped_by_spaces_are_one_number() {
    check_all(&[
        ("تبرعت الجمعية بمبلغ 10 000 دولار", "10 000 دولار=10000 money/USD"),
        ("نزح نحو 1 500 000 شخص", "1 500 000=1500000 cardinal about #شخص"),
        ("وصل ٢٠ ٠٠٠ لاجئ", "٢٠ ٠٠٠=20000 cardinal #لاجئ"),
        // A no-break or a thin space groups as well.
        ("أنفقت 2\u{a0}500 يورو", "2\u{a0}500 يورو=2500 money/EUR"),
        ("عاد 35\u{202f}000 نازح", "35\u{202f}000=35000 cardinal #نازح"),
        // A group of other than three digits is no thousands group.
        ("رقم الهاتف 0944 123 456 للتواصل", ""),
        // Grouped thousands are never a year standing alone.
        ("جمعوا 2 000 توقيع", "2 000=2000 cardinal #توقيع"),
    ]);
}

#[test]
fn figures_with_no_words_around_them_count_nothing() {
    check_all(&[
        // Numbers side by side: a table row, a code, a telephone number.
        ("الرقة 120 45 30", ""),
        ("قتل 5 مدنيين، والجدول: 10 20 30", "5=5 cardinal #مدني"),
        // A line with no word in a longer text: a page number, a share
        // counter, a column of figures.
        ("قتل 5 مدنيين\n1234\nوأصيب 7 آخرون", "5=5 cardinal #مدني | 7=7 cardinal"),
        ("مشاركة\n45\n\n12، 17، 300", ""),
        ("27611، 84606، 18271، 43432، 25455، 74937", ""),
        // A phrase of a few numbers given alone is read as it stands.
        ("100", "100=100 cardinal"),
        ("50% 90", "50%=50 percent/percent | 90=90 cardinal"),
    ]);
}

#[test]
fn decimals_with_reh_and_billions_in_the_dual() {
    check_all(&[
        // Some Egyptian papers print a decimal with «ر», decimals first.
        ("خصصت الحكومة 5ر1 مليار دولار", "5ر1 مليار دولار=1500000000 money/USD"),
        ("نزح 25ر3 مليون شخص", "25ر3 مليون=3250000 cardinal #شخص"),
        ("وقدمت المملكة بليوني دولار", "بليوني دولار=2000000000 money/USD"),
    ]);
}

#[test]
fn the_accusative_tanween_on_a_final_alef_is_the_ending() {
    check_all(&[("ويضم المخيم 16 ألف سوريًا", "16 ألف=16000 cardinal #سوري"), ("وصل 900 تركيًا", "900=900 cardinal #تركي")]);
}

#[test]
fn a_year_set_off_by_a_comma_after_a_day_and_a_month() {
    check_all(&[
        ("تم النشر بتاريخ : 14 مارس، 2018 2:30 م", "14 مارس، 2018@2018-03-14 | 2:30 م@T14:30"),
        ("نشر في 3 حزيران، 2016\nالعنوان", "3 حزيران، 2016@2016-06-03"),
        ("في 9 أيار، 2015.", "9 أيار، 2015@2015-05-09"),
        // A count after the comma is no year.
        ("وفي 27 أكتوبر، 2000 مقاتل هاجموا البلدة", "27 أكتوبر@--10-27 | 2000=2000 cardinal #مقاتل"),
    ]);
}

#[test]
fn a_verb_in_the_perfect_plural_is_no_counted_noun() {
    check_all(&[
        ("بينهم 7 فجروا أنفسهم", "7=7 cardinal"),
        ("و10 آلاف عادوا إلى منازلهم", "10 آلاف=10000 cardinal"),
        // An accusative on «و» of a short stem is a noun.
        ("يضم 80 عضوا", "80=80 cardinal #عضو"),
    ]);
}

#[test]
fn a_year_joined_to_a_year_and_a_year_after_a_season() {
    check_all(&[
        ("وبين عامي 2015 و2018 قتل 40 مدنيا", "عامي 2015@2015 | 2018@2018 | 40=40 cardinal #مدني"),
        ("وفي ربيع 2016 بدأت العملية", "2016@2016"),
        // A count joined by «و» to a count stays one.
        ("قتل 2015 مدنيا و2018 عنصرا", "2015=2015 cardinal #مدني | 2018=2018 cardinal #عنصر"),
    ]);
}

#[test]
fn a_number_set_in_brackets_is_read_with_the_words_after_it() {
    check_all(&[
        ("ذهب (15) ألف مقاتل إلى هناك", "(15) ألف=15000 cardinal #مقاتل"),
        ("بينهم (1500) مقاتل من دول غربية", "(1500)=1500 cardinal #مقاتل"),
        ("من أكثر من (80) دولة", "(80)=80 cardinal more_than #دولة"),
        // An identifier in brackets stays one; a year in brackets, a year.
        ("صدر القرار (2254) في العام نفسه", ""),
        ("خلال الحرب (2014) قتل 30 مدنيا", "2014@2014 | 30=30 cardinal #مدني"),
    ]);
}

#[test]
fn a_hijri_date_in_digits_and_a_relative_date_of_two_words() {
    check_all(&[
        // The Hijri marker after digits tells the calendar (Umm al-Qura).
        ("يوم الخميس 14/3/1437هـ أعلنت الوزارة", "14/3/1437هـ@2015-12-25"),
        ("وفي 1437/3/14 هـ وقع الهجوم", "1437/3/14 هـ@2015-12-25"),
        // «أمس الأول» is the day before yesterday, no ordinal, even when
        // relative dates are not asked for.
        ("وقع الهجوم مساء أمس الأول في البلدة", ""),
    ]);
}

#[test]
fn a_day_listed_before_another_day_of_a_month_is_of_that_month() {
    check_all(&[
        ("نفذت الضربتان في 16 و24 سبتمبر", "16@--09-16 | 24 سبتمبر@--09-24"),
        ("وقعت الهجمات في 3 و4 من آذار 2019", "3@2019-03-03 | 4 من آذار 2019@2019-03-04"),
        // Before a day of the month told before.
        ("وصلت الطائرات في 5 أيار، ثم بين يومي 7 و9 من الشهر نفسه", "5 أيار@--05-05 | 7@--05-07 | 9 من الشهر نفسه@--05-09"),
        // Figures of a list before a counted noun stay figures.
        ("وقتل بين 10 و15 مدنيا", "10=10 cardinal #مدني | 15=15 cardinal #مدني"),
    ]);
}

#[test]
fn the_first_end_of_a_range_closed_by_no_year_is_a_count() {
    check_all(&[
        ("خفض عدد قواته من 2000 إلى 1400 جندي", "2000=2000 cardinal | 1400=1400 cardinal #جندي"),
        // Both ends years: a span of years.
        ("في الفترة من 2014 إلى 2017.", "2014@2014 | 2017@2017"),
    ]);
}

#[test]
fn a_byline_date_with_the_day_after_the_month() {
    check_all(&[
        // The second group cannot be a month, the first can: month, day, year.
        ("نشر في 12/19/2022 على الموقع", "12/19/2022@2022-12-19"),
        // Both can be months: day, month, year, as Arabic pages write them.
        ("نشر في 05/11/2023 على الموقع", "05/11/2023@2023-11-05"),
    ]);
}

#[test]
fn numbers_after_the_dual_of_a_unit_are_its_labels() {
    check_all(&[
        // Both numbers after a dual are labels, the one joined by «و» too.
        ("بإسناد لوائي 17 و18 من الحشد قتل 5 مسلحين", "5=5 cardinal #مسلح"),
        ("وشاركت الفرقة 15 و16 في العملية", ""),
        // A count after «و» and a label's number is still a count when it
        // counts a noun of its own.
        ("دخل الفوج 46 المدينة و300 مقاتل", "300=300 cardinal #مقاتل"),
    ]);
}

#[test]
fn duals_of_units_of_weight_and_volume_count_two() {
    check_all(&[
        ("وعبوات يبلغ وزن كل منها كيلوغرامين", "كيلوغرامين=2 measure/kg"),
        ("وضبطت القوة طنين من المواد المتفجرة", "طنين=2 measure/t"),
        ("وصادرت لترين من الوقود", "لترين=2 measure/l"),
        ("ويبلغ ارتفاع الجدار متران", "متران=2 measure/m"),
    ]);
}

#[test]
fn the_words_of_a_total_are_no_counted_noun() {
    check_all(&[("كما ارتفع إلى 6 عدد قتلى القوات في الهجوم", "6=6 cardinal")]);
}

#[test]
fn units_joined_by_waw_are_two_numbers_and_the_first_of_a_rank_no_ordinal() {
    check_all(&[
        ("مقتل مدنيين اثنين وثلاثة عناصر", "مدنيين اثنين=2 cardinal #مدني | ثلاثة=3 cardinal #عنصر"),
        ("قتل ثلاثة وعشرون شخصا", "ثلاثة وعشرون=23 cardinal #شخص"),
        ("أصيب مئة وخمسة أشخاص", "مئة وخمسة=105 cardinal #شخص"),
        ("وقال الفريق أول عبد الكريم الجبوري إن القوات تقدمت", ""),
        ("وهي أول عملية للجيش", "أول=1 ordinal"),
        // «بجراح» tells how they were hurt, not what was counted.
        ("وإصابة 160 بجراح", "160=160 cardinal"),
    ]);
}

#[test]
fn a_dual_in_construct_after_a_deed_done_to_people_counts_two() {
    check_all(&[
        ("أعلنت الخلية مقتل عنصري أمن في الهجوم", "عنصري=2 cardinal #عنصر"),
        ("وأسفر الانفجار عن إصابة ضابطي شرطة", "ضابطي=2 cardinal #ضابط"),
        // Glued to «ب» too.
        ("وأفادت المصادر بمقتل جنديي حراسة", "جنديي=2 cardinal #جندي"),
        // Elsewhere «عنصري» is "racist" or "my member": no count.
        ("وأدان البيان الخطاب العنصري والهجوم عنصري الطابع", ""),
        ("وتعرض عنصري للإصابة", ""),
    ]);
}

#[test]
fn a_unit_of_two_letters_behind_a_proclitic_is_the_end_of_another_word() {
    check_all(&[
        // «بين» is no yen, whatever number follows.
        ("وبين أحد السكان أن القصف استمر", ""),
        ("ويبين واحد من التقارير حجم الدمار", ""),
        // The yen written on its own still is.
        ("بلغت الخسائر 40 مليون ين", "40 مليون ين=40000000 money/JPY"),
    ]);
}

#[test]
fn hours_and_minutes_parted_by_a_dot_are_a_time_after_its_head() {
    check_all(&[
        ("بدأت الحملة في تمام الساعة الـ 05.30 من صباح اليوم", "05.30@T05:30"),
        ("عند الساعة 9,45 مساء", "9,45 مساء@T21:45"),
        // With no head it is a decimal.
        ("ارتفع المؤشر 04.50 نقطة", "04.50=4.5 cardinal #نقطة"),
    ]);
}

#[test]
fn a_preposition_after_a_number_counts_nothing() {
    check_all(&[
        // A label's number before a preposition of place or time: no
        // count of the preposition (it was «15 قرب»).
        ("وهاجم مسلحون نقطة للواء مغاوير 15 قرب الحدود", ""),
        ("واستهدفت الطائرات مواقع عدة عقب الهجوم", "عدة=? vague"),
        // A counted noun after the preposition's place is still counted.
        ("وقتل 15 عنصرا قرب الحدود", "15=15 cardinal #عنصر"),
    ]);
}

#[test]
fn a_label_before_a_bracketed_number_still_labels_it() {
    check_all(&[("الأحد 10 يناير 2021 رقم العدد [ 16020]", "الأحد 10 يناير 2021@2021-01-10"), ("صدر القرار الأممي رقم (2401) بالإجماع", "")]);
}

#[test]
fn a_year_word_glued_to_lam_joins_the_date_before_it() {
    check_all(&[
        ("وفي 9 من شهر مايو لعام 2016 بدأت الحملة", "9 من شهر مايو لعام 2016@2016-05-09"),
        ("تأسس في آذار للعام 2015", "آذار للعام 2015@2015-03"),
    ]);
}

#[test]
fn a_noun_starting_with_waw_is_counted_and_a_noun_after_waw_is_not() {
    check_all(&[
        ("وحضر الاجتماع 12 وزيرا و4 سفراء", "12=12 cardinal #وزير | 4=4 cardinal #سفير"),
        ("وقتل اثنان من قادة التنظيم الخمسة وزعيمه", "اثنان=2 cardinal | الخمسة=5 cardinal"),
    ]);
}

#[test]
fn a_counted_noun_set_in_quotes_is_still_counted() {
    check_all(&[
        ("وأعلن الجيش مقتل 9 \"متمردين\" في الاشتباكات", "9=9 cardinal #متمرد"),
        ("وقتلت الغارة 14 «مسلحا» قرب الحدود", "14=14 cardinal #مسلح"),
        // Quotes around more than the noun are a name or a title.
        ("وشارك 3 \"وفود رسمية\" في المؤتمر", "3=3 cardinal"),
    ]);
}

#[test]
fn a_year_up_to_a_day_of_the_month_is_a_year() {
    check_all(&[
        ("قتلوا منذ دخوله في 2015 حتى 12 من آذار 2019", "2015@2015 | 12 من آذار 2019@2019-03-12"),
        ("ارتفع العدد من 2015 إلى 7 تموز 2016", "2015@2015 | 7 تموز 2016@2016-07-07"),
        // A range of counts stays one.
        ("فر من 2000 حتى 3000 شخص", "2000=2000 cardinal #شخص | 3000=3000 cardinal #شخص"),
    ]);
}

#[test]
fn counted_nouns_in_persian_letters_and_plurals_of_papers() {
    check_all(&[
        ("وقتل 40 مدنیا في القصف", "40=40 cardinal #مدني"),
        ("ودرس التحالف 12 بلاغا و4 تقارير", "12=12 cardinal #بلاغ | 4=4 cardinal #تقرير"),
        ("ورفض 7 بلاغات من أصل 30", "7=7 cardinal #بلاغ | 30=30 cardinal"),
    ]);
}

#[test]
fn an_amount_of_several_scales_each_smaller_joined_by_waw() {
    check_all(&[
        ("بلغت 35 ملياراً و394 مليوناً و173 ألفاً و320 دينار", "35 ملياراً و394 مليوناً و173 ألفاً و320 دينار=35394173320 money/IQD"),
        // The alef written without its hamza.
        ("صرف 2 مليار و15 مليونا و40 الفا", "2 مليار و15 مليونا و40 الفا=2015040000 cardinal"),
        // Units close the amount: a figure after them is another.
        ("قتل 5 آلاف و200 و300 جريح", "5 آلاف و200=5200 cardinal | 300=300 cardinal #جريح"),
    ]);
}

#[test]
fn a_bylines_year_set_off_by_a_dash() {
    check_all(&[
        ("نشر في 14 مارس - 2023", "14 مارس - 2023@2023-03-14"),
        ("تحديث: 3 تموز – 2019\nقتل 5", "3 تموز – 2019@2019-07-03 | 5=5 cardinal"),
        // A figure after the dash is no year.
        ("في 27 أكتوبر - 2000 مقاتل", "27 أكتوبر@--10-27 | 2000=2000 cardinal #مقاتل"),
    ]);
}

#[test]
fn a_month_by_its_number_after_shahr() {
    check_all(&[
        ("انتهت المهلة في شهر 10 سنة 2021", "شهر 10 سنة 2021@2021-10"),
        ("بدأ في شهر 4 من عام 2019", "شهر 4 من عام 2019@2019-04"),
        // A scale or a noun counted after the number: a count.
        ("قتل خلال شهر 10 آلاف شخص", "10 آلاف=10000 cardinal #شخص"),
        ("بقي شهر 3 أيام", "3 أيام=3 duration/day"),
    ]);
}

#[test]
fn a_utc_offset_is_no_time_and_a_fiscal_year_is_a_year() {
    check_all(&[
        // The offset glued after a timestamp's sign; a range keeps both.
        ("آخر تحديث 2020-07-13T05:28:27+00:00", "2020-07-13@2020-07-13"),
        ("نشر 2020-07-13 05:28:27-05:00", "2020-07-13@2020-07-13 | 05:28:27@T05:28:27"),
        ("تفتح الأبواب من 10:00-12:00 يوميا", "10:00@T10:00 | 12:00@T12:00"),
        // An adjective of the year between its head and the year.
        ("طلب للسنة المالية 2016 مبلغ 8 مليارات دولار", "لسنة المالية 2016@2016 | 8 مليارات دولار=8000000000 money/USD"),
        ("في العام المالي 2017", "العام المالي 2017@2017"),
    ]);
}

#[test]
fn a_change_in_money_told_without_its_currency_is_money() {
    check_all(&[
        (
            "رفع النفقات إلى 585 مليار دولار بزيادة قدرها 38 مليارا مقارنة بالعام السابق",
            "585 مليار دولار=585000000000 money/USD | 38 مليارا=38000000000 money/USD",
        ),
        ("بلغت 585 مليار دولار بزيادة 38 مليارا", "585 مليار دولار=585000000000 money/USD | 38 مليارا=38000000000 money/USD"),
    ]);
}

#[test]
fn two_bodies_and_a_verb_of_belonging_after_a_figure() {
    check_all(&[("وسلمت جثتان لعائلتيهما", "جثتان=2 cardinal #جثة"), ("كان بينها 850 تعود إلى عناصر التنظيم", "850=850 cardinal")]);
}

#[test]
fn a_units_number_after_its_article_labels_it() {
    check_all(&[
        ("وأفادت الهيئة بأن قوات من اللواء الـ28 اشتبكت مع التنظيم", ""),
        ("وقتل 5 من عناصر الفرقة الـ17 في الهجوم", "5=5 cardinal"),
        // Not a unit's head: the article still ranks or counts.
        ("وهذه هي الذكرى الـ12 للهجوم", "12=12 ordinal"),
    ]);
}

#[test]
fn a_digit_written_for_a_letter_inside_a_word_is_no_number() {
    check_all(&[
        ("وهاجم عناصر د١عش القرية ليلا", ""),
        ("وتبنى داع3ش الهجوم على 4 مواقع", "4=4 cardinal #موقع"),
        // Glued after proclitics and the article, or before a word, it
        // is a number still.
        ("وتبرعت الجمعية ب5آلاف دولار", "5آلاف دولار=5000 money/USD"),
        ("ونزح 20ألف شخص من المدينة", "20ألف=20000 cardinal #شخص"),
        // Several digits glued on both sides are a number a lost space
        // glued to the words around it.
        ("تقع القرية غرب الحسكة45كم تقريبا", "45كم=45 measure/km about"),
        ("وصل المخيم150عائلة نازحة", "150=150 cardinal #عائلة"),
    ]);
}

#[test]
fn a_number_after_a_label_and_waw_is_counted() {
    check_all(&[
        ("وقتلوا آمر لواء و7 آخرين من عناصره", "7=7 cardinal"),
        ("وقتل آمر الفوج و 3 من مرافقيه", "3=3 cardinal"),
        // A label's number joined by «و» to another is a label still.
        ("وشارك لوائي 17 و18 في الهجوم", ""),
    ]);
}

#[test]
fn a_number_set_between_slashes_keeps_its_qualifier_and_noun() {
    check_all(&[
        ("وقال إن نحو /2500/ مدني لا يزالون مفقودين", "/2500/=2500 cardinal about #مدني"),
        ("ويضم المخيم قرابة /300/ امرأة", "/300/=300 cardinal about #امرأة"),
        // Slashes glued to digits on either side make a date.
        ("وصل الوفد في 6/8/2020 إلى المدينة", "6/8/2020@2020-08-06"),
    ]);
}

#[test]
fn a_figure_approximated_or_reached_after_the_article_is_a_count_and_an_accusative_scale_closes_it() {
    check_all(&[
        ("ارتفع عدد القتلى إلى ما يقارب الـ 45.", "45=45 cardinal about"),
        ("وصل العدد إلى ال 60", "60=60 cardinal"),
        ("حل في المرتبة الـ7.", "7=7 ordinal"),
        ("إن قواته البالغة 40 ألفا شاركت في المعارك", "40 ألفا=40000 cardinal"),
        ("نزح 25 ألفا نازحا", "25 ألفا=25000 cardinal #نازح"),
    ]);
}
