use super::*;

fn row(conversation: &str, region: &str) -> InboxRow {
    InboxRow {
        conversation: conversation.into(),
        region: region.into(),
        language: "th".into(),
        country: Some("TH".into()),
        ..InboxRow::default()
    }
}

#[test]
fn messages_count_unread_mask_data_and_reopen_a_closed_conversation() {
    let mut r = row("c1", "apac");
    r.message(
        Author::Shopper,
        "my email is somchai@example.com <script>x</script>",
        10,
    );
    assert_eq!(
        r.last_text,
        "my email is s***@example.com <script>x</script>"
    );
    r.message(Author::Shopper, &"long ".repeat(100), 11);
    assert_eq!(r.unread, 2);
    assert!(r.last_text.ends_with('…') && r.last_text.chars().count() == PREVIEW + 1);
    r.handed_off("asked", 12);
    r.handed_off("frustration", 13);
    assert_eq!((r.status, r.waiting_since_ms), (Status::Waiting, Some(12)));
    r.assignee = Some("ana@shop.example".into());
    r.message(Author::Agent, "Hello!", 14);
    assert_eq!(
        (r.status, r.unread, r.waiting_since_ms),
        (Status::Open, 0, None)
    );
    r.status = Status::Closed;
    r.rating = Some(4);
    r.message(Author::Shopper, "one more thing", 15);
    assert_eq!((r.status, r.rating), (Status::Open, None));
}

#[test]
fn filters_counts_and_the_merged_order() {
    let mut waiting_long = row("a", "eu");
    waiting_long.handed_off("asked", 100);
    let mut waiting_short = row("b", "apac");
    waiting_short.handed_off("vip", 200);
    let mut recent = row("c", "apac");
    recent.message(Author::Shopper, "hi", 900);
    let mut old = row("d", "eu");
    old.message(Author::Agent, "bye", 50);
    old.status = Status::Closed;
    let merged = merge([
        vec![old.clone(), waiting_long.clone()],
        vec![recent.clone(), waiting_short.clone()],
    ]);
    let order: Vec<&str> = merged.iter().map(|r| r.conversation.as_str()).collect();
    assert_eq!(order, ["a", "b", "c", "d"]);
    assert_eq!(
        counts(&merged),
        Counts {
            bot: 1,
            waiting: 2,
            open: 0,
            closed: 1,
            unread: 1
        }
    );
    let apac_waiting = Filter {
        status: Some(Status::Waiting),
        region: Some("apac".into()),
        ..Filter::default()
    };
    assert_eq!(merged.iter().filter(|r| apac_waiting.matches(r)).count(), 1);
    let unread = Filter {
        unread_only: true,
        ..Filter::default()
    };
    assert_eq!(
        merged
            .iter()
            .filter(|r| unread.matches(r))
            .map(|r| r.conversation.as_str())
            .collect::<Vec<_>>(),
        ["c"]
    );
}

#[test]
fn only_the_start_of_a_wait_is_a_new_handoff() {
    let mut bot = row("c1", "apac");
    bot.status = Status::Bot;
    let mut waiting = bot.clone();
    waiting.handed_off("asked", 100);
    assert_eq!(waiting.status, Status::Waiting);
    assert!(is_new_handoff(Some(&bot), &waiting));
    assert!(is_new_handoff(None, &waiting), "first seen waiting");
    let mut more = waiting.clone();
    more.message(Author::Shopper, "hello?", 200);
    assert!(
        !is_new_handoff(Some(&waiting), &more),
        "a message while waiting"
    );
    let mut again = more.clone();
    again.handed_off("asked", 900);
    assert!(
        !is_new_handoff(Some(&more), &again),
        "asked again while still waiting: the same wait"
    );
    assert!(!is_new_handoff(Some(&bot), &bot));
}

#[test]
fn rows_stored_before_the_channel_was_kept_still_read() {
    let old = r#"{"conversation":"c1","region":"eu","status":"waiting","language":"th","last_text":"hi","last_author":"shopper","last_at_ms":5,"unread":1}"#;
    let row: InboxRow = serde_json::from_str(old).expect("reads");
    assert_eq!((row.status, row.channel), (Status::Waiting, None));
    let mut row = row;
    row.channel = Some(Channel::Polling);
    let json = serde_json::to_string(&row).expect("json");
    assert!(json.contains(r#""channel":"polling""#), "{json}");
}
