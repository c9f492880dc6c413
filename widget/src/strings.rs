//! The widget's words: `locales/<tag>/widget.ftl`, fetched for the one locale in use, with
//! the browser's `Intl` for plurals and numbers.

use caravan_core::language::catalog::{Arg, Catalog};
use caravan_core::language::locale::Locale;

use crate::http;
use crate::intl::Intl;

/// English ships inside the module so the widget can always say something, even when the
/// locale file cannot be fetched.
const FALLBACK: &str = include_str!("../../locales/en/widget.ftl");

/// The catalog of `locale`; English (and a console warning) if it cannot be fetched.
pub async fn load(locale_base: &str, locale: Locale) -> (Locale, Catalog) {
    if locale != Locale::En {
        let url = format!("{locale_base}{}/widget.ftl", locale.tag());
        match http::get_text(&url).await {
            Ok(source) => match Catalog::parse(&source) {
                Ok(catalog) => return (locale, catalog),
                Err(e) => web_sys::console::warn_1(&format!("{url}: {e}").into()),
            },
            Err(e) => web_sys::console::warn_1(&format!("{url}: {e}").into()),
        }
    }
    (Locale::En, Catalog::parse(FALLBACK).unwrap_or_default())
}

/// Looks up messages, never failing: a missing one shows its id, which a test would catch.
#[derive(Debug)]
pub struct Strings {
    catalog: Catalog,
    pub intl: Intl,
}

impl Strings {
    pub fn new(locale: Locale, catalog: Catalog) -> Self {
        Self {
            catalog,
            intl: Intl::new(locale),
        }
    }

    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.catalog
            .format(id, args, &self.intl)
            .unwrap_or_else(|| id.to_owned())
    }
}
