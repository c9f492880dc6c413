//! A conversation as someone other than its shopper reads it: personal data masked in
//! every text (messages, their translations, card values, the address left for an answer,
//! the team's notes), for the console and the agent API alike.

use caravan_core::privacy::masking;
use serde_json::Value;

/// `text` fields of a message (and of its translation, and its card's values) passed
/// through `f`; `masked` says whether that changed anything (the console offers "reveal"
/// only then).
pub fn each_text(message: &mut Value, f: fn(&str) -> String) {
    let Some(message) = message.as_object_mut() else {
        return;
    };
    let mut changed = false;
    if let Some(text) = message.get("text").and_then(Value::as_str) {
        let new = f(text);
        changed |= new != text;
        message.insert("text".into(), Value::String(new));
    }
    if let Some(translation) = message
        .get_mut("translation")
        .and_then(Value::as_object_mut)
        && let Some(text) = translation.get("text").and_then(Value::as_str)
    {
        let new = f(text);
        changed |= new != text;
        translation.insert("text".into(), Value::String(new));
    }
    // A card's values come from the store's system: masked like the text.
    for line in message
        .get_mut("card")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        if let Some(value) = line["value"].as_str() {
            let new = f(value);
            changed |= new != value;
            line["value"] = Value::String(new);
        }
        // A link carrying personal data (an address in its query) is left out, not cut.
        if line["link"].as_str().is_some_and(|link| f(link) != link) {
            line["link"] = Value::Null;
            changed = true;
        }
    }
    message.insert("masked".into(), Value::Bool(changed));
}

/// An object's read of a conversation (`messages`, `summary`, `notes`), masked in place.
pub fn read(value: &mut Value) {
    for message in value["messages"].as_array_mut().into_iter().flatten() {
        each_text(message, masking::masked);
    }
    summary(&mut value["summary"]);
    // Notes are read by the whole team: masked like messages.
    for note in value["notes"].as_array_mut().into_iter().flatten() {
        if let Some(text) = note["text"].as_str() {
            note["text"] = Value::String(masking::masked(text));
        }
    }
}

/// A handoff summary, masked in place: the address left for an answer and its messages.
pub fn summary(summary: &mut Value) {
    if let Some(email) = summary["email"].as_str() {
        summary["email"] = Value::String(masking::masked(email));
    }
    for message in summary["last_messages"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        for field in ["text", "translation"] {
            if let Some(text) = message[field].as_str() {
                message[field] = Value::String(masking::masked(text));
            }
        }
    }
}
