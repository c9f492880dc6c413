//! The browser's `Intl` for a locale: plural categories, numbers, times, currency and
//! language names. CLDR data stays in the browser, so none of it is compiled into WASM.

use caravan_core::language::catalog::{Rules, plain_number};
use caravan_core::language::locale::Locale;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type PluralRules;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "PluralRules")]
    fn new(locale: &str) -> Result<PluralRules, JsValue>;
    #[wasm_bindgen(method)]
    fn select(this: &PluralRules, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "NumberFormat")]
    fn new(locale: &str, options: &JsValue) -> Result<NumberFormat, JsValue>;
    #[wasm_bindgen(method)]
    fn format(this: &NumberFormat, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locale: &str, options: &JsValue) -> Result<DateTimeFormat, JsValue>;
    #[wasm_bindgen(method, js_name = format)]
    fn format_ms(this: &DateTimeFormat, unix_ms: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type DisplayNames;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "DisplayNames")]
    fn new(locale: &str, options: &JsValue) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

/// `{ key: value, ... }` for an `Intl` constructor.
fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    object.into()
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One locale's formatters, built once (constructing `Intl` objects is not free).
pub struct Intl {
    plural: Option<PluralRules>,
    number: Option<NumberFormat>,
    time: Option<DateTimeFormat>,
    tag: &'static str,
}

impl Intl {
    pub fn new(locale: Locale) -> Self {
        let tag = locale.tag();
        Self {
            plural: PluralRules::new(tag).ok(),
            number: NumberFormat::new(tag, &JsValue::UNDEFINED).ok(),
            time: DateTimeFormat::new(tag, &options(&[("hour", "numeric"), ("minute", "2-digit")]))
                .ok(),
            tag,
        }
    }

    /// The time of day of `unix_ms` as the locale writes it (`14:05`, `2:05 PM`, `١٤:٠٥`).
    pub fn time(&self, unix_ms: u64) -> String {
        self.time
            .as_ref()
            .map(|f| f.format_ms(unix_ms as f64))
            .unwrap_or_default()
    }

    /// `amount` of `currency` (ISO 4217) as the locale writes it (`12,50 €`, `￥1,250`).
    pub fn currency(&self, amount: f64, currency: &str) -> String {
        NumberFormat::new(
            self.tag,
            &options(&[("style", "currency"), ("currency", currency)]),
        )
        .map(|f| f.format(amount))
        .unwrap_or_else(|_| format!("{} {currency}", plain_number(amount)))
    }
}

impl std::fmt::Debug for Intl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Intl({})", self.tag)
    }
}

impl Rules for Intl {
    fn plural(&self, n: f64) -> &'static str {
        let category = self.plural.as_ref().map(|p| p.select(n));
        CATEGORIES
            .into_iter()
            .find(|c| Some(*c) == category.as_deref())
            .unwrap_or("other")
    }

    fn number(&self, n: f64) -> String {
        self.number
            .as_ref()
            .map_or_else(|| plain_number(n), |f| f.format(n))
    }
}

/// `locale`'s name in its own language (its autonym: "Deutsch", "العربية", "繁體中文"),
/// for the language menu; the tag if the browser cannot name it.
pub fn autonym(locale: Locale) -> String {
    let tag = locale.tag();
    DisplayNames::new(tag, &options(&[("type", "language")]))
        .and_then(|names| names.of(tag))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_else(|| tag.to_owned())
}
