//! Hostile credentials: session tokens and route assertions (tampered, truncated, another
//! key's, another kind's), the keyring spec, agent bearer tokens, the console's cookie and
//! CSRF token, Cloudflare Access tokens and its certs document, password records. Nothing
//! panics, and nothing but the token as signed verifies.

#[allow(dead_code)]
mod hostile;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use caravan_core::agents::access_keys::AccessKeys;
use caravan_core::agents::access_token::AccessToken;
use caravan_core::agents::console_session::{ConsoleSession, from_cookie_header, set_cookie};
use caravan_core::agents::password::PasswordRecord;
use caravan_core::agents::tokens::AgentTokens;
use caravan_core::session::token::{Keyring, RouteClaims, SessionClaims, TokenError};
use caravan_core::store::access_settings::AccessSettings;
use proptest::prelude::*;
use serde_json::{Value, json};

const KEY_A: &str = "a:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
/// Kid `a` again, with another secret: a token of the first must not verify with it.
const KEY_A_OTHER: &str = "a:HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4";
const KEY_B: &str = "b:HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4";
const NOW: u64 = 1_780_000_000;

fn ring(spec: &str) -> Keyring {
    Keyring::parse(spec).expect("keyring")
}

/// A kept password as the directory writes it.
fn record() -> String {
    PasswordRecord {
        iterations: 100_000,
        salt: b"salt-salt-salt-s".to_vec(),
        hash: vec![0xDE; 32],
    }
    .encode()
}

/// Claims of any text, short enough that the token stays under the 2 KB verify reads.
fn claims() -> impl Strategy<Value = SessionClaims> {
    let field = || prop_oneof!["\\PC{0,12}", "[\\x00-\\x1f\"\\\\]{0,8}", "[a-z0-9-]{1,36}"];
    (
        (field(), field(), field(), field(), field()),
        (
            NOW + 1..u64::MAX,
            proptest::option::of(field()),
            proptest::option::of(field()),
        ),
    )
        .prop_map(
            |((sid, cid, mer, reg, loc), (exp, cty, tz))| SessionClaims {
                sid,
                cid,
                mer,
                reg,
                loc,
                iat: NOW,
                exp,
                cty,
                tz,
                vem: None,
                vsu: None,
                vex: None,
            },
        )
}

fn valid_session_token() -> String {
    ring(KEY_A).sign(&SessionClaims {
        sid: "7b0c3e4e-2a59-4d7e-9a43-0d3e8f2b6c11".into(),
        cid: "0a8f0d7c-7d35-4b3e-8b8e-9f3c2b1a0e5d".into(),
        mer: "demo".into(),
        reg: "eu".into(),
        loc: "pt-BR".into(),
        iat: NOW,
        exp: NOW + 3_600,
        cty: Some("PT".into()),
        tz: Some("Europe/Lisbon".into()),
        vem: Some("ana@example.com".into()),
        vsu: Some("cust-1".into()),
        vex: Some(NOW + 600),
    })
}

fn valid_route_token() -> String {
    ring(KEY_A).sign_route(&RouteClaims {
        reg: "eu".into(),
        cty: Some("PT".into()),
        exp: NOW + 60,
        vem: None,
        vsu: None,
    })
}

const TEAM: &str = "https://myteam.cloudflareaccess.com";
const AUD: &str = "4714c1358e65fe4b408ad6d432a5f878f08194bdb4752441fd56faefa9b2b6f2";

fn access_settings() -> AccessSettings {
    AccessSettings {
        team_domain: TEAM.into(),
        aud: AUD.into(),
    }
}

fn access_header() -> Value {
    json!({ "alg": "RS256", "kid": "k1", "typ": "JWT" })
}

fn access_claims() -> Value {
    json!({
        "aud": [AUD], "email": "Ana@Shop.example", "exp": NOW + 3600, "iat": NOW - 10,
        "nbf": NOW - 10, "iss": TEAM, "type": "app", "sub": "7335d417", "country": "PT",
    })
}

fn access_token(header: &str, claims: &str) -> String {
    format!(
        "{}.{}.{}",
        B64.encode(header),
        B64.encode(claims),
        B64.encode([7u8; 256])
    )
}

fn certs() -> Value {
    let n = B64.encode([0xC3u8; 256]);
    json!({
        "keys": [
            { "kid": "k1", "kty": "RSA", "alg": "RS256", "use": "sig", "e": "AQAB", "n": n },
            { "kid": "k2", "kty": "RSA", "e": "AQAB", "n": n, "x5c": ["MII…"] },
        ],
        "public_cert": { "kid": "k2", "cert": "-----BEGIN CERTIFICATE-----" },
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn a_changed_session_token_never_verifies(
        token in prop_oneof![Just(valid_session_token()), Just(valid_route_token())],
        edits in prop::collection::vec(hostile::edit(), 1..4),
    ) {
        let changed = hostile::apply(&token, &edits);
        for ring in [ring(KEY_A), ring(&format!("{KEY_B},{KEY_A}"))] {
            prop_assert_eq!(ring.verify(&token, NOW).is_ok(), token.starts_with("v1."));
            prop_assert_eq!(ring.verify_route(&token, NOW).is_ok(), token.starts_with("r1."));
            if changed != token {
                prop_assert!(ring.verify(&changed, NOW).is_err(), "{:?} verified", changed);
                prop_assert!(ring.verify_route(&changed, NOW).is_err(), "{:?} verified", changed);
            }
        }
    }

    #[test]
    fn a_token_with_one_character_replaced_never_verifies(at in any::<usize>(), c in any::<char>()) {
        let token = valid_session_token();
        let i = at % token.len();
        prop_assume!(!token[i..].starts_with(c));
        let changed = format!("{}{c}{}", &token[..i], &token[i + 1..]);
        prop_assert!(ring(KEY_A).verify(&changed, NOW).is_err(), "{:?} verified", changed);
    }

    #[test]
    fn any_claims_round_trip_and_only_with_their_key(claims in claims()) {
        let token = ring(KEY_A).sign(&claims);
        prop_assert_eq!(ring(KEY_A).verify(&token, NOW), Ok(claims.clone()));
        prop_assert_eq!(ring(KEY_A_OTHER).verify(&token, NOW), Err(TokenError::BadSignature));
        prop_assert_eq!(ring(KEY_B).verify(&token, NOW), Err(TokenError::UnknownKey));
        prop_assert!(ring(KEY_A).verify_route(&token, NOW).is_err());
        prop_assert_eq!(ring(KEY_A).verify(&token, claims.exp), Err(TokenError::Expired));
    }

    #[test]
    fn arbitrary_tokens_never_verify(text in prop_oneof![
        hostile::text(),
        "v1\\.a\\.[A-Za-z0-9_-]{0,80}\\.[A-Za-z0-9_-]{0,50}",
        "r1\\.[a-z]{1,3}\\.[A-Za-z0-9_=+/-]{0,40}\\.[A-Za-z0-9_=+/-]{43}",
    ]) {
        prop_assert!(ring(KEY_A).verify(&text, NOW).is_err());
        prop_assert!(ring(KEY_A).verify_route(&text, NOW).is_err());
    }

    #[test]
    fn keyring_specs_never_panic(spec in prop_oneof![
        hostile::text(),
        hostile::mutated(vec![KEY_A.into(), format!("{KEY_B}, {KEY_A}"), format!("{KEY_A}=,")]),
    ]) {
        if let Ok(ring) = Keyring::parse(&spec) {
            let token = ring.sign_route(&RouteClaims { reg: "eu".into(), cty: None, exp: NOW + 1, vem: None, vsu: None });
            prop_assert!(ring.verify_route(&token, NOW).is_ok());
        }
    }

    #[test]
    fn agent_tokens_never_panic(
        json in hostile::json_input(vec![
            json!({ "demo": "demo-agent-token-0123456789abcdefghij", "other": "another-token-for-agents-0123456789" }),
            json!({ "💥": "🦀".repeat(40) }),
        ]),
        asked in hostile::text(),
    ) {
        if let Ok(tokens) = AgentTokens::parse(&json) {
            let _ = tokens.merchant(&asked);
            let _ = tokens.shared_with(&tokens);
        }
    }

    #[test]
    fn console_cookies_read_back_and_csrf_tokens_match_only_themselves(
        header in prop_oneof![
            hostile::text(),
            hostile::mutated(vec![
                "caravan_console=abc123; theme=dark".into(),
                "a=b;caravan_console=; caravan_console=x=y".into(),
            ]),
        ],
        csrf in hostile::text(),
    ) {
        if let Some(id) = from_cookie_header(&header) {
            prop_assert!(!id.is_empty() && id.len() <= 128 && !id.contains(';'));
            let cookie = set_cookie(id, true);
            prop_assert_eq!(from_cookie_header(&cookie), Some(id));
        }
        let session = ConsoleSession {
            id: String::new(),
            account: "ana@shop.example".into(),
            csrf: "csrf-0123456789".into(),
            created_ms: 0,
            expires_ms: 1,
        };
        prop_assert_eq!(session.csrf_ok(Some(&csrf)), csrf == "csrf-0123456789");
        prop_assert!(!session.csrf_ok(None));
    }

    #[test]
    fn access_tokens_mutated_never_panic(text in hostile::mutated(vec![
        access_token(&access_header().to_string(), &access_claims().to_string()),
    ])) {
        let _ = AccessToken::parse(&text, &access_settings(), NOW);
    }

    #[test]
    fn access_token_headers_and_claims_mutated_never_panic(
        header in hostile::json_input(vec![access_header()]),
        claims in hostile::json_input(vec![access_claims()]),
    ) {
        if let Ok(token) = AccessToken::parse(&access_token(&header, &claims), &access_settings(), NOW) {
            prop_assert!(!token.kid().is_empty() && token.kid().len() <= 256);
            let email = token.email(true).expect("verified");
            prop_assert!(email.contains('@'));
        }
    }

    #[test]
    fn access_certs_never_panic(doc in hostile::json_input(vec![certs()])) {
        if let Ok(keys) = AccessKeys::parse(&doc) {
            prop_assert!((1..=16).contains(&keys.len()));
        }
    }

    #[test]
    fn password_records_never_panic(text in prop_oneof![
        hostile::text(),
        hostile::mutated(vec![record()]),
    ]) {
        if let Some(record) = PasswordRecord::parse(&text) {
            prop_assert!(record.iterations > 0 && record.hash.len() == 32);
            prop_assert_eq!(PasswordRecord::parse(&record.encode()), Some(record));
        }
    }

    #[test]
    fn password_records_round_trip(iterations in 1u32.., salt in any::<Vec<u8>>(), hash in any::<[u8; 32]>()) {
        let record = PasswordRecord { iterations, salt, hash: hash.to_vec() };
        prop_assert_eq!(PasswordRecord::parse(&record.encode()), Some(record));
    }
}

#[test]
fn the_valid_inputs_the_mutations_start_from_are_valid() {
    assert!(ring(KEY_A).verify(&valid_session_token(), NOW).is_ok());
    assert!(ring(KEY_A).verify_route(&valid_route_token(), NOW).is_ok());
    let token = access_token(&access_header().to_string(), &access_claims().to_string());
    assert!(AccessToken::parse(&token, &access_settings(), NOW).is_ok());
    assert_eq!(
        AccessKeys::parse(&certs().to_string()).map(|k| k.len()),
        Ok(2)
    );
    assert!(PasswordRecord::parse(&record()).is_some());
    assert_eq!(
        from_cookie_header("a=b;caravan_console=; caravan_console=x=y"),
        Some("x=y")
    );
}
