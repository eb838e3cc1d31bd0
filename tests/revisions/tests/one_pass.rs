//! `parse_with` reads a body in one pass when a byte search finds its `type`
//! ahead of parsing, and falls back to envelope-then-payload otherwise (see
//! `parse_guessed` in the runtime). The shortcut must never change a result:
//! for generated bodies of every revision, valid and broken, the same body
//! with the search defeated (the `type` written with a JSON escape) or
//! misled (a decoy `"type"` later in the body) parses to the same value or
//! the same error.

use plain_webhooks::{Error, VersionPolicy};
use plain_webhooks_revisions::{schemas_missing, Parsed, Revision, REVISIONS};
use plain_webhooks_samples::Samples;

const CASES: u64 = 120;
const SEED: u64 = 4_242;

fn outcome(rev: &Revision, body: &[u8]) -> Result<(String, String, serde_json::Value), String> {
    (rev.parse_with)(body, VersionPolicy::Any)
        .map(|p: Parsed| (p.event_type, p.variant, p.json))
        .map_err(|e: Error| format!("{:?}: {e}", e.kind()))
}

/// The body with the last `"type":"<event type>"` spelled with an escape,
/// which JSON reads the same and the byte search does not recognise.
fn escaped(body: &[u8], event_type: &str) -> Option<Vec<u8>> {
    let needle = format!("\"type\":\"{event_type}\"");
    let text = std::str::from_utf8(body).ok()?;
    let at = text.rfind(&needle)?;
    let first = event_type.chars().next()?;
    let spelled = format!(
        "\"type\":\"\\u{:04x}{}\"",
        first as u32,
        &event_type[first.len_utf8()..]
    );
    Some(format!("{}{}{}", &text[..at], spelled, &text[at + needle.len()..]).into_bytes())
}

/// The body with `"zzDecoy":{"type":"<decoy>"}` added last, so the search
/// finds the decoy first.
fn with_decoy(body: &[u8], decoy: &str) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(body).ok()?.trim_end();
    let open = text.strip_suffix('}')?;
    let comma = if open.trim_end().ends_with('{') {
        ""
    } else {
        ","
    };
    Some(format!("{open}{comma}\"zzDecoy\":{{\"type\":\"{decoy}\"}}}}").into_bytes())
}

/// `f(revision, case index, sample)` for the first `CASES` generated
/// bodies of every revision.
fn each_sample(mut f: impl FnMut(&Revision, u64, &plain_webhooks_samples::Sample)) {
    for rev in REVISIONS {
        let text = std::fs::read_to_string(rev.path).expect("the schema file is readable");
        let doc = serde_json::from_str(&text).expect("the schema file is JSON");
        let samples = Samples::new(&doc).unwrap_or_else(|e| panic!("{}: {e}", rev.file));
        for index in 0..CASES {
            let sample = samples
                .case(SEED, index)
                .unwrap_or_else(|e| panic!("{}: sample {index}: {e}", rev.file));
            f(rev, index, &sample);
        }
    }
}

#[test]
fn one_pass_and_two_pass_parses_agree() {
    if schemas_missing("one_pass_and_two_pass_parses_agree") {
        return;
    }
    let (mut escaped_cases, mut decoy_cases, mut valid) = (0, 0, 0);
    each_sample(|rev, index, sample| {
        let body = sample.to_bytes();
        let direct = outcome(rev, &body);
        valid += usize::from(direct.is_ok());
        if let Some(slow) = escaped(&body, &sample.event_type) {
            assert_eq!(
                outcome(rev, &slow),
                direct,
                "{}: case {index} with `type` escaped",
                rev.file
            );
            escaped_cases += 1;
        }
        // A decoy naming another event type, and its escaped twin: the
        // decoy misleads the search, the twin defeats it.
        let Some(decoy) = rev.event_types.iter().find(|t| **t != sample.event_type) else {
            return;
        };
        let (Some(misled), Some(plain)) = (
            with_decoy(&body, decoy),
            escaped(&body, &sample.event_type)
                .and_then(|b| with_decoy(&b, decoy))
                .and_then(|b| escaped(&b, decoy)),
        ) else {
            return;
        };
        assert_eq!(
            outcome(rev, &misled),
            outcome(rev, &plain),
            "{}: case {index} with a decoy `type`",
            rev.file
        );
        decoy_cases += 1;
    });
    // The comparisons ran, on valid bodies as well as broken ones.
    assert!(escaped_cases > REVISIONS.len() * 60, "{escaped_cases}");
    assert!(decoy_cases > REVISIONS.len() * 60, "{decoy_cases}");
    assert!(valid > REVISIONS.len() * 30, "{valid}");
}

/// The generated one-pass readers (runtime `fast.rs`) answer only when
/// they give what serde gives. For generated bodies of every revision,
/// valid and broken, and for those bodies with their strings escaped or
/// their keys in reverse order (tags after other keys), `parse_with` gives the same
/// value or error as with serde alone; and the
/// readers, not serde, read the valid bodies.
#[test]
fn one_pass_readers_agree_with_serde() {
    use plain_webhooks::__private::fast::{reads, with_mode, Mode};
    if schemas_missing("one_pass_readers_agree_with_serde") {
        return;
    }
    let (mut compared, mut valid, mut by_reader, mut fell_through) = (0, 0, 0, 0);
    each_sample(|rev, index, sample| {
        let body = sample.to_bytes();
        // The same body with every `e` in a string written `\u0065`:
        // the readers hand such strings to serde_json.
        let escaped = String::from_utf8_lossy(&body)
            .replace("e\"", "\\u0065\"")
            .into_bytes();
        // The same body with every object's keys in reverse alphabetical
        // order: the tags of most unions (`actorType`, …) then come after
        // other keys.
        let reversed = serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .map(|v| keys_reversed(&v).into_bytes());
        let mut bodies = vec![(body, false), (escaped, true)];
        bodies.extend(reversed.map(|b| (b, false)));
        for (body, escaped_body) in bodies {
            let before = reads();
            let both = outcome(rev, &body);
            // `Revision::parse_with` parses the body, then its serialized
            // twin: both must have been read by the readers.
            let read = reads() - before == 2;
            let serde = with_mode(Mode::SerdeOnly, || outcome(rev, &body));
            assert_eq!(both, serde, "{}: case {index}", rev.file);
            compared += 1;
            // A body of an event type the schema lists, keys unescaped:
            // the readers' to read. (Other types go to `Event::Unknown`.)
            let listed = both
                .as_ref()
                .is_ok_and(|(_, variant, _)| variant != "Unknown");
            if listed && !escaped_body {
                valid += 1;
                // Bar one case: an untagged union (`ThreadAssignee`) whose
                // value has every key of an earlier variant but is not one
                // (a `User` with an unknown `status`) is serde's to read,
                // as the bare `{id}` variant.
                let bare_id = both.as_ref().is_ok_and(|(_, _, json)| has_bare_id(json));
                match (read, bare_id) {
                    (true, _) => by_reader += 1,
                    (false, true) => fell_through += 1,
                    (false, false) => {}
                }
            }
        }
    });
    assert!(compared > REVISIONS.len() * 300, "{compared}");
    assert!(valid > REVISIONS.len() * 120, "{valid}");
    // Every such body was read in one pass, bar the rare fall-through.
    assert!(fell_through * 100 < valid, "{fell_through} of {valid}");
    assert_eq!(by_reader + fell_through, valid);
}

/// Whether `json` holds an object whose one key is `id`.
fn has_bare_id(json: &serde_json::Value) -> bool {
    match json {
        serde_json::Value::Object(map) => {
            (map.len() == 1 && map.contains_key("id")) || map.values().any(has_bare_id)
        }
        serde_json::Value::Array(items) => items.iter().any(has_bare_id),
        _ => false,
    }
}

/// `value` as JSON with every object's keys in reverse alphabetical order
/// (a `Value`'s map keeps them sorted).
fn keys_reversed(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let entries: Vec<String> = map
                .iter()
                .rev()
                .map(|(k, v)| format!("{}:{}", Value::from(k.as_str()), keys_reversed(v)))
                .collect();
            format!("{{{}}}", entries.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(keys_reversed).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

/// `latest.json`'s revision, and the large bench body (a thread with an
/// assignee) as JSON.
fn latest_and_bench_body() -> (&'static Revision, serde_json::Value) {
    let rev = REVISIONS
        .iter()
        .find(|r| r.file == "latest.json")
        .expect("latest.json is a revision");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../benches/data/thread-email-received.json"
    );
    let text = std::fs::read_to_string(path).expect("the bench body is readable");
    let body = serde_json::from_str(&text).expect("the bench body is JSON");
    (rev, body)
}

/// An untagged `ThreadAssignee` whose `User` lacks `deletedAt` and
/// `deletedBy`: serde reads those missing fields as `None` (their types are
/// transparent newtypes of `Option`), so the assignee is still a `User`.
/// The readers' variant choice once took such a field as required and
/// picked the `{id}` variant (found by the `parse` fuzz target).
#[test]
fn untagged_variant_with_missing_nullable_fields_is_serdes_choice() {
    use plain_webhooks::__private::fast::{with_mode, Mode};
    if schemas_missing("untagged_variant_with_missing_nullable_fields_is_serdes_choice") {
        return;
    }
    let (rev, mut body) = latest_and_bench_body();
    let assignee = body["payload"]["thread"]["assignee"]
        .as_object_mut()
        .expect("the bench body has an assignee");
    assert!(assignee.remove("deletedAt").is_some() && assignee.remove("deletedBy").is_some());
    let body = serde_json::to_vec(&body).expect("serializes");
    let read = outcome(rev, &body).expect("the body parses");
    let by_serde = with_mode(Mode::SerdeOnly, || outcome(rev, &body));
    assert_eq!(Ok(read.clone()), by_serde);
    let assignee = &read.2["payload"]["thread"]["assignee"];
    assert!(
        assignee.get("email").is_some(),
        "not read as a User: {assignee}"
    );
}

/// The untagged `ThreadAssignee` in the shapes that decide its variant. Its
/// reader reads a `User` straight away, and must give up when the object
/// has a key `User` does not name: with `"type"` among the keys, serde picks
/// the `{type}` variant, which comes before `User`.
#[test]
fn untagged_variants_read_as_serde_reads_them() {
    use plain_webhooks::__private::fast::{reads, with_mode, Mode};
    use serde_json::json;
    if schemas_missing("untagged_variants_read_as_serde_reads_them") {
        return;
    }
    let (rev, body) = latest_and_bench_body();
    let user = body["payload"]["thread"]["assignee"].clone();
    let user_text = user.to_string();
    let inner = user_text
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .expect("the assignee is an object");
    let mut machine = user.clone();
    let m = machine.as_object_mut().expect("an object");
    m.remove("email");
    m.remove("status");
    m.insert("description".into(), json!("a bot"));
    // (assignee as JSON text, the keys the value read must have)
    let cases: Vec<(String, &[&str])> = vec![
        (user_text.clone(), &["email", "status"]),
        (format!("{{{inner},\"type\":\"UNKNOWN\"}}"), &["type"]),
        (format!("{{\"type\":\"UNKNOWN\",{inner}}}"), &["type"]),
        (
            format!("{{{inner},\"zzExtra\":[1,{{}}]}}"),
            &["email", "status"],
        ),
        ("{\"type\":\"UNKNOWN\"}".into(), &["type"]),
        (machine.to_string(), &["description"]),
        ("{\"id\":\"u_01H0000000000000000000000\"}".into(), &["id"]),
    ];
    for (assignee, keys) in cases {
        let placeholder = "\"@assignee@\"";
        let mut shell = body.clone();
        shell["payload"]["thread"]["assignee"] = json!("@assignee@");
        let body = shell.to_string().replacen(placeholder, &assignee, 1);
        let before = reads();
        let read = outcome(rev, body.as_bytes());
        let by_reader = reads() - before == 2;
        let serde = with_mode(Mode::SerdeOnly, || outcome(rev, body.as_bytes()));
        assert_eq!(read, serde, "{assignee}");
        let (_, _, json) = read.unwrap_or_else(|e| panic!("{assignee}: {e}"));
        let value = &json["payload"]["thread"]["assignee"];
        for key in keys {
            assert!(value.get(key).is_some(), "{assignee} read as {value}");
        }
        assert!(by_reader, "{assignee} was left to serde");
    }
}
