//! Any bytes through `parse_with`: an error or a value, never a panic; the
//! same answer as serde alone gives (the one-pass readers only ever answer
//! with serde's value); and a parsed webhook serializes to a body that
//! parses back to the same webhook.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plain_webhooks::VersionPolicy;
use plain_webhooks::__private::fast::{with_mode, Mode};
use plain_webhooks_fuzz::plain;

fuzz_target!(|data: &[u8]| {
    let parsed = plain::parse_with(data, VersionPolicy::Any);
    let by_serde = with_mode(Mode::SerdeOnly, || plain::parse_with(data, VersionPolicy::Any));
    match (&parsed, &by_serde) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "the one-pass readers changed the value"),
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "errors differ"),
        _ => panic!("one-pass {parsed:?} but serde {by_serde:?}"),
    }
    let Ok(webhook) = parsed else {
        return;
    };
    let again = serde_json::to_vec(&webhook).expect("a parsed webhook serializes");
    let reparsed = plain::parse_with(&again, VersionPolicy::Any)
        .unwrap_or_else(|e| panic!("re-parsing our own output failed: {e}"));
    assert_eq!(reparsed, webhook, "round trip changed the webhook");
});
