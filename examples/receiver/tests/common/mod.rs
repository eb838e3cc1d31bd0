//! What the receiver's test files share: example bodies, a server on a
//! free loopback port, and raw HTTP/1.1 for clients that misbehave.
// Each test file uses a part of this module.
#![allow(dead_code)]

use std::future::IntoFuture;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use axum::Router;
use plain_webhooks::testing::signed_request;
use plain_webhooks::{Verifier, VersionPolicy};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The secret the tests sign with.
pub const SECRET: &str = "e2e-secret";

/// Plain's documented `customer.customer_updated` example, from the
/// repository's `schemas/plain/examples/`.
pub fn example_body() -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../schemas/plain/examples/customer-updated.unversioned.json");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The example body with another event id, so each delivery is distinct.
pub fn body_with_id(id: &str) -> Vec<u8> {
    let mut json: Value = serde_json::from_slice(&example_body()).expect("the example is JSON");
    json["id"] = id.into();
    serde_json::to_vec(&json).expect("serializes")
}

/// A verifier for [`SECRET`] that takes the documented bodies, which are
/// from 2023 and may be unversioned.
pub fn verifier() -> Verifier {
    Verifier::new(SECRET)
        .expect("a secret")
        .with_tolerance(None)
        .with_version_policy(VersionPolicy::Any)
}

/// Serves `app` on a free loopback port with `plain_webhooks::axum::serve`,
/// set up by `setup`, until the test ends (no signal handling).
pub async fn start(
    app: Router,
    setup: impl FnOnce(plain_webhooks::axum::Serve) -> plain_webhooks::axum::Serve,
) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let addr = listener.local_addr().expect("bound");
    let server = setup(plain_webhooks::axum::serve(listener, app))
        .with_graceful_shutdown(std::future::pending());
    tokio::spawn(server.into_future());
    addr
}

/// A `POST path` of `body` signed with `secret`, as raw HTTP/1.1, with the
/// connection closed after the answer.
pub fn signed_post(path: &str, body: Vec<u8>, secret: &str) -> Vec<u8> {
    let request = signed_request(body, secret.as_bytes());
    let mut raw = format!(
        "POST {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\nContent-Length: {}\r\n",
        request.body.len()
    );
    for (name, value) in &request.headers {
        raw.push_str(&format!("{name}: {value}\r\n"));
    }
    raw.push_str("\r\n");
    let mut raw = raw.into_bytes();
    raw.extend_from_slice(&request.body);
    raw
}

/// Sends `request` on a new connection and reads until the server closes
/// it (or 10 s pass): the raw answer, possibly empty.
pub async fn exchange(addr: SocketAddr, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).await.expect("connects");
    // The server may answer and close before reading all of it.
    let _ = stream.write_all(request).await;
    read_to_close(&mut stream, Duration::from_secs(10)).await
}

/// Everything the server sends until it closes the connection, or until
/// `limit` passes.
pub async fn read_to_close(stream: &mut TcpStream, limit: Duration) -> String {
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(limit, async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => answer.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    String::from_utf8_lossy(&answer).into_owned()
}

/// The status code of a raw HTTP/1.1 answer (0 when there is none).
pub fn status_of(answer: &str) -> u16 {
    answer
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse().ok())
        .unwrap_or(0)
}

/// A valid `customer.customer_updated` body of the revision at `schema`
/// (relative to the workspace), drawn with `seed`.
pub fn customer_updated_sample(schema: &str, seed: u64) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(schema);
    let doc: Value = serde_json::from_slice(&std::fs::read(&path).expect("synced")).expect("JSON");
    plain_webhooks_samples::Samples::new(&doc)
        .expect("samples")
        .valid("customer.customer_updated", seed, 0)
        .expect("a sample")
        .body
}

/// `body` with `webhookMetadata.webhookTargetVersion` set to `version`.
pub fn with_version(body: &[u8], version: &str) -> Vec<u8> {
    let mut json: Value = serde_json::from_slice(body).expect("JSON");
    json["webhookMetadata"]["webhookTargetVersion"] = version.into();
    serde_json::to_vec(&json).expect("serializes")
}
