//! Receiving webhooks with [axum](https://docs.rs/axum) 0.8 (feature `axum`).
//!
//! [`router`] turns a generated module's [`Receiver`](crate::Receive) into a
//! `Router` with one `POST /` route; mount it wherever Plain should call:
//!
//! ```no_run
//! #[plain_webhooks::webhooks(schema = "../schemas/test/minimal.json")]
//! pub mod plain {}
//!
//! struct Notes;
//!
//! impl plain::Handler for Notes {
//!     type Error = std::io::Error;
//!
//!     async fn on_note_created(
//!         &self,
//!         ctx: &plain::Context,
//!         note: plain::NoteCreatedPayload,
//!     ) -> Result<(), Self::Error> {
//!         println!("{}: note {:?}", *ctx.id, note.note.text);
//!         Ok(())
//!     }
//! }
//!
//! # async fn run() -> std::io::Result<()> {
//! let verifier = plain_webhooks::Verifier::new("the signing secret");
//! let webhooks = plain_webhooks::axum::router(plain::receiver(Notes), verifier);
//! let app = axum::Router::new().nest("/webhooks/plain", webhooks);
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, app).await
//! # }
//! ```
//!
//! Each request: the body is read up to a limit (1 MiB by default, else
//! 413), the `Plain-Request-Signature` is checked (401), the body parsed
//! (400, or 422 on a version mismatch), the delivery time checked against
//! the replay window (401), the `Plain-Event-Id` and `Plain-Event-Type`
//! headers, when sent, must match the body (400), and the handler runs: 200
//! when it returns `Ok`, 500 when it fails **or panics**, so that Plain
//! retries. See [`Outcome::status`].
//!
//! Every request runs in a `tracing` span `plain_webhook` with the fields
//! `event_id`, `event_type` and `attempt`, read from the verified body. Logs
//! never contain the body, a header value or a secret; error messages, which
//! may quote body values, are logged only when
//! [`Endpoint::with_error_messages_logged`] says so.

use std::fmt;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use ::axum::body::Bytes;
use ::axum::extract::rejection::BytesRejection;
use ::axum::extract::{DefaultBodyLimit, State};
use ::axum::http::{HeaderMap, StatusCode};
use ::axum::response::{IntoResponse, Response};
use ::axum::routing::post;
use ::axum::Router;
use futures_util::FutureExt;
use tracing::field::Empty;
use tracing::Instrument;

use crate::{Delivery, Error, ErrorKind, Outcome, Receive, Summary, Verifier};

/// The default limit on a request body: 1 MiB. Plain's bodies are a few KB.
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

/// A `Router` that receives webhooks at `POST /`, checked by `verifier`,
/// with the default body limit; see [`Endpoint`] for the other settings.
pub fn router<R>(receiver: R, verifier: Verifier) -> Router
where
    R: Receive + 'static,
    R::Error: fmt::Display,
{
    Endpoint::new(receiver, verifier).into_router()
}

/// The webhook endpoint's settings; [`into_router`](Self::into_router)
/// builds the `Router`.
pub struct Endpoint<R> {
    receiver: R,
    verifier: Verifier,
    body_limit: usize,
    log_error_messages: bool,
}

impl<R> fmt::Debug for Endpoint<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Endpoint")
            .field("verifier", &self.verifier)
            .field("body_limit", &self.body_limit)
            .field("log_error_messages", &self.log_error_messages)
            .finish_non_exhaustive()
    }
}

impl<R> Endpoint<R>
where
    R: Receive + 'static,
    R::Error: fmt::Display,
{
    /// An endpoint whose deliveries `verifier` checks (secrets, replay
    /// window, version policy), with the default body limit
    /// ([`DEFAULT_BODY_LIMIT`]).
    pub fn new(receiver: R, verifier: Verifier) -> Self {
        Self {
            receiver,
            verifier,
            body_limit: DEFAULT_BODY_LIMIT,
            log_error_messages: false,
        }
    }

    /// Sets the largest body accepted, in bytes; larger ones get 413.
    pub fn with_body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// Whether rejections are logged with their message, which may quote
    /// values from the body (off by default: only the kind and JSON path).
    pub fn with_error_messages_logged(mut self, yes: bool) -> Self {
        self.log_error_messages = yes;
        self
    }

    /// A `Router` answering `POST /`; nest it at any path.
    pub fn into_router<S>(self) -> Router<S>
    where
        S: Clone + Send + Sync + 'static,
    {
        if self.verifier.has_no_secret() {
            tracing::error!("the signing secret is empty: every request is refused (401)");
        }
        let limit = self.body_limit;
        Router::new()
            .route("/", post(endpoint::<R>))
            .layer(DefaultBodyLimit::max(limit))
            .with_state(Arc::new(self))
    }
}

async fn endpoint<R>(
    State(endpoint): State<Arc<Endpoint<R>>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response
where
    R: Receive + 'static,
    R::Error: fmt::Display,
{
    let span = tracing::info_span!(
        "plain_webhook",
        event_id = Empty,
        event_type = Empty,
        attempt = Empty
    );
    let recorder = span.clone();
    async move {
        let body = match body {
            Ok(body) => body,
            Err(rejection) => {
                let status = rejection.status();
                tracing::warn!(
                    status = status.as_u16(),
                    "body refused: {}",
                    rejection.body_text()
                );
                return (status, rejection.body_text()).into_response();
            }
        };
        let header = |name: &'static str| match headers.get(name) {
            None => Ok(None),
            Some(v) => v.to_str().map(Some).map_err(|_| name),
        };
        let delivery = match (
            header("plain-request-signature"),
            header("plain-event-id"),
            header("plain-event-type"),
        ) {
            (Ok(signature), Ok(event_id), Ok(event_type)) => Delivery {
                body,
                signature: signature.unwrap_or(""),
                event_id,
                event_type,
            },
            (Err(name), ..) | (_, Err(name), _) | (.., Err(name)) => {
                let kind = if name == "plain-request-signature" {
                    ErrorKind::MalformedSignature
                } else {
                    ErrorKind::HeaderMismatch
                };
                let e = Error::new(kind, format!("the {name} header is not visible ASCII"));
                return rejected(&endpoint, &e);
            }
        };
        let verified = move |s: &Summary<'_>| {
            if let Some(id) = s.event_id {
                recorder.record("event_id", id);
            }
            recorder.record("event_type", s.event_type);
            if let Some(n) = s.attempt {
                recorder.record("attempt", n);
            }
        };
        let run = endpoint
            .receiver
            .receive(&endpoint.verifier, delivery, verified);
        // A panicking handler must not drop the connection: Plain would not
        // see a 5xx, and the delivery could be lost.
        match AssertUnwindSafe(run).catch_unwind().await {
            Ok(outcome) => respond(&endpoint, outcome),
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .copied()
                    .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
                    .unwrap_or("a non-string payload");
                tracing::error!(status = 500, "the handler panicked: {what}");
                (StatusCode::INTERNAL_SERVER_ERROR, "the handler panicked\n").into_response()
            }
        }
    }
    .instrument(span)
    .await
}

fn respond<R, E: fmt::Display>(endpoint: &Endpoint<R>, outcome: Outcome<E>) -> Response {
    let status = status(outcome.status());
    match outcome {
        Outcome::Handled => {
            tracing::info!(status = status.as_u16(), "handled");
            (status, "handled\n").into_response()
        }
        Outcome::Rejected(e) => rejected(endpoint, &e),
        Outcome::HandlerFailed(e) => {
            tracing::error!(status = status.as_u16(), "the handler failed: {e}");
            (status, "the handler failed\n").into_response()
        }
    }
}

fn rejected<R>(endpoint: &Endpoint<R>, e: &Error) -> Response {
    let status = status(e.status());
    let (kind, path) = (e.kind(), e.path());
    if endpoint.log_error_messages {
        tracing::warn!(status = status.as_u16(), ?kind, path, "rejected: {e}");
    } else {
        tracing::warn!(status = status.as_u16(), ?kind, path, "rejected");
    }
    // The sender learns what was wrong with what it sent; never the secret.
    (status, format!("{e}\n")).into_response()
}

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}
