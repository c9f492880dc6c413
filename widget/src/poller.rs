//! The HTTP transport's two requests (see `caravan_core::wire::long_poll`): a batch of frames
//! posted, and a held poll. The chat decides when to call them; this only carries bytes.

use caravan_core::wire::long_poll::{self, PollQuery};
use caravan_core::wire::protocol::{ClientFrame, ServerFrame};

use crate::http::{self, HttpError};

/// `POST /v1/frames`: the frames in order; their replies in order.
pub async fn post(
    api_base: &str,
    token: &str,
    frames: &[ClientFrame],
) -> Result<Vec<ServerFrame>, HttpError> {
    let body = long_poll::encode_client_batch(frames);
    let url = format!("{api_base}/v1/frames");
    let answer = http::post_authorized(&url, token, long_poll::CONTENT_TYPE, &body).await?;
    Ok(long_poll::decode_server_batch(&answer))
}

/// `GET /v1/poll`: everything after `after`, held by the server up to `wait_secs`.
pub async fn poll(
    api_base: &str,
    token: &str,
    after: u64,
    wait_secs: u64,
) -> Result<Vec<ServerFrame>, HttpError> {
    let query = PollQuery { after, wait_secs }.to_query();
    let url = format!("{api_base}/v1/poll?{query}");
    let answer = http::get_held(&url, token, (wait_secs * 1_000) as i32).await?;
    Ok(long_poll::decode_server_batch(&answer))
}
