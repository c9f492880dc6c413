//! The identity token's cases: tokens made by Node's `crypto` read here, every refusal,
//! the replay rule, the identity carried by a session, and arbitrary or tampered text.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};
use proptest::prelude::*;
use serde_json::{Value, json};
use sha2::Sha256;

use crate::session::identity_token::{
    Algorithm, IDENTITY_TTL_S, Identity, IdentityError as E, IdentityToken, SKEW_S,
};
use crate::session::jti_ledger::{self, MemoryLedger};
use crate::session::token::SessionClaims;
use crate::store::identity_settings::{EcPublicKey, IdentitySettings};
use crate::wire::protocol::ErrorCode;

const NOW: u64 = 1_780_000_000;
const SECRET: &[u8] = b"caravan-identity-test-secret-0123456789";

/// Made with Node: `crypto.createHmac('sha256', SECRET)` over `b64(header).b64(claims)`.
/// Header `{"alg":"HS256","typ":"JWT"}`; claims `{"aud":"shop","sub":"cust-42","email":
/// "Ana@Example.com","iat":NOW,"exp":NOW+300,"jti":"9f8e7d6c"}`.
const NODE_HS256: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJzaG9wIiwic3ViIjoiY3VzdC00MiIsImVtYWlsIjoiQW5hQEV4YW1wbGUuY29tIiwiaWF0IjoxNzgwMDAwMDAwLCJleHAiOjE3ODAwMDAzMDAsImp0aSI6IjlmOGU3ZDZjIn0.PnSsajYo7TZPcYOA7pls8eAE6cbzeoCH9gxsAhqqfRE";
/// Header `{"alg":"HS256"}`; claims `{"aud":["other","shop"],"sub":"7","iat":NOW-5,
/// "nbf":NOW-5,"exp":NOW+600,"jti":"a"}`.
const NODE_HS256_LIST: &str = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOlsib3RoZXIiLCJzaG9wIl0sInN1YiI6IjciLCJpYXQiOjE3Nzk5OTk5OTUsIm5iZiI6MTc3OTk5OTk5NSwiZXhwIjoxNzgwMDAwNjAwLCJqdGkiOiJhIn0.13bkM5Je8OnZIn_oI6NutmqJsxRzNIU-ozslCjypEFI";
/// Node's `crypto.sign('sha256', input, {key, dsaEncoding: 'ieee-p1363'})` with a P-256
/// key; claims `{"aud":"shop","email":"bo@example.org","iat":NOW,"exp":NOW+300,"jti":"es-1"}`.
const NODE_ES256: &str = "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJzaG9wIiwiZW1haWwiOiJib0BleGFtcGxlLm9yZyIsImlhdCI6MTc4MDAwMDAwMCwiZXhwIjoxNzgwMDAwMzAwLCJqdGkiOiJlcy0xIn0.jvU3Z3Mx5X4mQv883LTDCCpD6EBiLEEQ9ZU4vB9nX4sJFiFYV4jq3ta6mm5tXlmmOvn9Lw01Inv2daUnt9ffxg";

fn es_key() -> EcPublicKey {
    EcPublicKey {
        x: "3sAHa8K8PHa9HEjX_VJPqV7Z_MeDBdTH3YXaC20JDC0".into(),
        y: "hHFGuj057jmJSXLJj0c7J2eJynFjsvisv7KE0lOdZic".into(),
    }
}

fn hs_only() -> IdentitySettings {
    IdentitySettings {
        hs256_secret: Some("IDENTITY_SHOP".into()),
        es256_key: None,
    }
}

fn es_only() -> IdentitySettings {
    IdentitySettings {
        hs256_secret: None,
        es256_key: Some(es_key()),
    }
}

fn claims() -> Value {
    json!({ "aud": "shop", "sub": "cust-42", "email": "Ana@Example.com", "iat": NOW - 2,
            "exp": NOW + 300, "jti": "0190b7d2-jti" })
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

/// An HS256 token signed with `SECRET`, whatever the header says.
fn hs(header: &Value, claims: &Value) -> String {
    let input = format!(
        "{}.{}",
        B64.encode(header.to_string()),
        B64.encode(claims.to_string())
    );
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(SECRET).expect("key");
    mac.update(input.as_bytes());
    format!("{input}.{}", B64.encode(mac.finalize().into_bytes()))
}

fn hs256() -> Value {
    json!({ "alg": "HS256", "typ": "JWT" })
}

/// The whole of what the edge does for an HS256 token, with a fresh ledger.
fn check(token: &str, settings: &IdentitySettings) -> Result<Identity, E> {
    let signed = IdentityToken::parse(token, "shop", settings, NOW)?.verify_hs256(SECRET)?;
    let mut ledger = MemoryLedger::default();
    let key = jti_ledger::key(signed.jti());
    let fresh = jti_ledger::spend(&mut ledger, &key, signed.remember_until(), NOW);
    signed.identity(fresh == Ok(true))
}

fn refused(claims: &Value) -> Result<Identity, E> {
    check(&hs(&hs256(), claims), &hs_only())
}

#[test]
fn tokens_made_by_node_are_read() {
    let token = IdentityToken::parse(NODE_HS256, "shop", &hs_only(), NOW).expect("valid");
    assert_eq!(token.algorithm(), Algorithm::Hs256);
    let signed = token.verify_hs256(SECRET).expect("signed");
    assert_eq!(signed.jti(), "9f8e7d6c");
    assert_eq!(signed.remember_until(), NOW + 300 + SKEW_S);
    assert_eq!(
        signed.identity(true),
        Ok(Identity {
            email: Some("ana@example.com".into()),
            customer: Some("cust-42".into()),
        })
    );
    let listed = check(NODE_HS256_LIST, &hs_only()).expect("aud in a list");
    assert_eq!(
        (listed.email, listed.customer.as_deref()),
        (None, Some("7"))
    );
    assert_eq!(
        IdentityToken::parse(NODE_HS256, "shop", &hs_only(), NOW)
            .and_then(|t| t.verify_hs256(b"another-secret-of-enough-bytes-0123456789")),
        Err(E::Signature)
    );
}

#[test]
fn an_es256_token_waits_for_the_shells_verdict() {
    let token = IdentityToken::parse(NODE_ES256, "shop", &es_only(), NOW).expect("valid");
    assert_eq!(token.algorithm(), Algorithm::Es256);
    let dot = NODE_ES256.rfind('.').expect("dot");
    assert_eq!(token.signing_input(), &NODE_ES256.as_bytes()[..dot]);
    assert_eq!(token.signature().len(), 64);
    assert_eq!(token.clone().es256_verdict(false), Err(E::Signature));
    assert_eq!(token.clone().verify_hs256(SECRET), Err(E::Algorithm));
    let identity = token.es256_verdict(true).and_then(|s| s.identity(true));
    assert_eq!(identity.map(|i| i.email), Ok(Some("bo@example.org".into())));
    // An HS256 token can never be waved through with a verdict.
    let hs = IdentityToken::parse(NODE_HS256, "shop", &hs_only(), NOW).expect("valid");
    assert_eq!(hs.es256_verdict(true), Err(E::Algorithm));
}

#[test]
fn only_the_algorithms_the_store_configured() {
    let both = IdentitySettings {
        es256_key: Some(es_key()),
        ..hs_only()
    };
    assert!(check(&hs(&hs256(), &claims()), &both).is_ok());
    // HS256 at an ES256 store: an HMAC keyed with the public key must not pass.
    assert_eq!(
        check(&hs(&hs256(), &claims()), &es_only()),
        Err(E::Algorithm)
    );
    let es_header = json!({ "alg": "ES256" });
    assert_eq!(
        IdentityToken::parse(&hs(&es_header, &claims()), "shop", &hs_only(), NOW).err(),
        Some(E::Algorithm)
    );
    for alg in [
        json!("none"),
        json!("hs256"),
        json!("HS512"),
        json!("RS256"),
        json!(1),
    ] {
        let header = json!({ "alg": alg });
        assert_eq!(
            check(&hs(&header, &claims()), &both),
            Err(E::Algorithm),
            "{alg}"
        );
    }
    let none = format!(
        "{}.{}.",
        B64.encode(r#"{"alg":"none"}"#),
        B64.encode(claims().to_string())
    );
    assert_eq!(check(&none, &both), Err(E::Algorithm));
    assert_eq!(check(&hs(&json!({}), &claims()), &both), Err(E::Algorithm));
}

#[test]
fn the_header_and_the_shape() {
    let typ = |t: Value| {
        check(
            &hs(&json!({ "alg": "HS256", "typ": t }), &claims()),
            &hs_only(),
        )
    };
    assert!(typ(json!("jwt")).is_ok());
    assert_eq!(typ(json!("at+jwt")), Err(E::Malformed));
    let crit = json!({ "alg": "HS256", "crit": ["b64"], "b64": false });
    assert_eq!(check(&hs(&crit, &claims()), &hs_only()), Err(E::Malformed));
    let good = hs(&hs256(), &claims());
    let (input, signature) = good.rsplit_once('.').expect("dot");
    for bad in [
        String::new(),
        "a.b".into(),
        format!("{good}.x"),
        format!("{input}.{signature}="),
        format!("{input}.{signature}!"),
        format!(
            "{}.{}.{signature}",
            B64.encode("[]"),
            B64.encode(claims().to_string())
        ),
        format!(
            "{}.{}.{signature}",
            B64.encode(hs256().to_string()),
            B64.encode("{")
        ),
        format!("{good}{}", " ".repeat(5_000)),
        "x".repeat(5_000),
    ] {
        let got = IdentityToken::parse(&bad, "shop", &hs_only(), NOW).err();
        assert_eq!(got, Some(E::Malformed), "{bad:.60}");
    }
    // Spaces around a token pasted into an attribute are forgiven.
    assert!(check(&format!(" {good}\n"), &hs_only()).is_ok());
    assert_eq!(
        check(&format!("{input}.{}", &signature[..20]), &hs_only()),
        Err(E::Signature)
    );
    let short_key = IdentityToken::parse(&good, "shop", &hs_only(), NOW).expect("valid");
    assert_eq!(short_key.verify_hs256(b"short"), Err(E::Signature));
}

#[test]
fn each_claim_refused_for_what_it_is() {
    let now = NOW as i64;
    let cases: Vec<(Value, Option<E>)> = vec![
        (claims(), None),
        // aud: this store, in a string or a list; anything else is another store's.
        (with("aud", json!("other-shop")), Some(E::Audience)),
        (with("aud", json!(["a", "b"])), Some(E::Audience)),
        (with("aud", json!(7)), Some(E::Audience)),
        (without("aud"), Some(E::Audience)),
        // exp: required, in the future (a minute forgiven), at most 10 minutes ahead.
        (without("exp"), Some(E::Expired)),
        (with("exp", json!(now - 61)), Some(E::Expired)),
        (with("exp", json!(now - 59)), None),
        (with("exp", json!(now + 660)), None),
        (with("exp", json!(now + 661)), Some(E::TooLongLived)),
        (with("exp", json!(now + 86_400)), Some(E::TooLongLived)),
        (with("exp", json!("soon")), Some(E::Malformed)),
        // iat: required, not ahead; nbf honoured.
        (without("iat"), Some(E::NotYetValid)),
        (with("iat", json!(now + 60)), None),
        (with("iat", json!(now + 61)), Some(E::NotYetValid)),
        (with("nbf", json!(now + 61)), Some(E::NotYetValid)),
        (with("nbf", json!(now - 1)), None),
        (with("nbf", json!("later")), Some(E::Malformed)),
        // jti: 1-128 characters.
        (without("jti"), Some(E::MissingJti)),
        (with("jti", json!("")), Some(E::MissingJti)),
        (with("jti", json!(42)), Some(E::MissingJti)),
        (with("jti", json!("é".repeat(128))), None),
        (with("jti", json!("j".repeat(129))), Some(E::MissingJti)),
        // Who: sub and/or a plausible e-mail address.
        (without("email"), None),
        (without("sub"), None),
        (
            json!({ "aud": "shop", "iat": now, "exp": now + 60, "jti": "j" }),
            Some(E::NoIdentity),
        ),
        (with("sub", json!(42)), Some(E::Malformed)),
        (with("sub", json!("")), Some(E::Malformed)),
        (with("email", json!("not an address")), Some(E::Malformed)),
        (with("email", json!("ana@localhost")), Some(E::Malformed)),
        (with("email", json!("a@b@example.com")), Some(E::Malformed)),
        (with("email", json!(null)), Some(E::Malformed)),
    ];
    for (claims, expected) in cases {
        let got = refused(&claims);
        match expected {
            None => assert!(got.is_ok(), "{claims}: {got:?}"),
            Some(e) => assert_eq!(got, Err(e), "{claims}"),
        }
    }
}

#[test]
fn a_jti_is_good_once() {
    let token = hs(&hs256(), &claims());
    let mut ledger = MemoryLedger::default();
    let mut take = |now: u64| {
        let signed = IdentityToken::parse(&token, "shop", &hs_only(), now)?.verify_hs256(SECRET)?;
        let key = jti_ledger::key(signed.jti());
        let fresh = jti_ledger::spend(&mut ledger, &key, signed.remember_until(), now);
        signed.identity(fresh == Ok(true))
    };
    assert!(take(NOW).is_ok());
    assert_eq!(take(NOW + 1), Err(E::Replayed));
    // Remembered for as long as the token is taken at all, then refused as expired.
    assert_eq!(take(NOW + 300 + SKEW_S - 1), Err(E::Replayed));
    assert_eq!(take(NOW + 300 + SKEW_S), Err(E::Expired));
}

#[test]
fn every_refusal_has_its_code() {
    let cases = [
        (E::Malformed, ErrorCode::IdentityInvalid),
        (E::MissingJti, ErrorCode::IdentityInvalid),
        (E::NoIdentity, ErrorCode::IdentityInvalid),
        (E::Algorithm, ErrorCode::IdentityAlgorithm),
        (E::Signature, ErrorCode::IdentitySignature),
        (E::Audience, ErrorCode::IdentityAudience),
        (E::Expired, ErrorCode::IdentityExpired),
        (E::TooLongLived, ErrorCode::IdentityTooLongLived),
        (E::NotYetValid, ErrorCode::IdentityNotYetValid),
        (E::Replayed, ErrorCode::IdentityReplayed),
        (E::NotConfigured, ErrorCode::IdentityNotConfigured),
    ];
    for (e, code) in cases {
        assert_eq!(e.code(), code);
        assert!(e.code().as_str().starts_with("identity_"));
        let status = if e == E::NotConfigured { 404 } else { 401 };
        assert_eq!(code.http_status(), status, "{e}");
    }
}

#[test]
fn a_session_carries_the_identity_for_an_hour_at_most() {
    let session = SessionClaims {
        sid: "s".into(),
        cid: "c".into(),
        mer: "shop".into(),
        reg: "eu".into(),
        loc: "en".into(),
        iat: NOW - 100,
        exp: NOW + 30 * 86_400,
        cty: None,
        tz: None,
        vem: None,
        vsu: None,
        vex: None,
    };
    let anonymous = serde_json::to_string(&session).expect("json");
    assert!(
        !anonymous.contains("vem"),
        "older verifiers read the same claims"
    );
    assert_eq!(session.vouched_email(NOW), None);
    let identity = check(NODE_HS256, &hs_only()).expect("valid");
    let vouched = session.clone().vouched(identity, NOW);
    assert_eq!((vouched.sid.as_str(), vouched.exp), ("s", session.exp));
    assert_eq!(vouched.vsu.as_deref(), Some("cust-42"));
    assert_eq!(vouched.vouched_email(NOW), Some("ana@example.com"));
    assert_eq!(
        vouched.vouched_email(NOW + IDENTITY_TTL_S - 1),
        Some("ana@example.com")
    );
    assert_eq!(vouched.vouched_email(NOW + IDENTITY_TTL_S), None);
    let read: SessionClaims =
        serde_json::from_str(&serde_json::to_string(&vouched).expect("json")).expect("read");
    assert_eq!(read, vouched);
    let near_end = SessionClaims {
        exp: NOW + 10,
        ..session
    };
    assert_eq!(
        near_end.vouched(Identity::default(), NOW).vex,
        Some(NOW + 10)
    );
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in ".{0,600}", dots in "[A-Za-z0-9_.-]{0,300}") {
        for t in [&text, &dots] {
            let _ = IdentityToken::parse(t, "shop", &hs_only(), NOW).map(|t| t.verify_hs256(SECRET));
            let _ = IdentityToken::parse(t, "shop", &es_only(), NOW).map(|t| t.es256_verdict(false));
        }
    }

    #[test]
    fn any_one_byte_change_is_refused(at in 0usize..NODE_HS256.len(), byte in 0x21u8..0x7f) {
        let mut bytes = NODE_HS256.as_bytes().to_vec();
        prop_assume!(bytes[at] != byte);
        bytes[at] = byte;
        let changed = String::from_utf8(bytes).expect("ascii");
        prop_assert!(check(&changed, &hs_only()).is_err(), "{}", changed);
    }
}
