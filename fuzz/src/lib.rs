//! What the fuzz targets share: the module generated from Plain's latest
//! schema (expanded once, not once per target) and a tiny executor.
#![deny(missing_docs)]

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// The generated module for `schemas/plain/latest.json`.
#[plain_webhooks::webhooks(schema = "../schemas/plain/latest.json")]
pub mod plain {}

/// Polls a future to completion; `handle` never waits on I/O here.
pub fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

/// Splits fuzz input into a signature, a secret and a body: the first two
/// bytes give the signature's and the secret's lengths.
pub fn split(data: &[u8]) -> (String, &[u8], &[u8]) {
    let (&sig_len, rest) = data.split_first().unwrap_or((&0, &[]));
    let (&secret_len, rest) = rest.split_first().unwrap_or((&0, &[]));
    let (signature, rest) = rest.split_at(usize::from(sig_len).min(rest.len()));
    let (secret, body) = rest.split_at(usize::from(secret_len).min(rest.len()));
    (
        String::from_utf8_lossy(signature).into_owned(),
        secret,
        body,
    )
}
