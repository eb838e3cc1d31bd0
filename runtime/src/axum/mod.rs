//! Receiving webhooks with [axum](https://docs.rs/axum) 0.8 (feature `axum`).
//!
//! [`router`] turns a generated module's [`Receiver`](crate::Receive) into a
//! `Router` with one `POST /` route; mount it wherever Plain should call,
//! and run it with [`serve`], which adds the timeouts and the graceful
//! shutdown that `axum::serve` leaves out:
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
//!         println!("{}: note {:?}", ctx.id, note.note.text);
//!         Ok(())
//!     }
//! }
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let verifier = plain_webhooks::Verifier::from_env("PLAIN_WEBHOOK_SECRET")?;
//! let webhooks = plain_webhooks::axum::router(plain::receiver(Notes), verifier);
//! let app = axum::Router::new().nest("/webhooks/plain", webhooks);
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! plain_webhooks::axum::serve(listener, app).await?;
//! # Ok(())
//! # }
//! ```
//!
//! Each request: 413 over the body limit (before `100 Continue` when the
//! length is declared), 503 over the limits on deliveries in flight or body
//! bytes held, 408 when the body is slow, 401 on a bad signature or replay,
//! 400 on a bad body or headers that disagree with it, 422 on a version
//! mismatch; then the handler: 200 on `Ok`, 500 on `Err` **or a panic**, 503
//! when it runs out of time (it is cancelled). Any non-2xx makes Plain retry.
//! [`Endpoint`] lists the defaults.
//!
//! Logs, through `tracing`, in a span `plain_webhook{event_id, event_type,
//! attempt}` from the verified body: `INFO` per delivery handled, `ERROR`
//! when the handler fails, panics or times out, `WARN` per request refused,
//! at most [`DEFAULT_REJECTION_LOGS_PER_SECOND`] lines a second and then one
//! counting the rest. Never the body, a header value or a secret; error
//! messages, which may quote a signed body, only when
//! [`Endpoint::with_error_messages_logged`] says so.

use std::fmt;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use ::axum::extract::{Request, State};
use ::axum::http::header::{CONTENT_LENGTH, RETRY_AFTER};
use ::axum::http::{HeaderMap, StatusCode};
use ::axum::response::{IntoResponse, Response};
use ::axum::routing::post;
use ::axum::Router;
use futures_util::FutureExt;
use http_body_util::LengthLimitError;
use tokio::sync::Semaphore;
use tracing::field::Empty;
use tracing::Instrument;

use crate::{Dedupe, Delivery, Error, ErrorKind, Outcome, Receive, Summary, Verifier};

mod log;
mod serve;

use log::LogBudget;
pub use serve::{serve, Serve, DEFAULT_DRAIN_TIMEOUT, DEFAULT_HEADER_READ_TIMEOUT};

/// The default limit on a request body: 1 MiB. Plain's bodies are a few KB.
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

/// The default time a body has to arrive once its headers have: 10 s.
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// The default time a delivery has, from a complete body to the handler's
/// return: 30 s. Plain retries one that runs out of it (503).
pub const DEFAULT_HANDLER_TIMEOUT: Duration = Duration::from_secs(30);

/// The default limit on deliveries in flight at once: 256.
pub const DEFAULT_CONCURRENCY_LIMIT: usize = 256;

/// The default limit on body bytes held at once, across requests: 16 MiB.
pub const DEFAULT_BUFFER_LIMIT: usize = 16 * 1024 * 1024;

/// The default number of refused requests logged each second: 10.
pub const DEFAULT_REJECTION_LOGS_PER_SECOND: u32 = 10;

/// A `Router` that receives webhooks at `POST /`, checked by `verifier`,
/// with the default limits; see [`Endpoint`] for the settings.
pub fn router<R>(receiver: R, verifier: Verifier) -> Router
where
    R: Receive + 'static,
    R::Error: fmt::Display,
{
    Endpoint::new(receiver, verifier).into_router()
}

/// The webhook endpoint's settings; [`into_router`](Self::into_router)
/// builds the `Router`.
///
/// | setting | default | over it |
/// |---|---|---|
/// | body size | [`DEFAULT_BODY_LIMIT`] (1 MiB) | 413 |
/// | body arrival | [`DEFAULT_BODY_TIMEOUT`] (10 s) | 408 |
/// | deliveries in flight | [`DEFAULT_CONCURRENCY_LIMIT`] (256) | 503 |
/// | body bytes held at once | [`DEFAULT_BUFFER_LIMIT`] (16 MiB) | 503 |
/// | handler run time | [`DEFAULT_HANDLER_TIMEOUT`] (30 s) | 503, handler cancelled |
/// | refusals logged | [`DEFAULT_REJECTION_LOGS_PER_SECOND`] (10 a second) | counted, not logged |
/// | deduplication | in memory, unless the verifier has a [`Dedupe`] | 200 without the handler for an event handled before |
///
/// A body is counted against the bytes held from its headers on, at its
/// declared `Content-Length` (or the body limit when it has none), until
/// its handler returns; so the memory bodies take stays under the limit
/// whatever clients send.
pub struct Endpoint<R> {
    receiver: R,
    verifier: Verifier,
    body_limit: usize,
    body_timeout: Duration,
    handler_timeout: Duration,
    concurrency_limit: usize,
    buffer_limit: usize,
    rejection_logs_per_second: u32,
    log_error_messages: bool,
    dedupe_in_memory: bool,
}

impl<R> fmt::Debug for Endpoint<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Endpoint")
            .field("verifier", &self.verifier)
            .field("body_limit", &self.body_limit)
            .field("body_timeout", &self.body_timeout)
            .field("handler_timeout", &self.handler_timeout)
            .field("concurrency_limit", &self.concurrency_limit)
            .field("buffer_limit", &self.buffer_limit)
            .field("rejection_logs_per_second", &self.rejection_logs_per_second)
            .field("log_error_messages", &self.log_error_messages)
            .field("dedupe_in_memory", &self.dedupe_in_memory)
            .finish_non_exhaustive()
    }
}

impl<R> Endpoint<R>
where
    R: Receive + 'static,
    R::Error: fmt::Display,
{
    /// An endpoint whose deliveries `verifier` checks (secrets, replay
    /// window, version policy), with the default limits.
    pub fn new(receiver: R, verifier: Verifier) -> Self {
        Self {
            receiver,
            verifier,
            body_limit: DEFAULT_BODY_LIMIT,
            body_timeout: DEFAULT_BODY_TIMEOUT,
            handler_timeout: DEFAULT_HANDLER_TIMEOUT,
            concurrency_limit: DEFAULT_CONCURRENCY_LIMIT,
            buffer_limit: DEFAULT_BUFFER_LIMIT,
            rejection_logs_per_second: DEFAULT_REJECTION_LOGS_PER_SECOND,
            log_error_messages: false,
            dedupe_in_memory: true,
        }
    }

    /// Sets the largest body accepted, in bytes; larger ones get 413.
    pub fn with_body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// Sets how long a body may take to arrive after its headers; slower
    /// ones get 408.
    pub fn with_body_timeout(mut self, timeout: Duration) -> Self {
        self.body_timeout = timeout;
        self
    }

    /// Sets how long a delivery may take from its complete body to the
    /// handler's return; a handler still running then is cancelled, and
    /// the delivery gets 503.
    pub fn with_handler_timeout(mut self, timeout: Duration) -> Self {
        self.handler_timeout = timeout;
        self
    }

    /// Sets how many deliveries may be in flight at once (from headers to
    /// the handler's return); more get 503.
    pub fn with_concurrency_limit(mut self, deliveries: usize) -> Self {
        self.concurrency_limit = deliveries;
        self
    }

    /// Sets how many body bytes may be held at once across requests; a
    /// request that would go over gets 503. Never less than the body limit.
    pub fn with_buffer_limit(mut self, bytes: usize) -> Self {
        self.buffer_limit = bytes;
        self
    }

    /// Sets how many refused requests are logged each second; the rest are
    /// counted in one line.
    pub fn with_rejection_logs_per_second(mut self, lines: u32) -> Self {
        self.rejection_logs_per_second = lines;
        self
    }

    /// Whether rejections are logged with their message, which may quote
    /// values from the body (off by default: only the kind and JSON path).
    pub fn with_error_messages_logged(mut self, yes: bool) -> Self {
        self.log_error_messages = yes;
        self
    }

    /// Handles every delivery, even of events handled before, when the
    /// verifier has no [`Dedupe`]: by default the router then deduplicates
    /// in memory ([`Dedupe::in_memory`]).
    pub fn without_dedupe(mut self) -> Self {
        self.dedupe_in_memory = false;
        self
    }

    /// A `Router` answering `POST /`; nest it at any path.
    pub fn into_router<S>(self) -> Router<S>
    where
        S: Clone + Send + Sync + 'static,
    {
        // Semaphores count bytes in u32 steps; 4 GiB is beyond any use here.
        let max = u32::MAX as usize;
        let body_limit = self.body_limit.min(max);
        let buffer_limit = self.buffer_limit.clamp(body_limit, max);
        let mut verifier = self.verifier;
        if self.dedupe_in_memory && verifier.dedupe().is_none() {
            verifier = verifier.with_dedupe(Some(Dedupe::in_memory()));
        }
        let shared = Shared {
            in_flight: Arc::new(Semaphore::new(
                self.concurrency_limit.min(Semaphore::MAX_PERMITS),
            )),
            buffered: Arc::new(Semaphore::new(buffer_limit)),
            log: LogBudget::new(self.rejection_logs_per_second),
            endpoint: Self {
                body_limit,
                verifier,
                ..self
            },
        };
        Router::new()
            .route("/", post(endpoint::<R>))
            .with_state(Arc::new(shared))
    }
}

/// An endpoint and the state its requests share.
struct Shared<R> {
    endpoint: Endpoint<R>,
    in_flight: Arc<Semaphore>,
    buffered: Arc<Semaphore>,
    log: LogBudget,
}

async fn endpoint<R>(State(shared): State<Arc<Shared<R>>>, request: Request) -> Response
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
        let ep = &shared.endpoint;
        let (parts, body) = request.into_parts();
        let headers = parts.headers;
        let declared = content_length(&headers);
        if declared.is_some_and(|n| n > ep.body_limit as u64) {
            return shared.refuse(StatusCode::PAYLOAD_TOO_LARGE, &too_large(ep.body_limit));
        }
        let Ok(_in_flight) = shared.in_flight.clone().try_acquire_owned() else {
            return shared.busy("deliveries in flight");
        };
        // At most `body_limit`, which `into_router` keeps within u32.
        let reserve = declared.map_or(ep.body_limit, |n| n as usize) as u32;
        let Ok(_buffered) = shared.buffered.clone().try_acquire_many_owned(reserve) else {
            return shared.busy("body bytes held");
        };
        let read = ::axum::body::to_bytes(body, ep.body_limit);
        let body = match tokio::time::timeout(ep.body_timeout, read).await {
            Ok(Ok(body)) => body,
            Ok(Err(e)) if over_limit(&e) => {
                return shared.refuse(StatusCode::PAYLOAD_TOO_LARGE, &too_large(ep.body_limit));
            }
            Ok(Err(_)) => {
                return shared.refuse(StatusCode::BAD_REQUEST, "the body could not be read")
            }
            Err(_) => {
                let secs = ep.body_timeout.as_secs_f32();
                let what = format!("the body did not arrive within {secs} s");
                return shared.refuse(StatusCode::REQUEST_TIMEOUT, &what);
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
                return shared.rejected(&e);
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
        let run = ep.receiver.receive(&ep.verifier, delivery, verified);
        // A panicking handler must not drop the connection: Plain would not
        // see a 5xx, and the delivery could be lost.
        let run = AssertUnwindSafe(run).catch_unwind();
        match tokio::time::timeout(ep.handler_timeout, run).await {
            Ok(Ok(outcome)) => shared.respond(outcome),
            Ok(Err(panic)) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .copied()
                    .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
                    .unwrap_or("a non-string payload");
                tracing::error!(status = 500, "the handler panicked: {what}");
                (StatusCode::INTERNAL_SERVER_ERROR, "the handler panicked\n").into_response()
            }
            Err(_) => {
                let secs = ep.handler_timeout.as_secs_f32();
                tracing::error!(
                    status = 503,
                    "the handler did not finish within {secs} s: cancelled"
                );
                let text = format!("the handler did not finish within {secs} s\n");
                (StatusCode::SERVICE_UNAVAILABLE, text).into_response()
            }
        }
    }
    .instrument(span)
    .await
}

impl<R> Shared<R> {
    fn respond<E: fmt::Display>(&self, outcome: Outcome<E>) -> Response {
        let status = status(outcome.status());
        match outcome {
            Outcome::Handled => {
                tracing::info!(status = status.as_u16(), "handled");
                (status, "handled\n").into_response()
            }
            Outcome::Duplicate => {
                tracing::info!(status = status.as_u16(), "duplicate: handled before");
                (status, "handled before\n").into_response()
            }
            Outcome::Rejected(e) => self.rejected(&e),
            Outcome::HandlerFailed(e) => {
                tracing::error!(status = status.as_u16(), "the handler failed: {e}");
                (status, "the handler failed\n").into_response()
            }
        }
    }

    fn rejected(&self, e: &Error) -> Response {
        let status = status(e.status());
        if self.log.allow("rejections") {
            let (kind, path) = (e.kind(), e.path());
            if self.endpoint.log_error_messages {
                tracing::warn!(status = status.as_u16(), ?kind, path, "rejected: {e}");
            } else {
                tracing::warn!(status = status.as_u16(), ?kind, path, "rejected");
            }
        }
        // The sender learns what was wrong with what it sent; never the secret.
        (status, format!("{e}\n")).into_response()
    }

    /// A request refused before its body was verified.
    fn refuse(&self, status: StatusCode, what: &str) -> Response {
        if self.log.allow("rejections") {
            tracing::warn!(status = status.as_u16(), "refused: {what}");
        }
        (status, format!("{what}\n")).into_response()
    }

    /// 503 over a limit; Plain retries later.
    fn busy(&self, limit: &str) -> Response {
        let what = format!("busy: the limit on {limit} is reached");
        let mut response = self.refuse(StatusCode::SERVICE_UNAVAILABLE, &what);
        response
            .headers_mut()
            .insert(RETRY_AFTER, ::axum::http::HeaderValue::from_static("1"));
        response
    }
}

fn too_large(limit: usize) -> String {
    format!("the body is larger than the limit of {limit} bytes")
}

fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers.get(CONTENT_LENGTH)?.to_str().ok()?.parse().ok()
}

/// Whether `to_bytes` failed on the limit (not on a reset connection or a
/// malformed chunk).
fn over_limit(e: &::axum::Error) -> bool {
    std::error::Error::source(e).is_some_and(|e| e.is::<LengthLimitError>())
}

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}
