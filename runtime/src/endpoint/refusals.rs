//! The outermost layer: the inner layers' errors become answers, and
//! refused requests are logged, at most so many lines a second (a flood of
//! bad requests must not become a flood of log).

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::header::RETRY_AFTER;
use http::{HeaderValue, Request, Response, StatusCode};
use http_body_util::{Either, Full};
use tower::{Layer, Service};
use tracing::Instrument;

use super::{request_span, text, BodyError, BoxError};
use crate::log::LogBudget;
use crate::ErrorKind;

/// The name of the span [`Refusals`] opens for each request, which the
/// endpoint records the verified delivery's identity in.
pub(crate) const SPAN: &str = "plain_webhook";

/// What an answer says about itself, in its extensions, for [`Refusals`].
#[derive(Clone, Debug)]
pub(crate) enum Refusal {
    /// The endpoint logged it (handled, a duplicate, a handler's failure).
    Logged,
    /// The endpoint rejected the delivery.
    Rejected {
        kind: ErrorKind,
        path: Option<String>,
        /// Only when the endpoint logs error messages.
        message: Option<String>,
    },
    /// A layer refused the request.
    Refused { what: String },
}

/// Turns the errors of the layers inside it into answers (503 with
/// `Retry-After: 1` when busy, 408 for a slow body, 413, 400), and logs
/// every refused request at `WARN`: at most `lines_per_second`, then one
/// line counting the rest. Put it outermost; it also opens the request's
/// log span.
#[derive(Clone, Debug)]
pub struct RefusalsLayer {
    log: Arc<LogBudget>,
}

impl RefusalsLayer {
    /// Logs at most `lines_per_second` refusals a second.
    pub fn new(lines_per_second: u32) -> Self {
        Self {
            log: Arc::new(LogBudget::new(lines_per_second)),
        }
    }
}

impl<S> Layer<S> for RefusalsLayer {
    type Service = Refusals<S>;

    fn layer(&self, inner: S) -> Refusals<S> {
        Refusals {
            inner,
            log: self.log.clone(),
            not_ready: None,
        }
    }
}

/// The service [`RefusalsLayer`] makes.
#[derive(Debug)]
pub struct Refusals<S> {
    inner: S,
    log: Arc<LogBudget>,
    /// The inner service's readiness error, answered to the next request
    /// instead of calling it.
    not_ready: Option<BoxError>,
}

impl<S: Clone> Clone for Refusals<S> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
            log: self.log.clone(),
            not_ready: None,
        }
    }
}

impl<S, B, ResBody> Service<Request<B>> for Refusals<S>
where
    S: Service<Request<B>, Response = Response<ResBody>> + Send + 'static,
    S::Error: Into<BoxError>,
    S::Future: Send + 'static,
    B: Send + 'static,
{
    type Response = Response<Either<ResBody, Full<Bytes>>>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        // An error here becomes the next request's answer.
        match self.inner.poll_ready(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(ready) => {
                self.not_ready = ready.err().map(Into::into);
                Poll::Ready(Ok(()))
            }
        }
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let span = request_span();
        let called = match self.not_ready.take() {
            Some(e) => Err(e),
            None => {
                let _entered = span.enter();
                Ok(self.inner.call(request))
            }
        };
        let log = self.log.clone();
        Box::pin(
            async move {
                let response = match called {
                    Ok(called) => match called.await {
                        Ok(response) => response.map(Either::Left),
                        Err(e) => answer_error(&e.into()).map(Either::Right),
                    },
                    Err(e) => answer_error(&e).map(Either::Right),
                };
                log_refusal(&log, &response);
                Ok(response)
            }
            .instrument(span),
        )
    }
}

fn log_refusal<B>(log: &LogBudget, response: &Response<B>) {
    let status = response.status();
    let refusal = response.extensions().get::<Refusal>();
    let refused = match refusal {
        Some(Refusal::Logged) => false,
        Some(_) => true,
        // Another layer's answer (such as tower-http's 413).
        None => status.is_client_error() || status.is_server_error(),
    };
    if !refused || !log.allow("rejections") {
        return;
    }
    let status = status.as_u16();
    match refusal {
        Some(Refusal::Rejected {
            kind,
            path,
            message: Some(message),
        }) => tracing::warn!(status, ?kind, path = path.as_deref(), "rejected: {message}"),
        Some(Refusal::Rejected { kind, path, .. }) => {
            tracing::warn!(status, ?kind, path = path.as_deref(), "rejected")
        }
        Some(Refusal::Refused { what }) => tracing::warn!(status, "refused: {what}"),
        _ => {
            let reason = response.status().canonical_reason().unwrap_or("");
            tracing::warn!(status, "refused: {reason}")
        }
    }
}

/// The answer to an inner layer's error.
fn answer_error(e: &BoxError) -> Response<Full<Bytes>> {
    if e.is::<tower::load_shed::error::Overloaded>() {
        return busy("busy: the limit on deliveries in flight is reached");
    }
    if let Some(e) = e.downcast_ref::<BodyError>() {
        return answer_body(e);
    }
    answer_body_error(e)
}

/// The answer to a body that could not be read whole.
pub(crate) fn answer_body_error(e: &BoxError) -> Response<Full<Bytes>> {
    if let Some(e) = e.downcast_ref::<BodyError>() {
        return answer_body(e);
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&**e);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return answer_body(&BodyError::TooLarge);
        }
        source = e.source();
    }
    refused(StatusCode::BAD_REQUEST, "the body could not be read")
}

fn answer_body(e: &BodyError) -> Response<Full<Bytes>> {
    let what = e.to_string();
    match e {
        BodyError::Busy { .. } => busy(&what),
        _ => refused(e.status(), &what),
    }
}

fn refused(status: StatusCode, what: &str) -> Response<Full<Bytes>> {
    let mut response = text(status, format!("{what}\n"));
    response.extensions_mut().insert(Refusal::Refused {
        what: what.to_owned(),
    });
    response
}

/// 503 over a limit; Plain retries later.
fn busy(what: &str) -> Response<Full<Bytes>> {
    let mut response = refused(StatusCode::SERVICE_UNAVAILABLE, what);
    response
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from_static("1"));
    response
}
