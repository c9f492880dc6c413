//! Keyboard shortcuts: `j`/`k` move through the inbox, Enter opens (the rows are links),
//! `r` goes to the reply box, Esc goes back to the inbox. Letters typed into a field are
//! the agent's writing, never shortcuts.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

use crate::route::Route;
use crate::state::Ui;

fn typing(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

fn focus(selector: &str) {
    if let Some(e) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = e.focus();
    }
}

/// Moves the focus `step` rows down (or up) the inbox's links.
fn move_in_inbox(step: i32) {
    let Ok(links) = document().query_selector_all(".cv-row a") else {
        return;
    };
    let count = links.length() as i32;
    if count == 0 {
        return;
    }
    let active = document().active_element();
    let at = (0..count).find(|i| {
        links
            .item(*i as u32)
            .is_some_and(|l| active.as_ref().is_some_and(|a| a.is_same_node(Some(&l))))
    });
    let next = match at {
        Some(i) => (i + step).clamp(0, count - 1),
        None => 0,
    };
    if let Some(link) = links
        .item(next as u32)
        .and_then(|l| l.dyn_into::<HtmlElement>().ok())
    {
        let _ = link.focus();
    }
}

pub fn listen(ui: Ui) {
    // For the page's life (dropping the handle keeps the listener).
    let _ = window_event_listener(leptos::ev::keydown, move |event| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        if event.key() == "Escape" {
            if let Route::Conversation { merchant, .. } = ui.route.get_untracked() {
                ui.go(Route::Inbox { merchant });
                focus(".cv-row a");
            }
            return;
        }
        if typing(&event) {
            return;
        }
        let handled = match event.key().as_str() {
            "j" => {
                move_in_inbox(1);
                true
            }
            "k" => {
                move_in_inbox(-1);
                true
            }
            "r" => {
                focus("#cv-reply");
                true
            }
            _ => false,
        };
        if handled {
            event.prevent_default();
        }
    });
}
