//! Caravan's stand-in for the part of `wasm-streams` 0.5 that `server_fn` 0.8 uses: a
//! [`ReadableStream`] made from a Rust [`Stream`] (a streaming request body) and read back
//! as one (a streaming response). Unlike `wasm-streams`, it exports nothing to JavaScript:
//! its underlying source is a plain object with a `pull` function, so a build that never
//! streams (the widget) links none of it. See this crate's Cargo.toml.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use futures_util::future::poll_fn;
use futures_util::stream::Stream;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};
use web_sys::{
    QueuingStrategy, ReadableStreamDefaultController, ReadableStreamDefaultReader,
    ReadableStreamReadResult, UnderlyingSource,
};

/// Raw bindings, as in `wasm-streams` (re-exported from web-sys).
pub mod sys {
    pub use web_sys::ReadableStream;
}

/// A JavaScript `ReadableStream` seen from Rust.
#[derive(Debug)]
pub struct ReadableStream {
    raw: sys::ReadableStream,
}

type JsStream = Pin<Box<dyn Stream<Item = Result<JsValue, JsValue>>>>;

impl ReadableStream {
    /// Wraps a JavaScript stream.
    pub fn from_raw(raw: sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// A JavaScript stream that pulls its chunks from `stream`: an `Err` errors the stream,
    /// the end closes it. Like `wasm-streams`, it queues nothing ahead (high-water mark 0).
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        // Taken out when it ends, fails or the reader cancels: nothing polls it after.
        let stream: Rc<RefCell<Option<JsStream>>> = Rc::new(RefCell::new(Some(Box::pin(stream))));
        let pulled = stream.clone();
        let pull = Closure::<dyn FnMut(ReadableStreamDefaultController) -> Promise>::new(
            move |controller: ReadableStreamDefaultController| {
                let stream = pulled.clone();
                future_to_promise(async move {
                    // Borrowed for each poll only; the JS stream calls `pull` again only
                    // after this promise settles anyway.
                    let next = poll_fn(|cx| match stream.borrow_mut().as_mut() {
                        Some(s) => s.as_mut().poll_next(cx),
                        None => Poll::Ready(None),
                    })
                    .await;
                    match next {
                        Some(Ok(chunk)) => controller.enqueue_with_chunk(&chunk)?,
                        Some(Err(error)) => {
                            stream.borrow_mut().take();
                            return Err(error);
                        }
                        None if stream.borrow_mut().take().is_some() => controller.close()?,
                        // Cancelled meanwhile: the stream is closed already.
                        None => {}
                    }
                    Ok(JsValue::UNDEFINED)
                })
            },
        );
        let cancel = Closure::<dyn FnMut(JsValue)>::new(move |_reason: JsValue| {
            stream.borrow_mut().take();
        });
        let source = UnderlyingSource::new();
        // The JavaScript stream owns the functions from now on (and frees them with itself).
        source.set_pull(pull.into_js_value().unchecked_ref());
        source.set_cancel(cancel.into_js_value().unchecked_ref());
        let strategy = QueuingStrategy::new();
        strategy.set_high_water_mark(0.0);
        let raw = sys::ReadableStream::new_with_underlying_source_and_strategy(&source, &strategy)
            .unwrap_or_else(|error| errored(&error));
        Self { raw }
    }

    /// The JavaScript stream.
    pub fn into_raw(self) -> sys::ReadableStream {
        self.raw
    }

    /// Reads the stream's chunks; an error ends it after being yielded. Dropping the
    /// result before the end cancels the stream (nothing more is downloaded), then
    /// releases its lock.
    pub fn into_stream(self) -> IntoStream {
        let reader = self
            .raw
            .get_reader()
            .unchecked_into::<ReadableStreamDefaultReader>();
        IntoStream {
            reader: Some(reader),
            read: None,
        }
    }
}

/// A stream that has already failed with `error` (a constructor that threw).
fn errored(error: &JsValue) -> sys::ReadableStream {
    let source = UnderlyingSource::new();
    let error = error.clone();
    let start = Closure::once_into_js(move |controller: ReadableStreamDefaultController| {
        controller.error_with_e(&error);
    });
    source.set_start(start.unchecked_ref());
    sys::ReadableStream::new_with_underlying_source(&source)
        .unwrap_or_else(|_| sys::ReadableStream::new().unwrap_throw())
}

/// The chunks of a [`ReadableStream`] (see [`ReadableStream::into_stream`]).
#[derive(Debug)]
pub struct IntoStream {
    reader: Option<ReadableStreamDefaultReader>,
    read: Option<JsFuture>,
}

impl Stream for IntoStream {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let Some(reader) = &this.reader else {
            return Poll::Ready(None);
        };
        let read = this
            .read
            .get_or_insert_with(|| JsFuture::from(reader.read()));
        let result = match Pin::new(read).poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(result) => result,
        };
        this.read = None;
        match result {
            Ok(result) => {
                let result = result.unchecked_into::<ReadableStreamReadResult>();
                if result.get_done().unwrap_or(false) {
                    this.finish();
                    Poll::Ready(None)
                } else {
                    Poll::Ready(Some(Ok(result.get_value())))
                }
            }
            Err(error) => {
                this.finish();
                Poll::Ready(Some(Err(error)))
            }
        }
    }
}

impl IntoStream {
    fn finish(&mut self) {
        if let Some(reader) = self.reader.take() {
            reader.release_lock();
        }
    }
}

impl Drop for IntoStream {
    fn drop(&mut self) {
        // Not read to the end: cancel first, which also settles a pending read (releasing
        // the lock with a read pending throws in older browsers), then release it.
        if let Some(reader) = self.reader.take() {
            let cancelled = JsFuture::from(reader.cancel());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = cancelled.await;
                reader.release_lock();
            });
        }
    }
}
