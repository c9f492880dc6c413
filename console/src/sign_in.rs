//! Before the console: choosing the store, signing in, and accepting an invite (choosing a
//! password). Errors are told in the agent's language, never the edge's English.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::json;

use crate::api::{self, ApiError};
use crate::language_menu::LanguageMenu;
use crate::route::Route;
use crate::state::{Ui, ui};

/// The shortest password the edge accepts (core's `password::acceptable`).
const MIN_PASSWORD: usize = 12;

fn problem(ui: Ui, e: &ApiError) -> String {
    match e {
        ApiError::Network(_) => ui.t("error-network"),
        ApiError::Refused { status: 401, .. } => ui.t("login-failed"),
        ApiError::Refused { status: 429, .. } => ui.t("login-limited"),
        ApiError::Refused {
            status: 404 | 410, ..
        } => ui.t("invite-gone"),
        ApiError::Refused { message, .. } => ui
            .strings
            .with(|s| s.with("error-other", "detail", message)),
    }
}

#[component]
pub fn StartPage() -> impl IntoView {
    let ui = ui();
    let store = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let merchant = store.get_untracked().trim().to_owned();
        if let Route::Inbox { merchant } = Route::parse(&format!("#/{merchant}")) {
            ui.go(Route::Inbox { merchant });
        }
    };
    view! {
        <form class="cv-card" on:submit=submit>
            <h1>{ui.tr("console-title")}</h1>
            <LanguageMenu/>
            <label>
                <span>{ui.tr("store-label")}</span>
                <input name="store" required autocomplete="organization" prop:value=store
                    on:input=move |ev| store.set(event_target_value(&ev))/>
            </label>
            <button type="submit">{ui.tr("login-submit")}</button>
        </form>
    }
}

#[component]
pub fn SignInPage(merchant: String) -> impl IntoView {
    let ui = ui();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let m = merchant.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let merchant = m.clone();
        let body = json!({ "email": email.get_untracked(), "password": password.get_untracked() });
        busy.set(true);
        spawn_local(async move {
            match api::call(&merchant, "POST", "login", Some(&body), None).await {
                // The page is replaced by the console: nothing of it to update.
                Ok(answer) => ui.signed_in(&merchant, &answer),
                Err(e) => {
                    let _ = error.try_set(Some(problem(ui, &e)));
                    let _ = busy.try_set(false);
                }
            }
        });
    };
    view! {
        <form class="cv-card" on:submit=submit>
            <h1>{ui.tr("login-heading")}</h1>
            <p class="cv-store">{merchant}</p>
            <LanguageMenu/>
            <label>
                <span>{ui.tr("login-email")}</span>
                <input name="email" type="email" required autocomplete="username" prop:value=email
                    on:input=move |ev| email.set(event_target_value(&ev))/>
            </label>
            <label>
                <span>{ui.tr("login-password")}</span>
                <input name="password" type="password" required autocomplete="current-password"
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
            </label>
            <p class="cv-error" role="alert">{move || error.get()}</p>
            <button type="submit" disabled=busy>{ui.tr("login-submit")}</button>
        </form>
    }
}

#[component]
pub fn InvitePage(merchant: String, token: String) -> impl IntoView {
    let ui = ui();
    let who = RwSignal::new(None::<(String, String)>);
    let error = RwSignal::new(None::<String>);
    let password = RwSignal::new(String::new());
    let (m, t) = (merchant.clone(), token.clone());
    spawn_local(async move {
        let body = json!({ "token": t });
        match api::call(&m, "POST", "invites/read", Some(&body), None).await {
            Ok(v) => {
                let text = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
                let _ = who.try_set(Some((text("name"), text("email"))));
            }
            Err(e) => {
                let _ = error.try_set(Some(problem(ui, &e)));
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = password.get_untracked();
        if chosen.chars().count() < MIN_PASSWORD {
            error.set(Some(ui.t("password-too-short")));
            return;
        }
        let (merchant, token) = (merchant.clone(), token.clone());
        spawn_local(async move {
            let body = json!({ "token": token, "password": chosen });
            match api::call(&merchant, "POST", "invites/accept", Some(&body), None).await {
                Ok(answer) => {
                    ui.signed_in(&merchant, &answer);
                    // The link is spent: leave it out of the history.
                    ui.go(Route::Inbox { merchant });
                }
                Err(e) => {
                    let _ = error.try_set(Some(problem(ui, &e)));
                }
            }
        });
    };
    let heading = move || {
        who.get()
            .map(|(name, _)| ui.strings.with(|s| s.with("invite-heading", "name", &name)))
    };
    let explain = move || {
        who.get().map(|(_, email)| {
            ui.strings
                .with(|s| s.with("invite-explain", "email", &email))
        })
    };
    view! {
        <form class="cv-card" on:submit=submit>
            <h1>{heading}</h1>
            <LanguageMenu/>
            <p>{explain}</p>
            <label>
                <span>{ui.tr("login-password")}</span>
                <input name="new-password" type="password" required autocomplete="new-password"
                    minlength=MIN_PASSWORD prop:value=password
                    on:input=move |ev| password.set(event_target_value(&ev))/>
            </label>
            <p class="cv-error" role="alert">{move || error.get()}</p>
            <button type="submit" disabled=move || who.get().is_none()>{ui.tr("invite-submit")}</button>
        </form>
    }
}
