//! The locales Caravan ships strings for. Which one a shopper gets is `locale_choice`.

/// A locale with a complete set of files under `locales/<tag>/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    En,
    Es,
    Es419,
    PtBr,
    PtPt,
    Fr,
    De,
    It,
    Nl,
    Pl,
    Cs,
    Ro,
    Sv,
    Da,
    Fi,
    Nb,
    El,
    Tr,
    Ru,
    Uk,
    Ar,
    He,
    Fa,
    Ur,
    Hi,
    Th,
    Vi,
    Id,
    Ms,
    Fil,
    Ja,
    Ko,
    ZhHans,
    ZhHant,
    Sw,
}

/// Every shipped locale, in the order of `TAGS`.
pub const SUPPORTED: &[Locale] = &[
    Locale::En,
    Locale::Es,
    Locale::Es419,
    Locale::PtBr,
    Locale::PtPt,
    Locale::Fr,
    Locale::De,
    Locale::It,
    Locale::Nl,
    Locale::Pl,
    Locale::Cs,
    Locale::Ro,
    Locale::Sv,
    Locale::Da,
    Locale::Fi,
    Locale::Nb,
    Locale::El,
    Locale::Tr,
    Locale::Ru,
    Locale::Uk,
    Locale::Ar,
    Locale::He,
    Locale::Fa,
    Locale::Ur,
    Locale::Hi,
    Locale::Th,
    Locale::Vi,
    Locale::Id,
    Locale::Ms,
    Locale::Fil,
    Locale::Ja,
    Locale::Ko,
    Locale::ZhHans,
    Locale::ZhHant,
    Locale::Sw,
];

/// BCP 47 tags, also the folder names under `locales/`, in the order of `SUPPORTED`.
const TAGS: [&str; 35] = [
    "en", "es", "es-419", "pt-BR", "pt-PT", "fr", "de", "it", "nl", "pl", "cs", "ro", "sv", "da",
    "fi", "nb", "el", "tr", "ru", "uk", "ar", "he", "fa", "ur", "hi", "th", "vi", "id", "ms",
    "fil", "ja", "ko", "zh-Hans", "zh-Hant", "sw",
];

impl Locale {
    /// The BCP 47 tag, also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        TAGS[self as usize]
    }

    /// The language subtag (`pt-BR` → `pt`), what translation providers and language
    /// identification speak.
    pub fn language(self) -> &'static str {
        let tag = self.tag();
        tag.split('-').next().unwrap_or(tag)
    }

    /// Exact (case-insensitive) match of a shipped tag.
    pub fn from_tag(tag: &str) -> Option<Self> {
        TAGS.iter()
            .position(|t| t.eq_ignore_ascii_case(tag))
            .map(|i| SUPPORTED[i])
    }

    /// Written right to left: Arabic, Hebrew, Persian and Urdu.
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::He | Locale::Fa | Locale::Ur)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_in_order() {
        assert_eq!(SUPPORTED.len(), TAGS.len());
        for (i, locale) in SUPPORTED.iter().enumerate() {
            assert_eq!(*locale as usize, i);
            assert_eq!(Locale::from_tag(locale.tag()), Some(*locale));
        }
        assert_eq!(Locale::from_tag("PT-br"), Some(Locale::PtBr));
        assert_eq!(Locale::from_tag("zh-hant"), Some(Locale::ZhHant));
        assert_eq!(Locale::from_tag("pt"), None);
    }

    #[test]
    fn language_and_direction() {
        assert_eq!(Locale::Es419.language(), "es");
        assert_eq!(Locale::ZhHant.language(), "zh");
        assert_eq!(Locale::Fil.language(), "fil");
        let rtl: Vec<_> = SUPPORTED
            .iter()
            .filter(|l| l.is_rtl())
            .map(|l| l.tag())
            .collect();
        assert_eq!(rtl, ["ar", "he", "fa", "ur"]);
    }
}
