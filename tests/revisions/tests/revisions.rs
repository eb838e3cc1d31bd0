//! Every revision of Plain's schema, expanded and compiled, against the
//! documented `customer.customer_updated` example.

use plain_webhooks::{ErrorKind, VersionPolicy};
use plain_webhooks_revisions::{revision, REVISIONS, SCHEMAS_DIR};
use serde_json::Value;

const UNVERSIONED_ACCEPTING: &[&str] = &[
    "history/2024-03-12-d6f6823.json",
    "history/2024-04-18-1b43893.json",
    "history/2024-05-01-31e5f27.json",
    "history/2024-06-05-9b6a1ce.json",
    "history/2024-06-05-f69fc2d.json",
    "history/2024-06-18-3d158d5.json",
    "history/2024-06-18-bb3cb38.json",
];

/// Plain's documented example, in the repository.
fn fixture() -> Vec<u8> {
    let path = std::path::Path::new(SCHEMAS_DIR).join("examples/customer-updated.unversioned.json");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn schema_json(path: &str) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("the macro read it")).expect("valid JSON")
}

#[test]
fn every_revision_expands_and_lists_its_event_types() {
    let history = std::fs::read_dir(std::path::Path::new(SCHEMAS_DIR).join("history"))
        .expect("history folder")
        .count();
    assert_eq!(
        REVISIONS.len(),
        history + 1,
        "every history file and latest.json"
    );
    assert!(
        history >= 17,
        "expected Plain's 17 revisions, found {history}"
    );
    for r in REVISIONS {
        let schema = schema_json(r.path);
        let listed: Vec<&str> = schema["properties"]["type"]["enum"]
            .as_array()
            .expect("type enum")
            .iter()
            .map(|v| v.as_str().expect("strings"))
            .collect();
        assert_eq!(r.event_types, listed.as_slice(), "{}", r.file);
        let version = schema["definitions"]["webhookMetadata"]["properties"]
            ["webhookTargetVersion"]["const"]
            .as_str();
        assert_eq!(r.version, version, "{}", r.file);
    }
}

#[test]
fn documented_example_parses_under_the_unversioned_revisions() {
    let body = fixture();
    for file in UNVERSIONED_ACCEPTING {
        let r = revision(file).unwrap_or_else(|| panic!("{file} was expanded"));
        assert_eq!(r.version, None, "{file} is unversioned");
        let parsed =
            (r.parse_with)(&body, VersionPolicy::Exact).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(parsed.event_type, "customer.customer_updated");
        assert_eq!(parsed.variant, "CustomerUpdated", "{file}");
        let payload = &parsed.json["payload"];
        assert_eq!(payload["customer"]["fullName"], "Peter Santos", "{file}");
        assert_eq!(
            payload["customer"]["markedAsSpamBy"],
            serde_json::json!({"actorType": "user", "userId": "u_01H1V4NA10RMHWFBXB6A1ZBYRA"}),
            "{file}"
        );
        assert_eq!(
            payload["previousCustomer"]["markedAsSpamAt"],
            Value::Null,
            "{file}"
        );
        assert!(
            parsed.round_trip_equal,
            "{file}: parse → serialize → parse differs"
        );
    }
}

#[test]
fn documented_example_under_latest_is_a_version_mismatch_unless_any() {
    let body = fixture();
    let latest = revision("latest.json").expect("latest.json expanded");
    let e = (latest.parse_with)(&body, VersionPolicy::Exact).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::VersionMismatch, "{e}");
    let expected = latest.version.expect("latest is versioned");
    assert!(
        e.to_string().contains(expected),
        "names the expected version: {e}"
    );
    assert!(
        e.to_string().contains(
            "the body has none: it predates versioned webhook targets; `VersionPolicy::Any` \
             accepts it"
        ),
        "says the body has none, why, and what accepts it: {e}"
    );
    assert_eq!(e.event_type(), Some("customer.customer_updated"));

    let parsed = (latest.parse_with)(&body, VersionPolicy::Any).expect("parses with Any");
    assert_eq!(parsed.variant, "CustomerUpdated");
    assert_eq!(
        parsed.json["payload"]["customer"]["fullName"],
        "Peter Santos"
    );
    assert!(parsed.round_trip_equal);
}

#[test]
fn every_versioned_revision_fails_the_example_only_on_its_version() {
    let body = fixture();
    let versioned: Vec<_> = REVISIONS.iter().filter(|r| r.version.is_some()).collect();
    assert!(
        versioned.len() >= 7,
        "Plain versioned its schema from 2024-09-27 on"
    );
    for r in versioned {
        let e = (r.parse_with)(&body, VersionPolicy::Exact).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::VersionMismatch, "{}: {e}", r.file);
        let parsed =
            (r.parse_with)(&body, VersionPolicy::Any).unwrap_or_else(|e| panic!("{}: {e}", r.file));
        assert_eq!(parsed.variant, "CustomerUpdated", "{}", r.file);
        assert!(parsed.round_trip_equal, "{}", r.file);
    }
}

#[test]
fn revisions_requiring_assigned_at_reject_the_example_naming_the_field() {
    let body = fixture();
    for file in [
        "history/2024-09-13-a1499d2.json",
        "history/2024-09-17-acb9a2b.json",
        "history/2024-09-23-09e1e7b.json",
    ] {
        let r = revision(file).expect("expanded");
        let e = (r.parse_with)(&body, VersionPolicy::Exact).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Schema, "{file}: {e}");
        assert_eq!(e.event_type(), Some("customer.customer_updated"));
        assert_eq!(e.path(), Some("payload.customer.assignedAt"), "{file}: {e}");
        assert_eq!(
            e.to_string(),
            "customer.customer_updated: payload.customer.assignedAt: missing field"
        );
    }
}

/// What `plain-webhooks sample EVENT_TYPE --schema FILE` prints
/// (`Samples::valid(event_type, seed, 0)`, checked in the cli's tests), for
/// every event type of every revision, parses through that revision's
/// module under `VersionPolicy::Exact`: the version const is in it.
#[test]
fn sample_bodies_of_every_event_type_parse_through_their_revision() {
    for rev in REVISIONS {
        let text = std::fs::read_to_string(rev.path).expect("the schema file is readable");
        let doc: Value = serde_json::from_str(&text).expect("the schema file is JSON");
        let samples = plain_webhooks_samples::Samples::new(&doc)
            .unwrap_or_else(|e| panic!("{}: {e}", rev.file));
        assert_eq!(
            samples.event_types().len(),
            rev.event_types.len(),
            "{}",
            rev.file
        );
        for event_type in samples.event_types() {
            for seed in [0, 1] {
                let body = samples
                    .valid(event_type, seed, 0)
                    .unwrap_or_else(|e| panic!("{}: {event_type}: {e}", rev.file))
                    .to_bytes();
                let parsed = (rev.parse_with)(&body, VersionPolicy::Exact)
                    .unwrap_or_else(|e| panic!("{}: {event_type} (seed {seed}): {e}", rev.file));
                assert_eq!(parsed.event_type, *event_type, "{}", rev.file);
            }
        }
    }
}
