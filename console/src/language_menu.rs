//! The interface language menu: every shipped locale by its own name.

use caravan_core::language::locale::{Locale, SUPPORTED};
use leptos::prelude::*;

use crate::state::ui;

/// Every shipped locale by its own name.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let ui = ui();
    let current = move || ui.strings.with(|s| s.locale.tag());
    let options = SUPPORTED
        .iter()
        .map(|l| {
            let tag = l.tag();
            let name = crate::intl::name_of(tag, "language", tag);
            view! { <option value=tag lang=tag selected=move || current() == tag>{name}</option> }
        })
        .collect_view();
    view! {
        <label class="cv-lang">
            <span>{ui.tr("ui-language")}</span>
            <select on:change=move |ev| {
                if let Some(locale) = Locale::from_tag(&event_target_value(&ev)) {
                    ui.choose_locale(locale);
                }
            }>{options}</select>
        </label>
    }
}
