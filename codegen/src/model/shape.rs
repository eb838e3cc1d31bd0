//! What a schema is, read off its keywords: an item or a type used in
//! place, its JSON types, whether it allows `null`, which integer it is,
//! and what an untagged variant holding it is called.

use serde_json::{Map, Value};

use super::Ty;
use crate::naming::{pascal, type_name};
use crate::normalize::shallow_ref_name;
use crate::unions::non_null_branches;

/// Whether a definition is an item of its own rather than a type used in
/// place (a string, a date-time, "X or null", an array, …).
pub(super) fn makes_item(def: &Value) -> bool {
    let Some(o) = def.as_object() else {
        return false;
    };
    if o.contains_key("$ref") {
        return false;
    }
    if let Some(all) = o.get("allOf").and_then(Value::as_array) {
        return merge_all_of(all).is_some_and(|m| makes_item(&Value::Object(m)));
    }
    if let Some((_, branches, _)) = non_null_branches(def) {
        return match branches.as_slice() {
            [one] => makes_item(one),
            [] => false,
            _ => true,
        };
    }
    if let Some(values) = o.get("enum").and_then(Value::as_array) {
        return values.iter().filter(|v| !v.is_null()).all(Value::is_string);
    }
    let types = types_of(o);
    if types.iter().any(|t| t == "object") || (types.is_empty() && o.contains_key("properties")) {
        return o.get("properties").is_some_and(|p| p.is_object())
            || o.get("additionalProperties") == Some(&Value::Bool(false));
    }
    types == ["string"]
        && (o.contains_key("pattern") || o.contains_key("minLength") || o.contains_key("maxLength"))
}

/// The non-null JSON types a schema allows (`type` as a string or a list).
pub(super) fn types_of(o: &Map<String, Value>) -> Vec<String> {
    match o.get("type") {
        Some(Value::String(t)) if t != "null" => vec![t.clone()],
        Some(Value::Array(l)) => l
            .iter()
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether `null` is among a schema's types.
pub(super) fn allows_null(o: &Map<String, Value>) -> bool {
    match o.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(l)) => l.iter().any(|t| t == "null"),
        _ => false,
    }
}

/// Whether a schema also allows `null`: in its `type`, its `enum`, or as a
/// branch of its `anyOf`.
pub(super) fn nullable(schema: &Value) -> bool {
    let Some(o) = schema.as_object() else {
        return false;
    };
    allows_null(o)
        || o.get("enum")
            .and_then(Value::as_array)
            .is_some_and(|l| l.iter().any(Value::is_null))
        || non_null_branches(schema).is_some_and(|(_, _, n)| n)
}

/// `allOf` whose branches are inline schemas that agree where they overlap,
/// as one schema: properties and required lists joined.
pub(super) fn merge_all_of(all: &[Value]) -> Option<Map<String, Value>> {
    let mut merged = Map::new();
    for branch in all {
        for (k, v) in branch.as_object()? {
            match (k.as_str(), merged.get_mut(k)) {
                ("properties", Some(Value::Object(props))) => {
                    for (name, s) in v.as_object()? {
                        if props.get(name).is_some_and(|old| old != s) {
                            return None;
                        }
                        props.insert(name.clone(), s.clone());
                    }
                }
                ("required", Some(Value::Array(list))) => {
                    for r in v.as_array()? {
                        if !list.contains(r) {
                            list.push(r.clone());
                        }
                    }
                }
                ("description" | "title", Some(_)) => {}
                (_, Some(old)) if old != v => return None,
                _ => {
                    merged.insert(k.clone(), v.clone());
                }
            }
        }
    }
    Some(merged)
}

pub(super) fn optional(ty: Ty, nullable: bool) -> Ty {
    if nullable && !ty.is_option() {
        Ty::Option(Box::new(ty))
    } else {
        ty
    }
}

/// `u64`, `NonZeroU64` or `i64`, by the least value the schema allows.
pub(super) fn integer(o: &Map<String, Value>) -> Ty {
    let min = match (
        o.get("minimum").and_then(Value::as_f64),
        o.get("exclusiveMinimum").and_then(Value::as_f64),
    ) {
        (None, None) => None,
        (Some(m), None) => Some(m),
        (None, Some(e)) => Some(e + 1.0),
        (Some(m), Some(e)) => Some(m.max(e + 1.0)),
    };
    match min {
        Some(m) if m >= 1.0 => Ty::NonZeroU64,
        Some(m) if m >= 0.0 => Ty::U64,
        _ => Ty::I64,
    }
}

/// A variant of an untagged union, named for what it holds: the
/// definition it refers to, the value of its one `const` property, its one
/// property, or its JSON type.
pub(crate) fn variant_name(branch: &Value) -> String {
    let Some(o) = branch.as_object() else {
        return "Any".into();
    };
    if let Some(name) = o
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(shallow_ref_name)
    {
        return type_name(&name);
    }
    if let Some(props) = o.get("properties").and_then(Value::as_object) {
        let consts: Vec<&str> = props
            .values()
            .filter_map(crate::unions::const_str)
            .collect();
        if let [one] = consts.as_slice() {
            return pascal(one);
        }
        if props.len() == 1 {
            return pascal(props.keys().next().expect("one"));
        }
        return "Object".into();
    }
    if o.contains_key("enum") {
        return "Value".into();
    }
    match types_of(o).as_slice() {
        [t] => match t.as_str() {
            "string" => "String".into(),
            "integer" => "Integer".into(),
            "number" => "Number".into(),
            "boolean" => "Bool".into(),
            "array" => "List".into(),
            "object" => "Object".into(),
            _ => "Any".into(),
        },
        _ => "Any".into(),
    }
}

pub(super) fn const_doc(doc: &str, value: &str) -> String {
    let always = format!("Always `{value:?}`: checked when a body is parsed.");
    if doc.is_empty() {
        always
    } else {
        format!("{doc}\n\n{always}")
    }
}
