//! The widget's stylesheet (`style/widget.css`, minified into the module by `build.rs`),
//! adopted into the shadow root it is mounted in. Built through the CSSOM: a storefront's
//! CSP `style-src` governs `<style>` elements and style attributes, not constructed
//! stylesheets, so the panel is styled under the strictest policy. Browsers without them
//! (Safari before 16.4) get a `<style>` element instead.

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot};

const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Styles the shadow root `container` lives in (once per mount: a language change redraws
/// the panel, not its stylesheet).
pub fn adopt(container: &HtmlElement) {
    let node = container.get_root_node();
    let Some(root) = node.dyn_ref::<ShadowRoot>() else {
        // Outside a shadow root (never in the product): the page's own styles apply.
        return;
    };
    if let Ok(sheet) = CssStyleSheet::new()
        && sheet.replace_sync(CSS).is_ok()
    {
        let sheets = root.adopted_style_sheets();
        sheets.push(&sheet);
        root.set_adopted_style_sheets(&sheets);
        return;
    }
    let Some(style) = container
        .owner_document()
        .and_then(|d| d.create_element("style").ok())
    else {
        return;
    };
    style.set_text_content(Some(CSS));
    let _ = root.append_child(&style);
}
