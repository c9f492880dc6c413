//! Words a merchant never wants translated: the brand, product names, SKUs. The
//! translation pipeline protects every occurrence with a placeholder.

use crate::store::merchant::Merchant;

/// A merchant's protected terms, longest first so "AirFlex Pro" wins over "AirFlex".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Glossary {
    terms: Vec<String>,
}

impl Glossary {
    pub fn new<S: AsRef<str>>(terms: impl IntoIterator<Item = S>) -> Self {
        let mut terms: Vec<String> = terms
            .into_iter()
            .map(|t| t.as_ref().trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        terms.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        terms.dedup();
        Self { terms }
    }

    /// A store's glossary: its configured terms and always its own name (a shop called
    /// "Sunny Days" must not arrive as "Días soleados").
    pub fn for_store(merchant: &Merchant) -> Self {
        Self::new(
            merchant
                .translation
                .glossary
                .iter()
                .map(String::as_str)
                .chain([merchant.name.as_str()]),
        )
    }

    /// Byte ranges of the terms in `text`, leftmost and longest first, never overlapping.
    /// Latin letters match regardless of case ("caravan" is "Caravan"), and only as whole
    /// words ("Cara" is not found in "Caravan"); other scripts match exactly.
    pub fn find(&self, text: &str) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        let mut spans = Vec::new();
        let mut i = 0;
        while i < text.len() {
            let hit = self.terms.iter().find(|term| {
                let end = i + term.len();
                end <= text.len()
                    && text.is_char_boundary(end)
                    && bytes[i..end].eq_ignore_ascii_case(term.as_bytes())
                    && bounded(text, i, end, term)
            });
            match hit {
                Some(term) => {
                    spans.push((i, i + term.len()));
                    i += term.len();
                }
                None => i += text[i..].chars().next().map_or(1, char::len_utf8),
            }
        }
        spans
    }
}

/// A term starting (ending) with a Latin letter or digit must not continue a word.
fn bounded(text: &str, start: usize, end: usize, term: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let starts_word = word(term.chars().next());
    let ends_word = word(term.chars().last());
    let glued_before = starts_word && word(text[..start].chars().next_back());
    let glued_after = ends_word && word(text[end..].chars().next());
    !glued_before && !glued_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_glossary_always_holds_the_store_name() {
        let mut m = Merchant {
            name: "Sunny Days".into(),
            default_region: crate::residency::region::Region::Eu,
            allowed_regions: None,
            default_locale: "en".into(),
            origins: Vec::new(),
            translation: Default::default(),
            commerce: Default::default(),
            teams: Vec::new(),
            orders: None,
            access: None,
            privacy: Default::default(),
            identity: None,
        };
        assert_eq!(
            Glossary::for_store(&m).find("Welcome to sunny days!"),
            vec![(11, 21)]
        );
        m.translation.glossary = vec!["AirFlex".into()];
        let g = Glossary::for_store(&m);
        assert_eq!(g.find("AirFlex at Sunny Days"), vec![(0, 7), (11, 21)]);
    }

    fn found<'a>(g: &Glossary, text: &'a str) -> Vec<&'a str> {
        g.find(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn longest_whole_word_any_case() {
        let g = Glossary::new(["AirFlex", "AirFlex Pro", "Caravan", " "]);
        assert_eq!(
            found(&g, "Is the airflex pro like the AirFlex? caravan!"),
            vec!["airflex pro", "AirFlex", "caravan"]
        );
        assert!(found(&g, "AirFlexible Caravans").is_empty());
    }

    #[test]
    fn next_to_words_of_scripts_without_spaces() {
        let g = Glossary::new(["AirFlex", "抹茶ラテ"]);
        assert_eq!(
            found(&g, "รองเท้าAirFlexไซส์ไหน 抹茶ラテは"),
            vec!["AirFlex", "抹茶ラテ"]
        );
    }
}
