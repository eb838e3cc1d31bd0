//! The receiver against clients that misbehave: slow headers, idle
//! connections, slow bodies, huge declared bodies, too many at once, and a
//! handler that does not finish. Each must be cut off within its setting
//! while signed deliveries keep getting 200.

mod common;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use common::{body_with_id, exchange, read_to_close, signed_post, status_of, SECRET};
use plain_webhooks::axum::{Endpoint, Protections};
use plain_webhooks_example::plain;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

/// Sleeps `delay` in `on_customer_updated`, then counts the delivery.
#[derive(Clone, Default)]
struct Sleepy {
    delay: Duration,
    finished: Arc<AtomicUsize>,
}

impl plain::Handler for Sleepy {
    type Error = std::convert::Infallible;

    async fn on_customer_updated(
        &self,
        _ctx: &plain::Context,
        _event: plain::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        tokio::time::sleep(self.delay).await;
        self.finished.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }
}

async fn start(
    handler: Sleepy,
    endpoint: impl FnOnce(Endpoint<plain::Receiver<Sleepy>>) -> Endpoint<plain::Receiver<Sleepy>>,
    protections: Protections,
    header_read_timeout: Duration,
) -> SocketAddr {
    let endpoint = endpoint(Endpoint::new(plain::receiver(handler), common::verifier()));
    let app = Router::new().nest("/hooks", endpoint.into_router_with(protections));
    common::start(app, |s| s.with_header_read_timeout(header_read_timeout)).await
}

/// Posts a signed delivery with a fresh id: its status.
async fn deliver(addr: SocketAddr, n: usize) -> u16 {
    let body = body_with_id(&format!("pEv_{n:026}"));
    status_of(&exchange(addr, &signed_post("/hooks", body, SECRET)).await)
}

/// Sends one byte of `bytes` every `pace` until the server closes the
/// connection: how long it stayed open (at most `give_up`).
async fn trickle(addr: SocketAddr, bytes: Vec<u8>, pace: Duration, give_up: Duration) -> Duration {
    let started = Instant::now();
    let mut stream = TcpStream::connect(addr).await.expect("connects");
    for byte in bytes.iter().cycle() {
        if started.elapsed() > give_up || stream.write_all(&[*byte]).await.is_err() {
            break;
        }
        // A closed connection shows as a read of 0 (or a reset) right away.
        let mut peek = [0u8; 1];
        match tokio::time::timeout(pace, stream.peek(&mut peek)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(_)) => {
                // An answer (such as 408): read it to the close.
                read_to_close(&mut stream, give_up).await;
                break;
            }
            Err(_) => {}
        }
    }
    started.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_headers_and_idle_connections_are_cut_off_while_deliveries_get_200() {
    let timeout = Duration::from_secs(1);
    let addr = start(Sleepy::default(), |e| e, Protections::default(), timeout).await;
    let give_up = Duration::from_secs(15);
    // Fifty clients sending their headers at 10 bytes a second, forever.
    let header =
        b"POST /hooks HTTP/1.1\r\nHost: slow\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaa".to_vec();
    let mut slow = tokio::task::JoinSet::new();
    for _ in 0..50 {
        slow.spawn(trickle(
            addr,
            header.clone(),
            Duration::from_millis(100),
            give_up,
        ));
    }
    // One client that asks for keep-alive and then says nothing more.
    let idle = tokio::spawn(async move {
        let mut stream = TcpStream::connect(addr).await.expect("connects");
        let mut request = signed_post(
            "/hooks",
            body_with_id("pEv_00000000000000000000001D1E"),
            SECRET,
        );
        let text = String::from_utf8(request.clone()).unwrap_or_default();
        request = text
            .replacen("Connection: close", "Connection: keep-alive", 1)
            .into_bytes();
        stream.write_all(&request).await.expect("sends");
        let started = Instant::now();
        let answer = read_to_close(&mut stream, give_up).await;
        (status_of(&answer), started.elapsed())
    });
    // Meanwhile, Plain's deliveries.
    for n in 0..20 {
        assert_eq!(
            deliver(addr, n).await,
            200,
            "delivery {n} during the attack"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    while let Some(held) = slow.join_next().await {
        let held = held.expect("the client ran");
        assert!(
            held >= timeout && held < timeout * 4,
            "a slow-header connection was held {held:?}, with a header read timeout of {timeout:?}"
        );
    }
    let (status, held) = idle.await.expect("the client ran");
    assert_eq!(status, 200, "the keep-alive request was handled");
    assert!(
        held < timeout * 4,
        "an idle keep-alive connection was held {held:?}"
    );
}

#[tokio::test]
async fn a_slow_body_gets_408_and_the_next_delivery_200() {
    let addr = start(
        Sleepy::default(),
        |e| e,
        Protections::default().with_body_timeout(Duration::from_secs(1)),
        Duration::from_secs(10),
    )
    .await;
    let mut full = signed_post(
        "/hooks",
        body_with_id("pEv_0000000000000000000000S10W"),
        SECRET,
    );
    let at = full
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers end")
        + 4;
    let started = Instant::now();
    let mut stream = TcpStream::connect(addr).await.expect("connects");
    // The headers and ten bytes of the body, then nothing.
    full.truncate(at + 10);
    stream.write_all(&full).await.expect("sends");
    let answer = read_to_close(&mut stream, Duration::from_secs(15)).await;
    let held = started.elapsed();
    assert_eq!(status_of(&answer), 408, "{answer}");
    assert!(held < Duration::from_secs(4), "held {held:?}");
    assert_eq!(deliver(addr, 1).await, 200);
}

#[tokio::test]
async fn a_declared_body_over_the_limit_gets_413_without_100_continue() {
    let addr = start(
        Sleepy::default(),
        |e| e,
        Protections::default(),
        Duration::from_secs(10),
    )
    .await;
    let request = "POST /hooks HTTP/1.1\r\nHost: big\r\nContent-Length: 100000000\r\n\
                   Expect: 100-continue\r\nPlain-Request-Signature: 00\r\n\r\n";
    let answer = exchange(addr, request.as_bytes()).await;
    assert_eq!(status_of(&answer), 413, "{answer}");
    assert!(!answer.contains("100 Continue"), "{answer}");
    // tower-http's RequestBodyLimit answers it.
    assert!(answer.contains("length limit exceeded"), "{answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_the_limits_requests_get_503() {
    let handler = Sleepy {
        delay: Duration::from_secs(2),
        ..Sleepy::default()
    };
    let finished = handler.finished.clone();
    let addr = start(
        handler,
        |e| e,
        Protections::default().with_concurrency_limit(2),
        Duration::from_secs(10),
    )
    .await;
    let mut all = tokio::task::JoinSet::new();
    for n in 0..6 {
        all.spawn(deliver(addr, n));
    }
    let mut statuses = all.join_all().await;
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 200, 503, 503, 503, 503]);
    assert_eq!(finished.load(Ordering::SeqCst), 2);

    // Bytes held: two bodies of 3 KB fit in 8 KB, a third does not.
    let addr = start(
        Sleepy {
            delay: Duration::from_secs(2),
            ..Sleepy::default()
        },
        |e| e,
        Protections::default()
            .with_body_limit(4096)
            .with_buffer_limit(8192),
        Duration::from_secs(10),
    )
    .await;
    let mut all = tokio::task::JoinSet::new();
    for n in 0..3 {
        all.spawn(async move {
            let mut body = body_with_id(&format!("pEv_{n:026}"));
            // Pad the JSON with spaces to 3 KB: still the same delivery.
            body.resize(3000, b' ');
            status_of(&exchange(addr, &signed_post("/hooks", body, SECRET)).await)
        });
    }
    let mut statuses = all.join_all().await;
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 200, 503]);
}

#[tokio::test]
async fn a_handler_past_its_timeout_is_cancelled_and_gets_503() {
    let handler = Sleepy {
        delay: Duration::from_secs(30),
        ..Sleepy::default()
    };
    let finished = handler.finished.clone();
    let addr = start(
        handler,
        |e| e.with_handler_timeout(Duration::from_millis(300)),
        Protections::default(),
        Duration::from_secs(10),
    )
    .await;
    let answer = exchange(
        addr,
        &signed_post(
            "/hooks",
            body_with_id("pEv_00000000000000000000000A7E"),
            SECRET,
        ),
    )
    .await;
    assert_eq!(status_of(&answer), 503, "{answer}");
    assert!(answer.contains("did not finish within 0.3 s"), "{answer}");
    assert_eq!(
        finished.load(Ordering::SeqCst),
        0,
        "the handler was not cut off"
    );
}

/// A client that declares a body of `declared` bytes and sends one byte
/// every `pace`, reconnecting whenever the server closes on it, until
/// `until`: how many connections it opened, and how many the server
/// answered 408.
async fn slow_body_attacker(
    addr: SocketAddr,
    declared: usize,
    pace: Duration,
    until: Instant,
) -> (usize, usize) {
    let head = format!(
        "POST /hooks HTTP/1.1\r\nHost: attacker\r\nContent-Length: {declared}\r\n\
         Plain-Request-Signature: {}\r\n\r\n",
        "0".repeat(64)
    );
    let (mut opened, mut cut) = (0, 0);
    while Instant::now() < until {
        let Ok(mut stream) = TcpStream::connect(addr).await else {
            tokio::time::sleep(pace).await;
            continue;
        };
        opened += 1;
        if stream.write_all(head.as_bytes()).await.is_err() {
            continue;
        }
        while Instant::now() < until {
            if stream.write_all(b" ").await.is_err() {
                break;
            }
            let mut peek = [0u8; 1];
            match tokio::time::timeout(pace, stream.peek(&mut peek)).await {
                Err(_) => {}
                Ok(Ok(0)) | Ok(Err(_)) => break,
                Ok(Ok(_)) => {
                    let answer = read_to_close(&mut stream, Duration::from_secs(5)).await;
                    cut += usize::from(status_of(&answer) == 408);
                    break;
                }
            }
        }
    }
    (opened, cut)
}

/// Before, 16 unauthenticated connections declaring 1 MiB each and
/// sending a byte a second held the whole 16 MiB budget (reserved at the
/// declared length), and 260 declaring 200 bytes held every slot of the
/// in-flight limit: every delivery got 503. Now bytes are reserved as they
/// arrive, the in-flight limit counts only complete bodies, and the
/// attackers are cut (408) once their rate falls under the minimum after
/// the grace, with the router's defaults.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_body_attack_locks_out_no_delivery() {
    let addr = start(
        Sleepy::default(),
        |e| e,
        Protections::default(),
        Duration::from_secs(10),
    )
    .await;
    let until = Instant::now() + Duration::from_secs(5);
    let pace = Duration::from_millis(250);
    let mut attack = tokio::task::JoinSet::new();
    for _ in 0..16 {
        attack.spawn(slow_body_attacker(addr, 1024 * 1024, pace, until));
    }
    for _ in 0..260 {
        attack.spawn(slow_body_attacker(addr, 200, pace, until));
    }
    // Let the attack take hold, then deliver while it runs.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut statuses = Vec::new();
    let mut n = 0;
    while Instant::now() + Duration::from_millis(500) < until {
        statuses.push(deliver(addr, 1000 + n).await);
        n += 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (mut opened, mut cut) = (0, 0);
    while let Some(done) = attack.join_next().await {
        let (o, c) = done.expect("the attacker ran");
        opened += o;
        cut += c;
    }
    let ok = statuses.iter().filter(|s| **s == 200).count();
    println!(
        "slow-body attack: {opened} attacker connections, {cut} cut with 408; \
         {ok}/{} deliveries answered 200",
        statuses.len()
    );
    assert!(
        statuses.len() >= 10,
        "only {} deliveries sent",
        statuses.len()
    );
    assert_eq!(
        ok,
        statuses.len(),
        "statuses during the attack: {statuses:?}"
    );
    assert!(
        cut >= 276,
        "only {cut} attacker connections were cut with 408"
    );
}
