//! The claim lexicon: the shipped file loads, a user file extends it, and
//! a bad file is an error that names it.

use khabar_claims::{Action, ClaimsLexicon};

#[test]
fn every_action_label_parses_back() {
    for a in Action::ALL {
        assert_eq!(Action::parse(a.as_str()), Some(a));
    }
    assert_eq!(Action::parse("looted"), None);
}

#[test]
fn a_user_file_extends_the_lexicon_and_bad_files_are_named() {
    let mut lexicon = ClaimsLexicon::default();
    lexicon
        .extend_from_toml("mine.toml", "[speech]\nwords = [\"ناشد\"]\n[actions.killed]\nwords = [\"صرعى\"]\nverbs = [\"نحر\"]\n")
        .unwrap();
    let unknown_action = lexicon.extend_from_toml("bad.toml", "[actions.looted]\nwords = [\"نهب\"]\n").unwrap_err();
    assert!(unknown_action.to_string().starts_with("bad.toml: [actions.looted]"), "{unknown_action}");
    let unknown_table = lexicon.extend_from_toml("bad.toml", "[verbs]\nwords = []\n").unwrap_err();
    assert!(unknown_table.to_string().starts_with("bad.toml:"), "{unknown_table}");
    let empty_word = lexicon.extend_from_toml("bad.toml", "[speech]\nwords = [\"\"]\n").unwrap_err();
    assert!(empty_word.to_string().contains("[speech]"), "{empty_word}");
    let empty_verb = lexicon.extend_from_toml("bad.toml", "[actions.killed]\nverbs = [\" \"]\n").unwrap_err();
    assert!(empty_verb.to_string().contains("[actions.killed]"), "{empty_verb}");
    lexicon.extend_from_toml("mine.toml", "[reference_defaults.sdf]\nwords = [\"القوات\"]\n").unwrap();
    let no_id = lexicon.extend_from_toml("bad.toml", "[reference_defaults.\"an id\"]\nwords = [\"الحزب\"]\n").unwrap_err();
    assert!(no_id.to_string().contains("reference_defaults") && no_id.to_string().contains("not an entity id"), "{no_id}");
}
