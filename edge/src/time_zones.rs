//! Time zones from the runtime's ICU data (`Intl.DateTimeFormat`): a zone's offset from UTC
//! at an instant, for core's team schedules, and a moment told in the shopper's own
//! language and zone ("Monday 09:00"), and an order's days and moments. Unknown zones answer
//! `None`, never an exception.

use caravan_core::bot::order_answer::Moments;
use caravan_core::teams::availability::Zones;
use caravan_core::teams::calendar::{Date, days_from_civil};
use wasm_bindgen::{JsCast, JsValue};

/// `new Intl.DateTimeFormat(tag, options)`, or `None` when the runtime refuses them.
fn formatter(tag: &str, options: &[(&str, &str)]) -> Option<JsValue> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let ctor: js_sys::Function = js_sys::Reflect::get(&intl, &JsValue::from_str("DateTimeFormat"))
        .ok()?
        .dyn_into()
        .ok()?;
    let opts = js_sys::Object::new();
    for (k, v) in options {
        js_sys::Reflect::set(&opts, &JsValue::from_str(k), &JsValue::from_str(v)).ok()?;
    }
    js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&JsValue::from_str(tag), &opts)).ok()
}

fn call(target: &JsValue, method: &str, arg: &JsValue) -> Option<JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &JsValue::from_str(method))
        .ok()?
        .dyn_into()
        .ok()?;
    f.call1(target, arg).ok()
}

/// The runtime's time zones.
#[derive(Debug, Clone, Copy)]
pub struct IntlZones;

impl Zones for IntlZones {
    fn offset_minutes(&self, zone: &str, utc_ms: u64) -> Option<i32> {
        let options = [
            ("timeZone", zone),
            ("hourCycle", "h23"),
            ("year", "numeric"),
            ("month", "numeric"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "numeric"),
        ];
        let format = formatter("en-US", &options)?;
        let date = js_sys::Date::new(&JsValue::from_f64(utc_ms as f64));
        let parts: js_sys::Array = call(&format, "formatToParts", &date)?.dyn_into().ok()?;
        let mut fields = [0i64; 5];
        for part in parts.iter() {
            let kind = js_sys::Reflect::get(&part, &JsValue::from_str("type"))
                .ok()?
                .as_string()?;
            let value = js_sys::Reflect::get(&part, &JsValue::from_str("value"))
                .ok()?
                .as_string()?;
            let at = ["year", "month", "day", "hour", "minute"]
                .iter()
                .position(|k| *k == kind);
            if let Some(at) = at {
                fields[at] = value.parse().ok()?;
            }
        }
        let [year, month, day, hour, minute] = fields;
        let date = Date {
            year,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        };
        let local_min = days_from_civil(date) * 1_440 + hour * 60 + minute;
        let utc_min = (utc_ms / 60_000) as i64;
        i32::try_from(local_min - utc_min).ok()
    }
}

/// `utc_ms` told in `tag`'s language and the shopper's `zone` (UTC when unknown): the day
/// and the time, "Monday 09:00".
pub fn local_moment(tag: &str, zone: Option<&str>, utc_ms: u64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(utc_ms as f64));
    let in_zone = |zone: &str, named: bool| {
        let mut options = vec![
            ("timeZone", zone),
            ("weekday", "long"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
        ];
        if named {
            options.push(("timeZoneName", "short"));
        }
        formatter(tag, &options)
            .and_then(|f| call(&f, "format", &date))
            .and_then(|s| s.as_string())
    };
    // Without the shopper's zone, the time says which zone it is in.
    zone.and_then(|z| in_zone(z, false))
        .or_else(|| in_zone("UTC", true))
        .unwrap_or_default()
}

/// Days and moments of an order (delivery estimates, carrier events) in the shopper's
/// language and zone (UTC, named, when the zone is unknown).
#[derive(Debug, Clone)]
pub struct IntlMoments {
    pub tag: String,
    pub zone: Option<String>,
}

impl IntlMoments {
    fn format(&self, utc_ms: u64, fields: &[(&str, &str)]) -> String {
        let date = js_sys::Date::new(&JsValue::from_f64(utc_ms as f64));
        let in_zone = |zone: &str, named: bool| {
            let mut options = vec![("timeZone", zone)];
            options.extend_from_slice(fields);
            if named {
                options.push(("timeZoneName", "short"));
            }
            formatter(&self.tag, &options)
                .and_then(|f| call(&f, "format", &date))
                .and_then(|s| s.as_string())
        };
        self.zone
            .as_deref()
            .and_then(|z| in_zone(z, false))
            .or_else(|| in_zone("UTC", fields.iter().any(|(k, _)| *k == "hour")))
            .unwrap_or_default()
    }
}

impl Moments for IntlMoments {
    fn day(&self, at_ms: u64) -> String {
        self.format(
            at_ms,
            &[("weekday", "short"), ("day", "numeric"), ("month", "short")],
        )
    }

    fn moment(&self, at_ms: u64) -> String {
        self.format(
            at_ms,
            &[
                ("day", "numeric"),
                ("month", "short"),
                ("hour", "2-digit"),
                ("minute", "2-digit"),
            ],
        )
    }
}
