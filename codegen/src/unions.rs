//! Const-tagged unions: `anyOf` branches that all carry a required property
//! with a distinct `const` string (`actorType`, `type`, `changeType`, …).
//!
//! Such a union becomes an internally tagged enum, so a body is dispatched on
//! its tag in one step instead of trying every branch in turn.

use serde_json::{Map, Value};

/// A const-tagged union found in a definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Union {
    /// The tag property, e.g. `actorType`.
    pub tag: String,
    /// The branches, in schema order.
    pub variants: Vec<Variant>,
    /// The definition's `description`, if any.
    pub description: Option<String>,
}

/// One branch of a [`Union`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    /// The tag's value for this branch, e.g. `user`.
    pub value: String,
    /// The definition holding the branch's other fields, once the tag is
    /// removed; `None` when the tag is all there is (a unit variant).
    pub def: Option<String>,
}

/// The string a schema pins its value to: `const: "x"` or `enum: ["x"]`.
pub fn const_str(schema: &Value) -> Option<&str> {
    if let Some(c) = schema.get("const") {
        return c.as_str();
    }
    match schema.get("enum")?.as_array()?.as_slice() {
        [one] => one.as_str(),
        _ => None,
    }
}

/// The branches of an `anyOf`/`oneOf` other than `{"type": "null"}`, and
/// whether a null branch was present.
pub fn non_null_branches(schema: &Value) -> Option<(&'static str, Vec<&Value>, bool)> {
    let (kw, list) = ["anyOf", "oneOf"]
        .iter()
        .find_map(|kw| schema.get(*kw)?.as_array().map(|l| (*kw, l)))?;
    let mut nullable = false;
    let mut out = Vec::new();
    for b in list {
        if is_null_schema(b) {
            nullable = true;
        } else {
            out.push(b);
        }
    }
    Some((kw, out, nullable))
}

/// `{"type": "null"}`.
pub fn is_null_schema(v: &Value) -> bool {
    v.get("type").and_then(Value::as_str) == Some("null")
        && v.as_object().is_some_and(|o| o.len() == 1)
}

/// The tag property of a union whose (resolved) branches are `branches`:
/// the property that every branch requires and pins to a distinct string.
/// Among several, the first by name wins, so the choice is deterministic.
pub fn detect_tag(branches: &[&Map<String, Value>]) -> Option<String> {
    if branches.len() < 2 {
        return None;
    }
    let first = branches[0].get("properties")?.as_object()?;
    let mut candidates: Vec<&String> = first.keys().collect();
    candidates.sort();
    'candidate: for name in candidates {
        let mut seen = std::collections::BTreeSet::new();
        for b in branches {
            let Some(value) = tag_value(b, name) else {
                continue 'candidate;
            };
            if !seen.insert(value) {
                continue 'candidate;
            }
        }
        return Some(name.clone());
    }
    None
}

/// The const value of property `tag` in an object schema, if it is required.
pub fn tag_value<'a>(object: &'a Map<String, Value>, tag: &str) -> Option<&'a str> {
    if let Some(t) = object.get("type") {
        if t.as_str() != Some("object") {
            return None;
        }
    }
    let required = object.get("required")?.as_array()?;
    if !required.iter().any(|r| r.as_str() == Some(tag)) {
        return None;
    }
    const_str(object.get("properties")?.get(tag)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: &Value) -> &Map<String, Value> {
        v.as_object().unwrap()
    }

    #[test]
    fn picks_the_distinct_tag() {
        let a = json!({"type":"object","properties":{"changeType":{"const":"ADDED"},"eventType":{"const":"e"}},"required":["changeType","eventType"]});
        let b = json!({"type":"object","properties":{"changeType":{"const":"REMOVED"},"eventType":{"const":"e"}},"required":["changeType","eventType"]});
        assert_eq!(
            detect_tag(&[obj(&a), obj(&b)]).as_deref(),
            Some("changeType")
        );
    }

    #[test]
    fn no_tag_without_distinct_required_consts() {
        let a = json!({"type":"object","properties":{"id":{"type":"string"}},"required":["id"]});
        let b =
            json!({"type":"object","properties":{"type":{"const":"UNKNOWN"}},"required":["type"]});
        assert_eq!(detect_tag(&[obj(&a), obj(&b)]), None);
        // Optional tag: a body without it matches no branch by tag.
        let c = json!({"type":"object","properties":{"t":{"const":"x"}}});
        let d = json!({"type":"object","properties":{"t":{"const":"y"}},"required":["t"]});
        assert_eq!(detect_tag(&[obj(&c), obj(&d)]), None);
    }

    #[test]
    fn const_forms() {
        assert_eq!(const_str(&json!({"const":"a"})), Some("a"));
        assert_eq!(const_str(&json!({"enum":["a"]})), Some("a"));
        assert_eq!(const_str(&json!({"enum":["a","b"]})), None);
    }
}
