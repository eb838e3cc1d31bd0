//! Times `plain::handle`, `plain::parse_with` and `Verifier::verify_signature` on any
//! body files, such as the bodies in Plain's SDK tests; `scripts/time-bodies.sh`
//! runs it next to the Node side on the same files.
//!
//! ```text
//! cargo run --release -p plain-webhooks-benches --example bodies -- [--ms N] FILE...
//! ```
//!
//! Each body is signed with the benches' secret and handled with the replay
//! window off; its version policy is `Exact` when `latest.json` reads it
//! that way, else `Any`. Prints one tab-separated line per file: path, bytes,
//! event type, policy, then parse, verify and handle in nanoseconds per call
//! (the median of batches, after a warm-up), then what `handle` answered.
//! A body that does not parse prints the error instead of timings.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use plain_webhooks::{testing, VersionPolicy};
use plain_webhooks_benches::{self as b, plain, Noop, SECRET};

/// Median nanoseconds per call of `f`, over batches of about `ms / 50`
/// milliseconds, after a warm-up of a tenth of `ms`.
fn time<T>(ms: u64, mut f: impl FnMut() -> T) -> f64 {
    let warm = Instant::now() + Duration::from_millis(ms / 10);
    let mut n = 0u64;
    while Instant::now() < warm {
        black_box(f());
        n += 1;
    }
    let batch = (n * 10 / 50).max(1);
    let end = Instant::now() + Duration::from_millis(ms);
    let mut samples = Vec::new();
    while Instant::now() < end || samples.is_empty() {
        let t0 = Instant::now();
        for _ in 0..batch {
            black_box(f());
        }
        samples.push(t0.elapsed().as_nanos() as f64 / batch as f64);
    }
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut ms = 2000;
    if args.first().map(String::as_str) == Some("--ms") {
        match args.get(1).and_then(|v| v.parse().ok()) {
            Some(v) => ms = v,
            None => {
                eprintln!("--ms needs a number of milliseconds");
                return ExitCode::from(2);
            }
        }
        args.drain(..2);
    }
    if args.is_empty() {
        eprintln!("usage: bodies [--ms N] FILE...");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in &args {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                println!("{path}\t-\t-\t-\t-\t-\t-\tcannot read: {e}");
                failed = true;
                continue;
            }
        };
        let exact = plain::parse_with(&bytes, VersionPolicy::Exact);
        let policy = match (&exact, plain::parse_with(&bytes, VersionPolicy::Any)) {
            (Ok(_), _) => VersionPolicy::Exact,
            (Err(_), Ok(_)) => VersionPolicy::Any,
            (Err(_), Err(e)) => {
                let e = e.to_string().replace(['\t', '\n'], " ");
                println!(
                    "{path}\t{}\t-\t-\t-\t-\t-\tdoes not parse: {e}",
                    bytes.len()
                );
                failed = true;
                continue;
            }
        };
        let event_type = plain::parse_with(&bytes, policy)
            .map(|w| w.event_type().to_string())
            .unwrap_or_default();
        let signature = testing::sign(&bytes, SECRET);
        // As the benches: the bodies' timestamps are old, so no replay window.
        let verifier = b::verifier(policy);
        let received = plain_webhooks::Bytes::from(bytes.clone());
        let outcome = b::block_on(plain::handle(
            &Noop,
            &verifier,
            &plain_webhooks::Dedupe::off(),
            received.clone(),
            &signature,
        ));
        if !outcome.is_success() {
            println!(
                "{path}\t{}\t{event_type}\t{policy:?}\t-\t-\t-\thandle answered {}: {outcome:?}",
                bytes.len(),
                outcome.status()
            );
            failed = true;
            continue;
        }
        let parse = time(ms, || plain::parse_with(black_box(&bytes), policy));
        let verify = time(ms, || {
            verifier.verify_signature(black_box(&bytes), &signature)
        });
        let handle = time(ms, || {
            b::block_on(plain::handle(
                &Noop,
                &verifier,
                &plain_webhooks::Dedupe::off(),
                black_box(received.clone()),
                &signature,
            ))
        });
        println!(
            "{path}\t{}\t{event_type}\t{policy:?}\t{parse:.0}\t{verify:.0}\t{handle:.0}\t{outcome:?}",
            bytes.len()
        );
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
