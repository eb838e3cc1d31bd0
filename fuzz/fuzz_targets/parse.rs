//! Any bytes through `parse_with`: an error or a value, never a panic; and a
//! parsed webhook serializes to a body that parses back to the same webhook.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plain_webhooks::VersionPolicy;
use plain_webhooks_fuzz::plain;

fuzz_target!(|data: &[u8]| {
    let Ok(webhook) = plain::parse_with(data, VersionPolicy::Any) else {
        return;
    };
    let again = serde_json::to_vec(&webhook).expect("a parsed webhook serializes");
    let reparsed = plain::parse_with(&again, VersionPolicy::Any)
        .unwrap_or_else(|e| panic!("re-parsing our own output failed: {e}"));
    assert_eq!(reparsed, webhook, "round trip changed the webhook");
});
