use super::*;

/// Each scheme: numbers that pass (published examples, checked against python-stdnum 2.2
/// where it knows the scheme) and one-character changes of them that must not.
const CASES: [(IdScheme, &[&str], &[&str]); 13] = [
    (
        IdScheme::BrCpf,
        &["529.982.247-25", "111.444.777-35", "52998224725"],
        &[
            "529.982.247-26",
            "529.982.247-35",
            "111.111.111-11",
            "00000000000",
        ],
    ),
    (
        IdScheme::BrCnpj,
        &["11.222.333/0001-81", "11222333000181"],
        &["11.222.333/0001-82", "11.222.334/0001-81"],
    ),
    (
        IdScheme::ClRut,
        &["12.345.678-5", "76543210-3", "6.000.000-K", "10.000.013-k"],
        &["12.345.678-4", "6.000.000-1", "10.000.013-0"],
    ),
    (
        IdScheme::CnResident,
        &["11010519491231002X", "11010519491231002x"],
        &["110105194912310021", "11010519491331002X"],
    ),
    (
        IdScheme::EsDni,
        &["12345678Z", "12345678-z"],
        &["12345678A", "12345679Z"],
    ),
    (
        IdScheme::EsNie,
        &["X1234567L", "Y1234567X", "Z1234567R", "x-1234567-l"],
        &["X1234567M", "Y1234568X", "A1234567L"],
    ),
    (
        IdScheme::InAadhaar,
        &["2345 6789 0124", "234567890124", "999941057058"],
        &["2345 6789 0125", "2345 6789 0214", "1345 6789 0124"],
    ),
    (
        IdScheme::ItCodiceFiscale,
        &["RSSMRA85T10A562S", "MRTMTT91D08F205J", "rssmra85t10a562s"],
        &["RSSMRA85T10A562T", "RSSMRA85T10A563S", "RSSMRA85Z10A562S"],
    ),
    (
        IdScheme::NlBsn,
        &["111222333", "123456782", "1112.22.333"],
        &["111222334", "000000000"],
    ),
    (
        IdScheme::PlPesel,
        &["44051401359", "02070803628"],
        &["44051401358", "44151401359"],
    ),
    (
        IdScheme::SgNric,
        &[
            "S1234567D",
            "T1234567J",
            "F1234567N",
            "G1234567X",
            "M1234567K",
            "s1234567d",
        ],
        &[
            "S1234567A",
            "T1234567D",
            "F1234567X",
            "G1234567N",
            "M1234567X",
            "A1234567D",
        ],
    ),
    (
        IdScheme::ThCitizen,
        &["1-2345-67890-12-1", "1234567890121", "1 2345 67890 12 1"],
        &["1-2345-67890-12-2", "9-2345-67890-12-1"],
    ),
    (
        IdScheme::TrKimlik,
        &["10000000146"],
        &["10000000147", "10000000156", "01000000146"],
    ),
];

fn read(text: &str) -> Option<IdScheme> {
    formatted(text).or_else(|| bare(text))
}

#[test]
fn every_scheme_has_cases() {
    for scheme in IdScheme::ALL {
        assert!(CASES.iter().any(|(s, _, _)| *s == scheme), "{scheme:?}");
    }
}

#[test]
fn published_numbers_pass_and_one_change_fails() {
    for (scheme, valid, near) in CASES {
        for number in valid {
            assert_eq!(read(number), Some(scheme), "{number}");
        }
        for number in near {
            assert_ne!(read(number), Some(scheme), "{number}");
            assert!(!scheme.check(&symbols(number)), "{number}");
        }
    }
}

#[test]
fn names_and_countries() {
    assert_eq!(IdScheme::BrCpf.as_str(), "br_cpf");
    assert_eq!(IdScheme::SgNric.country(), "SG");
    for scheme in IdScheme::ALL {
        assert_eq!(scheme.as_str()[..2], scheme.country().to_ascii_lowercase());
    }
    let mut names: Vec<&str> = IdScheme::ALL.iter().map(|s| s.as_str()).collect();
    names.dedup();
    assert_eq!(names.len(), IdScheme::ALL.len());
}

#[test]
fn formatted_layouts_need_their_punctuation_and_bare_ones_their_grouping() {
    assert_eq!(formatted("529.982.247-25"), Some(IdScheme::BrCpf));
    assert_eq!(
        formatted("52998224725"),
        None,
        "bare: decided after the card check"
    );
    assert_eq!(bare("52998224725"), Some(IdScheme::BrCpf));
    assert_eq!(bare("529 982 247 25"), None, "not how a CPF is grouped");
    assert_eq!(bare("2345 6789 0124"), Some(IdScheme::InAadhaar));
    assert_eq!(bare("23 4567 890124"), None);
    // Devanagari digits, as a Hindi speaker may type them.
    assert_eq!(bare("२३४५ ६७८९ ०१२४"), Some(IdScheme::InAadhaar));
    assert!(fits("dd.ddd.ddd-k", "12.345.678-K") && !fits("dd.ddd.ddd-k", "12.345.678"));
}
