//! Inviting a person, or changing one (their profile filled in): name, e-mail, role, the
//! languages they write (the first is their console's), the regions they see, the teams
//! whose hours they work, and whether they may reveal personal data. An invite answers
//! with its single-use link, shown once to copy.

use caravan_core::agents::account::{Profile, Role};
use caravan_core::language::locale::SUPPORTED;
use caravan_core::residency::region::Region;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;

use crate::api;
use crate::intl;
use crate::state::{Me, ui};

/// The values chosen in a `<select multiple>`.
fn chosen(ev: &leptos::ev::Event) -> Vec<String> {
    let Some(select) = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
    else {
        return Vec::new();
    };
    let options = select.selected_options();
    (0..options.length())
        .filter_map(|i| options.item(i))
        .filter_map(|o| o.get_attribute("value"))
        .collect()
}

/// The languages chosen now, in the order they were chosen (a list box gives them in its
/// own order; the first is the person's console language).
fn in_order(before: &[String], now: Vec<String>) -> Vec<String> {
    let mut kept: Vec<String> = before.iter().filter(|t| now.contains(t)).cloned().collect();
    kept.extend(now.into_iter().filter(|t| !before.contains(t)));
    kept
}

#[component]
pub fn MemberForm(
    me: Me,
    teams: RwSignal<Vec<String>>,
    editing: RwSignal<Option<Profile>>,
    on_saved: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ui = ui();
    let blank = Profile {
        email: String::new(),
        name: String::new(),
        role: Role::Agent,
        languages: Vec::new(),
        regions: Vec::new(),
        can_reveal: false,
        teams: Vec::new(),
    };
    let form = RwSignal::new(blank.clone());
    let blank = StoredValue::new(blank);
    let link = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    // "Change" on a row fills the form with that person.
    Effect::new(move |_| {
        if let Some(p) = editing.get() {
            form.set(p);
            link.set(None);
        }
    });
    let me = StoredValue::new(me);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let profile = form.get_untracked();
        let changing = editing.get_untracked().is_some();
        spawn_local(async move {
            let me = me.get_value();
            let Ok(body) = serde_json::to_value(&profile) else {
                return;
            };
            let path = if changing { "agents/update" } else { "invites" };
            let done = api::call(&me.merchant, "POST", path, Some(&body), Some(&me.csrf)).await;
            if form.is_disposed() {
                return;
            }
            match done {
                Ok(v) => {
                    error.set(None);
                    link.set(v["invite_url"].as_str().map(str::to_owned));
                    editing.set(None);
                    form.set(blank.get_value());
                    on_saved();
                }
                Err(e) => error.set(Some(ui.told(&e))),
            }
        });
    };
    let tag = move || ui.strings.with(|s| s.locale.tag());
    let language_options = move || {
        let tag = tag();
        SUPPORTED
            .iter()
            .map(|l| {
                let code = l.tag();
                let name = intl::name_of(tag, "language", code);
                let on = move || form.with(|f| f.languages.iter().any(|t| t == code));
                view! { <option value=code selected=on>{name}</option> }
            })
            .collect::<Vec<_>>()
    };
    let chosen_names = move || {
        let tag = tag();
        form.with(|f| {
            f.languages
                .iter()
                .map(|l| intl::name_of(tag, "language", l))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let region_options = Region::ALL
        .iter()
        .map(|r| {
            let name = r.as_str();
            let on = move || form.with(|f| f.regions.iter().any(|x| x == name));
            view! { <option value=name selected=on>{name}</option> }
        })
        .collect::<Vec<_>>();
    let team_options = move || {
        teams
            .get()
            .into_iter()
            .map(|t| {
                let (name, value) = (t.clone(), t.clone());
                let on = move || form.with(|f| f.teams.contains(&name));
                view! { <option value=value selected=on>{t}</option> }
            })
            .collect::<Vec<_>>()
    };
    let heading = move || {
        ui.t(if editing.get().is_some() {
            "member-change-heading"
        } else {
            "invite-create-heading"
        })
    };
    view! {
        <form class="cv-member-form" on:submit=submit>
            <h3>{heading}</h3>
            <label><span>{ui.tr("member-name")}</span>
                <input required maxlength="80" prop:value=move || form.with(|f| f.name.clone())
                    on:input=move |ev| form.update(|f| f.name = event_target_value(&ev))/></label>
            <label><span>{ui.tr("member-email")}</span>
                <input type="email" required prop:value=move || form.with(|f| f.email.clone())
                    readonly=move || editing.get().is_some()
                    on:input=move |ev| form.update(|f| f.email = event_target_value(&ev))/></label>
            <label><span>{ui.tr("member-role")}</span>
                <select prop:value=move || form.with(|f| if f.role == Role::Admin { "admin" } else { "agent" })
                    on:change=move |ev| form.update(|f| f.role = if event_target_value(&ev) == "admin" { Role::Admin } else { Role::Agent })>
                    <option value="agent">{ui.tr("role-agent")}</option>
                    <option value="admin">{ui.tr("role-admin")}</option>
                </select></label>
            <label><span>{ui.tr("member-languages")}</span>
                <select multiple size="6" required
                    on:change=move |ev| { let v = chosen(&ev); form.update(|f| f.languages = in_order(&f.languages, v)) }>
                    {language_options}</select>
                <span class="cv-hint">{chosen_names}</span></label>
            <label><span>{ui.tr("member-regions")}</span>
                <select multiple size="4" required
                    on:change=move |ev| { let v = chosen(&ev); form.update(|f| f.regions = v) }>
                    {region_options}</select></label>
            <label><span>{ui.tr("member-teams")}</span>
                <select multiple size="3"
                    on:change=move |ev| { let v = chosen(&ev); form.update(|f| f.teams = v) }>
                    {team_options}</select></label>
            <label class="cv-check">
                <input type="checkbox" prop:checked=move || form.with(|f| f.can_reveal)
                    on:change=move |ev| form.update(|f| f.can_reveal = event_target_checked(&ev))/>
                {ui.tr("member-can-reveal")}</label>
            <button type="submit">{move || ui.t(if editing.get().is_some() { "member-save" } else { "invite-create" })}</button>
            <p class="cv-error" role="alert">{move || error.get()}</p>
            <label class="cv-invite-link" hidden=move || link.get().is_none()>
                <span>{ui.tr("invite-link-made")}</span>
                <input readonly class="cv-invite-url" prop:value=move || link.get().unwrap_or_default()
                    on:focus=move |ev| {
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
            </label>
        </form>
    }
}
