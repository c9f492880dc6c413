//! Randomness from the runtime's CSPRNG (`crypto.getRandomValues`), for ids.

use caravan_core::wire::protocol::ErrorCode;

use crate::api_error::ApiError;

pub fn random_bytes<const N: usize>() -> Result<[u8; N], ApiError> {
    let mut bytes = [0u8; N];
    let crypto = js_sys::global();
    let crypto = js_sys::Reflect::get(&crypto, &"crypto".into())
        .map_err(|_| ApiError::new(ErrorCode::Internal, "no crypto in this runtime"))?;
    let array = js_sys::Uint8Array::new_with_length(N as u32);
    let get = js_sys::Reflect::get(&crypto, &"getRandomValues".into())
        .map_err(|_| ApiError::new(ErrorCode::Internal, "no getRandomValues in this runtime"))?;
    js_sys::Function::from(get)
        .call1(&crypto, &array)
        .map_err(|_| ApiError::new(ErrorCode::Internal, "getRandomValues failed"))?;
    array.copy_to(&mut bytes);
    Ok(bytes)
}
