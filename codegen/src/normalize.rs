//! Normalization: rewrite Plain's schema into the shape the emitter and
//! typify can take.
//!
//! - every `$ref` is checked; one that points *into* a definition
//!   (`#/definitions/attachment/properties/fileMimeType`) is hoisted into a
//!   definition of its own with a readable, stable name;
//! - inline const-tagged unions are hoisted into definitions, and so are the
//!   inline branches of every tagged union; the tag is removed from the
//!   branches, since the enum carries it;
//! - `webhookMetadata.webhookTargetVersion` is read off as the schema version
//!   and relaxed to an optional string, so that the version policy (not the
//!   type) decides what a mismatch means;
//! - every other `const` becomes a one-value `enum`, which typify checks.
//!
//! A schema without any of these passes through unchanged.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

use crate::naming::{pascal, typify_name};
use crate::unions::{self, Union, Variant};
use crate::{Error, Errors};

/// A schema ready for code generation.
#[derive(Clone, Debug)]
pub struct Schema {
    /// The root schema, without `definitions`.
    pub root: Map<String, Value>,
    /// Every definition, including hoisted ones, by name (sorted).
    pub definitions: Map<String, Value>,
    /// Definitions that are const-tagged unions.
    pub unions: BTreeMap<String, Union>,
    /// The `webhookTargetVersion` const, if the schema pins one.
    pub version: Option<String>,
    /// The definition that describes `webhookMetadata`.
    pub metadata_def: String,
}

/// At most this many hoists; a schema that needs more is cyclic.
const MAX_HOISTS: usize = 10_000;

/// Normalizes a parsed schema document.
pub fn normalize(mut doc: Value) -> Result<Schema, Errors> {
    check_keywords(&doc)?;
    check_refs(&doc)?;
    let defs_ok = doc
        .get("definitions")
        .is_none_or(|d| d.as_object().is_some());
    if !defs_ok {
        return Err(Error::new("#/definitions", "`definitions` must be an object").into());
    }
    if doc.get("definitions").is_none() {
        doc["definitions"] = json!({});
    }
    rename_colliding_definitions(&mut doc);
    hoist_deep_refs(&mut doc)?;
    check_alias_cycles(&doc)?;
    hoist_inline_unions(&mut doc);
    let unions = find_unions(&mut doc);
    let (version, metadata_def) = relax_version(&mut doc)?;
    simplify_untagged(&mut doc);
    consts_to_enums(&mut doc);

    let Value::Object(mut root) = doc else {
        unreachable!("checked by load::parse")
    };
    let Some(Value::Object(definitions)) = root.remove("definitions") else {
        unreachable!("ensured above")
    };
    Ok(Schema {
        root,
        definitions,
        unions,
        version,
        metadata_def,
    })
}

// ---------------------------------------------------------------------------
// Walking schemas

/// How a keyword holds subschemas, if it does.
enum Holds {
    /// A map of schemas (`properties`).
    Map,
    /// A list of schemas (`anyOf`); `items` may also be one schema.
    List,
    /// One schema (`not`).
    One,
}

fn holds(keyword: &str) -> Option<Holds> {
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
fn children(v: &Value) -> Vec<(String, &Value)> {
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
fn for_each_ref_mut(v: &mut Value, f: &mut dyn FnMut(&mut String)) {
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

fn escape(seg: &str) -> String {
    seg.replace('~', "~0").replace('/', "~1")
}

fn unescape(seg: &str) -> String {
    seg.replace("~1", "/").replace("~0", "~")
}

fn def_ref(name: &str) -> String {
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

fn type_name_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

// ---------------------------------------------------------------------------
// Checks

/// Keywords must have the JSON type the specification gives them; typify
/// would otherwise fail far from the cause.
fn check_keywords(doc: &Value) -> Result<(), Errors> {
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
fn check_refs(doc: &Value) -> Result<(), Errors> {
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
fn check_alias_cycles(doc: &Value) -> Result<(), Errors> {
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

// ---------------------------------------------------------------------------
// Hoisting

/// Replaces every reference `from` (and references below it) by `to`.
fn redirect_refs(doc: &mut Value, from: &str, to: &str) {
    let below = format!("{from}/");
    for_each_ref_mut(doc, &mut |r| {
        if r == from {
            *r = to.to_string();
        } else if let Some(rest) = r.strip_prefix(&below) {
            *r = format!("{to}/{rest}");
        }
    });
}

fn all_refs(doc: &mut Value) -> BTreeSet<String> {
    let mut refs = BTreeSet::new();
    for_each_ref_mut(doc, &mut |r| {
        refs.insert(r.clone());
    });
    refs
}

/// A definition name derived from a pointer, not yet taken (also after
/// typify turns it into a type name).
fn fresh_name(doc: &Value, wanted: &str) -> String {
    let defs = doc["definitions"].as_object().expect("ensured");
    let taken: BTreeSet<String> = defs.keys().map(|k| typify_name(k)).collect();
    if !taken.contains(&typify_name(wanted)) {
        return wanted.to_string();
    }
    (2..)
        .map(|i| format!("{wanted}{i}"))
        .find(|n| !taken.contains(&typify_name(n)))
        .expect("some suffix is free")
}

/// `#/definitions/attachment/properties/fileMimeType` → `attachmentFileMimeType`;
/// `#/definitions/internalActor/anyOf/0` → `internalActorUnknown` (after its
/// tag value) or `internalActorVariant0`.
fn name_for_pointer(doc: &Value, pointer: &str) -> String {
    let segs: Vec<String> = pointer
        .trim_start_matches('#')
        .split('/')
        .filter(|s| !s.is_empty())
        .map(unescape)
        .collect();
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
                // A branch is best named after its tag value.
                let here = format!("{}/{}", prefix_of(&segs, &rest, i), escape(n))
                    .replacen("{kw}", seg, 1);
                let tag = doc
                    .pointer(&here)
                    .and_then(first_const)
                    .map(pascal)
                    .unwrap_or_else(|| format!("Variant{n}"));
                name.push_str(&tag);
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
fn hoist_deep_refs(doc: &mut Value) -> Result<(), Errors> {
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
fn rename_colliding_definitions(doc: &mut Value) {
    let names: Vec<String> = doc["definitions"]
        .as_object()
        .expect("ensured")
        .keys()
        .cloned()
        .collect();
    let mut seen = BTreeSet::new();
    for name in names {
        if seen.insert(typify_name(&name)) {
            continue;
        }
        let fresh = fresh_name(doc, &name);
        seen.insert(typify_name(&fresh));
        let defs = doc["definitions"].as_object_mut().expect("ensured");
        let schema = defs.remove(&name).expect("listed");
        defs.insert(fresh.clone(), schema);
        redirect_refs(doc, &def_ref(&name), &def_ref(&fresh));
    }
}

/// Resolves a schema through shallow references to the object it names.
fn resolve<'a>(defs: &'a Map<String, Value>, mut v: &'a Value) -> Option<&'a Map<String, Value>> {
    for _ in 0..64 {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) => v = defs.get(&shallow_ref_name(r)?)?,
            None => return v.as_object(),
        }
    }
    None
}

/// The tag of a union with these branches, if it is const-tagged.
fn union_tag(defs: &Map<String, Value>, branches: &[&Value]) -> Option<String> {
    let resolved: Option<Vec<&Map<String, Value>>> =
        branches.iter().map(|b| resolve(defs, b)).collect();
    unions::detect_tag(&resolved?)
}

/// Moves inline tagged unions (e.g. `timelineEntry.entry`) into definitions,
/// then the inline branches of every tagged union definition.
fn hoist_inline_unions(doc: &mut Value) {
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

/// Finds the tagged union definitions, and removes the tag from their
/// branches (the enum carries it). A branch definition that is also used
/// elsewhere keeps its tag; the union gets a copy without it.
fn find_unions(doc: &mut Value) -> BTreeMap<String, Union> {
    let mut found: BTreeMap<String, (String, Vec<(String, String)>)> = BTreeMap::new();
    {
        let defs = doc["definitions"].as_object().expect("ensured");
        for (name, d) in defs {
            let Some((_, branches, false)) = unions::non_null_branches(d) else {
                continue;
            };
            // After hoisting, every branch of a tagged union is a shallow ref.
            let Some(names) = branches
                .iter()
                .map(|b| {
                    b.get("$ref")
                        .and_then(Value::as_str)
                        .and_then(shallow_ref_name)
                })
                .collect::<Option<Vec<_>>>()
            else {
                continue;
            };
            let Some(tag) = union_tag(defs, &branches) else {
                continue;
            };
            let variants = names
                .into_iter()
                .map(|n| {
                    let target = resolve_name(defs, &n);
                    let value = unions::tag_value(
                        &defs[&target].as_object().cloned().unwrap_or_default(),
                        &tag,
                    )
                    .unwrap_or_default()
                    .to_string();
                    (value, target)
                })
                .collect();
            found.insert(name.clone(), (tag, variants));
        }
    }

    // How each definition is referenced: as a branch of which unions, and
    // whether anywhere else.
    let mut used_elsewhere: BTreeSet<String> = BTreeSet::new();
    let mut branch_tags: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    {
        let defs = doc["definitions"].as_object().expect("ensured");
        walk(doc, "#", &mut |v, ptr| {
            let Some(name) = v
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(shallow_ref_name)
            else {
                return;
            };
            let target = resolve_name(defs, &name);
            let as_branch = found.iter().find_map(|(u, (tag, _))| {
                let prefix = format!("{}/", def_ref(u));
                let rest = ptr.strip_prefix(&prefix)?;
                let mut parts = rest.split('/');
                let ok = matches!(parts.next(), Some("anyOf" | "oneOf"))
                    && parts.next().is_some()
                    && parts.next().is_none();
                ok.then(|| tag.clone())
            });
            match as_branch {
                Some(tag) => {
                    branch_tags.entry(target).or_default().insert(tag);
                }
                None => {
                    used_elsewhere.insert(target);
                }
            }
        });
    }

    let mut out = BTreeMap::new();
    let mut stripped_copies: BTreeMap<(String, String), Option<String>> = BTreeMap::new();
    for (union, (tag, variants)) in found {
        let mut list = Vec::new();
        for (value, def) in variants {
            let in_place = !used_elsewhere.contains(&def)
                && branch_tags.get(&def).is_some_and(|t| t.len() == 1);
            let key = (def.clone(), tag.clone());
            let variant_def = if let Some(done) = stripped_copies.get(&key) {
                done.clone()
            } else {
                let mut body = doc["definitions"][&def].clone();
                strip_property(&mut body, &tag);
                let empty = body
                    .get("properties")
                    .and_then(Value::as_object)
                    .is_none_or(Map::is_empty);
                let result = if empty {
                    if in_place {
                        doc["definitions"]
                            .as_object_mut()
                            .expect("ensured")
                            .remove(&def);
                    }
                    None
                } else if in_place {
                    doc["definitions"][&def] = body;
                    Some(def.clone())
                } else {
                    let name = fresh_name(doc, &format!("{def}Fields"));
                    doc["definitions"]
                        .as_object_mut()
                        .expect("ensured")
                        .insert(name.clone(), body);
                    Some(name)
                };
                stripped_copies.insert(key, result.clone());
                result
            };
            list.push(Variant {
                value,
                def: variant_def,
            });
        }
        let description = doc["definitions"][&union]
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_string);
        out.insert(
            union,
            Union {
                tag,
                variants: list,
                description,
            },
        );
    }
    out
}

/// Follows definitions that are only a `$ref` to the one they name.
fn resolve_name(defs: &Map<String, Value>, name: &str) -> String {
    let mut cur = name.to_string();
    for _ in 0..64 {
        match defs
            .get(&cur)
            .and_then(|d| d.get("$ref"))
            .and_then(Value::as_str)
            .and_then(shallow_ref_name)
        {
            Some(next) if defs.contains_key(&next) => cur = next,
            _ => break,
        }
    }
    cur
}

fn strip_property(schema: &mut Value, prop: &str) {
    if let Some(p) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        p.remove(prop);
    }
    if let Some(r) = schema.get_mut("required").and_then(Value::as_array_mut) {
        r.retain(|v| v.as_str() != Some(prop));
        if r.is_empty() {
            schema
                .as_object_mut()
                .expect("has required")
                .remove("required");
        }
    }
}

/// Reads `webhookMetadata.webhookTargetVersion` and makes it an optional
/// string, present in every revision.
fn relax_version(doc: &mut Value) -> Result<(Option<String>, String), Errors> {
    let ptr = "#/properties/webhookMetadata";
    let meta = doc.pointer("/properties/webhookMetadata").cloned().ok_or_else(|| {
        Error::new(
            "#/properties",
            "the webhook envelope has no `webhookMetadata` property; is this Plain's webhook schema?",
        )
    })?;
    let def = match meta.get("$ref").and_then(Value::as_str) {
        Some(r) => shallow_ref_name(r)
            .ok_or_else(|| Error::new(ptr, "`webhookMetadata` must refer to a definition"))?,
        None => {
            let name = fresh_name(doc, "webhookMetadata");
            doc["definitions"][&name] = meta.clone();
            doc["properties"]["webhookMetadata"] = json!({ "$ref": def_ref(&name) });
            name
        }
    };
    let def = resolve_name(doc["definitions"].as_object().expect("ensured"), &def);
    let schema = &mut doc["definitions"][&def];
    if !schema.get("properties").is_some_and(Value::is_object) {
        return Err(Error::new(
            def_ref(&def),
            "`webhookMetadata` must be an object with `properties`",
        )
        .into());
    }
    let version = schema["properties"]
        .get("webhookTargetVersion")
        .and_then(|v| unions::const_str(v))
        .map(str::to_string);
    let description = match &version {
        Some(v) => format!("The webhook target version this delivery was made for. This schema describes version `{v}`."),
        None => "The webhook target version this delivery was made for (absent for unversioned targets).".to_string(),
    };
    schema["properties"]["webhookTargetVersion"] =
        json!({ "type": "string", "description": description });
    strip_required(schema, "webhookTargetVersion");
    Ok((version, def))
}

fn strip_required(schema: &mut Value, prop: &str) {
    if let Some(r) = schema.get_mut("required").and_then(Value::as_array_mut) {
        r.retain(|v| v.as_str() != Some(prop));
    }
}

/// Applies `f` to every schema in the document, children first.
fn visit_schemas_mut(v: &mut Value, f: &mut dyn FnMut(&mut Value)) {
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

/// Untagged unions, in the form typify reads right:
/// - a branch that accepts anything (`{}`) makes the union accept anything;
/// - `{"type": "string"}` beside other string branches subsumes them;
/// - any other `anyOf` of two or more non-null branches becomes `oneOf`,
///   which typify turns into an enum that takes the first branch that
///   matches: what `anyOf` means for a value. (Its reading of `anyOf` is a
///   struct of flattened options, which cannot hold a string.)
fn simplify_untagged(doc: &mut Value) {
    visit_schemas_mut(doc, &mut |v| {
        let Some(o) = v.as_object_mut() else { return };
        let Some(Value::Array(branches)) = o.get("anyOf") else {
            return;
        };
        let non_null: Vec<&Value> = branches
            .iter()
            .filter(|b| !unions::is_null_schema(b))
            .collect();
        let nullable = non_null.len() < branches.len();
        if non_null.len() < 2 {
            return;
        }
        let accepts_anything = |b: &Value| b == &json!({}) || b == &json!(true);
        if non_null.iter().any(|b| accepts_anything(b)) {
            o.remove("anyOf");
            return;
        }
        let plain_string = json!({"type": "string"});
        let all_strings = non_null.iter().all(|b| {
            b.get("type").and_then(Value::as_str) == Some("string") && b.get("$ref").is_none()
        });
        if all_strings && non_null.contains(&&plain_string) {
            let replacement = if nullable {
                json!({"type": ["string", "null"]})
            } else {
                plain_string
            };
            o.remove("anyOf");
            for (k, val) in replacement.as_object().expect("an object") {
                o.insert(k.clone(), val.clone());
            }
            return;
        }
        // (Tagged union definitions are replaced by our own enums, so what
        // typify would make of them does not matter.)
        let list = o.remove("anyOf").expect("matched above");
        o.insert("oneOf".into(), list);
    });
}

/// typify ignores `const`; a one-value `enum` it checks.
fn consts_to_enums(v: &mut Value) {
    if let Some(o) = v.as_object_mut() {
        if let Some(c) = o.remove("const") {
            if !o.contains_key("type") && !c.is_null() {
                o.insert("type".into(), Value::String(type_name_of(&c).into()));
            }
            o.insert("enum".into(), Value::Array(vec![c]));
        }
        for (k, child) in o.iter_mut() {
            if !matches!(k.as_str(), "enum" | "default" | "examples") {
                consts_to_enums(child);
            }
        }
    } else if let Some(l) = v.as_array_mut() {
        for item in l {
            consts_to_enums(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(defs: Value) -> Value {
        json!({
            "type": "object",
            "properties": {
                "webhookMetadata": {"$ref": "#/definitions/webhookMetadata"},
                "type": {"type": "string", "enum": ["a.b"]},
                "payload": {"anyOf": [{"$ref": "#/definitions/p"}]}
            },
            "definitions": defs
        })
    }

    fn with_meta(mut defs: Value) -> Value {
        defs["webhookMetadata"] = json!({"type":"object","properties":{"webhookTargetVersion":{"type":"string","const":"2024-09-18"}},"required":["webhookTargetVersion"]});
        defs["p"] = json!({"type":"object","properties":{"eventType":{"const":"a.b"}},"required":["eventType"]});
        defs
    }

    #[test]
    fn deep_refs_are_hoisted_with_readable_names() {
        let d = doc(with_meta(json!({
            "attachment": {"type":"object","properties":{"fileMimeType":{"type":"string","minLength":1}}},
            "other": {"type":"object","properties":{"mime":{"$ref":"#/definitions/attachment/properties/fileMimeType"}}},
            "internalActor": {"anyOf":[{"type":"object","properties":{"actorType":{"const":"UNKNOWN"}},"required":["actorType"]},{"type":"object","properties":{"actorType":{"const":"user"},"userId":{"type":"string"}},"required":["actorType","userId"]}]},
            "actor": {"anyOf":[{"$ref":"#/definitions/internalActor/anyOf/0"},{"$ref":"#/definitions/internalActor/anyOf/1"}]}
        })));
        let s = normalize(d).unwrap();
        assert_eq!(
            s.definitions["attachmentFileMimeType"],
            json!({"type":"string","minLength":1})
        );
        assert_eq!(
            s.definitions["attachment"]["properties"]["fileMimeType"],
            json!({"$ref":"#/definitions/attachmentFileMimeType"})
        );
        assert_eq!(
            s.definitions["other"]["properties"]["mime"],
            json!({"$ref":"#/definitions/attachmentFileMimeType"})
        );
        // Both unions share the hoisted branches.
        let actor = &s.unions["actor"];
        assert_eq!(actor.tag, "actorType");
        assert_eq!(
            actor.variants[0],
            Variant {
                value: "UNKNOWN".into(),
                def: None
            }
        );
        assert_eq!(actor.variants[1].value, "user");
        assert_eq!(actor.variants, s.unions["internalActor"].variants);
        let user = actor.variants[1].def.as_ref().unwrap();
        assert_eq!(user, "internalActorUser");
        assert!(s.definitions[user]["properties"].get("actorType").is_none());
        assert_eq!(s.version.as_deref(), Some("2024-09-18"));
    }

    #[test]
    fn schema_without_deep_refs_passes_through() {
        let defs = with_meta(json!({
            "customer": {"type":"object","properties":{"fullName":{"type":"string"}},"required":["fullName"]}
        }));
        let s = normalize(doc(defs.clone())).unwrap();
        assert_eq!(s.definitions["customer"], defs["customer"]);
        assert!(s.unions.is_empty());
    }

    #[test]
    fn bad_refs_are_reported_with_pointers() {
        let d = doc(with_meta(json!({
            "a": {"type":"object","properties":{"x":{"$ref":"#/definitions/nope"}, "y":{"$ref":"other.json#/x"}}}
        })));
        let e = normalize(d).unwrap_err();
        assert_eq!(e.0.len(), 2, "{e}");
        assert_eq!(e.0[0].pointer, "#/definitions/a/properties/x/$ref");
        assert!(e.0[0].message.contains("points to nothing"));
        assert_eq!(e.0[1].pointer, "#/definitions/a/properties/y/$ref");
    }

    #[test]
    fn alias_cycles_are_errors() {
        let d = doc(with_meta(json!({
            "a": {"$ref":"#/definitions/b"},
            "b": {"$ref":"#/definitions/a"}
        })));
        let e = normalize(d).unwrap_err();
        assert!(e.to_string().contains("reference cycle"), "{e}");
    }

    #[test]
    fn shared_branches_keep_their_tag_elsewhere() {
        let d = doc(with_meta(json!({
            "userActor": {"type":"object","properties":{"actorType":{"const":"user"},"userId":{"type":"string"}},"required":["actorType","userId"]},
            "systemActor": {"type":"object","properties":{"actorType":{"const":"system"},"system":{"type":"string"}},"required":["actorType","system"]},
            "actor": {"anyOf":[{"$ref":"#/definitions/userActor"},{"$ref":"#/definitions/systemActor"}]},
            "holder": {"type":"object","properties":{"u":{"$ref":"#/definitions/userActor"}}}
        })));
        let s = normalize(d).unwrap();
        let actor = &s.unions["actor"];
        assert_eq!(actor.variants[0].def.as_deref(), Some("userActorFields"));
        assert_eq!(actor.variants[1].def.as_deref(), Some("systemActor"));
        assert_eq!(
            s.definitions["userActor"]["properties"]["actorType"],
            json!({"type":"string","enum":["user"]})
        );
        assert!(s.definitions["systemActor"]["properties"]
            .get("actorType")
            .is_none());
    }
}
