//! The check-digit algorithms personal numbers carry, on digit values (`0..=9`) or on
//! symbols (ASCII digits and upper-case letters, see `digits::symbols`). Each says only
//! whether a number is well-formed; which numbers use which lives in `iban.rs` and
//! `national_id.rs`.

/// Luhn (ISO/IEC 7812-1): every payment card number, and Swedish and Canadian ids.
pub fn luhn(values: &[u8]) -> bool {
    let sum: u32 = values
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            match (i % 2, d * 2) {
                (0, _) => d,
                (_, doubled) if doubled > 9 => doubled - 9,
                (_, doubled) => doubled,
            }
        })
        .sum();
    !values.is_empty() && sum.is_multiple_of(10)
}

/// Verhoeff's dihedral-group check (India's Aadhaar): catches every single-digit error and
/// every swap of neighbours.
pub fn verhoeff(values: &[u8]) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let mut c = 0u8;
    for (i, &d) in values.iter().rev().enumerate() {
        if d > 9 {
            return false;
        }
        c = D[usize::from(c)][usize::from(P[i % 8][usize::from(d)])];
    }
    !values.is_empty() && c == 0
}

/// ISO 7064 MOD 97-10 of symbols read as one number, letters as two digits (A = 10 …
/// Z = 35): IBANs (ISO 13616) are valid when this is 1.
pub fn mod97(symbols: &[u8]) -> u32 {
    symbols.iter().fold(0, |acc, &s| match s {
        b'0'..=b'9' => (acc * 10 + u32::from(s - b'0')) % 97,
        _ => (acc * 100 + u32::from(s.to_ascii_uppercase().wrapping_sub(b'A')) + 10) % 97,
    })
}

/// The ISO 7064 MOD 11-2 check value (0..=10, 10 written `X`) of `values` (China's resident
/// id).
pub fn mod11_2(values: &[u8]) -> u8 {
    let p = values
        .iter()
        .fold(0u32, |p, &d| ((p + u32::from(d)) * 2) % 11);
    // The check c makes p + c ≡ 1 (mod 11).
    u8::try_from((12 - p) % 11).unwrap_or_default()
}

/// Σ value × weight: the sum most national ids take a remainder of.
pub fn weighted(values: &[u8], weights: &[u32]) -> u32 {
    values
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d) * w)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    #[test]
    fn luhn_on_published_card_numbers() {
        assert!(luhn(&v("4111111111111111")));
        assert!(luhn(&v("79927398713")));
        assert!(!luhn(&v("4111111111111112")));
        assert!(!luhn(&[]));
    }

    #[test]
    fn verhoeff_on_its_published_examples() {
        // Wikipedia's worked example: 236 takes the check digit 3.
        assert!(verhoeff(&v("2363")));
        assert!(!verhoeff(&v("2364")));
        assert!(!verhoeff(&v("3263")), "a swap of neighbours is caught");
        assert!(verhoeff(&v("234567890124")));
        assert!(!verhoeff(&[]));
    }

    #[test]
    fn mod97_of_ibans() {
        // DE89 3704 0044 0532 0130 00, rearranged: BBAN, country, check digits.
        assert_eq!(mod97(b"370400440532013000DE89"), 1);
        assert_eq!(mod97(b"370400440532013000DE88"), 0);
    }

    #[test]
    fn mod11_2_on_gb_11643s_example() {
        // GB 11643-1999's example 11010519491231002X: check value 10, written X.
        assert_eq!(mod11_2(&v("11010519491231002")), 10);
        assert_eq!(weighted(&[1, 2, 3], &[3, 2, 1]), 10);
    }
}
