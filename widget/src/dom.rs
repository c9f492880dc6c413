//! The few DOM helpers the panel is built with, and the [`Panel`] handle that keeps its
//! effects and listeners alive. Text goes in as text nodes, never markup. Attributes and
//! texts are written only when their value changes, as Leptos' own views do.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Event, Node, Text};

const SVG: &str = "http://www.w3.org/2000/svg";

/// A new element in `namespace` (HTML when `None`) with `attrs`, appended to `parent`.
pub(crate) fn element_ns(
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

pub(crate) fn element(parent: &Node, tag: &str, attrs: &[(&str, &str)]) -> Element {
    element_ns(None, parent, tag, attrs)
}

/// A text node holding `text` (as text, never markup), appended to `parent`.
pub(crate) fn text(parent: &Node, text: &str) -> Text {
    let node = document().create_text_node(text);
    let _ = parent.append_child(&node);
    node
}

/// Sets `name` unless it already holds `value`.
pub(crate) fn set_attr(el: &Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// A boolean attribute: present (`""`) or absent.
pub(crate) fn set_flag(el: &Element, name: &str, on: bool) {
    if on != el.has_attribute(name) {
        let _ = if on {
            el.set_attribute(name, "")
        } else {
            el.remove_attribute(name)
        };
    }
}

/// Sets a text node's text unless it already reads `value`.
pub(crate) fn set_text(node: &Text, value: &str) {
    if node.data() != value {
        node.set_data(value);
    }
}

/// An event listener, removed from its target when dropped (so no event can reach the
/// freed closure).
pub(crate) struct Listener {
    target: Node,
    event: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

pub(crate) fn listen(
    target: &Node,
    event: &'static str,
    handler: Box<dyn FnMut(Event)>,
) -> Listener {
    let closure = Closure::wrap(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    Listener {
        target: target.clone(),
        event,
        closure,
    }
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
    /// A panel whose root is `root`, with the effects of `owner`.
    pub(crate) fn new(root: Element, owner: Owner) -> Self {
        Self {
            root,
            effects: Vec::new(),
            listeners: Vec::new(),
            _owner: owner,
        }
    }

    /// Runs `update` now and again whenever a signal it read changes.
    pub(crate) fn effect(&mut self, mut update: Box<dyn FnMut()>) {
        self.effects.push(RenderEffect::new(move |_| update()));
    }

    pub(crate) fn attr(
        &mut self,
        el: &Element,
        name: &'static str,
        value: Box<dyn Fn() -> String>,
    ) {
        let el = el.clone();
        self.effect(Box::new(move || set_attr(&el, name, &value())));
    }

    pub(crate) fn hidden(&mut self, el: &Element, hidden: Box<dyn Fn() -> bool>) {
        let el = el.clone();
        self.effect(Box::new(move || set_flag(&el, "hidden", hidden())));
    }

    pub(crate) fn text(&mut self, parent: &Node, value: Box<dyn Fn() -> String>) {
        let node = text(parent, "");
        self.effect(Box::new(move || set_text(&node, &value())));
    }

    pub(crate) fn on(
        &mut self,
        target: &Node,
        event: &'static str,
        handler: Box<dyn FnMut(Event)>,
    ) {
        self.listeners.push(listen(target, event, handler));
    }
}

/// An icon (decorative: hidden from assistive technology) drawn by one path.
pub(crate) fn icon(parent: &Node, class: Option<&str>, path: &[(&str, &str)]) {
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
