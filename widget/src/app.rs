//! The chat panel: header, connection state, the conversation and the composer. Every
//! message is rendered as text (never HTML) with `dir="auto"`, so mixed scripts read right.

use caravan_core::delivery::network_quality::Quality;
use caravan_core::delivery::timeline::{Delivery, Entry};
use caravan_core::language::catalog::Arg;
use caravan_core::language::locale::{Locale, SUPPORTED};
use caravan_core::wire::protocol::Author;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use crate::chat::{Chat, Connection};
use crate::intl;

fn author_class(author: Author) -> &'static str {
    match author {
        Author::Shopper => "cv-msg cv-mine",
        Author::Bot | Author::Agent => "cv-msg cv-theirs",
    }
}

fn delivery_state(delivery: Delivery) -> (&'static str, &'static str) {
    match delivery {
        Delivery::Sending => ("sending", "status-sending"),
        Delivery::Sent => ("sent", "status-sent"),
        Delivery::Delivered => ("delivered", "status-delivered"),
        Delivery::Failed(_) => ("failed", "status-failed"),
    }
}

fn message(chat: Chat, entry: Entry) -> impl IntoView {
    let (state, label) = delivery_state(entry.delivery);
    let who = match entry.author {
        Author::Shopper => chat.t("author-you"),
        Author::Bot => chat.t("author-bot"),
        Author::Agent => chat.t("author-agent"),
    };
    let mine = entry.author == Author::Shopper;
    // An avatar (drawn, never downloaded) for the other side; text mode hides it (CSS).
    let avatar = (!mine).then(|| {
        let initial = who.chars().next().map(String::from).unwrap_or_default();
        view! { <span class="cv-avatar" aria-hidden="true">{initial}</span> }
    });
    // A translated reply shows the translation, its original one tap away. The list is
    // drawn afresh when the shopper taps (cheaper in WASM than a reactive text per message).
    let key = entry.key;
    let in_original = chat.originals.with_untracked(|o| o.contains(&key));
    let translated = entry.translation.is_some();
    let body = match entry.translation {
        Some(translation) if !in_original => translation,
        _ => entry.text,
    };
    let note = chat.t(if translated {
        "translated-notice"
    } else {
        "translation-unavailable"
    });
    let toggle_label = chat.t(if in_original {
        "show-translation"
    } else {
        "show-original"
    });
    let toggle = move |_| {
        chat.originals.update(|o| {
            if !o.contains(&key) {
                o.push(key.clone());
            } else {
                o.retain(|k| *k != key);
            }
        });
    };
    view! {
        <li class=author_class(entry.author) data-author=entry.author.as_str() data-status=state>
            {avatar}
            <span class="cv-who">{who}</span>
            <p class="cv-text" dir="auto">{body}</p>
            <p class="cv-tr" hidden=!(translated || entry.untranslated)>
                {note}
                <button type="button" class="cv-tr-toggle" hidden=!translated on:click=toggle>
                    {toggle_label}
                </button>
            </p>
            {entry.at.map(|at| view! { <time class="cv-at">{chat.time(at)}</time> })}
            {mine.then(|| view! { <span class="cv-state">{chat.t(label)}</span> })}
        </li>
    }
}

/// Asks the loader to close the panel (it owns the launcher and the panel's visibility).
fn request_close(target: Option<web_sys::HtmlElement>) {
    let Some(target) = target else { return };
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict("caravan-close", &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// The language menu: every shipped locale by its own name, the current one selected.
fn language_menu(chat: Chat) -> impl IntoView {
    let current = chat.locale.get_untracked();
    let on_change = move |e: ev::Event| {
        if let Some(locale) = Locale::from_tag(&event_target_value(&e)) {
            chat.set_locale(locale, true);
        }
    };
    view! {
        <select class="cv-lang" aria-label=chat.t("language-menu") on:change=on_change>
            {SUPPORTED
                .iter()
                .map(|l| view! {
                    <option value=l.tag() lang=l.tag() selected=*l == current>{intl::autonym(*l)}</option>
                })
                .collect_view()}
        </select>
    }
}

/// The panel, mounted afresh in the new language when the shopper picks one (the draft
/// lives in the chat, so it stays).
#[component]
pub fn App(chat: Chat) -> impl IntoView {
    let draft = chat.draft;
    let log_ref = NodeRef::<html::Div>::new();
    let panel_ref = NodeRef::<html::Section>::new();

    // Keep the newest message in view.
    Effect::new(move |_| {
        chat.timeline.track();
        if let Some(log) = log_ref.get() {
            log.set_scroll_top(log.scroll_height());
        }
    });

    let submit = move || {
        if chat.send(&draft.get_untracked()) {
            draft.set(String::new());
        }
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        // Enter sends; Shift+Enter breaks the line; Enter that ends an IME composition
        // (Japanese, Chinese, Korean input) only confirms the text.
        if e.key() == "Enter" && !e.shift_key() && !e.is_composing() {
            e.prevent_default();
            submit();
        }
    };
    let text_mode = move || chat.quality.get() == Quality::TextOnly;
    let status = move || {
        let state = match chat.connection.get() {
            Connection::Online if chat.quality.get() == Quality::Offline => "connection-offline",
            Connection::Online => return None,
            Connection::Connecting => return Some(chat.t("connection-connecting")),
            Connection::Offline => "connection-offline",
            Connection::Unavailable => "connection-unavailable",
            Connection::RegionUnavailable => "connection-region-unavailable",
            // Nothing will get through from this page: no promise of later delivery.
            Connection::Refused => return Some(chat.t("chat-unavailable")),
        };
        // Say how much is waiting, so the shopper knows nothing was lost.
        let waiting = chat.timeline.with(|t| t.outbox().unacknowledged().count());
        let mut text = chat.t(state);
        if waiting > 0 {
            text.push(' ');
            text.push_str(&chat.t_args("messages-waiting", &[("count", Arg::Num(waiting as f64))]));
        }
        Some(text)
    };
    let refused = move || chat.connection.get() == Connection::Refused;
    let entries = move || chat.timeline.with(|t| t.entries());
    let empty = move || chat.timeline.with(|t| t.entries().is_empty());

    view! {
        <section
            class="caravan-panel"
            node_ref=panel_ref
            aria-label=move || chat.store_name.get()
            data-mode=move || chat.quality.get().as_str()
            data-transport=move || chat.transport.get().map_or("none", |t| t.as_str())
        >
            <header class="cv-header">
                <div class="cv-heading">
                    <h2 class="cv-title">{move || chat.t_args("header-title", &[("store", Arg::Str(&chat.store_name.get()))])}</h2>
                    <p class="cv-subtitle">{chat.t("header-subtitle")}</p>
                </div>
                {language_menu(chat)}
                <button
                    type="button"
                    class="cv-mode"
                    aria-pressed=move || text_mode().to_string()
                    aria-label=move || chat.t(if text_mode() { "text-mode-switch-off" } else { "text-mode-switch-on" })
                    on:click=move |_| chat.toggle_text_mode()
                >
                    "Aa"
                </button>
                <button
                    type="button"
                    class="cv-close"
                    aria-label=chat.t("launcher-close")
                    on:click=move |_| request_close(panel_ref.get_untracked())
                >
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                        <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
                    </svg>
                </button>
            </header>
            <p class="cv-textmode" role="status" hidden=move || !text_mode()>
                {chat.t("text-mode-on")}
            </p>
            <p class="cv-connection" role="status" data-state=move || chat.connection.get().as_str() hidden=move || status().is_none()>
                {status}
            </p>
            // The log is the live region; the list inside keeps its list semantics.
            <div class="cv-log" role="log" aria-live="polite" node_ref=log_ref>
                <p class="cv-empty" hidden=move || !empty() || refused()>{chat.t("empty-state")}</p>
                <ol class="cv-list">
                    {move || {
                        chat.originals.track();
                        entries().into_iter().map(|e| message(chat, e)).collect_view()
                    }}
                </ol>
            </div>
            <p class="cv-notice" role="alert" hidden=move || chat.notice.get().is_none()>
                {move || chat.notice.get()}
            </p>
            // A refused page has nothing to write into.
            <form class="cv-composer" hidden=refused on:submit=move |e: ev::SubmitEvent| { e.prevent_default(); submit(); }>
                <textarea
                    class="cv-input"
                    rows="1"
                    dir="auto"
                    aria-label=chat.t("composer-placeholder")
                    placeholder=chat.t("composer-placeholder")
                    prop:value=draft
                    on:input=move |e| draft.set(event_target_value(&e))
                    on:keydown=on_keydown
                ></textarea>
                <button type="submit" class="cv-send" aria-label=chat.t("composer-send")>
                    <svg class="cv-dir-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                        <path d="M3 20l18-8L3 4v6l12 2-12 2z" fill="currentColor"/>
                    </svg>
                </button>
            </form>
        </section>
    }
}
