//! Hoisting: `$ref`s that point *into* a definition
//! (`#/definitions/attachment/properties/fileMimeType`) and inline
//! const-tagged unions become definitions of their own, with readable,
//! stable names that stay distinct as Rust type names.

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use crate::naming::{pascal, type_name};
use crate::unions;
use crate::walk::{all_refs, def_ref, escape, redirect_refs, segments, shallow_ref_name, walk};
use crate::{Error, Errors};

/// At most this many hoists; a schema that needs more is cyclic.
const MAX_HOISTS: usize = 10_000;

/// A definition name derived from a pointer, not yet taken (also after
/// it becomes a type name).
pub(crate) fn fresh_name(doc: &Value, wanted: &str) -> String {
    let defs = doc["definitions"].as_object().expect("ensured");
    let taken: BTreeSet<String> = defs.keys().map(|k| type_name(k)).collect();
    if !taken.contains(&type_name(wanted)) {
        return wanted.to_string();
    }
    (2..)
        .map(|i| format!("{wanted}{i}"))
        .find(|n| !taken.contains(&type_name(n)))
        .expect("some suffix is free")
}

/// `#/definitions/attachment/properties/fileMimeType` → `attachmentFileMimeType`;
/// `#/definitions/internalActor/anyOf/0` → `internalActorUnknown` (after its
/// tag value) or `internalActorVariant0`.
fn name_for_pointer(doc: &Value, pointer: &str) -> String {
    let segs = segments(pointer);
    let (mut name, rest) = match segs.as_slice() {
        [d, def, rest @ ..] if d == "definitions" => (def.clone(), rest.to_vec()),
        rest => ("webhook".to_string(), rest.to_vec()),
    };
    let mut i = 0;
    while i < rest.len() {
        let seg = rest[i].as_str();
        let next = rest.get(i + 1);
        match (seg, next) {
            ("properties" | "patternProperties" | "definitions", Some(n)) => {
                name.push_str(&pascal(n));
                i += 2;
            }
            ("anyOf" | "oneOf" | "allOf", Some(n)) => {
                // The X of "X or null" is what the property holds; another
                // branch is named after its tag value, or what it holds.
                let list = prefix_of(&segs, &rest, i).replacen("{kw}", seg, 1);
                let here = format!("{list}/{}", escape(n));
                let x_or_null = doc
                    .pointer(&list)
                    .and_then(Value::as_array)
                    .is_some_and(|l| {
                        l.len() == 2 && l.iter().filter(|b| unions::is_null_schema(b)).count() == 1
                    });
                if !x_or_null {
                    let branch = doc.pointer(&here);
                    let tag = branch
                        .and_then(first_const)
                        .map(pascal)
                        .or_else(|| branch.map(crate::model::variant_name))
                        .unwrap_or_else(|| "Branch".into());
                    name.push_str(&tag);
                }
                i += 2;
            }
            ("items", _) => {
                name.push_str("Item");
                i += 1;
            }
            ("additionalProperties", _) => {
                name.push_str("Value");
                i += 1;
            }
            (other, _) => {
                name.push_str(&pascal(other));
                i += 1;
            }
        }
    }
    name
}

/// The JSON pointer (without `#`) of `rest[..i]` followed by `{kw}`.
fn prefix_of(segs: &[String], rest: &[String], i: usize) -> String {
    let head = &segs[..segs.len() - rest.len()];
    let mut out = String::new();
    for s in head.iter().chain(&rest[..i]) {
        out.push('/');
        out.push_str(&escape(s));
    }
    out.push_str("/{kw}");
    out
}

/// The first (by name) required property pinned to a string: a good name
/// for a union branch.
fn first_const(v: &Value) -> Option<&str> {
    let o = v.as_object()?;
    let mut names: Vec<&String> = o.get("properties")?.as_object()?.keys().collect();
    names.sort();
    names.into_iter().find_map(|n| unions::tag_value(o, n))
}

fn is_shallow(r: &str) -> bool {
    shallow_ref_name(r).is_some()
}

/// Hoists the targets of deep `$ref`s into definitions, deepest first, so
/// that hoisting one never moves another's target.
pub(crate) fn hoist_deep_refs(doc: &mut Value) -> Result<(), Errors> {
    for _ in 0..MAX_HOISTS {
        let target = all_refs(doc)
            .into_iter()
            .filter(|r| !is_shallow(r))
            .max_by(|a, b| {
                let da = a.matches('/').count();
                let db = b.matches('/').count();
                da.cmp(&db).then_with(|| b.cmp(a))
            });
        let Some(target) = target else {
            return Ok(());
        };
        let node = doc
            .pointer(&target[1..])
            .cloned()
            .ok_or_else(|| Error::new("#", format!("`$ref` {target:?} points to nothing")))?;
        if let Some(alias) = node.get("$ref").and_then(Value::as_str) {
            if alias == target {
                return Err(
                    Error::new(target, "reference cycle: the schema refers to itself").into(),
                );
            }
            let alias = alias.to_string();
            redirect_refs(doc, &target, &alias);
            continue;
        }
        let name = fresh_name(doc, &name_for_pointer(doc, &target));
        let new_ref = def_ref(&name);
        doc["definitions"]
            .as_object_mut()
            .expect("ensured")
            .insert(name, node);
        *doc.pointer_mut(&target[1..]).expect("resolved above") = json!({ "$ref": new_ref });
        redirect_refs(doc, &target, &new_ref);
    }
    Err(Error::new("#", "too many nested `$ref`s: the references form a cycle").into())
}

/// Typify names types after definitions in `UpperCamelCase`; two names that
/// collide there (`fooBar`, `FooBar`) would give two types of one name.
pub(crate) fn rename_colliding_definitions(doc: &mut Value) {
    let names: Vec<String> = doc["definitions"]
        .as_object()
        .expect("ensured")
        .keys()
        .cloned()
        .collect();
    let mut seen = BTreeSet::new();
    for name in names {
        if seen.insert(type_name(&name)) {
            continue;
        }
        let fresh = fresh_name(doc, &name);
        seen.insert(type_name(&fresh));
        let defs = doc["definitions"].as_object_mut().expect("ensured");
        let schema = defs.remove(&name).expect("listed");
        defs.insert(fresh.clone(), schema);
        redirect_refs(doc, &def_ref(&name), &def_ref(&fresh));
    }
}

/// Resolves a schema through shallow references to the object it names.
pub(crate) fn resolve<'a>(
    defs: &'a Map<String, Value>,
    mut v: &'a Value,
) -> Option<&'a Map<String, Value>> {
    for _ in 0..64 {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) => v = defs.get(&shallow_ref_name(r)?)?,
            None => return v.as_object(),
        }
    }
    None
}

/// The tag of a union with these branches, if it is const-tagged.
pub(crate) fn union_tag(defs: &Map<String, Value>, branches: &[&Value]) -> Option<String> {
    let resolved: Option<Vec<&Map<String, Value>>> =
        branches.iter().map(|b| resolve(defs, b)).collect();
    unions::detect_tag(&resolved?)
}

/// Moves inline tagged unions (e.g. `timelineEntry.entry`) into definitions,
/// then the inline branches of every tagged union definition.
pub(crate) fn hoist_inline_unions(doc: &mut Value) {
    // Positions of inline tagged unions, found on an immutable pass.
    let mut sites: Vec<String> = Vec::new();
    {
        let defs = doc["definitions"].as_object().expect("ensured");
        walk(doc, "#", &mut |v, ptr| {
            let top_level = ptr == "#"
                || ptr == "#/properties/payload"
                || (ptr.starts_with("#/definitions/") && ptr.matches('/').count() == 2);
            if top_level {
                return;
            }
            if let Some((_, branches, _)) = unions::non_null_branches(v) {
                if union_tag(defs, &branches).is_some() {
                    sites.push(ptr.to_string());
                }
            }
        });
    }
    // Deepest first, so that hoisting one site never moves another.
    sites.sort_by_key(|s| std::cmp::Reverse(s.matches('/').count()));
    for site in sites {
        let node = doc.pointer(&site[1..]).cloned().expect("found above");
        let name = fresh_name(doc, &name_for_pointer(doc, &site));
        let (kw, branches, nullable) = unions::non_null_branches(&node).expect("found above");
        let mut def = Map::new();
        def.insert(
            kw.to_string(),
            Value::Array(branches.into_iter().cloned().collect()),
        );
        if let Some(d) = node.get("description") {
            def.insert("description".to_string(), d.clone());
        }
        let r = json!({ "$ref": def_ref(&name) });
        let mut replacement = node.as_object().cloned().unwrap_or_default();
        replacement.remove("anyOf");
        replacement.remove("oneOf");
        if nullable {
            replacement.insert("anyOf".into(), json!([r, {"type": "null"}]));
        } else {
            replacement.insert("$ref".into(), r["$ref"].clone());
            replacement.remove("description");
        }
        doc["definitions"]
            .as_object_mut()
            .expect("ensured")
            .insert(name, Value::Object(def));
        *doc.pointer_mut(&site[1..]).expect("found above") = Value::Object(replacement);
    }

    // Inline branches of tagged union definitions get definitions of their own.
    let union_defs: Vec<(String, String)> = {
        let defs = doc["definitions"].as_object().expect("ensured");
        defs.iter()
            .filter_map(|(name, d)| {
                let (_, branches, nullable) = unions::non_null_branches(d)?;
                if nullable {
                    return None;
                }
                Some((name.clone(), union_tag(defs, &branches)?))
            })
            .collect()
    };
    for (union, tag) in union_defs {
        let kw = if doc["definitions"][&union].get("anyOf").is_some() {
            "anyOf"
        } else {
            "oneOf"
        };
        let count = doc["definitions"][&union][kw]
            .as_array()
            .map_or(0, Vec::len);
        for i in 0..count {
            let branch = doc["definitions"][&union][kw][i].clone();
            if branch.get("$ref").is_some() {
                continue;
            }
            let value = branch
                .as_object()
                .and_then(|o| unions::tag_value(o, &tag))
                .unwrap_or("variant")
                .to_string();
            let name = fresh_name(doc, &format!("{union}{}", pascal(&value)));
            doc["definitions"][&union][kw][i] = json!({ "$ref": def_ref(&name) });
            doc["definitions"]
                .as_object_mut()
                .expect("ensured")
                .insert(name, branch);
        }
    }
}
