// An envelope whose fields are optional or of unusual types: the context
// takes optional fields when present, writes non-strings as JSON, and leaves
// out metadata fields the schema does not define (`webhookDeliveryAttemptId`)
// or cannot read as a number (a string `webhookDeliveryAttemptNumber`).
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/loose-envelope.json")]
mod plain {}

const PAYLOAD: &str = r#"{"eventType": "thing.thing_created"}"#;

fn main() {
    let full = br#"{"id": "ev_1", "timestamp": 1697725303, "workspaceId": "w_01GST0W989ZNAW53X6XYHAY87P",
        "type": "thing.thing_created", "payload": {"eventType": "thing.thing_created"},
        "webhookMetadata": {"webhookTargetId": "whTarget_01HD4400VTDJQ646V6RY37SR7K",
          "webhookTargetVersion": "2025-01-01", "webhookDeliveryAttemptNumber": "1",
          "webhookDeliveryAttemptId": "whAttempt_01HD450N6X782MDTDBMS6Z14DJ",
          "webhookDeliveryAttemptTimestamp": "2023-10-19T16:21:46.077+02:00"}}"#;
    let (ctx, event) = plain::parse(full).unwrap().into_parts();
    assert!(matches!(event, plain::Event::ThingCreated(_)));
    assert_eq!(ctx.event_id, "ev_1");
    assert_eq!(ctx.event_type, "thing.thing_created");
    assert_eq!(ctx.timestamp, "1697725303");
    assert_eq!(ctx.workspace_id, "w_01GST0W989ZNAW53X6XYHAY87P");
    assert_eq!(ctx.webhook_target_id.as_deref(), Some("whTarget_01HD4400VTDJQ646V6RY37SR7K"));
    assert_eq!(ctx.webhook_target_version.as_deref(), Some("2025-01-01"));
    assert_eq!(ctx.delivery_attempt_id, None);
    assert_eq!(ctx.delivery_attempt_number, None);
    assert_eq!(ctx.delivery_attempt_timestamp.as_deref(), Some("2023-10-19T14:21:46.077Z"));
    assert!(ctx.body.is_empty());

    let bare = format!(r#"{{"type": "thing.thing_created", "payload": {PAYLOAD}}}"#);
    let (ctx, _) = plain::parse_with(bare.as_bytes(), plain_webhooks::VersionPolicy::Any)
        .unwrap()
        .into_parts();
    assert_eq!(ctx.event_id, "");
    assert_eq!(ctx.timestamp, "");
    assert_eq!(ctx.workspace_id, "");
    assert_eq!(ctx.webhook_target_id, None);
    assert_eq!(ctx.webhook_target_version, None);
    assert_eq!(ctx.delivery_attempt_timestamp, None);
}
