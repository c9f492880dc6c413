//! New handoffs announced, if the agent asks for it (off until switched on; the choice is
//! kept in this browser): a short tone made by Web Audio (no sound file to download) and a
//! browser notification while the console's tab is not in view. Which pushed row is a new
//! handoff is core's `inbox::is_new_handoff`.

use caravan_core::agents::inbox::InboxRow;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{AudioContext, Notification, NotificationOptions, NotificationPermission};

use crate::intl;
use crate::route::Route;
use crate::state::{Ui, storage, ui};

const KEY: &str = "caravan-console-notify";

/// Has the agent switched announcements on in this browser?
pub fn wanted() -> bool {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .as_deref()
        == Some("on")
}

fn granted() -> bool {
    Notification::permission() == NotificationPermission::Granted
}

/// Two short notes, quiet: enough to turn a head, not to startle.
fn chime() {
    let Ok(audio) = AudioContext::new() else {
        return;
    };
    let now = audio.current_time();
    for (i, hz) in [660.0_f32, 880.0].into_iter().enumerate() {
        let (Ok(tone), Ok(gain)) = (audio.create_oscillator(), audio.create_gain()) else {
            return;
        };
        let start = now + 0.18 * i as f64;
        tone.frequency().set_value(hz);
        gain.gain().set_value(0.08);
        let _ = gain.gain().linear_ramp_to_value_at_time(0.0, start + 0.16);
        let _ = tone.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&audio.destination());
        let _ = tone.start_with_when(start);
        let _ = tone.stop_with_when(start + 0.17);
    }
}

/// Announces `row`, a conversation that just started waiting for a person.
pub fn announce(ui: Ui, merchant: &str, row: &InboxRow) {
    if !wanted() {
        return;
    }
    chime();
    let hidden = document().hidden();
    if !granted() || !hidden {
        return;
    }
    let tag = ui.strings.with(|s| s.locale.tag());
    let language = intl::name_of(tag, "language", &row.language);
    let body = ui
        .strings
        .with(|s| s.with("notify-body", "language", &language));
    let options = NotificationOptions::new();
    options.set_body(&body);
    // One notification per conversation, replaced rather than stacked.
    options.set_tag(&row.conversation);
    let Ok(note) = Notification::new_with_options(&ui.t("notify-title"), &options) else {
        return;
    };
    let route = Route::Conversation {
        merchant: merchant.to_owned(),
        region: row.region.clone(),
        id: row.conversation.clone(),
    };
    let open = Closure::once(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.focus();
        }
        ui.go(route);
    });
    note.set_onclick(Some(open.as_ref().unchecked_ref()));
    open.forget();
}

/// The switch in the header: on asks the browser's permission (a notification needs it;
/// the tone does not).
#[component]
pub fn NotifySwitch() -> impl IntoView {
    let ui = ui();
    let on = RwSignal::new(wanted());
    let blocked = RwSignal::new(Notification::permission() == NotificationPermission::Denied);
    let toggle = move |ev| {
        let want = event_target_checked(&ev);
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, if want { "on" } else { "off" });
        }
        on.set(want);
        if want && Notification::permission() == NotificationPermission::Default {
            spawn_local(async move {
                if let Ok(asked) = Notification::request_permission() {
                    let _ = wasm_bindgen_futures::JsFuture::from(asked).await;
                }
                if !blocked.is_disposed() {
                    blocked.set(Notification::permission() == NotificationPermission::Denied);
                }
            });
        }
    };
    view! {
        <label class="cv-notify">
            <input type="checkbox" prop:checked=on on:change=toggle/>
            {ui.tr("notify-toggle")}
        </label>
        <span class="cv-notify-blocked" hidden=move || !(on.get() && blocked.get())>
            {ui.tr("notify-blocked")}
        </span>
    }
}
