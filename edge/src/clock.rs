//! The platform's clock, for core functions that take time as input.

/// Unix time in milliseconds.
pub fn now_ms() -> u64 {
    worker::Date::now().as_millis()
}

/// Unix time in seconds.
pub fn now_secs() -> u64 {
    now_ms() / 1000
}
