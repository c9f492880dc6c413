//! The console's state: who is signed in (per store), the route (the URL's fragment), the
//! language of the interface (the agent's first language unless they chose another here)
//! and the unread count the tab title shows.

use std::sync::Arc;

use caravan_core::agents::account::Profile;
use caravan_core::language::locale::Locale;
use caravan_core::language::locale_choice::best_match;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::route::Route;
use crate::strings::Strings;

/// Where an agent's own choice of interface language is kept (this browser only).
const LOCALE_KEY: &str = "caravan-console-locale";
/// Set while this browser's session came from single sign-on.
const SSO_KEY: &str = "caravan-console-sso";

#[derive(Debug, Clone, PartialEq)]
pub enum Access {
    /// Asking the edge whether this browser has a session for the store.
    Checking,
    SignedOut,
    SignedIn(Me),
}

/// A signed-in person at one store: their profile and the CSRF token of their session.
#[derive(Debug, Clone, PartialEq)]
pub struct Me {
    pub merchant: String,
    pub account: Profile,
    pub csrf: String,
}

#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub strings: RwSignal<Arc<Strings>>,
    pub route: RwSignal<Route>,
    pub access: RwSignal<Access>,
    /// Conversations with unread shopper messages, for the tab title.
    pub unread: RwSignal<usize>,
    locale_base: StoredValue<String>,
}

impl Ui {
    pub fn new(locale_base: String) -> Ui {
        Ui {
            strings: RwSignal::new(Strings::english()),
            route: RwSignal::new(current_route()),
            access: RwSignal::new(Access::Checking),
            unread: RwSignal::new(0),
            locale_base: StoredValue::new(locale_base),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.strings.with(|s| s.get(id))
    }

    /// A label that follows the interface language. One closure type serves every label:
    /// each `move || ui.t(…)` written out is a type of its own, and code of its own in
    /// the WebAssembly the agent downloads.
    pub fn tr(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    pub fn go(&self, route: Route) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash(&route.hash());
        }
    }

    /// The profile and CSRF token from `me`'s answer (a sign-in answers the same).
    pub fn signed_in(&self, merchant: &str, answer: &serde_json::Value) {
        let account = serde_json::from_value(answer["account"].clone());
        let csrf = answer["csrf"].as_str().unwrap_or_default().to_owned();
        match account {
            Ok(account) => {
                let me = Me {
                    merchant: merchant.to_owned(),
                    account,
                    csrf,
                };
                self.use_locale(self.chosen_locale(Some(&me.account)));
                self.access.set(Access::SignedIn(me));
            }
            Err(_) => self.access.set(Access::SignedOut),
        }
    }

    /// The interface language: chosen here, else the agent's first, else the browser's.
    pub fn chosen_locale(&self, account: Option<&Profile>) -> Locale {
        let stored = storage().and_then(|s| s.get_item(LOCALE_KEY).ok().flatten());
        let browser = web_sys::window().and_then(|w| w.navigator().language());
        stored
            .into_iter()
            .chain(account.and_then(|a| a.languages.first().cloned()))
            .chain(browser)
            .find_map(|tag| best_match(&tag))
            .unwrap_or(Locale::En)
    }

    /// Switches the interface to `locale` and keeps the choice in this browser.
    pub fn choose_locale(&self, locale: Locale) {
        if let Some(s) = storage() {
            let _ = s.set_item(LOCALE_KEY, locale.tag());
        }
        self.use_locale(locale);
    }

    pub fn use_locale(&self, locale: Locale) {
        if self.strings.with_untracked(|s| s.locale) == locale {
            return;
        }
        let ui = *self;
        let base = self.locale_base.get_value();
        spawn_local(async move {
            let strings = Strings::load(&base, locale).await;
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", strings.locale.tag());
                let dir = if strings.locale.is_rtl() {
                    "rtl"
                } else {
                    "ltr"
                };
                let _ = root.set_attribute("dir", dir);
            }
            ui.strings.set(strings);
        });
    }

    /// A session that expired or was revoked sends the agent back to sign in.
    pub fn check_session(&self, e: &api::ApiError) {
        if e.status() == Some(401) {
            self.access.set(Access::SignedOut);
        }
    }

    /// What a call failed with, told to the agent in their language (the edge's own words
    /// as the detail); an ended session goes back to sign-in.
    pub fn told(&self, e: &api::ApiError) -> String {
        self.check_session(e);
        match e {
            api::ApiError::Network(_) => self.t("error-network"),
            api::ApiError::Refused { message, .. } => self
                .strings
                .with(|s| s.with("error-other", "detail", message)),
        }
    }

    /// GETs `path` at the signed-in person's store and hands the answer to `done`, unless
    /// the screen that asked (the owner of `error`) is gone by then; a failure is told in
    /// `error`.
    pub fn read(
        self,
        me: &Me,
        path: String,
        error: RwSignal<Option<String>>,
        done: impl FnOnce(serde_json::Value) + 'static,
    ) {
        let merchant = me.merchant.clone();
        spawn_local(async move {
            let answer = api::call(&merchant, "GET", &path, None, None).await;
            if error.is_disposed() {
                return;
            }
            match answer {
                Ok(v) => done(v),
                Err(e) => error.set(Some(self.told(&e))),
            }
        });
    }

    pub fn sign_out(&self) {
        let Access::SignedIn(me) = self.access.get_untracked() else {
            return;
        };
        let ui = *self;
        spawn_local(async move {
            let _ = api::call(&me.merchant, "POST", "logout", None, Some(&me.csrf)).await;
            // Signed in by Cloudflare Access: its own session ends too, or the next page
            // would sign the same person in again (on a shared computer, someone else).
            let via_sso = storage().is_some_and(|s| s.get_item(SSO_KEY).ok().flatten().is_some());
            if via_sso && let Some(s) = storage() {
                let _ = s.remove_item(SSO_KEY);
                let _ = window().location().set_href("/cdn-cgi/access/logout");
                return;
            }
            ui.access.set(Access::SignedOut);
        });
    }

    /// This browser's session came from single sign-on (signing out ends Access's too).
    pub fn remember_sso(&self) {
        if let Some(s) = storage() {
            let _ = s.set_item(SSO_KEY, "1");
        }
    }
}

/// This browser's local storage, when it has one (private modes may not).
pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

pub fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

pub fn ui() -> Ui {
    expect_context::<Ui>()
}
