//! The handoff summary pinned above a conversation: why it was handed off, what the shopper
//! asked about, their mood, the order and e-mail they gave (masked); where they are (their
//! language, country and local time, told in the agent's language) and by which channel
//! they write; and the verified order's card as the bot showed it.

use leptos::prelude::*;
use serde::Deserialize;

use crate::intl;
use crate::order_card::{Line, OrderCard};
use crate::state::ui;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Summary {
    trigger: String,
    #[serde(default)]
    intents: Vec<String>,
    #[serde(default)]
    mood: String,
    #[serde(default)]
    order: Option<String>,
    #[serde(default)]
    email: Option<String>,
}

/// Where the shopper is (country, time zone) and how their messages come, from the
/// conversation's row.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Whereabouts {
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    time_zone: Option<String>,
    /// How their messages come: `socket` or `polling` (a weak link, or the lite chat).
    #[serde(default)]
    channel: Option<String>,
}

#[component]
pub fn SummaryCard(
    summary: RwSignal<Option<Summary>>,
    shopper_locale: RwSignal<Option<String>>,
    place: RwSignal<Whereabouts>,
    order: Memo<Vec<Line>>,
) -> impl IntoView {
    let ui = ui();
    let tag = move || ui.strings.with(|s| s.locale.tag());
    let language = move || {
        shopper_locale
            .get()
            .map(|l| intl::name_of(tag(), "language", &l))
    };
    // The shopper's language, country and local time, told in the agent's language.
    let whereabouts = move || {
        let tag = tag();
        let here = place.get();
        let country = here.country.map(|c| intl::name_of(tag, "region", &c));
        let time = here
            .time_zone
            .and_then(|z| intl::local_time(tag, &z, js_sys::Date::now()))
            .map(|t| {
                ui.strings
                    .with(|s| s.with("shopper-local-time", "time", &t))
            });
        let channel = here.channel.map(|c| {
            ui.t(if c == "polling" {
                "channel-polling"
            } else {
                "channel-socket"
            })
        });
        [language(), country, time, channel]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let details = move || {
        summary.get().map(|s| {
            let t = |id: &str| ui.t(id);
            let mood = (!s.mood.is_empty()).then(|| t(&format!("mood-{}", s.mood)));
            let intents = (!s.intents.is_empty()).then(|| {
                view! { <dt>{t("summary-intents")}</dt><dd>{s.intents.join(", ")}</dd> }
            });
            view! {
                <p class="cv-trigger">{t(&format!("trigger-{}", s.trigger))}</p>
                <dl>
                    {intents}
                    <dt>{t("summary-mood")}</dt><dd>{mood}</dd>
                    {s.order.map(|o| view! { <dt>{t("summary-order")}</dt><dd dir="auto">{o}</dd> })}
                    {s.email.map(|e| view! { <dt>{t("summary-email")}</dt><dd>{e}</dd> })}
                </dl>
            }
        })
    };
    view! {
        <header class="cv-summary">
            <h2 id="cv-summary-heading">{ui.tr("summary-heading")}</h2>
            <p class="cv-whereabouts">{whereabouts}</p>
            {details}
            {move || {
                let lines = order.get();
                (!lines.is_empty()).then(|| view! {
                    <section class="cv-verified-order" aria-label=ui.tr("summary-order")>
                        <OrderCard lines=lines/>
                    </section>
                })
            }}
        </header>
    }
}
