//! A store's knowledge base as conversations read it: the version is asked of the store's
//! `Knowledge` object on every bot answer (an edit shows in the next answer), the whole
//! base only when the version moved. Kept per isolate; when the object cannot be reached in
//! time, the copy at hand answers (an edit then shows a turn later).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use caravan_core::knowledge::base::KnowledgeBase;
use futures_util::future::{Either, select};
use serde::Deserialize;
use worker::{Delay, Env, Method};

use crate::knowledge_object;

/// A knowledge object slower than this leaves the copy at hand in charge.
const TIMEOUT: Duration = Duration::from_millis(1_500);

thread_local! {
    static BASES: RefCell<HashMap<String, Rc<KnowledgeBase>>> = RefCell::new(HashMap::new());
}

async fn call(env: &Env, merchant: &str, path: &str) -> Option<String> {
    let fetch = async {
        let stub = knowledge_object::stub(env, merchant).ok()?;
        let mut response = stub
            .fetch_with_request(knowledge_object::request(Method::Get, path, None).ok()?)
            .await
            .ok()?;
        if response.status_code() != 200 {
            return None;
        }
        response.text().await.ok()
    };
    match select(std::pin::pin!(fetch), std::pin::pin!(Delay::from(TIMEOUT))).await {
        Either::Left((text, _)) => text,
        Either::Right(_) => {
            worker::console_warn!("knowledge base of {merchant}: no answer in time");
            None
        }
    }
}

/// The store's knowledge base as of now, or the copy at hand.
pub async fn base(env: &Env, merchant: &str) -> Option<Rc<KnowledgeBase>> {
    #[derive(Deserialize)]
    struct Version {
        version: u64,
    }
    let cached = BASES.with(|b| b.borrow().get(merchant).cloned());
    let Some(version) = call(env, merchant, "/version")
        .await
        .and_then(|t| serde_json::from_str::<Version>(&t).ok())
    else {
        return cached;
    };
    if let Some(kb) = cached.as_ref().filter(|kb| kb.version == version.version) {
        return Some(Rc::clone(kb));
    }
    let Some(kb) = call(env, merchant, "/base")
        .await
        .and_then(|t| serde_json::from_str::<KnowledgeBase>(&t).ok())
    else {
        return cached;
    };
    let kb = Rc::new(kb);
    BASES.with(|b| b.borrow_mut().insert(merchant.to_owned(), Rc::clone(&kb)));
    Some(kb)
}
