use super::*;

#[test]
fn addresses_phones_and_cards_are_masked_orders_and_links_stay() {
    let text =
        "I'm jane.doe@example.com, call +1 415 555 5678, card 4242 4242 4242 4242, order #1001";
    assert_eq!(
        masked(text),
        "I'm j***@example.com, call +1***5678, card **** 4242, order #1001"
    );
    assert_eq!(
        revealed(text),
        "I'm jane.doe@example.com, call +1 415 555 5678, card **** 4242, order #1001"
    );
    assert!(has_personal_data(text));
    assert!(!has_personal_data(
        "where is order #1001? https://shop.example/t/1"
    ));
    assert_eq!(masked("เบอร์ 081 234 5678 ค่ะ"), "เบอร์ ***5678 ค่ะ");
    assert_eq!(
        masked("<script>alert(1)</script>"),
        "<script>alert(1)</script>"
    );
}

#[test]
fn phones_keep_their_country_calling_code() {
    for (number, mask) in [
        ("+1 415 555 5678", "+1***5678"),
        ("+66 81 234 5678", "+66***5678"),
        ("+44 20 7946 0958", "+44***0958"),
        ("+4930123456", "+49***3456"),
        ("+351 912 345 678", "+351***5678"),
        ("+7 912 345-67-89", "+7***6789"),
        ("+800 1234 5678", "+***5678"),
        ("081 234 5678", "***5678"),
        ("(030) 1234-5678", "***5678"),
        ("٠٥٠١٢٣٤٥٦٧", "***٤٥٦٧"),
    ] {
        assert_eq!(phone(number), mask, "{number}");
    }
}

#[test]
fn ibans_and_national_ids() {
    assert_eq!(iban("DE89 3704 0044 0532 0130 00"), "DE***3000");
    assert_eq!(iban("gb82west12345698765432"), "GB***5432");
    assert_eq!(national_id("529.982.247-25"), "***25");
    assert_eq!(national_id("S1234567D"), "***7D");
    assert_eq!(card("4111-1111-1111-1111"), "**** 1111");
    let text = "IBAN DE89 3704 0044 0532 0130 00, CPF 529.982.247-25, NRIC S1234567D";
    assert_eq!(masked(text), "IBAN DE***3000, CPF ***25, NRIC ***7D");
    assert_eq!(revealed(text), text, "only cards stay masked when revealed");
    assert!(has_personal_data("Aadhaar 2345 6789 0124"));
}

#[test]
fn masking_twice_changes_nothing_more() {
    let text = "jane@example.com +66 81 234 5678 4111 1111 1111 1111 DE89370400440532013000 \
                529.982.247-25 S1234567D #1001 https://shop.example";
    let once = masked(text);
    assert_eq!(masked(&once), once);
    assert!(!has_personal_data(&once), "{once}");
    assert!(once.contains("#1001") && once.contains("https://shop.example"));
}
