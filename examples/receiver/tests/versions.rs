//! Plain's upgrade path: one process serves deliveries of two webhook
//! target versions through two generated modules, each reaching its own
//! handler, and answers a third version 422; through `Versions::handle`
//! and through the axum router over HTTP.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::Router;
use common::{exchange, signed_post, status_of, with_version, SECRET};
use plain_webhooks::axum::Endpoint;
use plain_webhooks::{testing, Dedupe, ErrorKind, Outcome, Verifier, Versions};
// `previous`: the revision before `latest.json` changed fields to
// `Nullable*` types.
use plain_webhooks_example::{plain as current, previous};

/// Counts `customer.customer_updated` deliveries.
#[derive(Clone, Default)]
struct Count(Arc<AtomicUsize>);

impl previous::Handler for Count {
    type Error = String;

    async fn on_customer_updated(
        &self,
        _ctx: &previous::Context,
        _event: previous::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), String> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }
}

impl current::Handler for Count {
    type Error = String;

    async fn on_customer_updated(
        &self,
        _ctx: &current::Context,
        _event: current::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), String> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }
}

/// A valid `customer.customer_updated` body of the revision at `schema`
/// (relative to the workspace), with `id`.
fn body(schema: &str, id: &str) -> Vec<u8> {
    let mut json = common::customer_updated_sample(schema, 7);
    json["id"] = id.into();
    serde_json::to_vec(&json).expect("serializes")
}

#[tokio::test]
async fn two_versions_reach_their_own_handlers_and_a_third_gets_422() {
    assert_eq!(previous::SCHEMA_VERSION, Some("2025-08-06"));
    assert_eq!(current::SCHEMA_VERSION, Some("2026-04-21"));
    let (old, new) = (Count::default(), Count::default());
    let both = Versions::new(
        previous::receiver(old.clone()),
        current::receiver(new.clone()),
    );
    let verifier = Verifier::new(SECRET)
        .expect("a secret")
        .with_tolerance(None);
    let old_body = body(
        "schemas/plain/history/2025-09-25-b6e6b10.json",
        "pEv_00000000000000000000000001",
    );
    let new_body = body(
        "schemas/plain/latest.json",
        "pEv_00000000000000000000000002",
    );
    // Each module alone refuses the other's body.
    let alone = current::handle(
        &new,
        &verifier,
        &Dedupe::off(),
        &old_body[..],
        &testing::sign(&old_body, SECRET.as_bytes()),
    )
    .await;
    assert!(
        matches!(&alone, Outcome::Rejected(e) if e.kind() == ErrorKind::VersionMismatch),
        "{alone:?}"
    );

    let handle = |body: Vec<u8>| {
        let signature = testing::sign(&body, SECRET.as_bytes());
        let (both, verifier) = (&both, &verifier);
        async move {
            both.handle(verifier, &Dedupe::off(), body, &signature)
                .await
        }
    };
    assert!(matches!(handle(old_body.clone()).await, Outcome::Handled));
    assert!(matches!(handle(new_body.clone()).await, Outcome::Handled));
    assert_eq!(
        (old.0.load(Ordering::SeqCst), new.0.load(Ordering::SeqCst)),
        (1, 1)
    );
    let third = handle(with_version(&new_body, "2099-01-01")).await;
    let Outcome::Rejected(e) = third else {
        panic!("{third:?}")
    };
    assert_eq!((e.kind(), e.status()), (ErrorKind::VersionMismatch, 422));
    assert_eq!(
        e.message(),
        "webhook target version `2099-01-01` is not served here; versions served: `2025-08-06`, `2026-04-21`"
    );
    // The version is read only from a signed body.
    let forged = both
        .handle(&verifier, &Dedupe::off(), old_body.clone(), &"0".repeat(64))
        .await;
    assert!(matches!(&forged, Outcome::Rejected(e) if e.kind() == ErrorKind::SignatureMismatch));

    // The same through the router, over HTTP.
    let endpoint = Endpoint::new(both, verifier).without_dedupe();
    let app = Router::new().nest("/hooks", endpoint.into_router());
    let addr = common::start(app, |s| s).await;
    for body in [old_body.clone(), new_body.clone()] {
        assert_eq!(
            status_of(&exchange(addr, &signed_post("/hooks", body, SECRET)).await),
            200
        );
    }
    let answer = exchange(
        addr,
        &signed_post("/hooks", with_version(&old_body, "2099-01-01"), SECRET),
    )
    .await;
    assert_eq!(status_of(&answer), 422, "{answer}");
    assert!(
        answer.contains("versions served: `2025-08-06`, `2026-04-21`"),
        "{answer}"
    );
    assert_eq!(
        (old.0.load(Ordering::SeqCst), new.0.load(Ordering::SeqCst)),
        (2, 2)
    );
}
