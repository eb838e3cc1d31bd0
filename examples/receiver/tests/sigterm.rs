//! SIGTERM, as container platforms send it, while handlers run: a handler
//! that finishes within the drain timeout is answered 200; one that does
//! not is cancelled and its delivery left unanswered (Plain retries it),
//! never answered 2xx without having finished.
//!
//! A test file of its own: the signal goes to this whole test process.

mod common;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use common::{body_with_id, exchange, signed_post, status_of, SECRET};
use plain_webhooks::axum::Endpoint;
use plain_webhooks_example::plain;

const QUICK: &str = "pEv_000000000000000000000000Q1";
const STUCK: &str = "pEv_000000000000000000000000S1";

/// Records which deliveries started and finished; `STUCK` takes a minute.
#[derive(Clone, Default)]
struct Recorder {
    started: Arc<Mutex<HashSet<String>>>,
    finished: Arc<Mutex<HashSet<String>>>,
}

impl plain::Handler for Recorder {
    type Error = std::convert::Infallible;

    async fn on_customer_updated(
        &self,
        ctx: &plain::Context,
        _event: plain::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        let id = ctx.id.as_str().to_owned();
        self.started
            .lock()
            .expect("not poisoned")
            .insert(id.clone());
        let delay = if id == STUCK { 60_000 } else { 800 };
        tokio::time::sleep(Duration::from_millis(delay)).await;
        self.finished.lock().expect("not poisoned").insert(id);
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_drains_finishing_handlers_and_answers_no_unfinished_one() {
    let recorder = Recorder::default();
    let endpoint = Endpoint::new(plain::receiver(recorder.clone()), common::verifier());
    let app = Router::new().nest("/hooks", endpoint.into_router());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let addr = listener.local_addr().expect("bound");
    // The default shutdown: SIGTERM or SIGINT.
    let server = tokio::spawn(async move {
        plain_webhooks::axum::serve(listener, app)
            .with_drain_timeout(Duration::from_secs(2))
            .await
    });

    let send = |id: &'static str| {
        tokio::spawn(async move {
            exchange(addr, &signed_post("/hooks", body_with_id(id), SECRET)).await
        })
    };
    let (quick, stuck) = (send(QUICK), send(STUCK));
    let waiting = Instant::now();
    while recorder.started.lock().expect("not poisoned").len() < 2 {
        assert!(
            waiting.elapsed() < Duration::from_secs(10),
            "handlers never started"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    let pid = std::process::id().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let stopped = tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("the server stops within the drain timeout")
        .expect("the server task ran");
    assert!(stopped.is_ok(), "{stopped:?}");

    let quick = quick.await.expect("the client ran");
    assert_eq!(status_of(&quick), 200, "{quick}");
    let stuck = stuck.await.expect("the client ran");
    assert!(
        !(200..300).contains(&status_of(&stuck)),
        "answered 2xx without finishing: {stuck}"
    );
    let finished = recorder.finished.lock().expect("not poisoned").clone();
    assert_eq!(finished, HashSet::from([QUICK.to_string()]));
    // The listener is closed.
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}
