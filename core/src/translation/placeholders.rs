//! What a translation provider sees: the message with personal data and glossary terms
//! replaced by `<x id="N"/>` markers (XML, which DeepL and LibreTranslate keep in place
//! when told the text is markup), and what comes back restored.

use thiserror::Error;

/// A message ready for a provider, and the values its markers stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Masked {
    /// Markup: `&`, `<`, `>` of the original are escaped.
    pub text: String,
    /// `slots[n - 1]` is what `<x id="n"/>` replaces.
    pub slots: Vec<String>,
}

impl Masked {
    /// Is there anything left to translate once the markers are taken out?
    pub fn has_words(&self) -> bool {
        let mut rest = self.text.as_str();
        let mut text = String::new();
        while let Some(at) = rest.find("<x id=\"") {
            text.push_str(&rest[..at]);
            rest = rest[at..].split_once("/>").map_or("", |(_, r)| r);
        }
        text.push_str(rest);
        text.chars().any(char::is_alphabetic)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RestoreError {
    #[error("the translation lost placeholder {0}")]
    Missing(usize),
    #[error("the translation repeats placeholder {0}")]
    Repeated(usize),
    #[error("the translation holds placeholder {0}, which was never sent")]
    Unknown(usize),
}

/// Replaces the byte ranges `spans` (sorted; overlaps are skipped) of `text` by markers.
pub fn mask(text: &str, spans: &[(usize, usize)]) -> Masked {
    let mut out = String::with_capacity(text.len() + 16 * spans.len());
    let mut slots = Vec::new();
    let mut at = 0;
    for &(start, end) in spans {
        if start < at || end <= start || end > text.len() {
            continue;
        }
        escape_into(&mut out, &text[at..start]);
        slots.push(text[start..end].to_owned());
        out.push_str(&format!("<x id=\"{}\"/>", slots.len()));
        at = end;
    }
    escape_into(&mut out, &text[at..]);
    Masked { text: out, slots }
}

/// Puts the values back into a provider's answer; every marker must come back exactly
/// once, or the translation is not used (the shopper's data is never lost or doubled).
pub fn restore(translated: &str, slots: &[String]) -> Result<String, RestoreError> {
    let mut out = String::with_capacity(translated.len());
    let mut seen = vec![false; slots.len()];
    let mut rest = translated;
    while let Some(lt) = rest.find('<') {
        unescape_into(&mut out, &rest[..lt]);
        match marker(&rest[lt..]) {
            Some((n, len)) => {
                let slot = n
                    .checked_sub(1)
                    .and_then(|i| slots.get(i).map(|s| (i, s)))
                    .ok_or(RestoreError::Unknown(n))?;
                if std::mem::replace(&mut seen[slot.0], true) {
                    return Err(RestoreError::Repeated(n));
                }
                out.push_str(slot.1);
                rest = &rest[lt + len..];
            }
            None => {
                out.push('<');
                rest = &rest[lt + 1..];
            }
        }
    }
    unescape_into(&mut out, rest);
    match seen.iter().position(|s| !s) {
        Some(i) => Err(RestoreError::Missing(i + 1)),
        None => Ok(out),
    }
}

/// `<x id="N"/>` at the start of `s`, with the spacing and quotes providers may change:
/// the marker's number and length.
fn marker(s: &str) -> Option<(usize, usize)> {
    let rest = s.strip_prefix("<x")?;
    let rest = rest.trim_start().strip_prefix("id")?;
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let rest = &rest[1..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let n = rest[..digits].parse().ok()?;
    let rest = rest[digits..].strip_prefix(quote)?;
    let rest = rest.trim_start().strip_prefix("/>")?;
    Some((n, s.len() - rest.len()))
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

fn unescape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let entity = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&apos;", '\''),
            ("&#39;", '\''),
        ]
        .into_iter()
        .find(|(e, _)| rest.starts_with(e));
        match entity {
            Some((e, c)) => {
                out.push(c);
                rest = &rest[e.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_markup_in_the_message() {
        let text = "Order #123 <b> & AirFlex";
        let m = mask(text, &[(6, 10), (17, 24)]);
        assert_eq!(m.text, "Order <x id=\"1\"/> &lt;b&gt; &amp; <x id=\"2\"/>");
        assert_eq!(m.slots, vec!["#123", "AirFlex"]);
        assert!(m.has_words());
        assert_eq!(restore(&m.text, &m.slots).as_deref(), Ok(text));
    }

    #[test]
    fn providers_may_move_and_respace_markers() {
        let slots = vec!["#123".to_owned(), "AirFlex".to_owned()];
        assert_eq!(
            restore("<x id = '2' /> คำสั่งซื้อ <x id=\"1\"/> &quot;ok&quot;", &slots).as_deref(),
            Ok("AirFlex คำสั่งซื้อ #123 \"ok\"")
        );
    }

    #[test]
    fn lost_repeated_or_invented_markers_are_refused() {
        let slots = vec!["a@b.co".to_owned(), "#1".to_owned()];
        assert_eq!(
            restore("<x id=\"1\"/>", &slots),
            Err(RestoreError::Missing(2))
        );
        assert_eq!(
            restore("<x id=\"1\"/><x id=\"1\"/><x id=\"2\"/>", &slots),
            Err(RestoreError::Repeated(1))
        );
        assert_eq!(
            restore("<x id=\"3\"/><x id=\"1\"/><x id=\"2\"/>", &slots),
            Err(RestoreError::Unknown(3))
        );
    }

    #[test]
    fn nothing_to_translate_without_words() {
        assert!(!mask("#12345 !", &[(0, 6)]).has_words());
    }
}
