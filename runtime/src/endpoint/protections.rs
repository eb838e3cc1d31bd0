//! The default stack of protections, as one layer with its settings.

use std::time::Duration;

use tower::limit::{ConcurrencyLimit, ConcurrencyLimitLayer};
use tower::load_shed::{LoadShed, LoadShedLayer};
use tower::{Layer, ServiceBuilder};
use tower_http::limit::{RequestBodyLimit, RequestBodyLimitLayer};

use super::{
    BodyBudget, BodyBudgetLayer, Refusals, RefusalsLayer, DEFAULT_BODY_LIMIT,
    DEFAULT_BODY_RATE_GRACE, DEFAULT_BODY_TIMEOUT, DEFAULT_BUFFER_LIMIT, DEFAULT_CONCURRENCY_LIMIT,
    DEFAULT_MIN_BODY_RATE, DEFAULT_REJECTION_LOGS_PER_SECOND,
};

/// The protections [`crate::axum::router`] applies, as one
/// [`tower::Layer`]; see the [module](super) for each layer, and build
/// your own stack from them to change more than these settings.
///
/// | setting | default | over it |
/// |---|---|---|
/// | body size | [`DEFAULT_BODY_LIMIT`] (1 MiB) | 413 |
/// | body arrival | [`DEFAULT_BODY_TIMEOUT`] (10 s) | 408 |
/// | body rate | [`DEFAULT_MIN_BODY_RATE`] (1,024 bytes a second, averaged) after [`DEFAULT_BODY_RATE_GRACE`] (2 s) | 408 |
/// | body bytes held at once, as they arrive | [`DEFAULT_BUFFER_LIMIT`] (16 MiB) | 503 |
/// | deliveries in flight, once their body is in | [`DEFAULT_CONCURRENCY_LIMIT`] (256) | 503 |
/// | refusals logged | [`DEFAULT_REJECTION_LOGS_PER_SECOND`] (10 a second) | counted, not logged |
///
/// Each service it makes has its own budget, limit and log cap, shared by
/// that service's clones.
#[derive(Clone, Debug)]
pub struct Protections {
    body_limit: usize,
    body_timeout: Duration,
    min_body_rate: u32,
    body_rate_grace: Duration,
    buffer_limit: usize,
    concurrency_limit: usize,
    rejection_logs_per_second: u32,
}

impl Default for Protections {
    fn default() -> Self {
        Self {
            body_limit: DEFAULT_BODY_LIMIT,
            body_timeout: DEFAULT_BODY_TIMEOUT,
            min_body_rate: DEFAULT_MIN_BODY_RATE,
            body_rate_grace: DEFAULT_BODY_RATE_GRACE,
            buffer_limit: DEFAULT_BUFFER_LIMIT,
            concurrency_limit: DEFAULT_CONCURRENCY_LIMIT,
            rejection_logs_per_second: DEFAULT_REJECTION_LOGS_PER_SECOND,
        }
    }
}

impl Protections {
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

    /// Sets the minimum rate of a body's bytes, averaged from its start,
    /// once `grace` has passed (0 for none); slower ones get 408.
    pub fn with_min_body_rate(mut self, bytes_per_second: u32, grace: Duration) -> Self {
        self.min_body_rate = bytes_per_second;
        self.body_rate_grace = grace;
        self
    }

    /// Sets how many body bytes may be held at once across requests; a
    /// request whose bytes would go over gets 503. Never less than the body
    /// limit.
    pub fn with_buffer_limit(mut self, bytes: usize) -> Self {
        self.buffer_limit = bytes;
        self
    }

    /// Sets how many deliveries may be in flight at once, from a complete
    /// body to the handler's return; more get 503.
    pub fn with_concurrency_limit(mut self, deliveries: usize) -> Self {
        self.concurrency_limit = deliveries;
        self
    }

    /// Sets how many refused requests are logged each second; the rest are
    /// counted in one line.
    pub fn with_rejection_logs_per_second(mut self, lines: u32) -> Self {
        self.rejection_logs_per_second = lines;
        self
    }
}

type Stacked<S> = Refusals<RequestBodyLimit<BodyBudget<LoadShed<ConcurrencyLimit<S>>>>>;

impl<S> Layer<S> for Protections {
    type Service = Stacked<S>;

    fn layer(&self, inner: S) -> Stacked<S> {
        ServiceBuilder::new()
            .layer(RefusalsLayer::new(self.rejection_logs_per_second))
            .layer(RequestBodyLimitLayer::new(self.body_limit))
            .layer(
                BodyBudgetLayer::new(self.buffer_limit.max(self.body_limit))
                    .with_timeout(self.body_timeout)
                    .with_min_rate(self.min_body_rate, self.body_rate_grace),
            )
            .layer(LoadShedLayer::new())
            .layer(ConcurrencyLimitLayer::new(self.concurrency_limit))
            .service(inner)
    }
}
