//! The runtime's Web Crypto (`crypto.subtle`): password derivation (PBKDF2-HMAC-SHA256) at
//! native speed, where a hand-rolled loop in WebAssembly would spend the request's CPU
//! (core's `agents::password::derive` is the reference the tests hold it to), RS256
//! signatures of Cloudflare Access tokens and ES256 signatures of stores' identity tokens
//! verified without an RSA or elliptic-curve crate in the bundle.

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use worker::wasm_bindgen_futures::JsFuture;

fn get(target: &JsValue, key: &str) -> Result<JsValue, String> {
    Reflect::get(target, &JsValue::from_str(key)).map_err(|_| format!("no {key}"))
}

async fn call(target: &JsValue, method: &str, args: &Array) -> Result<JsValue, String> {
    let f: js_sys::Function = get(target, method)?
        .dyn_into()
        .map_err(|_| format!("{method} is not a function"))?;
    let promise: Promise = f
        .apply(target, args)
        .map_err(|e| format!("{method}: {e:?}"))?
        .dyn_into()
        .map_err(|_| format!("{method} gave no promise"))?;
    JsFuture::from(promise)
        .await
        .map_err(|e| format!("{method}: {e:?}"))
}

fn object(fields: &[(&str, JsValue)]) -> Result<Object, String> {
    let o = Object::new();
    for (k, v) in fields {
        Reflect::set(&o, &JsValue::from_str(k), v).map_err(|_| format!("set {k}"))?;
    }
    Ok(o)
}

/// PBKDF2-HMAC-SHA256 of `password` with `salt` and `iterations`, 32 bytes.
pub async fn pbkdf2(password: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, String> {
    let subtle = get(&get(&js_sys::global(), "crypto")?, "subtle")?;
    let raw = Uint8Array::from(password.as_bytes());
    let usages = Array::of1(&JsValue::from_str("deriveBits"));
    let import = Array::of5(
        &JsValue::from_str("raw"),
        &raw,
        &JsValue::from_str("PBKDF2"),
        &JsValue::FALSE,
        &usages,
    );
    let key = call(&subtle, "importKey", &import).await?;
    let params = object(&[
        ("name", JsValue::from_str("PBKDF2")),
        ("hash", JsValue::from_str("SHA-256")),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", JsValue::from_f64(f64::from(iterations))),
    ])?;
    let bits = call(
        &subtle,
        "deriveBits",
        &Array::of3(&params, &key, &JsValue::from_f64(256.0)),
    )
    .await?;
    Ok(Uint8Array::new(&bits).to_vec())
}

/// Does `signature` over `data` verify with the public key `jwk`, imported as
/// `import_algorithm` and checked as `verify_algorithm`? `Err` only when the key itself
/// cannot be imported: a bad signature of any shape is `Ok(false)`.
async fn verify(
    jwk: &Object,
    import_algorithm: &Object,
    verify_algorithm: &JsValue,
    data: &[u8],
    signature: &[u8],
) -> Result<bool, String> {
    let subtle = get(&get(&js_sys::global(), "crypto")?, "subtle")?;
    let import = Array::of5(
        &JsValue::from_str("jwk"),
        jwk,
        import_algorithm,
        &JsValue::FALSE,
        &Array::of1(&JsValue::from_str("verify")),
    );
    let key = call(&subtle, "importKey", &import).await?;
    let verify = Array::of4(
        verify_algorithm,
        &key,
        &Uint8Array::from(signature),
        &Uint8Array::from(data),
    );
    // A runtime that throws rather than answering false has not verified anything.
    Ok(call(&subtle, "verify", &verify)
        .await
        .is_ok_and(|v| v.as_bool() == Some(true)))
}

/// Does `signature` over `data` verify with the RSA public key (`n`, `e`: base64url, as a
/// JWK has them) under RSASSA-PKCS1-v1_5 with SHA-256 (JWS "RS256")?
pub async fn verify_rs256(n: &str, e: &str, data: &[u8], signature: &[u8]) -> Result<bool, String> {
    let jwk = object(&[
        ("kty", JsValue::from_str("RSA")),
        ("n", JsValue::from_str(n)),
        ("e", JsValue::from_str(e)),
        ("alg", JsValue::from_str("RS256")),
        ("ext", JsValue::TRUE),
    ])?;
    let algorithm = object(&[
        ("name", JsValue::from_str("RSASSA-PKCS1-v1_5")),
        ("hash", JsValue::from_str("SHA-256")),
    ])?;
    let name = JsValue::from_str("RSASSA-PKCS1-v1_5");
    verify(&jwk, &algorithm, &name, data, signature).await
}

/// Does `signature` (r || s, 64 bytes, as JWS has it and Web Crypto reads it) over `data`
/// verify with the P-256 public key (`x`, `y`: base64url) under ECDSA with SHA-256 (JWS
/// "ES256")?
pub async fn verify_es256(x: &str, y: &str, data: &[u8], signature: &[u8]) -> Result<bool, String> {
    let jwk = object(&[
        ("kty", JsValue::from_str("EC")),
        ("crv", JsValue::from_str("P-256")),
        ("x", JsValue::from_str(x)),
        ("y", JsValue::from_str(y)),
        ("ext", JsValue::TRUE),
    ])?;
    let import = object(&[
        ("name", JsValue::from_str("ECDSA")),
        ("namedCurve", JsValue::from_str("P-256")),
    ])?;
    let params = object(&[
        ("name", JsValue::from_str("ECDSA")),
        ("hash", JsValue::from_str("SHA-256")),
    ])?;
    verify(&jwk, &import, &params, data, signature).await
}
