//! A thin `web_sys::WebSocket` wrapper: open with subprotocols, deliver text frames and the
//! close to callbacks. (A hand-written wrapper costs ~3 KB; a library one ~22 KB.)

use wasm_bindgen::prelude::*;
use web_sys::{CloseEvent, MessageEvent, WebSocket};

pub struct Socket {
    ws: WebSocket,
    // Kept alive as long as the socket; dropped handlers would be invalid in JS.
    _handlers: [Closure<dyn FnMut(JsValue)>; 3],
}

impl std::fmt::Debug for Socket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Socket")
            .field("url", &self.ws.url())
            .finish()
    }
}

impl Socket {
    /// `on_close(opened)` tells whether the socket had opened before it closed.
    pub fn open(
        url: &str,
        protocols: &[&str],
        on_open: impl FnMut() + 'static,
        mut on_text: impl FnMut(String) + 'static,
        on_close: impl FnOnce(bool) + 'static,
    ) -> Result<Self, JsValue> {
        let list = js_sys::Array::new();
        for p in protocols {
            list.push(&JsValue::from_str(p));
        }
        let ws = WebSocket::new_with_str_sequence(url, &list)?;
        let mut on_open = on_open;
        let opened = std::rc::Rc::new(std::cell::Cell::new(false));
        let opened_flag = opened.clone();
        let open = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            opened_flag.set(true);
            on_open();
        });
        let message = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
            if let Some(text) = e.unchecked_into::<MessageEvent>().data().as_string() {
                on_text(text);
            }
        });
        let mut on_close = Some(on_close);
        let close = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
            let _ = e.unchecked_into::<CloseEvent>();
            if let Some(f) = on_close.take() {
                f(opened.get());
            }
        });
        ws.set_onopen(Some(open.as_ref().unchecked_ref()));
        ws.set_onmessage(Some(message.as_ref().unchecked_ref()));
        ws.set_onclose(Some(close.as_ref().unchecked_ref()));
        Ok(Self {
            ws,
            _handlers: [open, message, close],
        })
    }

    pub fn is_open(&self) -> bool {
        self.ws.ready_state() == WebSocket::OPEN
    }

    pub fn send(&self, text: &str) -> bool {
        self.is_open() && self.ws.send_with_str(text).is_ok()
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        self.ws.set_onopen(None);
        self.ws.set_onmessage(None);
        self.ws.set_onclose(None);
        let _ = self.ws.close();
    }
}
