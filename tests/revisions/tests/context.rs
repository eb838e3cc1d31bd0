//! `Webhook::into_parts` moves the envelope's fields into the `Context`
//! (see the runtime's `envelope.rs`), choosing per field type at compile
//! time. For generated bodies of every revision, each context field must be
//! what the body says.

use chrono::{DateTime, FixedOffset};
use plain_webhooks::VersionPolicy;
use plain_webhooks_revisions::{schemas_missing, ContextFields, REVISIONS};
use plain_webhooks_samples::Samples;
use serde_json::Value;

const CASES: u64 = 60;
const SEED: u64 = 9_090;

/// The same text, or the same instant when both are RFC 3339 date-times
/// (the context writes date-times in UTC). A value that is not a string
/// (2024-03-12's `timestamp` may be anything) is kept as its JSON; the
/// context's `String` fields hold `""` for null.
fn same_text(context: Option<&str>, body: Option<&Value>) -> bool {
    let body = match body {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    };
    let context = context.filter(|c| !c.is_empty());
    match (context, body.as_deref().filter(|b| !b.is_empty())) {
        (Some(c), Some(b)) if c == b => true,
        (Some(c), Some(b)) => matches!(
            (
                DateTime::<FixedOffset>::parse_from_rfc3339(c),
                DateTime::<FixedOffset>::parse_from_rfc3339(b),
            ),
            (Ok(c), Ok(b)) if c == b
        ),
        (c, b) => c == b,
    }
}

fn check(ctx: &ContextFields, body: &Value) -> Result<(), String> {
    let meta = body.get("webhookMetadata");
    let meta_field = |key: &str| meta.and_then(|m| m.get(key));
    let texts = [
        ("id", Some(ctx.event_id.as_str()), body.get("id")),
        ("type", Some(ctx.event_type.as_str()), body.get("type")),
        (
            "timestamp",
            Some(ctx.timestamp.as_str()),
            body.get("timestamp"),
        ),
        (
            "workspaceId",
            Some(ctx.workspace_id.as_str()),
            body.get("workspaceId"),
        ),
        (
            "webhookMetadata.webhookTargetId",
            ctx.webhook_target_id.as_deref(),
            meta_field("webhookTargetId"),
        ),
        (
            "webhookMetadata.webhookTargetVersion",
            ctx.webhook_target_version.as_deref(),
            meta_field("webhookTargetVersion"),
        ),
        (
            "webhookMetadata.webhookDeliveryAttemptId",
            ctx.delivery_attempt_id.as_deref(),
            meta_field("webhookDeliveryAttemptId"),
        ),
        (
            "webhookMetadata.webhookDeliveryAttemptTimestamp",
            ctx.delivery_attempt_timestamp.as_deref(),
            meta_field("webhookDeliveryAttemptTimestamp"),
        ),
    ];
    for (path, context, body) in texts {
        if !same_text(context, body) {
            return Err(format!("{path}: context {context:?}, body {body:?}"));
        }
    }
    let number = meta_field("webhookDeliveryAttemptNumber").and_then(Value::as_u64);
    if ctx.delivery_attempt_number != number {
        return Err(format!(
            "webhookMetadata.webhookDeliveryAttemptNumber: context {:?}, body {number:?}",
            ctx.delivery_attempt_number
        ));
    }
    Ok(())
}

#[test]
fn the_context_holds_the_bodys_envelope() {
    if schemas_missing("the_context_holds_the_bodys_envelope") {
        return;
    }
    for rev in REVISIONS {
        let text = std::fs::read_to_string(rev.path).expect("the schema file is readable");
        let doc = serde_json::from_str(&text).expect("the schema file is JSON");
        let samples = Samples::new(&doc).unwrap_or_else(|e| panic!("{}: {e}", rev.file));
        let mut checked = 0;
        for index in 0..CASES {
            let sample = samples
                .case(SEED, index)
                .unwrap_or_else(|e| panic!("{}: sample {index}: {e}", rev.file));
            let bytes = sample.to_bytes();
            let Ok(parsed) = (rev.parse_with)(&bytes, VersionPolicy::Any) else {
                continue;
            };
            let body: Value = serde_json::from_slice(&bytes).expect("a sample is JSON");
            if let Err(e) = check(&parsed.context, &body) {
                panic!("{}: case {index} ({}): {e}", rev.file, sample.event_type);
            }
            checked += 1;
        }
        assert!(
            checked >= CASES / 2,
            "{}: only {checked} of {CASES} samples parsed",
            rev.file
        );
    }
}

#[test]
fn the_documented_example_gives_its_context() {
    if schemas_missing("the_documented_example_gives_its_context") {
        return;
    }
    let path = std::path::Path::new(plain_webhooks_revisions::SCHEMAS_DIR)
        .join("../fixtures/customer-updated.unversioned.json");
    let bytes = std::fs::read(&path).expect("the fixture is readable");
    let rev = plain_webhooks_revisions::revision("latest.json").expect("latest.json is compiled");
    let parsed = (rev.parse_with)(&bytes, VersionPolicy::Any).expect("the fixture parses");
    let c = parsed.context;
    assert_eq!(c.event_type, "customer.customer_updated");
    assert_eq!(c.workspace_id, "w_01GST0W989ZNAW53X6XYHAY87P");
    assert_eq!(c.timestamp, "2023-10-19T14:21:43.616Z");
    let body: Value = serde_json::from_slice(&bytes).expect("the fixture is JSON");
    check(&c, &body).unwrap();
}
