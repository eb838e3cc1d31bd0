//! Runs one of the benches' approaches in a loop, for a profiler:
//!
//! ```text
//! cargo build --release -p plain-webhooks-benches --example profile
//! valgrind --tool=callgrind target/release/examples/profile f large 2000
//! ```
//!
//! Approaches are the bench letters (a parse, b floor, c Value, d untagged,
//! e verify, f handle; e and f with one `Verifier` built beforehand, as the
//! benches);
//! bodies are `small` and `large`.

use std::hint::black_box;
use std::process::ExitCode;

use plain_webhooks_benches::{self as b, plain, untagged, Noop};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [approach, body, iterations] = args.as_slice() else {
        eprintln!("usage: profile <a|b|c|d|e|f> <small|large> <iterations>");
        return ExitCode::from(2);
    };
    let body = match body.as_str() {
        "small" => b::small(),
        "large" => b::large(),
        other => Err(format!("no body named {other}")),
    };
    let body = match body.and_then(|body| b::check(&body).map(|()| body)) {
        Ok(body) => body,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let Ok(iterations) = iterations.parse::<u64>() else {
        eprintln!("iterations must be a number");
        return ExitCode::from(2);
    };
    let bytes = body.bytes.as_slice();
    let verifier = body.verifier();
    let received = plain_webhooks::Bytes::from(body.bytes.clone());
    for _ in 0..iterations {
        let ok = match approach.as_str() {
            "a" => plain::parse_with(black_box(bytes), body.policy).is_ok(),
            "b" => b::parse_known(black_box(&body)).is_ok(),
            "c" => serde_json::from_slice::<serde_json::Value>(black_box(bytes)).is_ok(),
            "d" => serde_json::from_slice::<untagged::Webhook>(black_box(bytes)).is_ok(),
            "e" => verifier
                .verify_signature(black_box(bytes), &body.signature)
                .is_ok(),
            "f" => b::block_on(plain::handle(
                &Noop,
                &verifier,
                &plain_webhooks::Dedupe::off(),
                black_box(received.clone()),
                &body.signature,
            ))
            .is_success(),
            other => {
                eprintln!("no approach {other}");
                return ExitCode::from(2);
            }
        };
        if !ok {
            eprintln!("approach {approach} failed on the {} body", body.name);
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
