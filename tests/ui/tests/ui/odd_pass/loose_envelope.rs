// An envelope whose fields are optional or of unusual types: the context
// holds them in their schema types (`Option`s, an integer `timestamp`, a
// string attempt number), and `handle` takes what it needs for its log
// summary and replay check where the types allow.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/loose-envelope.json")]
mod plain {}

mod support;

use std::sync::Mutex;

const PAYLOAD: &str = r#"{"eventType": "thing.thing_created"}"#;

#[derive(Default)]
struct Seen(Mutex<Vec<String>>);

impl plain::Handler for Seen {
    type Error = ();

    async fn on_thing_created(
        &self,
        ctx: &plain::Context,
        _: plain::ThingCreatedPayload,
    ) -> Result<(), ()> {
        self.0.lock().unwrap().push(format!("{:?}", ctx.id));
        Ok(())
    }
}

fn main() {
    let full = br#"{"id": "ev_1", "timestamp": 1697725303, "workspaceId": "w_01GST0W989ZNAW53X6XYHAY87P",
        "type": "thing.thing_created", "payload": {"eventType": "thing.thing_created"},
        "webhookMetadata": {"webhookTargetId": "whTarget_01HD4400VTDJQ646V6RY37SR7K",
          "webhookTargetVersion": "2025-01-01", "webhookDeliveryAttemptNumber": "1",
          "webhookDeliveryAttemptId": "whAttempt_01HD450N6X782MDTDBMS6Z14DJ",
          "webhookDeliveryAttemptTimestamp": "2023-10-19T16:21:46.077+02:00"}}"#;
    let (ctx, event) = plain::parse(full).unwrap().into_parts();
    assert!(matches!(event, plain::Event::ThingCreated(_)));
    assert_eq!(ctx.id.as_deref(), Some("ev_1"));
    assert_eq!(ctx.timestamp, Some(1697725303));
    assert_eq!(ctx.workspace_id.as_deref(), Some("w_01GST0W989ZNAW53X6XYHAY87P"));
    let meta = ctx.webhook_metadata.as_ref().unwrap();
    assert_eq!(meta.webhook_target_version.as_deref(), Some("2025-01-01"));
    assert_eq!(meta.webhook_delivery_attempt_number.as_deref(), Some("1"));
    assert_eq!(
        meta.webhook_delivery_attempt_timestamp.to_rfc3339(),
        "2023-10-19T14:21:46.077+00:00"
    );
    assert!(ctx.body.is_empty());

    // `handle`: the replay check reads the typed delivery time.
    let seen = Seen::default();
    let sig = plain_webhooks::testing::sign(full, support::SECRET);
    let outcome = support::block_on(plain::handle(&seen, &support::verifier(), &plain_webhooks::Dedupe::off(), &full[..], &sig));
    assert!(outcome.is_success(), "{outcome:?}");
    let now = std::time::SystemTime::now();
    let today = support::verifier().with_tolerance(Some(std::time::Duration::from_secs(60))).with_clock(move || now);
    let outcome = support::block_on(plain::handle(&seen, &today, &plain_webhooks::Dedupe::off(), &full[..], &sig));
    assert_eq!(outcome.status(), 401, "{outcome:?}");

    // Without the optional fields: `None`s, and no delivery time for the
    // replay check (a `Schema` error when a window is set).
    let bare = format!(r#"{{"type": "thing.thing_created", "payload": {PAYLOAD}}}"#);
    let (ctx, _) = plain::parse_with(bare.as_bytes(), plain_webhooks::VersionPolicy::Any)
        .unwrap()
        .into_parts();
    assert_eq!(ctx.id, None);
    assert_eq!(ctx.timestamp, None);
    assert!(ctx.workspace_id.is_none());
    assert!(ctx.webhook_metadata.is_none());
    let sig = plain_webhooks::testing::sign(bare.as_bytes(), support::SECRET);
    let any = support::verifier().with_version_policy(plain_webhooks::VersionPolicy::Any);
    let outcome = support::block_on(plain::handle(&seen, &any, &plain_webhooks::Dedupe::off(), bare.as_bytes(), &sig));
    assert!(outcome.is_success(), "{outcome:?}");
    let windowed = any.with_tolerance(Some(std::time::Duration::from_secs(60)));
    let outcome = support::block_on(plain::handle(&seen, &windowed, &plain_webhooks::Dedupe::off(), bare.as_bytes(), &sig));
    match outcome {
        plain_webhooks::Outcome::Rejected(e) => {
            assert_eq!(e.kind(), plain_webhooks::ErrorKind::Schema, "{e}");
            assert_eq!(e.path(), Some("webhookMetadata.webhookDeliveryAttemptTimestamp"));
        }
        other => panic!("expected a rejection, got {other:?}"),
    }
    assert_eq!(*seen.0.lock().unwrap(), [r#"Some("ev_1")"#, "None"]);
}
