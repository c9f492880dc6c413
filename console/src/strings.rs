//! The console's words: `locales/<tag>/console.ftl`, fetched for the agent's language,
//! English compiled in so the console always says something.

use std::sync::Arc;

use caravan_core::language::catalog::{Arg, Catalog};
use caravan_core::language::locale::Locale;

use crate::api;
use crate::intl::BrowserRules;

const FALLBACK: &str = include_str!("../../locales/en/console.ftl");

#[derive(Debug)]
pub struct Strings {
    pub locale: Locale,
    catalog: Catalog,
}

impl Strings {
    pub fn english() -> Arc<Strings> {
        Arc::new(Strings {
            locale: Locale::En,
            catalog: Catalog::parse(FALLBACK).unwrap_or_default(),
        })
    }

    /// `locale`'s catalog; English (and a console warning) if it cannot be had.
    pub async fn load(locale_base: &str, locale: Locale) -> Arc<Strings> {
        if locale == Locale::En {
            return Strings::english();
        }
        let url = format!("{locale_base}{}/console.ftl", locale.tag());
        match api::get_text(&url).await.map(|s| Catalog::parse(&s)) {
            Ok(Ok(catalog)) => Arc::new(Strings { locale, catalog }),
            Ok(Err(e)) => {
                web_sys::console::warn_1(&format!("{url}: {e}").into());
                Strings::english()
            }
            Err(e) => {
                web_sys::console::warn_1(&format!("{url}: {e}").into());
                Strings::english()
            }
        }
    }

    /// A message; its id when missing (a test would catch it).
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.catalog
            .format(id, args, &BrowserRules(self.locale.tag()))
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn count(&self, id: &str, name: &str, n: f64) -> String {
        self.format(id, &[(name, Arg::Num(n))])
    }

    pub fn with(&self, id: &str, name: &str, value: &str) -> String {
        self.format(id, &[(name, Arg::Str(value))])
    }
}
