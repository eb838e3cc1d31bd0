//! Reading draft-07 schemas: `$ref` resolution, `allOf` merging, and what
//! JSON types a schema admits.

use std::borrow::Cow;
use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::Error;

/// A `$ref` chain longer than this is a cycle.
const MAX_REF_HOPS: usize = 64;

/// The JSON types of draft-07 (`integer` is a subset of `number`).
pub(crate) const TYPES: [&str; 7] = [
    "null", "boolean", "integer", "number", "string", "array", "object",
];

/// Follows `$ref`s (local `#/...` JSON pointers, into definitions or deep
/// inside them) until a schema without one. As in draft-07, the siblings of
/// a `$ref` are ignored.
pub(crate) fn resolve<'a>(root: &'a Value, mut schema: &'a Value) -> Result<&'a Value, Error> {
    for _ in 0..MAX_REF_HOPS {
        let Some(r) = schema.get("$ref") else {
            return Ok(schema);
        };
        let Some(r) = r.as_str() else {
            return Err(Error::new("`$ref` must be a string"));
        };
        let Some(pointer) = r.strip_prefix('#') else {
            return Err(Error::new(format!(
                "unsupported `$ref` {r:?}: only references inside the document (`#/...`)"
            )));
        };
        schema = root
            .pointer(pointer)
            .ok_or_else(|| Error::new(format!("`$ref` {r:?} points to nothing")))?;
    }
    Err(Error::new(format!(
        "`$ref` chain longer than {MAX_REF_HOPS} hops (a cycle?)"
    )))
}

/// The schema with its `allOf` folded in: `properties` and `required` are
/// united (a property described twice keeps both descriptions, as an
/// `allOf`), `type`s are intersected, and for any other keyword the first
/// schema that has it wins.
pub(crate) fn merge_all_of<'s>(root: &Value, schema: &'s Value) -> Result<Cow<'s, Value>, Error> {
    let Some(parts) = schema.get("allOf") else {
        return Ok(Cow::Borrowed(schema));
    };
    let parts = parts
        .as_array()
        .ok_or_else(|| Error::new("`allOf` must be an array"))?;
    let mut merged = schema.as_object().cloned().unwrap_or_default();
    merged.remove("allOf");
    let mut pending: Vec<Value> = Vec::new();
    for part in parts {
        let part = merge_all_of(root, resolve(root, part)?)?.into_owned();
        match part {
            Value::Bool(true) => {}
            Value::Bool(false) => return Ok(Cow::Owned(Value::Bool(false))),
            Value::Object(o) => pending.push(Value::Object(o)),
            _ => return Err(Error::new("an `allOf` branch must be a schema")),
        }
    }
    for part in pending {
        let Value::Object(part) = part else {
            unreachable!("only objects are pending")
        };
        for (k, v) in part {
            match k.as_str() {
                "properties" => merge_properties(&mut merged, v),
                "required" => {
                    let mut all: BTreeSet<String> = string_list(merged.get("required"));
                    all.extend(string_list(Some(&v)));
                    merged.insert(k, all.into_iter().map(Value::String).collect());
                }
                "type" if merged.contains_key("type") => {
                    let ours = types_of(merged.get("type"));
                    let theirs = types_of(Some(&v));
                    let both: Vec<Value> = ours
                        .intersection(&theirs)
                        .map(|t| Value::String(t.to_string()))
                        .collect();
                    merged.insert(k, Value::Array(both));
                }
                _ => {
                    merged.entry(k).or_insert(v);
                }
            }
        }
    }
    Ok(Cow::Owned(Value::Object(merged)))
}

fn merge_properties(merged: &mut Map<String, Value>, more: Value) {
    let Value::Object(more) = more else { return };
    let props = merged
        .entry("properties")
        .or_insert_with(|| Value::Object(Map::new()));
    let Some(props) = props.as_object_mut() else {
        return;
    };
    for (name, s) in more {
        match props.remove(&name) {
            Some(first) => {
                props.insert(name, serde_json::json!({ "allOf": [first, s] }));
            }
            None => {
                props.insert(name, s);
            }
        }
    }
}

fn string_list(v: Option<&Value>) -> BTreeSet<String> {
    v.and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// The names in a `type` keyword (a string or an array of strings).
pub(crate) fn types_of(v: Option<&Value>) -> BTreeSet<&str> {
    match v {
        Some(Value::String(s)) => [s.as_str()].into(),
        Some(Value::Array(l)) => l.iter().filter_map(Value::as_str).collect(),
        _ => BTreeSet::new(),
    }
}

/// The JSON type of a value, `integer` for numbers without a fraction.
pub(crate) fn type_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The JSON types a schema can accept, or `None` when it constrains none
/// (`{}`, or a branch of it does). `integer` is implied by `number`.
pub(crate) fn admitted_types(
    root: &Value,
    schema: &Value,
    depth: usize,
) -> Result<Option<BTreeSet<&'static str>>, Error> {
    if depth > MAX_REF_HOPS {
        return Ok(None);
    }
    let schema = resolve(root, schema)?;
    let schema = merge_all_of(root, schema)?;
    let Some(o) = schema.as_object() else {
        return Ok(match schema.as_ref() {
            Value::Bool(false) => Some(BTreeSet::new()),
            _ => None,
        });
    };
    let mut admitted: Option<BTreeSet<&'static str>> = None;
    let mut narrow = |set: BTreeSet<&'static str>| {
        admitted = Some(match admitted.take() {
            None => set,
            Some(prev) => prev.intersection(&set).copied().collect(),
        });
    };
    if o.contains_key("type") {
        let named = types_of(o.get("type"));
        let mut set: BTreeSet<&'static str> = TYPES
            .iter()
            .copied()
            .filter(|t| named.contains(t))
            .collect();
        if set.contains("number") {
            set.insert("integer");
        }
        narrow(set);
    }
    for key in ["const", "enum"] {
        let values: Vec<&Value> = match (key, o.get(key)) {
            ("const", Some(v)) => vec![v],
            ("enum", Some(Value::Array(l))) => l.iter().collect(),
            _ => continue,
        };
        narrow(values.into_iter().map(type_of).collect());
    }
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = o.get(key) else {
            continue;
        };
        let mut union = BTreeSet::new();
        for b in branches {
            match admitted_types(root, b, depth + 1)? {
                Some(set) => union.extend(set),
                None => return Ok(admitted),
            }
        }
        narrow(union);
    }
    Ok(admitted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn resolves_deep_refs_and_reports_dangling_and_cyclic_ones() {
        let root = json!({
            "definitions": {
                "a": {"properties": {"b": {"type": "string"}}},
                "loop": {"$ref": "#/definitions/loop"}
            }
        });
        let deep = json!({"$ref": "#/definitions/a/properties/b"});
        assert_eq!(resolve(&root, &deep).unwrap(), &json!({"type": "string"}));
        let dangling = json!({"$ref": "#/definitions/nope"});
        assert!(resolve(&root, &dangling)
            .unwrap_err()
            .to_string()
            .contains("points to nothing"));
        let cyclic = json!({"$ref": "#/definitions/loop"});
        assert!(resolve(&root, &cyclic)
            .unwrap_err()
            .to_string()
            .contains("cycle"));
    }

    #[test]
    fn all_of_unites_properties_and_intersects_types() {
        let root = json!({"definitions": {"base": {
            "type": ["object", "null"],
            "properties": {"id": {"type": "string"}},
            "required": ["id"]
        }}});
        let s = json!({"allOf": [
            {"$ref": "#/definitions/base"},
            {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
        ]});
        let m = merge_all_of(&root, &s).unwrap();
        assert_eq!(m["required"], json!(["id", "n"]));
        assert_eq!(m["type"], json!(["object"]));
        assert!(m["properties"]["id"].is_object() && m["properties"]["n"].is_object());
    }

    #[test]
    fn admitted_types_follow_unions_and_type_arrays() {
        let root = json!({});
        let s = json!({"anyOf": [{"type": "number"}, {"type": "null"}]});
        let t = admitted_types(&root, &s, 0).unwrap().unwrap();
        assert_eq!(t, ["integer", "null", "number"].into());
        let any = json!({"anyOf": [{"type": "string"}, {}]});
        assert_eq!(admitted_types(&root, &any, 0).unwrap(), None);
        let c = json!({"const": "X"});
        assert_eq!(
            admitted_types(&root, &c, 0).unwrap().unwrap(),
            ["string"].into()
        );
    }
}
