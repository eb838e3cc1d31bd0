//! Issue 6's runtime benches, on a small and a large body, in one run so
//! their ratios compare like with like:
//! a `plain::parse_with`, b the floor (payload type known in advance),
//! c `serde_json::Value`, d typify's untagged enums, e `verify_signature`,
//! f `plain::handle` (verify + parse + dispatch to a no-op handler), given
//! the body as the `Bytes` a web framework hands over. e and f take the
//! secret as a `SigningKey` prepared once, as a server keeps it; e_bytes and
//! f_bytes take the raw bytes, which are hashed into a key on every call.
//!
//! `cargo bench -p plain-webhooks-benches`; `scripts/bench.sh` also prints
//! the ratios.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use plain_webhooks_benches::{self as b, plain, untagged, Noop, SECRET};

fn handle(
    received: &plain_webhooks::Bytes,
    body: &b::Body,
    secret: &(impl plain_webhooks::Secret + Sync + ?Sized),
    options: &plain_webhooks::HandleOptions,
) -> plain_webhooks::Outcome<std::convert::Infallible> {
    b::block_on(plain::handle(
        &Noop,
        black_box(received.clone()),
        &body.signature,
        secret,
        options,
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
        let options = body.handle_options();
        let received = plain_webhooks::Bytes::from(body.bytes.clone());
        let key = b::key();

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
            bench.iter(|| plain_webhooks::verify_signature(black_box(bytes), &body.signature, &key))
        });
        group.bench_function("f_handle", |bench| {
            bench.iter(|| handle(&received, body, &key, &options))
        });
        group.bench_function("e_verify_bytes", |bench| {
            bench.iter(|| {
                plain_webhooks::verify_signature(black_box(bytes), &body.signature, SECRET)
            })
        });
        group.bench_function("f_handle_bytes", |bench| {
            bench.iter(|| handle(&received, body, SECRET, &options))
        });
        group.finish();
    }
}

criterion_group!(benches, webhooks);
criterion_main!(benches);
