//! The merge rules, on small schemas.
use std::cell::RefCell;
use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use super::merge_docs;
use super::schemas::Cx;
use crate::walk::def_ref;

fn merge(a: &Value, b: &Value) -> Value {
    let none = Map::new();
    let cx = Cx {
        new: &none,
        old: &none,
        widen: RefCell::new(Vec::new()),
    };
    cx.merge(a, b)
}

#[test]
fn named_items_keep_their_names_and_read_both() {
    let new_doc = || {
        json!({
            "properties": {
                "email": {"$ref": "#/definitions/nullableString"},
                "customer": {"$ref": "#/definitions/customer"},
                "when": {"$ref": "#/definitions/datetime"}
            },
            "definitions": {
                "nullableString": {"type": ["string", "null"]},
                "customer": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]},
                "datetime": {"type": "string", "format": "date-time"}
            }
        })
    };
    let old_doc = || {
        json!({
            "properties": {
                "email": {"type": ["string", "null"]},
                "customer": {"$ref": "#/definitions/oldCustomer"},
                "when": {"anyOf": [{"type": "string"}, {}]}
            },
            "definitions": {
                "oldCustomer": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}, "required": ["id", "name"]}
            }
        })
    };
    let m = merge_docs(new_doc(), old_doc(), &BTreeSet::new());
    assert_eq!(
        m["properties"]["email"],
        json!({"$ref": "#/definitions/nullableString"})
    );
    assert_eq!(
        m["properties"]["customer"],
        json!({"$ref": "#/definitions/customer"})
    );
    let customer = &m["definitions"]["customer"];
    assert_eq!(customer["properties"]["name"], json!({"type": "string"}));
    assert_eq!(customer["required"], json!(["id"]));
    // The old revision took any value there.
    assert_eq!(m["properties"]["when"], json!({}));
    // Nothing reaches the old name any more: gone if it was hoisted,
    // kept if the old file has it.
    assert!(m["definitions"].get("oldCustomer").is_none());
    let declared = BTreeSet::from(["oldCustomer".to_string()]);
    let m = merge_docs(new_doc(), old_doc(), &declared);
    assert!(m["definitions"].get("oldCustomer").is_some());
}

#[test]
fn properties_are_the_union_and_required_the_intersection() {
    let new = json!({"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": ["a", "b"]});
    let old = json!({"type": "object", "properties": {"a": {"type": "string"}, "c": {"type": "integer"}}, "required": ["a", "c"]});
    let m = merge(&new, &old);
    let names: Vec<&String> = m["properties"].as_object().unwrap().keys().collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(m["required"], json!(["a"]));
}

#[test]
fn enum_values_and_consts_are_the_union() {
    let m = merge(
        &json!({"type": "string", "enum": ["x", "y"]}),
        &json!({"type": "string", "enum": ["y", "z"]}),
    );
    assert_eq!(m["enum"], json!(["x", "y", "z"]));
    let m = merge(&json!({"const": "a"}), &json!({"const": "b"}));
    assert_eq!(m["enum"], json!(["a", "b"]));
}

#[test]
fn incompatible_shapes_become_either_and_null_is_kept() {
    let list = json!({"type": "array", "items": {"type": "string"}});
    let object = json!({"type": "object", "properties": {"id": {"type": "string"}}});
    let m = merge(&list, &object);
    assert_eq!(m, json!({"anyOf": [list, object]}));
    let m = merge(
        &json!({"type": ["string", "null"]}),
        &json!({"type": "integer"}),
    );
    assert_eq!(
        m,
        json!({"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]})
    );
    let m = merge(
        &json!({"$ref": "#/definitions/x"}),
        &json!({"anyOf": [{"$ref": "#/definitions/x"}, {"type": "null"}]}),
    );
    assert_eq!(
        m,
        json!({"anyOf": [{"$ref": "#/definitions/x"}, {"type": "null"}]})
    );
}

#[test]
fn constraints_that_differ_are_dropped() {
    let m = merge(
        &json!({"type": "string", "format": "date-time", "description": "new"}),
        &json!({"type": "string", "description": "old"}),
    );
    assert_eq!(m, json!({"type": "string", "description": "new"}));
    let m = merge(
        &json!({"type": "integer", "minimum": 1}),
        &json!({"type": "number"}),
    );
    assert_eq!(m, json!({"type": "number"}));
}

#[test]
fn swapped_payload_names_are_aligned_by_event_type() {
    let payload = |event: &str, field: &str| json!({"type": "object", "properties": {"eventType": {"const": event}, field: {"type": "string"}}});
    let doc = |slack: &str, teams: &str| {
        let mut defs = Map::new();
        defs.insert(slack.into(), payload("slack", "s"));
        defs.insert(teams.into(), payload("teams", "t"));
        json!({
            "properties": {"payload": {"anyOf": [
                {"$ref": def_ref(slack)}, {"$ref": def_ref(teams)}
            ]}},
            "definitions": defs,
        })
    };
    let merged = merge_docs(
        doc("slackSent", "teamsSent"),
        doc("teamsSent", "slackSent"),
        &BTreeSet::new(),
    );
    assert_eq!(merged["definitions"]["slackSent"], payload("slack", "s"));
    assert_eq!(merged["definitions"]["teamsSent"], payload("teams", "t"));
}
