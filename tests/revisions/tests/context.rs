//! `Webhook::into_parts` moves the envelope's fields into the generated
//! `Context`, typed as the schema types them. For generated bodies of every
//! revision, each context field, serialized with serde_json, must be what
//! the body says; and the `Context`'s `Debug` shows the body's length, never
//! its bytes.

use chrono::{DateTime, FixedOffset};
use plain_webhooks::VersionPolicy;
use plain_webhooks_revisions::{ContextSeen, REVISIONS};
use plain_webhooks_samples::Samples;
use serde_json::Value;

const CASES: u64 = 60;
const SEED: u64 = 9_090;

/// The envelope: every property the schema gives the body but these.
const NOT_ENVELOPE: &[&str] = &["type", "payload"];

/// A date-time as the body may write it: RFC 3339, or what chrono's
/// `DateTime<Utc>` parser (serde's) also takes.
fn instant(s: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .or_else(|| s.parse::<DateTime<FixedOffset>>().ok())
}

/// Whether the context's value is the body's: equal JSON, except that two
/// strings are also the same when both are date-times of the same instant
/// (the context writes them in UTC), two numbers when they are equal as
/// numbers, and a key that one object lacks counts as `null` there (typify
/// skips `None` when serializing). `known` limits which keys of an object
/// are compared (the schema's properties; extra ones the body may carry are
/// not the context's to keep).
fn same(at: &str, context: &Value, body: &Value, known: Option<&[String]>) -> Result<(), String> {
    let differ = || Err(format!("{at}: context {context}, body {body}"));
    match (context, body) {
        (Value::String(c), Value::String(b)) => {
            if c == b {
                return Ok(());
            }
            match (instant(c), instant(b)) {
                (Some(c), Some(b)) if c == b => Ok(()),
                _ => differ(),
            }
        }
        (Value::Number(c), Value::Number(b)) => {
            if c == b || (c.as_f64().is_some() && c.as_f64() == b.as_f64()) {
                Ok(())
            } else {
                differ()
            }
        }
        (Value::Array(c), Value::Array(b)) => {
            if c.len() != b.len() {
                return differ();
            }
            for (i, (c, b)) in c.iter().zip(b).enumerate() {
                same(&format!("{at}[{i}]"), c, b, None)?;
            }
            Ok(())
        }
        (Value::Object(c), Value::Object(b)) => {
            for key in c.keys() {
                if known.is_some_and(|k| !k.contains(key)) {
                    return Err(format!(
                        "{at}.{key}: the context has a key the schema does not: {context}"
                    ));
                }
            }
            let keys: Vec<&String> = match known {
                Some(k) => k.iter().collect(),
                None => c.keys().chain(b.keys()).collect(),
            };
            for key in keys {
                same(
                    &format!("{at}.{key}"),
                    c.get(key).unwrap_or(&Value::Null),
                    b.get(key).unwrap_or(&Value::Null),
                    None,
                )?;
            }
            Ok(())
        }
        (c, b) if c == b => Ok(()),
        _ => differ(),
    }
}

/// The properties the schema gives `webhookMetadata`.
fn metadata_properties(schema: &Value) -> Vec<String> {
    let mut meta = &schema["properties"]["webhookMetadata"];
    if let Some(r) = meta.get("$ref").and_then(Value::as_str) {
        meta = schema
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("webhookMetadata's $ref {r}"));
    }
    let props = meta["properties"]
        .as_object()
        .expect("webhookMetadata has properties");
    assert!(!props.is_empty());
    props.keys().cloned().collect()
}

fn check(ctx: &ContextSeen, body_bytes: &[u8], schema: &Value) -> Result<(), String> {
    let body: Value = serde_json::from_slice(body_bytes).expect("a parsed body is JSON");
    let body = body.as_object().expect("a parsed body is an object");
    // The context holds exactly the envelope: the properties the schema
    // gives the body but `type` and `payload` (a body may carry more, which
    // no type keeps).
    let properties = schema["properties"]
        .as_object()
        .expect("the schema lists the body's properties");
    let mut envelope_keys: Vec<&String> = properties
        .keys()
        .filter(|k| !NOT_ENVELOPE.contains(&k.as_str()))
        .collect();
    let mut context_keys: Vec<&String> = ctx.fields.keys().collect();
    context_keys.sort();
    envelope_keys.sort();
    if context_keys != envelope_keys {
        return Err(format!(
            "context fields {context_keys:?}, schema's envelope {envelope_keys:?}"
        ));
    }
    let metadata = metadata_properties(schema);
    for (key, value) in &ctx.fields {
        let known = (key == "webhookMetadata").then_some(metadata.as_slice());
        same(key, value, body.get(key).unwrap_or(&Value::Null), known)?;
    }

    if ctx.body_len_after_into_parts != 0 {
        return Err(format!(
            "into_parts left a body of {} bytes",
            ctx.body_len_after_into_parts
        ));
    }
    // Debug: the length, not the bytes.
    let length = format!("body: {} bytes", body_bytes.len());
    if !ctx.debug.contains(&length) {
        return Err(format!("Debug lacks {length:?}: {}", ctx.debug));
    }
    if ctx.debug != ctx.debug_with_other_bytes {
        return Err(format!(
            "Debug depends on the body's bytes:\n  {}\n  {}",
            ctx.debug, ctx.debug_with_other_bytes
        ));
    }
    let text = String::from_utf8_lossy(body_bytes);
    let payload = body["payload"].to_string();
    for shown in [
        text.to_string(),
        format!("{text:?}"),
        format!("{:?}", plain_webhooks::Bytes::copy_from_slice(body_bytes)),
        payload.clone(),
        format!("{payload:?}"),
    ] {
        if ctx.debug.contains(&shown) {
            return Err(format!("Debug shows the body: {}", ctx.debug));
        }
    }
    Ok(())
}

#[test]
fn the_context_holds_the_bodys_envelope() {
    for rev in REVISIONS {
        let text = std::fs::read_to_string(rev.path).expect("the schema file is readable");
        let doc: Value = serde_json::from_str(&text).expect("the schema file is JSON");
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
            if let Err(e) = check(&parsed.context, &bytes, &doc) {
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
    let path = std::path::Path::new(plain_webhooks_revisions::SCHEMAS_DIR)
        .join("examples/customer-updated.unversioned.json");
    let bytes = std::fs::read(&path).expect("the fixture is readable");
    let rev = plain_webhooks_revisions::revision("latest.json").expect("latest.json is compiled");
    let parsed = (rev.parse_with)(&bytes, VersionPolicy::Any).expect("the fixture parses");
    assert_eq!(parsed.event_type, "customer.customer_updated");
    let c = &parsed.context;
    assert_eq!(c.fields["id"], "pEv_01HD450JT0RPBT7RRKS1ZQJYBA");
    assert_eq!(c.fields["workspaceId"], "w_01GST0W989ZNAW53X6XYHAY87P");
    assert_eq!(c.fields["timestamp"], "2023-10-19T14:21:43.616Z");
    let meta = &c.fields["webhookMetadata"];
    assert_eq!(
        meta["webhookDeliveryAttemptTimestamp"],
        "2023-10-19T14:21:46.077Z"
    );
    assert_eq!(meta["webhookDeliveryAttemptNumber"], 1);
    assert_eq!(
        meta.get("webhookTargetVersion"),
        None,
        "the fixture has none"
    );
    assert!(!c.debug.contains("Peter Santos"), "{}", c.debug);
    let doc: Value =
        serde_json::from_slice(&std::fs::read(rev.path).expect("schema")).expect("JSON");
    check(c, &bytes, &doc).unwrap();
}

/// The comparison itself: it must tell a wrong field from a right one.
#[test]
fn the_comparison_catches_a_wrong_field() {
    let ok = |c: Value, b: Value| same("x", &c, &b, None).is_ok();
    assert!(ok(
        "2023-10-19T14:21:43.616Z".into(),
        "2023-10-19T16:21:43.616+02:00".into()
    ));
    assert!(!ok(
        "2023-10-19T14:21:43.616Z".into(),
        "2023-10-19T14:21:43.617Z".into()
    ));
    assert!(!ok("w_1".into(), "w_2".into()));
    assert!(!ok(1.into(), 2.into()));
    assert!(ok(
        serde_json::json!({"a": 1}),
        serde_json::json!({"a": 1, "b": null})
    ));
    assert!(!ok(
        serde_json::json!({"a": 1}),
        serde_json::json!({"a": 1, "b": "lost"})
    ));
    let known = ["a".to_string()];
    assert!(same(
        "x",
        &serde_json::json!({"a": 1}),
        &serde_json::json!({"a": 1, "extra": true}),
        Some(&known)
    )
    .is_ok());
    assert!(same(
        "x",
        &serde_json::json!({"a": 2}),
        &serde_json::json!({"a": 1}),
        Some(&known)
    )
    .is_err());
}
