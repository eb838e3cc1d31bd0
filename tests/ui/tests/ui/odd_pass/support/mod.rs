//! Shared by the odd-schema pass cases: a request body in the shape every
//! `schemas/test/odd` schema expects, a verifier, and a tiny executor for
//! `handle`.

#![allow(dead_code)]

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// A request body with the given event type and payload (raw JSON).
pub fn body(event_type: &str, payload: &str) -> Vec<u8> {
    let event_type = plain_webhooks::__private::serde_json::to_string(event_type).unwrap();
    format!(
        r#"{{"id": "ev_01HD450JT0RPBT7RRKS1ZQJYBA", "timestamp": "2023-10-19T14:21:43.616Z",
  "workspaceId": "w_01GST0W989ZNAW53X6XYHAY87P", "type": {event_type}, "payload": {payload},
  "webhookMetadata": {{"webhookTargetId": "whTarget_01HD4400VTDJQ646V6RY37SR7K",
    "webhookTargetVersion": "2025-01-01", "webhookDeliveryAttemptNumber": 1,
    "webhookDeliveryAttemptId": "whAttempt_01HD450N6X782MDTDBMS6Z14DJ",
    "webhookDeliveryAttemptTimestamp": "2023-10-19T14:21:46.077Z"}}}}"#
    )
    .into_bytes()
}

/// The secret the cases sign their bodies with.
pub const SECRET: &[u8] = b"odd-secret";

/// A verifier for [`SECRET`], without a replay window (the bodies are old).
pub fn verifier() -> plain_webhooks::Verifier {
    plain_webhooks::Verifier::new(SECRET).expect("a secret").with_tolerance(None)
}

/// The JSON value of `text`, for comparing payloads whatever their Rust names.
pub fn json(text: &str) -> plain_webhooks::__private::serde_json::Value {
    plain_webhooks::__private::serde_json::from_str(text).unwrap()
}

/// The JSON value of anything serializable.
pub fn to_json<T: plain_webhooks::__private::serde::Serialize>(
    v: &T,
) -> plain_webhooks::__private::serde_json::Value {
    plain_webhooks::__private::serde_json::to_value(v).unwrap()
}

/// Polls a future that never waits on I/O to completion.
pub fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}
