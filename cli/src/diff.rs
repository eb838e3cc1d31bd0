//! What changes for a consumer of the code generated from one revision of
//! Plain's schema when it moves to another: events (and so `on_<event>`
//! methods), definitions (types), fields, enum values and tagged-union
//! variants, the version const, and constraints; each marked breaking or
//! not from the consumer's side.
//!
//! Both revisions go through the generator's own `normalize` first (deep
//! `$ref`s hoisted, const tags found), so that the comparison is between
//! the definitions the code is generated from. Rust types are named as the
//! generator names them (`Option<T>` for a field that may be absent,
//! `PascalCase` of a definition, `<Definition><Field>` for an inline enum).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use heck::ToPascalCase;
use plain_webhooks_codegen::events::EventModel;
use plain_webhooks_codegen::normalize::{normalize, Schema};
use plain_webhooks_codegen::unions::Variant;
use serde::Serialize;
use serde_json::{Map, Value};

/// One change, in the consumer's terms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Whether code or deliveries that worked before can fail after it.
    pub breaking: bool,
    /// What kind of change: `event added`, `field type changed`, …
    pub kind: &'static str,
    /// Where: an event type, a definition, `definition.field`.
    pub item: String,
    /// What it means for generated code.
    pub detail: String,
}

/// Every change from one revision to another.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The old revision's `webhookTargetVersion` const.
    pub old_version: Option<String>,
    /// The new revision's.
    pub new_version: Option<String>,
    /// The changes: events first, then the version, then definitions by
    /// name.
    pub changes: Vec<Change>,
}

impl Report {
    /// Whether any change is breaking.
    pub fn is_breaking(&self) -> bool {
        self.changes.iter().any(|c| c.breaking)
    }

    /// The report for people.
    pub fn to_text(&self) -> String {
        let version = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".into());
        let mut out = format!(
            "schema version {} -> {}: {} changes, {} breaking\n",
            version(&self.old_version),
            version(&self.new_version),
            self.changes.len(),
            self.changes.iter().filter(|c| c.breaking).count()
        );
        for c in &self.changes {
            let mark = if c.breaking { "BREAKING" } else { "ok" };
            let _ = writeln!(out, "{mark:8} {}: {}: {}", c.kind, c.item, c.detail);
        }
        out
    }
}

/// Compares two schema documents.
///
/// # Errors
///
/// A revision the generator cannot read: its problems, one per line.
pub fn diff(old: Value, new: Value) -> Result<Report, String> {
    let read = |doc: Value, which: &str| -> Result<(Schema, EventModel), String> {
        let schema = normalize(doc).map_err(|e| format!("{which}: {e}"))?;
        let events = EventModel::build(&schema).map_err(|e| format!("{which}: {e}"))?;
        Ok((schema, events))
    };
    let (old, old_events) = read(old, "the old schema")?;
    let (new, new_events) = read(new, "the new schema")?;
    let mut changes = events(&old_events, &new_events);
    if old.version != new.version {
        changes.push(Change {
            breaking: true,
            kind: "version changed",
            item: "SCHEMA_VERSION".into(),
            detail: format!(
                "{:?} -> {:?}: under VersionPolicy::Exact, deliveries from webhook targets still on \
                 the old version get 422 until the target is switched; serve both versions (or use \
                 VersionPolicy::Any) while you switch",
                old.version, new.version
            ),
        });
    }
    changes.extend(definitions(&old, &new));
    Ok(Report {
        old_version: old.version,
        new_version: new.version,
        changes,
    })
}

fn events(old: &EventModel, new: &EventModel) -> Vec<Change> {
    let by_type = |m: &EventModel| -> BTreeMap<String, String> {
        m.events
            .iter()
            .map(|e| (e.event_type.clone(), e.method.clone()))
            .collect()
    };
    let (old, new) = (by_type(old), by_type(new));
    let mut changes = Vec::new();
    for (t, method) in &new {
        if !old.contains_key(t) {
            changes.push(Change {
                breaking: false,
                kind: "event added",
                item: t.clone(),
                detail: format!(
                    "new `Handler::{method}`; its default does nothing, so these events are \
                     answered 200 unhandled until you write it"
                ),
            });
        }
    }
    for (t, method) in &old {
        if !new.contains_key(t) {
            changes.push(Change {
                breaking: true,
                kind: "event removed",
                item: t.clone(),
                detail: format!(
                    "`Handler::{method}` is gone: an impl that writes it no longer compiles; \
                     such events now reach `on_unknown`"
                ),
            });
        }
    }
    changes
}

fn definitions(old: &Schema, new: &Schema) -> Vec<Change> {
    let mut changes = Vec::new();
    let names: BTreeSet<&String> = old
        .definitions
        .keys()
        .chain(new.definitions.keys())
        .collect();
    for name in names {
        let rust = name.to_pascal_case();
        match (old.definitions.get(name), new.definitions.get(name)) {
            (None, Some(_)) => changes.push(Change {
                breaking: false,
                kind: "type added",
                item: name.clone(),
                detail: format!("new type `{rust}`"),
            }),
            (Some(_), None) => changes.push(Change {
                breaking: true,
                kind: "type removed",
                item: name.clone(),
                detail: format!("`{rust}` is gone: code that names it no longer compiles"),
            }),
            (Some(a), Some(b)) if a != b => {
                changes.extend(definition(name, a, b, old, new));
            }
            _ => {}
        }
    }
    changes
}

/// The changes inside one definition present in both revisions.
fn definition(name: &str, a: &Value, b: &Value, old: &Schema, new: &Schema) -> Vec<Change> {
    let mut changes = Vec::new();
    let rust = name.to_pascal_case();
    if let (Some(ua), Some(ub)) = (old.unions.get(name), new.unions.get(name)) {
        let (va, vb) = (variants(&ua.variants), variants(&ub.variants));
        let added: Vec<&String> = vb.difference(&va).collect();
        let removed: Vec<&String> = va.difference(&vb).collect();
        push_values(
            &mut changes,
            name,
            &format!("enum `{rust}` variants (by tag)"),
            &added,
            &removed,
        );
        return changes;
    }
    changes.extend(enum_values(name, &rust, a, b));
    let (props_a, props_b) = (properties(a), properties(b));
    let (req_a, req_b) = (required(a), required(b));
    let fields: BTreeSet<&String> = props_a.keys().chain(props_b.keys()).collect();
    for field in fields {
        let item = format!("{name}.{field}");
        let inline = format!("{rust}{}", field.to_pascal_case());
        match (props_a.get(field), props_b.get(field)) {
            (None, Some(s)) => {
                let required = req_b.contains(field);
                let ty = rust_type(s, required, &inline);
                changes.push(Change {
                    breaking: required,
                    kind: "field added",
                    item,
                    detail: if required {
                        format!("required `{ty}`: bodies without it (older versions) no longer parse, and struct literals need it")
                    } else {
                        format!("optional `{ty}`")
                    },
                });
            }
            (Some(s), None) => changes.push(Change {
                breaking: true,
                kind: "field removed",
                item,
                detail: format!(
                    "`{}` is gone: code that reads it no longer compiles",
                    rust_type(s, req_a.contains(field), &inline)
                ),
            }),
            (Some(sa), Some(sb)) => {
                let (ra, rb) = (req_a.contains(field), req_b.contains(field));
                let (ta, tb) = (rust_type(sa, ra, &inline), rust_type(sb, rb, &inline));
                if ta != tb {
                    let why = match (ra, rb) {
                        (false, true) => "; the field is now always present",
                        (true, false) => "; the field may now be absent",
                        _ => "",
                    };
                    changes.push(Change {
                        breaking: true,
                        kind: "field type changed",
                        item: item.clone(),
                        detail: format!("`{ta}` -> `{tb}`{why}"),
                    });
                }
                changes.extend(enum_values(&item, &inline, sa, sb));
                let (ca, cb) = (constraints(sa), constraints(sb));
                if ta == tb && ca != cb {
                    changes.push(Change {
                        breaking: false,
                        kind: "constraint changed",
                        item,
                        detail: format!(
                            "{} -> {}: the same Rust type; values the old schema allowed may be refused, or the reverse",
                            show(&ca),
                            show(&cb)
                        ),
                    });
                }
            }
            (None, None) => {}
        }
    }
    changes
}

fn variants(v: &[Variant]) -> BTreeSet<String> {
    v.iter().map(|x| x.value.clone()).collect()
}

/// `enum` values added or removed, on a definition or a field.
fn enum_values(item: &str, rust: &str, a: &Value, b: &Value) -> Vec<Change> {
    let values = |v: &Value| -> Option<BTreeSet<String>> {
        let list = v.get("enum")?.as_array()?;
        Some(
            list.iter()
                .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
                .collect(),
        )
    };
    let mut changes = Vec::new();
    if let (Some(va), Some(vb)) = (values(a), values(b)) {
        let added: Vec<&String> = vb.difference(&va).collect();
        let removed: Vec<&String> = va.difference(&vb).collect();
        push_values(
            &mut changes,
            item,
            &format!("enum `{rust}` values"),
            &added,
            &removed,
        );
    }
    changes
}

fn push_values(
    changes: &mut Vec<Change>,
    item: &str,
    what: &str,
    added: &[&String],
    removed: &[&String],
) {
    let list = |v: &[&String]| {
        v.iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !added.is_empty() {
        changes.push(Change {
            breaking: true,
            kind: "values added",
            item: item.to_string(),
            detail: format!(
                "{what} added: {}: exhaustive `match`es no longer compile",
                list(added)
            ),
        });
    }
    if !removed.is_empty() {
        changes.push(Change {
            breaking: true,
            kind: "values removed",
            item: item.to_string(),
            detail: format!(
                "{what} removed: {}: code that names them no longer compiles",
                list(removed)
            ),
        });
    }
}

fn properties(v: &Value) -> Map<String, Value> {
    v.get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

fn required(v: &Value) -> BTreeSet<String> {
    v.get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// The Rust type the generator gives a field, near enough to name it:
/// `inline` is the name of an inline enum, struct or union.
fn rust_type(s: &Value, required: bool, inline: &str) -> String {
    let (ty, nullable) = shape(s, inline);
    if nullable || !required {
        format!("Option<{ty}>")
    } else {
        ty
    }
}

/// A schema's type, and whether `null` is one of its values.
fn shape(s: &Value, inline: &str) -> (String, bool) {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return (r.rsplit('/').next().unwrap_or(r).to_pascal_case(), false);
    }
    if let Some(branches) = s
        .get("anyOf")
        .or_else(|| s.get("oneOf"))
        .and_then(Value::as_array)
    {
        let is_null = |b: &&Value| b.get("type").and_then(Value::as_str) == Some("null");
        let rest: Vec<&Value> = branches.iter().filter(|b| !is_null(b)).collect();
        let nullable = rest.len() < branches.len();
        return match rest.as_slice() {
            [one] => (shape(one, inline).0, nullable),
            _ => (inline.to_string(), nullable),
        };
    }
    if s.get("enum").is_some() || s.get("const").is_some() {
        return (inline.to_string(), false);
    }
    let types: Vec<&str> = match s.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let nullable = types.contains(&"null");
    let ty = match types.iter().find(|t| **t != "null").copied() {
        Some("string") if s.get("format").and_then(Value::as_str) == Some("date-time") => {
            "DateTime<Utc>".to_string()
        }
        Some("string") => "String".into(),
        Some("integer") => "i64".into(),
        Some("number") => "f64".into(),
        Some("boolean") => "bool".into(),
        Some("array") => {
            let item = s
                .get("items")
                .map_or_else(|| "Value".to_string(), |i| shape(i, inline).0);
            format!("Vec<{item}>")
        }
        Some("object") => inline.to_string(),
        _ => "Value".into(),
    };
    (ty, nullable)
}

/// The constraints that do not change the Rust type.
fn constraints(s: &Value) -> BTreeMap<&'static str, Value> {
    [
        "pattern",
        "format",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "minItems",
        "maxItems",
    ]
    .into_iter()
    .filter_map(|k| s.get(k).map(|v| (k, v.clone())))
    .collect()
}

fn show(c: &BTreeMap<&'static str, Value>) -> String {
    if c.is_empty() {
        return "none".into();
    }
    c.iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}
