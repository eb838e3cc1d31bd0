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
//!
//! Then the memory a `MemoryStore::default()` (100,000 ids) holds after
//! sequences of claims, measured by a counting allocator: the heap bytes
//! still allocated once the store has run them, against before it existed.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::{Duration, Instant};

use plain_webhooks::dedupe::{DedupeStore, MemoryStore, RedisStore};
use plain_webhooks::{testing, Dedupe, Outcome, Verifier};
use plain_webhooks_benches::{self as b, plain, Noop, SECRET};
use serde_json::Value;

/// The system allocator, counting the bytes it has out.
struct Counting;

static HELD: AtomicIsize = AtomicIsize::new(0);

// SAFETY: every call is passed to `System` unchanged; only a counter is kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        HELD.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        HELD.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The heap bytes a default memory store holds after `claims` claims of
/// distinct ids, each released (or marked done when `done`).
fn memory_after(claims: usize, done: bool) -> f64 {
    let before = HELD.load(Ordering::Relaxed);
    let store = MemoryStore::default();
    let lease = Duration::from_secs(300);
    for n in 0..claims {
        let id = format!("pEv_{n:026}");
        let token = format!("claim:{n:036}");
        let _ = b::block_on(store.claim(&id, &token, lease));
        if done {
            let _ = b::block_on(store.finish(&id, &token, lease));
        } else {
            let _ = b::block_on(store.release(&id, &token));
        }
    }
    let held = HELD.load(Ordering::Relaxed) - before;
    drop(store);
    held as f64 / 1e6
}

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
        Ok::<(), String>(())
    })?;
    println!();
    println!("| `MemoryStore::default()` (100,000 ids) after | MB held |");
    println!("|---|---|");
    for (claims, done) in [
        (100_000, false),
        (400_000, false),
        (100_000, true),
        (400_000, true),
    ] {
        let what = if done { "marked done" } else { "released" };
        println!(
            "| {claims} claims, each {what} | {:.2} |",
            memory_after(claims, done)
        );
    }
    Ok(())
}
