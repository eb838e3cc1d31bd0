//! Issue 6's runtime benches, on a small and a large body, in one run so
//! their ratios compare like with like:
//! a `plain::parse_with`, b the floor (payload type known in advance),
//! c `serde_json::Value`, d typify's untagged enums, e
//! `Verifier::verify_signature`, f `plain::handle` (verify + parse +
//! dispatch to a no-op handler), given the body as the `Bytes` a web
//! framework hands over. e and f share one `Verifier`, built once (it keys
//! HMAC with the secret then), as a server keeps it.
//!
//! `cargo bench -p plain-webhooks-benches`; `scripts/bench.sh` also prints
//! the ratios.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use plain_webhooks::Verifier;
use plain_webhooks_benches::{self as b, plain, untagged, Noop};

fn handle(
    received: &plain_webhooks::Bytes,
    body: &b::Body,
    verifier: &Verifier,
) -> plain_webhooks::Outcome<std::convert::Infallible> {
    b::block_on(plain::handle(
        &Noop,
        verifier,
        &plain_webhooks::Dedupe::off(),
        black_box(received.clone()),
        &body.signature,
    ))
}

fn webhooks(c: &mut Criterion) {
    let bodies = b::bodies().unwrap_or_else(|e| panic!("bench bodies: {e}"));
    // Fail before timing anything if an approach does not read a body.
    for body in &bodies {
        if let Err(e) = b::check(body) {
            panic!("{e}");
        }
    }

    for body in &bodies {
        let mut group = c.benchmark_group(body.name);
        group.throughput(Throughput::BytesDecimal(body.bytes.len() as u64));
        let bytes = body.bytes.as_slice();
        let verifier = body.verifier();
        let received = plain_webhooks::Bytes::from(body.bytes.clone());

        group.bench_function("a_parse", |bench| {
            bench.iter(|| plain::parse_with(black_box(bytes), body.policy))
        });
        group.bench_function("b_floor", |bench| {
            bench.iter(|| b::parse_known(black_box(body)))
        });
        group.bench_function("c_value", |bench| {
            bench.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(bytes)))
        });
        group.bench_function("d_untagged", |bench| {
            bench.iter(|| serde_json::from_slice::<untagged::Webhook>(black_box(bytes)))
        });
        group.bench_function("e_verify", |bench| {
            bench.iter(|| verifier.verify_signature(black_box(bytes), &body.signature))
        });
        group.bench_function("f_handle", |bench| {
            bench.iter(|| handle(&received, body, &verifier))
        });
        group.finish();
    }
}

criterion_group!(benches, webhooks);
criterion_main!(benches);
