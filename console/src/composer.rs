//! The composer: the agent writes in their language and sees, before sending, what the
//! shopper will read (the translation, glossary kept); or writes a private note for the
//! team. Ctrl/⌘+Enter sends. A reply carries an id, so a resend lands once.

use caravan_core::agents::canned::{CannedReply, fill};
use caravan_core::language::locale::Locale;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::json;
use std::time::Duration;

use crate::api;
use crate::state::{Me, ui};

/// The shopper is told the team is typing at most this often (ms).
const TYPING_EVERY_MS: f64 = 3_000.0;
/// How long the agent pauses before the preview is asked for.
const PAUSE: Duration = Duration::from_millis(500);

#[component]
pub fn Composer(
    call: StoredValue<(Me, String)>,
    shopper_locale: RwSignal<Option<String>>,
    order_number: RwSignal<Option<String>>,
    on_sent: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ui = ui();
    let draft = RwSignal::new(String::new());
    let preview = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let note_mode = RwSignal::new(false);
    // One id per reply, kept until it is stored: a retry after a lost answer lands once.
    let reply_id = StoredValue::new(None::<String>);
    // The agent writes in the language they read the console in.
    let writes_in = move || ui.strings.with(|s| s.locale);
    let same_language = move || {
        let shopper = shopper_locale.get();
        shopper
            .as_deref()
            .and_then(Locale::from_tag)
            .map(|l| l.language())
            == Some(writes_in().language())
    };
    // What the shopper will read, asked for once the agent pauses (only the latest
    // keystroke's timer asks).
    let typed_at = StoredValue::new(0u32);
    let ask_preview = move |generation: u32| {
        // The composer may be gone (another conversation opened) by the time this runs.
        if typed_at.try_get_value() != Some(generation) {
            return;
        }
        let text = draft.get_untracked();
        if text.trim().is_empty() || same_language() || note_mode.get_untracked() {
            preview.set(None);
            return;
        }
        let lang = ui.strings.with_untracked(|s| s.locale.tag());
        spawn_local(async move {
            let (me, base) = call.get_value();
            let body = json!({ "text": text, "lang": lang });
            let path = format!("{base}/preview");
            if let Ok(v) = api::call(&me.merchant, "POST", &path, Some(&body), Some(&me.csrf)).await
                && draft.try_get_untracked().as_ref() == Some(&text)
            {
                let _ = preview.try_set(v["text"].as_str().map(str::to_owned));
            }
        });
    };
    let send = move || {
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let note = note_mode.get_untracked();
        if !note && reply_id.with_value(Option::is_none) {
            let id = web_sys::window()
                .and_then(|w| w.crypto().ok())
                .map(|c| c.random_uuid());
            reply_id.set_value(id);
        }
        let id = reply_id.get_value();
        let lang = ui.strings.with_untracked(|s| s.locale.tag());
        spawn_local(async move {
            let (me, base) = call.get_value();
            let (path, body) = if note {
                (format!("{base}/notes"), json!({ "text": text }))
            } else {
                (
                    format!("{base}/messages"),
                    json!({ "text": text, "id": id, "lang": lang }),
                )
            };
            let sent = api::call(&me.merchant, "POST", &path, Some(&body), Some(&me.csrf)).await;
            if draft.is_disposed() {
                return;
            }
            match sent {
                Ok(_) => {
                    if !note {
                        reply_id.set_value(None);
                    }
                    draft.set(String::new());
                    preview.set(None);
                    error.set(None);
                    on_sent();
                }
                Err(e) => error.set(Some(ui.told(&e))),
            }
        });
    };
    // The shopper sees "the team is typing" (told at most every few seconds; not notes).
    let typing_told = StoredValue::new(0.0f64);
    let tell_typing = move || {
        let now = js_sys::Date::now();
        if note_mode.get_untracked() || now - typing_told.get_value() < TYPING_EVERY_MS {
            return;
        }
        typing_told.set_value(now);
        spawn_local(async move {
            let (me, base) = call.get_value();
            let path = format!("{base}/typing");
            // A sign lost is nothing to tell the agent about.
            let _ = api::call(&me.merchant, "POST", &path, None, Some(&me.csrf)).await;
        });
    };
    let typed = move |ev| {
        let text = event_target_value(&ev);
        // Clearing the box is not writing.
        if !text.trim().is_empty() {
            tell_typing();
        }
        draft.set(text);
        typed_at.update_value(|g| *g = g.wrapping_add(1));
        let generation = typed_at.get_value();
        set_timeout(move || ask_preview(generation), PAUSE);
    };
    // The store's canned replies: one picked fills the draft (in the shopper's language
    // when the store wrote one), its variables filled in, for the agent to edit and send.
    let canned = RwSignal::new(Vec::<CannedReply>::new());
    spawn_local(async move {
        let merchant = call.with_value(|(me, _)| me.merchant.clone());
        if let Ok(v) = api::call(&merchant, "GET", "canned", None, None).await {
            let _ =
                canned.try_set(serde_json::from_value(v["replies"].clone()).unwrap_or_default());
        }
    });
    let pick = move |ev| {
        let id = event_target_value(&ev);
        let Some(reply) = canned.with_untracked(|c| c.iter().find(|r| r.id == id).cloned()) else {
            return;
        };
        let (languages, name) =
            call.with_value(|(me, _)| (me.account.languages.clone(), me.account.name.clone()));
        let shopper = shopper_locale.get_untracked().unwrap_or_default();
        if let Some((_, text)) = reply.text_for(&shopper, &languages) {
            let order = order_number.get_untracked();
            draft.set(fill(
                text,
                &[("name", Some(&name)), ("order", order.as_deref())],
            ));
            note_mode.set(false);
            typed_at.update_value(|g| *g = g.wrapping_add(1));
            let generation = typed_at.get_value();
            set_timeout(move || ask_preview(generation), PAUSE);
        }
    };
    let canned_menu = move || {
        let replies = canned.get();
        (!replies.is_empty()).then(|| {
            let options = replies
                .into_iter()
                .map(|r| view! { <option value=r.id.clone()>{r.title.clone()}</option> })
                .collect_view();
            view! {
                <select class="cv-canned" aria-label=ui.tr("canned-label") on:change=pick prop:value="">
                    <option value="">{ui.tr("canned-label")}</option>
                    {options}
                </select>
            }
        })
    };
    let placeholder = move || {
        ui.t(if note_mode.get() {
            "note-placeholder"
        } else {
            "composer-placeholder"
        })
    };
    view! {
        <form class="cv-composer" data-mode=move || if note_mode.get() { "note" } else { "reply" }
            on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); send(); }>
            <textarea id="cv-reply" dir="auto" rows="3" prop:value=draft on:input=typed
                aria-label=placeholder placeholder=placeholder
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) { ev.prevent_default(); send(); }
                }></textarea>
            <p class="cv-preview" aria-live="polite">
                {move || if note_mode.get() { None } else if same_language() { Some(ui.t("composer-preview-same")) } else {
                    preview.get().map(|p| format!("{} {p}", ui.t("composer-preview")))
                }}
            </p>
            <p class="cv-error" role="alert">{move || error.get()}</p>
            <div class="cv-composer-bar">
                {canned_menu}
                <label class="cv-check cv-note-toggle"><input type="checkbox" prop:checked=note_mode
                    on:change=move |ev| { note_mode.set(event_target_checked(&ev)); preview.set(None); }/>
                    <span>{ui.tr("note-toggle")}</span></label>
                <button type="submit">{move || ui.t(if note_mode.get() { "note-save" } else { "composer-send" })}</button>
            </div>
        </form>
    }
}
