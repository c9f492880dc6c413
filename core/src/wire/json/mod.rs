//! A small, strict codec for the flat JSON objects of the wire protocol and the session
//! answer: string, unsigned integer, boolean and null values, plus arrays of strings when
//! writing. Nested values are skipped when reading (a nested object can be read on demand), so
//! newer peers may add them.
//!
//! Why not serde_json here: in the widget it costs ~42 KB of optimized WASM (its parser
//! plus the float formatting serde's error messages pull in) — more than the rest of our
//! code. Its output is the oracle of this codec's property tests (`tests/json_oracle.rs`).

mod reader;
#[cfg(test)]
mod reader_tests;
mod writer;

pub use reader::{JsonError, JsonObject, JsonValue, WrongType};
pub use writer::JsonWriter;
