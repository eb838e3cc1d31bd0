//! Hostile request bodies, through the module generated from Plain's real
//! `latest.json`: each gives a value or an error of a stated kind (naming
//! the JSON path), never a panic or a stack overflow.
//!
//! Every body is Plain's documented `customer.customer_updated` example
//! (`schemas/plain/examples/customer-updated.unversioned.json`) with one thing
//! changed, parsed with `VersionPolicy::Any` (the example predates versions).

use std::future::Future;
use std::pin::pin;
use std::task::{Context as TaskContext, Poll, Waker};
use std::time::SystemTime;

use plain_webhooks::{testing, Error, ErrorKind, Verifier, VersionPolicy};
use serde_json::{json, Value};

#[plain_webhooks::webhooks(schema = "../schemas/plain/latest.json")]
mod plain {}

const SECRET: &[u8] = b"whsec_hostile";
/// A string value swapped for raw bytes after serializing (see `splice`).
const HOLE: &str = "\u{1}hole\u{1}";

fn fixture() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../schemas/plain/examples/customer-updated.unversioned.json"
    );
    let text = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_slice(&text).expect("the fixture is JSON")
}

/// The fixture with `edit` applied, serialized.
fn body_with(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = fixture();
    edit(&mut v);
    serde_json::to_vec(&v).expect("serializable")
}

/// The fixture with the string `HOLE`, placed by `edit`, replaced by `raw`
/// bytes: for bodies that `serde_json::Value` cannot hold.
fn splice(edit: impl FnOnce(&mut Value), raw: &[u8]) -> Vec<u8> {
    let text = body_with(edit);
    let hole = serde_json::to_vec(HOLE).expect("serializable");
    let at = text
        .windows(hole.len())
        .position(|w| w == hole.as_slice())
        .expect("the edit placed the hole");
    let mut out = text[..at].to_vec();
    out.extend_from_slice(raw);
    out.extend_from_slice(&text[at + hole.len()..]);
    out
}

fn hole() -> Value {
    Value::String(HOLE.to_string())
}

fn parse(body: &[u8]) -> Result<plain::Webhook, Error> {
    plain::parse_with(body, VersionPolicy::Any)
}

fn parse_err(body: &[u8]) -> Error {
    match parse(body) {
        Ok(w) => panic!("expected an error, parsed {:?}", w.event_type()),
        Err(e) => e,
    }
}

fn customer(w: &plain::Webhook) -> &plain::Customer {
    match &w.event {
        plain::Event::CustomerUpdated(p) => &p.customer,
        other => panic!("expected customer.customer_updated, got {other:?}"),
    }
}

/// Asserts kind and path, and that the message names the path.
fn assert_error(e: &Error, kind: ErrorKind, path: Option<&str>) {
    assert_eq!(e.kind(), kind, "{e}");
    assert_eq!(e.path(), path, "{e}");
    if let Some(p) = path {
        assert!(e.to_string().contains(p), "message does not name {p}: {e}");
    }
}

fn nested(depth: usize) -> Vec<u8> {
    let mut v = vec![b'['; depth];
    v.resize(2 * depth, b']');
    v
}

#[test]
fn the_fixture_parses() {
    let w = parse(&body_with(|_| {})).expect("fixture parses with VersionPolicy::Any");
    assert_eq!(w.event_type(), "customer.customer_updated");
    assert_eq!(customer(&w).full_name, "Peter Santos");
}

#[test]
fn deep_nesting_as_the_payload_is_refused_without_recursion() {
    // The payload's struct refuses the array at once (see
    // `an_array_where_the_schema_wants_an_object_is_refused_with_its_path`),
    // so nothing recurses 100,000 levels deep.
    let body = splice(|v| v["payload"] = hole(), &nested(100_000));
    let e = parse_err(&body);
    assert_eq!(e.kind(), ErrorKind::Schema, "{e}");
    assert!(e.path().is_some_and(|p| p.starts_with("payload")), "{e}");
    assert!(e.message().contains("invalid type: sequence"), "{e}");
    assert_eq!(e.event_type(), Some("customer.customer_updated"));
}

#[test]
fn deep_nesting_as_the_whole_body_is_refused_without_recursion() {
    let e = parse_err(&nested(100_000));
    assert_eq!(e.kind(), ErrorKind::Schema, "{e}");
    assert!(e.message().contains("invalid type: sequence"), "{e}");
}

#[test]
fn deep_nesting_in_a_known_field_is_a_wrong_type() {
    let body = splice(
        |v| v["payload"]["customer"]["fullName"] = hole(),
        &nested(100_000),
    );
    let e = parse_err(&body);
    assert_error(&e, ErrorKind::Schema, Some("payload.customer.fullName"));
    assert!(
        e.message()
            .contains("invalid type: sequence, expected a string"),
        "{e}"
    );
}

#[test]
fn deep_nesting_in_a_tagged_union() {
    // After the tag, an unknown field of the variant is skipped without
    // recursion, like any unknown field.
    let after = splice(
        |v| {
            v["payload"]["customer"]["createdBy"] =
                json!({"actorType": "system", "system": "x", "extra": HOLE});
        },
        &nested(100_000),
    );
    parse(&after).expect("an unknown field after the tag is skipped");

    // Before the tag, entries are buffered, which recurses: serde_json stops
    // at 128 levels with a Json error instead of overflowing the stack.
    let before = splice(
        |v| {
            v["payload"]["customer"]["createdBy"] =
                json!({"aaExtra": HOLE, "actorType": "system", "system": "x"});
        },
        &nested(100_000),
    );
    let e = parse_err(&before);
    assert_error(&e, ErrorKind::Json, Some("payload"));
    assert!(e.message().contains("recursion limit exceeded"), "{e}");
    assert_eq!(e.event_type(), Some("customer.customer_updated"));
}

#[test]
fn deep_nesting_in_unknown_fields_is_skipped() {
    // Fields the schema does not name are skipped without recursion (serde_json's
    // `ignore_value` is a loop), so their depth is bounded only by the body size.
    let top = splice(|v| v["extra"] = hole(), &nested(100_000));
    let w = parse(&top).expect("unknown top-level field is skipped");
    assert_eq!(customer(&w).full_name, "Peter Santos");

    let inner = splice(
        |v| v["payload"]["customer"]["extra"] = hole(),
        &nested(100_000),
    );
    let w = parse(&inner).expect("unknown payload field is skipped");
    assert_eq!(customer(&w).full_name, "Peter Santos");

    // So is the payload of an event type the schema does not list.
    let unknown = splice(
        |v| {
            v["type"] = json!("customer.customer_teleported");
            v["payload"] = hole();
        },
        &nested(100_000),
    );
    let w = parse(&unknown).expect("an unknown event keeps its raw payload");
    assert_eq!(w.event_type(), "customer.customer_teleported");
}

/// JSON Schema's `type: object` refuses arrays; serde's derived structs
/// would read a struct written as an array of its fields in order. Every
/// object of the body is read from an object only.
#[test]
fn an_array_where_the_schema_wants_an_object_is_refused_with_its_path() {
    type Edit = fn(&mut Value);
    let arrays: [(&str, Edit); 4] = [
        ("webhookMetadata", |v| {
            let m = &v["webhookMetadata"];
            v["webhookMetadata"] = json!([
                m["webhookDeliveryAttemptId"],
                m["webhookDeliveryAttemptNumber"],
                m["webhookDeliveryAttemptTimestamp"],
                m["webhookTargetId"],
                null
            ]);
        }),
        ("payload", |v| {
            let p = v["payload"].clone();
            v["payload"] = json!([p["customer"], p["eventType"], p["previousCustomer"]]);
        }),
        ("payload.customer", |v| {
            v["payload"]["customer"] = json!([v["payload"]["customer"]["id"]]);
        }),
        ("payload.previousCustomer.email", |v| {
            let e = v["payload"]["previousCustomer"]["email"].clone();
            v["payload"]["previousCustomer"]["email"] =
                json!([e["email"], e["isVerified"], e["verifiedAt"]]);
        }),
    ];
    for (path, edit) in arrays {
        let body = body_with(edit);
        let e = parse_err(&body);
        assert_error(&e, ErrorKind::Schema, Some(path));
        assert!(
            e.message()
                .starts_with("invalid type: sequence, expected struct"),
            "{e}"
        );
        assert_eq!(e.event_type(), Some("customer.customer_updated"));
        // Signed, it is refused the same way: 400, the handler not run.
        let e = rejected(handle_signed(&body));
        assert_error(&e, ErrorKind::Schema, Some(path));
        assert_eq!(e.status(), 400);
    }

    // The whole body as an array of the envelope's values in field order.
    let v = fixture();
    let body = serde_json::to_vec(&json!([
        v["id"],
        v["timestamp"],
        v["workspaceId"],
        v["webhookMetadata"],
        v["type"],
        v["payload"]
    ]))
    .expect("serializable");
    let e = rejected(handle_signed(&body));
    assert_eq!((e.kind(), e.status()), (ErrorKind::Schema, 400), "{e}");
    assert_eq!(
        e.message(),
        "invalid type: sequence, expected struct Webhook"
    );
}

#[test]
fn a_10_mb_body_parses() {
    let pad = "x".repeat(10 * 1024 * 1024);
    let body = body_with(|v| v["payload"]["customer"]["notInTheSchema"] = json!(pad));
    assert!(body.len() > 10 * 1024 * 1024);
    let w = parse(&body).expect("a large unknown field is skipped");
    assert_eq!(customer(&w).full_name, "Peter Santos");
}

#[test]
fn a_10_mb_body_of_garbage_is_a_json_error() {
    let mut body = b"{\"type\": \"customer.customer_updated\", \"payload\": ".to_vec();
    body.resize(10 * 1024 * 1024, b'}');
    let e = parse_err(&body);
    assert_error(&e, ErrorKind::Json, None);
    assert!(e.message().contains("expected value"), "{e}");
}

#[test]
fn invalid_utf8_in_a_known_string_is_a_json_error() {
    let body = splice(
        |v| v["payload"]["customer"]["fullName"] = hole(),
        b"\"Pe\xffter\"",
    );
    let e = parse_err(&body);
    // The envelope keeps the payload raw, and checks its UTF-8 while doing
    // so: the error comes before the payload is read, with a line and column.
    assert_error(&e, ErrorKind::Json, None);
    assert!(e.message().contains("invalid unicode code point"), "{e}");
    assert!(e.message().contains("line 1, column "), "{e}");
    assert_eq!(e.event_type(), Some("customer.customer_updated"));
}

#[test]
fn invalid_utf8_in_unknown_fields() {
    // Inside the payload, the raw payload's UTF-8 check refuses it.
    let inner = splice(|v| v["payload"]["extra"] = hole(), b"\"\xc3\x28\"");
    let e = parse_err(&inner);
    assert_error(&e, ErrorKind::Json, None);
    assert!(e.message().contains("invalid unicode code point"), "{e}");
    // A skipped top-level field is not decoded, so serde_json does not check
    // its UTF-8: the body is accepted (strictly it is not JSON).
    let top = splice(|v| v["extra"] = hole(), b"\"\xc3\x28\"");
    let w = parse(&top).expect("skipped strings are not decoded");
    assert_eq!(customer(&w).full_name, "Peter Santos");
}

#[test]
fn invalid_utf8_outside_strings_is_a_json_error() {
    let body = splice(|v| v["extra"] = hole(), b"\xff");
    let e = parse_err(&body);
    assert_error(&e, ErrorKind::Json, None);
    assert!(e.message().contains("expected value"), "{e}");
}

#[test]
fn a_utf8_bom_is_a_json_error() {
    // JSON (RFC 8259) forbids a BOM in network transmissions, and serde_json
    // rejects one: a body starting with EF BB BF is refused with 400.
    let mut body = b"\xef\xbb\xbf".to_vec();
    body.extend(body_with(|_| {}));
    let e = parse_err(&body);
    assert_error(&e, ErrorKind::Json, None);
    assert!(e.message().contains("line 1, column 1"), "{e}");
}

#[test]
fn duplicate_keys_in_the_envelope_are_schema_errors() {
    // Typed structs reject a field given twice, whatever the values: there is
    // no "first" or "last wins" for fields the schema names.
    let id = splice(
        |v| v["extra"] = hole(),
        b"0, \"id\": \"pEv_01HD450JT0RPBT7RRKS1ZQJYBB\"",
    );
    let e = parse_err(&id);
    assert_eq!(e.kind(), ErrorKind::Schema, "{e}");
    assert!(e.message().contains("duplicate field `id`"), "{e}");

    let ty = splice(
        |v| v["extra"] = hole(),
        b"0, \"type\": \"thread.thread_created\"",
    );
    let e = parse_err(&ty);
    assert_eq!(e.kind(), ErrorKind::Schema, "{e}");
    assert!(e.message().contains("duplicate field `type`"), "{e}");

    let payload = splice(|v| v["extra"] = hole(), b"0, \"payload\": {}");
    let e = parse_err(&payload);
    assert_eq!(e.kind(), ErrorKind::Schema, "{e}");
    assert!(e.message().contains("duplicate field `payload`"), "{e}");
}

#[test]
fn duplicate_keys_in_the_payload_are_schema_errors_naming_the_path() {
    let body = splice(
        |v| v["payload"]["customer"]["extra"] = hole(),
        b"0, \"fullName\": \"Mallory\"",
    );
    let e = parse_err(&body);
    assert_error(&e, ErrorKind::Schema, Some("payload.customer"));
    assert!(e.message().contains("duplicate field `fullName`"), "{e}");
}

#[test]
fn duplicate_unknown_keys_are_accepted() {
    // Fields the schema does not name are skipped, so repeating one is harmless.
    let body = splice(
        |v| v["payload"]["customer"]["extra"] = hole(),
        b"1, \"extra\": 2",
    );
    let w = parse(&body).expect("duplicate unknown fields are skipped");
    assert_eq!(customer(&w).full_name, "Peter Santos");
}

#[test]
fn numbers_beyond_u64_are_schema_errors() {
    const AT: &str = "webhookMetadata.webhookDeliveryAttemptNumber";
    for n in [
        "18446744073709551616",
        "-9223372036854775809",
        "1e19",
        "0",
        "-1",
        "1.5",
    ] {
        let body = splice(
            |v| v["webhookMetadata"]["webhookDeliveryAttemptNumber"] = hole(),
            n.as_bytes(),
        );
        let e = parse_err(&body);
        assert_error(&e, ErrorKind::Schema, Some(AT));
    }
}

#[test]
fn numbers_beyond_f64_are_json_errors() {
    // serde_json refuses to round an out-of-range float to infinity.
    let body = splice(
        |v| v["webhookMetadata"]["webhookDeliveryAttemptNumber"] = hole(),
        b"1e400",
    );
    let e = parse_err(&body);
    assert_error(&e, ErrorKind::Json, None);
    assert!(e.message().contains("number out of range"), "{e}");
}

#[test]
fn huge_numbers_in_unknown_fields_are_skipped() {
    let digits = "9".repeat(100_000);
    for n in ["1e400", "-1e-400", "18446744073709551616", digits.as_str()] {
        let body = splice(|v| v["payload"]["customer"]["extra"] = hole(), n.as_bytes());
        let w = parse(&body).unwrap_or_else(|e| panic!("{n:.20}: {e}"));
        assert_eq!(customer(&w).full_name, "Peter Santos");
    }
}

#[test]
fn a_type_that_is_not_a_string_is_a_schema_error() {
    for ty in [
        json!(42),
        json!(null),
        json!(["customer.customer_updated"]),
        json!({}),
    ] {
        let body = body_with(|v| v["type"] = ty.clone());
        let e = parse_err(&body);
        assert_error(&e, ErrorKind::Schema, Some("type"));
        assert!(e.message().contains("expected a string"), "{ty}: {e}");
    }
}

#[test]
fn a_missing_payload_is_a_schema_error() {
    let body = body_with(|v| {
        v.as_object_mut().expect("object").remove("payload");
    });
    let e = parse_err(&body);
    assert_error(&e, ErrorKind::Schema, Some("payload"));
    assert_eq!(e.message(), "missing field");
    assert_eq!(e.event_type(), Some("customer.customer_updated"));
}

#[test]
fn a_null_payload_is_a_schema_error_for_a_known_type() {
    let body = body_with(|v| v["payload"] = Value::Null);
    let e = parse_err(&body);
    assert_error(&e, ErrorKind::Schema, Some("payload"));
    assert!(e.message().contains("invalid type: null"), "{e}");
}

#[test]
fn a_null_payload_is_kept_for_an_unknown_type() {
    let body = body_with(|v| {
        v["type"] = json!("customer.customer_teleported");
        v["payload"] = Value::Null;
    });
    let w = parse(&body).expect("unknown event types keep their raw payload");
    match &w.event {
        plain::Event::Unknown {
            event_type,
            payload,
        } => {
            assert_eq!(event_type, "customer.customer_teleported");
            assert_eq!(payload.as_str(), "null");
        }
        other => panic!("expected Unknown, got {other:?}"),
    }
}

#[test]
fn a_1_mb_string_field_parses() {
    let name = "é".repeat(512 * 1024);
    let body = body_with(|v| v["payload"]["customer"]["fullName"] = json!(name));
    let w = parse(&body).expect("a long name is a name");
    assert_eq!(customer(&w).full_name, name);
}

#[test]
fn a_1_mb_id_is_a_schema_error() {
    let id = format!("c_{}", "0".repeat(1024 * 1024));
    let body = body_with(|v| v["payload"]["customer"]["id"] = json!(id));
    let e = parse_err(&body);
    assert_error(&e, ErrorKind::Schema, Some("payload.customer.id"));
    // The message must not echo a megabyte of input back.
    assert!(e.to_string().len() < 1024, "{} bytes", e.to_string().len());
}

/// Polls a future to completion on this thread; `handle` never waits on
/// I/O here, so a spin is enough and no runtime is needed.
fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let mut cx = TaskContext::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

struct Customers;

impl plain::Handler for Customers {
    type Error = String;

    async fn on_customer_updated(
        &self,
        _ctx: &plain::Context,
        event: plain::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), String> {
        if event.customer.full_name.is_empty() {
            return Err("no name".into());
        }
        Ok(())
    }
}

fn verifier(version_policy: VersionPolicy) -> Verifier {
    // The fixture was delivered in 2023: no replay window.
    Verifier::new(SECRET)
        .expect("a secret")
        .with_tolerance(None)
        .with_version_policy(version_policy)
}

fn handle(body: &[u8], signature: &str, policy: VersionPolicy) -> plain_webhooks::Outcome<String> {
    block_on(plain::handle(
        &Customers,
        &verifier(policy),
        &plain_webhooks::Dedupe::off(),
        body,
        signature,
    ))
}

fn handle_signed(body: &[u8]) -> plain_webhooks::Outcome<String> {
    handle(body, &testing::sign(body, SECRET), VersionPolicy::Any)
}

fn rejected(outcome: plain_webhooks::Outcome<String>) -> Error {
    match outcome {
        plain_webhooks::Outcome::Rejected(e) => e,
        other => panic!("expected Rejected, got {other:?}"),
    }
}

#[test]
fn handle_answers_every_hostile_body() {
    let fine = body_with(|_| {});
    assert_eq!(handle_signed(&fine).status(), 200);
    assert!(matches!(
        handle_signed(&fine),
        plain_webhooks::Outcome::Handled
    ));
    let empty_name = body_with(|v| v["payload"]["customer"]["fullName"] = json!(""));
    assert_eq!(handle_signed(&empty_name).status(), 500);

    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(&fine);
    let bad: Vec<(&str, Vec<u8>, ErrorKind)> = vec![
        ("whole body nested", nested(100_000), ErrorKind::Schema),
        (
            "payload nested",
            splice(|v| v["payload"] = hole(), &nested(100_000)),
            ErrorKind::Schema,
        ),
        (
            "union nested",
            splice(
                // Before the tag (keys are written sorted): buffered.
                |v| v["payload"]["customer"]["updatedBy"]["aaExtra"] = hole(),
                &nested(100_000),
            ),
            ErrorKind::Json,
        ),
        ("BOM", bom, ErrorKind::Json),
        (
            "invalid UTF-8",
            splice(
                |v| v["payload"]["customer"]["fullName"] = hole(),
                b"\"\xff\"",
            ),
            ErrorKind::Json,
        ),
        (
            "duplicate key",
            splice(|v| v["extra"] = hole(), b"0, \"type\": \"x.y\""),
            ErrorKind::Schema,
        ),
        (
            "number beyond u64",
            splice(
                |v| v["webhookMetadata"]["webhookDeliveryAttemptNumber"] = hole(),
                b"18446744073709551616",
            ),
            ErrorKind::Schema,
        ),
        (
            "number beyond f64",
            splice(
                |v| v["webhookMetadata"]["webhookDeliveryAttemptNumber"] = hole(),
                b"1e400",
            ),
            ErrorKind::Json,
        ),
        (
            "type not a string",
            body_with(|v| v["type"] = json!(7)),
            ErrorKind::Schema,
        ),
        (
            "payload null",
            body_with(|v| v["payload"] = Value::Null),
            ErrorKind::Schema,
        ),
    ];
    for (what, body, kind) in bad {
        let e = rejected(handle_signed(&body));
        assert_eq!(e.kind(), kind, "{what}: {e}");
        assert_eq!(e.status(), 400, "{what}");
    }

    let big = body_with(|v| v["payload"]["customer"]["fullName"] = json!("n".repeat(1 << 20)));
    assert_eq!(handle_signed(&big).status(), 200);
    let huge = body_with(|v| v["padding"] = json!("p".repeat(10 << 20)));
    assert_eq!(handle_signed(&huge).status(), 200);
}

#[test]
fn handle_checks_the_signature_before_reading_the_body() {
    let body = nested(100_000);
    let good = testing::sign(&body, SECRET);
    for (signature, kind) in [
        ("", ErrorKind::MissingSignature),
        ("zz", ErrorKind::MalformedSignature),
        ("\u{ff}\u{0}\u{7f}", ErrorKind::MalformedSignature),
        (&good[..63], ErrorKind::MalformedSignature),
        (&"0".repeat(64), ErrorKind::SignatureMismatch),
    ] {
        let e = rejected(handle(&body, signature, VersionPolicy::Any));
        assert_eq!(e.kind(), kind, "{signature:?}: {e}");
        assert_eq!(e.status(), 401);
    }
    let e = rejected(handle(b"", &good, VersionPolicy::Any));
    assert_eq!(e.kind(), ErrorKind::EmptyBody);
}

#[test]
fn handle_refuses_the_unversioned_fixture_under_exact() {
    let body = body_with(|_| {});
    let e = rejected(handle(
        &body,
        &testing::sign(&body, SECRET),
        VersionPolicy::Exact,
    ));
    assert_error(
        &e,
        ErrorKind::VersionMismatch,
        Some("webhookMetadata.webhookTargetVersion"),
    );
    assert_eq!(e.status(), 422);
}

#[test]
fn handle_and_parse_agree_on_odd_delivery_timestamps() {
    // `handle` reads the delivery timestamp for the replay check from the
    // parsed body: a body `parse_with` accepts must not be refused there,
    // and the two must refuse a body for the same reason.
    let mut disagreements = Vec::new();
    for ts in [
        "2023-10-19T14:21:46.077Z",
        "2023-10-19 14:21:46.077Z",
        "2023-10-19t14:21:46.077z",
        "2023-10-19T14:21:46+00:00",
        "2023-10-19T14:21:60Z",
        "2023-10-19T14:21:46.123456789123Z",
        "2023-10-19T14:21Z",
        "20231019T142146Z",
        "+2023-10-19T14:21:46Z",
        "2023-10-19T14:21:46-24:00",
        "2023-10-19T14:21:46+0000",
    ] {
        let body =
            body_with(|v| v["webhookMetadata"]["webhookDeliveryAttemptTimestamp"] = json!(ts));
        let parsed = parse(&body).map(|_| ()).map_err(|e| e.kind());
        let handled = match handle_signed(&body) {
            plain_webhooks::Outcome::Handled => Ok(()),
            plain_webhooks::Outcome::Rejected(e) => Err(e.kind()),
            other => panic!("{ts}: {other:?}"),
        };
        if parsed != handled {
            disagreements.push(format!("{ts}: parse_with {parsed:?}, handle {handled:?}"));
        }
    }
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}

#[test]
fn a_date_time_with_a_long_fraction_is_read_as_chrono_reads_it() {
    // Found by the `parse` fuzz target against an earlier date-time reader:
    // more than nine fraction digits must not overflow anything.
    for raw in [
        "1989-12-26T20:10:33.6366666666666666666666666669Z",
        "2024-05-01T12:34:56.9999999999+01:00",
    ] {
        let body = body_with(|v| v["timestamp"] = json!(raw));
        let chrono = raw
            .parse::<plain_webhooks::__private::chrono::DateTime<
                plain_webhooks::__private::chrono::FixedOffset,
            >>()
            .map(|t| t.timestamp_nanos_opt());
        match (parse(&body), chrono) {
            (Ok(w), Ok(nanos)) => assert_eq!(w.timestamp.timestamp_nanos_opt(), nanos, "{raw}"),
            (Err(e), Err(_)) => assert_error(&e, ErrorKind::Schema, Some("timestamp")),
            (ours, theirs) => panic!("{raw}: we read {ours:?}, chrono {theirs:?}"),
        }
    }
}

#[test]
fn the_documented_example_verifies_at_its_delivery_time_only() {
    let body = body_with(|_| {});
    let json: Value = serde_json::from_slice(&body).expect("JSON");
    let at: plain_webhooks::__private::chrono::DateTime<plain_webhooks::__private::chrono::Utc> =
        json["webhookMetadata"]["webhookDeliveryAttemptTimestamp"]
            .as_str()
            .expect("a delivery time")
            .parse()
            .expect("RFC 3339");
    let then = SystemTime::from(at);
    let verifier = Verifier::new(SECRET)
        .expect("a secret")
        .with_clock(move || then)
        .with_version_policy(VersionPolicy::Any);
    let sig = testing::sign(&body, SECRET);
    let w = plain::Webhook::verify_and_parse(&body, &sig, &verifier).expect("verifies then");
    assert_eq!(w.webhook_metadata.webhook_delivery_attempt_timestamp, at);
    // Plain's documented example is from 2023: far outside the window today.
    let today = Verifier::new(SECRET)
        .expect("a secret")
        .with_version_policy(VersionPolicy::Any);
    let e = plain::Webhook::verify_and_parse(&body, &sig, &today).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::TimestampOutOfTolerance);
    assert_eq!(e.event_type(), Some("customer.customer_updated"));
}

#[test]
fn the_context_debug_shows_the_body_length_not_the_customer() {
    let body = body_with(|_| {});
    let w = parse(&body).expect("the fixture parses");
    let (mut ctx, _) = w.into_parts();
    ctx.body = plain_webhooks::Bytes::from(body.clone());
    let shown = format!("{ctx:?}");
    assert!(shown.contains(&format!("{} bytes", body.len())), "{shown}");
    assert!(!shown.contains("peter@example.com"), "{shown}");
    assert!(shown.contains("pEv_01HD450JT0RPBT7RRKS1ZQJYBA"), "{shown}");
}
