//! The endpoint outside axum: a `tower::Service` over `http::Request`,
//! served by a bare hyper server behind protections composed with
//! `tower::ServiceBuilder`; and `serve` with a router that takes the
//! client's address (`ConnectInfo`).

use std::net::SocketAddr;
use std::time::Duration;

use crate::common::{body_with_id, exchange, signed_post, status_of, SECRET};
use axum::extract::ConnectInfo;
use axum::routing::get;
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use plain_webhooks::endpoint::{BodyBudgetLayer, Endpoint, Protections, RefusalsLayer};
use plain_webhooks_example::{plain, Example};
use tower::Layer;
use tower::ServiceBuilder;

/// Serves `service` with hyper alone on a free loopback port.
async fn hyper_server<S, B>(service: S) -> SocketAddr
where
    S: tower::Service<
            http::Request<hyper::body::Incoming>,
            Response = http::Response<B>,
            Error = std::convert::Infallible,
        > + Clone
        + Send
        + 'static,
    S::Future: Send + 'static,
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let addr = listener.local_addr().expect("bound");
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let service = TowerToHyperService::new(service.clone());
            tokio::spawn(http1::Builder::new().serve_connection(TokioIo::new(stream), service));
        }
    });
    addr
}

#[tokio::test]
async fn the_endpoint_runs_under_a_bare_hyper_server() {
    // The default stack, as the router applies it.
    let endpoint = Endpoint::new(plain::receiver(Example), crate::common::verifier());
    let addr = hyper_server(Protections::default().layer(endpoint)).await;
    let id = "pEv_0000000000000000000000HY01";
    let answer = exchange(addr, &signed_post("/", body_with_id(id), SECRET)).await;
    assert!(answer.ends_with("handled\n"), "{answer}");
    let answer = exchange(addr, &signed_post("/", body_with_id(id), SECRET)).await;
    assert!(answer.ends_with("handled before\n"), "{answer}");
    let answer = exchange(addr, &signed_post("/", body_with_id(id), "forged")).await;
    assert_eq!(status_of(&answer), 401, "{answer}");
    let big = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n";
    assert_eq!(status_of(&exchange(addr, big.as_bytes()).await), 413);

    // Layers of one's own choosing: a small byte budget with a short grace,
    // and the refusals turned into answers.
    let endpoint =
        Endpoint::new(plain::receiver(Example), crate::common::verifier()).without_dedupe();
    let stack = ServiceBuilder::new()
        .layer(RefusalsLayer::new(5))
        .layer(BodyBudgetLayer::new(64 * 1024).with_min_rate(1024, Duration::from_millis(300)))
        .service(endpoint);
    let addr = hyper_server(stack).await;
    for _ in 0..2 {
        let answer = exchange(addr, &signed_post("/", body_with_id(id), SECRET)).await;
        assert!(answer.ends_with("handled\n"), "{answer}");
    }
    // Headers, ten bytes of the body, then nothing: cut after the grace.
    let mut stalled = signed_post("/", body_with_id(id), SECRET);
    let head = stalled
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers end");
    stalled.truncate(head + 4 + 10);
    let started = std::time::Instant::now();
    let answer = exchange(addr, &stalled).await;
    assert_eq!(status_of(&answer), 408, "{answer}");
    assert!(
        answer.contains("slower than 1024 bytes a second"),
        "{answer}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn serve_takes_a_router_with_connect_info() {
    let app = Router::new()
        .nest(
            "/hooks",
            plain_webhooks::axum::router(plain::receiver(Example), crate::common::verifier()),
        )
        .route(
            "/peer",
            get(|ConnectInfo(peer): ConnectInfo<SocketAddr>| async move { peer.ip().to_string() }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let addr = listener.local_addr().expect("bound");
    let server = plain_webhooks::axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(std::future::pending());
    tokio::spawn(std::future::IntoFuture::into_future(server));
    let answer = exchange(
        addr,
        b"GET /peer HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!(answer.ends_with("127.0.0.1"), "{answer}");
    let id = "pEv_0000000000000000000000HY02";
    let answer = exchange(addr, &signed_post("/hooks", body_with_id(id), SECRET)).await;
    assert!(answer.ends_with("handled\n"), "{answer}");
}
