//! The chat panel: header, connection state, the conversation and the composer. Every
//! message is rendered as text (never HTML) with `dir="auto"`, so mixed scripts read right.
//!
//! Built with the DOM directly and kept current by Leptos render effects, the way Leptos'
//! own views update it: an attribute or a text changes only when its value does, and the
//! message list is patched in place, item by item (a new message is added, the others are
//! left alone, so the live region announces only what is new). Leptos' `view!` compiled
//! every element, attribute and closure of the panel into code of its own; these few
//! helpers do the same work from data, for 13 KB brotli less (see `cargo xtask size`).

use std::cell::RefCell;
use std::rc::Rc;

use caravan_core::catalog::Arg;
use caravan_core::locale::{Locale, SUPPORTED};
use caravan_core::network_quality::Quality;
use caravan_core::protocol::Author;
use caravan_core::timeline::{Delivery, Entry};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Event, HtmlElement, KeyboardEvent, Node, Text};

use crate::chat::{Chat, Connection};
use crate::intl;

const SVG: &str = "http://www.w3.org/2000/svg";

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

/// A new element in `namespace` (HTML when `None`) with `attrs`, appended to `parent`.
fn element_ns(
    namespace: Option<&str>,
    parent: &Node,
    tag: &str,
    attrs: &[(&str, &str)],
) -> Element {
    let doc = document();
    let el = match namespace {
        Some(namespace) => doc.create_element_ns(Some(namespace), tag),
        None => doc.create_element(tag),
    }
    .unwrap_throw();
    for (name, value) in attrs {
        let _ = el.set_attribute(name, value);
    }
    let _ = parent.append_child(&el);
    el
}

fn element(parent: &Node, tag: &str, attrs: &[(&str, &str)]) -> Element {
    element_ns(None, parent, tag, attrs)
}

/// A text node holding `text` (as text, never markup), appended to `parent`.
fn text(parent: &Node, text: &str) -> Text {
    let node = document().create_text_node(text);
    let _ = parent.append_child(&node);
    node
}

/// Sets `name` unless it already holds `value`.
fn set_attr(el: &Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// A boolean attribute: present (`""`) or absent.
fn set_flag(el: &Element, name: &str, on: bool) {
    if on != el.has_attribute(name) {
        let _ = if on {
            el.set_attribute(name, "")
        } else {
            el.remove_attribute(name)
        };
    }
}

/// Sets a text node's text unless it already reads `value`.
fn set_text(node: &Text, value: &str) {
    if node.data() != value {
        node.set_data(value);
    }
}

type Listener = Closure<dyn FnMut(Event)>;

fn listen(target: &Node, event: &str, handler: Box<dyn FnMut(Event)>) -> Listener {
    let listener = Closure::wrap(handler);
    let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    listener
}

/// What a mounted panel keeps alive: its effects and listeners, and the owner of the
/// effects it created. Dropping it removes the panel and stops all of them.
pub struct Panel {
    root: Element,
    effects: Vec<RenderEffect<()>>,
    listeners: Vec<Listener>,
    _owner: Owner,
}

impl std::fmt::Debug for Panel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Panel")
    }
}

impl Drop for Panel {
    fn drop(&mut self) {
        self.root.remove();
    }
}

impl Panel {
    /// Runs `update` now and again whenever a signal it read changes.
    fn effect(&mut self, mut update: Box<dyn FnMut()>) {
        self.effects.push(RenderEffect::new(move |_| update()));
    }

    fn attr(&mut self, el: &Element, name: &'static str, value: Box<dyn Fn() -> String>) {
        let el = el.clone();
        self.effect(Box::new(move || set_attr(&el, name, &value())));
    }

    fn hidden(&mut self, el: &Element, hidden: Box<dyn Fn() -> bool>) {
        let el = el.clone();
        self.effect(Box::new(move || set_flag(&el, "hidden", hidden())));
    }

    fn text(&mut self, parent: &Node, value: Box<dyn Fn() -> String>) {
        let node = text(parent, "");
        self.effect(Box::new(move || set_text(&node, &value())));
    }

    fn on(&mut self, target: &Node, event: &str, handler: Box<dyn FnMut(Event)>) {
        self.listeners.push(listen(target, event, handler));
    }
}

/// One message of the list, as drawn, to be patched in place by the next draw.
struct Item {
    li: Element,
    avatar: Option<(Element, Text)>,
    who: Element,
    who_text: Text,
    body: Text,
    tr: Element,
    note: Text,
    toggle: Element,
    toggle_label: Text,
    /// The key the toggle acts on.
    key: Rc<RefCell<String>>,
    _toggle_click: Listener,
    at: Option<(Element, Text)>,
    state: Option<(Element, Text)>,
}

/// What one message shows.
struct Message {
    class: &'static str,
    author: &'static str,
    status: &'static str,
    /// The avatar's initial, for the other side.
    initial: Option<String>,
    who: String,
    body: String,
    tr_hidden: bool,
    note: String,
    toggle_hidden: bool,
    toggle_label: String,
    key: String,
    at: Option<String>,
    state: Option<String>,
}

fn message(chat: Chat, entry: Entry) -> Message {
    let (status, label) = delivery_state(entry.delivery);
    let who = match entry.author {
        Author::Shopper => chat.t("author-you"),
        Author::Bot => chat.t("author-bot"),
        Author::Agent => chat.t("author-agent"),
    };
    let mine = entry.author == Author::Shopper;
    // An avatar (drawn, never downloaded) for the other side; text mode hides it (CSS).
    let initial = (!mine).then(|| who.chars().next().map(String::from).unwrap_or_default());
    // A translated reply shows the translation, its original one tap away. The list is
    // drawn afresh when the shopper taps (cheaper in WASM than a reactive text per message).
    let key = entry.key;
    let in_original = chat.originals.with_untracked(|o| o.contains(&key));
    let translated = entry.translation.is_some();
    let body = match entry.translation {
        Some(translation) if !in_original => translation,
        _ => entry.text,
    };
    Message {
        class: author_class(entry.author),
        author: entry.author.as_str(),
        status,
        initial,
        who,
        body,
        tr_hidden: !(translated || entry.untranslated),
        note: chat.t(if translated {
            "translated-notice"
        } else {
            "translation-unavailable"
        }),
        toggle_hidden: !translated,
        toggle_label: chat.t(if in_original {
            "show-translation"
        } else {
            "show-original"
        }),
        key,
        at: entry.at.map(|at| chat.time(at)),
        state: mine.then(|| chat.t(label)),
    }
}

/// Shows or hides an optional child of `li` (`class`, holding `value`), inserted before
/// `before` (`None`: at the end), as Leptos' `Option` views do.
fn optional(
    li: &Element,
    slot: &mut Option<(Element, Text)>,
    value: Option<&str>,
    before: Option<&Node>,
    tag: &str,
    attrs: &[(&str, &str)],
) {
    match (slot.as_ref(), value) {
        (Some((_, node)), Some(value)) => set_text(node, value),
        (Some((el, _)), None) => {
            el.remove();
            *slot = None;
        }
        (None, Some(value)) => {
            let el = document().create_element(tag).unwrap_throw();
            for (name, v) in attrs {
                let _ = el.set_attribute(name, v);
            }
            let node = text(&el, value);
            let _ = li.insert_before(&el, before);
            *slot = Some((el, node));
        }
        (None, None) => {}
    }
}

const AVATAR: (&str, &[(&str, &str)]) =
    ("span", &[("class", "cv-avatar"), ("aria-hidden", "true")]);
const AT: (&str, &[(&str, &str)]) = ("time", &[("class", "cv-at")]);
const STATE: (&str, &[(&str, &str)]) = ("span", &[("class", "cv-state")]);

impl Item {
    fn new(chat: Chat, list: &Node, m: &Message) -> Self {
        let li = element(
            list,
            "li",
            &[
                ("class", m.class),
                ("data-author", m.author),
                ("data-status", m.status),
            ],
        );
        let li_node: &Node = &li;
        let mut avatar = None;
        optional(
            &li,
            &mut avatar,
            m.initial.as_deref(),
            None,
            AVATAR.0,
            AVATAR.1,
        );
        let who = element(li_node, "span", &[("class", "cv-who")]);
        let who_text = text(&who, &m.who);
        let p = element(li_node, "p", &[("class", "cv-text"), ("dir", "auto")]);
        let body = text(&p, &m.body);
        let tr = element(li_node, "p", &[("class", "cv-tr")]);
        set_flag(&tr, "hidden", m.tr_hidden);
        let note = text(&tr, &m.note);
        let toggle = element(
            &tr,
            "button",
            &[("class", "cv-tr-toggle"), ("type", "button")],
        );
        set_flag(&toggle, "hidden", m.toggle_hidden);
        let key = Rc::new(RefCell::new(m.key.clone()));
        let click_key = key.clone();
        let toggle_click = listen(
            &toggle,
            "click",
            Box::new(move |_| {
                let key = click_key.borrow().clone();
                chat.originals.update(|o| {
                    if !o.contains(&key) {
                        o.push(key.clone());
                    } else {
                        o.retain(|k| *k != key);
                    }
                });
            }),
        );
        let toggle_label = text(&toggle, &m.toggle_label);
        let mut item = Item {
            li,
            avatar,
            who,
            who_text,
            body,
            tr,
            note,
            toggle,
            toggle_label,
            key,
            _toggle_click: toggle_click,
            at: None,
            state: None,
        };
        item.patch_optionals(m);
        item
    }

    /// Brings the drawn message to `m`, touching only what changed.
    fn patch(&mut self, m: &Message) {
        set_attr(&self.li, "class", m.class);
        set_attr(&self.li, "data-author", m.author);
        set_attr(&self.li, "data-status", m.status);
        let who: &Node = &self.who;
        optional(
            &self.li,
            &mut self.avatar,
            m.initial.as_deref(),
            Some(who),
            AVATAR.0,
            AVATAR.1,
        );
        set_text(&self.who_text, &m.who);
        set_text(&self.body, &m.body);
        set_flag(&self.tr, "hidden", m.tr_hidden);
        set_text(&self.note, &m.note);
        set_flag(&self.toggle, "hidden", m.toggle_hidden);
        set_text(&self.toggle_label, &m.toggle_label);
        self.key.replace(m.key.clone());
        self.patch_optionals(m);
    }

    /// The time after the translation line, then the delivery state at the end.
    fn patch_optionals(&mut self, m: &Message) {
        let after_tr = self.tr.next_sibling();
        optional(
            &self.li,
            &mut self.at,
            m.at.as_deref(),
            after_tr.as_ref(),
            AT.0,
            AT.1,
        );
        optional(
            &self.li,
            &mut self.state,
            m.state.as_deref(),
            None,
            STATE.0,
            STATE.1,
        );
    }
}

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

/// An icon (decorative: hidden from assistive technology) drawn by one path.
fn icon(parent: &Node, class: Option<&str>, path: &[(&str, &str)]) {
    let svg = element_ns(Some(SVG), parent, "svg", &[]);
    if let Some(class) = class {
        let _ = svg.set_attribute("class", class);
    }
    for (name, value) in [
        ("viewBox", "0 0 24 24"),
        ("width", "20"),
        ("height", "20"),
        ("aria-hidden", "true"),
    ] {
        let _ = svg.set_attribute(name, value);
    }
    element_ns(Some(SVG), &svg, "path", path);
}

/// Draws the panel into `container`, in the chat's current language. The draft lives in the
/// chat, so a language change (which draws the panel afresh) keeps it.
pub fn mount(container: &HtmlElement, chat: Chat) -> Panel {
    // Leptos' effects run on wasm-bindgen-futures (an error: it already does).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let section = document().create_element("section").unwrap_throw();
    let mut panel = Panel {
        root: section.clone(),
        effects: Vec::new(),
        listeners: Vec::new(),
        _owner: owner.clone(),
    };
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
        let mut shown = 0;
        for entry in entries {
            let m = message(chat, entry);
            match items.get_mut(shown) {
                Some(item) => item.patch(&m),
                None => items.push(Item::new(chat, &list, &m)),
            }
            shown += 1;
        }
        for gone in items.drain(shown..) {
            gone.li.remove();
        }
    }));
    // Keep the newest message in view.
    Effect::new(move |_| {
        chat.timeline.track();
        log.set_scroll_top(log.scroll_height());
    });

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
        Box::new(move |e| draft.set(event_target_value(&e))),
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
