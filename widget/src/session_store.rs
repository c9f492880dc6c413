//! The shopper's session, kept in localStorage so a reload restores the conversation.

use caravan_core::session::opening::SessionCreated;

fn key(merchant: &str) -> String {
    format!("caravan:{merchant}:session")
}

fn storage() -> Option<web_sys::Storage> {
    // Private modes may refuse storage; the chat then simply lasts one page view.
    web_sys::window()?.local_storage().ok()?
}

/// The stored session, unless missing, unreadable or past its expiry.
pub fn load(merchant: &str, now_secs: u64) -> Option<SessionCreated> {
    let json = storage()?.get_item(&key(merchant)).ok()??;
    let session = SessionCreated::from_json(&json)?;
    (session.expires_at > now_secs).then_some(session)
}

pub fn save(merchant: &str, session: &SessionCreated) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&key(merchant), &session.to_json());
    }
}

pub fn clear(merchant: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(merchant));
    }
}
