//! End to end over real HTTP on 127.0.0.1: the axum endpoint with the real
//! latest schema, and Plain's documented `customer.customer_updated` body.

mod common;
// The endpoint's claims settled on cancellation, and the endpoint outside
// axum: modules of this test binary (one link instead of three).
#[path = "e2e/bare_hyper.rs"]
mod bare_hyper;
#[path = "e2e/settle.rs"]
mod settle;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use common::{body_with_id, example_body, SECRET};
use plain_webhooks::axum::Endpoint;
use plain_webhooks::testing::signed_request;
use plain_webhooks_example::plain;
use serde_json::Value;

/// Counts calls per event id, and fails or panics for chosen ids.
#[derive(Clone, Default)]
struct Probe {
    calls: Arc<Mutex<HashMap<String, usize>>>,
    fail: Option<String>,
    panic: Option<String>,
}

impl Probe {
    fn calls(&self) -> HashMap<String, usize> {
        self.calls.lock().expect("not poisoned").clone()
    }

    fn total(&self) -> usize {
        self.calls().values().sum()
    }
}

impl plain::Handler for Probe {
    type Error = String;

    async fn on_customer_updated(
        &self,
        ctx: &plain::Context,
        event: plain::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), String> {
        *self
            .calls
            .lock()
            .expect("not poisoned")
            .entry(ctx.id.as_str().to_owned())
            .or_default() += 1;
        assert!(!event.customer.full_name.is_empty());
        // A little real waiting, so concurrent requests overlap.
        tokio::time::sleep(Duration::from_millis(2)).await;
        if self.panic.as_deref() == Some(ctx.id.as_str()) {
            panic!("the handler has a bug");
        }
        if self.fail.as_deref() == Some(ctx.id.as_str()) {
            return Err("the database is down".into());
        }
        Ok(())
    }
}

/// Serves `probe` on a fresh port; returns the webhook URL.
async fn serve(probe: Probe) -> String {
    let endpoint = Endpoint::new(plain::receiver(probe), common::verifier());
    let app = Router::new().nest("/hooks/plain", endpoint.into_router());
    let addr = common::start(app, |serve| serve).await;
    format!("http://{addr}/hooks/plain")
}

/// POSTs `body` with the headers Plain would send, signed with `secret`,
/// after `edit` had its way with them.
async fn post(
    client: &reqwest::Client,
    url: &str,
    body: Vec<u8>,
    secret: &str,
    edit: impl FnOnce(&mut Vec<(String, String)>),
) -> (u16, String) {
    let mut request = signed_request(body, secret.as_bytes());
    edit(&mut request.headers);
    let mut post = client.post(url);
    for (name, value) in &request.headers {
        post = post.header(name, value);
    }
    let response = post
        .body(request.body)
        .send()
        .await
        .expect("the server answers");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}

fn set_header(headers: &mut [(String, String)], name: &str, value: &str) {
    let h = headers
        .iter_mut()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .expect("the header was sent");
    h.1 = value.to_string();
}

#[tokio::test]
async fn good_signature_runs_the_handler_once() {
    let probe = Probe::default();
    let url = serve(probe.clone()).await;
    let client = reqwest::Client::new();
    let (status, text) = post(&client, &url, example_body(), SECRET, |_| {}).await;
    assert_eq!((status, text.trim()), (200, "handled"));
    let json: Value = serde_json::from_slice(&example_body()).expect("JSON");
    let id = json["id"].as_str().expect("an id");
    assert_eq!(probe.calls(), HashMap::from([(id.to_string(), 1)]));
}

#[tokio::test]
async fn bad_or_missing_signature_is_401_and_no_handler_runs() {
    let probe = Probe::default();
    let url = serve(probe.clone()).await;
    let client = reqwest::Client::new();
    let (status, text) = post(&client, &url, example_body(), "another secret", |_| {}).await;
    assert_eq!(status, 401, "{text}");
    assert!(text.contains("does not match"), "{text}");
    let (status, _) = post(&client, &url, example_body(), SECRET, |h| {
        h.retain(|(n, _)| !n.eq_ignore_ascii_case("Plain-Request-Signature"))
    })
    .await;
    assert_eq!(status, 401);
    // Signed, then changed in transit.
    let mut request = signed_request(example_body(), SECRET.as_bytes());
    request.body.push(b' ');
    let mut req = client.post(&url);
    for (n, v) in &request.headers {
        req = req.header(n, v);
    }
    let response = req.body(request.body).send().await.expect("answers");
    assert_eq!(response.status().as_u16(), 401);
    assert_eq!(probe.total(), 0);
}

#[tokio::test]
async fn oversize_body_is_413() {
    let probe = Probe::default();
    let url = serve(probe.clone()).await;
    let client = reqwest::Client::new();
    // Valid JSON, signed, just over the default 1 MiB.
    let mut body = b"{\"pad\":\"".to_vec();
    body.resize(plain_webhooks::axum::DEFAULT_BODY_LIMIT + 1 - 2, b'a');
    body.extend_from_slice(b"\"}");
    assert_eq!(body.len(), plain_webhooks::axum::DEFAULT_BODY_LIMIT + 1);
    let (status, _) = post(&client, &url, body, SECRET, |_| {}).await;
    assert_eq!(status, 413);
    assert_eq!(probe.total(), 0);
}

#[tokio::test]
async fn handler_error_is_500() {
    let probe = Probe {
        fail: Some("pEv_00000000000000000000000FA1".into()),
        ..Probe::default()
    };
    let url = serve(probe.clone()).await;
    let client = reqwest::Client::new();
    let body = body_with_id("pEv_00000000000000000000000FA1");
    let (status, text) = post(&client, &url, body, SECRET, |_| {}).await;
    assert_eq!((status, text.trim()), (500, "the handler failed"));
    assert_eq!(probe.total(), 1);
}

#[tokio::test]
async fn handler_panic_is_500_and_the_server_keeps_serving() {
    let probe = Probe {
        panic: Some("pEv_0000000000000000000000PAN1".into()),
        ..Probe::default()
    };
    let url = serve(probe.clone()).await;
    let client = reqwest::Client::new();
    let (status, text) = post(
        &client,
        &url,
        body_with_id("pEv_0000000000000000000000PAN1"),
        SECRET,
        |_| {},
    )
    .await;
    assert_eq!((status, text.trim()), (500, "the handler panicked"));
    for i in 0..3 {
        let (status, _) = post(
            &client,
            &url,
            body_with_id(&format!("pEv_{i:026}")),
            SECRET,
            |_| {},
        )
        .await;
        assert_eq!(status, 200);
    }
    assert_eq!(probe.total(), 4);
}

#[tokio::test]
async fn header_and_body_disagreeing_is_400() {
    let probe = Probe::default();
    let url = serve(probe.clone()).await;
    let client = reqwest::Client::new();
    let (status, text) = post(&client, &url, example_body(), SECRET, |h| {
        set_header(h, "Plain-Event-Id", "pEv_01HD450JT0RPBT7RRKS1ZQJYBB")
    })
    .await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("Plain-Event-Id"), "{text}");
    let (status, text) = post(&client, &url, example_body(), SECRET, |h| {
        set_header(h, "Plain-Event-Type", "customer.customer_deleted")
    })
    .await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("Plain-Event-Type"), "{text}");
    assert_eq!(probe.total(), 0);
}

#[tokio::test]
async fn invalid_json_and_invalid_payload_are_400() {
    let probe = Probe::default();
    let url = serve(probe.clone()).await;
    let client = reqwest::Client::new();
    let (status, _) = post(&client, &url, b"{\"id\": ".to_vec(), SECRET, |_| {}).await;
    assert_eq!(status, 400);
    let mut json: Value = serde_json::from_slice(&example_body()).expect("JSON");
    json["payload"]["customer"]["email"]["email"] = 42.into();
    let (status, text) = post(
        &client,
        &url,
        serde_json::to_vec(&json).expect("JSON"),
        SECRET,
        |_| {},
    )
    .await;
    assert_eq!(status, 400, "{text}");
    assert!(
        text.contains("customer.customer_updated: payload.customer.email.email"),
        "{text}"
    );
    assert_eq!(probe.total(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn five_hundred_concurrent_deliveries_are_each_handled_once() {
    let probe = Probe::default();
    let url = serve(probe.clone()).await;
    // Eight clients, each with its own connection pool: several connections.
    let clients: Vec<reqwest::Client> = (0..8).map(|_| reqwest::Client::new()).collect();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..500usize {
        let client = clients[i % clients.len()].clone();
        let url = url.clone();
        tasks.spawn(async move {
            let id = format!("pEv_{i:026}");
            post(&client, &url, body_with_id(&id), SECRET, |_| {})
                .await
                .0
        });
    }
    let mut statuses = Vec::new();
    while let Some(status) = tasks.join_next().await {
        statuses.push(status.expect("the task ran"));
    }
    assert_eq!(statuses.len(), 500);
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let calls = probe.calls();
    assert_eq!(calls.len(), 500, "every delivery reached the handler");
    assert!(calls.values().all(|n| *n == 1), "none twice");
}
