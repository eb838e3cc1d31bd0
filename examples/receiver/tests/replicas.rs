//! Two receiver processes sharing one Redis: every delivery sent twice, to
//! different processes, some at once, has its effect exactly once; a handler
//! that fails runs again on the retry and is then done; a claim held by a
//! killed process expires and the retry succeeds.
//!
//! Then the fault test (`replicas/faults.rs`): the same through a proxy
//! that holds and cuts Redis, with cancelled handlers and clients.
//!
//! Needs `PLAIN_WEBHOOKS_REDIS_URL` (`eval "$(bash scripts/redis.sh)"`, as
//! `.ci/run` does): without it, it fails under `CI=true` and is skipped
//! otherwise. This binary is also the receiver it starts (`REPLICA_ROLE`).

mod common;
#[path = "replicas/faults.rs"]
mod faults;

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use common::{body_with_id, exchange, signed_post, status_of, SECRET};
use plain_webhooks::axum::Endpoint;
use plain_webhooks::dedupe::RedisStore;
use plain_webhooks::Dedupe;
use plain_webhooks_example::plain;
use serde_json::Value;

/// The lease the receivers take: short, so that the killed process's
/// claim expires within the test.
const LEASE: Duration = Duration::from_secs(2);

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    if std::env::var("REPLICA_ROLE").as_deref() == Ok("serve") {
        return runtime.block_on(serve());
    }
    if faults::is_receiver() {
        return runtime.block_on(faults::serve());
    }
    let url = match std::env::var("PLAIN_WEBHOOKS_REDIS_URL") {
        Ok(url) if !url.is_empty() => url,
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            eprintln!(
                "replicas: PLAIN_WEBHOOKS_REDIS_URL is not set: this test needs a Redis server; \
                 run `eval \"$(bash scripts/redis.sh)\"` first (.ci/run does)"
            );
            std::process::exit(1);
        }
        _ => {
            eprintln!("replicas: SKIPPED: PLAIN_WEBHOOKS_REDIS_URL is not set");
            return;
        }
    };
    runtime.block_on(drive(&url));
    println!("replicas: ok");
    faults::run(&runtime, &url);
}

/// What a receiver's handler did, as it prints it.
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
        // Ids ending in F fail, and in K hang, on their first attempt.
        if attempt == 1 && id.ends_with('F') {
            return Err("the database is down");
        }
        if attempt == 1 && id.ends_with('K') {
            std::future::pending::<()>().await;
        }
        // Long enough for concurrent duplicates to overlap.
        tokio::time::sleep(Duration::from_millis(50)).await;
        println!("effect {id}");
        Ok(())
    }
}

async fn serve() {
    let url = std::env::var("PLAIN_WEBHOOKS_REDIS_URL").expect("the driver sets it");
    let prefix = std::env::var("REPLICA_PREFIX").expect("the driver sets it");
    let store = RedisStore::connect(&url).await.expect("Redis answers");
    let dedupe = Dedupe::new(store.with_prefix(prefix)).with_lease(LEASE);
    let endpoint = Endpoint::new(plain::receiver(Effects), common::verifier()).with_dedupe(dedupe);
    let app = Router::new().nest("/hooks", endpoint.into_router());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    println!("listening {}", listener.local_addr().expect("bound"));
    plain_webhooks::axum::serve(listener, app)
        .await
        .expect("serves");
}

/// A receiver process (this binary, in the role its environment names),
/// and every line it printed.
struct Replica {
    child: Child,
    addr: SocketAddr,
    printed: Arc<Mutex<Vec<String>>>,
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Replica {
    fn start(url: &str, prefix: &str) -> Self {
        Self::spawn(&[
            ("REPLICA_ROLE", "serve"),
            ("PLAIN_WEBHOOKS_REDIS_URL", url),
            ("REPLICA_PREFIX", prefix),
        ])
    }

    /// This binary with `env`; it prints `listening <address>` once it
    /// listens.
    fn spawn(env: &[(&str, &str)]) -> Self {
        let mut child = Command::new(std::env::current_exe().expect("this binary"))
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the replica starts");
        let printed = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().expect("piped");
        let lines = printed.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(addr) = line.strip_prefix("listening ") {
                    let _ = tx.send(addr.parse::<SocketAddr>().expect("an address"));
                }
                lines.lock().expect("not poisoned").push(line);
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the replica listens");
        Self {
            child,
            addr,
            printed,
        }
    }

    /// The lines it printed that start with `prefix`, without it.
    fn printed(&self, prefix: &str) -> Vec<String> {
        let lines = self.printed.lock().expect("not poisoned");
        lines
            .iter()
            .filter_map(|l| l.strip_prefix(prefix))
            .map(str::to_owned)
            .collect()
    }
}

/// The example body as delivery `attempt` of event `id`.
fn delivery(id: &str, attempt: u64) -> Vec<u8> {
    let mut json: Value = serde_json::from_slice(&body_with_id(id)).expect("JSON");
    json["webhookMetadata"]["webhookDeliveryAttemptNumber"] = attempt.into();
    let body = serde_json::to_vec(&json).expect("serializes");
    signed_post("/hooks", body, SECRET)
}

async fn send(to: SocketAddr, id: &str, attempt: u64) -> u16 {
    status_of(&exchange(to, &delivery(id, attempt)).await)
}

/// How many times each id had its effect, across replicas.
fn effects(replicas: &[&Replica]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for r in replicas {
        for id in r.printed("effect ") {
            *counts.entry(id).or_default() += 1;
        }
    }
    counts
}

async fn drive(url: &str) {
    let prefix = format!(
        "plain-webhooks-test:{}:{}:",
        std::process::id(),
        chrono::Utc::now().timestamp_micros()
    );
    let (a, b) = (Replica::start(url, &prefix), Replica::start(url, &prefix));

    // Twenty events, each delivered to both replicas: ten at once, ten one
    // after the other. A duplicate that meets a running claim gets 409 and
    // is retried, as Plain would.
    let ids: Vec<String> = (0..20).map(|n| format!("pEv_{n:026}")).collect();
    for (n, id) in ids.iter().enumerate() {
        let (first, second) = if n % 2 == 0 {
            (a.addr, b.addr)
        } else {
            (b.addr, a.addr)
        };
        let statuses = if n < 10 {
            let (x, y) = tokio::join!(send(first, id, 1), send(second, id, 1));
            vec![x, y]
        } else {
            vec![send(first, id, 1).await, send(second, id, 2).await]
        };
        for (i, status) in statuses.into_iter().enumerate() {
            let mut status = status;
            let mut attempt = 2;
            while status == 409 {
                tokio::time::sleep(Duration::from_millis(100)).await;
                status = send(if i == 0 { first } else { second }, id, attempt).await;
                attempt += 1;
            }
            assert_eq!(status, 200, "{id}, delivery {i}");
        }
    }
    let counts = effects(&[&a, &b]);
    for id in &ids {
        assert_eq!(counts.get(id), Some(&1), "{id}: {counts:?}");
    }
    assert!(
        !a.printed("started ").is_empty() && !b.printed("started ").is_empty(),
        "both replicas handled some"
    );

    // Fails on attempt 1 (500), runs again on attempt 2 elsewhere, then is
    // done.
    let failing = "pEv_0000000000000000000000000F";
    assert_eq!(send(a.addr, failing, 1).await, 500);
    assert_eq!(send(b.addr, failing, 2).await, 200);
    assert_eq!(send(a.addr, failing, 3).await, 200);
    let counts = effects(&[&a, &b]);
    assert_eq!(counts.get(failing), Some(&1));
    let started = [a.printed("started "), b.printed("started ")].concat();
    assert_eq!(started.iter().filter(|l| l.contains(failing)).count(), 2);

    // Hangs on attempt 1 in a replica that is then killed: its claim holds
    // until the lease expires, then the retry runs.
    let killed = "pEv_0000000000000000000000000K";
    let mut c = Replica::start(url, &prefix);
    let hanging = tokio::spawn(send(c.addr, killed, 1));
    let waiting = Instant::now();
    while c.printed("started ").is_empty() {
        assert!(
            waiting.elapsed() < Duration::from_secs(10),
            "the handler never started"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    c.child.kill().expect("killed");
    let _ = c.child.wait();
    let at = Instant::now();
    assert_ne!(hanging.await.expect("the client ran"), 200);
    assert_eq!(send(b.addr, killed, 2).await, 409, "the lease still holds");
    tokio::time::sleep(LEASE.saturating_sub(at.elapsed()) + Duration::from_millis(300)).await;
    assert_eq!(send(b.addr, killed, 3).await, 200);
    assert_eq!(send(a.addr, killed, 4).await, 200);
    assert_eq!(effects(&[&a, &b, &c]).get(killed), Some(&1));
}
