//! The Access token's cases: the header, each claim, the skew, and the address handed out
//! only after the signature verified.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::agents::access_token::{AccessToken, AccessTokenError as E, SKEW_S};
use crate::store::access_settings::AccessSettings;

const NOW: u64 = 1_780_000_000;
const TEAM: &str = "https://myteam.cloudflareaccess.com";
const AUD: &str = "4714c1358e65fe4b408ad6d432a5f878f08194bdb4752441fd56faefa9b2b6f2";

fn settings() -> AccessSettings {
    AccessSettings {
        team_domain: TEAM.into(),
        aud: AUD.into(),
    }
}

/// Claims as Access writes them for a person (see Cloudflare's "application token").
fn claims() -> Value {
    json!({
        "aud": [AUD], "email": "Ana@Shop.example", "exp": NOW + 3600, "iat": NOW - 10,
        "nbf": NOW - 10, "iss": TEAM, "type": "app", "identity_nonce": "6ei69kawdKzMIAPF",
        "sub": "7335d417-61da-459d-899c-0a01c76a2f94", "country": "PT",
    })
}

fn header() -> Value {
    json!({ "alg": "RS256", "kid": "k1", "typ": "JWT" })
}

fn token(header: &Value, claims: &Value) -> String {
    let enc = |v: &Value| B64.encode(v.to_string());
    format!("{}.{}.{}", enc(header), enc(claims), B64.encode([7u8; 256]))
}

fn parse(header: &Value, claims: &Value) -> Result<AccessToken, E> {
    AccessToken::parse(&token(header, claims), &settings(), NOW)
}

fn with(key: &str, value: Value) -> Value {
    let mut c = claims();
    c[key] = value;
    c
}

fn without(key: &str) -> Value {
    let mut c = claims();
    c.as_object_mut().expect("object").remove(key);
    c
}

#[test]
fn a_good_token_says_what_to_verify_and_then_who() {
    let text = token(&header(), &claims());
    let t = AccessToken::parse(&text, &settings(), NOW).expect("valid");
    assert_eq!(t.kid(), "k1");
    let dot = text.rfind('.').expect("dot");
    assert_eq!(t.signing_input(), &text.as_bytes()[..dot]);
    assert_eq!(t.signature(), &[7u8; 256]);
    assert_eq!(t.clone().email(false), Err(E::BadSignature));
    assert_eq!(t.email(true).as_deref(), Ok("ana@shop.example"));
}

#[test]
fn the_header_must_be_rs256_with_a_key_id() {
    for alg in ["none", "HS256", "RS512", "ES256", "PS256", "rs256"] {
        let h = json!({ "alg": alg, "kid": "k1" });
        assert_eq!(parse(&h, &claims()), Err(E::Algorithm(alg.into())), "{alg}");
    }
    assert_eq!(
        parse(&json!({ "kid": "k1" }), &claims()),
        Err(E::Algorithm(String::new()))
    );
    assert_eq!(
        parse(&json!({ "alg": "RS256" }), &claims()),
        Err(E::NoKeyId)
    );
    assert_eq!(
        parse(&json!({ "alg": "RS256", "kid": "" }), &claims()),
        Err(E::NoKeyId)
    );
    assert_eq!(
        parse(&json!({ "alg": "RS256", "kid": 7 }), &claims()),
        Err(E::NoKeyId)
    );
    let crit = json!({ "alg": "RS256", "kid": "k1", "crit": ["b64"], "b64": false });
    assert_eq!(parse(&crit, &claims()), Err(E::Critical));
}

#[test]
fn the_audience_may_be_a_string_or_a_list_holding_ours() {
    assert!(parse(&header(), &with("aud", json!(AUD))).is_ok());
    assert!(parse(&header(), &with("aud", json!(["other", AUD]))).is_ok());
    for aud in [
        json!("other"),
        json!(["other"]),
        json!([]),
        json!(null),
        json!(7),
    ] {
        assert_eq!(
            parse(&header(), &with("aud", aud.clone())),
            Err(E::Audience),
            "{aud}"
        );
    }
    assert_eq!(parse(&header(), &without("aud")), Err(E::Audience));
}

#[test]
fn the_issuer_is_the_team() {
    assert!(parse(&header(), &with("iss", json!(format!("{TEAM}/")))).is_ok());
    for iss in [
        json!("https://otherteam.cloudflareaccess.com"),
        json!("http://myteam.cloudflareaccess.com"),
        json!("https://myteam.cloudflareaccess.com.evil.example"),
        json!(null),
    ] {
        assert_eq!(
            parse(&header(), &with("iss", iss.clone())),
            Err(E::Issuer),
            "{iss}"
        );
    }
    assert_eq!(parse(&header(), &without("iss")), Err(E::Issuer));
}

#[test]
fn lifetime_with_a_minute_of_skew() {
    let at = |exp: u64| parse(&header(), &with("exp", json!(exp)));
    assert!(at(NOW + 1).is_ok());
    assert!(at(NOW - SKEW_S + 1).is_ok(), "a clock a little behind");
    assert_eq!(at(NOW - SKEW_S), Err(E::Expired));
    assert_eq!(at(NOW - 3600), Err(E::Expired));
    assert_eq!(parse(&header(), &without("exp")), Err(E::Expired));
    assert_eq!(
        parse(&header(), &with("exp", json!("soon"))),
        Err(E::Malformed)
    );
    assert!(parse(&header(), &with("exp", json!((NOW + 10) as f64 + 0.5))).is_ok());
    for claim in ["nbf", "iat"] {
        assert!(
            parse(&header(), &with(claim, json!(NOW + SKEW_S))).is_ok(),
            "{claim}"
        );
        let early = parse(&header(), &with(claim, json!(NOW + SKEW_S + 1)));
        assert_eq!(early, Err(E::NotYetValid), "{claim}");
        assert!(
            parse(&header(), &without(claim)).is_ok(),
            "{claim} is optional"
        );
        assert_eq!(
            parse(&header(), &with(claim, json!([1]))),
            Err(E::Malformed)
        );
    }
}

#[test]
fn a_person_is_named_by_email() {
    assert_eq!(
        parse(&header(), &without("email")),
        Err(E::NoEmail),
        "a service token"
    );
    assert_eq!(parse(&header(), &with("email", json!(""))), Err(E::NoEmail));
    assert_eq!(
        parse(&header(), &with("email", json!(["a@b.c"]))),
        Err(E::NoEmail)
    );
    let spaced = parse(&header(), &with("email", json!(" Bo@Shop.Example ")));
    assert_eq!(
        spaced.and_then(|t| t.email(true)).as_deref(),
        Ok("bo@shop.example")
    );
}

#[test]
fn malformed_tokens_are_refused() {
    let good = token(&header(), &claims());
    let parts: Vec<&str> = good.split('.').collect();
    let enc = |s: &str| B64.encode(s);
    let cases = [
        String::new(),
        "garbage".into(),
        "a.b".into(),
        format!("{good}.extra"),
        format!("{}.{}.", parts[0], parts[1]),
        format!("{}==.{}.{}", parts[0], parts[1], parts[2]),
        format!("{}.{}.{}", enc("not json"), parts[1], parts[2]),
        format!("{}.{}.{}", enc("[1]"), parts[1], parts[2]),
        format!("{}.{}.{}", parts[0], enc("\"str\""), parts[2]),
        format!("{}.{}.{}", parts[0], parts[1], "!!!"),
        format!("{}.{}.{}", parts[0].replace('e', "+"), parts[1], parts[2]),
        "x".repeat(20_000),
    ];
    for case in cases {
        let got = AccessToken::parse(&case, &settings(), NOW);
        assert_eq!(got, Err(E::Malformed), "{}", &case[..case.len().min(60)]);
    }
    let unsigned = format!("{}.{}.", enc(r#"{"alg":"none","kid":"k1"}"#), parts[1]);
    assert!(AccessToken::parse(&unsigned, &settings(), NOW).is_err());
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = AccessToken::parse(&text, &settings(), NOW);
    }

    #[test]
    fn arbitrary_parts_never_panic(a in any::<Vec<u8>>(), b in any::<Vec<u8>>(), c in any::<Vec<u8>>(), now in any::<u64>()) {
        let text = format!("{}.{}.{}", B64.encode(a), B64.encode(b), B64.encode(c));
        let _ = AccessToken::parse(&text, &settings(), now);
    }

    #[test]
    fn arbitrary_claims_never_panic(exp in any::<f64>(), nbf in any::<i64>(), email in any::<String>(), now in any::<u64>()) {
        let c = json!({ "aud": AUD, "iss": TEAM, "exp": exp, "nbf": nbf, "email": email });
        let _ = AccessToken::parse(&token(&header(), &c), &settings(), now);
    }
}
