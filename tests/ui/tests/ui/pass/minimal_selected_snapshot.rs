#![deny(warnings)]
//! The snapshot of `schemas/test/minimal.json` with two event types chosen
//! (`events = ["note.note_created", "group.*"]`) compiles as it stands.

#[allow(dead_code)]
mod minimal {
    include!("../../../../../codegen/tests/snapshots/minimal_selected.rs");
}

/// No event chosen: every listed type is `Other`.
#[plain_webhooks::webhooks(schema = "../../../../schemas/test/minimal.json", events = [])]
mod none {}

struct Raw;

impl none::Handler for Raw {
    type Error = std::convert::Infallible;

    async fn on_other(
        &self,
        _: &none::Context,
        event_type: String,
        _: plain_webhooks::RawPayload,
    ) -> Result<(), Self::Error> {
        assert_eq!(event_type, "note.note_deleted");
        Ok(())
    }
}

fn main() {
    let _ = none::receiver(Raw);
    // Every listed type is still listed; a left-out one parses as `Other`.
    assert_eq!(minimal::EVENT_TYPES.len(), 6);
    let id = "x_01H1V4NA10RMHWFBXB6A1ZBYRA";
    let body = format!(
        r#"{{"id": "{id}", "timestamp": "2025-01-01T00:00:00Z", "workspaceId": "{id}",
        "type": "note.note_deleted", "payload": {{"anything": 1}},
        "webhookMetadata": {{"webhookTargetId": "{id}", "webhookTargetVersion": "2025-01-01",
        "webhookDeliveryAttemptId": "{id}", "webhookDeliveryAttemptNumber": 1,
        "webhookDeliveryAttemptTimestamp": "2025-01-01T00:00:00Z"}}}}"#
    );
    let webhook = minimal::parse(body.as_bytes()).expect("parses");
    assert!(matches!(webhook.event, minimal::Event::Other { .. }));
    assert_eq!(webhook.event_type(), "note.note_deleted");
    let webhook = none::parse(body.as_bytes()).expect("parses");
    assert!(matches!(webhook.event, none::Event::Other { .. }));
}
