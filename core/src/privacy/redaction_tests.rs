use super::*;

fn found(text: &str) -> Vec<(&str, PiiKind)> {
    find(text)
        .into_iter()
        .map(|s| (&text[s.start..s.end], s.kind))
        .collect()
}

#[test]
fn addresses_and_links() {
    assert_eq!(
        found("Write to anna.k+shop@example.co.uk, or see https://shop.example/o?id=7."),
        vec![
            ("anna.k+shop@example.co.uk", PiiKind::Email),
            ("https://shop.example/o?id=7", PiiKind::Link)
        ]
    );
    assert!(found("meet me @ noon, user@localhost").is_empty());
    assert_eq!(
        found("mailto:anna@example.com"),
        vec![("anna@example.com", PiiKind::Email)]
    );
}

#[test]
fn cards_need_a_valid_checksum() {
    assert_eq!(
        found("card 4111 1111 1111 1111 please"),
        vec![("4111 1111 1111 1111", PiiKind::Card)]
    );
    assert_eq!(
        found("card 4111-1111-1111-1111."),
        vec![("4111-1111-1111-1111", PiiKind::Card)]
    );
    // Failing Luhn: not a card, but one long number all the same.
    assert_eq!(
        found("4111 1111 1111 1112"),
        vec![("4111 1111 1111 1112", PiiKind::Reference)]
    );
}

#[test]
fn phones_in_their_usual_shapes() {
    for (text, phone) in [
        ("โทร +66 81 234 5678 ได้เลย", "+66 81 234 5678"),
        ("Ruf mich an: (030) 1234-5678!", "(030) 1234-5678"),
        ("Ruf +4930123456 an", "+4930123456"),
        ("โทร 081-234-5678 นะคะ", "081-234-5678"),
        ("call 020 7946 0958 today", "020 7946 0958"),
        ("رقمي ٠٥٠١٢٣٤٥٦٧ شكرا", "٠٥٠١٢٣٤٥٦٧"),
        ("Tel:+66812345678", "+66812345678"),
    ] {
        assert_eq!(found(text), vec![(phone, PiiKind::Phone)], "{text}");
    }
}

#[test]
fn order_numbers_next_to_words_of_any_script() {
    assert_eq!(
        found("คำสั่งซื้อ#12345ยังไม่มา"),
        vec![("#12345", PiiKind::Reference)]
    );
    assert_eq!(
        found("注文番号はORD-2291-Bです"),
        vec![("ORD-2291-B", PiiKind::Reference)]
    );
    assert_eq!(found("order 98765."), vec![("98765", PiiKind::Reference)]);
}

#[test]
fn two_numbers_side_by_side_are_two() {
    assert_eq!(
        found("+66 81 234 5678 4111 1111 1111 1111"),
        vec![
            ("+66 81 234 5678", PiiKind::Phone),
            ("4111 1111 1111 1111", PiiKind::Card)
        ]
    );
    assert_eq!(
        found("0812345678 4111 1111 1111 1111"),
        vec![
            ("0812345678", PiiKind::Phone),
            ("4111 1111 1111 1111", PiiKind::Card)
        ]
    );
    assert_eq!(
        found("4111 1111 1111 1111 52998224725"),
        vec![
            ("4111 1111 1111 1111", PiiKind::Card),
            ("52998224725", PiiKind::NationalId(IdScheme::BrCpf))
        ]
    );
    // A tracking number printed in fours stays one reference.
    assert_eq!(
        found("tracking 9400 1000 0000 0000 0000 00"),
        vec![("9400 1000 0000 0000 0000 00", PiiKind::Reference)]
    );
}

#[test]
fn dates_are_no_phone_numbers() {
    assert_eq!(
        found("delivered 12/05/2024 or 2024-05-12?"),
        vec![
            ("12/05/2024", PiiKind::Reference),
            ("2024-05-12", PiiKind::Reference)
        ]
    );
}

#[test]
fn ibans_whole_or_in_groups_of_four() {
    assert_eq!(
        found("Überweisung an DE89 3704 0044 0532 0130 00 bitte"),
        vec![("DE89 3704 0044 0532 0130 00", PiiKind::Iban)]
    );
    assert_eq!(
        found("IBAN:GB82WEST12345698765432."),
        vec![("GB82WEST12345698765432", PiiKind::Iban)]
    );
    assert_eq!(
        found("IBAN GB82 WEST 1234 5698 7654 32, ref 1234"),
        vec![
            ("GB82 WEST 1234 5698 7654 32", PiiKind::Iban),
            ("1234", PiiKind::Reference)
        ]
    );
    // One digit off: the check fails, and the groups are ordinary numbers.
    assert!(
        found("DE89 3704 0044 0532 0130 01")
            .iter()
            .all(|(_, k)| *k != PiiKind::Iban)
    );
}

#[test]
fn formatted_ids_win_over_numbers_and_bare_ids_come_after_cards() {
    let cpf = PiiKind::NationalId(IdScheme::BrCpf);
    assert_eq!(
        found("meu CPF é 529.982.247-25, pedido 12345"),
        vec![("529.982.247-25", cpf), ("12345", PiiKind::Reference)]
    );
    assert_eq!(
        found("pedido 12345 529.982.247-25"),
        vec![("12345", PiiKind::Reference), ("529.982.247-25", cpf)]
    );
    assert_eq!(found("CPF:52998224725"), vec![("52998224725", cpf)]);
    // A near miss in a CPF's layout is still a number of a phone's length: masked as one.
    assert_eq!(
        found("CPF 529.982.247-26"),
        vec![("529.982.247-26", PiiKind::Phone)]
    );
    // A `+` makes it a phone whatever its check digits say.
    assert_eq!(
        found("+52998224725"),
        vec![("+52998224725", PiiKind::Phone)]
    );
    assert_eq!(
        found("NRIC S1234567D, FIN G1234567X"),
        vec![
            ("S1234567D", PiiKind::NationalId(IdScheme::SgNric)),
            ("G1234567X", PiiKind::NationalId(IdScheme::SgNric))
        ]
    );
}

#[test]
fn ids_next_to_words_of_unspaced_scripts() {
    assert_eq!(
        found("身份证号11010519491231002X谢谢"),
        vec![(
            "11010519491231002X",
            PiiKind::NationalId(IdScheme::CnResident)
        )]
    );
    assert_eq!(
        found("เลขบัตรประชาชน1-2345-67890-12-1ค่ะ"),
        vec![(
            "1-2345-67890-12-1",
            PiiKind::NationalId(IdScheme::ThCitizen)
        )]
    );
}

#[test]
fn small_numbers_and_words_stay_translatable() {
    assert!(found("I ordered 2 shirts and 10 socks, is that ok?").is_empty());
    assert!(found("").is_empty());
}
