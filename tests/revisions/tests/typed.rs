//! The generated API for `latest.json`, used as a user would: typed
//! matches, unknown events, tagged unions and error messages.

use plain_webhooks::{ErrorKind, VersionPolicy};
use plain_webhooks_revisions::r_latest as plain;
use serde_json::{json, Value};

fn example() -> Value {
    let path = std::path::Path::new(plain_webhooks_revisions::SCHEMAS_DIR)
        .join("examples/customer-updated.unversioned.json");
    let mut body: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("fixture")).expect("JSON");
    body["webhookMetadata"]["webhookTargetVersion"] =
        json!(plain::SCHEMA_VERSION.expect("versioned"));
    body
}

fn parse(body: &Value) -> Result<plain::Webhook, plain_webhooks::Error> {
    plain::parse(&serde_json::to_vec(body).expect("serializes"))
}

#[test]
fn typed_access_to_the_documented_example() {
    let webhook = parse(&example()).expect("parses with the version added");
    assert_eq!(webhook.event_type(), "customer.customer_updated");
    assert_eq!(
        webhook.webhook_metadata.webhook_target_version.as_deref(),
        plain::SCHEMA_VERSION
    );
    let plain::Event::CustomerUpdated(ev) = &webhook.event else {
        panic!("expected CustomerUpdated, got {:?}", webhook.event);
    };
    assert_eq!(ev.customer.full_name, "Peter Santos");
    match &ev.customer.marked_as_spam_by {
        Some(plain::InternalActor::User(u)) => {
            assert_eq!(&*u.user_id, "u_01H1V4NA10RMHWFBXB6A1ZBYRA")
        }
        other => panic!("expected a user actor, got {other:?}"),
    }
    assert!(ev.previous_customer.marked_as_spam_at.is_none());
    assert!(matches!(ev.customer.created_by, plain::Actor::System(_)));
}

#[test]
fn unknown_event_types_are_kept_not_rejected() {
    let mut body = example();
    body["type"] = json!("customer.customer_teleported");
    body["payload"] = json!({"eventType": "customer.customer_teleported", "where": [1, 2]});
    let webhook = parse(&body).expect("an unknown event is not an error");
    match &webhook.event {
        plain::Event::Unknown {
            event_type,
            payload,
        } => {
            assert_eq!(event_type, "customer.customer_teleported");
            let raw: Value = serde_json::from_str(payload.as_str()).expect("raw JSON");
            assert_eq!(raw["where"], json!([1, 2]));
        }
        other => panic!("expected Unknown, got {other:?}"),
    }
    assert_eq!(webhook.event_type(), "customer.customer_teleported");
}

#[test]
fn an_unlisted_tag_names_the_value_and_the_allowed_ones() {
    let mut body = example();
    body["payload"]["customer"]["markedAsSpamBy"] =
        json!({"actorType": "robot", "userId": "u_01H1V4NA10RMHWFBXB6A1ZBYRA"});
    let e = parse(&body).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Schema);
    assert_eq!(e.event_type(), Some("customer.customer_updated"));
    assert_eq!(
        e.path(),
        Some("payload.customer.markedAsSpamBy.actorType"),
        "{e}"
    );
    let msg = e.to_string();
    assert!(msg.contains("`robot`"), "{msg}");
    for allowed in ["UNKNOWN", "user", "machineUser", "system"] {
        assert!(msg.contains(&format!("`{allowed}`")), "{msg}");
    }
}

#[test]
fn errors_inside_a_tagged_union_name_the_whole_path() {
    // The tag first, as Plain writes it, and after another field.
    for actor in [
        json!({"actorType": "user", "userId": 5}),
        json!({"userId": 5, "actorType": "user"}),
    ] {
        let mut body = example();
        body["payload"]["customer"]["markedAsSpamBy"] = actor;
        let e = parse(&body).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Schema);
        let path = e.path().unwrap_or_default();
        assert!(path.starts_with("payload.customer.markedAsSpamBy"), "{e}");
        assert!(e.to_string().contains("invalid type: integer `5`"), "{e}");
    }
    let mut body = example();
    body["payload"]["customer"]["markedAsSpamBy"] = json!({"actorType": "user", "userId": 5});
    let e = parse(&body).unwrap_err();
    assert_eq!(
        e.to_string(),
        "customer.customer_updated: payload.customer.markedAsSpamBy.userId: \
         invalid type: integer `5`, expected a string"
    );
}

#[test]
fn wrong_types_and_patterns_name_the_json_path() {
    let mut body = example();
    body["payload"]["customer"]["email"]["email"] = json!(42);
    let e = parse(&body).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Schema);
    assert_eq!(e.path(), Some("payload.customer.email.email"), "{e}");
    assert!(
        e.to_string()
            .starts_with("customer.customer_updated: payload.customer.email.email: invalid type"),
        "{e}"
    );

    let mut body = example();
    body["payload"]["customer"]["id"] = json!("not-an-id");
    let e = parse(&body).unwrap_err();
    assert_eq!(e.path(), Some("payload.customer.id"), "{e}");
    assert!(e.to_string().contains("doesn't match pattern"), "{e}");

    let mut body = example();
    body["payload"]["eventType"] = json!("customer.customer_created");
    let e = parse(&body).unwrap_err();
    assert_eq!(e.path(), Some("payload.eventType"), "{e}");
}

#[test]
fn envelope_problems_are_reported_with_their_path() {
    let mut body = example();
    body["webhookMetadata"]["webhookDeliveryAttemptNumber"] = json!("one");
    let e = parse(&body).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Schema);
    assert_eq!(e.event_type(), Some("customer.customer_updated"));
    assert_eq!(
        e.path(),
        Some("webhookMetadata.webhookDeliveryAttemptNumber"),
        "{e}"
    );

    let mut body = example();
    body.as_object_mut().expect("object").remove("payload");
    let e = parse(&body).unwrap_err();
    assert_eq!(e.path(), Some("payload"), "{e}");
    assert_eq!(e.message(), "missing field");
}

#[test]
fn malformed_json_is_a_json_error_and_never_a_panic() {
    for body in [
        &b""[..],
        b"{",
        b"[1,2",
        b"\xEF\xBB\xBF{}",
        b"{\"type\": 1}",
        b"null",
        &[0xff, 0xfe][..],
    ] {
        let e = plain::parse(body).unwrap_err();
        assert!(
            matches!(e.kind(), ErrorKind::Json | ErrorKind::Schema),
            "{e}"
        );
    }
    // 100,000-deep nesting, where a known field is and where an unknown
    // one is: an error each time, never a stack overflow.
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let mut known = serde_json::to_string(&example()).expect("JSON");
    known = known.replacen(
        "\"fullName\":\"Peter Santos\"",
        &format!("\"fullName\":{nested}"),
        1,
    );
    let e = plain::parse(known.as_bytes()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Schema, "{e}");
    let unknown = format!("{{\"extra\": {{\"a\": {nested}}}}}");
    assert!(plain::parse(unknown.as_bytes()).is_err());
    let e = plain::parse(b"{\"id\": ").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Json);
    assert!(e.to_string().contains("line 1"), "{e}");
}

#[test]
fn a_listed_type_without_a_payload_definition_keeps_raw_json() {
    let Some(r) = plain_webhooks_revisions::revision("history/2026-02-27-f317dd6.json") else {
        panic!("2026-02-27 expanded")
    };
    assert!(r.event_types.contains(&"thread.thread_tenant_updated"));
    let mut body = example();
    body["webhookMetadata"]["webhookTargetVersion"] = json!(r.version.expect("versioned"));
    body["type"] = json!("thread.thread_tenant_updated");
    body["payload"] = json!({"eventType": "thread.thread_tenant_updated", "anything": true});
    let parsed = (r.parse_with)(
        &serde_json::to_vec(&body).expect("JSON"),
        VersionPolicy::Exact,
    )
    .expect("parses");
    assert_eq!(parsed.variant, "ThreadTenantUpdated");
    assert_eq!(parsed.json["payload"]["anything"], json!(true));
    assert!(parsed.round_trip_equal);
}
