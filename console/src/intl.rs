//! The browser's `Intl` for the console's language: plurals and numbers for the strings,
//! language and country names, and a shopper's local time. No CLDR data in the module.

use caravan_core::language::catalog::Rules;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type PluralRules;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "PluralRules")]
    fn new(locale: &str) -> Result<PluralRules, JsValue>;
    #[wasm_bindgen(method)]
    fn select(this: &PluralRules, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type DisplayNames;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "DisplayNames")]
    fn new(locale: &str, options: &JsValue) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Rules for the console's language (made per call: the console formats little).
#[derive(Debug, Clone, Copy)]
pub struct BrowserRules<'a>(pub &'a str);

impl Rules for BrowserRules<'_> {
    fn plural(&self, n: f64) -> &'static str {
        let category = PluralRules::new(self.0).map(|p| p.select(n)).ok();
        CATEGORIES
            .into_iter()
            .find(|c| Some(*c) == category.as_deref())
            .unwrap_or("other")
    }

    fn number(&self, n: f64) -> String {
        js_sys::Number::from(n)
            .to_locale_string(self.0)
            .as_string()
            .unwrap_or_else(|| n.to_string())
    }
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    object.into()
}

/// `code`'s name in `locale` (`kind` is `language` or `region`); the code itself when the
/// browser has no name for it.
pub fn name_of(locale: &str, kind: &str, code: &str) -> String {
    DisplayNames::new(locale, &options(&[("type", kind)]))
        .and_then(|names| names.of(code))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_else(|| code.to_owned())
}

/// The weekday and time at `unix_ms` in `zone`, told in `locale` ("Tue 03:12").
pub fn local_time(locale: &str, zone: &str, unix_ms: f64) -> Option<String> {
    let date = js_sys::Date::new(&unix_ms.into());
    let options = options(&[
        ("timeZone", zone),
        ("weekday", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ]);
    // An unknown zone throws a RangeError.
    let format = js_sys::Reflect::get(&date, &"toLocaleString".into()).ok()?;
    let format: js_sys::Function = format.dyn_into().ok()?;
    format
        .call2(&date, &locale.into(), &options)
        .ok()?
        .as_string()
}
