//! The widget's words: `locales/<tag>/widget.ftl`, fetched for the one locale in use.

use caravan_core::catalog::Catalog;
use caravan_core::locale::Locale;

use crate::http;

/// English ships inside the module so the widget can always say something, even when the
/// locale file cannot be fetched.
const FALLBACK: &str = include_str!("../../locales/en/widget.ftl");

pub async fn load(asset_base: &str, locale: Locale) -> Catalog {
    if locale != Locale::En {
        let url = format!("{asset_base}locales/{}/widget.ftl", locale.tag());
        match http::get_text(&url).await {
            Ok(source) => match Catalog::parse(&source) {
                Ok(catalog) => return catalog,
                Err(e) => web_sys::console::warn_1(&format!("{url}: {e}").into()),
            },
            Err(e) => web_sys::console::warn_1(&format!("{url}: {e}").into()),
        }
    }
    Catalog::parse(FALLBACK).unwrap_or_default()
}

/// Looks up messages, never failing: a missing one shows its id, which a test would catch.
#[derive(Debug, Clone)]
pub struct Strings {
    catalog: Catalog,
}

impl Strings {
    pub fn new(catalog: Catalog) -> Self {
        Self { catalog }
    }

    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    pub fn format(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.catalog
            .format(id, args)
            .unwrap_or_else(|| id.to_owned())
    }
}
