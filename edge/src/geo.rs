//! The shopper's location as the platform measured it (`request.cf`), never as the client
//! claims it: no header, query or body field is read here.

use caravan_core::residency::policy::Geo;
use wasm_bindgen::JsValue;
use worker::Request;

/// Owned copy of the `cf` fields the residency policy reads.
#[derive(Debug, Default)]
pub struct PlatformGeo {
    country: Option<String>,
    continent: Option<String>,
    is_eu: bool,
    time_zone: Option<String>,
}

impl PlatformGeo {
    /// Reads `request.cf` defensively: any field may be missing (local runtimes, Tor).
    pub fn of(req: &Request) -> Self {
        let cf = js_sys::Reflect::get(req.inner(), &JsValue::from_str("cf")).unwrap_or_default();
        if !cf.is_object() {
            return Self::default();
        }
        let field = |name: &str| {
            js_sys::Reflect::get(&cf, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        Self {
            country: field("country"),
            continent: field("continent"),
            is_eu: field("isEUCountry").as_deref() == Some("1"),
            time_zone: field("timezone"),
        }
    }

    /// The IANA time zone the platform places the shopper in.
    pub fn time_zone(&self) -> Option<String> {
        self.time_zone.clone()
    }

    pub fn as_geo(&self) -> Geo<'_> {
        Geo {
            country: self.country.as_deref(),
            continent: self.continent.as_deref(),
            is_eu: self.is_eu,
        }
    }
}
