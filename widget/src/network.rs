//! What the browser says about the network: `navigator.onLine` and, where supported,
//! `navigator.connection` (`effectiveType`, `downlink`, `rtt`, `saveData`; not in web-sys,
//! so read through `Reflect`). Judging them is core's `network_quality`.

use caravan_core::delivery::network_quality::{EffectiveType, Signals};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

fn connection() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"connection".into())
        .ok()
        .filter(|c| c.is_object())
}

fn field(object: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// `navigator.onLine` (true where there is no window to ask).
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

pub fn signals() -> Signals {
    let online = online();
    let Some(c) = connection() else {
        return Signals {
            online,
            ..Signals::default()
        };
    };
    Signals {
        online,
        effective_type: field(&c, "effectiveType")
            .and_then(|t| t.as_string())
            .and_then(|t| EffectiveType::parse(&t)),
        downlink_mbps: field(&c, "downlink").and_then(|d| d.as_f64()),
        rtt_ms: field(&c, "rtt").and_then(|r| r.as_f64()),
        save_data: field(&c, "saveData").and_then(|s| s.as_bool()) == Some(true),
    }
}

/// Calls `on_change` on `online`, `offline` and `navigator.connection`'s `change`, for the
/// page's life.
pub fn watch(on_change: impl Fn(&str) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_change = std::rc::Rc::new(on_change);
    let mut targets: Vec<(web_sys::EventTarget, &str)> = vec![
        (window.clone().into(), "online"),
        (window.into(), "offline"),
    ];
    if let Some(c) = connection() {
        targets.push((c.unchecked_into(), "change"));
    }
    for (target, event) in targets {
        let on_change = on_change.clone();
        let listener = Closure::<dyn FnMut()>::new(move || on_change(event));
        let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        listener.forget();
    }
}
