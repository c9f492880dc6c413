//! Wakes the long-polls a conversation object is holding when it stores a message.
//!
//! An object runs on one thread and interleaves its requests at `await` points, so a poll
//! waiting here is woken by the request (or WebSocket message) that appended.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

#[derive(Default)]
pub struct Changes {
    generation: Cell<u64>,
    waiting: RefCell<Vec<Waker>>,
}

impl Changes {
    /// Something was stored: every waiting poll answers.
    pub fn notify(&self) {
        self.generation.set(self.generation.get() + 1);
        for waker in self.waiting.borrow_mut().drain(..) {
            waker.wake();
        }
    }

    /// Resolves at the next [`Changes::notify`] after this call.
    pub fn next(&self) -> Changed<'_> {
        Changed {
            changes: self,
            seen: self.generation.get(),
        }
    }
}

pub struct Changed<'a> {
    changes: &'a Changes,
    seen: u64,
}

impl Future for Changed<'_> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.changes.generation.get() != self.seen {
            return Poll::Ready(());
        }
        let mut waiting = self.changes.waiting.borrow_mut();
        if !waiting.iter().any(|w| w.will_wake(cx.waker())) {
            waiting.push(cx.waker().clone());
        }
        Poll::Pending
    }
}
