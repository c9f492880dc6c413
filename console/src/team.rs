//! The team page, for admins: everyone with where their account stands, an invite (or a
//! change) made with the member form, sessions ended, accounts switched off and on; the
//! audit log and the canned replies below. The edge decides who may (`console_team.rs`);
//! an agent who opens the page is told it is for admins.

use caravan_core::agents::account::{Profile, Role};
use caravan_core::agents::directory::{Member, MemberState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::json;

use crate::audit_log::AuditLog;
use crate::canned_admin::CannedAdmin;
use crate::member_form::MemberForm;
use crate::route::Route;
use crate::state::{Me, ui};
use crate::{api, intl};

#[component]
pub fn TeamPage(me: Me) -> impl IntoView {
    let ui = ui();
    let back = Route::Inbox {
        merchant: me.merchant.clone(),
    }
    .hash();
    if me.account.role != Role::Admin {
        return view! {
            <section class="cv-team">
                <p class="cv-error" role="alert">{ui.tr("team-admins-only")}</p>
                <a href=back>{ui.tr("back-to-inbox")}</a>
            </section>
        }
        .into_any();
    }
    let members = RwSignal::new(Vec::<Member>::new());
    let teams = RwSignal::new(Vec::<String>::new());
    let editing = RwSignal::new(None::<Profile>);
    let error = RwSignal::new(None::<String>);
    // Counts the changes made here: the audit log reads itself again.
    let changes = RwSignal::new(0u32);
    let me = StoredValue::new(me);
    let read = move || {
        ui.read(&me.get_value(), "agents".into(), error, move |v| {
            changes.update(|n| *n += 1);
            members.set(serde_json::from_value(v["members"].clone()).unwrap_or_default());
            teams.set(serde_json::from_value(v["teams"].clone()).unwrap_or_default());
        });
    };
    read();
    let act = move |path: &'static str, email: String, disable: bool| {
        spawn_local(async move {
            let me = me.get_value();
            let body = json!({ "email": email, "disable": disable });
            let done = api::call(&me.merchant, "POST", path, Some(&body), Some(&me.csrf)).await;
            if members.is_disposed() {
                return;
            }
            match done {
                Ok(_) => read(),
                Err(e) => error.set(Some(ui.told(&e))),
            }
        });
    };
    let row = move |m: Member| {
        let (profile, state) = (m.profile, m.state);
        let (email, email2, email3) = (
            profile.email.clone(),
            profile.email.clone(),
            profile.email.clone(),
        );
        let role = ui.t(match profile.role {
            Role::Admin => "role-admin",
            Role::Agent => "role-agent",
        });
        let state_text = ui.t(&format!("member-{}", state.as_str()));
        let active = state == MemberState::Active;
        let disabled = state == MemberState::Disabled;
        let edit = profile.clone();
        let tag = ui.strings.with(|s| s.locale.tag());
        let languages = profile
            .languages
            .iter()
            .map(|l| intl::name_of(tag, "language", l))
            .collect::<Vec<_>>()
            .join(", ");
        view! {
            <tr class="cv-member" data-state=state.as_str()>
                <td>{profile.name.clone()}</td>
                <td>{profile.email.clone()}</td>
                <td>{role}</td>
                <td>{languages}</td>
                <td>{profile.regions.join(", ")}</td>
                <td>{profile.teams.join(", ")}</td>
                <td>{state_text}</td>
                <td><div class="cv-member-actions">
                    <button type="button" on:click=move |_| editing.set(Some(edit.clone()))>
                        {ui.tr("member-edit")}</button>
                    <button type="button" hidden=!active
                        on:click=move |_| act("agents/revoke", email.clone(), false)>
                        {ui.tr("member-revoke")}</button>
                    <button type="button" hidden=!active
                        on:click=move |_| act("agents/revoke", email2.clone(), true)>
                        {ui.tr("member-disable")}</button>
                    <button type="button" hidden=!disabled
                        on:click=move |_| act("agents/reinstate", email3.clone(), false)>
                        {ui.tr("member-reinstate")}</button>
                </div></td>
            </tr>
        }
    };
    view! {
        <section class="cv-team" aria-labelledby="cv-team-heading">
            <a href=back>{ui.tr("back-to-inbox")}</a>
            <h2 id="cv-team-heading">{ui.tr("team-heading")}</h2>
            <p class="cv-error" role="alert">{move || error.get()}</p>
            <table class="cv-members">
                <thead><tr>
                    <th>{ui.tr("member-name")}</th>
                    <th>{ui.tr("member-email")}</th>
                    <th>{ui.tr("member-role")}</th>
                    <th>{ui.tr("member-languages")}</th>
                    <th>{ui.tr("member-regions")}</th>
                    <th>{ui.tr("member-teams")}</th>
                    <th>{ui.tr("member-state")}</th>
                    <th><span class="cv-visually-hidden">{ui.tr("actions-label")}</span></th>
                </tr></thead>
                <tbody>{move || members.get().into_iter().map(row).collect::<Vec<_>>()}</tbody>
            </table>
            <MemberForm me=me.get_value() teams=teams editing=editing on_saved=read/>
            <AuditLog me=me.get_value() changes=changes/>
            <CannedAdmin me=me.get_value()/>
        </section>
    }
    .into_any()
}
