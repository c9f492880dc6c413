//! A person's actions on the open conversation: take it, give it to a colleague (those who
//! write the shopper's language and are on shift suggested first), hand it back to the
//! bot, close it (the shopper is then asked for a rating, which shows here once given).

use caravan_core::agents::assignment::Suggestion;
use caravan_core::agents::inbox::Status;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;

use crate::state::{Me, ui};
use crate::{api, intl};

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Rating {
    pub stars: u8,
    #[serde(default)]
    pub comment: Option<String>,
}

/// The conversation's state as the last read told it.
#[derive(Debug, Clone, Copy)]
pub struct State {
    pub status: RwSignal<Status>,
    pub assignee: RwSignal<Option<String>>,
    pub rating: RwSignal<Option<Rating>>,
}

impl Default for State {
    fn default() -> State {
        State {
            status: RwSignal::new(Status::Bot),
            assignee: RwSignal::new(None),
            rating: RwSignal::new(None),
        }
    }
}

impl State {
    /// From a read of the conversation (`GET …/messages`) or an action's answer.
    pub fn update(&self, v: &serde_json::Value) {
        if let Ok(status) = serde_json::from_value(v["status"].clone()) {
            self.status.set(status);
        }
        if v.get("assignee").is_some() {
            self.assignee.set(v["assignee"].as_str().map(str::to_owned));
        }
        if v.get("rating").is_some() {
            self.rating
                .set(serde_json::from_value(v["rating"].clone()).ok());
        }
    }
}

#[component]
pub fn Actions(
    call: StoredValue<(Me, String)>,
    state: State,
    shopper_locale: RwSignal<Option<String>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = ui();
    let act = move |action: &'static str, body: Option<serde_json::Value>| {
        spawn_local(async move {
            let (me, base) = call.get_value();
            let path = format!("{base}/{action}");
            let done = api::call(&me.merchant, "POST", &path, body.as_ref(), Some(&me.csrf)).await;
            if state.status.is_disposed() {
                return;
            }
            match done {
                Ok(v) => state.update(&v),
                Err(e) => error.set(Some(
                    ui.strings
                        .with(|s| s.with("error-other", "detail", &e.to_string())),
                )),
            }
        });
    };
    let colleagues = RwSignal::new(Vec::<Suggestion>::new());
    let load_colleagues = move || {
        let Some(lang) = shopper_locale.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let (me, base) = call.get_value();
            let region = base.split('/').nth(1).unwrap_or_default().to_owned();
            let path = format!("assignees?region={region}&lang={lang}");
            let answer = api::call(&me.merchant, "GET", &path, None, None).await;
            if colleagues.is_disposed() {
                return;
            }
            match answer {
                Ok(v) => colleagues.set(
                    serde_json::from_value::<Vec<Suggestion>>(v["suggestions"].clone())
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|s| s.email != me.account.email)
                        .collect(),
                ),
                Err(e) => error.set(Some(ui.told(&e))),
            }
        });
    };
    // Asked for once the shopper's language is known, and again whenever the menu opens.
    Effect::new(move |_| {
        if shopper_locale.with(Option::is_some) {
            load_colleagues();
        }
    });
    let option = move |s: Suggestion| {
        let language = shopper_locale.get_untracked().map(|l| {
            let name = intl::name_of(ui.strings.with(|s| s.locale.tag()), "language", &l);
            ui.strings
                .with(|t| t.with("assignee-writes", "language", &name))
        });
        let shift = s.on_shift.map(|on| {
            ui.t(if on {
                "assignee-on-shift"
            } else {
                "assignee-off-shift"
            })
        });
        let label = [Some(s.name), s.writes.then_some(language).flatten(), shift]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        view! { <option value=s.email>{label}</option> }
    };
    let me = call.with_value(|(me, _)| me.account.email.clone());
    let mine = move || state.assignee.get().as_deref() == Some(me.as_str());
    let closed = move || state.status.get() == Status::Closed;
    let rating = move || {
        state.rating.get().map(|r| {
            let stars = ui
                .strings
                .with(|s| s.count("rating-given", "stars", r.stars.into()));
            let comment = r
                .comment
                .map(|c| ui.strings.with(|s| s.with("rating-comment", "comment", &c)));
            view! {
                <p class="cv-rating" data-stars=r.stars>{stars}</p>
                <p class="cv-rating-comment" dir="auto">{comment}</p>
            }
        })
    };
    view! {
        <div class="cv-actions" role="toolbar" aria-label=ui.tr("actions-label")>
            <span class="cv-assignee">{move || state.assignee.get().map(|a| ui.strings.with(|s| s.with("assigned-to", "name", &a)))}</span>
            <button type="button" class="cv-assign" on:click=move |_| act("assign", None)
                disabled=move || mine() || closed()>{ui.tr("assign-me")}</button>
            <select class="cv-assign-to" aria-label=ui.tr("assign-to")
                disabled=closed
                prop:value=move || state.assignee.with(|_| "")
                on:focus=move |_| load_colleagues()
                on:change=move |ev| {
                    let to = event_target_value(&ev);
                    if !to.is_empty() {
                        act("assign", Some(serde_json::json!({ "to": to })));
                    }
                }>
                <option value="" selected=true>{ui.tr("assign-to")}</option>
                {move || colleagues.get().into_iter().map(option).collect::<Vec<_>>()}
            </select>
            <button type="button" class="cv-hand-back" on:click=move |_| act("hand-back", None)
                disabled=move || closed() || state.status.get() == Status::Bot>{ui.tr("hand-back")}</button>
            <button type="button" class="cv-close" on:click=move |_| act("close", None)
                disabled=closed>{ui.tr("close-conversation")}</button>
        </div>
        <div class="cv-closed" hidden=move || !closed()>
            <p>{ui.tr("conversation-closed")}</p>
            {rating}
        </div>
    }
}
