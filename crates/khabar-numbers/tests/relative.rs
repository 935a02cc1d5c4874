//! Relative dates: what is read as one (and what is not), and where each
//! lies from a reference day.

use khabar_numbers::{DateKind, Extractor, Relative, RelativeUnit};

/// The relative dates of `text`, as `text=code`, with relative dates on.
fn relative(text: &str) -> Vec<String> {
    let found = Extractor::default().with_relative_dates(true).extract(text);
    found
        .dates
        .iter()
        .filter(|d| d.kind == DateKind::Relative)
        .map(|d| format!("{}={}", &text[d.span.range()], d.relative.unwrap().code()))
        .collect()
}

#[test]
fn expressions_that_state_no_calendar_date() {
    let cases: &[(&str, &[&str])] = &[
        ("قتل جندي أمس", &["أمس=day-1"]),
        ("وأمس أعلنت الوزارة", &["أمس=day-1"]),
        ("جرى ذلك البارحة", &["البارحة=day-1"]),
        ("وصل أول أمس إلى بغداد", &["أول أمس=day-2"]),
        ("تنتهي المهلة اليوم", &["اليوم=day+0"]),
        ("يعقد الاجتماع غدا", &["غدا=day+1"]),
        ("قصفت الطائرات الأسبوع الماضي مواقع", &["الأسبوع الماضي=week-1"]),
        ("ارتفع العدد خلال الشهر الماضي", &["الشهر الماضي=month-1"]),
        ("تبدأ الانتخابات الشهر المقبل", &["الشهر المقبل=month+1"]),
        ("تراجعت الهجمات في العام الماضي", &["العام الماضي=year-1"]),
        ("خلال السنة الماضية", &["السنة الماضية=year-1"]),
        ("ويتوقع أن تنتهي هذا العام", &["هذا العام=year+0"]),
        ("وصل الوفد يوم الخميس إلى أربيل", &["يوم الخميس=thu+0"]),
        ("قصف مساء الجمعة", &["مساء الجمعة=fri+0"]),
        ("عقد الاجتماع الثلاثاء الماضي", &["الثلاثاء الماضي=tue-1"]),
        ("تبدأ العملية الأحد المقبل", &["الأحد المقبل=sun+1"]),
        ("قال المتحدث، السبت، إن القوات تقدمت", &["السبت=sat+0"]),
        ("وقال اليوم الإثنين إن", &["اليوم الإثنين=mon+0"]),
    ];
    for (text, want) in cases {
        assert_eq!(relative(text), *want, "{text}");
    }
}

#[test]
fn words_that_are_no_day_of_writing() {
    for text in [
        "في اليوم الأول من المعركة",
        "في اليوم التالي للهجوم",
        "في نفس اليوم",
        "أدى المصلون صلاة الجمعة",
        "بعد خطبة الجمعة في المسجد",
        "ذلك اليوم",
        // A weekday that opens a calendar date is part of that date.
        "الأربعاء 22 آذار 2017",
        "يوم الخميس 3 تشرين الثاني 2016",
    ] {
        assert!(relative(text).is_empty(), "{text}: {:?}", relative(text));
    }
    let full = Extractor::default().with_relative_dates(true).extract("يوم الخميس 3 تشرين الثاني 2016");
    assert_eq!(full.dates.iter().map(|d| d.iso.as_str()).collect::<Vec<_>>(), ["2016-11-03"]);
}

#[test]
fn relative_dates_are_off_unless_asked() {
    let found = Extractor::default().extract("قتل جندي أمس، وفي الشهر الماضي قتل آخرون يوم الأربعاء الماضي");
    assert!(found.dates.is_empty(), "{:?}", found.dates);
}

#[test]
fn each_resolves_from_the_reference_day() {
    let day = |offset| Relative { unit: RelativeUnit::Day, offset };
    let week = |offset| Relative { unit: RelativeUnit::Week, offset };
    let month = |offset| Relative { unit: RelativeUnit::Month, offset };
    let year = |offset| Relative { unit: RelativeUnit::Year, offset };
    let weekday = |n, offset| Relative { unit: RelativeUnit::Weekday(n), offset };
    // 2019-03-23 is a Saturday; 2021-01-01 a Friday.
    let cases = [
        (day(-1), (2019, 3, 23), "2019-03-22"),
        (day(-1), (2019, 3, 1), "2019-02-28"),
        (day(-1), (2020, 3, 1), "2020-02-29"),
        (day(-2), (2021, 1, 1), "2020-12-30"),
        (day(1), (2020, 12, 31), "2021-01-01"),
        (day(0), (2019, 3, 23), "2019-03-23"),
        (week(-1), (2019, 3, 23), "2019-W11"),
        (week(0), (2021, 1, 1), "2020-W53"),
        (week(1), (2019, 12, 28), "2020-W01"),
        (month(-1), (2019, 1, 15), "2018-12"),
        (month(1), (2019, 12, 15), "2020-01"),
        (month(0), (2019, 3, 23), "2019-03"),
        (year(-1), (2019, 3, 23), "2018"),
        (year(1), (2019, 3, 23), "2020"),
        // Wednesday of a Saturday: the one three days back, or ten.
        (weekday(3, 0), (2019, 3, 23), "2019-03-20"),
        (weekday(3, -1), (2019, 3, 23), "2019-03-20"),
        (weekday(3, 1), (2019, 3, 23), "2019-03-27"),
        // Saturday of a Saturday: today, a week back, a week ahead.
        (weekday(6, 0), (2019, 3, 23), "2019-03-23"),
        (weekday(6, -1), (2019, 3, 23), "2019-03-16"),
        (weekday(6, 1), (2019, 3, 23), "2019-03-30"),
        (weekday(7, 1), (2019, 3, 23), "2019-03-24"),
    ];
    for (relative, reference, want) in cases {
        assert_eq!(relative.resolve(reference).as_deref(), Some(want), "{} from {reference:?}", relative.code());
    }
    assert_eq!(day(-1).resolve((2019, 2, 30)), None, "no such reference day");
}
