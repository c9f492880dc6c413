//! The store's canned replies, for admins: each with its title and the locales it has a
//! text in; a text added or replaced for one locale at a time (`{name}` and `{order}` are
//! filled in when an agent picks it; core checks the rest), a reply removed.

use std::collections::BTreeMap;

use caravan_core::agents::canned::CannedReply;
use caravan_core::language::catalog::Arg;
use caravan_core::language::locale::SUPPORTED;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::intl;
use crate::state::{Me, ui};

#[component]
pub fn CannedAdmin(me: Me) -> impl IntoView {
    let ui = ui();
    let replies = RwSignal::new(Vec::<CannedReply>::new());
    let error = RwSignal::new(None::<String>);
    let (id, title, locale, text) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::from("en")),
        RwSignal::new(String::new()),
    );
    let me = StoredValue::new(me);
    let read = move || {
        ui.read(&me.get_value(), "canned".into(), error, move |v| {
            replies.set(serde_json::from_value(v["replies"].clone()).unwrap_or_default());
        });
    };
    read();
    let call = move |method: &'static str, reply_id: String, body: Option<serde_json::Value>| {
        spawn_local(async move {
            let me = me.get_value();
            let path = format!("canned/{reply_id}");
            let done = api::call(&me.merchant, method, &path, body.as_ref(), Some(&me.csrf)).await;
            if replies.is_disposed() {
                return;
            }
            match done {
                Ok(_) => {
                    error.set(None);
                    text.set(String::new());
                    read();
                }
                Err(e) => error.set(Some(ui.told(&e))),
            }
        });
    };
    // The reply's other locales are kept: the form writes one text.
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reply_id = id.get_untracked().trim().to_owned();
        let mut texts: BTreeMap<String, String> = replies
            .with_untracked(|r| r.iter().find(|r| r.id == reply_id).map(|r| r.texts.clone()))
            .unwrap_or_default();
        texts.insert(locale.get_untracked(), text.get_untracked());
        let body = serde_json::json!({ "title": title.get_untracked(), "texts": texts });
        call("PUT", reply_id, Some(body));
    };
    let row = move |r: CannedReply| {
        let tag = ui.strings.with(|s| s.locale.tag());
        let locales = r
            .texts
            .keys()
            .map(|l| intl::name_of(tag, "language", l))
            .collect::<Vec<_>>()
            .join(", ");
        let (edit_id, edit_title, gone) = (r.id.clone(), r.title.clone(), r.id.clone());
        view! {
            <li class="cv-canned-reply">
                <strong>{r.title.clone()}</strong>" "<code>{r.id.clone()}</code>" · "{locales}" "
                <button type="button" on:click=move |_| { id.set(edit_id.clone()); title.set(edit_title.clone()); }>
                    {ui.tr("member-edit")}</button>
                <button type="button" on:click=move |_| call("DELETE", gone.clone(), None)>
                    {ui.tr("canned-delete")}</button>
            </li>
        }
    };
    let locale_options = move || {
        let tag = ui.strings.with(|s| s.locale.tag());
        SUPPORTED
            .iter()
            .map(|l| {
                let code = l.tag();
                view! { <option value=code selected=move || locale.get() == code>{intl::name_of(tag, "language", code)}</option> }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="cv-canned-admin" aria-labelledby="cv-canned-heading">
            <h3 id="cv-canned-heading">{ui.tr("canned-label")}</h3>
            <ul>{move || replies.get().into_iter().map(row).collect::<Vec<_>>()}</ul>
            <form on:submit=save>
                <label><span>{ui.tr("canned-id")}</span>
                    <input required pattern="[a-z0-9-]{1,64}" prop:value=id on:input=move |ev| id.set(event_target_value(&ev))/></label>
                <label><span>{ui.tr("canned-title")}</span>
                    <input required maxlength="80" prop:value=title on:input=move |ev| title.set(event_target_value(&ev))/></label>
                <label><span>{ui.tr("canned-locale")}</span>
                    <select on:change=move |ev| locale.set(event_target_value(&ev))>{locale_options}</select></label>
                <label><span>{ui.tr("canned-text")}</span>
                    <textarea required rows="3" dir="auto" prop:value=text on:input=move |ev| text.set(event_target_value(&ev))></textarea></label>
                <p class="cv-hint">{move || ui.strings.with(|s| s.format("canned-variables", &[("name", Arg::Str("{name}")), ("order", Arg::Str("{order}"))]))}</p>
                <button type="submit">{ui.tr("canned-save")}</button>
                <p class="cv-error" role="alert">{move || error.get()}</p>
            </form>
        </section>
    }
}
