//! `Handler` and `handle` on real schemas with Plain's documented example,
//! signed, checked by a `Verifier` whose clock is the delivery time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use plain_webhooks::{testing, ErrorKind, Outcome, Verifier, VersionPolicy};
use plain_webhooks_revisions::{r_2024_03_12_d6f6823 as v2024, r_latest as latest, SCHEMAS_DIR};

const SECRET: &[u8] = b"secret";

fn example() -> Vec<u8> {
    let path = std::path::Path::new(SCHEMAS_DIR).join("examples/customer-updated.unversioned.json");
    std::fs::read(path).expect("fixture")
}

/// `webhookMetadata.webhookDeliveryAttemptTimestamp` of `body`.
fn delivered_at(body: &[u8]) -> SystemTime {
    let v: serde_json::Value = serde_json::from_slice(body).expect("JSON");
    let at = v["webhookMetadata"]["webhookDeliveryAttemptTimestamp"]
        .as_str()
        .expect("timestamp");
    SystemTime::from(chrono::DateTime::parse_from_rfc3339(at).expect("RFC 3339"))
}

/// `verifier` with its clock at `body`'s delivery time and `policy`.
fn clocked(verifier: Verifier, body: &[u8], policy: VersionPolicy) -> Verifier {
    let now = delivered_at(body);
    verifier.with_clock(move || now).with_version_policy(policy)
}

/// A verifier for `SECRET`, its clock at `body`'s delivery time.
fn verifier(body: &[u8], policy: VersionPolicy) -> Verifier {
    clocked(Verifier::new(SECRET).expect("a secret"), body, policy)
}

/// Records every call; fails on demand.
#[derive(Default)]
struct Recorder {
    calls: Mutex<Vec<String>>,
    spam_by: Mutex<Option<String>>,
    updated: AtomicUsize,
    /// Where each `ctx.body` it saw starts.
    body_at: Mutex<Vec<usize>>,
    /// `Debug` of each context it saw.
    debug: Mutex<Vec<String>>,
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
                self.calls.lock().unwrap().push(format!(
                    "customer_updated {} attempt {}",
                    ctx.id.as_str(),
                    ctx.webhook_metadata.webhook_delivery_attempt_number
                ));
                self.updated.fetch_add(1, Ordering::SeqCst);
                self.body_at
                    .lock()
                    .unwrap()
                    .push(ctx.body.as_ptr() as usize);
                self.debug.lock().unwrap().push(format!("{ctx:?}"));
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
                ctx: &$m::Context,
                event_type: String,
                payload: plain_webhooks::RawPayload,
            ) -> Result<(), MyError> {
                let payload: serde_json::Value = serde_json::from_str(payload.as_str()).unwrap();
                self.calls.lock().unwrap().push(format!(
                    "unknown {event_type} {} {}",
                    ctx.id.as_str(),
                    payload["eventType"]
                ));
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
        &verifier(&body, VersionPolicy::Exact),
        &plain_webhooks::Dedupe::off(),
        &body,
        &sig,
    )
    .await;
    assert!(matches!(out, Outcome::Handled), "{out:?}");
    assert!(out.is_success());
    assert_eq!(out.status(), 200);
    assert_eq!(
        *h.calls.lock().unwrap(),
        ["customer_updated pEv_01HD450JT0RPBT7RRKS1ZQJYBA attempt 1"]
    );
    assert_eq!(
        h.spam_by.lock().unwrap().as_deref(),
        Some("Peter Santos by u_01H1V4NA10RMHWFBXB6A1ZBYRA")
    );
    // The context's Debug shows the body's length, not its bytes.
    let debug = h.debug.lock().unwrap()[0].clone();
    assert!(
        debug.contains(&format!("body: {} bytes", body.len())),
        "{debug}"
    );
    assert!(!debug.contains("Peter Santos"), "{debug}");

    // Under latest.json only with VersionPolicy::Any; Exact refuses it (non-2xx, Plain retries).
    let h = Recorder::default();
    let out = latest::handle(
        &h,
        &verifier(&body, VersionPolicy::Exact),
        &plain_webhooks::Dedupe::off(),
        &body,
        &sig,
    )
    .await;
    assert!(
        matches!(&out, Outcome::Rejected(e) if e.kind() == ErrorKind::VersionMismatch),
        "{out:?}"
    );
    assert_eq!(out.status(), 422);
    assert!(!out.is_success());
    assert!(h.calls.lock().unwrap().is_empty());
    let any = verifier(&body, VersionPolicy::Any);
    let out = latest::handle(&h, &any, &plain_webhooks::Dedupe::off(), &body, &sig).await;
    assert!(matches!(out, Outcome::Handled), "{out:?}");
    assert_eq!(h.updated.load(Ordering::SeqCst), 1);

    // A borrowed body is copied into the context; an owned one is kept.
    let at = body.as_ptr() as usize;
    let out = latest::handle(&h, &any, &plain_webhooks::Dedupe::off(), body, &sig).await;
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
    let good = verifier(&body, VersionPolicy::Exact);
    let h = Recorder::default();

    let mut flipped = body.clone();
    flipped[body.len() / 2] ^= 0x01;
    let cases: [(&[u8], &str, &Verifier, ErrorKind); 4] = [
        (&flipped, &sig, &good, ErrorKind::SignatureMismatch),
        (&body, &sig[..40], &good, ErrorKind::MalformedSignature),
        (&body, "", &good, ErrorKind::MissingSignature),
        (
            b"",
            &testing::sign(b"", SECRET),
            &good,
            ErrorKind::EmptyBody,
        ),
    ];
    for (b, s, verifier, kind) in cases {
        let out = v2024::handle(&h, verifier, &plain_webhooks::Dedupe::off(), b, s).await;
        match &out {
            Outcome::Rejected(e) => assert_eq!(e.kind(), kind, "{e}"),
            other => panic!("expected {kind:?}, got {other:?}"),
        }
        assert_eq!(out.status(), 401);
    }
    assert!(h.calls.lock().unwrap().is_empty(), "no handler ran");

    // Correctly signed, but delivered outside the replay window: 401.
    let late = delivered_at(&body) + Duration::from_secs(5 * 60 + 1);
    let replayed = Verifier::new(SECRET)
        .expect("a secret")
        .with_clock(move || late);
    let out = v2024::handle(&h, &replayed, &plain_webhooks::Dedupe::off(), &body, &sig).await;
    match &out {
        Outcome::Rejected(e) => assert_eq!(e.kind(), ErrorKind::TimestampOutOfTolerance, "{e}"),
        other => panic!("expected a replay rejection, got {other:?}"),
    }
    assert_eq!(out.status(), 401);
    // … and inside it, the same delivery is handled.
    let in_time = delivered_at(&body) + Duration::from_secs(5 * 60);
    let in_window = Verifier::new(SECRET)
        .expect("a secret")
        .with_clock(move || in_time);
    let out = v2024::handle(&h, &in_window, &plain_webhooks::Dedupe::off(), &body, &sig).await;
    assert!(matches!(out, Outcome::Handled), "{out:?}");
    assert_eq!(h.calls.lock().unwrap().len(), 1);
    h.calls.lock().unwrap().clear();

    // A signed body that is not the schema's: 400.
    let broken = br#"{"type": "customer.customer_updated"}"#;
    let out = v2024::handle(
        &h,
        &good,
        &plain_webhooks::Dedupe::off(),
        broken,
        &testing::sign(broken, SECRET),
    )
    .await;
    assert_eq!(out.status(), 400, "{out:?}");
    assert!(h.calls.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_rotated_secret_and_its_successor_are_both_accepted() {
    let body = example();
    let (old, new, other): (&[u8], &[u8], &[u8]) = (b"old secret", b"new secret", b"unrelated");
    let rotating = clocked(
        Verifier::new(new)
            .expect("a secret")
            .with_secret(old)
            .expect("a secret"),
        &body,
        VersionPolicy::Exact,
    );
    let h = Recorder::default();
    for secret in [old, new] {
        let out = v2024::handle(
            &h,
            &rotating,
            &plain_webhooks::Dedupe::off(),
            &body,
            &testing::sign(&body, secret),
        )
        .await;
        assert!(matches!(out, Outcome::Handled), "{out:?}");
    }
    assert_eq!(h.updated.load(Ordering::SeqCst), 2);
    let out = v2024::handle(
        &h,
        &rotating,
        &plain_webhooks::Dedupe::off(),
        &body,
        &testing::sign(&body, other),
    )
    .await;
    match &out {
        Outcome::Rejected(e) => assert_eq!(e.kind(), ErrorKind::SignatureMismatch, "{e}"),
        other => panic!("expected a mismatch, got {other:?}"),
    }
    // An empty secret cannot be added for rotation: it would sign nothing.
    let empty = Verifier::new(new)
        .and_then(|v| v.with_secret(b""))
        .unwrap_err();
    assert_eq!(empty.kind(), ErrorKind::EmptySecret);
    assert_eq!(h.updated.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn unknown_unhandled_and_failing_events() {
    let mut v: serde_json::Value = serde_json::from_slice(&example()).unwrap();
    let h = Recorder::default();
    let signed = |v: &serde_json::Value| {
        let body = serde_json::to_vec(v).unwrap();
        let sig = testing::sign(&body, SECRET);
        (body, sig)
    };

    v["type"] = "customer.customer_teleported".into();
    let (body, sig) = signed(&v);
    let out = v2024::handle(
        &h,
        &verifier(&body, VersionPolicy::Exact),
        &plain_webhooks::Dedupe::off(),
        body.clone(),
        &sig,
    )
    .await;
    assert!(matches!(out, Outcome::Handled), "{out:?}");
    assert_eq!(
        *h.calls.lock().unwrap(),
        ["unknown customer.customer_teleported pEv_01HD450JT0RPBT7RRKS1ZQJYBA \"customer.customer_updated\""]
    );

    // An event without a method of ours: the default method runs, returns
    // Ok, and the delivery is handled (200) without any of our methods.
    let mut deleted = v.clone();
    deleted["type"] = "customer.customer_deleted".into();
    deleted["payload"] = serde_json::json!({
        "eventType": "customer.customer_deleted",
        "previousCustomer": v["payload"]["previousCustomer"].clone()
    });
    let (body, sig) = signed(&deleted);
    assert!(
        v2024::parse(&body).is_ok_and(|w| matches!(w.event, v2024::Event::CustomerDeleted(_))),
        "the body is a valid customer_deleted"
    );
    let out = v2024::handle(
        &h,
        &verifier(&body, VersionPolicy::Exact),
        &plain_webhooks::Dedupe::off(),
        body.clone(),
        &sig,
    )
    .await;
    assert!(matches!(out, Outcome::Handled), "{out:?}");
    assert_eq!(out.status(), 200);
    assert_eq!(h.calls.lock().unwrap().len(), 1);

    // A handler error comes back as the handler's error, and as a 500.
    let failing = Recorder {
        fail: true,
        ..Recorder::default()
    };
    let body = example();
    let out = v2024::handle(
        &failing,
        &verifier(&body, VersionPolicy::Exact),
        &plain_webhooks::Dedupe::off(),
        &body,
        &testing::sign(&body, SECRET),
    )
    .await;
    match &out {
        Outcome::HandlerFailed(e) => assert_eq!(e, &MyError("database down")),
        other => panic!("expected the handler's error, got {other:?}"),
    }
    assert_eq!(out.status(), 500);
    assert!(!out.is_success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_concurrent_tasks_share_one_handler() {
    // One buffer for all: each task's `handle` takes a `Bytes` handle to it.
    let body = plain_webhooks::Bytes::from(example());
    let sig = Arc::new(testing::sign(&body, SECRET));
    let verifier = Arc::new(verifier(&body, VersionPolicy::Exact));
    let h = Arc::new(Recorder::default());
    let tasks: Vec<_> = (0..100)
        .map(|_| {
            let (body, sig, verifier, h) = (body.clone(), sig.clone(), verifier.clone(), h.clone());
            tokio::spawn(async move {
                v2024::handle(&*h, &verifier, &plain_webhooks::Dedupe::off(), body, &sig)
                    .await
                    .status()
            })
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
