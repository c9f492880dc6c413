//! The dialogue's cases: stages, triggers, the order conversation, feedback.

use crate::bot::dialogue::*;
use crate::bot::frustration::Frustration;
use crate::bot::handoff::{HandoffRules, Trigger};
use crate::bot::intent::Intent;
use crate::bot::reply::{Choice, OwnWords, keys};
use crate::language::locale::Locale;

pub(super) fn frustration() -> Frustration {
    Frustration::parse("en\tnegative\tuseless\nen\tabusive\tidiots").expect("lexicon")
}

const UNKNOWN: Availability = Availability::Unknown;

pub(super) fn turn<'a>(now_ms: u64, f: &'a Frustration, rules: &'a HandoffRules) -> Turn<'a> {
    Turn {
        now_ms,
        availability: &UNKNOWN,
        locales: &[Locale::En],
        frustration: f,
        rules,
        vouched_email: None,
    }
}

fn words(text: &str) -> OwnWords {
    OwnWords {
        text: text.into(),
        lang: "en".into(),
        translation: None,
    }
}

fn knowledge(entry: &str) -> Answered {
    Answered::Knowledge {
        entry: entry.into(),
        words: words("Within 30 days."),
        before: None,
    }
}

/// The trigger when the steps hand off (and announce it), else `None`.
pub(super) fn handed_off(steps: &[Step]) -> Option<Trigger> {
    match steps {
        [Step::HandOff(trigger), Step::Say(say)] if say.stage == Some(Stage::Waiting) => {
            Some(*trigger)
        }
        _ => None,
    }
}

pub(super) fn said(steps: &[Step]) -> Vec<&'static str> {
    steps
        .iter()
        .filter_map(|s| {
            if let Step::Say(say) = s {
                Some(say.key)
            } else {
                None
            }
        })
        .collect()
}

#[test]
fn asking_for_a_person_hands_off_at_once_and_the_bot_goes_quiet() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    assert_eq!(
        handed_off(&d.on_message("I want a human", turn(1, &f, &r))),
        Some(Trigger::Asked)
    );
    assert_eq!(d.stage, Stage::Waiting);
    assert_eq!(d.trigger.as_deref(), Some("asked"));
    assert!(
        d.on_message("hello? where is my order #1001", turn(2, &f, &r))
            .is_empty()
    );
    assert!(d.on_choice(Choice::Person, turn(3, &f, &r)).is_empty());
    assert_eq!(said(&d.agent_joined()), vec![keys::AGENT_JOINED]);
    assert!(d.on_message("thanks", turn(4, &f, &r)).is_empty());
    assert_eq!(said(&d.handed_back()), vec![keys::HANDED_BACK]);
    assert_eq!(d.stage, Stage::Bot);
    assert!(
        !d.on_message("thank you so much!", turn(5, &f, &r))
            .is_empty()
    );
}

#[test]
fn a_closed_conversation_reopens_when_the_shopper_writes() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue {
        stage: Stage::Closed,
        ..Dialogue::default()
    };
    d.on_message("hello", turn(1, &f, &r));
    assert_eq!(d.stage, Stage::Bot);
}

#[test]
fn two_misses_in_a_row_hand_off() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    let steps = d.on_message("how long does shipping to Chile take?", turn(1, &f, &r));
    assert!(
        matches!(
            &steps[..],
            [Step::Answer {
                intent: Intent::ShippingTime,
                ..
            }]
        ),
        "{steps:?}"
    );
    assert_eq!(
        said(&d.answered(Answered::Nothing, turn(2, &f, &r))),
        vec![keys::CANNOT_ANSWER]
    );
    let steps = d.on_message("what is the return policy", turn(3, &f, &r));
    assert!(matches!(&steps[..], [Step::Answer { .. }]), "{steps:?}");
    assert_eq!(
        handed_off(&d.answered(Answered::Nothing, turn(4, &f, &r))),
        Some(Trigger::Misses)
    );
}

#[test]
fn did_not_help_counts_as_a_miss_and_helped_resets() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    d.on_message("what is the return policy", turn(1, &f, &r));
    let steps = d.answered(knowledge("returns"), turn(2, &f, &r));
    assert_eq!(
        said(&steps),
        vec!["", keys::HELPFUL],
        "the answer, then did this help?"
    );
    match &steps[..] {
        [Step::Say(answer), Step::Say(helpful)] => {
            assert_eq!(
                answer.own.as_ref().map(|w| w.text.as_str()),
                Some("Within 30 days.")
            );
            assert_eq!(
                helpful.choices,
                vec![Choice::Helpful(true), Choice::Helpful(false)]
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        d.awaiting,
        Awaiting::Feedback {
            entry: "returns".into()
        }
    );
    assert_eq!(
        said(&d.on_choice(Choice::Helpful(false), turn(3, &f, &r))),
        vec![keys::CANNOT_ANSWER]
    );
    assert_eq!(d.misses, 1);
    d.on_message("can I pay with paypal", turn(4, &f, &r));
    d.answered(knowledge("payments"), turn(5, &f, &r));
    assert_eq!(
        said(&d.on_choice(Choice::Helpful(true), turn(6, &f, &r))),
        vec![keys::GLAD]
    );
    assert_eq!(d.misses, 0);
    assert_eq!(d.shown, vec!["returns".to_owned(), "payments".to_owned()]);
}

#[test]
fn the_same_question_three_times_hands_off() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    for n in 0..2 {
        let steps = d.on_message("how much is shipping to canada", turn(n, &f, &r));
        assert!(matches!(&steps[..], [Step::Answer { .. }]), "{steps:?}");
        d.answered(Answered::Rules(words("Ships in 3 days.")), turn(n, &f, &r));
    }
    assert_eq!(
        handed_off(&d.on_message("how much is shipping to canada", turn(3, &f, &r))),
        Some(Trigger::Repeated)
    );
}

#[test]
fn frustration_hands_off() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    let steps = d.on_message("you idiots, this is USELESS!!!", turn(1, &f, &r));
    assert_eq!(handed_off(&steps), Some(Trigger::Frustrated));
}

#[test]
fn unsure_asks_with_quick_replies_and_a_person() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    let reading = crate::bot::understanding::Understanding::Unsure {
        likeliest: Intent::None,
        options: vec![
            Intent::OrderStatus,
            Intent::ReturnRefund,
            Intent::DamagedItem,
        ],
    };
    let steps = d.respond(reading, "hmm", turn(1, &f, &r));
    match &steps[..] {
        [Step::Say(say)] => {
            assert_eq!(say.key, keys::ASK_CHOICE);
            assert_eq!(
                say.choices,
                vec![
                    Choice::Intent(Intent::OrderStatus),
                    Choice::Intent(Intent::ReturnRefund),
                    Choice::Intent(Intent::DamagedItem),
                    Choice::Person
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(d.misses, 1, "not understanding is a miss");
}

#[test]
fn choices_round_trip_through_their_names() {
    for c in [
        Choice::Person,
        Choice::Helpful(true),
        Choice::Helpful(false),
        Choice::Intent(Intent::ReturnRefund),
    ] {
        assert_eq!(Choice::parse(&c.name()), Some(c));
    }
    assert_eq!(Choice::parse("intent:nope"), None);
    assert_eq!(Choice::parse("<script>"), None);
}

#[test]
fn state_written_by_an_older_build_still_reads() {
    let old = r#"{"stage":"waiting","misses":1}"#;
    let d: Dialogue = serde_json::from_str(old).expect("old state");
    assert_eq!(d.stage, Stage::Waiting);
    assert_eq!(d.awaiting, Awaiting::Nothing);
    let again: Dialogue =
        serde_json::from_str(&serde_json::to_string(&d).expect("json")).expect("round trip");
    assert_eq!(again, d);
}

#[test]
fn the_handoff_says_honestly_when_a_person_comes() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let open = Availability::Open {
        typical_wait_min: 4,
    };
    let away = Availability::Away {
        back: "tomorrow at 09:00".into(),
    };
    for (availability, key, args) in [
        (&open, keys::HANDOFF_WAIT, vec![("minutes", "4".to_owned())]),
        (
            &away,
            keys::HANDOFF_AWAY,
            vec![("when", "tomorrow at 09:00".to_owned())],
        ),
    ] {
        let mut d = Dialogue::default();
        let steps = d.on_message(
            "agent",
            Turn {
                availability,
                ..turn(1, &f, &r)
            },
        );
        match &steps[..] {
            [Step::HandOff(Trigger::Asked), Step::Say(say)] => {
                assert_eq!(say.key, key);
                assert_eq!(say.args, args);
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn every_quick_reply_has_a_label_in_english() {
    let english = include_str!("../../../locales/en/bot.ftl");
    let mut choices: Vec<Choice> = Intent::ALL.into_iter().map(Choice::Intent).collect();
    choices.extend([
        Choice::Person,
        Choice::Helpful(true),
        Choice::Helpful(false),
    ]);
    for c in choices {
        if matches!(
            c,
            Choice::Intent(Intent::None | Intent::Greeting | Intent::Thanks | Intent::HumanAgent)
        ) {
            continue; // never offered
        }
        let key = c.label_key();
        assert!(
            english.lines().any(|l| l.starts_with(&format!("{key} ="))),
            "{key}"
        );
    }
}

#[test]
fn out_of_hours_the_shopper_may_leave_an_email_then_waits_quietly() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let away = Availability::Away {
        back: "Monday 09:00".into(),
    };
    let mut d = Dialogue::default();
    let steps = d.on_message(
        "I want a human",
        Turn {
            availability: &away,
            ..turn(1, &f, &r)
        },
    );
    assert_eq!(handed_off(&steps), Some(Trigger::Asked));
    assert_eq!(d.awaiting, Awaiting::Email);
    assert!(
        d.on_message("hello?", turn(2, &f, &r)).is_empty(),
        "no address: silence"
    );
    let steps = d.on_message("sure, it's ana@example.com", turn(3, &f, &r));
    assert_eq!(said(&steps), vec![keys::EMAIL_SAVED]);
    assert!(
        steps.contains(&Step::HandOff(Trigger::Asked)),
        "the queued summary is updated"
    );
    assert_eq!(d.email.as_deref(), Some("ana@example.com"));
    assert!(d.on_message("thanks", turn(4, &f, &r)).is_empty());
}
