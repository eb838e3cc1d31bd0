//! One delivery through a generated module, as web-framework integrations
//! drive it: the request's parts in, an [`Outcome`] (and so a status) out.

use std::fmt;
use std::future::Future;
use std::time::Duration;

use bytes::Bytes;

use crate::{Dedupe, Error, ErrorKind, Verifier};

/// What the generated `handle` did, and what to answer Plain.
#[derive(Debug)]
pub enum Outcome<E> {
    /// Verified and parsed, and the handler method for the event returned
    /// `Ok` (a method you did not write ignores its event and returns `Ok`).
    Handled,
    /// Refused before any handler ran: bad signature, replayed, invalid
    /// JSON or payload, version mismatch, headers that disagree with the
    /// body.
    Rejected(Error),
    /// The handler returned an error.
    HandlerFailed(E),
    /// The event was handled already (by an earlier delivery, as the
    /// [`Dedupe`] remembers): no handler ran.
    Duplicate,
    /// The handler did not finish within the endpoint's handler timeout
    /// (this long): it was cancelled, and its dedupe claim released.
    TimedOut(Duration),
}

impl<E> Outcome<E> {
    /// The HTTP status to answer: 200 when handled or a duplicate,
    /// [`Error::status`] when rejected, 500 when the handler failed, 503
    /// when it timed out. Any non-2xx makes Plain retry (up to 12 times
    /// over about 5 days).
    pub fn status(&self) -> u16 {
        match self {
            Self::Handled | Self::Duplicate => 200,
            Self::Rejected(e) => e.status(),
            Self::HandlerFailed(_) => 500,
            Self::TimedOut(_) => 503,
        }
    }

    /// Whether the delivery succeeded (2xx).
    pub fn is_success(&self) -> bool {
        matches!(self, Self::Handled | Self::Duplicate)
    }
}

/// A request as an integration received it: the raw body and the headers
/// that matter.
#[derive(Clone, Default)]
pub struct Delivery<'a> {
    /// The body, byte for byte as received; it becomes the handler's
    /// `Context::body`.
    pub body: Bytes,
    /// `Plain-Request-Signature` (`""` when absent).
    pub signature: &'a str,
    /// `Plain-Event-Id`, if sent: it must equal the body's `id`.
    pub event_id: Option<&'a str>,
    /// `Plain-Event-Type`, if sent: it must equal the body's `type`.
    pub event_type: Option<&'a str>,
}

impl<'a> Delivery<'a> {
    /// A delivery of `body` with `signature`, without the other headers.
    pub fn new(body: impl IntoBody, signature: &'a str) -> Self {
        Self {
            body: body.into_body(),
            signature,
            event_id: None,
            event_type: None,
        }
    }

    /// Plain sends the event id and type twice, in headers and in the signed
    /// body; a disagreement means a proxy or a forger changed a header.
    #[doc(hidden)]
    pub fn check_headers(&self, body: &Summary<'_>) -> Result<(), Error> {
        let pairs = [
            ("Plain-Event-Id", self.event_id, "id", body.event_id),
            (
                "Plain-Event-Type",
                self.event_type,
                "type",
                Some(body.event_type),
            ),
        ];
        for (header, sent, field, found) in pairs {
            if let Some(sent) = sent {
                if Some(sent.trim()) != found {
                    return Err(Error::new(
                        ErrorKind::HeaderMismatch,
                        format!("the {header} header does not match the body's `{field}`"),
                    )
                    .with_event_type(Some(body.event_type)));
                }
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Delivery<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Delivery")
            .field("body", &format_args!("{} bytes", self.body.len()))
            .field("signature", &self.signature)
            .field("event_id", &self.event_id)
            .field("event_type", &self.event_type)
            .finish()
    }
}

/// A verified delivery's identity, from its signed body: what integrations
/// log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary<'a> {
    /// The body's `id` (Plain's idempotency key), when the schema makes it
    /// a string.
    pub event_id: Option<&'a str>,
    /// The body's `type`.
    pub event_type: &'a str,
    /// `webhookMetadata.webhookDeliveryAttemptNumber`, when present.
    pub attempt: Option<u64>,
}

/// A generated module's `Receiver<H>`: verify, parse and dispatch one
/// delivery, whatever the schema. Integrations (such as
/// `plain_webhooks::axum`) take it; build one with `plain::receiver(handler)`.
/// You do not implement it yourself.
pub trait Receive: Send + Sync {
    /// The handler's error.
    type Error: Send;

    /// The schema versions (`SCHEMA_VERSIONS`) this receiver serves.
    fn versions(&self) -> Vec<Option<&'static str>>;

    /// Whether the module's types read `body` whatever its version (as
    /// `parse_with(body, VersionPolicy::Any)` does): how [`Versions`]
    /// chooses a receiver for a version none serves, under
    /// `VersionPolicy::Any`.
    ///
    /// [`Versions`]: crate::Versions
    fn parses(&self, body: &[u8]) -> bool;

    /// Runs one delivery: signature, parse, replay window and version, the
    /// headers against the body, then the handler, deduplicated in
    /// `dedupe` ([`Dedupe::off`] for none). `verified` sees the body's
    /// identity before the handler runs (integrations record it in their
    /// log span).
    fn receive<'a>(
        &'a self,
        verifier: &'a Verifier,
        dedupe: &'a Dedupe,
        delivery: Delivery<'a>,
        verified: impl FnOnce(&Summary<'_>) + Send + 'a,
    ) -> impl Future<Output = Outcome<Self::Error>> + Send + 'a;
}

/// A request body as `handle` takes it. An owned `Bytes`, `Vec<u8>` or
/// `String` (what web frameworks and HTTP clients hand over) becomes the
/// context's `body` without a copy; a borrowed body is copied once.
pub trait IntoBody {
    /// The body as `Bytes`.
    fn into_body(self) -> Bytes;
}

impl IntoBody for Bytes {
    fn into_body(self) -> Bytes {
        self
    }
}

impl IntoBody for Vec<u8> {
    fn into_body(self) -> Bytes {
        self.into()
    }
}

impl IntoBody for String {
    fn into_body(self) -> Bytes {
        self.into()
    }
}

impl<T: AsRef<[u8]> + ?Sized> IntoBody for &T {
    fn into_body(self) -> Bytes {
        Bytes::copy_from_slice(self.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_bodies_are_kept_and_borrowed_ones_copied() {
        let vec = b"{\"id\": 1}".to_vec();
        let at = vec.as_ptr();
        assert_eq!(vec.into_body().as_ptr(), at, "a Vec<u8> was copied");
        let bytes = Bytes::from(String::from("{}"));
        let at = bytes.as_ptr();
        assert_eq!(bytes.clone().into_body().as_ptr(), at, "Bytes were copied");
        let borrowed: &[u8] = b"{\"a\": [1, 2]}";
        let body = borrowed.into_body();
        assert_eq!(body, borrowed);
        assert_ne!(body.as_ptr(), borrowed.as_ptr());
    }

    #[test]
    fn headers_must_match_the_body_when_sent() {
        let body = Summary {
            event_id: Some("pEv_1"),
            event_type: "customer.customer_updated",
            attempt: Some(1),
        };
        let mut d = Delivery::new(&b"{}"[..], "sig");
        assert!(d.check_headers(&body).is_ok());
        d.event_id = Some(" pEv_1 ");
        d.event_type = Some("customer.customer_updated");
        assert!(d.check_headers(&body).is_ok());
        d.event_id = Some("pEv_2");
        let e = d.check_headers(&body).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::HeaderMismatch);
        assert!(!e.to_string().contains("pEv_2"), "echoes the header: {e}");
        d.event_id = None;
        d.event_type = Some("thread.thread_created");
        assert!(d
            .check_headers(&body)
            .unwrap_err()
            .message()
            .contains("Plain-Event-Type"));
    }

    #[test]
    fn debug_shows_the_body_length_not_its_bytes() {
        let d = Delivery::new(&b"{\"email\": \"peter@example.com\"}"[..], "");
        let shown = format!("{d:?}");
        assert!(shown.contains("30 bytes"), "{shown}");
        assert!(!shown.contains("peter"), "{shown}");
    }
}
