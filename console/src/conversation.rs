//! One conversation: the handoff summary pinned on top, the messages (each in the agent's
//! language when translated, the original a click away, the language it was written in
//! named), "reveal" for those allowed, and the composer with what the shopper will read.

use caravan_core::language::locale::Locale;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;
use serde_json::json;
use std::time::Duration;

use crate::actions::{Actions, State};
use crate::api;
use crate::composer::Composer;
use crate::inbox::Inbox;
use crate::intl;
use crate::order_card::{Line, OrderCard};
use crate::state::{Me, ui};
use crate::summary::{Summary, SummaryCard, Whereabouts};

/// How long a sign of the shopper typing shows.
const TYPING_SHOWN: Duration = Duration::from_secs(6);
/// How often the open conversation is read again besides when its row is pushed live.
const REFRESH: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Translation {
    state: String,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Message {
    seq: u64,
    author: String,
    text: String,
    /// Unix ms.
    #[serde(default)]
    at: u64,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    translation: Option<Translation>,
    /// Personal data was masked in it (the edge says so).
    #[serde(default)]
    masked: bool,
    /// An order's card under a bot message.
    #[serde(default)]
    card: Vec<Line>,
}

/// A private note, the team's only.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Note {
    author: String,
    text: String,
    at_ms: u64,
}

#[component]
pub fn ConversationPane(me: Me, region: String, id: String) -> impl IntoView {
    let ui = ui();
    let messages = RwSignal::new(Vec::<Message>::new());
    let summary = RwSignal::new(None::<Summary>);
    let shopper_locale = RwSignal::new(None::<String>);
    let place = RwSignal::new(Whereabouts::default());
    let notes = RwSignal::new(Vec::<Note>::new());
    let order_number = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let state = State::default();
    // The last order card the bot showed: the verified order, pinned in the summary.
    let order = Memo::new(move |_| {
        messages.with(|m| {
            m.iter()
                .rev()
                .find(|m| !m.card.is_empty())
                .map(|m| m.card.clone())
                .unwrap_or_default()
        })
    });
    let base = format!("conversations/{region}/{id}");
    let call = StoredValue::new((me.clone(), base));

    let read = move || {
        spawn_local(async move {
            let (me, base) = call.get_value();
            let after = messages.with_untracked(|m| m.last().map_or(0, |m| m.seq));
            // Shopper messages come in the language the agent reads the console in.
            let lang = ui.strings.with_untracked(|s| s.locale.tag());
            let path = format!("{base}/messages?after={after}&lang={lang}");
            let answer = api::call(&me.merchant, "GET", &path, None, None).await;
            // Another conversation may be open by now, or another language chosen (this
            // answer is then the old language's and its `after` is stale).
            if messages.is_disposed() || ui.strings.with_untracked(|s| s.locale.tag()) != lang {
                return;
            }
            match answer {
                Ok(v) => {
                    error.set(None);
                    state.update(&v);
                    order_number.set(v["order_number"].as_str().map(str::to_owned));
                    if let Ok(all) = serde_json::from_value::<Vec<Note>>(v["notes"].clone())
                        && notes.with_untracked(|n| n.len()) != all.len()
                    {
                        notes.set(all);
                    }
                    let locale = v["shopper_locale"].as_str().map(str::to_owned);
                    // Set only when it changes: its readers ask the edge again.
                    if shopper_locale.with_untracked(|l| *l != locale) {
                        shopper_locale.set(locale);
                    }
                    if after == 0 {
                        summary.set(serde_json::from_value(v["summary"].clone()).ok());
                        place.set(serde_json::from_value(v.clone()).unwrap_or_default());
                    }
                    let new: Vec<Message> =
                        serde_json::from_value(v["messages"].clone()).unwrap_or_default();
                    if !new.is_empty() {
                        messages.update(|m| {
                            let last = m.last().map_or(0, |m| m.seq);
                            m.extend(new.into_iter().filter(|n| n.seq > last));
                        });
                    }
                }
                Err(e) => error.set(Some(ui.told(&e))),
            }
        });
    };
    // Read from the start again when the agent switches the console's language.
    Effect::new(move |before: Option<Locale>| {
        let now = ui.strings.with(|s| s.locale);
        if before.is_some_and(|b| b != now) {
            messages.set(Vec::new());
        }
        read();
        now
    });
    if let Ok(handle) = set_interval_with_handle(read, REFRESH) {
        on_cleanup(move || handle.clear());
    }
    // Its row pushed live: something happened here.
    let inbox = expect_context::<Inbox>();
    // The shopper typing: shown a few seconds after each sign.
    let shopper_typing = RwSignal::new(false);
    let here = id.clone();
    Effect::new(move |_| {
        let (conversation, sign) = inbox.typing.get();
        if conversation != here {
            return;
        }
        shopper_typing.set(true);
        set_timeout(
            move || {
                if inbox.typing.try_with_untracked(|t| t.1) == Some(sign) {
                    let _ = shopper_typing.try_set(false);
                }
            },
            TYPING_SHOWN,
        );
    });
    let this = id.clone();
    Effect::new(move |_| {
        if inbox.pushed.get().as_deref() == Some(this.as_str()) {
            read();
        }
    });

    let may_reveal = me.account.may_reveal();
    let reveal = move |seq: u64| {
        let lang = ui.strings.with_untracked(|s| s.locale.tag());
        spawn_local(async move {
            let (me, base) = call.get_value();
            let body = json!({ "seq": seq, "lang": lang });
            let revealed = api::call(
                &me.merchant,
                "POST",
                &format!("{base}/reveal"),
                Some(&body),
                Some(&me.csrf),
            )
            .await;
            if messages.is_disposed() {
                return;
            }
            match revealed {
                Ok(v) => {
                    if let Ok(shown) = serde_json::from_value::<Message>(v["message"].clone()) {
                        messages.update(|m| {
                            if let Some(old) = m.iter_mut().find(|m| m.seq == seq) {
                                *old = Message {
                                    masked: false,
                                    ..shown
                                };
                            }
                        });
                    }
                }
                Err(e) if e.status() == Some(403) => error.set(Some(ui.t("reveal-not-allowed"))),
                Err(e) => error.set(Some(ui.told(&e))),
            }
        });
    };

    // The newest message in view, as a chat should be.
    let list_ref = NodeRef::<leptos::html::Ol>::new();
    Effect::new(move |_| {
        messages.track();
        notes.track();
        if let Some(list) = list_ref.get() {
            list.set_scroll_top(list.scroll_height());
        }
    });
    // Messages and notes in the order they were written.
    let list = move || {
        let notes = notes.get();
        let mut notes = notes.into_iter().peekable();
        let mut items = Vec::new();
        for m in messages.get() {
            while let Some(n) = notes.next_if(|n| n.at_ms <= m.at) {
                items.push(view! { <NoteItem note=n/> }.into_any());
            }
            items.push(
                view! { <MessageItem message=m may_reveal=may_reveal reveal=reveal/> }.into_any(),
            );
        }
        items.extend(notes.map(|n| view! { <NoteItem note=n/> }.into_any()));
        items
    };
    view! {
        <article class="cv-conversation" aria-labelledby="cv-summary-heading">
            <SummaryCard summary=summary shopper_locale=shopper_locale place=place order=order/>
            <Actions call=call state=state shopper_locale=shopper_locale error=error/>
            <p class="cv-error" role="alert">{move || error.get()}</p>
            <ol class="cv-messages" aria-live="polite" node_ref=list_ref>{list}</ol>
            <p class="cv-typing" hidden=move || !shopper_typing.get()>{ui.tr("shopper-typing")}</p>
            <Composer call=call shopper_locale=shopper_locale order_number=order_number on_sent=read/>
        </article>
    }
}

#[component]
fn NoteItem(note: Note) -> impl IntoView {
    let ui = ui();
    let by = ui.strings.with(|s| s.with("note-by", "name", &note.author));
    view! {
        <li class="cv-message cv-note" data-author="note">
            <span class="cv-author">{by}</span>
            <p class="cv-text" dir="auto">{note.text}</p>
        </li>
    }
}

#[component]
fn MessageItem(
    message: Message,
    may_reveal: bool,
    reveal: impl Fn(u64) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ui = ui();
    let original = RwSignal::new(false);
    let author = match message.author.as_str() {
        "shopper" => "author-shopper",
        "bot" => "author-bot",
        _ => "author-agent",
    };
    // The shopper's and the bot's messages read in the agent's language; the agent's own
    // in theirs.
    let translated = message
        .translation
        .as_ref()
        .filter(|t| t.state == "done" && message.author != "agent")
        .and_then(|t| t.text.clone());
    let has_translation = translated.is_some();
    let text = message.text.clone();
    let shown = move || match (&translated, original.get()) {
        (Some(t), false) => t.clone(),
        _ => text.clone(),
    };
    let written_in = message.lang.clone().map(|lang| {
        let name = move || {
            let tag = ui.strings.with(|s| s.locale.tag());
            let name = intl::name_of(tag, "language", &lang);
            ui.strings.with(|s| s.with("written-in", "language", &name))
        };
        view! { <span class="cv-written-in">{name}</span> }
    });
    let seq = message.seq;
    view! {
        <li class="cv-message" data-author=message.author.clone() data-seq=seq>
            <span class="cv-author">{move || ui.t(author)}</span>
            <p class="cv-text" dir="auto" lang=move || original.get().then(|| message.lang.clone()).flatten()>{shown}</p>
            {(!message.card.is_empty()).then(|| view! { <OrderCard lines=message.card.clone()/> })}
            <span class="cv-message-tools">
                {written_in}
                {has_translation.then(|| view! {
                    <button type="button" class="cv-original" on:click=move |_| original.update(|o| *o = !*o)>
                        {move || ui.t(if original.get() { "show-translation" } else { "show-original" })}
                    </button>
                })}
                {(message.masked && may_reveal).then(|| view! {
                    <button type="button" class="cv-reveal" on:click=move |_| reveal(seq)>{ui.tr("reveal")}</button>
                })}
            </span>
        </li>
    }
}
