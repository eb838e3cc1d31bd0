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

use crate::checks::{check_alias_cycles, check_keywords, check_refs};
use crate::hoist::{
    fresh_name, hoist_deep_refs, hoist_inline_unions, rename_colliding_definitions, union_tag,
};
use crate::unions::{self, Union, Variant};
pub use crate::walk::shallow_ref_name;
use crate::walk::{def_ref, escape, type_name_of, visit_schemas_mut, walk};
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
    /// With a previous revision merged in, its version, when it differs:
    /// the module accepts it too under `VersionPolicy::Exact`.
    pub also: Vec<Option<String>>,
}

impl Schema {
    /// Every version the module accepts under `VersionPolicy::Exact`, its
    /// own first.
    pub fn versions(&self) -> Vec<Option<&str>> {
        std::iter::once(&self.version)
            .chain(&self.also)
            .map(Option::as_deref)
            .collect()
    }
}

/// Normalizes a parsed schema document.
pub fn normalize(doc: Value) -> Result<Schema, Errors> {
    let p = prepare(doc)?;
    Ok(finish(p.doc, p.version, Vec::new()))
}

/// Normalizes two revisions into one schema that accepts the bodies of
/// both (see `merge`): `new` first, its version first. Problems in
/// `previous` are marked [`Error::in_previous`].
pub fn normalize_with_previous(new: Value, previous: Value) -> Result<Schema, Errors> {
    let (new, old) = both(prepare(new), prepare(previous))?;
    merge(new, old)
}

/// A revision checked and hoisted, its version read off: what is merged.
#[derive(Clone)]
pub(crate) struct Prepared {
    doc: Value,
    version: Option<String>,
    /// The file's own definitions (the others were hoisted from it).
    declared: BTreeSet<String>,
}

impl Prepared {
    /// The revision alone, normalized.
    pub(crate) fn normalized(&self) -> Schema {
        finish(self.doc.clone(), self.version.clone(), Vec::new())
    }
}

/// Both results, or every error of both: the second's marked as the
/// `previous` file's.
pub(crate) fn both<A, B>(new: Result<A, Errors>, old: Result<B, Errors>) -> Result<(A, B), Errors> {
    let old = old.map_err(|e| Errors(e.0.into_iter().map(Error::in_previous).collect()));
    match (new, old) {
        (Ok(n), Ok(o)) => Ok((n, o)),
        (Err(mut a), Err(b)) => {
            a.0.extend(b.0);
            Err(a)
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

/// One schema that accepts the bodies of both revisions.
pub(crate) fn merge(new: Prepared, old: Prepared) -> Result<Schema, Errors> {
    // The merge may drop what was hoisted from the old file once nothing
    // reaches it, never the file's own definitions.
    let mut doc = crate::merge::merge_docs(new.doc, old.doc, &old.declared);
    let mut also = Vec::new();
    if old.version != new.version {
        also.push(old.version);
    }
    if !also.is_empty() {
        describe_versions(&mut doc, std::iter::once(&new.version).chain(&also));
    }
    check_alias_cycles(&doc)?;
    Ok(finish(doc, new.version, also))
}

/// Checks, hoists, and reads the version off: what comes before merging.
pub(crate) fn prepare(mut doc: Value) -> Result<Prepared, Errors> {
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
    let declared = doc["definitions"]
        .as_object()
        .map(|d| d.keys().cloned().collect())
        .unwrap_or_default();
    rename_colliding_definitions(&mut doc);
    hoist_deep_refs(&mut doc)?;
    check_alias_cycles(&doc)?;
    hoist_inline_unions(&mut doc);
    let version = relax_version(&mut doc)?;
    Ok(Prepared {
        doc,
        version,
        declared,
    })
}

fn finish(mut doc: Value, version: Option<String>, also: Vec<Option<String>>) -> Schema {
    let unions = find_unions(&mut doc);
    simplify_untagged(&mut doc);
    consts_to_enums(&mut doc);

    let Value::Object(mut root) = doc else {
        unreachable!("checked by load::parse")
    };
    let Some(Value::Object(definitions)) = root.remove("definitions") else {
        unreachable!("ensured above")
    };
    Schema {
        root,
        definitions,
        unions,
        version,
        also,
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
fn relax_version(doc: &mut Value) -> Result<Option<String>, Errors> {
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
    Ok(version)
}

/// The merged `webhookTargetVersion`'s description: every version read.
fn describe_versions<'a>(doc: &mut Value, versions: impl Iterator<Item = &'a Option<String>>) {
    let shown: Vec<String> = versions
        .map(|v| {
            v.as_ref()
                .map_or_else(|| "none".to_string(), |v| format!("`{v}`"))
        })
        .collect();
    let Some(def) = doc
        .pointer("/properties/webhookMetadata/$ref")
        .and_then(Value::as_str)
        .and_then(shallow_ref_name)
    else {
        return;
    };
    let def = resolve_name(doc["definitions"].as_object().expect("ensured"), &def);
    if let Some(p) = doc.pointer_mut(&format!(
        "/definitions/{}/properties/webhookTargetVersion",
        escape(&def)
    )) {
        p["description"] = json!(format!(
            "The webhook target version this delivery was made for. This module reads versions {}.",
            shown.join(" and ")
        ));
    }
}

fn strip_required(schema: &mut Value, prop: &str) {
    if let Some(r) = schema.get_mut("required").and_then(Value::as_array_mut) {
        r.retain(|v| v.as_str() != Some(prop));
    }
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
