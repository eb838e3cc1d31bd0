//! Exactly-once across processes and faults: two receiver processes share a
//! real Redis through a TCP proxy this test controls. 200 events, each
//! delivered at least twice through both receivers (retried, as Plain
//! does, until answered 200), while the test:
//!
//! - holds Redis's traffic (a paused Redis): deliveries get 503 within a
//!   second, and the claims that land late are released (no ghost claim);
//! - cuts Redis off (connections closed, new ones refused): 503 within a
//!   second, never 200; handlers that were running mark their events done
//!   once Redis is back;
//! - cuts handlers with their timeout, and with clients that disconnect;
//! - holds Redis's traffic while handlers return, so that `finish` is in
//!   flight when the handler timeout passes;
//! - kills a third receiver mid-handler: its claim expires with the lease.
//!
//! Once retries settle, every event had its effect exactly once; the counts
//! are printed. Run by `replicas.rs` (its binary is also the receivers,
//! `FAULTS_ROLE`), with the same Redis.

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::{body_with_id, exchange, signed_post, status_of, SECRET};
use crate::Replica;
use axum::Router;
use plain_webhooks::axum::Endpoint;
use plain_webhooks::dedupe::RedisStore;
use plain_webhooks::Dedupe;
use plain_webhooks_example::plain;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// The receivers' dedupe lease: short, so that the killed receiver's claim
/// expires within the test.
const LEASE: Duration = Duration::from_secs(4);

/// The receivers' handler timeout.
const HANDLER_TIMEOUT: Duration = Duration::from_secs(1);

/// What the issue asks of a delivery while Redis is unreachable.
const UNREACHABLE_ANSWER_WITHIN: Duration = Duration::from_secs(1);

/// Runs the fault test against the Redis server at `url`.
pub fn run(runtime: &tokio::runtime::Runtime, url: &str) {
    let started = Instant::now();
    runtime.block_on(drive(url));
    println!("faults: ok in {:.1} s", started.elapsed().as_secs_f32());
}

/// Whether this process is one of the fault test's receivers.
pub fn is_receiver() -> bool {
    std::env::var("FAULTS_ROLE").as_deref() == Ok("serve")
}

// ---- The receiver ----

/// Prints `started <id> <attempt>` and, as its last step with no wait
/// before the return, `effect <id>`. On attempt 1, by the id's last
/// character: `S` sleeps past the handler timeout, `D` sleeps 1 s (its
/// client goes away), `K` hangs (its receiver is killed), `T` returns just
/// before the timeout (while Redis is held), `W` takes 300 ms (while Redis
/// is cut off).
struct Effects;

impl plain::Handler for Effects {
    type Error = &'static str;

    async fn on_customer_updated(
        &self,
        ctx: &plain::Context,
        _event: plain::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        let id = ctx.id.as_str();
        let attempt = ctx.webhook_metadata.webhook_delivery_attempt_number.get();
        println!("started {id} {attempt}");
        let wait = match (attempt, id.chars().last()) {
            (1, Some('S')) => HANDLER_TIMEOUT + Duration::from_millis(500),
            (1, Some('D')) => Duration::from_secs(1),
            (1, Some('K')) => Duration::from_secs(3600),
            (1, Some('T')) => HANDLER_TIMEOUT - Duration::from_millis(150),
            (1, Some('W')) => Duration::from_millis(300),
            _ => Duration::from_millis(20),
        };
        tokio::time::sleep(wait).await;
        println!("effect {id}");
        Ok(())
    }
}

/// A receiver of the fault test.
pub async fn serve() {
    let url = std::env::var("PLAIN_WEBHOOKS_REDIS_URL").expect("the driver sets it");
    let prefix = std::env::var("FAULTS_PREFIX").expect("the driver sets it");
    let store = RedisStore::connect(&url).await.expect("Redis answers");
    let dedupe = Dedupe::new(store.with_prefix(prefix)).with_lease(LEASE);
    let endpoint = Endpoint::new(plain::receiver(Effects), crate::common::verifier())
        .with_dedupe(dedupe)
        .with_handler_timeout(HANDLER_TIMEOUT);
    let app = Router::new().nest("/hooks", endpoint.into_router());
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
    println!("listening {}", listener.local_addr().expect("bound"));
    plain_webhooks::axum::serve(listener, app)
        .await
        .expect("serves");
}

/// A receiver of the fault test, through `proxied` Redis.
fn receiver(proxied: &str, prefix: &str) -> Replica {
    Replica::spawn(&[
        ("FAULTS_ROLE", "serve"),
        ("PLAIN_WEBHOOKS_REDIS_URL", proxied),
        ("FAULTS_PREFIX", prefix),
    ])
}

// ---- The proxy between the receivers and Redis ----

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Bytes flow both ways.
    Open,
    /// Bytes are held, both ways, and flow again when opened: a Redis that
    /// is paused (or a network that stalls).
    Held,
    /// Every connection is closed and new ones are closed at once: a Redis
    /// that is down.
    Cut,
}

struct Proxy {
    addr: SocketAddr,
    mode: watch::Sender<Mode>,
}

impl Proxy {
    async fn start(upstream: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let addr = listener.local_addr().expect("bound");
        let (mode, _) = watch::channel(Mode::Open);
        let watcher = mode.clone();
        tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else {
                    continue;
                };
                if *watcher.borrow() == Mode::Cut {
                    continue;
                }
                let Ok(server) = TcpStream::connect(upstream).await else {
                    continue;
                };
                let (client_read, client_write) = client.into_split();
                let (server_read, server_write) = server.into_split();
                tokio::spawn(pump(client_read, server_write, watcher.subscribe()));
                tokio::spawn(pump(server_read, client_write, watcher.subscribe()));
            }
        });
        Self { addr, mode }
    }

    fn set(&self, mode: Mode) {
        self.mode.send_replace(mode);
    }
}

/// Copies `from` to `to` while open, holds what it reads while held, and
/// drops both (closing the connection) when cut.
async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    mut mode: watch::Receiver<Mode>,
) {
    let mut pending = Vec::new();
    let mut buf = vec![0u8; 16 * 1024];
    let mut eof = false;
    loop {
        let now = *mode.borrow_and_update();
        if now == Mode::Cut {
            return;
        }
        if now == Mode::Open && !pending.is_empty() {
            if to.write_all(&pending).await.is_err() {
                return;
            }
            pending.clear();
        }
        if eof && pending.is_empty() {
            let _ = to.shutdown().await;
            return;
        }
        tokio::select! {
            read = from.read(&mut buf), if !eof => match read {
                Ok(0) | Err(_) => eof = true,
                Ok(n) => pending.extend_from_slice(&buf[..n]),
            },
            changed = mode.changed() => {
                if changed.is_err() {
                    return;
                }
            }
        }
    }
}

// ---- The driver ----

/// Every answer the receivers gave, by status (0: none).
#[derive(Default)]
struct Tally(Mutex<BTreeMap<u16, usize>>);

impl Tally {
    fn add(&self, status: u16) {
        *self
            .0
            .lock()
            .expect("not poisoned")
            .entry(status)
            .or_default() += 1;
    }
}

/// The body of `id`'s delivery `attempt`, signed, as raw HTTP/1.1.
fn delivery(id: &str, attempt: u64) -> Vec<u8> {
    let mut json: Value = serde_json::from_slice(&body_with_id(id)).expect("JSON");
    json["webhookMetadata"]["webhookDeliveryAttemptNumber"] = attempt.into();
    signed_post(
        "/hooks",
        serde_json::to_vec(&json).expect("serializes"),
        SECRET,
    )
}

/// The attempt numbers each id has been sent with, as Plain counts them.
#[derive(Default)]
struct Attempts(Mutex<HashMap<String, u64>>);

impl Attempts {
    fn next(&self, id: &str) -> u64 {
        let mut all = self.0.lock().expect("not poisoned");
        let n = all.entry(id.to_owned()).or_default();
        *n += 1;
        *n
    }
}

struct Driver {
    tally: Tally,
    attempts: Attempts,
}

impl Driver {
    /// One delivery of `id` to `to`: its status and how long it took.
    async fn send(&self, to: SocketAddr, id: &str) -> (u16, Duration) {
        let request = delivery(id, self.attempts.next(id));
        let started = Instant::now();
        let status = status_of(&exchange(to, &request).await);
        self.tally.add(status);
        (status, started.elapsed())
    }

    /// Delivers `id` to `to` until it is answered 200, pausing between
    /// attempts as Plain would (shorter): how many attempts it took.
    async fn until_ok(&self, to: SocketAddr, id: &str) -> usize {
        let started = Instant::now();
        let mut tries = 0;
        loop {
            tries += 1;
            let (status, _) = self.send(to, id).await;
            if status == 200 {
                return tries;
            }
            assert!(
                started.elapsed() < LEASE * 4,
                "{id} was still answered {status} after {tries} attempts"
            );
            tokio::time::sleep(Duration::from_millis(100 * tries.min(5) as u64)).await;
        }
    }

    /// Deliveries of `ids` (and of `done`, handled before) sent while Redis
    /// is unreachable: each must be answered 503 within a second. The
    /// slowest answer.
    async fn while_unreachable(
        self: &Arc<Self>,
        to: [SocketAddr; 2],
        ids: &[String],
    ) -> (usize, Duration) {
        let mut all = tokio::task::JoinSet::new();
        for (n, id) in ids.iter().enumerate() {
            let (driver, id, to) = (self.clone(), id.clone(), to[n % 2]);
            all.spawn(async move { (id.clone(), driver.send(to, &id).await) });
        }
        let mut slowest = Duration::ZERO;
        let mut count = 0;
        while let Some(done) = all.join_next().await {
            let (id, (status, took)) = done.expect("the client ran");
            assert_eq!(status, 503, "{id} while Redis was unreachable");
            assert!(
                took < UNREACHABLE_ANSWER_WITHIN,
                "{id} was answered after {took:?} while Redis was unreachable"
            );
            slowest = slowest.max(took);
            count += 1;
        }
        (count, slowest)
    }
}

fn ids(kind: char, range: std::ops::Range<usize>) -> Vec<String> {
    range
        .map(|n| format!("pEv_{n:025}{kind}"))
        .collect::<Vec<_>>()
}

/// Runs `f` on each id, `width` at a time.
async fn each<F, Fut>(ids: &[String], width: usize, f: F)
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let mut running = tokio::task::JoinSet::new();
    for id in ids {
        if running.len() >= width {
            running.join_next().await.expect("running").expect("ran");
        }
        running.spawn(f(id.clone()));
    }
    while let Some(done) = running.join_next().await {
        done.expect("ran");
    }
}

async fn drive(url: &str) {
    let upstream: SocketAddr = url
        .trim_start_matches("redis://")
        .trim_end_matches('/')
        .parse()
        .expect("PLAIN_WEBHOOKS_REDIS_URL is redis://host:port/");
    let proxy = Proxy::start(upstream).await;
    let proxied = format!("redis://{}/", proxy.addr);
    let prefix = format!(
        "plain-webhooks-faults:{}:{}:",
        std::process::id(),
        chrono::Utc::now().timestamp_micros()
    );
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(|| receiver(&proxied, &prefix));
        let b = s.spawn(|| receiver(&proxied, &prefix));
        (a.join().expect("started"), b.join().expect("started"))
    });
    let to = [a.addr, b.addr];
    let driver = Arc::new(Driver {
        tally: Tally::default(),
        attempts: Attempts::default(),
    });
    let mut all_ids: Vec<String> = Vec::new();

    // 1. 132 events, each to both receivers, half of them at once; 10 cut
    // by the handler timeout on attempt 1, 10 whose client goes away.
    let plain_ids = ids('A', 0..132);
    each(&plain_ids, 16, |id| {
        let driver = driver.clone();
        async move {
            let n: usize = id[4..].trim_end_matches('A').parse().unwrap_or(0);
            if n % 2 == 0 {
                tokio::join!(driver.until_ok(to[0], &id), driver.until_ok(to[1], &id));
            } else {
                driver.until_ok(to[n % 4 / 2], &id).await;
                driver.until_ok(to[1 - n % 4 / 2], &id).await;
            }
        }
    })
    .await;
    all_ids.extend(plain_ids);
    let slow = ids('S', 0..10);
    each(&slow, 10, |id| {
        let driver = driver.clone();
        async move {
            let (status, _) = driver.send(to[0], &id).await;
            assert_eq!(status, 503, "{id}: the handler timeout");
            // At once, not after the lease: the claim was released.
            let (status, _) = driver.send(to[1], &id).await;
            assert_eq!(status, 200, "{id}: the retry after the handler timeout");
        }
    })
    .await;
    all_ids.extend(slow);
    let gone = ids('D', 0..10);
    each(&gone, 10, |id| {
        let driver = driver.clone();
        async move {
            let mut stream = TcpStream::connect(to[0]).await.expect("connects");
            let request = delivery(&id, driver.attempts.next(&id));
            stream.write_all(&request).await.expect("sends");
            tokio::time::sleep(Duration::from_millis(300)).await;
            drop(stream);
            driver.tally.add(0);
            driver.until_ok(to[1], &id).await;
        }
    })
    .await;
    all_ids.extend(gone);

    // 2. Redis held (paused): 503 within a second; once it resumes, the
    // claims that landed late are released, and the retries get 200 at
    // once rather than 409 for the lease.
    let held_ids = ids('G', 0..10);
    proxy.set(Mode::Held);
    let mut unreachable = driver.while_unreachable(to, &held_ids).await;
    let more = driver.while_unreachable(to, &all_ids[..6]).await;
    unreachable = (unreachable.0 + more.0, unreachable.1.max(more.1));
    proxy.set(Mode::Open);
    let resumed = Instant::now();
    each(&held_ids, 10, |id| {
        let driver = driver.clone();
        async move {
            driver.until_ok(to[1], &id).await;
        }
    })
    .await;
    let ghost_free = resumed.elapsed();
    assert!(
        ghost_free < LEASE / 2,
        "the held claims took {ghost_free:?} to clear: ghost claims held until the lease"
    );
    all_ids.extend(held_ids);

    // 3. Redis cut off while handlers run: they answer 200 (they ran), and
    // mark their events done once it is back. Meanwhile, new deliveries
    // and copies of handled ones get 503 within a second, never 200.
    let working = ids('W', 0..8);
    let mut running = tokio::task::JoinSet::new();
    for (n, id) in working.iter().enumerate() {
        let (driver, id) = (driver.clone(), id.clone());
        running.spawn(async move { driver.send(to[n % 2], &id).await.0 });
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    proxy.set(Mode::Cut);
    // Answered 200 unless the claim itself met the cut (a slow machine).
    let mut ran_while_cut = 0;
    while let Some(status) = running.join_next().await {
        ran_while_cut += usize::from(status.expect("ran") == 200);
    }
    assert!(ran_while_cut > 0, "no handler ran across the cut");
    let cut_ids = ids('X', 0..20);
    let cut = driver.while_unreachable(to, &cut_ids).await;
    let more = driver.while_unreachable(to, &all_ids[10..16]).await;
    unreachable = (
        unreachable.0 + cut.0 + more.0,
        unreachable.1.max(cut.1).max(more.1),
    );
    proxy.set(Mode::Open);
    all_ids.extend(working);
    all_ids.extend(cut_ids);

    // 4. Redis held while handlers return just before their timeout: the
    // mark (`finish`) is in flight when the timeout passes. They answer
    // 200, and their events are marked done once Redis resumes.
    let racing = ids('T', 0..6);
    let mut running = tokio::task::JoinSet::new();
    for (n, id) in racing.iter().enumerate() {
        let (driver, id) = (driver.clone(), id.clone());
        running.spawn(async move { driver.send(to[n % 2], &id).await.0 });
    }
    tokio::time::sleep(HANDLER_TIMEOUT - Duration::from_millis(400)).await;
    proxy.set(Mode::Held);
    tokio::time::sleep(Duration::from_millis(900)).await;
    proxy.set(Mode::Open);
    // Answered 200 (before, the timeout cut the mark: 503, and the retry
    // ran the handler again), unless the machine is too slow for the race.
    let mut marked_while_held = 0;
    while let Some(status) = running.join_next().await {
        marked_while_held += usize::from(status.expect("ran") == 200);
    }
    assert!(
        marked_while_held > 0,
        "no handler returned while its mark was held"
    );
    all_ids.extend(racing);

    // 5. A third receiver is killed mid-handler: its claim holds until the
    // lease expires, and then the retry runs.
    let killed = ids('K', 0..4);
    let c = receiver(&proxied, &prefix);
    let mut hanging = tokio::task::JoinSet::new();
    for id in &killed {
        let (driver, id, to) = (driver.clone(), id.clone(), c.addr);
        hanging.spawn(async move { driver.send(to, &id).await.0 });
    }
    let waiting = Instant::now();
    while c.printed("started ").len() < killed.len() {
        assert!(waiting.elapsed() < Duration::from_secs(10), "never started");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let mut c = c;
    c.child.kill().expect("killed");
    let _ = c.child.wait();
    while let Some(status) = hanging.join_next().await {
        assert_ne!(status.expect("ran"), 200);
    }
    each(&killed, 4, |id| {
        let driver = driver.clone();
        async move {
            driver.until_ok(to[0], &id).await;
        }
    })
    .await;
    all_ids.extend(killed);

    // Every event, through both receivers, until each answers 200.
    each(&all_ids, 16, |id| {
        let driver = driver.clone();
        async move {
            driver.until_ok(to[0], &id).await;
            driver.until_ok(to[1], &id).await;
        }
    })
    .await;

    let mut effects: HashMap<String, usize> = HashMap::new();
    for r in [&a, &b, &c] {
        for id in r.printed("effect ") {
            *effects.entry(id).or_default() += 1;
        }
    }
    let once = all_ids
        .iter()
        .filter(|id| effects.get(*id) == Some(&1))
        .count();
    let never: Vec<&String> = all_ids
        .iter()
        .filter(|id| !effects.contains_key(*id))
        .collect();
    let twice: Vec<(&String, usize)> = all_ids
        .iter()
        .filter_map(|id| effects.get(id).filter(|n| **n > 1).map(|n| (id, *n)))
        .collect();
    let tally = driver.tally.0.lock().expect("not poisoned");
    let sent: usize = tally.values().sum();
    println!(
        "faults: {} events, {sent} deliveries (by status, 0 = no answer: {tally:?}); \
         effects: {once} exactly once, {} more than once, {} never",
        all_ids.len(),
        twice.len(),
        never.len()
    );
    println!(
        "faults: while Redis was unreachable, {} deliveries all answered 503, the slowest in {} ms; \
         held claims cleared {} ms after Redis resumed; {ran_while_cut}/8 handlers answered 200 \
         across the cut, {marked_while_held}/6 with their mark held past the handler timeout",
        unreachable.0,
        unreachable.1.as_millis(),
        ghost_free.as_millis()
    );
    assert_eq!(all_ids.len(), 200);
    assert!(twice.is_empty(), "effects more than once: {twice:?}");
    assert!(never.is_empty(), "effects never: {never:?}");
    assert!(
        !a.printed("started ").is_empty() && !b.printed("started ").is_empty(),
        "both receivers handled some"
    );
}
