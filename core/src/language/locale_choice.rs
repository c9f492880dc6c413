//! Which locale a shopper gets: the sources in order of authority, each tag walked down a
//! fallback chain (`es-MX → es-419 → es`, `zh-HK → zh-Hant`, `pt-BR → pt`).

use crate::language::locale::Locale;

/// Where the chosen locale came from, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// The merchant's `data-locale` in the snippet.
    Snippet,
    /// The shopper picked it in the widget's language menu (remembered on the device).
    Shopper,
    /// `navigator.languages`.
    Browser,
    /// The `Accept-Language` header (see [`parse_accept_language`]).
    AcceptLanguage,
    /// The store's default language.
    Store,
    /// Nothing matched and the store named none: English.
    Fallback,
}

/// Everything that may say which language to speak. Tags may be any BCP 47 tags; unknown
/// or malformed ones are skipped.
#[derive(Debug, Clone, Copy, Default)]
pub struct Preferences<'a> {
    pub snippet: Option<&'a str>,
    pub shopper: Option<&'a str>,
    pub browser: &'a [String],
    /// The header's ranges, most preferred first ([`parse_accept_language`]); the widget
    /// has none, and so never links the header parser.
    pub accept_language: &'a [String],
    pub store: Option<Locale>,
}

/// Picks the locale by the sources' authority, and says which source decided.
pub fn choose(prefs: &Preferences) -> (Locale, Source) {
    let found = prefs
        .snippet
        .and_then(best_match)
        .map(|l| (l, Source::Snippet))
        .or_else(|| {
            prefs
                .shopper
                .and_then(best_match)
                .map(|l| (l, Source::Shopper))
        })
        .or_else(|| {
            prefs
                .browser
                .iter()
                .find_map(|t| best_match(t))
                .map(|l| (l, Source::Browser))
        })
        .or_else(|| {
            prefs
                .accept_language
                .iter()
                .find_map(|t| best_match(t))
                .map(|l| (l, Source::AcceptLanguage))
        })
        .or_else(|| prefs.store.map(|l| (l, Source::Store)));
    found.unwrap_or((Locale::En, Source::Fallback))
}

/// Old or macrolanguage codes browsers still send, and what we ship for them.
const ALIASES: &[(&str, &str)] = &[
    ("iw", "he"),
    ("in", "id"),
    ("no", "nb"),
    ("nn", "nb"),
    ("tl", "fil"),
    ("zsm", "ms"),
    ("swh", "sw"),
    ("pes", "fa"),
    ("cmn", "zh"),
];

/// Regions of Latin America and the Caribbean where Spanish is spoken: CLDR's `es-419`
/// children, so `es-MX → es-419 → es`.
const LATIN_AMERICA: &[&str] = &[
    "AR", "BO", "BR", "BZ", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE",
    "PR", "PY", "SV", "US", "UY", "VE",
];

/// Chinese regions that write Traditional characters.
const TRADITIONAL_CHINESE: &[&str] = &["HK", "MO", "TW"];

/// What a bare language means when we ship only regional or script variants (CLDR's
/// likely subtags: `pt` is Brazilian, `zh` is Simplified).
const LIKELY: &[(&str, Locale)] = &[("pt", Locale::PtBr), ("zh", Locale::ZhHans)];

/// Longest tag read: RFC 5646 asks for 35 characters to hold any tag up to its variants,
/// and ours match on far less. A longer one is refused unread, since its chain copies it
/// once per subtag (an `Accept-Language` header is anyone's to send).
const MAX_TAG_LEN: usize = 64;

fn canonical(tag: &str) -> Option<String> {
    if tag.len() > MAX_TAG_LEN {
        return None;
    }
    let tag = tag.trim().replace('_', "-");
    let mut parts = tag.split('-');
    let language = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let language = ALIASES
        .iter()
        .find(|(from, _)| *from == language)
        .map_or(language.clone(), |(_, to)| (*to).to_owned());
    let mut out = language;
    for part in parts {
        if part.is_empty() || part.len() > 8 || !part.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        out.push('-');
        // Case conventions: script Title (Hant), region UPPER (BR), the rest lower.
        match part.len() {
            4 if part.bytes().all(|b| b.is_ascii_alphabetic()) => {
                out.push_str(&part[..1].to_ascii_uppercase());
                out.push_str(&part[1..].to_ascii_lowercase());
            }
            2 | 3 => out.push_str(&part.to_ascii_uppercase()),
            _ => out.push_str(&part.to_ascii_lowercase()),
        }
    }
    Some(out)
}

/// The next tag to try after `tag`, or `None` at a bare language.
fn parent(tag: &str) -> Option<String> {
    let (language, rest) = tag.split_once('-')?;
    let first = rest.split('-').next().unwrap_or(rest);
    let parent = match (language, first) {
        ("zh", "Hant" | "Hans") if rest.len() > 4 => format!("zh-{first}"),
        ("zh", r) if TRADITIONAL_CHINESE.contains(&r) => "zh-Hant".into(),
        ("zh", r) if r.len() == 2 => "zh-Hans".into(),
        ("es", r) if LATIN_AMERICA.contains(&r) => "es-419".into(),
        ("pt", r) if !matches!(r, "BR" | "PT") && r.len() == 2 && rest.len() == 2 => "pt-PT".into(),
        _ => match tag.rfind('-') {
            Some(at) => tag[..at].to_owned(),
            None => return None,
        },
    };
    Some(parent)
}

/// The tags tried for `tag`, most specific first, ending at the bare language; empty for
/// a malformed tag. English is never appended: the next source decides before that.
pub fn fallback_chain(tag: &str) -> Vec<String> {
    let mut chain = Vec::new();
    let mut next = canonical(tag);
    while let Some(tag) = next.take() {
        if chain.contains(&tag) {
            break;
        }
        next = parent(&tag);
        chain.push(tag);
    }
    chain
}

/// The best shipped locale for `tag`: the first of its chain we ship.
pub fn best_match(tag: &str) -> Option<Locale> {
    fallback_chain(tag).iter().find_map(|t| {
        Locale::from_tag(t).or_else(|| LIKELY.iter().find(|(l, _)| l == t).map(|(_, l)| *l))
    })
}

/// A weight in thousandths: RFC 9110's `qvalue`, `0` or `1` with up to three decimals
/// (parsed by hand: float parsing would add kilobytes to the widget's WASM).
fn parse_qvalue(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = frac
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0u16, |acc, b| acc * 10 + u16::from(b - b'0'));
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The language ranges of an `Accept-Language` header, most preferred first; entries with
/// `q=0` or malformed weights are dropped.
pub fn parse_accept_language(header: &str) -> Vec<String> {
    let mut ranges: Vec<(u16, usize, String)> = header
        .split(',')
        .take(32)
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let range = parts.next()?.trim();
            if range.is_empty() || range == "*" {
                return None;
            }
            let mut q = 1000u16;
            for param in parts {
                if let Some(v) = param.trim().strip_prefix("q=") {
                    q = parse_qvalue(v.trim())?;
                }
            }
            (q > 0).then(|| (q, i, range.to_owned()))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.into_iter().map(|(_, _, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_by_weight() {
        assert_eq!(
            parse_accept_language("en;q=0.5, ar-SA, ja;q=0.8, fr;q=0, *;q=0.1"),
            vec!["ar-SA", "ja", "en"]
        );
        assert_eq!(
            parse_accept_language("de;q=2, it;q=x, fr;q=1.5, es;q=0.1234, nl;q=.5"),
            Vec::<String>::new()
        );
        assert_eq!(
            parse_accept_language("pt;q=0.001, sv;q=1.000, da;q=0.25"),
            vec!["sv", "da", "pt"]
        );
    }

    #[test]
    fn canonical_case_and_aliases() {
        assert_eq!(canonical("ZH_hant_tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(canonical("iw-IL").as_deref(), Some("he-IL"));
        assert_eq!(canonical("x"), None);
        assert_eq!(canonical("en-"), None);
        assert_eq!(canonical("e\"n"), None);
    }
}
