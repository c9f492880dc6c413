//! One message of the conversation as drawn: what it shows ([`Message`], from the
//! timeline's entry) and its elements ([`Item`]), patched in place by the next draw so the
//! live region announces only what is new.

use std::cell::RefCell;
use std::rc::Rc;

use caravan_core::delivery::timeline::{Delivery, Entry};
use caravan_core::wire::card::CardLine;
use caravan_core::wire::protocol::Author;
use caravan_core::wire::quick_reply::QuickReply;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Node, Text};

use crate::chat::Chat;
use crate::dom::{Listener, element, listen, set_attr, set_flag, set_text, text};

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

/// One message of the list, as drawn, to be patched in place by the next draw.
pub(crate) struct Item {
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
    /// The quick-reply buttons, with what they were drawn for.
    choices: Option<(Element, Vec<QuickReply>, Vec<Listener>)>,
    /// The card under the text, with what it was drawn for.
    card: Option<(Element, Vec<CardLine>)>,
    chat: Chat,
}

/// What one message shows.
pub(crate) struct Message {
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
    /// Offered only under the latest message: older choices are past.
    choices: Vec<QuickReply>,
    stage: Option<&'static str>,
    card: Vec<CardLine>,
}

/// What `entry` shows; `latest` when nothing follows it.
pub(crate) fn message(chat: Chat, entry: Entry, latest: bool) -> Message {
    let (status, label) = delivery_state(entry.delivery);
    let who = match entry.author {
        Author::Shopper => chat.t("author-you"),
        Author::Bot => chat.t("author-bot"),
        Author::Agent => chat.t("author-agent"),
    };
    let mine = entry.author == Author::Shopper;
    // An avatar (drawn, never downloaded) for the other side; text mode hides it (CSS).
    let initial = (!mine).then(|| who.chars().next().map(String::from).unwrap_or_default());
    // A translated reply shows the translation, its original one tap away (the tap patches
    // this message in place).
    let key = entry.key;
    let in_original = chat.originals.with_untracked(|o| o.contains(&key));
    let translated = entry.translation.is_some();
    let mut body = match entry.translation {
        Some(translation) if !in_original => translation,
        _ => entry.text,
    };
    // The text says the card's lines too (for text-only clients); with the card drawn, its
    // first line introduces it.
    if !entry.card.is_empty()
        && let Some(first) = body.lines().next()
    {
        body = first.to_owned();
    }
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
        choices: if latest { entry.choices } else { Vec::new() },
        stage: entry.stage.map(|s| s.as_str()),
        card: entry.card,
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
    pub(crate) fn new(chat: Chat, list: &Node, m: &Message) -> Self {
        // Built apart and added whole, so the live region announces the message once.
        let fragment = document().create_document_fragment();
        let li = element(
            &fragment,
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
            choices: None,
            card: None,
            chat,
        };
        item.patch_optionals(m);
        let _ = list.append_child(&fragment);
        item
    }

    /// Takes the message off the list.
    pub(crate) fn remove(&self) {
        self.li.remove();
    }

    /// Brings the drawn message to `m`, touching only what changed.
    pub(crate) fn patch(&mut self, m: &Message) {
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

    /// The time after the translation line, then the delivery state, then the quick
    /// replies at the end.
    fn patch_optionals(&mut self, m: &Message) {
        match m.stage {
            Some(stage) => set_attr(&self.li, "data-stage", stage),
            None => {
                let _ = self.li.remove_attribute("data-stage");
            }
        }
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
        self.patch_choices(&m.choices);
        self.patch_card(&m.card);
    }

    /// Draws the card (labelled lines, a value a link when it has one) after the text.
    fn patch_card(&mut self, card: &[CardLine]) {
        if self
            .card
            .as_ref()
            .map_or(card.is_empty(), |(_, drawn)| drawn == card)
        {
            return;
        }
        if let Some((el, _)) = self.card.take() {
            el.remove();
        }
        if card.is_empty() {
            return;
        }
        let fragment = document().create_document_fragment();
        let dl = element(&fragment, "dl", &[("class", "cv-card"), ("dir", "auto")]);
        for line in card {
            text(&element(&dl, "dt", &[]), &line.label);
            let dd = element(&dl, "dd", &[]);
            match &line.link {
                Some(link) => {
                    let a = element(
                        &dd,
                        "a",
                        &[
                            ("href", link),
                            ("target", "_blank"),
                            ("rel", "noopener noreferrer"),
                        ],
                    );
                    text(&a, &line.value);
                }
                None => {
                    text(&dd, &line.value);
                }
            }
        }
        let _ = self.li.insert_before(&fragment, Some(&self.tr));
        self.card = Some((dl, card.to_vec()));
    }

    /// Redraws the quick replies only when they changed; a tap sends the label as the
    /// shopper's message.
    fn patch_choices(&mut self, choices: &[QuickReply]) {
        if self
            .choices
            .as_ref()
            .map_or(choices.is_empty(), |(_, drawn, _)| drawn == choices)
        {
            return;
        }
        if let Some((el, _, _)) = self.choices.take() {
            el.remove();
        }
        if choices.is_empty() {
            return;
        }
        let group = element(
            &self.li,
            "div",
            &[("class", "cv-choices"), ("role", "group")],
        );
        let listeners = choices
            .iter()
            .map(|reply| {
                let button = element(
                    &group,
                    "button",
                    &[("class", "cv-choice"), ("type", "button")],
                );
                text(&button, &reply.label);
                let (chat, reply) = (self.chat, reply.clone());
                listen(
                    &button,
                    "click",
                    Box::new(move |_| chat.choose(&reply.id, &reply.label)),
                )
            })
            .collect();
        self.choices = Some((group, choices.to_vec(), listeners));
    }
}
