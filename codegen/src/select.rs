//! Generating less: the event types a module handles (the `events`
//! setting), and only the definitions those events reach.
//!
//! Names are given before selecting, so a method or type keeps its name
//! whichever events are chosen.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::events::EventModel;
use crate::normalize::{shallow_ref_name, Schema};
use crate::walk::walk;
use crate::{Error, Errors};

/// Whether `pattern` (an event type, or a prefix ending in `*`) matches.
fn matches(pattern: &str, event_type: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => event_type.starts_with(prefix),
        None => pattern == event_type,
    }
}

/// Keeps in `model.events` the event types some pattern matches; the others
/// stay listed in `model.types` only. Every pattern must match something:
/// a typo, or an event type a new revision removed, is an error.
pub(crate) fn select(model: &mut EventModel, patterns: &[String]) -> Result<(), Errors> {
    let ptr = "#/properties/type/enum";
    let mut errors = Vec::new();
    for (i, p) in patterns.iter().enumerate() {
        let error = if p.trim_end_matches('*').contains('*') {
            Some(format!(
                "`events` pattern `{p}`: `*` may only end a pattern (`customer.*`)"
            ))
        } else if !model.types.iter().any(|t| matches(p, t)) {
            Some(format!(
                "`events` pattern `{p}` matches none of this schema's event types: {}",
                model.types.join(", ")
            ))
        } else {
            None
        };
        if let Some(message) = error {
            errors.push(Error::new(ptr, message).with_pattern(i));
        }
    }
    if !errors.is_empty() {
        return Err(Errors(errors));
    }
    model
        .events
        .retain(|e| patterns.iter().any(|p| matches(p, &e.event_type)));
    Ok(())
}

/// Removes the definitions (and tagged unions) that neither the envelope
/// nor a selected event's payload reaches.
pub(crate) fn prune(schema: &mut Schema, model: &EventModel) {
    let mut reached: BTreeSet<String> = BTreeSet::new();
    let mut queue: Vec<String> = model
        .events
        .iter()
        .filter_map(|e| e.payload.clone())
        .collect();
    for (key, v) in &schema.root {
        if key == "properties" {
            for (name, p) in v.as_object().into_iter().flatten() {
                if name != "payload" {
                    collect_refs(p, &mut queue);
                }
            }
        } else {
            collect_refs(v, &mut queue);
        }
    }
    while let Some(name) = queue.pop() {
        if !reached.insert(name.clone()) {
            continue;
        }
        if let Some(def) = schema.definitions.get(&name) {
            collect_refs(def, &mut queue);
        }
        if let Some(u) = schema.unions.get(&name) {
            queue.extend(u.variants.iter().filter_map(|v| v.def.clone()));
        }
    }
    schema.definitions.retain(|name, _| reached.contains(name));
    schema.unions.retain(|name, _| reached.contains(name));
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    walk(v, "#", &mut |s, _| {
        if let Some(name) = s
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(shallow_ref_name)
        {
            out.push(name);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{events, load, normalize};

    fn model(schema: &str) -> (Schema, EventModel) {
        let schema = normalize::normalize(load::parse(schema).unwrap()).unwrap();
        let model = events::EventModel::build(&schema).unwrap();
        (schema, model)
    }

    const SCHEMA: &str = r##"{
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "webhookMetadata": {"$ref": "#/definitions/webhookMetadata"},
            "type": {"enum": ["customer.a", "customer.b", "thread.c"]},
            "payload": {"anyOf": [
                {"$ref": "#/definitions/a"},
                {"$ref": "#/definitions/b"},
                {"$ref": "#/definitions/c"}
            ]}
        },
        "required": ["id", "type", "payload"],
        "definitions": {
            "webhookMetadata": {"type": "object", "properties": {"webhookTargetId": {"type": "string"}}},
            "a": {"type": "object", "properties": {"eventType": {"const": "customer.a"}, "x": {"$ref": "#/definitions/shared"}}},
            "b": {"type": "object", "properties": {"eventType": {"const": "customer.b"}, "y": {"$ref": "#/definitions/onlyB"}}},
            "c": {"type": "object", "properties": {"eventType": {"const": "thread.c"}, "x": {"$ref": "#/definitions/shared"}, "z": {"$ref": "#/definitions/onlyC"}}},
            "shared": {"type": "string"},
            "onlyB": {"type": "integer"},
            "onlyC": {"type": "boolean"},
            "unused": {"type": "string"}
        }
    }"##;

    #[test]
    fn patterns_are_event_types_or_prefixes() {
        assert!(matches("customer.*", "customer.customer_updated"));
        assert!(!matches("customer.*", "thread.thread_created"));
        assert!(matches("*", "thread.thread_created"));
        assert!(matches("thread.thread_created", "thread.thread_created"));
        assert!(!matches("thread.thread", "thread.thread_created"));
    }

    #[test]
    fn only_definitions_the_chosen_events_reach_are_kept() {
        let (mut schema, mut model) = model(SCHEMA);
        let names: Vec<String> = model.events.iter().map(|e| e.method.clone()).collect();
        select(&mut model, &["thread.c".to_string()]).unwrap();
        prune(&mut schema, &model);
        let kept: Vec<&String> = schema.definitions.keys().collect();
        assert_eq!(kept, ["c", "onlyC", "shared", "webhookMetadata"]);
        assert_eq!(model.types, ["customer.a", "customer.b", "thread.c"]);
        // Names do not depend on the selection.
        assert_eq!(model.events[0].method, names[2]);
    }

    #[test]
    fn a_pattern_matching_nothing_is_an_error_naming_it() {
        let (_, mut model) = model(SCHEMA);
        let patterns = ["customer.*", "custmer.a", "th*read"].map(String::from);
        let errors = select(&mut model, &patterns).unwrap_err();
        let got: Vec<(Option<usize>, &str)> = errors
            .iter()
            .map(|e| (e.pattern, e.message.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some(1),
                    "`events` pattern `custmer.a` matches none of this schema's event types: \
                     customer.a, customer.b, thread.c"
                ),
                (
                    Some(2),
                    "`events` pattern `th*read`: `*` may only end a pattern (`customer.*`)"
                ),
            ]
        );
    }
}
