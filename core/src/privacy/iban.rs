//! International Bank Account Numbers (ISO 13616): a country code, two check digits, and
//! the country's BBAN, `DE89 3704 0044 0532 0130 00` or `GB82WEST12345698765432`. Valid when
//! the length is the country's and ISO 7064 MOD 97-10 of the rearranged number is 1.

use crate::privacy::checksums::mod97;

/// The length of each country's IBAN: the SWIFT IBAN Registry, release 101 (as shipped in
/// python-stdnum 2.2's `iban.dat`), 89 countries. A country not listed has no IBAN we find.
const LENGTHS: [(&str, usize); 89] = [
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BI", 27),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DJ", 27),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FK", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HN", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("LY", 25),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MN", 20),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NI", 28),
    ("NL", 18),
    ("NO", 15),
    ("OM", 23),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("RU", 33),
    ("SA", 24),
    ("SC", 31),
    ("SD", 18),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("SO", 23),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
    ("YE", 30),
];

/// The length of an IBAN of `country` (upper case), if it has IBANs.
pub fn length(country: &str) -> Option<usize> {
    LENGTHS
        .binary_search_by(|(c, _)| (*c).cmp(country))
        .ok()
        .map(|i| LENGTHS[i].1)
}

/// The length an IBAN starting with `start` must have: `start` opens with a country code
/// (either case) and two check digits.
pub fn expected_length(start: &str) -> Option<usize> {
    let b = start.as_bytes();
    let shaped = b.len() >= 4
        && b[..2].iter().all(u8::is_ascii_alphabetic)
        && b[2..4].iter().all(u8::is_ascii_digit);
    if !shaped {
        return None;
    }
    length(&start[..2].to_ascii_uppercase())
}

/// Is `compact` (letters and digits only, no spaces) a valid IBAN?
pub fn is_valid(compact: &str) -> bool {
    let b = compact.as_bytes();
    if expected_length(compact) != Some(b.len()) || !b.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let rearranged: Vec<u8> = b[4..]
        .iter()
        .chain(&b[..4])
        .map(u8::to_ascii_uppercase)
        .collect();
    mod97(&rearranged) == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_sane() {
        assert!(
            LENGTHS.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted, once each"
        );
        assert!(
            LENGTHS
                .iter()
                .all(|(c, n)| c.len() == 2 && (15..=34).contains(n))
        );
        assert_eq!(
            (length("DE"), length("NO"), length("US")),
            (Some(22), Some(15), None)
        );
    }

    #[test]
    fn published_examples_are_valid_and_one_change_is_not() {
        // Examples from the ECBS and Wikipedia's "International Bank Account Number".
        for iban in [
            "DE89370400440532013000",
            "GB82WEST12345698765432",
            "FR1420041010050500013M02606",
            "NL91ABNA0417164300",
            "ES9121000418450200051332",
            "BE71096123456769",
            "gb82west12345698765432",
        ] {
            assert!(is_valid(iban), "{iban}");
        }
        for near in [
            "DE89370400440532013001",
            "GB82WEST12345698765433",
            "DE8937040044053201300",
            "US89370400440532013000",
            "DE89 3704 0044 0532 0130 00",
        ] {
            assert!(!is_valid(near), "{near}");
        }
    }
}
