//! Plain's upgrade path. One module generated with `previous` reads the
//! deliveries of two webhook target versions with one handler and refuses
//! a third; `Versions` puts two unrelated modules behind one endpoint and
//! follows the version policy as one module does.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::Router;
use common::{exchange, signed_post, status_of, with_version, SECRET};
use plain_webhooks::axum::Endpoint;
use plain_webhooks::{testing, Dedupe, ErrorKind, Outcome, Verifier, VersionPolicy, Versions};
// `latest.json` with `previous = "history/2025-09-25-b6e6b10.json"`.
use plain_webhooks_example::plain;

/// The oldest revision, from before Plain versioned its webhooks: a module
/// unrelated to `plain`.
#[plain_webhooks::webhooks(schema = "../../schemas/plain/history/2024-03-12-d6f6823.json")]
mod unversioned {}

/// Counts `customer.customer_updated` deliveries, whichever module.
#[derive(Clone, Default)]
struct Count(Arc<AtomicUsize>);

impl Count {
    fn get(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}

impl plain::Handler for Count {
    type Error = String;

    async fn on_customer_updated(
        &self,
        _ctx: &plain::Context,
        _event: plain::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), String> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }
}

impl unversioned::Handler for Count {
    type Error = String;

    async fn on_customer_updated(
        &self,
        _ctx: &unversioned::Context,
        _event: unversioned::CustomerUpdatedPublicEventPayload,
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

fn verifier(policy: VersionPolicy) -> Verifier {
    Verifier::new(SECRET)
        .expect("a secret")
        .with_tolerance(None)
        .with_version_policy(policy)
}

/// Plain's documented `customer.customer_updated` example: no version.
fn documented_example() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schemas/plain/examples/customer-updated.unversioned.json"
    );
    std::fs::read(path).expect("the documented example is in the repository")
}

#[tokio::test]
async fn one_module_with_previous_reads_both_versions_with_one_handler() {
    assert_eq!(
        plain::SCHEMA_VERSIONS,
        [Some("2026-04-21"), Some("2025-08-06")]
    );
    let h = Count::default();
    let exact = verifier(VersionPolicy::Exact);
    let handle = |body: Vec<u8>| {
        let signature = testing::sign(&body, SECRET.as_bytes());
        let (h, exact) = (&h, &exact);
        async move { plain::handle(h, exact, &Dedupe::off(), body, &signature).await }
    };
    let old = body(
        "schemas/plain/history/2025-09-25-b6e6b10.json",
        "pEv_00000000000000000000000001",
    );
    let new = body(
        "schemas/plain/latest.json",
        "pEv_00000000000000000000000002",
    );
    assert!(matches!(handle(old.clone()).await, Outcome::Handled));
    assert!(matches!(handle(new.clone()).await, Outcome::Handled));
    assert_eq!(h.get(), 2, "the same `on_customer_updated` ran for both");

    let third = handle(with_version(&new, "2099-01-01")).await;
    let Outcome::Rejected(e) = third else {
        panic!("{third:?}")
    };
    assert_eq!((e.kind(), e.status()), (ErrorKind::VersionMismatch, 422));
    assert!(
        e.message()
            .contains("expects `2026-04-21` or `2025-08-06`, the body has `2099-01-01`"),
        "{e}"
    );
    assert_eq!(h.get(), 2);
}

#[tokio::test]
async fn versions_routes_two_unrelated_modules_and_follows_the_version_policy() {
    assert_eq!(unversioned::SCHEMA_VERSION, None);
    let (a, b) = (Count::default(), Count::default());
    let both = Versions::new(plain::receiver(a.clone()), unversioned::receiver(b.clone()));
    let exact = verifier(VersionPolicy::Exact);
    let new = body(
        "schemas/plain/latest.json",
        "pEv_00000000000000000000000003",
    );
    let old = body(
        "schemas/plain/history/2024-03-12-d6f6823.json",
        "pEv_00000000000000000000000004",
    );
    let run = |body: Vec<u8>, verifier: &Verifier| {
        let signature = testing::sign(&body, SECRET.as_bytes());
        let (both, verifier) = (&both, verifier.clone());
        async move {
            both.handle(&verifier, &Dedupe::off(), body, &signature)
                .await
        }
    };
    assert!(matches!(run(new.clone(), &exact).await, Outcome::Handled));
    assert!(matches!(run(old.clone(), &exact).await, Outcome::Handled));
    assert_eq!((a.get(), b.get()), (1, 1), "each body to its own module");

    // A version neither serves: 422 under `Exact`, naming what is served…
    let third = run(with_version(&new, "2099-01-01"), &exact).await;
    let Outcome::Rejected(e) = third else {
        panic!("{third:?}")
    };
    assert_eq!((e.kind(), e.status()), (ErrorKind::VersionMismatch, 422));
    assert_eq!(
        e.message(),
        "webhook target version `2099-01-01` is not served here; versions served: \
         `2026-04-21`, `2025-08-06`, none"
    );
    // …and under `Any`, to the first module whose types read it, as one
    // module would take it.
    let any = verifier(VersionPolicy::Any);
    let third = run(with_version(&new, "2099-01-01"), &any).await;
    assert!(matches!(third, Outcome::Handled), "{third:?}");
    assert_eq!((a.get(), b.get()), (2, 1));
    // The version is read only from a signed body.
    let forged = both
        .handle(&exact, &Dedupe::off(), old.clone(), &"0".repeat(64))
        .await;
    assert!(matches!(&forged, Outcome::Rejected(e) if e.kind() == ErrorKind::SignatureMismatch));

    // The same through the router, over HTTP.
    let endpoint = Endpoint::new(both, exact).without_dedupe();
    let app = Router::new().nest("/hooks", endpoint.into_router());
    let addr = common::start(app, |s| s).await;
    for body in [old.clone(), new.clone()] {
        assert_eq!(
            status_of(&exchange(addr, &signed_post("/hooks", body, SECRET)).await),
            200
        );
    }
    let answer = exchange(
        addr,
        &signed_post("/hooks", with_version(&new, "2099-01-01"), SECRET),
    )
    .await;
    assert_eq!(status_of(&answer), 422, "{answer}");
    assert_eq!((a.get(), b.get()), (3, 2));
}

#[tokio::test]
async fn plains_documented_example_is_read_under_any_version_through_versions_too() {
    let h = Count::default();
    let both = Versions::new(plain::receiver(h.clone()), plain::receiver(h.clone()));
    let example = documented_example();
    let signature = testing::sign(&example, SECRET.as_bytes());
    let alone = plain::handle(
        &h,
        &verifier(VersionPolicy::Any),
        &Dedupe::off(),
        example.clone(),
        &signature,
    )
    .await;
    let through = both
        .handle(
            &verifier(VersionPolicy::Any),
            &Dedupe::off(),
            example.clone(),
            &signature,
        )
        .await;
    assert_eq!(
        (alone.status(), through.status()),
        (200, 200),
        "{alone:?} {through:?}"
    );
    assert_eq!(h.get(), 2);
    let refused = both
        .handle(
            &verifier(VersionPolicy::Exact),
            &Dedupe::off(),
            example,
            &signature,
        )
        .await;
    assert!(
        matches!(&refused, Outcome::Rejected(e) if e.kind() == ErrorKind::VersionMismatch),
        "{refused:?}"
    );
}
