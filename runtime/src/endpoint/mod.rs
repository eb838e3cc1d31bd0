//! The webhook endpoint as a [`tower::Service`] over [`http::Request`]
//! (feature `tower`), and the protections around it as layers.
//!
//! [`Endpoint`] verifies, deduplicates and handles one delivery per
//! request; it runs under axum ([`crate::axum::router`]), a bare hyper
//! server, or any host of tower services. [`Protections`] is the default
//! stack of layers, outermost first, each of which can be used alone:
//!
//! | layer | from | refuses |
//! |---|---|---|
//! | [`RefusalsLayer`] | here | turns the layers' errors into answers; logs refusals, at most so many lines a second |
//! | [`tower_http::limit::RequestBodyLimitLayer`] | tower-http | 413 over the body limit (before `100 Continue` when the length is declared) |
//! | [`BodyBudgetLayer`] | here | 503 over the bytes held across requests (counted as they arrive), 408 for a body slower than the minimum rate after its grace, or not in within the body timeout |
//! | [`tower::load_shed::LoadShedLayer`] | tower | 503 when the next layer is full |
//! | [`tower::limit::ConcurrencyLimitLayer`] | tower | deliveries in flight, from a complete body to the handler's return |
//!
//! No limit counts a request before its body has arrived, and no budget
//! is reserved for bytes that have not: a client that declares a large body
//! and sends it slowly holds what it sent, until the minimum rate cuts it.
//!
//! ```no_run
//! # #[plain_webhooks::webhooks(schema = "../schemas/test/minimal.json")]
//! # pub mod plain {}
//! # struct Notes;
//! # impl plain::Handler for Notes { type Error = std::io::Error; }
//! use plain_webhooks::endpoint::{Endpoint, Protections};
//! use tower::Layer;
//!
//! # fn run() -> Result<(), plain_webhooks::Error> {
//! let verifier = plain_webhooks::Verifier::from_env("PLAIN_WEBHOOK_SECRET")?;
//! let endpoint = Endpoint::new(plain::receiver(Notes), verifier);
//! // The defaults, as `plain_webhooks::axum::router` applies them:
//! let service = Protections::default().layer(endpoint);
//! // Serve `service` with hyper (hyper_util's `TowerToHyperService`), or
//! // compose the layers you want with `tower::ServiceBuilder`.
//! # let _ = service;
//! # Ok(())
//! # }
//! ```
//!
//! Answers: 413, 503, 408 as above; 401 on a bad signature or replay, 400
//! on a bad body or headers that disagree with it, 422 on a version
//! mismatch; then the handler: 200 on `Ok` (or an event handled before),
//! 409 while another delivery of the event runs, 500 on `Err` **or a
//! panic**, 503 when it runs out of time (it is cancelled) or the dedupe
//! store fails. Any non-2xx makes Plain retry.
//!
//! Logs, through `tracing`, in a span `plain_webhook{event_id, event_type,
//! attempt}` from the verified body: `INFO` per delivery handled, `ERROR`
//! when the handler fails, panics or times out, and (through
//! [`RefusalsLayer`]) `WARN` per request refused, capped. Never the body,
//! a header value or a secret; error messages, which may quote a signed
//! body, only when [`Endpoint::with_error_messages_logged`] says so.

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_util::FutureExt;
use http::{HeaderMap, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full};
use tracing::field::Empty;
use tracing::Instrument;

use crate::dedupe::Deadline;
use crate::{Dedupe, Delivery, Error, ErrorKind, Outcome, Receive, Summary, Verifier};

mod budget;
mod protections;
mod refusals;

pub use budget::{BodyBudget, BodyBudgetLayer, BodyError};
pub use protections::Protections;
pub use refusals::{Refusals, RefusalsLayer};

/// An error of a layer or service, as tower passes them.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The default limit on a request body: 1 MiB. Plain's bodies are a few KB.
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

/// The default time a body has to arrive once its headers have: 10 s.
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// The default minimum rate of a body's bytes, averaged from its headers
/// on, once [`DEFAULT_BODY_RATE_GRACE`] has passed: 1,024 bytes a second
/// (Kestrel's `MinRequestBodyDataRate` has 240 and a 5 s grace; Plain's
/// bodies arrive in one go).
pub const DEFAULT_MIN_BODY_RATE: u32 = 1024;

/// The default time before the minimum body rate applies: 2 s.
pub const DEFAULT_BODY_RATE_GRACE: Duration = Duration::from_secs(2);

/// The default time a handler has, from its start to its return: 30 s.
/// Plain retries one that runs out of it (503).
pub const DEFAULT_HANDLER_TIMEOUT: Duration = Duration::from_secs(30);

/// The default limit on deliveries in flight at once (from a complete body
/// to the handler's return): 256.
pub const DEFAULT_CONCURRENCY_LIMIT: usize = 256;

/// The default limit on body bytes held at once, across requests: 16 MiB.
pub const DEFAULT_BUFFER_LIMIT: usize = 16 * 1024 * 1024;

/// The default number of refused requests logged each second: 10.
pub const DEFAULT_REJECTION_LOGS_PER_SECOND: u32 = 10;

/// One webhook delivery per request: the body (read whole), the headers
/// that matter, the verifier's checks, deduplication, the handler within
/// its timeout, and the answer. A `tower::Service<http::Request<B>>` for
/// any body `B`; clones share everything.
///
/// | setting | default |
/// |---|---|
/// | deduplication | [`Dedupe::default`]: in memory, 100,000 ids ([`with_dedupe`](Self::with_dedupe), [`without_dedupe`](Self::without_dedupe)) |
/// | handler run time | [`DEFAULT_HANDLER_TIMEOUT`] (30 s), then cancelled and 503 ([`with_handler_timeout`](Self::with_handler_timeout)) |
/// | error messages in the log | off: only the kind and JSON path ([`with_error_messages_logged`](Self::with_error_messages_logged)) |
///
/// The handler timeout covers the handler only: not the claim before it
/// nor the mark after it, which the dedupe store bounds. Keep the dedupe
/// lease longer than the handler timeout.
pub struct Endpoint<R> {
    receiver: Arc<R>,
    verifier: Arc<Verifier>,
    /// The deduplication, with the handler's deadline attached.
    dedupe: Dedupe,
    handler_timeout: Duration,
    log_error_messages: bool,
}

impl<R> Clone for Endpoint<R> {
    fn clone(&self) -> Self {
        Self {
            receiver: self.receiver.clone(),
            verifier: self.verifier.clone(),
            dedupe: self.dedupe.clone(),
            handler_timeout: self.handler_timeout,
            log_error_messages: self.log_error_messages,
        }
    }
}

impl<R> fmt::Debug for Endpoint<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Endpoint")
            .field("verifier", &self.verifier)
            .field("dedupe", &self.dedupe)
            .field("handler_timeout", &self.handler_timeout)
            .field("log_error_messages", &self.log_error_messages)
            .finish_non_exhaustive()
    }
}

fn tokio_sleep(d: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
    Box::pin(tokio::time::sleep(d))
}

impl<R> Endpoint<R>
where
    R: Receive + 'static,
    R::Error: fmt::Display,
{
    /// An endpoint whose deliveries `verifier` checks (secrets, replay
    /// window, version policy), with the defaults above.
    pub fn new(receiver: R, verifier: Verifier) -> Self {
        Self {
            receiver: Arc::new(receiver),
            verifier: Arc::new(verifier),
            dedupe: Dedupe::default(),
            handler_timeout: DEFAULT_HANDLER_TIMEOUT,
            log_error_messages: false,
        }
        .with_dedupe(Dedupe::default())
    }

    /// Runs each event's handler once per `dedupe`'s store (such as a
    /// [`RedisStore`](crate::dedupe::RedisStore) shared by replicas).
    pub fn with_dedupe(mut self, dedupe: Dedupe) -> Self {
        let deadline = Deadline {
            after: self.handler_timeout,
            sleep: tokio_sleep,
        };
        self.dedupe = dedupe.with_deadline(Some(deadline));
        self
    }

    /// Handles every delivery, even of events handled before.
    pub fn without_dedupe(self) -> Self {
        self.with_dedupe(Dedupe::off())
    }

    /// Sets how long a handler may run; one still running then is
    /// cancelled, its claim released, and the delivery gets 503.
    pub fn with_handler_timeout(mut self, timeout: Duration) -> Self {
        self.handler_timeout = timeout;
        let dedupe = self.dedupe.clone();
        self.with_dedupe(dedupe)
    }

    /// Whether rejections are logged with their message, which may quote
    /// values from the body (off by default: only the kind and JSON path).
    pub fn with_error_messages_logged(mut self, yes: bool) -> Self {
        self.log_error_messages = yes;
        self
    }

    async fn respond<B>(self, request: Request<B>) -> Response<Full<Bytes>>
    where
        B: http_body::Body + Send,
        B::Error: Into<BoxError>,
    {
        let (parts, body) = request.into_parts();
        let body = match body.collect().await {
            Ok(body) => body.to_bytes(),
            Err(e) => {
                let e: BoxError = e.into();
                return refusals::answer_body_error(&e);
            }
        };
        self.deliver(&parts.headers, body).await
    }

    async fn deliver(&self, headers: &HeaderMap, body: Bytes) -> Response<Full<Bytes>> {
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
                return self.rejected(e);
            }
        };
        let span = tracing::Span::current();
        let verified = move |s: &Summary<'_>| {
            if let Some(id) = s.event_id {
                span.record("event_id", id);
            }
            span.record("event_type", s.event_type);
            if let Some(n) = s.attempt {
                span.record("attempt", n);
            }
        };
        let run = self
            .receiver
            .receive(&self.verifier, &self.dedupe, delivery, verified);
        // A panicking handler must not drop the connection: Plain would not
        // see a 5xx, and the delivery could be lost.
        match AssertUnwindSafe(run).catch_unwind().await {
            Ok(outcome) => self.answer(outcome),
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .copied()
                    .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
                    .unwrap_or("a non-string payload");
                tracing::error!(status = 500, "the handler panicked: {what}");
                logged(text(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the handler panicked\n",
                ))
            }
        }
    }

    fn answer(&self, outcome: Outcome<R::Error>) -> Response<Full<Bytes>> {
        let status = status(outcome.status());
        match outcome {
            Outcome::Handled => {
                tracing::info!(status = status.as_u16(), "handled");
                logged(text(status, "handled\n"))
            }
            Outcome::Duplicate => {
                tracing::info!(status = status.as_u16(), "duplicate: handled before");
                logged(text(status, "handled before\n"))
            }
            Outcome::Rejected(e) => self.rejected(e),
            Outcome::HandlerFailed(e) => {
                tracing::error!(status = status.as_u16(), "the handler failed: {e}");
                logged(text(status, "the handler failed\n"))
            }
            Outcome::TimedOut(after) => {
                let secs = after.as_secs_f32();
                tracing::error!(
                    status = status.as_u16(),
                    "the handler did not finish within {secs} s: cancelled"
                );
                logged(text(
                    status,
                    format!("the handler did not finish within {secs} s\n"),
                ))
            }
        }
    }

    /// The sender learns what was wrong with what it sent; never the
    /// secret. [`RefusalsLayer`] logs it.
    fn rejected(&self, e: Error) -> Response<Full<Bytes>> {
        let mut response = text(status(e.status()), format!("{e}\n"));
        let message = self.log_error_messages.then(|| e.to_string());
        response
            .extensions_mut()
            .insert(refusals::Refusal::Rejected {
                kind: e.kind(),
                path: e.path().map(str::to_owned),
                message,
            });
        response
    }
}

impl<R, B> tower::Service<Request<B>> for Endpoint<R>
where
    R: Receive + 'static,
    R::Error: fmt::Display,
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<BoxError>,
{
    type Response = Response<Full<Bytes>>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let this = self.clone();
        // One span per request: [`RefusalsLayer`]'s, when it is outside.
        let current = tracing::Span::current();
        let span = if current
            .metadata()
            .is_some_and(|m| m.name() == refusals::SPAN)
        {
            current
        } else {
            request_span()
        };
        Box::pin(async move { Ok(this.respond(request).await) }.instrument(span))
    }
}

/// The span a request's lines are logged in.
fn request_span() -> tracing::Span {
    tracing::info_span!(
        "plain_webhook",
        event_id = Empty,
        event_type = Empty,
        attempt = Empty
    )
}

/// Marks an answer the endpoint logged itself, so that [`RefusalsLayer`]
/// does not count it as a refusal.
fn logged(mut response: Response<Full<Bytes>>) -> Response<Full<Bytes>> {
    response.extensions_mut().insert(refusals::Refusal::Logged);
    response
}

fn text(status: StatusCode, body: impl Into<Bytes>) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(body.into()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}
