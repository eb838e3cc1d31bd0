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
//!         println!("{}: note {:?}", ctx.event_id, note.note.text);
//!         Ok(())
//!     }
//! }
//!
//! # async fn run() -> std::io::Result<()> {
//! let webhooks = plain_webhooks::axum::router(plain::receiver(Notes), "the signing secret");
//! let app = axum::Router::new().nest("/webhooks/plain", webhooks);
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, app).await
//! # }
//! ```
//!
//! Each request: the body is read up to a limit (1 MiB by default, else
//! 413), the `Plain-Request-Signature` is checked (401), the body parsed
//! (400, or 422 on a version mismatch), the `Plain-Event-Id` and
//! `Plain-Event-Type` headers, when sent, must match the body (400), and the
//! handler runs: 200 when it returns `Ok` or ignores the event, 500 when it
//! fails **or panics**, so that Plain retries. See [`Outcome::status`].
//!
//! Every request runs in a `tracing` span `plain_webhook` with the fields
//! `event_id`, `event_type` and `attempt`. Logs never contain the body or a
//! secret; error messages, which may quote body values, are logged only when
//! [`Endpoint::with_error_messages_logged`] says so.

use std::fmt;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
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

use crate::{receive, Delivery, Error, ErrorKind, HandleOptions, Outcome, Receive, SigningKey};

/// The default limit on a request body: 1 MiB. Plain's bodies are a few KB.
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

/// A `Router` that receives webhooks at `POST /` with the default settings;
/// see [`Endpoint`] for more secrets, a body limit or other options.
pub fn router<R>(receiver: R, secret: impl Into<Vec<u8>>) -> Router
where
    R: Receive + 'static,
    R::Error: fmt::Display,
{
    Endpoint::new(receiver, secret).into_router()
}

/// The webhook endpoint's settings; [`into_router`](Self::into_router)
/// builds the `Router`.
pub struct Endpoint<R> {
    receiver: R,
    secrets: Vec<SigningKey>,
    options: HandleOptions,
    body_limit: usize,
    log_error_messages: bool,
}

impl<R> fmt::Debug for Endpoint<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Endpoint")
            .field(
                "secrets",
                &format_args!("[{} redacted]", self.secrets.len()),
            )
            .field("options", &self.options)
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
    /// An endpoint checking signatures made with `secret`, with the default
    /// [`HandleOptions`] (5 minutes of replay tolerance, exact version) and
    /// body limit ([`DEFAULT_BODY_LIMIT`]).
    pub fn new(receiver: R, secret: impl Into<Vec<u8>>) -> Self {
        Self {
            receiver,
            secrets: vec![SigningKey::new(secret.into())],
            options: HandleOptions::default(),
            body_limit: DEFAULT_BODY_LIMIT,
            log_error_messages: false,
        }
    }

    /// Also accepts signatures made with `secret` (while rotating secrets).
    pub fn with_secret(mut self, secret: impl Into<Vec<u8>>) -> Self {
        self.secrets.push(SigningKey::new(secret.into()));
        self
    }

    /// Sets the replay tolerance, clock and version policy.
    pub fn with_options(mut self, options: HandleOptions) -> Self {
        self.options = options;
        self
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
        if self.secrets.iter().any(SigningKey::is_empty) {
            tracing::error!("a signing secret is empty: requests signed with it are refused (401)");
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
    let event_id = header(&headers, "plain-event-id");
    let event_type = header(&headers, "plain-event-type");
    // The span shows the body's values once it is verified and parsed, and
    // else the (unverified) headers', which still say which delivery failed.
    let recorder = span.clone();
    let recorded = AtomicBool::new(false);
    let record_headers = || {
        if recorded.swap(true, Ordering::Relaxed) {
            return;
        }
        if let Ok(Some(id)) = event_id {
            recorder.record("event_id", id);
        }
        if let Ok(Some(t)) = event_type {
            recorder.record("event_type", t);
        }
        if let Ok(Some(n)) = header(&headers, "plain-webhook-delivery-attempt-number") {
            match n.trim().parse::<u64>() {
                Ok(n) => recorder.record("attempt", n),
                Err(_) => recorder.record("attempt", n),
            };
        }
    };
    async {
        let body = match body {
            Ok(body) => body,
            Err(rejection) => {
                record_headers();
                let status = rejection.status();
                tracing::warn!(
                    status = status.as_u16(),
                    "body refused: {}",
                    rejection.body_text()
                );
                return (status, rejection.body_text()).into_response();
            }
        };
        let (signature, event_id, event_type) = match (
            header(&headers, "plain-request-signature"),
            event_id,
            event_type,
        ) {
            (Ok(s), Ok(i), Ok(t)) => (s, i, t),
            (Err(name), ..) | (_, Err(name), _) | (.., Err(name)) => {
                let kind = if name == "plain-request-signature" {
                    ErrorKind::MalformedSignature
                } else {
                    ErrorKind::HeaderMismatch
                };
                let e = Error::new(kind, format!("the {name} header is not visible ASCII"));
                record_headers();
                return rejected(&endpoint, &e);
            }
        };
        let delivery = Delivery {
            body,
            signature,
            event_id,
            event_type,
        };
        let inspect = |ctx: &crate::Context| {
            recorded.store(true, Ordering::Relaxed);
            recorder.record("event_id", ctx.event_id.as_str());
            recorder.record("event_type", ctx.event_type.as_str());
            if let Some(n) = ctx.delivery_attempt_number {
                recorder.record("attempt", n);
            }
        };
        let run = receive(
            &endpoint.receiver,
            delivery,
            &endpoint.secrets,
            &endpoint.options,
            inspect,
        );
        // A panicking handler must not drop the connection: Plain would not
        // see a 5xx, and the delivery could be lost.
        let outcome = AssertUnwindSafe(run).catch_unwind().await;
        record_headers();
        match outcome {
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

/// A header's value; `Err(name)` when it is not visible ASCII.
fn header<'h>(headers: &'h HeaderMap, name: &'static str) -> Result<Option<&'h str>, &'static str> {
    match headers.get(name) {
        None => Ok(None),
        Some(v) => v.to_str().map(Some).map_err(|_| name),
    }
}

fn respond<R, E: fmt::Display>(endpoint: &Endpoint<R>, outcome: Outcome<E>) -> Response {
    let status = status(outcome.status());
    match outcome {
        Outcome::Handled => {
            tracing::info!(status = status.as_u16(), "handled");
            (status, "handled\n").into_response()
        }
        Outcome::Ignored => {
            tracing::info!(
                status = status.as_u16(),
                "ignored: no handler for this event type"
            );
            (status, "ignored\n").into_response()
        }
        Outcome::Rejected(e) => rejected(endpoint, &e),
        Outcome::HandlerFailed(e) => {
            tracing::error!(status = status.as_u16(), "the handler failed: {e}");
            (status, "the handler failed\n").into_response()
        }
    }
}

fn rejected<R>(endpoint: &Endpoint<R>, e: &Error) -> Response {
    let status = status(crate::status_for(e.kind()));
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
