//! What the receiver logs for requests nobody signed: no header values, and
//! a bounded number of lines a second however many arrive.
//!
//! A test file of its own: it installs the process's tracing subscriber.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use common::{body_with_id, exchange, signed_post, status_of, SECRET};
use plain_webhooks::axum::{Endpoint, DEFAULT_REJECTION_LOGS_PER_SECOND};
use plain_webhooks_example::{plain, Example};

/// Everything logged, in memory.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn take(&self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut *self.0.lock().expect("not poisoned")))
            .into_owned()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn header_values_stay_out_of_the_log_and_floods_are_capped() {
    let log = Captured::default();
    let writer = log.clone();
    tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .init();
    let endpoint = Endpoint::new(plain::receiver(Example), common::verifier());
    let app = Router::new().nest("/hooks", endpoint.into_router());
    let addr = common::start(app, |s| s).await;

    // A 300 KB Plain-Event-Id, on a signed body and on a forged one.
    let huge = "Q".repeat(300 * 1024);
    for secret in [SECRET, "forged"] {
        let request = signed_post(
            "/hooks",
            body_with_id("pEv_00000000000000000000000001"),
            secret,
        );
        let text = String::from_utf8(request).expect("ASCII");
        let request = text.replacen(
            "Plain-Event-Id: pEv_00000000000000000000000001",
            &format!("Plain-Event-Id: {huge}"),
            1,
        );
        let answer = exchange(addr, request.as_bytes()).await;
        let expected = if secret == SECRET { 400 } else { 401 };
        assert_eq!(
            status_of(&answer),
            expected,
            "{}",
            &answer[..answer.len().min(300)]
        );
    }
    let logged = log.take();
    assert!(logged.contains("rejected"), "{logged}");
    assert!(!logged.contains(&huge[..32]), "a header value was logged");
    assert!(logged.len() < 4096, "{} bytes logged", logged.len());

    // A flood of forged requests: at most the budget each second, plus one
    // line a second counting the rest.
    let started = Instant::now();
    let mut flood = tokio::task::JoinSet::new();
    for client in 0..8 {
        flood.spawn(async move {
            for n in 0..250 {
                let body = body_with_id(&format!("pEv_{:026}", client * 1000 + n));
                let answer = exchange(addr, &signed_post("/hooks", body, "forged")).await;
                assert_eq!(status_of(&answer), 401);
            }
        });
    }
    flood.join_all().await;
    let seconds = started.elapsed().as_secs() + 1;
    // One more, in a new second, to log the count of the last one.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(
        status_of(
            &exchange(
                addr,
                &signed_post(
                    "/hooks",
                    body_with_id("pEv_00000000000000000000000002"),
                    "forged"
                )
            )
            .await
        ),
        401
    );
    let logged = log.take();
    let lines = logged.lines().filter(|l| l.contains(" WARN ")).count() as u64;
    let budget = u64::from(DEFAULT_REJECTION_LOGS_PER_SECOND) + 1;
    assert!(
        lines <= budget * (seconds + 2),
        "{lines} WARN lines for 2,001 rejections in {seconds} s"
    );
    assert!(logged.contains("rejections were not logged"), "{logged}");
}
