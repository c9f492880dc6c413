//! A conversation object's side of the HTTP transport (`http_transport.rs` routes here):
//! `POST /frames`, each frame handled as a socket's would be, and `GET /poll`, a resume
//! that waits for the next stored message (or the team's typing sign, which it carries).
//! Both count as the polling channel.

use std::pin::pin;
use std::time::Duration;

use caravan_core::agents::inbox::Channel;
use caravan_core::wire::long_poll::{self, PollQuery};
use caravan_core::wire::protocol::{Author, ClientFrame, ErrorCode, ServerFrame};
use futures_util::future::select;
use worker::{Delay, Headers, Request, Response};

use crate::api_error::ApiError;
use crate::conversation_object::Conversation;
use crate::object_session::Session;

impl Conversation {
    /// `POST /frames`: client frames in, their replies out, in order.
    pub(crate) async fn frames(
        &self,
        mut req: Request,
        session: &Session,
    ) -> worker::Result<Response> {
        let body = req.text().await?;
        let frames = match long_poll::decode_client_batch(&body) {
            Ok(frames) => frames,
            Err(e) => {
                return ApiError::new(ErrorCode::InvalidRequest, e.to_string()).into_response();
            }
        };
        let mut replies = Vec::new();
        for frame in frames {
            match frame {
                Ok(frame) => {
                    let (replied, for_bot) = self.process(session, frame, Channel::Polling).await;
                    replies.extend(replied);
                    // Over HTTP the response waits for the bot's turn: the object's work
                    // ends with the request.
                    self.answer(session, for_bot).await;
                }
                Err(e) => replies.push(ServerFrame::error(e.code(), e.to_string())),
            }
        }
        ndjson(&replies)
    }

    /// `GET /poll?after=N&wait=S`: the replay after `N` now, or at the next stored message,
    /// or `synced` alone when `S` seconds pass first.
    pub(crate) async fn poll(&self, req: &Request, session: &Session) -> worker::Result<Response> {
        let query = req.url()?.query().map(PollQuery::parse);
        let Some(Ok(query)) = query else {
            return ApiError::new(ErrorCode::InvalidRequest, "poll needs `after` and `wait`")
                .into_response();
        };
        let resume = async || {
            self.process(
                session,
                ClientFrame::Resume { after: query.after },
                Channel::Polling,
            )
            .await
            .0
        };
        let changed = self.changes.next();
        let waiting_since = crate::clock::now_ms();
        let replay = resume().await;
        // More than `synced` alone (or an error): answer now.
        if replay.len() > 1 || !matches!(replay.first(), Some(ServerFrame::Synced { .. })) {
            return ndjson(&replay);
        }
        let wait = Delay::from(Duration::from_secs(query.wait_secs));
        select(pin!(changed), pin!(wait)).await;
        let mut frames = resume().await;
        if long_poll::carries_typing(self.agent_typing_at.get(), waiting_since) {
            frames.push(ServerFrame::Typing {
                author: Author::Agent,
            });
        }
        ndjson(&frames)
    }
}

fn ndjson(frames: &[ServerFrame]) -> worker::Result<Response> {
    let headers = Headers::new();
    headers.set("content-type", long_poll::CONTENT_TYPE)?;
    headers.set("cache-control", "no-store")?;
    Ok(Response::ok(long_poll::encode_server_batch(frames))?.with_headers(headers))
}
