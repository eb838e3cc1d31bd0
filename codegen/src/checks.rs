//! What a schema must satisfy before anything else reads it: keywords of the
//! right JSON type, `$ref`s that resolve inside the document, no definition
//! that is an alias of itself. Every problem is reported, with its pointer.

use serde_json::Value;

use crate::walk::{def_ref, escape, shallow_ref_name, type_name_of, walk};
use crate::{Error, Errors};

/// Keywords must have the JSON type the specification gives them; the
/// generator would otherwise fail far from the cause.
pub(crate) fn check_keywords(doc: &Value) -> Result<(), Errors> {
    let mut errors = Vec::new();
    walk(doc, "#", &mut |v, ptr| {
        let Some(o) = v.as_object() else {
            if !v.is_boolean() {
                errors.push(Error::new(
                    ptr,
                    format!(
                        "expected a schema (object or boolean), found {}",
                        type_name_of(v)
                    ),
                ));
            }
            return;
        };
        for (k, val) in o {
            let expected = match k.as_str() {
                "properties" | "definitions" | "patternProperties" => {
                    (!val.is_object()).then_some("an object")
                }
                "required" => (!val
                    .as_array()
                    .is_some_and(|l| l.iter().all(Value::is_string)))
                .then_some("an array of strings"),
                "anyOf" | "oneOf" | "allOf" => val
                    .as_array()
                    .is_none_or(Vec::is_empty)
                    .then_some("a non-empty array of schemas"),
                "enum" => val
                    .as_array()
                    .is_none_or(Vec::is_empty)
                    .then_some("a non-empty array"),
                "type" => (!(val.is_string()
                    || val
                        .as_array()
                        .is_some_and(|l| !l.is_empty() && l.iter().all(Value::is_string))))
                .then_some("a string or an array of strings"),
                "$ref" | "pattern" | "format" | "description" | "title" => {
                    (!val.is_string()).then_some("a string")
                }
                "minLength" | "maxLength" | "minItems" | "maxItems" => {
                    (!val.is_u64()).then_some("a non-negative integer")
                }
                "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" => {
                    (!val.is_number()).then_some("a number")
                }
                "items" => (!(val.is_object() || val.is_boolean() || val.is_array()))
                    .then_some("a schema or an array of schemas"),
                "additionalProperties" | "not" => {
                    (!(val.is_object() || val.is_boolean())).then_some("a schema or a boolean")
                }
                _ => None,
            };
            if let Some(expected) = expected {
                let found = match val {
                    Value::Array(a) if a.is_empty() => "an empty array",
                    _ => type_name_of(val),
                };
                errors.push(Error::new(
                    format!("{ptr}/{}", escape(k)),
                    format!("`{k}` must be {expected}, found {found}"),
                ));
            }
            if k == "type" {
                let names: Vec<&str> = match val {
                    Value::String(s) => vec![s.as_str()],
                    Value::Array(l) => l.iter().filter_map(Value::as_str).collect(),
                    _ => vec![],
                };
                for n in names {
                    if !matches!(
                        n,
                        "null" | "boolean" | "object" | "array" | "number" | "string" | "integer"
                    ) {
                        errors.push(Error::new(
                            format!("{ptr}/type"),
                            format!("unknown type `{n}`"),
                        ));
                    }
                }
            }
            if k == "pattern" {
                if let Some(p) = val.as_str() {
                    if let Err(e) = regress::Regex::new(p) {
                        errors.push(Error::new(
                            format!("{ptr}/pattern"),
                            format!("invalid regular expression {p:?}: {e}"),
                        ));
                    }
                }
            }
        }
    });
    // A keyword of the wrong type is also visited as a schema: one report.
    let mut seen = std::collections::BTreeSet::new();
    errors.retain(|e| seen.insert(e.pointer.clone()));
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Errors(errors))
    }
}

/// Every `$ref` must point at a schema inside this document.
pub(crate) fn check_refs(doc: &Value) -> Result<(), Errors> {
    let mut errors = Vec::new();
    walk(doc, "#", &mut |v, ptr| {
        let Some(r) = v.get("$ref").and_then(Value::as_str) else {
            return;
        };
        let at = format!("{ptr}/$ref");
        if !r.starts_with('#') {
            errors.push(Error::new(
                at,
                format!("unsupported `$ref` {r:?}: only references inside this document (`#/...`) are supported"),
            ));
        } else if r == "#" || r == "#/" {
            errors.push(Error::new(
                at,
                "unsupported `$ref` to the document root".to_string(),
            ));
        } else {
            match doc.pointer(&r[1..]) {
                None => errors.push(Error::new(at, format!("`$ref` {r:?} points to nothing"))),
                Some(t) if !(t.is_object() || t.is_boolean()) => errors.push(Error::new(
                    at,
                    format!("`$ref` {r:?} points to a {}, not a schema", type_name_of(t)),
                )),
                Some(_) => {}
            }
        }
    });
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Errors(errors))
    }
}

/// A definition that is nothing but a `$ref` must not lead back to itself.
pub(crate) fn check_alias_cycles(doc: &Value) -> Result<(), Errors> {
    let defs = doc["definitions"].as_object().expect("ensured");
    let mut errors = Vec::new();
    for name in defs.keys() {
        let mut chain = vec![name.clone()];
        let mut cur = name.clone();
        while let Some(next) = defs
            .get(&cur)
            .and_then(|d| d.get("$ref"))
            .and_then(Value::as_str)
            .and_then(shallow_ref_name)
        {
            if chain.contains(&next) {
                chain.push(next);
                if chain[0] == *chain.last().expect("non-empty") {
                    errors.push(Error::new(
                        def_ref(name),
                        format!("reference cycle: {}", chain.join(" → ")),
                    ));
                }
                break;
            }
            chain.push(next.clone());
            cur = next;
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Errors(errors))
    }
}
