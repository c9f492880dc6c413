//! The order conversation: number, then contact, then one lookup; the hourly limit; what
//! a verified order changes; a shopper the store vouched for, asked for no contact.

use crate::bot::dialogue::*;
use crate::bot::dialogue_tests::{frustration, handed_off, said, turn};
use crate::bot::frustration::Frustration;
use crate::bot::handoff::{HandoffRules, Trigger};
use crate::bot::order_reference::Contact;
use crate::bot::reply::keys;

#[test]
fn where_is_my_order_asks_number_then_contact_then_looks_up() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    let steps = d.on_message("where is my order?", turn(1, &f, &r));
    assert_eq!(said(&steps), vec![keys::ASK_ORDER_NUMBER]);
    assert_eq!(d.awaiting, Awaiting::OrderNumber);
    let steps = d.on_message("#1001", turn(2, &f, &r));
    assert_eq!(said(&steps), vec![keys::ASK_CONTACT]);
    let steps = d.on_message("ana@example.com", turn(3, &f, &r));
    assert_eq!(
        steps,
        vec![Step::LookUp {
            order: "1001".into(),
            contact: Contact::Email("ana@example.com".into())
        }]
    );
    let verified = Verified {
        number: "#1001".into(),
        masked: "#1001 · a***@example.com".into(),
        country: Some("TH".into()),
        vip: false,
    };
    assert!(
        d.looked_up(Lookup::Shown(verified.clone()), turn(4, &f, &r))
            .is_empty()
    );
    assert_eq!(d.awaiting, Awaiting::Nothing);
    assert_eq!(d.order_country.as_deref(), Some("TH"));
    assert_eq!(d.order.as_deref(), Some("#1001 · a***@example.com"));
    assert_eq!(d.order_number.as_deref(), Some("#1001"));
    // The merchant's VIP rule matched: shown, then a person takes over.
    let vip = Verified {
        vip: true,
        ..verified
    };
    let steps = d.looked_up(Lookup::Shown(vip), turn(5, &f, &r));
    assert_eq!(handed_off(&steps), Some(Trigger::Vip));
}

#[test]
fn everything_in_one_message_goes_straight_to_the_lookup() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    let steps = d.on_message(
        "where is my order 10293? my email is ana@example.com",
        turn(1, &f, &r),
    );
    assert!(
        matches!(&steps[..], [Step::LookUp { order, .. }] if order == "10293"),
        "{steps:?}"
    );
}

#[test]
fn lookups_are_limited_per_hour() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    for n in 0..LOOKUPS_PER_HOUR as u64 {
        let steps = d.on_message(
            &format!("order #{} ana@example.com", 1000 + n),
            turn(n * 1000, &f, &r),
        );
        assert!(matches!(steps[..], [Step::LookUp { .. }]), "{n}: {steps:?}");
        assert!(
            !d.looked_up(Lookup::NoMatch, turn(n * 1000, &f, &r))
                .is_empty()
        );
    }
    let steps = d.on_message("order #1999 ana@example.com", turn(10_000, &f, &r));
    assert_eq!(handed_off(&steps), Some(Trigger::Lookups));
    // An hour later the shopper could look up again (after the person hands back).
    let _ = d.handed_back();
    let steps = d.on_message(
        "order #1999 ana@example.com",
        turn(3_600_000 + 5_000, &f, &r),
    );
    assert!(matches!(steps[..], [Step::LookUp { .. }]), "{steps:?}");
}

#[test]
fn a_phone_number_given_as_the_contact_is_not_taken_for_a_new_order_number() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    d.on_message("where is my order #1001?", turn(1, &f, &r));
    let steps = d.on_message("0812345678", turn(2, &f, &r));
    assert_eq!(
        steps,
        vec![Step::LookUp {
            order: "1001".into(),
            contact: Contact::Phone("0812345678".into())
        }]
    );
}

/// A turn of a session the store vouched for as ana@example.com.
fn vouched<'a>(now_ms: u64, f: &'a Frustration, r: &'a HandoffRules) -> Turn<'a> {
    Turn {
        vouched_email: Some("ana@example.com"),
        ..turn(now_ms, f, r)
    }
}

#[test]
fn a_logged_in_shopper_is_not_asked_for_the_checkout_contact() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let ana = || Contact::Email("ana@example.com".into());
    let mut d = Dialogue::default();
    let steps = d.on_message("where is my order #1001?", vouched(1, &f, &r));
    assert_eq!(
        steps,
        vec![Step::LookUp {
            order: "1001".into(),
            contact: ana()
        }]
    );
    // Asked for the number first, the number alone is enough.
    let mut d = Dialogue::default();
    let steps = d.on_message("where is my order?", vouched(1, &f, &r));
    assert_eq!(said(&steps), vec![keys::ASK_ORDER_NUMBER]);
    let steps = d.on_message("10293", vouched(2, &f, &r));
    assert_eq!(
        steps,
        vec![Step::LookUp {
            order: "10293".into(),
            contact: ana()
        }]
    );
    // Not the shopper's order: told as an anonymous shopper is told.
    let steps = d.looked_up(Lookup::NoMatch, vouched(3, &f, &r));
    assert_eq!(said(&steps), vec![keys::NO_MATCH]);
}

#[test]
fn a_contact_the_logged_in_shopper_gives_is_the_one_checked() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    let steps = d.on_message(
        "order #1001, I paid with +66 81 234 5678",
        vouched(1, &f, &r),
    );
    assert_eq!(
        steps,
        vec![Step::LookUp {
            order: "1001".into(),
            contact: Contact::Phone("66812345678".into())
        }]
    );
}

#[test]
fn a_logged_in_shopper_has_the_same_lookup_limit() {
    let (f, r) = (frustration(), HandoffRules::shipped());
    let mut d = Dialogue::default();
    for n in 0..LOOKUPS_PER_HOUR as u64 {
        let steps = d.on_message(&format!("order #{}", 2000 + n), vouched(n, &f, &r));
        assert!(matches!(steps[..], [Step::LookUp { .. }]), "{n}: {steps:?}");
        let _ = d.looked_up(Lookup::NoMatch, vouched(n, &f, &r));
    }
    let steps = d.on_message("order #2999", vouched(10, &f, &r));
    assert_eq!(handed_off(&steps), Some(Trigger::Lookups));
}
