//! May this page use the store's chat at all? A storefront the store has not configured
//! gets CORS refusals the browser hides (they read as network errors), so after a failed
//! start the widget asks the edge (`GET /v1/embed`, core's `embedding`) until it has an
//! answer. Refused, the chat stops for good: no retry, no composer, an honest message.

use caravan_core::store::embedding::{self, EmbedVerdict};
use leptos::prelude::*;
use wasm_bindgen_futures::spawn_local;

use crate::chat::{Chat, Connection};
use crate::http::{self, HttpError};
use crate::network::online;

impl Chat {
    /// After a failed start that could be this page's fault (a refused CORS request reads
    /// as a network error), asks the edge whether this page may embed the chat, until it
    /// has an answer. If not, the chat stops (the pending reconnect sees it), tells the
    /// shopper, and names the cause in the console for the merchant.
    pub(crate) fn ask_embed(self, error: &HttpError) {
        let status = match error {
            HttpError::Network(_) => None,
            HttpError::Status(status, _) => Some(*status),
        };
        // Offline, nothing can be learnt: ask after a failure once back.
        if !embedding::may_be_refused(status) || !online() {
            return;
        }
        let ask = self
            .link
            .try_update_value(|l| l.embed.ask())
            .unwrap_or(false);
        if !ask {
            return; // answered already, or the answer is on its way
        }
        let url = format!(
            "{}/v1/embed?merchant={}",
            self.api_base(),
            self.options.with_value(|o| o.merchant.clone())
        );
        spawn_local(async move {
            let Ok(answer) = http::get_text(&url).await else {
                // Unreachable too: the next failed start asks again.
                self.link.update_value(|l| l.embed.unanswered());
                return;
            };
            self.link.update_value(|l| l.embed.answered());
            if let Some(reason) = EmbedVerdict::refusal(&answer) {
                web_sys::console::error_1(&format!("caravan: {reason}").into());
                self.connection.set(Connection::Refused);
            }
        });
    }

    pub(crate) fn refused(&self) -> bool {
        self.connection.get_untracked() == Connection::Refused
    }
}
