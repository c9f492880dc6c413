//! Compiles the widget's stylesheet into the module: `style/widget.css` without comments
//! and with whitespace collapsed, for `src/stylesheet.rs` to include. The widget adopts it
//! itself (one request fewer, and no `<link>` for a page's CSP to refuse).

use std::path::Path;

/// Drops `/* */` comments and collapses whitespace; spaces next to `{`, `}`, `;` and `,`
/// carry no meaning and go too. Selectors and values keep their single spaces (descendant
/// combinators, `calc(a - b)`). Quoted strings (font names, attribute values) survive as
/// long as they hold none of the characters this rewrites; the build refuses any that do,
/// and `url()`, rather than guess.
fn minify(css: &str) -> Result<String, String> {
    let mut code = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        code.push_str(&rest[..start]);
        code.push(' ');
        let end = rest[start..]
            .find("*/")
            .ok_or("widget.css: unterminated comment")?;
        rest = &rest[start + end + 2..];
    }
    code.push_str(rest);
    if code.contains('\'') || code.contains("url(") {
        return Err("widget.css: use double quotes and no url() (see build.rs)".into());
    }
    for quoted in code.split('"').skip(1).step_by(2) {
        if quoted.contains(['{', '}', ';', ',', '\n']) || quoted.contains("  ") {
            return Err(format!(
                "widget.css: the string {quoted:?} is beyond build.rs"
            ));
        }
    }
    let collapsed = code.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    for c in collapsed.chars() {
        if matches!(c, '{' | '}' | ';' | ',') && out.ends_with(' ') {
            out.pop();
        }
        if c == ' ' && (out.is_empty() || out.ends_with(['{', '}', ';', ','])) {
            continue;
        }
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    Ok(out)
}

fn main() {
    let source = Path::new("style/widget.css");
    println!("cargo::rerun-if-changed={}", source.display());
    let css = std::fs::read_to_string(source).expect("widget/style/widget.css");
    let minified = minify(&css).unwrap_or_else(|e| panic!("{e}"));
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("widget.css");
    std::fs::write(&out, minified).expect("write the minified stylesheet");
}
