//! The shopper's unsent messages in localStorage, so a reload, a crash or a closed tab
//! loses nothing; and the shopper's text-mode choice.

use caravan_core::delivery::network_quality::Preference;
use caravan_core::delivery::outbox::Outbox;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn key(merchant: &str) -> String {
    format!("caravan:{merchant}:outbox")
}

pub fn load(merchant: &str) -> Outbox {
    storage()
        .and_then(|s| s.get_item(&key(merchant)).ok()?)
        .map(|text| Outbox::from_storage(&text))
        .unwrap_or_default()
}

/// Writes `text` (from `Outbox::to_storage`); an empty outbox removes the key.
pub fn save(merchant: &str, text: &str) {
    let Some(storage) = storage() else { return };
    let _ = if text.is_empty() {
        storage.remove_item(&key(merchant))
    } else {
        storage.set_item(&key(merchant), text)
    };
}

const MODE_KEY: &str = "caravan:mode";

pub fn load_preference() -> Preference {
    match storage()
        .and_then(|s| s.get_item(MODE_KEY).ok()?)
        .as_deref()
    {
        Some("text") => Preference::Text,
        Some("full") => Preference::Full,
        _ => Preference::Auto,
    }
}

pub fn save_preference(preference: Preference) {
    let Some(storage) = storage() else { return };
    let _ = match preference {
        Preference::Auto => storage.remove_item(MODE_KEY),
        Preference::Text => storage.set_item(MODE_KEY, "text"),
        Preference::Full => storage.set_item(MODE_KEY, "full"),
    };
}
