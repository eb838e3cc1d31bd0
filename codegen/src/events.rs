//! The event model: which event types the schema lists, which payload
//! definition each one has, and the Rust names they get.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::naming::{pascal, snake};
use crate::normalize::{shallow_ref_name, Schema};
use crate::unions::const_str;
use crate::{Error, Errors};

/// One entry of the schema's top-level `type` enum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventInfo {
    /// The event type, e.g. `customer.customer_updated`.
    pub event_type: String,
    /// The `Event` variant, e.g. `CustomerUpdated`.
    pub variant: String,
    /// The handler method, e.g. `on_customer_updated`.
    pub method: String,
    /// The payload definition; `None` when the schema lists the type but no
    /// payload carries its `eventType` (the payload is kept as raw JSON).
    pub payload: Option<String>,
    /// The payload definition's `description`.
    pub description: Option<String>,
}

/// Every event type of a schema, in the order of its `type` enum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventModel {
    /// The events that get a variant and a handler method of their own:
    /// all of them, unless the `events` setting chose some.
    pub events: Vec<EventInfo>,
    /// Every event type the schema lists, chosen or not.
    pub types: Vec<String>,
}

impl EventModel {
    /// Reads the event types and payload definitions of a normalized schema.
    pub fn build(schema: &Schema) -> Result<Self, Errors> {
        let types = event_types(schema)?;
        let payloads = payload_defs(schema)?;
        let suffixes: Vec<&str> = types.iter().map(|t| suffix(t)).collect();

        // `Other` and `on_other` receive the event types left out by the
        // `events` setting.
        let variants = unique_names(&types, &suffixes, pascal, &["Unknown", "Other"]);
        let methods = unique_names(
            &types,
            &suffixes,
            |s| format!("on_{}", snake(s)),
            &["on_unknown", "on_other"],
        );

        let events = types
            .iter()
            .zip(variants)
            .zip(methods)
            .map(|((t, variant), method)| {
                let payload = payloads.get(t.as_str()).cloned();
                let description = payload
                    .as_ref()
                    .and_then(|p| schema.definitions.get(p))
                    .and_then(|d| d.get("description"))
                    .and_then(Value::as_str)
                    .map(str::to_string);
                EventInfo {
                    event_type: t.clone(),
                    variant,
                    method,
                    payload,
                    description,
                }
            })
            .collect();
        Ok(Self { events, types })
    }

    /// The listed event types without a variant of their own (those the
    /// `events` setting left out), in the schema's order.
    pub fn others(&self) -> impl Iterator<Item = &String> {
        self.types
            .iter()
            .filter(|t| !self.events.iter().any(|e| &e.event_type == *t))
    }
}

/// The part of an event type after its first dot: `customer_updated`.
fn suffix(t: &str) -> &str {
    t.split_once('.').map_or(t, |(_, s)| s)
}

/// Names from suffixes; where two collide (or hit a reserved name), both
/// use the whole type.
fn unique_names(
    types: &[String],
    suffixes: &[&str],
    make: impl Fn(&str) -> String,
    reserved: &[&str],
) -> Vec<String> {
    let short: Vec<String> = suffixes.iter().map(|s| make(s)).collect();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for n in &short {
        *count.entry(n.as_str()).or_default() += 1;
    }
    let mut out: Vec<String> = short
        .iter()
        .zip(types)
        .map(|(n, t)| {
            if count[n.as_str()] > 1 || reserved.contains(&n.as_str()) {
                make(t)
            } else {
                n.clone()
            }
        })
        .collect();
    // Whole types can still collide after case conversion (`a.b_c`, `a.bC`).
    let mut seen = BTreeSet::new();
    for n in &mut out {
        if reserved.contains(&n.as_str()) {
            n.push('_');
        }
        let base = n.clone();
        let mut i = 2;
        while !seen.insert(n.clone()) {
            *n = format!("{base}{i}");
            i += 1;
        }
    }
    out
}

fn event_types(schema: &Schema) -> Result<Vec<String>, Errors> {
    let ptr = "#/properties/type";
    let list = schema
        .root
        .get("properties")
        .and_then(|p| p.get("type"))
        .and_then(|t| t.get("enum"))
        .and_then(Value::as_array)
        .ok_or_else(|| {
            Error::new(
                ptr,
                "expected the event `type` property with an `enum` of event type strings",
            )
        })?;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, v) in list.iter().enumerate() {
        match v.as_str() {
            Some(s) if !out.iter().any(|o| o == s) => out.push(s.to_string()),
            Some(_) => {}
            None => errors.push(Error::new(
                format!("{ptr}/enum/{i}"),
                "event types must be strings",
            )),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Errors(errors))
    }
}

/// Event type → payload definition, from `#/properties/payload`'s branches.
fn payload_defs(schema: &Schema) -> Result<BTreeMap<String, String>, Errors> {
    let ptr = "#/properties/payload";
    let payload = schema
        .root
        .get("properties")
        .and_then(|p| p.get("payload"))
        .ok_or_else(|| {
            Error::new(
                "#/properties",
                "the webhook envelope has no `payload` property",
            )
        })?;
    let (kw, branches): (&str, Vec<&Value>) = match (payload.get("anyOf"), payload.get("oneOf")) {
        (Some(Value::Array(l)), _) => ("anyOf", l.iter().collect()),
        (_, Some(Value::Array(l))) => ("oneOf", l.iter().collect()),
        _ if payload.get("$ref").is_some() => ("", vec![payload]),
        _ => {
            return Err(Error::new(
                ptr,
                "expected `anyOf` with one `$ref` per event payload definition",
            )
            .into())
        }
    };
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut errors = Vec::new();
    for (i, b) in branches.into_iter().enumerate() {
        let at = if kw.is_empty() {
            ptr.to_string()
        } else {
            format!("{ptr}/{kw}/{i}")
        };
        let Some(def) = b
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(shallow_ref_name)
        else {
            errors.push(Error::new(
                at,
                "each payload branch must be a `$ref` to a definition",
            ));
            continue;
        };
        let Some(event_type) = payload_event_type(schema, &def) else {
            // A payload whose event type cannot be read is not dispatchable;
            // its event type (if listed) keeps the raw payload.
            continue;
        };
        if let Some(previous) = out.get(&event_type) {
            if previous != &def {
                errors.push(Error::new(
                    at,
                    format!("event type `{event_type}` has two payload definitions: `{previous}` and `{def}`"),
                ));
            }
            continue;
        }
        out.insert(event_type, def);
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Errors(errors))
    }
}

/// The `eventType` a payload definition pins, directly or (for a union such
/// as `customerGroupChangedPayload`) in every branch alike.
fn payload_event_type(schema: &Schema, def: &str) -> Option<String> {
    if let Some(u) = schema.unions.get(def) {
        if u.tag == "eventType" {
            return None;
        }
        let mut found: Option<String> = None;
        for v in &u.variants {
            let t = const_str(
                schema
                    .definitions
                    .get(v.def.as_ref()?)?
                    .get("properties")?
                    .get("eventType")?,
            )?;
            match &found {
                None => found = Some(t.to_string()),
                Some(f) if f == t => {}
                Some(_) => return None,
            }
        }
        return found;
    }
    let d = schema.definitions.get(def)?;
    const_str(d.get("properties")?.get("eventType")?).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_use_the_suffix_unless_it_collides() {
        let types: Vec<String> = [
            "thread.email_received",
            "customer.customer_updated",
            "other.email_received",
            "x.unknown",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let suffixes: Vec<&str> = types.iter().map(|t| suffix(t)).collect();
        let v = unique_names(&types, &suffixes, pascal, &["Unknown"]);
        assert_eq!(
            v,
            [
                "ThreadEmailReceived",
                "CustomerUpdated",
                "OtherEmailReceived",
                "XUnknown"
            ]
        );
        let m = unique_names(
            &types,
            &suffixes,
            |s| format!("on_{}", snake(s)),
            &["on_unknown"],
        );
        assert_eq!(
            m,
            [
                "on_thread_email_received",
                "on_customer_updated",
                "on_other_email_received",
                "on_x_unknown"
            ]
        );
    }
}
