//! An order's card as the bot showed it to the shopper (status, carrier, tracking, delivery;
//! labels in the shopper's language, personal data masked by the edge): under the bot's
//! message, and the last one pinned in the summary as the verified order.

use leptos::prelude::*;
use serde::Deserialize;

/// One line of a card (the wire's `CardLine`, as the console API sends it).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Line {
    pub label: String,
    pub value: String,
    /// An https link the value opens (a carrier's tracking page); the edge keeps no other.
    #[serde(default)]
    pub link: Option<String>,
}

#[component]
pub fn OrderCard(lines: Vec<Line>) -> impl IntoView {
    let rows = lines
        .into_iter()
        .map(|l| {
            let value = match l.link.filter(|u| u.starts_with("https://")) {
                Some(href) => view! {
                    <a href=href target="_blank" rel="noopener noreferrer">{l.value}</a>
                }
                .into_any(),
                None => l.value.into_any(),
            };
            view! { <dt dir="auto">{l.label}</dt><dd dir="auto">{value}</dd> }
        })
        .collect::<Vec<_>>();
    view! { <dl class="cv-order-card">{rows}</dl> }
}
