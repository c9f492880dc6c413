//! The inbox, live: a WebSocket per region the agent watches (`/v1/console/{m}/live/{r}`)
//! brings each row as its conversation changes. The rules are the widget's: a link that
//! drops is opened again after core's backoff, and a link that opens (again) is followed by
//! a full read of that region, so nothing changed while it was down is missed.

use std::cell::RefCell;
use std::rc::Rc;

use caravan_core::agents::inbox::InboxRow;
use caravan_core::delivery::backoff;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{MessageEvent, WebSocket};

/// One region's link; closed (and not reopened) when dropped.
pub struct Link {
    socket: Rc<RefCell<Option<WebSocket>>>,
    stopped: Rc<RefCell<bool>>,
}

impl Drop for Link {
    fn drop(&mut self) {
        *self.stopped.borrow_mut() = true;
        if let Some(socket) = self.socket.borrow_mut().take() {
            let _ = socket.close();
        }
    }
}

fn url(merchant: &str, region: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let scheme = if location.protocol().ok()? == "https:" {
        "wss"
    } else {
        "ws"
    };
    let host = location.host().ok()?;
    Some(format!(
        "{scheme}://{host}/v1/console/{merchant}/live/{region}"
    ))
}

/// What a region pushes.
pub enum Pushed {
    Row(InboxRow),
    /// The shopper of this conversation is typing.
    Typing(String),
    /// This conversation was erased (by its shopper, the rights desk or retention).
    Removed(String),
}

/// Watches `region`: `on_push` for each row or sign pushed, `on_open` each time the link
/// opens.
pub fn watch(
    merchant: String,
    region: String,
    on_push: impl Fn(Pushed) + 'static,
    on_open: impl Fn() + 'static,
) -> Link {
    let link = Link {
        socket: Rc::new(RefCell::new(None)),
        stopped: Rc::new(RefCell::new(false)),
    };
    let on_row: Rc<dyn Fn(Pushed)> = Rc::new(on_push);
    let on_open: Rc<dyn Fn()> = Rc::new(on_open);
    connect(
        Rc::new((merchant, region)),
        link.socket.clone(),
        link.stopped.clone(),
        on_row,
        on_open,
        0,
    );
    link
}

fn connect(
    place: Rc<(String, String)>,
    slot: Rc<RefCell<Option<WebSocket>>>,
    stopped: Rc<RefCell<bool>>,
    on_row: Rc<dyn Fn(Pushed)>,
    on_open: Rc<dyn Fn()>,
    attempt: u32,
) {
    if *stopped.borrow() {
        return;
    }
    let Some(socket) = url(&place.0, &place.1).and_then(|u| WebSocket::new(&u).ok()) else {
        return;
    };
    let opened = Rc::new(RefCell::new(false));
    {
        let (opened, on_open) = (opened.clone(), on_open.clone());
        let handler = Closure::<dyn FnMut()>::new(move || {
            *opened.borrow_mut() = true;
            on_open();
        });
        socket.set_onopen(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
    }
    {
        let on_row = on_row.clone();
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(text) = event.data().as_string() else {
                return;
            };
            let Ok(pushed) = serde_json::from_str::<serde_json::Value>(&text) else {
                return;
            };
            if let Some(conversation) = pushed["typing"].as_str() {
                on_row(Pushed::Typing(conversation.to_owned()));
            } else if let Some(conversation) = pushed["removed"].as_str() {
                on_row(Pushed::Removed(conversation.to_owned()));
            } else if let Ok(row) = serde_json::from_value(pushed["row"].clone()) {
                on_row(Pushed::Row(row));
            }
        });
        socket.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
    }
    {
        let (slot2, stopped2) = (slot.clone(), stopped.clone());
        let handler = Closure::once(move || {
            // A link that opened starts its backoff again; one that never did waits longer.
            let next = if *opened.borrow() { 0 } else { attempt + 1 };
            let wait = backoff::delay_ms(next, js_sys::Math::random());
            let again = Closure::once(move || {
                connect(place, slot2, stopped2, on_row, on_open, next);
            });
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    again.as_ref().unchecked_ref(),
                    wait as i32,
                );
            }
            again.forget();
        });
        socket.set_onclose(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
    }
    *slot.borrow_mut() = Some(socket);
}
