//! The privacy notice and the shopper's rights, under the header: who runs the chat, where
//! the conversation is stored (the session's region), the store's policy, "download my
//! conversation" (readable text or JSON, in the shopper's language) and "delete my
//! conversation" (confirmed first; then the widget forgets the session and starts afresh).
//! A native `<details>`: closed it costs one line, and keyboards and screen readers know it.

use caravan_core::delivery::timeline::Timeline;
use caravan_core::language::catalog::Arg;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, Node};

use crate::chat::Chat;
use crate::dom::{Panel, element, text};
use crate::http::{self, HttpError};

fn button(parent: &Node, class: &str, label: &str) -> Element {
    let b = element(parent, "button", &[("class", class), ("type", "button")]);
    text(&b, label);
    b
}

pub fn build(panel: &mut Panel, section: &Element, chat: Chat) {
    let details = element(section, "details", &[("class", "cv-privacy")]);
    let summary = element(&details, "summary", &[]);
    text(&summary, &chat.t("privacy-menu"));
    let about = element(&details, "p", &[]);
    panel.text(
        &about,
        Box::new(move || {
            let store = chat.store_name.get();
            let mut said = chat.t_args("privacy-run-by", &[("store", Arg::Str(&store))]);
            if let Some((region, _)) = chat.notice_of_privacy.get() {
                let name = chat.t(&format!("region-{region}"));
                said.push(' ');
                said.push_str(&chat.t_args("privacy-stored", &[("region", Arg::Str(&name))]));
            }
            said
        }),
    );
    let policy = element(
        &details,
        "a",
        &[("target", "_blank"), ("rel", "noopener noreferrer")],
    );
    text(&policy, &chat.t("privacy-policy"));
    let url = move || chat.notice_of_privacy.get().and_then(|(_, url)| url);
    panel.hidden(&policy, Box::new(move || url().is_none()));
    panel.attr(&policy, "href", Box::new(move || url().unwrap_or_default()));

    let download = element(&details, "p", &[]);
    text(&download, &chat.t("privacy-download"));
    for (format, label) in [
        ("text", "privacy-download-text"),
        ("json", "privacy-download-json"),
    ] {
        let b = button(&download, "cv-link", &chat.t(label));
        panel.on(&b, "click", Box::new(move |_| chat.download(format)));
    }

    let confirming = RwSignal::new(false);
    let delete = button(&details, "cv-link", &chat.t("privacy-delete"));
    panel.hidden(&delete, Box::new(move || confirming.get()));
    panel.on(&delete, "click", Box::new(move |_| confirming.set(true)));
    let confirm = element(&details, "p", &[("role", "alert")]);
    panel.hidden(&confirm, Box::new(move || !confirming.get()));
    text(&confirm, &chat.t("privacy-delete-confirm"));
    let yes = button(&confirm, "cv-link", &chat.t("privacy-delete-yes"));
    let no = button(&confirm, "cv-link", &chat.t("privacy-delete-no"));
    panel.on(
        &yes,
        "click",
        Box::new(move |_| {
            confirming.set(false);
            chat.erase();
        }),
    );
    panel.on(&no, "click", Box::new(move |_| confirming.set(false)));
}

/// Has the browser save `body` as `name`.
fn save(name: &str, mime: &str, body: &str) {
    let href = format!(
        "data:{mime};charset=utf-8,{}",
        js_sys::encode_uri_component(body)
    );
    let a = element(
        &document().body().unwrap_throw(),
        "a",
        &[("href", &href), ("download", name)],
    );
    if let Ok(a) = a.dyn_into::<HtmlElement>() {
        a.click();
        a.remove();
    }
}

impl Chat {
    fn rights_url(&self, path: &str) -> String {
        format!("{}/v1/conversation/{path}", self.api_base())
    }

    fn failed(&self) {
        self.notice.set(Some(self.t("error-generic")));
    }

    /// Downloads the conversation as `format` (`text` or `json`).
    fn download(self, format: &'static str) {
        let Some(token) = self.token() else {
            return self.failed();
        };
        spawn_local(async move {
            let url = self.rights_url(&format!("export?format={format}"));
            match http::get_authorized(&url, &token).await {
                Ok(body) if format == "text" => save("conversation.txt", "text/plain", &body),
                Ok(body) => save("conversation.json", "application/json", &body),
                Err(_) => self.failed(),
            }
        });
    }

    /// Erases the conversation everywhere, then forgets it here.
    fn erase(self) {
        let Some(token) = self.token() else {
            return self.forget_conversation(true);
        };
        // The object closes its sockets as it erases: not a drop to recover from.
        self.end_connection();
        spawn_local(async move {
            let url = self.rights_url("erase");
            match http::post_authorized(&url, &token, "application/json", "{}").await {
                // Gone already (retention, the store's rights desk): as good as done.
                Ok(_) | Err(HttpError::Status(410, _)) => self.forget_conversation(true),
                Err(_) => {
                    self.failed();
                    self.connect();
                }
            }
        });
    }

    /// The conversation is gone: the session and its messages are forgotten here (`all`:
    /// what waits to be sent too, since the shopper asked), and the next message starts a
    /// new one.
    pub(crate) fn forget_conversation(self, all: bool) {
        self.end_connection();
        self.forget_session();
        self.timeline.update(|t| {
            *t = match all {
                true => Timeline::default(),
                false => Timeline::with_outbox(t.outbox().clone()),
            }
        });
        if all {
            self.notice.set(Some(self.t("privacy-deleted")));
        }
        self.connect();
    }
}
