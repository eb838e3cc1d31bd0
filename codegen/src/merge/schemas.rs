//! The merge of two schemas: where the revisions agree, what they agree
//! on; where they differ, what reads both.

use std::cell::RefCell;

use serde_json::{json, Map, Value};

use crate::unions::{const_str, non_null_branches};
use crate::walk::shallow_ref_name;

/// Keywords that only document.
const DOCS: &[&str] = &["description", "title", "examples", "$comment"];

/// The definitions of both revisions, for looking through aliases, and
/// what the merge learns about them.
pub(super) struct Cx<'a> {
    pub(super) new: &'a Map<String, Value>,
    pub(super) old: &'a Map<String, Value>,
    /// A definition named on one side where the other writes a schema in
    /// place: the definition must read that schema too.
    pub(super) widen: RefCell<Vec<(String, Value)>>,
}

impl Cx<'_> {
    /// A schema accepting what `a` (new) or `b` (old) accepts; `a`'s
    /// documentation wins.
    pub(super) fn merge(&self, a: &Value, b: &Value) -> Value {
        if a == b || without_docs(a) == without_docs(b) {
            return a.clone();
        }
        let resolve = |s: &'_ Value, defs: &Map<String, Value>| -> bool {
            accepts_anything(ref_name(s).and_then(|n| defs.get(&n)).unwrap_or(s))
        };
        if resolve(a, self.new) || resolve(b, self.old) {
            return json!({});
        }
        let (Some(ao), Some(bo)) = (a.as_object(), b.as_object()) else {
            // `true`, or a schema against `false`: whichever accepts more.
            return if a == &Value::Bool(false) {
                b.clone()
            } else {
                a.clone()
            };
        };
        if ao.is_empty() || bo.is_empty() {
            return json!({});
        }
        // A definition that is only a type (`nullableString`, a list of
        // priorities), named on one side and written in place, or under
        // another name, on the other: compared by what it is. Where the new
        // side's alias reads both, it is kept by name.
        let (xa, xb) = (alias(a, self.new), alias(b, self.old));
        if xa.is_some() || xb.is_some() {
            let (sa, sb) = (xa.unwrap_or(a), xb.unwrap_or(b));
            let merged = self.merge(sa, sb);
            return if xa.is_some() && without_docs(&merged) == without_docs(sa) {
                a.clone()
            } else {
                merged
            };
        }
        let (a_branches, a_null) = split_null(a);
        let (b_branches, b_null) = split_null(b);
        let nullable = a_null || b_null;
        let merged = if a_branches.len() == 1 && b_branches.len() == 1 {
            self.merge_one(&a_branches[0], &b_branches[0])
        } else {
            self.merge_branches(&a_branches, &b_branches)
        };
        let merged = with_null(merged, nullable);
        with_docs(merged, ao, bo)
    }

    /// Branches matched by what they are (the definition they name, or their
    /// JSON type) are merged; the others are kept, new ones first.
    fn merge_branches(&self, a: &[Value], b: &[Value]) -> Value {
        let mut out: Vec<Value> = Vec::new();
        let mut used = vec![false; b.len()];
        for x in a {
            let twin = b
                .iter()
                .enumerate()
                .find(|(i, y)| !used[*i] && kind(x) == kind(y));
            match twin {
                Some((i, y)) => {
                    used[i] = true;
                    out.push(self.merge(x, y));
                }
                None => out.push(x.clone()),
            }
        }
        out.extend(
            b.iter()
                .zip(used)
                .filter(|(_, u)| !u)
                .map(|(y, _)| y.clone()),
        );
        if let [one] = out.as_slice() {
            return one.clone();
        }
        json!({ "anyOf": out })
    }

    /// Two schemas, neither a union nor allowing `null`.
    fn merge_one(&self, a: &Value, b: &Value) -> Value {
        if without_docs(a) == without_docs(b) {
            return a.clone();
        }
        // An item named on either side: where the two are the same kind of
        // thing, the new side's item is widened to read the old one and
        // keeps its name; an old item meets a new schema written in place.
        let (ra, rb) = (ref_name(a), ref_name(b));
        if ra.is_some() || rb.is_some() {
            let body_a = ra.as_ref().and_then(|n| self.new.get(n)).unwrap_or(a);
            let body_b = rb.as_ref().and_then(|n| self.old.get(n)).unwrap_or(b);
            let kind = json_type(body_a);
            if kind != "any" && kind != "ref" && kind == json_type(body_b) {
                return match ra {
                    Some(name) => {
                        self.widen.borrow_mut().push((name, body_b.clone()));
                        a.clone()
                    }
                    None => self.merge(a, body_b),
                };
            }
            return json!({ "anyOf": [a, b] });
        }
        let (ta, tb) = (json_type(a), json_type(b));
        let values = |s: &Value| -> Option<Vec<Value>> {
            let o = s.as_object()?;
            if let Some(c) = o.get("const") {
                return Some(vec![c.clone()]);
            }
            o.get("enum").and_then(Value::as_array).cloned()
        };
        match (values(a), values(b)) {
            // Two sets of allowed values: their union.
            (Some(va), Some(vb)) => {
                let mut all = va;
                all.extend(
                    vb.into_iter()
                        .filter(|v| !all.contains(v))
                        .collect::<Vec<_>>(),
                );
                let mut out = Map::new();
                if let Some(t) = a.get("type").filter(|_| a.get("type") == b.get("type")) {
                    out.insert("type".into(), t.clone());
                }
                out.insert("enum".into(), Value::Array(all));
                return Value::Object(out);
            }
            // Values in one, any value of that type in the other: the type.
            (Some(_), None) if a.get("type").is_some() && a.get("type") == b.get("type") => {
                return b.clone();
            }
            (None, Some(_)) if a.get("type").is_some() && a.get("type") == b.get("type") => {
                return a.clone();
            }
            _ => {}
        }
        match (ta, tb) {
            ("object", "object") => self.merge_objects(a, b),
            ("array", "array") => {
                let mut out = loosened(a, b);
                let items = match (a.get("items"), b.get("items")) {
                    (Some(x), Some(y)) => Some(self.merge(x, y)),
                    _ => None,
                };
                if let Some(items) = items {
                    out.insert("items".into(), items);
                }
                Value::Object(out)
            }
            ("number", "number") => {
                let mut out = loosened(a, b);
                if a.get("type") != b.get("type") {
                    out.insert("type".into(), json!("number"));
                }
                Value::Object(out)
            }
            ("string", "string") | ("boolean", "boolean") => Value::Object(loosened(a, b)),
            _ => json!({ "anyOf": [a, b] }),
        }
    }

    fn merge_objects(&self, a: &Value, b: &Value) -> Value {
        let empty = Map::new();
        let props = |s: &Value| s.get("properties").and_then(Value::as_object).cloned();
        let (pa, pb) = (props(a).unwrap_or_default(), props(b).unwrap_or_default());
        let mut properties = Map::new();
        for (name, s) in &pa {
            let merged = match pb.get(name) {
                Some(t) => self.merge(s, t),
                None => s.clone(),
            };
            properties.insert(name.clone(), merged);
        }
        for (name, t) in &pb {
            if !pa.contains_key(name) {
                properties.insert(name.clone(), t.clone());
            }
        }
        let required = |s: &Value| -> Vec<Value> {
            s.get("required")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let rb = required(b);
        let required: Vec<Value> = required(a).into_iter().filter(|r| rb.contains(r)).collect();
        let mut out = Map::new();
        for (k, v) in a.as_object().unwrap_or(&empty) {
            match k.as_str() {
                "properties" | "required" => {}
                "additionalProperties" => {
                    let other = b.get(k).cloned().unwrap_or(Value::Bool(true));
                    out.insert(k.clone(), self.merge(v, &other));
                }
                _ if DOCS.contains(&k.as_str()) || b.get(k) == Some(v) => {
                    out.insert(k.clone(), v.clone());
                }
                _ => {}
            }
        }
        if !properties.is_empty() || a.get("properties").is_some() {
            out.insert("properties".into(), Value::Object(properties));
        }
        if !required.is_empty() {
            out.insert("required".into(), Value::Array(required));
        }
        Value::Object(out)
    }
}

/// `{}`, `true`, or a union with such a branch.
fn accepts_anything(s: &Value) -> bool {
    match s {
        Value::Bool(b) => *b,
        Value::Object(o) => {
            o.keys().all(|k| DOCS.contains(&k.as_str()))
                || ["anyOf", "oneOf"].iter().any(|k| {
                    o.get(*k)
                        .and_then(Value::as_array)
                        .is_some_and(|l| l.iter().any(accepts_anything))
                })
        }
        _ => false,
    }
}

/// The definition a schema that is only a `$ref` names.
fn ref_name(s: &Value) -> Option<String> {
    let o = s.as_object()?;
    if o.keys().any(|k| k != "$ref" && !DOCS.contains(&k.as_str())) {
        return None;
    }
    o.get("$ref")?.as_str().and_then(shallow_ref_name)
}

/// The body of the definition `s` refers to, when that definition is only a
/// type, not an item of its own (an object, a string enum, a union, a
/// constrained string).
fn alias<'a>(s: &Value, defs: &'a Map<String, Value>) -> Option<&'a Value> {
    let o = s.as_object()?;
    if o.keys().any(|k| k != "$ref" && !DOCS.contains(&k.as_str())) {
        return None;
    }
    let name = o.get("$ref")?.as_str().and_then(shallow_ref_name)?;
    let def = defs.get(&name)?;
    let d = def.as_object()?;
    let item = [
        "properties",
        "enum",
        "const",
        "allOf",
        "pattern",
        "minLength",
        "maxLength",
    ]
    .iter()
    .any(|k| d.contains_key(*k));
    let union = non_null_branches(def).is_some_and(|(_, b, _)| b.len() > 1);
    (!item && !union).then_some(def)
}

/// The branches of a schema without its `null`, and whether it allows
/// `null`: `anyOf`/`oneOf` branches, or the schema itself.
fn split_null(s: &Value) -> (Vec<Value>, bool) {
    if let Some((_, branches, nullable)) = non_null_branches(s) {
        // A union nested in its own docs keeps them on the union.
        if branches.len() > 1 || s.get("$ref").is_some() {
            return (branches.into_iter().cloned().collect(), nullable);
        }
        if let [one] = branches.as_slice() {
            return (vec![(*one).clone()], nullable);
        }
    }
    let mut s = s.clone();
    let nullable = remove_null(&mut s);
    (vec![s], nullable)
}

/// Removes `null` from a schema's `type` and `enum`; whether it was there.
fn remove_null(s: &mut Value) -> bool {
    let Some(o) = s.as_object_mut() else {
        return false;
    };
    let mut found = false;
    match o.get_mut("type") {
        Some(Value::String(t)) if t == "null" => {
            // `{"type": "null"}` alone is the null branch itself.
            return false;
        }
        Some(Value::Array(list)) => {
            let before = list.len();
            list.retain(|t| t != "null");
            found |= list.len() < before;
            if let [one] = list.as_slice() {
                let one = one.clone();
                o.insert("type".into(), one);
            }
        }
        _ => {}
    }
    if let Some(Value::Array(values)) = o.get_mut("enum") {
        let before = values.len();
        values.retain(|v| !v.is_null());
        found |= values.len() < before;
    }
    found
}

fn with_null(s: Value, nullable: bool) -> Value {
    if !nullable {
        return s;
    }
    match s.get("type") {
        Some(Value::String(t)) if s.get("enum").is_none() && s.get("$ref").is_none() => {
            let mut s = s.clone();
            s["type"] = json!([t, "null"]);
            s
        }
        _ => match s.get("anyOf").and_then(Value::as_array) {
            Some(list) => {
                let mut s = s.clone();
                let mut list = list.clone();
                list.push(json!({"type": "null"}));
                s["anyOf"] = Value::Array(list);
                s
            }
            None => json!({"anyOf": [s, {"type": "null"}]}),
        },
    }
}

/// What a branch is, for matching it with its twin in the other revision.
fn kind(s: &Value) -> String {
    if let Some(name) = s
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(shallow_ref_name)
    {
        return format!("ref {name}");
    }
    let o = s.as_object();
    let tag = o
        .and_then(|o| o.get("properties"))
        .and_then(Value::as_object)
        .map(|p| {
            p.values()
                .filter_map(const_str)
                .collect::<Vec<_>>()
                .join(",")
        })
        .unwrap_or_default();
    format!("{} {tag}", json_type(s))
}

/// The one JSON type a schema has, as a name; `any` when it has none or
/// several.
fn json_type(s: &Value) -> &'static str {
    let Some(o) = s.as_object() else {
        return "any";
    };
    if o.contains_key("$ref") {
        return "ref";
    }
    if o.contains_key("anyOf") || o.contains_key("oneOf") || o.contains_key("allOf") {
        return "union";
    }
    match o.get("type").and_then(Value::as_str) {
        Some("object") => "object",
        Some("array") => "array",
        Some("string") => "string",
        Some("integer") | Some("number") => "number",
        Some("boolean") => "boolean",
        _ if o.contains_key("properties") => "object",
        _ if o.contains_key("enum") || o.contains_key("const") => "value",
        _ => "any",
    }
}

/// The keywords both agree on (documentation from `a`): a constraint only
/// one of them has, or that they set differently, is dropped.
fn loosened(a: &Value, b: &Value) -> Map<String, Value> {
    let (Some(ao), Some(bo)) = (a.as_object(), b.as_object()) else {
        return Map::new();
    };
    ao.iter()
        .filter(|(k, v)| DOCS.contains(&k.as_str()) || bo.get(*k) == Some(*v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn without_docs(s: &Value) -> Value {
    match s {
        Value::Object(o) => Value::Object(
            o.iter()
                .filter(|(k, _)| !DOCS.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), without_docs(v)))
                .collect(),
        ),
        Value::Array(l) => Value::Array(l.iter().map(without_docs).collect()),
        other => other.clone(),
    }
}

/// The merged schema with `a`'s documentation, or `b`'s where `a` has none.
fn with_docs(mut s: Value, a: &Map<String, Value>, b: &Map<String, Value>) -> Value {
    let Some(o) = s.as_object_mut() else {
        return s;
    };
    if o.contains_key("$ref") {
        return s;
    }
    for k in DOCS {
        if let Some(d) = a.get(*k).or_else(|| b.get(*k)) {
            o.entry(k.to_string()).or_insert_with(|| d.clone());
        }
    }
    s
}
