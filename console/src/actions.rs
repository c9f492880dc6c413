//! A person's actions on the open conversation: take it, hand it back to the bot, close it
//! (the shopper is then asked for a rating, which shows here once given).

use caravan_core::agents::inbox::Status;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;

use crate::api;
use crate::state::{Me, ui};

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
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = ui();
    let act = move |action: &'static str| {
        spawn_local(async move {
            let (me, base) = call.get_value();
            let path = format!("{base}/{action}");
            let done = api::call(&me.merchant, "POST", &path, None, Some(&me.csrf)).await;
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
        <div class="cv-actions" role="toolbar" aria-label=move || ui.t("actions-label")>
            <span class="cv-assignee">{move || state.assignee.get().map(|a| ui.strings.with(|s| s.with("assigned-to", "name", &a)))}</span>
            <button type="button" class="cv-assign" on:click=move |_| act("assign")
                disabled=move || mine() || closed()>{move || ui.t("assign-me")}</button>
            <button type="button" class="cv-hand-back" on:click=move |_| act("hand-back")
                disabled=move || closed() || state.status.get() == Status::Bot>{move || ui.t("hand-back")}</button>
            <button type="button" class="cv-close" on:click=move |_| act("close")
                disabled=closed>{move || ui.t("close-conversation")}</button>
        </div>
        <div class="cv-closed" hidden=move || !closed()>
            <p>{move || ui.t("conversation-closed")}</p>
            {rating}
        </div>
    }
}
