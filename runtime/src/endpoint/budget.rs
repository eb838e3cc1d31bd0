//! Reading a body whole before anything else counts the request: under a
//! budget of bytes shared by every request, reserved as the bytes arrive
//! (never for a length only declared), at a minimum rate after a short
//! grace (as Kestrel's `MinRequestBodyDataRate`), within a time limit.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::{Buf, Bytes, BytesMut};
use http::{Request, StatusCode};
use http_body_util::{BodyExt, Full};
use tokio::time::Instant;
use tower::{Layer, Service, ServiceExt};

use super::{
    BoxError, DEFAULT_BODY_RATE_GRACE, DEFAULT_BODY_TIMEOUT, DEFAULT_BUFFER_LIMIT,
    DEFAULT_MIN_BODY_RATE,
};

/// Why a body was refused.
#[derive(Debug)]
#[non_exhaustive]
pub enum BodyError {
    /// Over the body limit (tower-http's `RequestBodyLimit`): 413.
    TooLarge,
    /// Its bytes would go over the budget held across requests: 503.
    Busy {
        /// The budget, in bytes.
        budget: usize,
    },
    /// After the grace, its bytes came slower than this many a second,
    /// averaged from its start: 408.
    TooSlow {
        /// The minimum rate, in bytes a second.
        min_rate: u32,
    },
    /// Not in within this long: 408.
    TimedOut {
        /// The body timeout.
        after: Duration,
    },
    /// The connection broke, or the body was malformed: 400.
    Broken(BoxError),
}

impl BodyError {
    /// The status to answer.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            Self::TooSlow { .. } | Self::TimedOut { .. } => StatusCode::REQUEST_TIMEOUT,
            Self::Broken(_) => StatusCode::BAD_REQUEST,
        }
    }
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge => f.write_str("the body is larger than the limit"),
            Self::Busy { budget } => write!(
                f,
                "busy: the limit on body bytes held ({budget} bytes) is reached"
            ),
            Self::TooSlow { min_rate } => {
                write!(f, "the body arrived slower than {min_rate} bytes a second")
            }
            Self::TimedOut { after } => write!(
                f,
                "the body did not arrive within {} s",
                after.as_secs_f32()
            ),
            Self::Broken(_) => f.write_str("the body could not be read"),
        }
    }
}

impl std::error::Error for BodyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Broken(e) => Some(&**e),
            _ => None,
        }
    }
}

/// Reads each request's body whole, then passes the request on with it as
/// `Full<Bytes>`; refuses with a [`BodyError`]:
///
/// | setting | default |
/// |---|---|
/// | body bytes held at once, across requests | [`DEFAULT_BUFFER_LIMIT`] (16 MiB), reserved as they arrive, held until the inner service answers |
/// | minimum rate, from the body's start | [`DEFAULT_MIN_BODY_RATE`] (1,024 bytes a second) after [`DEFAULT_BODY_RATE_GRACE`] (2 s) |
/// | whole body | within [`DEFAULT_BODY_TIMEOUT`] (10 s) |
///
/// The inner service is asked for readiness only once the body is in, so
/// that layers inside it (a concurrency limit) count no request still
/// arriving. Clones share the budget.
#[derive(Clone, Debug)]
pub struct BodyBudgetLayer {
    budget: Arc<Budget>,
    timeout: Duration,
    min_rate: u32,
    grace: Duration,
}

#[derive(Debug)]
struct Budget {
    limit: usize,
    available: AtomicUsize,
}

impl Default for BodyBudgetLayer {
    fn default() -> Self {
        Self::new(DEFAULT_BUFFER_LIMIT)
    }
}

impl BodyBudgetLayer {
    /// At most `bytes` held at once across requests, with the default rate
    /// and timeout.
    pub fn new(bytes: usize) -> Self {
        Self {
            budget: Arc::new(Budget {
                limit: bytes,
                available: AtomicUsize::new(bytes),
            }),
            timeout: DEFAULT_BODY_TIMEOUT,
            min_rate: DEFAULT_MIN_BODY_RATE,
            grace: DEFAULT_BODY_RATE_GRACE,
        }
    }

    /// Sets how long a whole body may take from the headers on.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets the minimum rate, in bytes a second averaged from the body's
    /// start, that applies once `grace` has passed; 0 for none.
    pub fn with_min_rate(mut self, bytes_per_second: u32, grace: Duration) -> Self {
        self.min_rate = bytes_per_second;
        self.grace = grace;
        self
    }

    /// Reads `body` under the rules, holding its bytes in `held`.
    async fn read<B>(&self, body: B, held: &mut Held) -> Result<Bytes, BodyError>
    where
        B: http_body::Body,
        B::Error: Into<BoxError>,
    {
        let start = Instant::now();
        let deadline = start + self.timeout;
        let mut body = std::pin::pin!(body);
        let mut chunks: Vec<Bytes> = Vec::new();
        let mut received: u64 = 0;
        loop {
            // The moment `received` bytes become too few for the rate.
            let cut = if self.min_rate == 0 {
                deadline
            } else {
                let earned = Duration::from_secs_f64(received as f64 / f64::from(self.min_rate));
                deadline.min(start + self.grace.max(earned))
            };
            let frame = match tokio::time::timeout_at(cut, body.frame()).await {
                Ok(frame) => frame,
                Err(_) if cut >= deadline => {
                    return Err(BodyError::TimedOut {
                        after: self.timeout,
                    })
                }
                Err(_) => {
                    return Err(BodyError::TooSlow {
                        min_rate: self.min_rate,
                    })
                }
            };
            let frame = match frame {
                None => break,
                Some(Ok(frame)) => frame,
                Some(Err(e)) => {
                    let e: BoxError = e.into();
                    return Err(if is_length_limit(&*e) {
                        BodyError::TooLarge
                    } else {
                        BodyError::Broken(e)
                    });
                }
            };
            if let Ok(mut data) = frame.into_data() {
                let n = data.remaining();
                if !held.take(n) {
                    return Err(BodyError::Busy {
                        budget: self.budget.limit,
                    });
                }
                received += n as u64;
                chunks.push(data.copy_to_bytes(n));
            }
        }
        Ok(match chunks.len() {
            0 => Bytes::new(),
            1 => chunks.pop().unwrap_or_default(),
            _ => {
                let mut whole = BytesMut::with_capacity(received as usize);
                for chunk in chunks {
                    whole.extend_from_slice(&chunk);
                }
                whole.freeze()
            }
        })
    }
}

fn is_length_limit(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut source = Some(e);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = e.source();
    }
    false
}

/// Bytes of the budget held by one request, given back when dropped.
struct Held {
    budget: Arc<Budget>,
    bytes: usize,
}

impl Held {
    fn take(&mut self, n: usize) -> bool {
        let taken =
            self.budget
                .available
                .fetch_update(Ordering::AcqRel, Ordering::Acquire, |left| {
                    left.checked_sub(n)
                });
        if taken.is_ok() {
            self.bytes += n;
        }
        taken.is_ok()
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        self.budget
            .available
            .fetch_add(self.bytes, Ordering::AcqRel);
    }
}

impl<S> Layer<S> for BodyBudgetLayer {
    type Service = BodyBudget<S>;

    fn layer(&self, inner: S) -> BodyBudget<S> {
        BodyBudget {
            inner,
            settings: self.clone(),
        }
    }
}

/// The service [`BodyBudgetLayer`] makes.
#[derive(Clone, Debug)]
pub struct BodyBudget<S> {
    inner: S,
    settings: BodyBudgetLayer,
}

impl<S, B> Service<Request<B>> for BodyBudget<S>
where
    S: Service<Request<Full<Bytes>>> + Clone + Send + 'static,
    S::Error: Into<BoxError>,
    S::Future: Send,
    S::Response: Send,
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<BoxError>,
{
    type Response = S::Response;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<S::Response, BoxError>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let inner = self.inner.clone();
        let settings = self.settings.clone();
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let mut held = Held {
                budget: settings.budget.clone(),
                bytes: 0,
            };
            let body = settings.read(body, &mut held).await?;
            let request = Request::from_parts(parts, Full::new(body));
            let response = inner.oneshot(request).await.map_err(Into::into);
            // The bytes are held until the handler has returned.
            drop(held);
            response
        })
    }
}
