//! The console's pages by route and access (a store's session, else its single sign-on,
//! else the sign-in form), the signed-in workspace (inbox and open conversation side by
//! side), and the tab title with the unread count.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::conversation::ConversationPane;
use crate::inbox::{Inbox, InboxList};
use crate::language_menu::LanguageMenu;
use crate::notify::NotifySwitch;
use crate::route::Route;
use crate::sign_in::{InvitePage, SignInPage, StartPage};
use crate::state::{Access, Me, Ui, current_route, ui};
use crate::team::TeamPage;

pub fn start(locale_base: String) {
    // Tasks start before the mount (the strings load): the executor must run already.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let ui = Ui::new(locale_base);
    ui.use_locale(ui.chosen_locale(None));
    // For the page's life (dropping the handle keeps the listener).
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        ui.route.set(current_route());
    });
    crate::keys::listen(ui);

    // A store's session is asked for whenever the route names another store.
    Effect::new(move |_| {
        let merchant = ui.route.with(|r| r.merchant().map(str::to_owned));
        let invite = ui.route.with(|r| matches!(r, Route::Invite { .. }));
        let known = ui.access.with_untracked(|a| match a {
            Access::SignedIn(me) => Some(me.merchant.clone()),
            _ => None,
        });
        match merchant {
            Some(m) if !invite && known.as_deref() != Some(m.as_str()) => {
                ui.access.set(Access::Checking);
                spawn_local(async move {
                    let mut answer = api::call(&m, "GET", "me", None, None).await;
                    // Signed out: a store behind Cloudflare Access signs its agents in
                    // itself; a store without (404) or a refusal shows the usual form.
                    let via_sso = answer.as_ref().is_err_and(|e| e.status() == Some(401));
                    if via_sso {
                        answer = api::call(&m, "POST", "sso", None, None).await;
                    }
                    match answer {
                        Ok(answer) => {
                            ui.signed_in(&m, &answer);
                            if via_sso {
                                ui.remember_sso();
                            }
                        }
                        Err(_) => ui.access.set(Access::SignedOut),
                    }
                });
            }
            _ => {}
        }
    });

    // The tab says how many conversations have unread messages.
    Effect::new(move |_| {
        let count = ui.unread.get();
        let title = ui.strings.with(|s| {
            if count == 0 {
                s.get("console-title")
            } else {
                s.count("title-unread", "count", count as f64)
            }
        });
        document().set_title(&title);
    });

    leptos::mount::mount_to_body(move || {
        provide_context(ui);
        view! { <Console/> }
    });
}

#[component]
fn Console() -> impl IntoView {
    let ui = ui();
    move || match (ui.route.get(), ui.access.get()) {
        (Route::Start, _) => view! { <StartPage/> }.into_any(),
        (Route::Invite { merchant, token }, _) => {
            view! { <InvitePage merchant=merchant token=token/> }.into_any()
        }
        (_, Access::Checking) => {
            view! { <p class="cv-loading" aria-busy="true">"…"</p> }.into_any()
        }
        (route, Access::SignedOut) => {
            let merchant = route.merchant().unwrap_or_default().to_owned();
            view! { <SignInPage merchant=merchant/> }.into_any()
        }
        (_, Access::SignedIn(me)) => view! { <Workspace me=me/> }.into_any(),
    }
}

/// The signed-in console: header, the inbox and the open conversation side by side.
#[component]
fn Workspace(me: Me) -> impl IntoView {
    let ui = ui();
    let name = me.account.name.clone();
    let merchant = me.merchant.clone();
    let team_link = (me.account.role == caravan_core::agents::account::Role::Admin).then(|| {
        let href = Route::Team {
            merchant: merchant.clone(),
        }
        .hash();
        view! { <a class="cv-team-link" href=href>{ui.tr("team-heading")}</a> }
    });
    let me = StoredValue::new(me);
    provide_context(Inbox::default());
    let conversation = move || match ui.route.get() {
        Route::Conversation { region, id, .. } => {
            view! { <ConversationPane me=me.get_value() region=region id=id/> }.into_any()
        }
        _ => view! { <p class="cv-pane-empty">{ui.tr("shortcuts")}</p> }.into_any(),
    };
    view! {
        <header class="cv-top">
            <h1>{ui.tr("console-title")}</h1>
            <span class="cv-store">{merchant}</span>
            <span class="cv-who">{name}</span>
            {team_link}
            <NotifySwitch/>
            <LanguageMenu/>
            <button type="button" on:click=move |_| ui.sign_out()>{ui.tr("sign-out")}</button>
        </header>
        {move || if matches!(ui.route.get(), Route::Team { .. }) {
            view! { <main class="cv-work cv-work-team"><TeamPage me=me.get_value()/></main> }.into_any()
        } else {
            view! {
                <main class="cv-work">
                    <InboxList me=me.get_value()/>
                    <section class="cv-pane">{conversation}</section>
                </main>
            }.into_any()
        }}
    }
}
