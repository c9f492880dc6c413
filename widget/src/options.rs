//! What the loader tells the widget, and the locale it implies.

use caravan_core::locale::{self, Locale};
use caravan_core::merchant::valid_merchant_id;
use wasm_bindgen::JsValue;

#[derive(Debug, Clone)]
pub struct WidgetOptions {
    pub merchant: String,
    /// Origin of the Caravan edge, e.g. `https://chat.example.com`.
    pub api_base: String,
    /// Where the widget's files live, ending in `/`.
    pub asset_base: String,
    /// The merchant's locale override from the snippet (`data-locale`).
    pub locale: Option<String>,
}

fn field(object: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .ok()?
        .as_string()
}

impl WidgetOptions {
    /// Reads `{ merchant, apiBase, assetBase, locale? }`.
    pub fn from_js(value: &JsValue) -> Result<Self, String> {
        let merchant = field(value, "merchant").filter(|m| valid_merchant_id(m));
        let merchant = merchant.ok_or("widget option `merchant` must be a merchant id")?;
        let api_base = field(value, "apiBase").ok_or("widget option `apiBase` is required")?;
        let mut asset_base =
            field(value, "assetBase").ok_or("widget option `assetBase` is required")?;
        if !asset_base.ends_with('/') {
            asset_base.push('/');
        }
        Ok(Self {
            merchant,
            api_base: api_base.trim_end_matches('/').to_owned(),
            asset_base,
            locale: field(value, "locale").filter(|l| !l.is_empty()),
        })
    }

    /// The shopper's language preferences, most preferred first: the merchant's override,
    /// then the browser's languages.
    pub fn locale_preferences(&self) -> Vec<String> {
        let mut prefs: Vec<String> = self.locale.iter().cloned().collect();
        if let Some(window) = web_sys::window() {
            prefs.extend(
                window
                    .navigator()
                    .languages()
                    .iter()
                    .filter_map(|l| l.as_string()),
            );
        }
        prefs
    }

    pub fn locale(&self) -> Locale {
        let prefs = self.locale_preferences();
        locale::negotiate(prefs.iter().map(String::as_str), Locale::En)
    }
}
