//! The generator on Plain's real schemas and on small schemas of our own.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use plain_webhooks_samples::{MutationKind, Options, Samples};
use serde_json::{json, Value};

/// Plain's schemas in the repository (`schemas/plain/`): a missing file fails the test.
fn schemas_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemas/plain");
    assert!(
        dir.join("latest.json").is_file(),
        "no Plain schemas in {}: they are part of the repository (git checkout schemas/plain)",
        dir.display()
    );
    dir
}

fn load(dir: &std::path::Path, file: &str) -> Value {
    let text = std::fs::read(dir.join(file)).expect("schema file");
    serde_json::from_slice(&text).expect("schema JSON")
}

/// Paths (in the runtime's `a.b[0]` style) where two values differ.
fn differences(a: &Value, b: &Value, at: &str, out: &mut Vec<String>) {
    let join = |k: &str| {
        if at.is_empty() {
            k.to_string()
        } else {
            format!("{at}.{k}")
        }
    };
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => differences(p, q, &join(k), out),
                    _ => out.push(join(k)),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                differences(p, q, &format!("{at}[{i}]"), out);
            }
        }
        _ if a == b => {}
        _ => out.push(if at.is_empty() { ".".into() } else { at.into() }),
    }
}

#[test]
fn same_seed_same_bodies_other_seed_other_bodies() {
    let dir = schemas_dir();
    let schema = load(&dir, "latest.json");
    let a = Samples::new(&schema).unwrap();
    let b = Samples::new(&schema).unwrap();
    let run = |s: &Samples, seed| -> Vec<Vec<u8>> {
        s.cases(seed)
            .take(120)
            .map(|c| c.unwrap().to_bytes())
            .collect()
    };
    assert_eq!(run(&a, 7), run(&b, 7));
    assert_ne!(run(&a, 7), run(&a, 8));
    // One case alone is the same as inside its run.
    assert_eq!(a.case(7, 95).unwrap().to_bytes(), run(&a, 7)[95]);
}

#[test]
fn other_event_types_under_one_seed_are_other_deliveries() {
    let schema = load(&schemas_dir(), "latest.json");
    let samples = Samples::new(&schema).unwrap();
    let ids: BTreeSet<String> = samples
        .event_types()
        .iter()
        .map(|t| samples.valid(t, 0, 0).unwrap().body["id"].to_string())
        .collect();
    assert_eq!(ids.len(), samples.event_types().len(), "{ids:?}");
}

#[test]
fn stamping_sets_the_delivery_times_and_leaves_a_broken_one_broken() {
    let schema = load(&schemas_dir(), "latest.json");
    let samples = Samples::new(&schema).unwrap();
    let now = "2026-12-07T20:00:00.000Z";
    let mut valid = samples.valid("customer.customer_updated", 1, 0).unwrap();
    let drawn = valid.body.clone();
    valid.stamp(now);
    assert_eq!(valid.body["timestamp"], now);
    assert_eq!(
        valid.body["webhookMetadata"]["webhookDeliveryAttemptTimestamp"],
        now
    );
    let mut unstamped = valid.body.clone();
    unstamped["timestamp"] = drawn["timestamp"].clone();
    unstamped["webhookMetadata"]["webhookDeliveryAttemptTimestamp"] =
        drawn["webhookMetadata"]["webhookDeliveryAttemptTimestamp"].clone();
    assert_eq!(unstamped, drawn, "nothing else changed");

    for path in ["timestamp", "webhookMetadata"] {
        let mut broken = samples.valid("customer.customer_updated", 1, 0).unwrap();
        let pointer = format!("/{path}");
        *broken.body.pointer_mut(&pointer).unwrap() = json!("not a date-time");
        broken.mutation = Some(plain_webhooks_samples::Mutation {
            kind: MutationKind::BadDateTime,
            path: path.to_string(),
            description: String::new(),
            admits_null: false,
        });
        let before = broken.body.clone();
        broken.stamp(now);
        assert_eq!(broken.body[path], before[path], "{path}");
    }
}

#[test]
fn valid_bodies_cover_every_event_type_of_latest() {
    let dir = schemas_dir();
    let schema = load(&dir, "latest.json");
    let listed: Vec<String> = schema["properties"]["type"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let samples = Samples::new(&schema).unwrap();
    assert_eq!(samples.event_types(), listed.as_slice());
    let mut seen = BTreeSet::new();
    for case in samples.cases(1).take(listed.len()) {
        let case = case.unwrap();
        assert!(case.mutation.is_none());
        let body = &case.body;
        assert_eq!(body["type"], json!(case.event_type));
        for field in [
            "id",
            "timestamp",
            "workspaceId",
            "payload",
            "webhookMetadata",
        ] {
            assert!(body.get(field).is_some(), "{field} in {body}");
        }
        assert_eq!(
            body["webhookMetadata"]["webhookTargetVersion"],
            schema["definitions"]["webhookMetadata"]["properties"]["webhookTargetVersion"]["const"]
        );
        if samples.has_payload(&case.event_type) {
            assert_eq!(body["payload"]["eventType"], json!(case.event_type));
        }
        seen.insert(case.event_type);
    }
    assert_eq!(seen, listed.iter().cloned().collect());
}

#[test]
fn ids_and_timestamps_have_plains_shapes() {
    let dir = schemas_dir();
    let samples = Samples::new(&load(&dir, "latest.json")).unwrap();
    for case in samples.cases(3).take(30) {
        let body = case.unwrap().body;
        let id = body["id"].as_str().unwrap();
        let (prefix, rest) = id.split_once('_').unwrap();
        assert!(!prefix.is_empty() && prefix.chars().all(|c| c.is_ascii_alphabetic()));
        assert_eq!(rest.len(), 26);
        assert!(rest
            .chars()
            .all(|c| c.is_ascii_digit() || "ABCDEFGHJKMNPQRSTVWXYZ".contains(c)));
        let ts = body["timestamp"].as_str().unwrap();
        assert!(
            ts.len() >= 20 && ts.as_bytes()[10].eq_ignore_ascii_case(&b'T'),
            "{ts}"
        );
    }
}

#[test]
fn every_union_tag_and_enum_value_occurs() {
    let dir = schemas_dir();
    let schema = load(&dir, "latest.json");
    let samples = Samples::new(&schema).unwrap();
    let mut strings = BTreeSet::new();
    fn collect(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::String(s) => {
                out.insert(s.clone());
            }
            Value::Array(l) => l.iter().for_each(|x| collect(x, out)),
            Value::Object(o) => o.values().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    let n = samples.event_types().len() as u64;
    for round in 0..40u64 {
        for i in 0..n {
            collect(
                &samples.case(5, round * 2 * n + i).unwrap().body,
                &mut strings,
            );
        }
    }
    let defs = &schema["definitions"];
    let follow = |v: &Value| -> Value {
        let r = v["$ref"].as_str().expect("a $ref");
        schema.pointer(&r[1..]).expect("resolves").clone()
    };
    let actors = defs["actor"]["anyOf"].as_array().expect("actor is a union");
    for branch in actors {
        let tag = follow(branch)["properties"]["actorType"]["const"].clone();
        let tag = tag.as_str().expect("a const actorType");
        assert!(strings.contains(tag), "actorType {tag} never drawn");
    }
    let status = schema["definitions"]["threadStatus"]["enum"]
        .as_array()
        .expect("threadStatus is an enum");
    for v in status {
        assert!(strings.contains(v.as_str().unwrap()), "threadStatus {v}");
    }
}

#[test]
fn every_mutation_kind_occurs_and_breaks_only_its_path() {
    let dir = schemas_dir();
    let mut kinds = BTreeSet::new();
    // The oldest revision has `additionalProperties: false`; latest has the rest.
    for file in ["latest.json", "history/2024-03-12-d6f6823.json"] {
        let samples = Samples::new(&load(&dir, file)).unwrap();
        for index in 0..600u64 {
            let t = &samples.event_types()[index as usize % samples.event_types().len()];
            let valid = samples.valid(t, 9, index).unwrap();
            let broken = samples.mutated(t, 9, index).unwrap();
            let m = broken.mutation.clone().expect("mutated");
            assert!(!m.description.is_empty() && m.description.contains(&m.path));
            let mut diff = Vec::new();
            differences(&valid.body, &broken.body, "", &mut diff);
            assert!(!diff.is_empty(), "{file}: {m} changed nothing");
            for d in &diff {
                let under = m.path == "."
                    || d == &m.path
                    || d.starts_with(&format!("{}.", m.path))
                    || d.starts_with(&format!("{}[", m.path));
                assert!(under, "{file}: {m} also changed {d}");
            }
            kinds.insert(m.kind);
        }
    }
    let all: BTreeSet<MutationKind> = MutationKind::ALL.into_iter().collect();
    assert_eq!(kinds, all);
}

/// A schema of our own with the keywords Plain's schemas do not use.
fn small_schema() -> Value {
    json!({
        "type": "object",
        "required": ["id", "type", "payload"],
        "properties": {
            "id": {"type": "string", "pattern": "^e_[0-9]{3}$"},
            "type": {"type": "string", "enum": ["a.made", "a.gone"]},
            "payload": {"anyOf": [
                {"$ref": "#/definitions/made"},
                {"$ref": "#/definitions/gone"}
            ]}
        },
        "definitions": {
            "base": {
                "type": "object",
                "required": ["at"],
                "properties": {"at": {"type": "string", "format": "date-time"}}
            },
            "made": {"allOf": [
                {"$ref": "#/definitions/base"},
                {
                    "type": "object",
                    "required": ["eventType", "n", "tags", "tree"],
                    "additionalProperties": false,
                    "properties": {
                        "eventType": {"const": "a.made"},
                        "at": {},
                        "n": {"type": ["integer", "null"], "minimum": 3},
                        "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2},
                        "tree": {"$ref": "#/definitions/tree"}
                    }
                }
            ]},
            "gone": {
                "type": "object",
                "required": ["eventType"],
                "properties": {"eventType": {"type": "string", "enum": ["a.gone"]}}
            },
            "tree": {
                "type": "object",
                "properties": {"kids": {"type": "array", "items": {"$ref": "#/definitions/tree"}}}
            }
        }
    })
}

#[test]
fn all_of_type_arrays_bounds_and_recursion_are_honoured() {
    let samples = Samples::new(&small_schema()).unwrap();
    let mut max_depth = 0;
    fn depth(v: &Value) -> usize {
        match v.get("kids").and_then(Value::as_array) {
            Some(k) => 1 + k.iter().map(depth).max().unwrap_or(0),
            None => 1,
        }
    }
    let (mut nulls, mut ints) = (0, 0);
    for i in 0..400 {
        let body = samples.valid("a.made", 2, i).unwrap().body;
        let p = &body["payload"];
        assert_eq!(p["eventType"], "a.made");
        assert!(p["at"].is_string(), "allOf brought in `at`: {p}");
        match &p["n"] {
            Value::Null => nulls += 1,
            n => {
                assert!(n.as_i64().unwrap() >= 3);
                ints += 1;
            }
        }
        let tags = p["tags"].as_array().unwrap().len();
        assert!((1..=2).contains(&tags));
        let allowed = ["eventType", "at", "n", "tags", "tree"];
        assert!(p
            .as_object()
            .unwrap()
            .keys()
            .all(|k| allowed.contains(&k.as_str())));
        max_depth = max_depth.max(depth(&p["tree"]));
    }
    assert!(nulls > 0 && ints > 0);
    assert!(max_depth > 1 && max_depth <= Options::default().soft_depth + 2);
}

#[test]
fn unsatisfiable_and_unsupported_schemas_are_clear_errors() {
    let mut endless = small_schema();
    endless["definitions"]["tree"] = json!({
        "type": "object", "required": ["kid"],
        "properties": {"kid": {"$ref": "#/definitions/tree"}}
    });
    let samples = Samples::new(&endless).unwrap();
    let e = samples.valid("a.made", 0, 0).unwrap_err();
    assert!(e.to_string().contains("endless recursion"), "{e}");

    let mut backref = small_schema();
    backref["properties"]["id"]["pattern"] = json!("^(a)\\1$");
    let e = Samples::new(&backref).err().expect("an error");
    assert!(e.to_string().contains("(a)\\1"), "{e}");

    let e = Samples::new(&json!({"type": "object"}))
        .err()
        .expect("an error");
    assert!(e.to_string().contains("payload"), "{e}");

    let samples = Samples::new(&small_schema()).unwrap();
    let e = samples.valid("a.nope", 0, 0).unwrap_err();
    assert!(e.to_string().contains("a.nope"), "{e}");
}
