//! A dedupe claim is settled whatever happens to the future holding it: a
//! handler cut by its timeout, or by a client that goes away, releases its
//! claim at once, so that the retry runs it (before, the claim held for
//! the whole 5-minute lease and every retry got 409); one default for
//! deduplication wherever a delivery is handled.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::{body_with_id, exchange, signed_post, status_of, SECRET};
use axum::Router;
use plain_webhooks::axum::Endpoint;
use plain_webhooks::{testing, Dedupe, Outcome};
use plain_webhooks_example::plain;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

/// Records each start and each effect per event id; the first run of an
/// id sleeps `first_run` before its effect, later runs none.
#[derive(Clone, Default)]
struct Effects {
    first_run: Duration,
    log: Arc<Mutex<HashMap<String, (usize, usize)>>>,
}

impl Effects {
    fn counts(&self, id: &str) -> (usize, usize) {
        self.log
            .lock()
            .expect("not poisoned")
            .get(id)
            .copied()
            .unwrap_or_default()
    }
}

impl plain::Handler for Effects {
    type Error = std::convert::Infallible;

    async fn on_customer_updated(
        &self,
        ctx: &plain::Context,
        _event: plain::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        let started = {
            let mut log = self.log.lock().expect("not poisoned");
            let entry = log.entry(ctx.id.as_str().to_owned()).or_default();
            entry.0 += 1;
            entry.0
        };
        if started == 1 {
            tokio::time::sleep(self.first_run).await;
        }
        // The effect, with no wait between it and the return: a cut handler
        // has either had its effect and returned, or neither.
        self.log
            .lock()
            .expect("not poisoned")
            .entry(ctx.id.as_str().to_owned())
            .or_default()
            .1 += 1;
        Ok(())
    }
}

async fn start(effects: Effects, handler_timeout: Duration) -> SocketAddr {
    let endpoint = Endpoint::new(plain::receiver(effects), crate::common::verifier())
        .with_handler_timeout(handler_timeout);
    let app = Router::new().nest("/hooks", endpoint.into_router());
    crate::common::start(app, |s| s).await
}

async fn deliver(addr: SocketAddr, id: &str) -> String {
    exchange(addr, &signed_post("/hooks", body_with_id(id), SECRET)).await
}

#[tokio::test]
async fn a_handler_cut_by_its_timeout_releases_its_claim_at_once() {
    let effects = Effects {
        first_run: Duration::from_secs(5),
        ..Effects::default()
    };
    let addr = start(effects.clone(), Duration::from_millis(300)).await;
    let id = "pEv_00000000000000000000000C71";
    let answer = deliver(addr, id).await;
    assert_eq!(status_of(&answer), 503, "{answer}");
    assert!(answer.contains("did not finish within 0.3 s"), "{answer}");
    // Plain's retry: run at once, not 409 for the lease.
    let answer = deliver(addr, id).await;
    assert_eq!(status_of(&answer), 200, "{answer}");
    assert!(answer.ends_with("handled\n"), "{answer}");
    let answer = deliver(addr, id).await;
    assert!(answer.ends_with("handled before\n"), "{answer}");
    assert_eq!(effects.counts(id), (2, 1), "(runs, effects)");
}

#[tokio::test]
async fn a_client_gone_mid_handler_releases_its_claim_at_once() {
    let effects = Effects {
        first_run: Duration::from_secs(5),
        ..Effects::default()
    };
    let addr = start(effects.clone(), Duration::from_secs(30)).await;
    let id = "pEv_00000000000000000000000G01";
    let mut stream = TcpStream::connect(addr).await.expect("connects");
    stream
        .write_all(&signed_post("/hooks", body_with_id(id), SECRET))
        .await
        .expect("sends");
    let waiting = Instant::now();
    while effects.counts(id).0 == 0 {
        assert!(waiting.elapsed() < Duration::from_secs(10), "never started");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    drop(stream);
    // The server sees the close and drops the handler; the retry, a moment
    // later, must run it rather than meet the claim (409).
    let gone = Instant::now();
    let mut answer = deliver(addr, id).await;
    while status_of(&answer) == 409 && gone.elapsed() < Duration::from_secs(3) {
        tokio::time::sleep(Duration::from_millis(50)).await;
        answer = deliver(addr, id).await;
    }
    assert_eq!(status_of(&answer), 200, "{answer}");
    assert!(answer.ends_with("handled\n"), "{answer}");
    assert_eq!(effects.counts(id), (2, 1), "(runs, effects)");
}

/// Deduplication has one default, in memory, wherever a delivery is
/// handled: the router and a module's `handle` with `Dedupe::default()`
/// (before: on through the router, off through `handle`).
#[tokio::test]
async fn deduplication_has_one_default_wherever_deliveries_are_handled() {
    let effects = Effects::default();
    let addr = start(effects.clone(), Duration::from_secs(30)).await;
    let id = "pEv_00000000000000000000000DF1";
    assert!(deliver(addr, id).await.ends_with("handled\n"));
    assert!(deliver(addr, id).await.ends_with("handled before\n"));

    let dedupe = Dedupe::default();
    let body = body_with_id("pEv_00000000000000000000000DF2");
    let signature = testing::sign(&body, SECRET.as_bytes());
    let verifier = crate::common::verifier();
    for expected in ["Handled", "Duplicate"] {
        let outcome = plain::handle(&effects, &verifier, &dedupe, &body[..], &signature).await;
        let got = match outcome {
            Outcome::Handled => "Handled",
            Outcome::Duplicate => "Duplicate",
            other => panic!("{other:?}"),
        };
        assert_eq!(got, expected);
    }
    assert_eq!(effects.counts("pEv_00000000000000000000000DF2"), (1, 1));
}

/// A memory store whose first `failures` marks fail, as a store that is
/// briefly unreachable would.
struct Flaky {
    store: plain_webhooks::dedupe::MemoryStore,
    failures: std::sync::atomic::AtomicUsize,
}

impl plain_webhooks::dedupe::DedupeStore for Flaky {
    fn claim<'a>(
        &'a self,
        id: &'a str,
        token: &'a str,
        lease: Duration,
    ) -> plain_webhooks::dedupe::StoreFuture<'a, plain_webhooks::dedupe::Claim> {
        self.store.claim(id, token, lease)
    }

    fn finish<'a>(
        &'a self,
        id: &'a str,
        token: &'a str,
        retention: Duration,
    ) -> plain_webhooks::dedupe::StoreFuture<'a, ()> {
        let left = self.failures.load(std::sync::atomic::Ordering::SeqCst);
        if left > 0 {
            self.failures
                .store(left - 1, std::sync::atomic::Ordering::SeqCst);
            return Box::pin(async { Err("the store is unreachable".into()) });
        }
        self.store.finish(id, token, retention)
    }

    fn release<'a>(
        &'a self,
        id: &'a str,
        token: &'a str,
    ) -> plain_webhooks::dedupe::StoreFuture<'a, plain_webhooks::dedupe::Released> {
        self.store.release(id, token)
    }
}

/// Everything logged, in memory.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Before, a failed mark was dropped unlogged (`let _ =`), and the claim
/// then held for its lease: the retry got 409. Now the failure is logged,
/// the mark retried in the background until it lands, and the retry gets
/// 200 without running the handler again.
#[tokio::test]
async fn a_failed_mark_is_logged_and_retried_until_it_lands() {
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    // This test's runtime is one thread: the server and the settling task
    // log here.
    let _default = tracing::subscriber::set_default(subscriber);
    let effects = Effects::default();
    let store = Flaky {
        store: plain_webhooks::dedupe::MemoryStore::default(),
        failures: 2.into(),
    };
    let endpoint = Endpoint::new(plain::receiver(effects.clone()), crate::common::verifier())
        .with_dedupe(Dedupe::new(store));
    let app = Router::new().nest("/hooks", endpoint.into_router());
    let addr = crate::common::start(app, |s| s).await;
    let id = "pEv_00000000000000000000000F41";
    assert!(deliver(addr, id).await.ends_with("handled\n"));
    let marked = Instant::now();
    let mut answer = deliver(addr, id).await;
    while status_of(&answer) == 409 && marked.elapsed() < Duration::from_secs(3) {
        tokio::time::sleep(Duration::from_millis(20)).await;
        answer = deliver(addr, id).await;
    }
    assert!(answer.ends_with("handled before\n"), "{answer}");
    assert_eq!(effects.counts(id), (1, 1), "(runs, effects)");
    let logged = String::from_utf8_lossy(&log.0.lock().expect("not poisoned")).into_owned();
    assert!(
        logged.contains("could not mark the event done in the dedupe store")
            && logged.contains("the store is unreachable"),
        "{logged}"
    );
    assert!(
        logged.contains("could mark the event done after all"),
        "{logged}"
    );
}
