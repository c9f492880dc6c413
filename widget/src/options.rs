//! What the loader tells the widget, and the locale it implies.

use caravan_core::language::locale::Locale;
use caravan_core::language::locale_choice::{self, Preferences, Source};
use caravan_core::store::merchant::valid_merchant_id;
use wasm_bindgen::JsValue;

#[derive(Debug, Clone)]
pub struct WidgetOptions {
    pub merchant: String,
    /// Origin of the Caravan edge, e.g. `https://chat.example.com`.
    pub api_base: String,
    /// Where the locale files live (`<localeBase><tag>/widget.ftl`), ending in `/`.
    pub locale_base: String,
    /// The merchant's locale override from the snippet (`data-locale`).
    pub locale: Option<String>,
    /// A token the store's server signed for its logged-in shopper (`data-identity-token`),
    /// sent once to `POST /v1/identity` when the chat has a session, then dropped.
    pub identity_token: Option<String>,
}

fn field(object: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()?
        .as_string()
}

impl WidgetOptions {
    /// Reads `{ merchant, apiBase, localeBase, locale?, identityToken? }`.
    pub fn from_js(value: &JsValue) -> Result<Self, String> {
        let merchant = field(value, "merchant").filter(|m| valid_merchant_id(m));
        let merchant = merchant.ok_or("widget option `merchant` must be a merchant id")?;
        let api_base = field(value, "apiBase").ok_or("widget option `apiBase` is required")?;
        let mut locale_base =
            field(value, "localeBase").ok_or("widget option `localeBase` is required")?;
        if !locale_base.ends_with('/') {
            locale_base.push('/');
        }
        Ok(Self {
            merchant,
            api_base: api_base.trim_end_matches('/').to_owned(),
            locale_base,
            locale: field(value, "locale").filter(|l| !l.is_empty()),
            identity_token: field(value, "identityToken").filter(|t| !t.is_empty()),
        })
    }

    /// The shopper's languages, most preferred first, as the session request sends them:
    /// the merchant's override, the shopper's own choice, then the browser's languages.
    pub fn locale_preferences(&self) -> Vec<String> {
        let mut prefs: Vec<String> = self.locale.iter().cloned().collect();
        prefs.extend(shopper_choice());
        prefs.extend(browser_languages());
        prefs
    }

    /// The widget's locale and what decided it. Without a match it says English from
    /// `Source::Fallback`; the session's answer (which also knows the store's default and
    /// `Accept-Language`) then decides.
    pub fn locale(&self) -> (Locale, Source) {
        let shopper = shopper_choice();
        let browser = browser_languages();
        locale_choice::choose(&Preferences {
            snippet: self.locale.as_deref(),
            shopper: shopper.as_deref(),
            browser: &browser,
            ..Preferences::default()
        })
    }
}

fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default()
}

const CHOICE_KEY: &str = "caravan:locale";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The language the shopper picked in the widget's menu, remembered on this device.
pub fn shopper_choice() -> Option<String> {
    storage()?.get_item(CHOICE_KEY).ok()?
}

pub fn remember_choice(locale: Locale) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(CHOICE_KEY, locale.tag());
    }
}
