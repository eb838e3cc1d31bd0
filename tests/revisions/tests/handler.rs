//! `Handler`, `dispatch` and `handle` on real schemas with Plain's
//! documented example, signed.
#![cfg(plain_schemas)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use plain_webhooks::{
    testing, Dispatched, ErrorKind, HandleOptions, Outcome, VerifyOptions, VersionPolicy,
};
use plain_webhooks_revisions::{r_2024_03_12_d6f6823 as v2024, r_latest as latest, SCHEMAS_DIR};

const SECRET: &[u8] = b"secret";

fn example() -> Vec<u8> {
    let path =
        std::path::Path::new(SCHEMAS_DIR).join("../fixtures/customer-updated.unversioned.json");
    std::fs::read(path).expect("fixture")
}

fn options(body: &[u8], policy: VersionPolicy) -> HandleOptions {
    let v: serde_json::Value = serde_json::from_slice(body).expect("JSON");
    let at = v["webhookMetadata"]["webhookDeliveryAttemptTimestamp"]
        .as_str()
        .expect("timestamp");
    let now = chrono::DateTime::parse_from_rfc3339(at)
        .expect("RFC 3339")
        .with_timezone(&chrono::Utc);
    HandleOptions {
        verify: VerifyOptions::new().with_now(now),
        version_policy: policy,
    }
}

/// Records every call; fails on demand.
#[derive(Default)]
struct Recorder {
    calls: Mutex<Vec<String>>,
    spam_by: Mutex<Option<String>>,
    updated: AtomicUsize,
    /// Where each `ctx.body` it saw starts.
    body_at: Mutex<Vec<usize>>,
    fail: bool,
}

#[derive(Debug, PartialEq)]
struct MyError(&'static str);

macro_rules! recorder_for {
    ($m:ident) => {
        impl $m::Handler for Recorder {
            type Error = MyError;

            async fn on_customer_updated(
                &self,
                ctx: &$m::Context,
                ev: $m::CustomerUpdatedPublicEventPayload,
            ) -> Result<(), MyError> {
                self.calls
                    .lock()
                    .unwrap()
                    .push(format!("customer_updated {}", ctx.event_id));
                self.updated.fetch_add(1, Ordering::SeqCst);
                self.body_at
                    .lock()
                    .unwrap()
                    .push(ctx.body.as_ptr() as usize);
                // The actor's type differs between revisions; its JSON does not.
                let by = serde_json::to_value(&ev.customer.marked_as_spam_by).unwrap();
                if by["actorType"] == "user" {
                    *self.spam_by.lock().unwrap() = Some(format!(
                        "{} by {}",
                        ev.customer.full_name,
                        by["userId"].as_str().unwrap()
                    ));
                }
                if self.fail {
                    return Err(MyError("database down"));
                }
                Ok(())
            }

            async fn on_customer_created(
                &self,
                _: &$m::Context,
                _: $m::CustomerCreatedPublicEventPayload,
            ) -> Result<(), MyError> {
                self.calls.lock().unwrap().push("customer_created".into());
                Ok(())
            }

            async fn on_unknown(
                &self,
                _: &$m::Context,
                event_type: String,
                _: Box<plain_webhooks::__private::RawValue>,
            ) -> Result<(), MyError> {
                self.calls
                    .lock()
                    .unwrap()
                    .push(format!("unknown {event_type}"));
                Ok(())
            }
        }
    };
}

mod on_2024 {
    use super::*;
    recorder_for!(v2024);
}
mod on_latest {
    use super::*;
    recorder_for!(latest);
}

#[tokio::test]
async fn the_signed_example_reaches_on_customer_updated_once() {
    let body = example();
    let sig = testing::sign(&body, SECRET);
    let h = Recorder::default();
    let out = v2024::handle(
        &h,
        &body,
        &sig,
        SECRET,
        &options(&body, VersionPolicy::Exact),
    )
    .await;
    assert!(matches!(out, Outcome::Handled), "{out:?}");
    assert_eq!(out.status(), 200);
    assert_eq!(
        *h.calls.lock().unwrap(),
        ["customer_updated pEv_01HD450JT0RPBT7RRKS1ZQJYBA"]
    );
    assert_eq!(
        h.spam_by.lock().unwrap().as_deref(),
        Some("Peter Santos by u_01H1V4NA10RMHWFBXB6A1ZBYRA")
    );

    // Under latest.json only with VersionPolicy::Any; Exact refuses it (non-2xx, Plain retries).
    let h = Recorder::default();
    let out = latest::handle(
        &h,
        &body,
        &sig,
        SECRET,
        &options(&body, VersionPolicy::Exact),
    )
    .await;
    assert!(
        matches!(&out, Outcome::Rejected(e) if e.kind() == ErrorKind::VersionMismatch),
        "{out:?}"
    );
    assert!(!out.is_success());
    assert!(h.calls.lock().unwrap().is_empty());
    let opts = options(&body, VersionPolicy::Any);
    let out = latest::handle(&h, &body, &sig, SECRET, &opts).await;
    assert!(matches!(out, Outcome::Handled), "{out:?}");
    assert_eq!(h.updated.load(Ordering::SeqCst), 1);

    // A borrowed body is copied into the context; an owned one is kept.
    let at = body.as_ptr() as usize;
    let out = latest::handle(&h, body, &sig, SECRET, &opts).await;
    assert!(matches!(out, Outcome::Handled), "{out:?}");
    let seen = h.body_at.lock().unwrap();
    assert_eq!(seen.len(), 2);
    assert_ne!(seen[0], at);
    assert_eq!(seen[1], at);
}

#[tokio::test]
async fn bad_signatures_never_reach_a_handler() {
    let body = example();
    let sig = testing::sign(&body, SECRET);
    let opts = options(&body, VersionPolicy::Exact);
    let h = Recorder::default();

    let mut flipped = body.clone();
    flipped[body.len() / 2] ^= 0x01;
    let cases: [(&[u8], &str, &[u8], ErrorKind); 4] = [
        (&flipped, &sig, SECRET, ErrorKind::SignatureMismatch),
        (&body, &sig[..40], SECRET, ErrorKind::MalformedSignature),
        (&body, &sig, b"", ErrorKind::EmptySecret),
        (&body, "", SECRET, ErrorKind::MissingSignature),
    ];
    for (b, s, secret, kind) in cases {
        let out = v2024::handle(&h, b, s, secret, &opts).await;
        match &out {
            Outcome::Rejected(e) => assert_eq!(e.kind(), kind, "{e}"),
            other => panic!("expected {kind:?}, got {other:?}"),
        }
        assert_eq!(out.status(), 401);
    }
    assert!(h.calls.lock().unwrap().is_empty(), "no handler ran");

    // A signed body that is not the schema's: 400.
    let broken = br#"{"type": "customer.customer_updated"}"#;
    let out = v2024::handle(&h, broken, &testing::sign(broken, SECRET), SECRET, &opts).await;
    assert_eq!(out.status(), 400, "{out:?}");
    assert!(h.calls.lock().unwrap().is_empty());
}

#[tokio::test]
async fn unknown_ignored_and_failing_events() {
    let mut v: serde_json::Value = serde_json::from_slice(&example()).unwrap();
    let h = Recorder::default();

    v["type"] = "customer.customer_teleported".into();
    let webhook = v2024::parse(&serde_json::to_vec(&v).unwrap()).unwrap();
    assert_eq!(v2024::dispatch(&h, webhook).await, Ok(Dispatched::Handled));
    assert_eq!(
        *h.calls.lock().unwrap(),
        ["unknown customer.customer_teleported"]
    );

    // An event without a method of ours: the default ignores it.
    let mut deleted = v.clone();
    deleted["type"] = "customer.customer_deleted".into();
    deleted["payload"] = serde_json::json!({
        "eventType": "customer.customer_deleted",
        "previousCustomer": v["payload"]["previousCustomer"].clone()
    });
    let webhook = v2024::parse(&serde_json::to_vec(&deleted).unwrap()).unwrap();
    assert_eq!(v2024::dispatch(&h, webhook).await, Ok(Dispatched::Ignored));
    assert_eq!(h.calls.lock().unwrap().len(), 1);

    // A handler error comes back as the handler's error, and as a 500.
    let failing = Recorder {
        fail: true,
        ..Recorder::default()
    };
    let body = example();
    let out = v2024::handle(
        &failing,
        &body,
        &testing::sign(&body, SECRET),
        SECRET,
        &options(&body, VersionPolicy::Exact),
    )
    .await;
    match &out {
        Outcome::HandlerFailed(e) => assert_eq!(e, &MyError("database down")),
        other => panic!("expected the handler's error, got {other:?}"),
    }
    assert_eq!(out.status(), 500);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_concurrent_tasks_share_one_handler() {
    // One buffer for all: each task's `handle` takes a `Bytes` handle to it.
    let body = plain_webhooks::Bytes::from(example());
    let sig = Arc::new(testing::sign(&body, SECRET));
    let opts = Arc::new(options(&body, VersionPolicy::Exact));
    let h = Arc::new(Recorder::default());
    let tasks: Vec<_> = (0..100)
        .map(|_| {
            let (body, sig, opts, h) = (body.clone(), sig.clone(), opts.clone(), h.clone());
            tokio::spawn(
                async move { v2024::handle(&*h, body, &sig, SECRET, &opts).await.status() },
            )
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap(), 200);
    }
    assert_eq!(h.updated.load(Ordering::SeqCst), 100);
    // The handlers' contexts kept the caller's body instead of copies.
    let at = h.body_at.lock().unwrap();
    assert_eq!(at.len(), 100);
    assert!(at.iter().all(|&p| p == body.as_ptr() as usize));
}
