//! What deduplication costs per delivery: `plain::handle` on the small body
//! (Plain's documented `customer.customer_updated`), each delivery a new
//! event id, without deduplication, in memory, and in Redis.
//!
//! ```text
//! eval "$(bash scripts/redis.sh)"
//! cargo run --release -p plain-webhooks-benches --example dedupe -- [N]
//! ```
//!
//! Redis is `$PLAIN_WEBHOOKS_REDIS_URL` (skipped when unset). Each way runs
//! five rounds of N deliveries (default 2,000) one after another on one
//! thread; prints the median microseconds per delivery, as Markdown.

use std::time::Instant;

use plain_webhooks::dedupe::RedisStore;
use plain_webhooks::{testing, Dedupe, Outcome, Verifier};
use plain_webhooks_benches::{self as b, plain, Noop, SECRET};
use serde_json::Value;

/// `n` signed copies of `body`, each with its own event id.
fn deliveries(body: &[u8], round: usize, n: usize) -> Vec<(Vec<u8>, String)> {
    let json: Value = serde_json::from_slice(body).expect("the bench body is JSON");
    (0..n)
        .map(|i| {
            let mut json = json.clone();
            json["id"] = format!("pEv_{:06}{:020}", round, i).into();
            let bytes = serde_json::to_vec(&json).expect("serializes");
            let signature = testing::sign(&bytes, SECRET);
            (bytes, signature)
        })
        .collect()
}

/// Median microseconds per delivery over five rounds.
async fn time(verifier: &Verifier, dedupe: &Dedupe, body: &[u8], n: usize) -> f64 {
    let mut rounds = Vec::new();
    for round in 0..5 {
        let all = deliveries(body, round, n);
        let started = Instant::now();
        for (bytes, signature) in &all {
            let outcome = plain::handle(&Noop, verifier, dedupe, &bytes[..], signature).await;
            assert!(matches!(outcome, Outcome::Handled), "{outcome:?}");
        }
        rounds.push(started.elapsed().as_secs_f64() * 1e6 / n as f64);
    }
    rounds.sort_by(f64::total_cmp);
    rounds[2]
}

fn main() -> Result<(), String> {
    let n: usize = match std::env::args().nth(1) {
        Some(n) => n.parse().map_err(|_| format!("{n:?} is not a count"))?,
        None => 2_000,
    };
    let body = b::small()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let base = body.verifier();
        println!("| deduplication | µs per delivery (median of 5 × {n}) |");
        println!("|---|---|");
        let plain_us = time(&base, &Dedupe::off(), &body.bytes, n).await;
        println!("| none | {plain_us:.1} |");
        let memory = Dedupe::in_memory();
        println!(
            "| in memory | {:.1} |",
            time(&base, &memory, &body.bytes, n).await
        );
        match std::env::var("PLAIN_WEBHOOKS_REDIS_URL") {
            Ok(url) => {
                let prefix = format!("plain-webhooks-bench:{}:", std::process::id());
                let store = RedisStore::connect(&url)
                    .await
                    .map_err(|e| format!("{url}: {e}"))?
                    .with_prefix(prefix);
                let redis = Dedupe::new(store);
                println!(
                    "| Redis on loopback | {:.1} |",
                    time(&base, &redis, &body.bytes, n).await
                );
            }
            Err(_) => println!("| Redis | skipped: PLAIN_WEBHOOKS_REDIS_URL is not set |"),
        }
        Ok(())
    })
}
