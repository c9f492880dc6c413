//! National identity and tax numbers of the markets we serve that carry a published check:
//! each scheme, the ways people type it, and its check. A number that fails its check is
//! not taken for an id (a typo, or another number of the same length).
//!
//! Two kinds of layout: *formatted* ones whose letters or punctuation no phone or card
//! number has (`529.982.247-25`, `S1234567D`, `12.345.678-5`), which the finder tries first,
//! and *bare* digit runs (`52998224725`, `2345 6789 0124`), tried only after the card check
//! (see `redaction.rs`). Among schemes of one layout the first in [`LAYOUTS`] whose check
//! passes wins (11 bare digits: CPF, then Turkey's, then PESEL).

use crate::privacy::checksums::{mod11_2, verhoeff, weighted};
use crate::privacy::digits::{self, symbols, values};

/// Which country's which number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdScheme {
    /// Brazil's CPF (people): 11 digits, two mod-11 check digits.
    BrCpf,
    /// Brazil's CNPJ (companies, also sole traders): 14 digits, two mod-11 check digits.
    BrCnpj,
    /// Chile's RUT/RUN: 7-8 digits and a mod-11 check digit or `K`.
    ClRut,
    /// China's resident identity number: 17 digits (region, birth date, sequence) and an
    /// ISO 7064 MOD 11-2 check digit or `X`.
    CnResident,
    /// Spain's DNI: 8 digits and a mod-23 letter.
    EsDni,
    /// Spain's NIE (foreigners): `X`, `Y` or `Z`, 7 digits and the DNI's letter.
    EsNie,
    /// India's Aadhaar: 12 digits, the first 2-9, Verhoeff's check.
    InAadhaar,
    /// Italy's codice fiscale: 16 letters and digits, a check letter.
    ItCodiceFiscale,
    /// The Netherlands' BSN: 9 digits passing the "11-test".
    NlBsn,
    /// Poland's PESEL: 11 digits with the birth date, a weighted mod-10 check digit.
    PlPesel,
    /// Singapore's NRIC and FIN: `S`, `T`, `F`, `G` or `M`, 7 digits, a check letter.
    SgNric,
    /// Thailand's citizen id: 13 digits, a mod-11 check digit.
    ThCitizen,
    /// Turkey's T.C. Kimlik No: 11 digits, two check digits.
    TrKimlik,
}

impl IdScheme {
    pub const ALL: [IdScheme; 13] = [
        IdScheme::BrCpf,
        IdScheme::BrCnpj,
        IdScheme::ClRut,
        IdScheme::CnResident,
        IdScheme::EsDni,
        IdScheme::EsNie,
        IdScheme::InAadhaar,
        IdScheme::ItCodiceFiscale,
        IdScheme::NlBsn,
        IdScheme::PlPesel,
        IdScheme::SgNric,
        IdScheme::ThCitizen,
        IdScheme::TrKimlik,
    ];

    /// A stable name: the country's ISO 3166-1 code in lower case and the scheme.
    pub fn as_str(self) -> &'static str {
        match self {
            IdScheme::BrCpf => "br_cpf",
            IdScheme::BrCnpj => "br_cnpj",
            IdScheme::ClRut => "cl_rut",
            IdScheme::CnResident => "cn_resident",
            IdScheme::EsDni => "es_dni",
            IdScheme::EsNie => "es_nie",
            IdScheme::InAadhaar => "in_aadhaar",
            IdScheme::ItCodiceFiscale => "it_codice_fiscale",
            IdScheme::NlBsn => "nl_bsn",
            IdScheme::PlPesel => "pl_pesel",
            IdScheme::SgNric => "sg_nric",
            IdScheme::ThCitizen => "th_citizen",
            IdScheme::TrKimlik => "tr_kimlik",
        }
    }

    /// The issuing country, ISO 3166-1 alpha-2.
    pub fn country(self) -> &'static str {
        match self {
            IdScheme::BrCpf | IdScheme::BrCnpj => "BR",
            IdScheme::ClRut => "CL",
            IdScheme::CnResident => "CN",
            IdScheme::EsDni | IdScheme::EsNie => "ES",
            IdScheme::InAadhaar => "IN",
            IdScheme::ItCodiceFiscale => "IT",
            IdScheme::NlBsn => "NL",
            IdScheme::PlPesel => "PL",
            IdScheme::SgNric => "SG",
            IdScheme::ThCitizen => "TH",
            IdScheme::TrKimlik => "TR",
        }
    }

    /// Does `s` (see `digits::symbols`) pass this scheme's check?
    pub fn check(self, s: &[u8]) -> bool {
        match self {
            IdScheme::BrCpf => brazil(s, 11),
            IdScheme::BrCnpj => brazil(s, 14),
            IdScheme::ClRut => rut(s),
            IdScheme::CnResident => china(s),
            IdScheme::EsDni => spain(s),
            IdScheme::EsNie => match s.first() {
                Some(&p @ (b'X' | b'Y' | b'Z')) => {
                    let mut dni = vec![b'0' + (p - b'X')];
                    dni.extend_from_slice(&s[1..]);
                    spain(&dni)
                }
                _ => false,
            },
            IdScheme::InAadhaar => {
                matches!(s.first(), Some(b'2'..=b'9'))
                    && s.len() == 12
                    && values(s).is_some_and(|v| verhoeff(&v))
            }
            IdScheme::ItCodiceFiscale => italy(s),
            IdScheme::NlBsn => bsn(s),
            IdScheme::PlPesel => pesel(s),
            IdScheme::SgNric => singapore(s),
            IdScheme::ThCitizen => thailand(s),
            IdScheme::TrKimlik => turkey(s),
        }
    }
}

/// How a number is typed: `d` a digit of any script, `a` an ASCII letter, `k` a digit or
/// `K`, `?` a digit or letter; an upper-case letter stands for itself in either case, and
/// punctuation and spaces for themselves.
const LAYOUTS: [(IdScheme, &str, Form); 27] = {
    use Form::{Bare, Formatted};
    use IdScheme::*;
    [
        (BrCpf, "ddd.ddd.ddd-dd", Formatted),
        (BrCpf, "ddddddddd-dd", Formatted),
        (BrCnpj, "dd.ddd.ddd/dddd-dd", Formatted),
        (ClRut, "dd.ddd.ddd-k", Formatted),
        (ClRut, "d.ddd.ddd-k", Formatted),
        (ClRut, "dddddddd-k", Formatted),
        (ClRut, "ddddddd-k", Formatted),
        (CnResident, "dddddddddddddddddX", Formatted),
        (EsDni, "dddddddda", Formatted),
        (EsDni, "dddddddd-a", Formatted),
        (EsNie, "addddddda", Formatted),
        (EsNie, "a-ddddddd-a", Formatted),
        (ItCodiceFiscale, "aaaaaa??a??a???a", Formatted),
        (NlBsn, "dddd.dd.ddd", Formatted),
        (SgNric, "addddddda", Formatted),
        (ThCitizen, "d-dddd-ddddd-dd-d", Formatted),
        (BrCpf, "ddddddddddd", Bare),
        (TrKimlik, "ddddddddddd", Bare),
        (PlPesel, "ddddddddddd", Bare),
        (BrCnpj, "dddddddddddddd", Bare),
        (CnResident, "dddddddddddddddddd", Bare),
        (InAadhaar, "dddddddddddd", Bare),
        (InAadhaar, "dddd dddd dddd", Bare),
        (InAadhaar, "dddd-dddd-dddd", Bare),
        (NlBsn, "ddddddddd", Bare),
        (ThCitizen, "ddddddddddddd", Bare),
        (ThCitizen, "d dddd ddddd dd d", Bare),
    ]
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Formatted,
    Bare,
}

fn fits(layout: &str, text: &str) -> bool {
    let mut text = text.chars();
    layout.chars().all(|l| {
        text.next().is_some_and(|c| match l {
            'd' => digits::is_digit(c),
            'a' => c.is_ascii_alphabetic(),
            'k' => digits::is_digit(c) || c.eq_ignore_ascii_case(&'K'),
            '?' => digits::is_digit(c) || c.is_ascii_alphabetic(),
            _ => c.eq_ignore_ascii_case(&l),
        })
    }) && text.next().is_none()
}

fn first(text: &str, form: Form) -> Option<IdScheme> {
    let s = symbols(text);
    LAYOUTS
        .iter()
        .filter(|(_, _, f)| *f == form)
        .find(|(scheme, layout, _)| fits(layout, text) && scheme.check(&s))
        .map(|(scheme, _, _)| *scheme)
}

/// The scheme of `token` if it is typed in a layout only that id has, and passes its check.
pub fn formatted(token: &str) -> Option<IdScheme> {
    first(token, Form::Formatted)
}

/// The scheme of a run of digits (spaces or dashes between groups) of an id's exact length
/// and grouping that passes its check.
pub fn bare(run: &str) -> Option<IdScheme> {
    first(run, Form::Bare)
}

/// The two mod-11 check digits of Brazil's CPF (`n` = 11) and CNPJ (`n` = 14); numbers of
/// one repeated digit pass the arithmetic but are not issued.
fn brazil(s: &[u8], n: usize) -> bool {
    let Some(v) = values(s).filter(|v| v.len() == n && v.iter().any(|&d| d != v[0])) else {
        return false;
    };
    let digit = |body: &[u8]| {
        // Weights from the right: 2, 3, 4, … for the CPF; 2 to 9 repeating for the CNPJ.
        let cycle = if n == 11 { usize::MAX } else { 8 };
        let weights: Vec<u32> = (0..body.len())
            .rev()
            .map(|i| 2 + (i % cycle) as u32)
            .collect();
        match weighted(body, &weights) % 11 {
            0..=1 => 0,
            r => 11 - r,
        }
    };
    u32::from(v[n - 2]) == digit(&v[..n - 2]) && u32::from(v[n - 1]) == digit(&v[..n - 1])
}

/// Chile's RUT: weights 2..7 repeating from the right, 11 - sum mod 11 (11 → 0, 10 → K).
fn rut(s: &[u8]) -> bool {
    let Some((&check, body)) = s.split_last() else {
        return false;
    };
    let Some(body) = values(body).filter(|b| (7..=8).contains(&b.len())) else {
        return false;
    };
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| u32::from(d) * (2 + (i % 6) as u32))
        .sum();
    let expected = match 11 - sum % 11 {
        11 => b'0',
        10 => b'K',
        r => b'0' + r as u8,
    };
    check == expected
}

/// China's resident id: a birth date that can be (YYYYMMDD at 7-14) and ISO 7064 MOD 11-2.
fn china(s: &[u8]) -> bool {
    let (Some(body), Some(&check)) = (s.get(..17).and_then(values), s.get(17)) else {
        return false;
    };
    let number =
        |r: std::ops::Range<usize>| body[r].iter().fold(0u32, |n, &d| n * 10 + u32::from(d));
    let date = (1900..=2099).contains(&number(6..10))
        && (1..=12).contains(&number(10..12))
        && (1..=31).contains(&number(12..14));
    let expected = match mod11_2(&body) {
        10 => b'X',
        c => b'0' + c,
    };
    s.len() == 18 && date && check == expected
}

/// Spain's DNI letter: the number mod 23 in `TRWAGMYFPDXBNJZSQVHLCKE`.
fn spain(s: &[u8]) -> bool {
    const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    let Some((&letter, number)) = s.split_last() else {
        return false;
    };
    let Some(number) = values(number).filter(|n| n.len() == 8) else {
        return false;
    };
    let n = number.iter().fold(0u32, |n, &d| n * 10 + u32::from(d));
    LETTERS[(n % 23) as usize] == letter
}

/// Italy's codice fiscale: surname, name, year, month letter, day, place, check letter; the
/// digits may be replaced by `LMNPQRSTUV` where two people would share a code.
fn italy(s: &[u8]) -> bool {
    // The value of each character in odd (1st, 3rd, …) positions; digits as letters A-J.
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    const MONTHS: &[u8] = b"ABCDEHLMPRST";
    const DIGIT_LETTERS: &[u8] = b"LMNPQRSTUV";
    if s.len() != 16 {
        return false;
    }
    let letters_at = [0, 1, 2, 3, 4, 5, 8, 11, 15];
    let shaped = s.iter().enumerate().all(|(i, c)| {
        if letters_at.contains(&i) {
            c.is_ascii_uppercase()
        } else {
            c.is_ascii_digit() || DIGIT_LETTERS.contains(c)
        }
    }) && MONTHS.contains(&s[8]);
    let index = |c: u8| {
        usize::from(if c.is_ascii_digit() {
            c - b'0'
        } else {
            c - b'A'
        })
    };
    let sum: u32 = s[..15]
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if i % 2 == 0 {
                ODD[index(c)]
            } else {
                index(c) as u32
            }
        })
        .sum();
    shaped && s[15] == b'A' + (sum % 26) as u8
}

/// The Netherlands' BSN: 9×d1 + 8×d2 + … + 2×d8 − d9 ≡ 0 (mod 11), not all zeros.
fn bsn(s: &[u8]) -> bool {
    values(s).is_some_and(|v| {
        v.len() == 9
            && v.iter().any(|&d| d != 0)
            && weighted(&v[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) % 11 == u32::from(v[8])
    })
}

/// Poland's PESEL: a birth date that can be (the month + 20 per century after the 1900s)
/// and weights 1, 3, 7, 9 repeating, mod 10.
fn pesel(s: &[u8]) -> bool {
    let Some(v) = values(s).filter(|v| v.len() == 11) else {
        return false;
    };
    let month = u32::from(v[2]) * 10 + u32::from(v[3]);
    let day = u32::from(v[4]) * 10 + u32::from(v[5]);
    let sum = weighted(&v[..10], &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
    (1..=12).contains(&(month % 20))
        && (1..=31).contains(&day)
        && (10 - sum % 10) % 10 == u32::from(v[10])
}

/// Singapore's NRIC/FIN: weights 2, 7, 6, 5, 4, 3, 2; 4 more for T and G, 3 for M; the
/// remainder mod 11 picks the letter from the prefix's table (ICA's published rule; the M
/// table as FormSG reads it).
fn singapore(s: &[u8]) -> bool {
    if s.len() != 9 {
        return false;
    }
    let Some(v) = values(&s[1..8]) else {
        return false;
    };
    let (offset, table): (u32, &[u8; 11]) = match s[0] {
        b'S' => (0, b"JZIHGFEDCBA"),
        b'T' => (4, b"JZIHGFEDCBA"),
        b'F' => (0, b"XWUTRQPNMLK"),
        b'G' => (4, b"XWUTRQPNMLK"),
        b'M' => (3, b"XWUTRQPNJLK"),
        _ => return false,
    };
    let r = (weighted(&v, &[2, 7, 6, 5, 4, 3, 2]) + offset) % 11;
    table[r as usize] == s[8]
}

/// Thailand's citizen id: weights 13 down to 2, (11 − sum mod 11) mod 10; the first digit
/// (the kind of registration) is 1-8.
fn thailand(s: &[u8]) -> bool {
    values(s).is_some_and(|v| {
        let weights: Vec<u32> = (2..=13).rev().collect();
        v.len() == 13
            && (1..=8).contains(&v[0])
            && (11 - weighted(&v[..12], &weights) % 11) % 10 == u32::from(v[12])
    })
}

/// Turkey's T.C. Kimlik No: the 10th digit is (7 × odd-placed − even-placed of the first
/// nine) mod 10, the 11th the sum of the first ten mod 10; never starts with 0.
fn turkey(s: &[u8]) -> bool {
    let Some(v) = values(s).filter(|v| v.len() == 11 && v[0] != 0) else {
        return false;
    };
    let odd: i32 = [0, 2, 4, 6, 8].iter().map(|&i| i32::from(v[i])).sum();
    let even: i32 = [1, 3, 5, 7].iter().map(|&i| i32::from(v[i])).sum();
    let tenth = (odd * 7 - even).rem_euclid(10);
    let eleventh = v[..10].iter().map(|&d| i32::from(d)).sum::<i32>() % 10;
    tenth == i32::from(v[9]) && eleventh == i32::from(v[10])
}

#[cfg(test)]
#[path = "national_id_tests.rs"]
mod tests;
