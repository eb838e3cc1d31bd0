//! Serving a `Router` over HTTP/1.1 with the timeouts and the shutdown a
//! webhook receiver needs, which `axum::serve` does not set.

use std::convert::Infallible;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::time::Duration;

use ::axum::extract::connect_info::{Connected, IntoMakeServiceWithConnectInfo};
use ::axum::extract::ConnectInfo;
use ::axum::middleware::AddExtension;
use ::axum::routing::IntoMakeService;
use ::axum::Router;
use futures_util::FutureExt;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::task::JoinSet;
use tower::util::BoxCloneService;
use tower::Service;

use crate::log::LogBudget;

/// The default time a client has to send a request's headers, and the
/// longest an idle keep-alive connection stays open: 10 s.
pub const DEFAULT_HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// The default time in-flight requests get to finish once shutdown begins:
/// 20 s (container platforms commonly wait 30 s after SIGTERM before
/// SIGKILL).
pub const DEFAULT_DRAIN_TIMEOUT: Duration = Duration::from_secs(20);

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// One connection's service.
type ConnectionService =
    BoxCloneService<http::Request<Incoming>, http::Response<::axum::body::Body>, Infallible>;

/// What [`serve`] serves: a `Router`, or one made into a service with
/// `into_make_service()` or `into_make_service_with_connect_info::<C>()`
/// (so that handlers can take `ConnectInfo<SocketAddr>`).
pub trait Servable: sealed::Sealed + Send + 'static {
    /// The service for a connection from `peer`.
    #[doc(hidden)]
    fn connection(&mut self, peer: SocketAddr) -> ConnectionService;
}

mod sealed {
    pub trait Sealed {}
}

impl sealed::Sealed for Router {}
impl Servable for Router {
    fn connection(&mut self, _peer: SocketAddr) -> ConnectionService {
        BoxCloneService::new(self.clone())
    }
}

impl sealed::Sealed for IntoMakeService<Router> {}
impl Servable for IntoMakeService<Router> {
    fn connection(&mut self, peer: SocketAddr) -> ConnectionService {
        // Its future is ready at once, and infallible.
        match Service::<SocketAddr>::call(self, peer).now_or_never() {
            Some(Ok(router)) => BoxCloneService::new(router),
            _ => unreachable!("IntoMakeService answers at once"),
        }
    }
}

impl<C> sealed::Sealed for IntoMakeServiceWithConnectInfo<Router, C> {}
impl<C> Servable for IntoMakeServiceWithConnectInfo<Router, C>
where
    C: Connected<SocketAddr> + Clone + Send + Sync + 'static,
{
    fn connection(&mut self, peer: SocketAddr) -> ConnectionService {
        let made: Option<Result<AddExtension<Router, ConnectInfo<C>>, Infallible>> =
            Service::<SocketAddr>::call(self, peer).now_or_never();
        match made {
            Some(Ok(service)) => BoxCloneService::new(service),
            _ => unreachable!("IntoMakeServiceWithConnectInfo answers at once"),
        }
    }
}

/// Serves `app` on `listener` over HTTP/1.1 until SIGTERM or SIGINT, then
/// drains: see [`Serve`] for the settings. `.await` it. `app` is a
/// `Router`, or `router.into_make_service_with_connect_info::<SocketAddr>()`.
///
/// ```no_run
/// # async fn run(app: axum::Router) -> std::io::Result<()> {
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:8787").await?;
/// plain_webhooks::axum::serve(listener, app).await
/// # }
/// ```
pub fn serve(listener: TcpListener, app: impl Servable) -> Serve {
    Serve {
        listener,
        app: Box::new(app),
        header_read_timeout: DEFAULT_HEADER_READ_TIMEOUT,
        drain_timeout: DEFAULT_DRAIN_TIMEOUT,
        shutdown: None,
    }
}

/// A server being set up by [`serve`]; `.await` runs it.
///
/// - Headers must arrive within the header read timeout
///   ([`DEFAULT_HEADER_READ_TIMEOUT`]), and a keep-alive connection idle for
///   as long is closed, so slow or idle clients cannot hold connections.
/// - Shutdown begins on SIGTERM or SIGINT (Ctrl-C), or when the future given
///   to [`with_graceful_shutdown`](Self::with_graceful_shutdown) completes:
///   the listener closes, idle connections close, and requests in flight get
///   the drain timeout ([`DEFAULT_DRAIN_TIMEOUT`]) to finish. Connections
///   still open then are dropped with their handlers, unanswered, so a
///   delivery is either handled and answered or not answered at all (and
///   Plain retries it).
/// - A failed `accept` (such as running out of file descriptors) is logged
///   and retried after a short pause rather than ending the server.
pub struct Serve {
    listener: TcpListener,
    app: Box<dyn Servable>,
    header_read_timeout: Duration,
    drain_timeout: Duration,
    shutdown: Option<BoxFuture<()>>,
}

impl fmt::Debug for Serve {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Serve")
            .field("listener", &self.listener)
            .field("header_read_timeout", &self.header_read_timeout)
            .field("drain_timeout", &self.drain_timeout)
            .field("custom_shutdown", &self.shutdown.is_some())
            .finish_non_exhaustive()
    }
}

impl Serve {
    /// Sets how long a client may take to send a request's headers, which
    /// is also how long an idle keep-alive connection stays open.
    pub fn with_header_read_timeout(mut self, timeout: Duration) -> Self {
        self.header_read_timeout = timeout;
        self
    }

    /// Sets how long requests in flight may run once shutdown begins.
    pub fn with_drain_timeout(mut self, timeout: Duration) -> Self {
        self.drain_timeout = timeout;
        self
    }

    /// Begins shutdown when `signal` completes, instead of on SIGTERM or
    /// SIGINT (which are then left to their default action).
    pub fn with_graceful_shutdown(
        mut self,
        signal: impl Future<Output = ()> + Send + 'static,
    ) -> Self {
        self.shutdown = Some(Box::pin(signal));
        self
    }

    /// The address the listener is bound to.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }
}

impl IntoFuture for Serve {
    type Output = io::Result<()>;
    type IntoFuture = BoxFuture<io::Result<()>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(run(self))
    }
}

async fn run(serve: Serve) -> io::Result<()> {
    let Serve {
        listener,
        mut app,
        header_read_timeout,
        drain_timeout,
        shutdown,
    } = serve;
    let mut shutdown = match shutdown {
        Some(signal) => signal,
        None => Box::pin(termination()?),
    };
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(header_read_timeout);
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    let accept_errors = LogBudget::new(1);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    let _ = stream.set_nodelay(true);
                    let service = TowerToHyperService::new(app.connection(peer));
                    let conn = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
                    connections.spawn(async move {
                        // Client resets and header timeouts end here; they
                        // are the client's doing, not news to an operator.
                        if let Err(e) = conn.await {
                            tracing::debug!("connection closed: {e}");
                        }
                    });
                }
                Err(e) => {
                    if accept_errors.allow("accept errors") {
                        tracing::error!("accepting a connection failed: {e}");
                    }
                    // Out of file descriptors: let connections close first.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    drop(listener);
    tracing::info!(
        connections = connections.len(),
        "shutting down: requests in flight have {} s to finish",
        drain_timeout.as_secs_f32()
    );
    if tokio::time::timeout(drain_timeout, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            connections = connections.len(),
            "the drain timeout passed: closing the connections left, their requests unanswered"
        );
        connections.abort_all();
    }
    while connections.join_next().await.is_some() {}
    Ok(())
}

/// Completes on SIGTERM or SIGINT.
#[cfg(unix)]
fn termination() -> io::Result<impl Future<Output = ()> + Send> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    Ok(async move {
        let name = tokio::select! {
            _ = term.recv() => "SIGTERM",
            _ = int.recv() => "SIGINT",
        };
        tracing::info!("{name} received");
    })
}

/// Completes on Ctrl-C.
#[cfg(not(unix))]
fn termination() -> io::Result<impl Future<Output = ()> + Send> {
    Ok(async {
        if tokio::signal::ctrl_c().await.is_ok() {
            tracing::info!("Ctrl-C received");
        } else {
            std::future::pending::<()>().await;
        }
    })
}
