//! The audit log, for admins: who revealed which message and who changed the team, when
//! (in the admin's language and time zone), newest first; read again after each change
//! made on the team page.

use caravan_core::agents::directory::AuditEntry;
use leptos::prelude::*;

use crate::state::{Me, ui};

/// `unix_ms` as a date and time in the browser's zone, told in `locale`.
fn when(locale: &str, unix_ms: u64) -> String {
    let date = js_sys::Date::new(&(unix_ms as f64).into());
    date.to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default()
}

#[component]
pub fn AuditLog(me: Me, changes: RwSignal<u32>) -> impl IntoView {
    let ui = ui();
    let entries = RwSignal::new(Vec::<AuditEntry>::new());
    let error = RwSignal::new(None::<String>);
    let me = StoredValue::new(me);
    let read = move || {
        ui.read(&me.get_value(), "audit".into(), error, move |v| {
            entries.set(serde_json::from_value(v["entries"].clone()).unwrap_or_default());
        });
    };
    // Read at first, and again after each change the page makes.
    Effect::new(move |_| {
        changes.track();
        read();
    });
    let row = move |e: AuditEntry| {
        let tag = ui.strings.with(|s| s.locale.tag());
        // Actions the log knows are told in the admin's language; others as written.
        let action = match e.action.as_str() {
            "reveal" | "invite" | "update" | "revoke" | "disable" | "reinstate" => {
                ui.t(&format!("audit-{}", e.action))
            }
            other => other.to_owned(),
        };
        view! {
            <tr class="cv-audit-entry" data-action=e.action.clone()>
                <td>{when(tag, e.at_ms)}</td>
                <td>{e.account}</td>
                <td>{action}</td>
                <td dir="ltr">{e.target}</td>
            </tr>
        }
    };
    view! {
        <section class="cv-audit" aria-labelledby="cv-audit-heading">
            <h3 id="cv-audit-heading">{ui.tr("audit-heading")}</h3>
            <button type="button" on:click=move |_| read()>{ui.tr("audit-refresh")}</button>
            <p class="cv-error" role="alert">{move || error.get()}</p>
            <table class="cv-audit-log">
                <thead><tr>
                    <th>{ui.tr("audit-when")}</th>
                    <th>{ui.tr("audit-who")}</th>
                    <th>{ui.tr("audit-what")}</th>
                    <th>{ui.tr("audit-target")}</th>
                </tr></thead>
                <tbody>{move || entries.get().into_iter().map(row).collect::<Vec<_>>()}</tbody>
            </table>
        </section>
    }
}
