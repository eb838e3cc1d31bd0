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

/// The answer to an inner layer's error: ours and tower's are refusals;
/// any other is a failure of the service (500).
fn answer_error(e: &BoxError) -> Response<Full<Bytes>> {
    if e.is::<tower::load_shed::error::Overloaded>() {
        return busy("busy: the limit on deliveries in flight is reached");
    }
    known_body_error(e).unwrap_or_else(|| {
        tracing::error!(status = 500, error = %e, "a layer failed");
        let mut response = text(StatusCode::INTERNAL_SERVER_ERROR, "the request failed\n");
        response.extensions_mut().insert(Refusal::Logged);
        response
    })
}

/// The answer to a body that could not be read whole (400 unless it is
/// one of ours or over the limit).
pub(crate) fn answer_body_error(e: &BoxError) -> Response<Full<Bytes>> {
    known_body_error(e)
        .unwrap_or_else(|| refused(StatusCode::BAD_REQUEST, "the body could not be read"))
}

fn known_body_error(e: &BoxError) -> Option<Response<Full<Bytes>>> {
    if let Some(e) = e.downcast_ref::<BodyError>() {
        return Some(answer_body(e));
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&**e);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return Some(answer_body(&BodyError::TooLarge));
        }
        source = e.source();
    }
    None
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The answer when the inner service fails with `error()`.
    fn answer(error: fn() -> BoxError) -> Response<Either<Full<Bytes>, Full<Bytes>>> {
        let inner = tower::service_fn(move |_: Request<()>| {
            std::future::ready(Err::<Response<Full<Bytes>>, _>(error()))
        });
        let mut service = RefusalsLayer::new(1).layer(inner);
        let mut cx = Context::from_waker(std::task::Waker::noop());
        assert!(service.poll_ready(&mut cx).is_ready());
        match service.call(Request::new(())).as_mut().poll(&mut cx) {
            Poll::Ready(Ok(response)) => response,
            _ => panic!("a ready inner service"),
        }
    }

    #[test]
    fn layer_errors_become_answers() {
        let busy = answer(|| Box::new(tower::load_shed::error::Overloaded::new()));
        assert_eq!(busy.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(busy.headers()[RETRY_AFTER], "1");
        let slow = answer(|| Box::new(BodyError::TooSlow { min_rate: 1024 }));
        assert_eq!(slow.status(), StatusCode::REQUEST_TIMEOUT);
        // tower-http's body limit fails the body with this, wrapped.
        let limit = answer(|| {
            let body = http_body_util::Limited::new(Full::new(Bytes::from_static(b"two")), 1);
            let mut cx = Context::from_waker(std::task::Waker::noop());
            match http_body::Body::poll_frame(std::pin::pin!(body), &mut cx) {
                Poll::Ready(Some(Err(e))) => e,
                _ => panic!("over the limit"),
            }
        });
        assert_eq!(limit.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let other = answer(|| "a layer of yours failed".into());
        assert_eq!(other.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
