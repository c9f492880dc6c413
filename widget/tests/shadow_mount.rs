//! The widget mounted in a shadow root, in headless Chromium: it renders there, the light
//! DOM cannot see it, and user text is rendered as text.
#![cfg(target_arch = "wasm32")]

use caravan_core::language::catalog::Catalog;
use caravan_core::language::locale::Locale;
use caravan_core::language::locale_choice::Source;
use caravan_widget::{WidgetOptions, mount_with};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

fn options() -> WidgetOptions {
    WidgetOptions {
        merchant: "demo".into(),
        // Nothing listens here: the widget must show its honest "unavailable" state.
        api_base: "http://127.0.0.1:9".into(),
        locale_base: "/locales/".into(),
        locale: None,
        identity_token: None,
    }
}

fn shadow_container() -> (web_sys::Document, web_sys::ShadowRoot, HtmlElement) {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let host = document.create_element("caravan-test-host").expect("host");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .expect("shadow");
    let container: HtmlElement = document
        .create_element("div")
        .expect("div")
        .dyn_into()
        .expect("html element");
    root.append_child(&container).expect("append");
    (document, root, container)
}

async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn mounts_inside_the_shadow_root_only() {
    let (document, root, container) = shadow_container();
    let catalog = Catalog::parse(include_str!("../../locales/ar/widget.ftl")).expect("catalog");
    mount_with(
        container.clone(),
        options(),
        (Locale::Ar, Source::Snippet),
        catalog,
    );
    next_tick().await;

    let panel = root.query_selector(".caravan-panel").expect("query");
    assert!(panel.is_some(), "the panel renders in the shadow root");
    assert!(
        document
            .query_selector(".caravan-panel")
            .expect("query")
            .is_none(),
        "the light DOM cannot see it"
    );
    assert!(
        document
            .query_selector("textarea")
            .expect("query")
            .is_none()
    );
    assert_eq!(container.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(container.get_attribute("lang").as_deref(), Some("ar"));
    let placeholder = root
        .query_selector("textarea")
        .expect("query")
        .and_then(|t| t.get_attribute("placeholder"))
        .unwrap_or_default();
    assert_eq!(placeholder, "اكتبوا رسالتكم…");
}

#[wasm_bindgen_test]
async fn shopper_text_is_rendered_as_text() {
    let (_document, root, container) = shadow_container();
    let catalog = Catalog::parse(include_str!("../../locales/en/widget.ftl")).expect("catalog");
    mount_with(container, options(), (Locale::En, Source::Snippet), catalog);
    next_tick().await;

    let textarea: web_sys::HtmlTextAreaElement = root
        .query_selector("textarea")
        .expect("query")
        .expect("textarea")
        .dyn_into()
        .expect("textarea");
    textarea.set_value("<img src=x onerror=\"window.pwned=1\"> hello");
    textarea
        .dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    let form: HtmlElement = root
        .query_selector("form")
        .expect("query")
        .expect("form")
        .dyn_into()
        .expect("form");
    form.dispatch_event(&web_sys::Event::new("submit").expect("event"))
        .expect("dispatch");
    next_tick().await;

    let message = root
        .query_selector(".cv-mine .cv-text")
        .expect("query")
        .expect("the message is shown");
    assert_eq!(
        message.text_content().unwrap_or_default(),
        "<img src=x onerror=\"window.pwned=1\"> hello"
    );
    assert!(
        root.query_selector("img").expect("query").is_none(),
        "no element was created from user text"
    );
    let status = root
        .query_selector(".cv-mine")
        .expect("query")
        .and_then(|m| m.get_attribute("data-status"));
    assert_eq!(
        status.as_deref(),
        Some("sending"),
        "unsent while no server answers"
    );
}
