//! Which locale to speak: negotiation over the shopper's preferences with fallbacks.

/// A locale Caravan ships strings for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Ar,
    Ja,
}

/// Every shipped locale, in a stable order.
pub const SUPPORTED: &[Locale] = &[Locale::En, Locale::Ar, Locale::Ja];

impl Locale {
    /// The BCP 47 tag, also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Ja => "ja",
        }
    }

    /// Exact (case-insensitive) match of a shipped tag.
    pub fn from_tag(tag: &str) -> Option<Self> {
        SUPPORTED
            .iter()
            .copied()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// Writing direction of the locale's script.
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar)
    }
}

/// The best shipped locale for `tag`, trying it and then ever shorter prefixes
/// (`ar-EG` → `ar`).
pub fn best_match(tag: &str) -> Option<Locale> {
    let tag = tag.trim().replace('_', "-");
    let mut candidate = tag.as_str();
    loop {
        if let Some(locale) = Locale::from_tag(candidate) {
            return Some(locale);
        }
        candidate = &candidate[..candidate.rfind('-')?];
    }
}

/// Picks the first of `preferences` (most preferred first) that matches, else `fallback`.
pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>, fallback: Locale) -> Locale {
    preferences
        .into_iter()
        .find_map(best_match)
        .unwrap_or(fallback)
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
                    let value: f32 = v.trim().parse().ok()?;
                    if !(0.0..=1.0).contains(&value) {
                        return None;
                    }
                    // Weights have at most three decimals, so thousandths are exact enough.
                    q = (value * 1000.0).round() as u16;
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
    fn falls_back_through_prefixes() {
        assert_eq!(best_match("ar-EG"), Some(Locale::Ar));
        assert_eq!(best_match("ja_JP"), Some(Locale::Ja));
        assert_eq!(best_match("EN-us"), Some(Locale::En));
        assert_eq!(best_match("th-TH"), None);
        assert_eq!(best_match(""), None);
    }

    #[test]
    fn negotiates_in_preference_order() {
        assert_eq!(negotiate(["th", "ja-JP", "en"], Locale::En), Locale::Ja);
        assert_eq!(negotiate(["th", "vi"], Locale::Ar), Locale::Ar);
        assert_eq!(negotiate([], Locale::En), Locale::En);
    }

    #[test]
    fn accept_language_by_weight() {
        assert_eq!(
            parse_accept_language("en;q=0.5, ar-SA, ja;q=0.8, fr;q=0, *;q=0.1"),
            vec!["ar-SA", "ja", "en"]
        );
        assert_eq!(
            parse_accept_language("de;q=2, it;q=x"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn direction() {
        assert!(Locale::Ar.is_rtl());
        assert!(!Locale::Ja.is_rtl());
    }
}
