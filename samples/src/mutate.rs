//! Breaking exactly one thing in a valid body.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{json, Value};

use crate::formats;
use crate::generate::{display_path, Break, Range, Seg, Site};
use crate::pattern::Pattern;
use crate::rng::Rng;
use crate::schema::{admitted_types, type_of, TYPES};
use crate::Error;

/// What a mutation broke.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum MutationKind {
    /// A required property was removed.
    MissingRequired,
    /// A value was replaced by one of a JSON type the schema does not admit.
    WrongType,
    /// An `enum` value was replaced by a string the enum does not list.
    UnlistedEnumValue,
    /// A `const` was replaced by another string. In Plain's schemas a
    /// `const` is the tag of a union branch (`actorType`, `eventType`, …) or
    /// the pinned `webhookTargetVersion`.
    UnlistedTag,
    /// A string with a `pattern` (ids, colours, emails) was edited so that
    /// it no longer matches, keeping its length bounds.
    OffPattern,
    /// A `date-time` string was replaced by one that is not RFC 3339.
    BadDateTime,
    /// A string with another `format` (`uuid`, `uri`, …) was broken.
    BadFormat,
    /// A length, item count or numeric bound was crossed by one.
    OutOfRange,
    /// A property was added to an object with `additionalProperties: false`.
    UnexpectedProperty,
    /// The envelope's `type` was set to another listed event type than the
    /// payload's `eventType`.
    WrongEventType,
}

impl MutationKind {
    /// Every kind, in declaration order.
    pub const ALL: [MutationKind; 10] = [
        Self::MissingRequired,
        Self::WrongType,
        Self::UnlistedEnumValue,
        Self::UnlistedTag,
        Self::OffPattern,
        Self::BadDateTime,
        Self::BadFormat,
        Self::OutOfRange,
        Self::UnexpectedProperty,
        Self::WrongEventType,
    ];

    /// The kind named `name` ([`MutationKind::name`]).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// A short kebab-case name, stable for scripts and reports.
    pub fn name(self) -> &'static str {
        match self {
            Self::MissingRequired => "missing-required",
            Self::WrongType => "wrong-type",
            Self::UnlistedEnumValue => "unlisted-enum-value",
            Self::UnlistedTag => "unlisted-tag",
            Self::OffPattern => "off-pattern",
            Self::BadDateTime => "bad-date-time",
            Self::BadFormat => "bad-format",
            Self::OutOfRange => "out-of-range",
            Self::UnexpectedProperty => "unexpected-property",
            Self::WrongEventType => "wrong-event-type",
        }
    }
}

impl fmt::Display for MutationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The one thing a mutated body breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mutation {
    /// What kind of thing was broken.
    pub kind: MutationKind,
    /// Where, as a path into the body: `payload.customer.email.email`
    /// (`.` for the body itself).
    pub path: String,
    /// What was done, for people: `payload.thread.status: "TODO" replaced
    /// by unlisted enum value "todo"`.
    pub description: String,
    /// For [`MutationKind::MissingRequired`]: whether the removed
    /// property's schema admits `null` (a reader that takes a missing value
    /// for `null` accepts the body). `false` for other kinds.
    pub admits_null: bool,
}

impl fmt::Display for Mutation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.kind, self.description)
    }
}

pub(crate) fn kind_of(site: &Site<'_>) -> MutationKind {
    match &site.how {
        Break::Required(..) => MutationKind::MissingRequired,
        Break::Type(_) => MutationKind::WrongType,
        Break::Enum(_) => MutationKind::UnlistedEnumValue,
        Break::Const(_) => MutationKind::UnlistedTag,
        Break::Pattern(..) => MutationKind::OffPattern,
        Break::Format(f) if f == "date-time" => MutationKind::BadDateTime,
        Break::Format(_) => MutationKind::BadFormat,
        Break::Range(_) => MutationKind::OutOfRange,
        Break::Closed(_) => MutationKind::UnexpectedProperty,
        Break::EventType => MutationKind::WrongEventType,
    }
}

/// Applies `site` to `body`, or `None` when it cannot be broken there
/// (an enum of every string, a format with no known bad value).
pub(crate) fn apply(
    root: &Value,
    body: &mut Value,
    site: &Site<'_>,
    event_types: &[String],
    patterns: &BTreeMap<String, Pattern>,
    rng: &mut Rng,
) -> Result<Option<Mutation>, Error> {
    let path = display_path(&site.path);
    let Some(target) = locate(body, &site.path) else {
        return Ok(None);
    };
    let old = short(target);
    let description = match &site.how {
        Break::Required(name, schema) => {
            let Some(obj) = target.as_object_mut() else {
                return Ok(None);
            };
            if obj.remove(name).is_none() {
                return Ok(None);
            }
            let at = if path == "." {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            let nullable = admitted_types(root, schema, 0)?.is_none_or(|t| t.contains("null"));
            return Ok(Some(Mutation {
                kind: MutationKind::MissingRequired,
                path: at.clone(),
                description: format!("{at}: required property removed"),
                admits_null: nullable,
            }));
        }
        Break::Type(schema) => {
            let Some(admitted) = admitted_types(root, schema, 0)? else {
                return Ok(None);
            };
            let wrong: Vec<&str> = TYPES
                .iter()
                .copied()
                .filter(|t| !admitted.contains(t))
                .filter(|t| *t != "integer" || !admitted.contains("number"))
                .collect();
            if wrong.is_empty() {
                return Ok(None);
            }
            let ty = *rng.pick(&wrong);
            *target = match ty {
                "null" => Value::Null,
                "boolean" => Value::Bool(rng.chance(50)),
                "integer" => json!(42),
                "number" => json!(1.5),
                "string" => json!("wrong type"),
                "array" => json!([]),
                _ => json!({}),
            };
            let mut admitted: Vec<&str> = admitted.iter().copied().collect();
            admitted.sort_unstable();
            format!(
                "{path}: {old} replaced by a {ty} (the schema admits {})",
                admitted.join(", ")
            )
        }
        Break::Enum(values) => {
            let new = unlisted(values, target, rng);
            *target = Value::String(new.clone());
            format!("{path}: {old} replaced by unlisted enum value {new:?}")
        }
        Break::Const(value) => {
            let new = unlisted(std::slice::from_ref(value), target, rng);
            *target = Value::String(new.clone());
            format!("{path}: {old} replaced by {new:?} (the schema's const is {value})")
        }
        Break::Pattern(p, len) => {
            let pat = patterns
                .get(p)
                .ok_or_else(|| Error::new(format!("pattern {p:?} was not compiled")))?;
            let new = pat.missing(rng, *len)?;
            *target = Value::String(new.clone());
            format!("{path}: {old} replaced by {new:?}, which does not match {p:?}")
        }
        Break::Format(f) => {
            let Some((new, why)) = formats::invalid(f, rng) else {
                return Ok(None);
            };
            *target = Value::String(new.clone());
            format!("{path}: {old} replaced by {new:?} ({why}; not a valid {f})")
        }
        Break::Range(r) => {
            let what = cross(target, r);
            format!("{path}: {old} {what}")
        }
        Break::Closed(known) => {
            let Some(obj) = target.as_object_mut() else {
                return Ok(None);
            };
            let name = (0..)
                .map(|i| format!("unexpectedField{i}"))
                .find(|n| !known.contains(n) && !obj.contains_key(n))
                .expect("a free name");
            obj.insert(name.clone(), json!("surprise"));
            format!("{path}: property {name:?} added (additionalProperties: false)")
        }
        Break::EventType => {
            let current = target.as_str().unwrap_or_default().to_string();
            let others: Vec<&String> = event_types.iter().filter(|t| **t != current).collect();
            if others.is_empty() {
                return Ok(None);
            }
            let new = (*rng.pick(&others)).clone();
            *target = Value::String(new.clone());
            format!("{path}: {current:?} replaced by {new:?}, which is not the payload's eventType")
        }
    };
    Ok(Some(Mutation {
        kind: kind_of(site),
        path,
        description,
        admits_null: false,
    }))
}

fn locate<'v>(mut v: &'v mut Value, path: &[Seg]) -> Option<&'v mut Value> {
    for seg in path {
        v = match seg {
            Seg::Key(k) => v.as_object_mut()?.get_mut(k)?,
            Seg::Index(i) => v.as_array_mut()?.get_mut(*i)?,
        };
    }
    Some(v)
}

/// A string not among `values`: often a near miss (case, suffix), the
/// kind of drift a real sender produces.
fn unlisted(values: &[Value], current: &Value, rng: &mut Rng) -> String {
    let base = current
        .as_str()
        .or_else(|| values.iter().find_map(Value::as_str))
        .unwrap_or("value");
    let candidates = [
        base.to_lowercase(),
        base.to_uppercase(),
        format!("{base}_UNLISTED"),
        format!(" {base}"),
        "UNLISTED_VALUE".to_string(),
        String::new(),
    ];
    let start = rng.index(candidates.len());
    (0..candidates.len())
        .map(|i| &candidates[(start + i) % candidates.len()])
        .find(|c| !values.iter().any(|v| v.as_str() == Some(c.as_str())))
        .cloned()
        .unwrap_or_else(|| "UNLISTED_VALUE_2".to_string())
}

/// Crosses a bound by one.
fn cross(target: &mut Value, r: &Range) -> String {
    match r {
        Range::MinLength(min) => {
            let s: String = target
                .as_str()
                .unwrap_or_default()
                .chars()
                .take(min - 1)
                .collect();
            let n = s.chars().count();
            *target = Value::String(s);
            format!("shortened to {n} characters (minLength {min})")
        }
        Range::MaxLength(max) => {
            let mut s: String = target
                .as_str()
                .unwrap_or_default()
                .chars()
                .take(*max)
                .collect();
            while s.chars().count() <= *max {
                s.push('z');
            }
            *target = Value::String(s);
            format!("lengthened to {} characters (maxLength {max})", max + 1)
        }
        Range::MinItems(min) => {
            if let Some(items) = target.as_array_mut() {
                items.truncate(min - 1);
            }
            format!("cut to {} items (minItems {min})", min - 1)
        }
        Range::MaxItems(max) => {
            if let Some(items) = target.as_array_mut() {
                let filler = items.first().cloned().unwrap_or(Value::Null);
                items.resize(max + 1, filler);
            }
            format!("grown to {} items (maxItems {max})", max + 1)
        }
        Range::MinInteger(lo) => {
            let v = lo.saturating_sub(1);
            *target = Value::from(v);
            format!("replaced by {v} (at least {lo})")
        }
        Range::MaxInteger(hi) => {
            let v = hi.saturating_add(1);
            *target = Value::from(v);
            format!("replaced by {v} (at most {hi})")
        }
    }
}

/// A value, shortened for a description.
fn short(v: &Value) -> String {
    let s = match v {
        Value::Array(_) | Value::Object(_) => format!("{} value", type_of(v)),
        other => other.to_string(),
    };
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}
