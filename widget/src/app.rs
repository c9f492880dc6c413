//! The chat panel: header, connection state, the conversation and the composer. Every
//! message is rendered as text (never HTML) with `dir="auto"`, so mixed scripts read right.
//!
//! Built with the DOM directly and kept current by Leptos render effects, the way Leptos'
//! own views update it: an attribute or a text changes only when its value does, and the
//! message list is patched in place, item by item (a new message is added, the others are
//! left alone, so the live region announces only what is new). Leptos' `view!` compiled
//! every element, attribute and closure of the panel into code of its own; these few
//! helpers do the same work from data, for 13 KB brotli less (see `cargo xtask size`).

use caravan_core::delivery::network_quality::Quality;
use caravan_core::language::catalog::Arg;
use caravan_core::language::locale::{Locale, SUPPORTED};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Event, HtmlElement, KeyboardEvent, Node};

use crate::chat::{Chat, Connection};
use crate::dom::{Panel, element, icon, set_flag, text};
use crate::intl;
use crate::message_item::{Item, message};

/// Asks the loader to close the panel (it owns the launcher and the panel's visibility).
fn request_close(target: &Element) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = Event::new_with_event_init_dict("caravan-close", &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// The language menu: every shipped locale by its own name, the current one selected.
fn language_menu(panel: &mut Panel, chat: Chat, parent: &Node) {
    let current = chat.locale.get_untracked();
    let label = chat.t("language-menu");
    let select = element(
        parent,
        "select",
        &[("class", "cv-lang"), ("aria-label", &label)],
    );
    for l in SUPPORTED {
        let option = element(&select, "option", &[("value", l.tag()), ("lang", l.tag())]);
        set_flag(&option, "selected", *l == current);
        text(&option, &intl::autonym(*l));
    }
    panel.on(
        &select,
        "change",
        Box::new(move |e| {
            if let Some(locale) = Locale::from_tag(&event_target_value(&e)) {
                chat.set_locale(locale, true);
            }
        }),
    );
}

/// Draws the panel into `container`, in the chat's current language. The draft lives in the
/// chat, so a language change (which draws the panel afresh) keeps it.
pub fn mount(container: &HtmlElement, chat: Chat) -> Panel {
    // Leptos' effects run on wasm-bindgen-futures (an error: it already does).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let section = document().create_element("section").unwrap_throw();
    let mut panel = Panel::new(section.clone(), owner.clone());
    owner.with(|| build(&mut panel, &section, chat));
    let _ = container.append_child(&section);
    panel
}

fn build(panel: &mut Panel, section: &Element, chat: Chat) {
    let draft = chat.draft;
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
    let submit = move || {
        if chat.send(&draft.get_untracked()) {
            draft.set(String::new());
        }
    };

    let _ = section.set_attribute("class", "caravan-panel");
    panel.attr(
        section,
        "aria-label",
        Box::new(move || chat.store_name.get()),
    );
    panel.attr(
        section,
        "data-mode",
        Box::new(move || chat.quality.get().as_str().into()),
    );
    panel.attr(
        section,
        "data-transport",
        Box::new(move || chat.transport.get().map_or("none", |t| t.as_str()).into()),
    );

    let header = element(section, "header", &[("class", "cv-header")]);
    let heading = element(&header, "div", &[("class", "cv-heading")]);
    let title = element(&heading, "h2", &[("class", "cv-title")]);
    panel.text(
        &title,
        Box::new(move || {
            chat.t_args(
                "header-title",
                &[("store", Arg::Str(&chat.store_name.get()))],
            )
        }),
    );
    let subtitle = element(&heading, "p", &[("class", "cv-subtitle")]);
    text(&subtitle, &chat.t("header-subtitle"));
    language_menu(panel, chat, &header);
    let mode = element(
        &header,
        "button",
        &[("class", "cv-mode"), ("type", "button")],
    );
    panel.attr(
        &mode,
        "aria-pressed",
        Box::new(move || text_mode().to_string()),
    );
    panel.attr(
        &mode,
        "aria-label",
        Box::new(move || {
            chat.t(if text_mode() {
                "text-mode-switch-off"
            } else {
                "text-mode-switch-on"
            })
        }),
    );
    panel.on(&mode, "click", Box::new(move |_| chat.toggle_text_mode()));
    text(&mode, "Aa");
    let close_label = chat.t("launcher-close");
    let close = element(
        &header,
        "button",
        &[
            ("class", "cv-close"),
            ("type", "button"),
            ("aria-label", &close_label),
        ],
    );
    let target = section.clone();
    panel.on(&close, "click", Box::new(move |_| request_close(&target)));
    icon(
        &close,
        None,
        &[
            ("d", "M6 6l12 12M18 6L6 18"),
            ("stroke", "currentColor"),
            ("stroke-width", "2"),
            ("stroke-linecap", "round"),
        ],
    );

    crate::privacy::build(panel, section, chat);

    let text_mode_note = element(
        section,
        "p",
        &[("class", "cv-textmode"), ("role", "status")],
    );
    panel.hidden(&text_mode_note, Box::new(move || !text_mode()));
    text(&text_mode_note, &chat.t("text-mode-on"));

    let connection = element(
        section,
        "p",
        &[("class", "cv-connection"), ("role", "status")],
    );
    panel.attr(
        &connection,
        "data-state",
        Box::new(move || chat.connection.get().as_str().into()),
    );
    panel.hidden(&connection, Box::new(move || status().is_none()));
    panel.text(&connection, Box::new(move || status().unwrap_or_default()));

    // The log is the live region; the list inside keeps its list semantics.
    let log = element(
        section,
        "div",
        &[
            ("class", "cv-log"),
            ("role", "log"),
            ("aria-live", "polite"),
            // Scrollable: keyboard users must be able to reach and scroll it.
            ("tabindex", "0"),
        ],
    );
    let empty = element(&log, "p", &[("class", "cv-empty")]);
    panel.hidden(
        &empty,
        Box::new(move || !chat.timeline.with(|t| t.entries().is_empty()) || refused()),
    );
    text(&empty, &chat.t("empty-state"));
    let list = element(&log, "ol", &[("class", "cv-list")]);
    let mut items: Vec<Item> = Vec::new();
    panel.effect(Box::new(move || {
        chat.originals.track();
        let entries = chat.timeline.with(|t| t.entries());
        let last = entries.len().saturating_sub(1);
        let mut shown = 0;
        for entry in entries {
            let m = message(chat, entry, shown == last);
            match items.get_mut(shown) {
                Some(item) => item.patch(&m),
                None => items.push(Item::new(chat, &list, &m)),
            }
            shown += 1;
        }
        for gone in items.drain(shown..) {
            gone.remove();
        }
    }));
    // Keep the newest message in view.
    Effect::new(move |_| {
        chat.timeline.track();
        log.set_scroll_top(log.scroll_height());
    });

    // "The support team is typing…": shown a few seconds after each sign, never announced.
    let typing = element(section, "p", &[("class", "cv-typing")]);
    panel.hidden(&typing, Box::new(move || !chat.agent_typing.get()));
    text(&typing, &chat.t("agent-typing"));

    let notice = element(section, "p", &[("class", "cv-notice"), ("role", "alert")]);
    panel.hidden(&notice, Box::new(move || chat.notice.get().is_none()));
    panel.text(
        &notice,
        Box::new(move || chat.notice.get().unwrap_or_default()),
    );

    // A refused page has nothing to write into.
    let form = element(section, "form", &[("class", "cv-composer")]);
    panel.hidden(&form, Box::new(refused));
    panel.on(
        &form,
        "submit",
        Box::new(move |e| {
            e.prevent_default();
            submit();
        }),
    );
    let placeholder = chat.t("composer-placeholder");
    let input = element(
        &form,
        "textarea",
        &[
            ("class", "cv-input"),
            ("rows", "1"),
            ("dir", "auto"),
            ("aria-label", &placeholder),
            ("placeholder", &placeholder),
        ],
    );
    let field: web_sys::HtmlTextAreaElement = input.clone().unchecked_into();
    panel.effect(Box::new(move || {
        let value = draft.get();
        if field.value() != value {
            field.set_value(&value);
        }
    }));
    panel.on(
        &input,
        "input",
        Box::new(move |e| {
            draft.set(event_target_value(&e));
            chat.typed();
        }),
    );
    panel.on(
        &input,
        "keydown",
        Box::new(move |e| {
            // Enter sends; Shift+Enter breaks the line; Enter that ends an IME composition
            // (Japanese, Chinese, Korean input) only confirms the text.
            let e: &KeyboardEvent = e.unchecked_ref();
            if e.key() == "Enter" && !e.shift_key() && !e.is_composing() {
                e.prevent_default();
                submit();
            }
        }),
    );
    let send_label = chat.t("composer-send");
    let send = element(
        &form,
        "button",
        &[
            ("class", "cv-send"),
            ("type", "submit"),
            ("aria-label", &send_label),
        ],
    );
    icon(
        &send,
        Some("cv-dir-icon"),
        &[
            ("d", "M3 20l18-8L3 4v6l12 2-12 2z"),
            ("fill", "currentColor"),
        ],
    );
}
