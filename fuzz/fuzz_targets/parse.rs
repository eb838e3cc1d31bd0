//! Any bytes through `parse_with`: an error or a value, never a panic; the
//! version policy changes nothing but the version check (`Exact` and `Any`
//! give the same webhook or the same error, unless `Exact` refuses the
//! version); `into_parts` moves the envelope into the `Context`; and a parsed
//! webhook serializes to a body that parses back to the same webhook.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plain_webhooks::{ErrorKind, VersionPolicy};
use plain_webhooks_fuzz::plain;

fuzz_target!(|data: &[u8]| {
    let parsed = plain::parse_with(data, VersionPolicy::Any);
    let exact = plain::parse(data);
    match (&exact, &parsed) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "the version policy changed the value"),
        (Err(e), _) if e.kind() == ErrorKind::VersionMismatch => {}
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "errors differ"),
        _ => panic!("Exact {exact:?} but Any {parsed:?}"),
    }
    if let Err(e) = &parsed {
        assert_ne!(e.kind(), ErrorKind::VersionMismatch, "{e}");
        return;
    }
    let Ok(webhook) = parsed else {
        return;
    };
    let again = serde_json::to_vec(&webhook).expect("a parsed webhook serializes");
    let reparsed = plain::parse_with(&again, VersionPolicy::Any)
        .unwrap_or_else(|e| panic!("re-parsing our own output failed: {e}"));
    assert_eq!(reparsed, webhook, "round trip changed the webhook");

    let event_type = webhook.event_type().to_string();
    let (ctx, event) = webhook.clone().into_parts();
    assert_eq!(event.event_type(), event_type);
    assert!(ctx.body.is_empty(), "into_parts leaves the body empty");
    assert_eq!(ctx.id, webhook.id);
    assert_eq!(ctx.timestamp, webhook.timestamp);
    assert_eq!(ctx.workspace_id, webhook.workspace_id);
    assert_eq!(ctx.webhook_metadata, webhook.webhook_metadata);
});
