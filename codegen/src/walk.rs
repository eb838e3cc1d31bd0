//! Walking a schema document: which keywords hold subschemas, JSON
//! pointers, and every `$ref`.

use std::collections::BTreeSet;

use serde_json::Value;

/// How a keyword holds subschemas, if it does.
pub(crate) enum Holds {
    /// A map of schemas (`properties`).
    Map,
    /// A list of schemas (`anyOf`); `items` may also be one schema.
    List,
    /// One schema (`not`).
    One,
}

pub(crate) fn holds(keyword: &str) -> Option<Holds> {
    match keyword {
        "properties" | "definitions" | "patternProperties" | "dependencies" => Some(Holds::Map),
        "anyOf" | "oneOf" | "allOf" | "items" => Some(Holds::List),
        "additionalProperties"
        | "additionalItems"
        | "not"
        | "if"
        | "then"
        | "else"
        | "contains"
        | "propertyNames" => Some(Holds::One),
        _ => None,
    }
}

/// Keywords whose values are schemas, or maps/lists of schemas.
pub(crate) fn children(v: &Value) -> Vec<(String, &Value)> {
    let mut out = Vec::new();
    let Some(o) = v.as_object() else {
        return out;
    };
    for (k, val) in o {
        match (holds(k), val) {
            (Some(Holds::Map), Value::Object(m)) => {
                for (name, s) in m {
                    out.push((format!("{k}/{}", escape(name)), s));
                }
            }
            (Some(Holds::List), Value::Array(l)) => {
                for (i, s) in l.iter().enumerate() {
                    out.push((format!("{k}/{i}"), s));
                }
            }
            (Some(Holds::One), other) => out.push((k.clone(), other)),
            (Some(Holds::List), other) if k == "items" => out.push((k.clone(), other)),
            _ => {}
        }
    }
    out
}

pub(crate) fn walk<'a>(v: &'a Value, ptr: &str, f: &mut dyn FnMut(&'a Value, &str)) {
    f(v, ptr);
    for (suffix, child) in children(v) {
        walk(child, &format!("{ptr}/{suffix}"), f);
    }
}

/// Calls `f` on every `$ref` string in the document (not inside values such
/// as `enum` or `default`, which are data).
pub(crate) fn for_each_ref_mut(v: &mut Value, f: &mut dyn FnMut(&mut String)) {
    match v {
        Value::Object(o) => {
            for (k, val) in o.iter_mut() {
                match (k.as_str(), val) {
                    ("$ref", Value::String(s)) => f(s),
                    ("enum" | "const" | "default" | "examples", _) => {}
                    (_, child) => for_each_ref_mut(child, f),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                for_each_ref_mut(item, f);
            }
        }
        _ => {}
    }
}

pub(crate) fn escape(seg: &str) -> String {
    seg.replace('~', "~0").replace('/', "~1")
}

fn unescape(seg: &str) -> String {
    seg.replace("~1", "/").replace("~0", "~")
}

/// A JSON pointer's segments, unescaped: `#/definitions/a~1b` → `["definitions", "a/b"]`.
pub(crate) fn segments(pointer: &str) -> Vec<String> {
    pointer
        .trim_start_matches('#')
        .split('/')
        .filter(|s| !s.is_empty())
        .map(unescape)
        .collect()
}

pub(crate) fn def_ref(name: &str) -> String {
    format!("#/definitions/{}", escape(name))
}

/// The definition name of a `#/definitions/<name>` reference.
pub fn shallow_ref_name(r: &str) -> Option<String> {
    let rest = r.strip_prefix("#/definitions/")?;
    if rest.contains('/') {
        return None;
    }
    Some(unescape(rest))
}

pub(crate) fn type_name_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Replaces every reference `from` (and references below it) by `to`.
pub(crate) fn redirect_refs(doc: &mut Value, from: &str, to: &str) {
    let below = format!("{from}/");
    for_each_ref_mut(doc, &mut |r| {
        if r == from {
            *r = to.to_string();
        } else if let Some(rest) = r.strip_prefix(&below) {
            *r = format!("{to}/{rest}");
        }
    });
}

pub(crate) fn all_refs(doc: &mut Value) -> BTreeSet<String> {
    let mut refs = BTreeSet::new();
    for_each_ref_mut(doc, &mut |r| {
        refs.insert(r.clone());
    });
    refs
}

/// Applies `f` to every schema in the document, children first.
pub(crate) fn visit_schemas_mut(v: &mut Value, f: &mut dyn FnMut(&mut Value)) {
    if let Some(o) = v.as_object_mut() {
        for (k, val) in o.iter_mut() {
            match (holds(k), val) {
                (Some(Holds::Map), Value::Object(m)) => {
                    m.values_mut().for_each(|s| visit_schemas_mut(s, f));
                }
                (Some(Holds::List), Value::Array(l)) => {
                    l.iter_mut().for_each(|s| visit_schemas_mut(s, f));
                }
                (Some(Holds::One), other) => visit_schemas_mut(other, f),
                (Some(Holds::List), other) if k == "items" => visit_schemas_mut(other, f),
                _ => {}
            }
        }
    }
    f(v);
}
