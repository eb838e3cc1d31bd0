//! What changes for a consumer of the code generated from one revision of
//! Plain's schema when it moves to another: events (and so `on_<event>`
//! methods), definitions (types), fields, enum values and tagged-union
//! variants, the version const, and constraints; each marked breaking or
//! not from the consumer's side.
//!
//! Both revisions go through the generator itself (normalization, then
//! its model of the generated types), so that the comparison is between
//! the modules a consumer's code names: every type the report prints is in
//! the module of its revision (`old_type`, `new_type` in the JSON form).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use plain_webhooks_codegen::events::EventModel;
use plain_webhooks_codegen::model::{
    Field, Item, Model, StringEnum, Struct, Tagged, Text, Ty, Untagged,
};
use plain_webhooks_codegen::normalize::{normalize, normalize_with_previous, Schema};
use serde::Serialize;
use serde_json::Value;

/// One change, in the consumer's terms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Whether code or deliveries that worked before can fail after it.
    pub breaking: bool,
    /// What kind of change: `event added`, `field type changed`, …
    pub kind: &'static str,
    /// Where: an event type, a type (`User`), a field (`User.deletedAt`).
    pub item: String,
    /// What it means for generated code.
    pub detail: String,
    /// The Rust type in the old module, where the change names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_type: Option<String>,
    /// The Rust type in the new module, where the change names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_type: Option<String>,
}

impl Change {
    fn new(breaking: bool, kind: &'static str, item: &str, detail: String) -> Self {
        Self {
            breaking,
            kind,
            item: item.to_string(),
            detail,
            old_type: None,
            new_type: None,
        }
    }
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
    /// What the module generated from NEW with `previous = OLD` loosens,
    /// against NEW's own module.
    pub previous: Loosened,
}

/// What one module for both revisions (`previous`) reads differently from
/// the new revision's own module: what the compiler shows again when
/// `previous` is removed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Loosened {
    /// Fields (`Type.field`, by JSON name) required in NEW that become
    /// `Option`.
    pub optional: Vec<String>,
    /// Fields whose type becomes one that reads both revisions' values (an
    /// enum of both shapes, a string without the format or pattern they
    /// disagree on): `Type.field`, with the merged module's type.
    pub retyped: Vec<Retyped>,
}

/// A field whose type differs in the merged module.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Retyped {
    /// `Type.field`, by JSON name.
    pub field: String,
    /// The type in NEW's own module.
    pub new_type: String,
    /// The type in the merged module.
    pub merged_type: String,
}

impl Loosened {
    /// The line `diff` prints about it.
    pub fn to_line(&self) -> String {
        fn some(list: &[String]) -> String {
            const SHOWN: usize = 6;
            let mut out = list
                .iter()
                .take(SHOWN)
                .cloned()
                .collect::<Vec<_>>()
                .join(", ");
            if list.len() > SHOWN {
                let _ = write!(out, " and {} more", list.len() - SHOWN);
            }
            out
        }
        if self.optional.is_empty() && self.retyped.is_empty() {
            return "with `previous = OLD`, one module reads both revisions with NEW's types \
                    unchanged"
                .to_string();
        }
        let fields = |n: usize| {
            if n == 1 {
                "1 field".to_string()
            } else {
                format!("{n} fields")
            }
        };
        let mut parts = Vec::new();
        if !self.optional.is_empty() {
            parts.push(format!(
                "{} made Option ({})",
                fields(self.optional.len()),
                some(&self.optional)
            ));
        }
        if !self.retyped.is_empty() {
            let shown: Vec<String> = self
                .retyped
                .iter()
                .map(|r| format!("{}: {}", r.field, r.merged_type))
                .collect();
            parts.push(format!(
                "{} given a type that reads both ({})",
                fields(self.retyped.len()),
                some(&shown)
            ));
        }
        format!(
            "with `previous = OLD`, one module reads both revisions, loosened: {}; removing \
             `previous` after the switch tightens them again",
            parts.join("; ")
        )
    }
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
        let _ = writeln!(out, "{}", self.previous.to_line());
        out
    }
}

/// Compares two schema documents.
///
/// # Errors
///
/// A revision the generator cannot read: its problems, one per line.
pub fn diff(old: Value, new: Value) -> Result<Report, String> {
    let merged = normalize_with_previous(new.clone(), old.clone())
        .and_then(|schema| Model::build(&schema))
        .map_err(|e| format!("NEW with `previous = OLD`: {e}"));
    let read = |doc: Value, which: &str| -> Result<(Schema, EventModel, Model), String> {
        let schema = normalize(doc).map_err(|e| format!("{which}: {e}"))?;
        let events = EventModel::build(&schema).map_err(|e| format!("{which}: {e}"))?;
        let model = Model::build(&schema).map_err(|e| format!("{which}: {e}"))?;
        Ok((schema, events, model))
    };
    let (old, old_events, old_model) = read(old, "the old schema")?;
    let (new, new_events, new_model) = read(new, "the new schema")?;
    let mut changes = events(&old_events, &new_events);
    if old.version != new.version {
        changes.push(Change::new(
            true,
            "version changed",
            "SCHEMA_VERSION",
            format!(
                "{:?} -> {:?}: under VersionPolicy::Exact, deliveries from webhook targets still on \
                 the old version get 422 until the target is switched; generate with `previous = OLD` \
                 (one module reads both) while you switch",
                old.version, new.version
            ),
        ));
    }
    changes.extend(items(&old_model, &new_model));
    Ok(Report {
        old_version: old.version,
        new_version: new.version,
        changes,
        previous: loosened(&new_model, &merged?),
    })
}

/// Every struct field of NEW's module whose type the merged module
/// loosens.
fn loosened(new: &Model, merged: &Model) -> Loosened {
    let mut out = Loosened::default();
    for (name, item) in &new.items {
        let (Item::Struct(a), Some(Item::Struct(b))) = (item, merged.items.get(name)) else {
            continue;
        };
        for f in &a.fields {
            let Some(g) = b.fields.iter().find(|g| g.json == f.json) else {
                continue;
            };
            let at = format!("{name}.{}", f.json);
            let inner = |t: &Ty| match t {
                Ty::Option(t) => (**t).clone(),
                t => t.clone(),
            };
            if inner(&f.ty) != inner(&g.ty) {
                out.retyped.push(Retyped {
                    field: at,
                    new_type: f.ty.display(),
                    merged_type: g.ty.display(),
                });
            } else if f.ty != g.ty {
                out.optional.push(at);
            }
        }
    }
    out
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
            changes.push(Change::new(
                false,
                "event added",
                t,
                format!(
                    "new `Handler::{method}`; its default does nothing, so these events are \
                     answered 200 unhandled until you write it"
                ),
            ));
        }
    }
    for (t, method) in &old {
        if !new.contains_key(t) {
            changes.push(Change::new(
                true,
                "event removed",
                t,
                format!(
                    "`Handler::{method}` is gone: an impl that writes it no longer compiles; \
                     such events now reach `on_unknown`"
                ),
            ));
        }
    }
    changes
}

/// The items of the two modules, compared by Rust name: what a consumer's
/// code names.
fn items(old: &Model, new: &Model) -> Vec<Change> {
    let mut changes = Vec::new();
    let names: BTreeSet<&String> = old.items.keys().chain(new.items.keys()).collect();
    for name in names {
        match (old.items.get(name), new.items.get(name)) {
            (None, Some(item)) => changes.push(Change {
                new_type: Some(name.clone()),
                ..Change::new(
                    false,
                    "type added",
                    name,
                    format!("new {} `{name}`", item.kind()),
                )
            }),
            (Some(item), None) => changes.push(Change {
                old_type: Some(name.clone()),
                ..Change::new(
                    true,
                    "type removed",
                    name,
                    format!(
                        "{} `{name}` is gone: code that names it no longer compiles",
                        item.kind()
                    ),
                )
            }),
            (Some(a), Some(b)) if a != b => changes.extend(item(name, a, b)),
            _ => {}
        }
    }
    changes
}

/// The changes inside one item present in both modules.
fn item(name: &str, a: &Item, b: &Item) -> Vec<Change> {
    let mut changes = Vec::new();
    match (a, b) {
        (Item::Struct(a), Item::Struct(b)) => changes.extend(fields(name, a, b)),
        (Item::Enum(a), Item::Enum(b)) => {
            let values = |e: &StringEnum| e.variants.iter().map(|(_, j)| j.clone()).collect();
            let (va, vb): (BTreeSet<String>, BTreeSet<String>) = (values(a), values(b));
            push_values(&mut changes, name, &format!("enum `{name}` values"), &va, &vb);
        }
        (Item::Tagged(a), Item::Tagged(b)) => {
            let values = |t: &Tagged| t.variants.iter().map(|v| v.value.clone()).collect();
            let (va, vb): (BTreeSet<String>, BTreeSet<String>) = (values(a), values(b));
            let what = format!("enum `{name}` variants (by `{}`)", b.tag);
            push_values(&mut changes, name, &what, &va, &vb);
        }
        (Item::Untagged(a), Item::Untagged(b)) => {
            let values = |u: &Untagged| u.variants.iter().map(|(v, t)| format!("{v}({})", t.display())).collect();
            let (va, vb): (BTreeSet<String>, BTreeSet<String>) = (values(a), values(b));
            push_values(&mut changes, name, &format!("enum `{name}` variants"), &va, &vb);
        }
        (Item::Const(a), Item::Const(b)) if a.value != b.value => changes.push(Change::new(
            true,
            "value changed",
            name,
            format!("`{name}` is now {:?}, not {:?}: bodies with the old value are refused", b.value, a.value),
        )),
        (Item::Text(a), Item::Text(b)) if constraints(a) != constraints(b) => changes.push(Change::new(
            false,
            "constraint changed",
            name,
            format!(
                "{} -> {}: the same Rust type; values the old schema allowed may be refused, or the reverse",
                constraints(a),
                constraints(b)
            ),
        )),
        // Only the description changed.
        _ if a.kind() == b.kind() && std::mem::discriminant(a) == std::mem::discriminant(b) => {}
        _ => changes.push(Change {
            old_type: Some(name.to_string()),
            new_type: Some(name.to_string()),
            ..Change::new(
                true,
                "type changed",
                name,
                format!("`{name}` is now a different kind of {}", b.kind()),
            )
        }),
    }
    changes
}

/// Fields added, removed, retyped, or now required or optional.
fn fields(name: &str, a: &Struct, b: &Struct) -> Vec<Change> {
    let mut changes = Vec::new();
    let by_json = |s: &Struct| -> BTreeMap<String, Field> {
        s.fields
            .iter()
            .map(|f| (f.json.clone(), f.clone()))
            .collect()
    };
    let (fa, fb) = (by_json(a), by_json(b));
    let all: BTreeSet<&String> = fa.keys().chain(fb.keys()).collect();
    for json in all {
        let item = format!("{name}.{json}");
        match (fa.get(json), fb.get(json)) {
            (None, Some(f)) => {
                let ty = f.ty.display();
                changes.push(Change {
                    new_type: Some(ty.clone()),
                    ..Change::new(
                        f.required,
                        "field added",
                        &item,
                        if f.required {
                            format!("`{}: {ty}`, required: bodies without it (older versions) no longer parse, and struct literals need it", f.rust)
                        } else {
                            format!("`{}: {ty}`, optional", f.rust)
                        },
                    )
                });
            }
            (Some(f), None) => {
                let ty = f.ty.display();
                changes.push(Change {
                    old_type: Some(ty.clone()),
                    ..Change::new(
                        true,
                        "field removed",
                        &item,
                        format!(
                            "`{}: {ty}` is gone: code that reads it no longer compiles",
                            f.rust
                        ),
                    )
                });
            }
            (Some(x), Some(y)) => {
                let (tx, ty) = (x.ty.display(), y.ty.display());
                let why = match (x.required, y.required) {
                    (false, true) => "; the field must now be present",
                    (true, false) => "; the field may now be absent",
                    _ => "",
                };
                if tx != ty {
                    changes.push(Change {
                        old_type: Some(tx.clone()),
                        new_type: Some(ty.clone()),
                        ..Change::new(
                            true,
                            "field type changed",
                            &item,
                            format!("`{tx}` -> `{ty}`{why}"),
                        )
                    });
                } else if x.required != y.required {
                    // Same type (an `Option`): only whether the key may be left out.
                    changes.push(Change::new(
                        y.required,
                        "field presence changed",
                        &item,
                        format!("`{tx}`{why}"),
                    ));
                }
            }
            (None, None) => {}
        }
    }
    changes
}

fn push_values(
    changes: &mut Vec<Change>,
    item: &str,
    what: &str,
    old: &BTreeSet<String>,
    new: &BTreeSet<String>,
) {
    let list = |v: Vec<&String>| {
        v.iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let added: Vec<&String> = new.difference(old).collect();
    let removed: Vec<&String> = old.difference(new).collect();
    if !added.is_empty() {
        changes.push(Change::new(
            true,
            "values added",
            item,
            format!(
                "{what} added: {}: exhaustive `match`es no longer compile",
                list(added)
            ),
        ));
    }
    if !removed.is_empty() {
        changes.push(Change::new(
            true,
            "values removed",
            item,
            format!(
                "{what} removed: {}: code that names them no longer compiles",
                list(removed)
            ),
        ));
    }
}

/// A checked string's constraints, for people.
fn constraints(t: &Text) -> String {
    let mut parts = Vec::new();
    if let Some(p) = &t.pattern {
        parts.push(format!("pattern {p:?}"));
    }
    if let Some(n) = t.min_length {
        parts.push(format!("minLength {n}"));
    }
    if let Some(n) = t.max_length {
        parts.push(format!("maxLength {n}"));
    }
    if parts.is_empty() {
        "none".into()
    } else {
        parts.join(", ")
    }
}
