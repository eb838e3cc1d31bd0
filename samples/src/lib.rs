//! Seeded, deterministic webhook bodies drawn from a revision of Plain's
//! webhook JSON Schema: valid ones for every event type, and mutated ones
//! that break exactly one thing.
//!
//! ```
//! # let schema = serde_json::json!({
//! #   "type": "object",
//! #   "required": ["id", "type", "payload"],
//! #   "properties": {
//! #     "id": {"type": "string", "pattern": "^e_[0-9A-Z]{4}$"},
//! #     "type": {"type": "string", "enum": ["a.b"]},
//! #     "payload": {"anyOf": [{"$ref": "#/definitions/ab"}]}
//! #   },
//! #   "definitions": {"ab": {"type": "object", "required": ["eventType"],
//! #     "properties": {"eventType": {"const": "a.b"}}}}
//! # });
//! use plain_webhooks_samples::Samples;
//!
//! let samples = Samples::new(&schema)?;
//! let valid = samples.case(42, 0)?; // case 0 of seed 42
//! assert!(valid.mutation.is_none());
//! let broken = samples.mutated("a.b", 42, 1)?;
//! let m = broken.mutation.as_ref().expect("a mutation");
//! println!("{m}"); // e.g. "[off-pattern] id: "e_7QX0" replaced by …"
//! # Ok::<(), plain_webhooks_samples::Error>(())
//! ```
//!
//! What is drawn: every optional property present or absent, `null` for
//! nullable values (`type: [.., "null"]`, `anyOf [X, {type: null}]`), every
//! `enum` value and union branch (`anyOf`/`oneOf`), arrays of 0 to
//! [`Options::max_array_len`] items above `minItems`, strings within their
//! length bounds, matching their `pattern` (see below) or `format`
//! (`date-time` as RFC 3339 with offsets, fractions and lowercase
//! separators; `uuid`, `uri`, `email`, `date`), integers within their
//! bounds, `const`s, and occasionally an extra property where
//! `additionalProperties` allows it. `$ref`s (local, into definitions and
//! deep inside them) are followed, `allOf` is merged, `type` may be an
//! array, and `{}` draws any small JSON value. Past [`Options::soft_depth`]
//! the generator takes the shortest way out (no optional properties, empty
//! arrays, `null`, non-recursive branches); a schema that still nests past
//! 64 levels is an error.
//!
//! Patterns are ECMAScript regular expressions; the generator reads the
//! subset made of literals, classes (`[...]`, `[^...]`, `\d`, `\s`, `\w`),
//! groups, alternations, repetitions (`*`, `+`, `?`, `{n,m}`), and the
//! zero-width `^`, `$` and `\b`. That covers every pattern in Plain's
//! schemas (ids `^[a-zA-Z]+_[0-9A-Z…]{26}$`, hex colours, emails). A
//! pattern outside it (backreferences, lookaround) makes [`Samples::new`]
//! fail with an error that names it.
//!
//! Same schema, event type, seed and index: same body, on any machine (ChaCha8 and
//! sorted JSON objects).
#![deny(missing_docs)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::Value;

mod formats;
mod generate;
mod mutate;
mod pattern;
mod rng;
mod schema;

pub use mutate::{Mutation, MutationKind};

use generate::{Break, Gen, Seg, Site};
use pattern::Pattern;
use rng::Rng;

/// Why samples could not be drawn from a schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// How much the generator explores; the defaults suit Plain's schemas.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Arrays get up to this many items above their `minItems`.
    pub max_array_len: usize,
    /// Chance, in percent, that an optional property is present.
    pub optional_percent: u64,
    /// Chance, in percent, that a nullable value is `null`.
    pub null_percent: u64,
    /// Chance, in percent, that an open object gets an extra property.
    pub extra_property_percent: u64,
    /// Nesting depth past which values are kept as small as the schema
    /// allows.
    pub soft_depth: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            max_array_len: 3,
            optional_percent: 60,
            null_percent: 25,
            extra_property_percent: 10,
            soft_depth: 8,
        }
    }
}

/// One drawn request body.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    /// The event type the body was drawn for.
    pub event_type: String,
    /// The body.
    pub body: Value,
    /// What was broken; `None` for a body drawn to be valid.
    pub mutation: Option<Mutation>,
    /// The seed it was drawn with.
    pub seed: u64,
    /// Its index under that seed.
    pub index: u64,
}

impl Sample {
    /// The body as bytes, as it would be sent (compact JSON).
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(&self.body).expect("a JSON value serializes")
    }

    /// Sets the envelope's `timestamp` and
    /// `webhookMetadata.webhookDeliveryAttemptTimestamp` to `now` (an RFC 3339
    /// date-time), so that a receiver's replay window takes the body; a
    /// value the [`mutation`](Self::mutation) broke is left broken.
    pub fn stamp(&mut self, now: &str) {
        for path in [
            "timestamp",
            "webhookMetadata.webhookDeliveryAttemptTimestamp",
        ] {
            let broken = self
                .mutation
                .as_ref()
                .is_some_and(|m| m.path == path || path.starts_with(&format!("{}.", m.path)));
            let pointer = format!("/{}", path.replace('.', "/"));
            if let (false, Some(v @ Value::String(_))) = (broken, self.body.pointer_mut(&pointer)) {
                *v = Value::String(now.to_string());
            }
        }
    }
}

/// A sample generator for one schema revision.
pub struct Samples {
    root: Value,
    /// The envelope schema of each event type (see [`envelope`]).
    envelopes: BTreeMap<String, Value>,
    event_types: Vec<String>,
    /// Event types that some payload branch names in its `eventType`.
    defined: BTreeSet<String>,
    patterns: BTreeMap<String, Pattern>,
    options: Options,
}

impl Samples {
    /// Reads a schema: the envelope's `type` enum (or, failing that, the
    /// payloads' `eventType`s) gives the event types, `payload`'s branches
    /// their payloads; every `pattern` is compiled.
    pub fn new(schema: &Value) -> Result<Self, Error> {
        Self::with_options(schema, Options::default())
    }

    /// [`Samples::new`] with other [`Options`].
    pub fn with_options(schema: &Value, options: Options) -> Result<Self, Error> {
        if !schema.is_object() {
            return Err(Error::new("the schema must be a JSON object"));
        }
        let payload = schema.pointer("/properties/payload").ok_or_else(|| {
            Error::new("the schema has no `properties.payload`; is it Plain's webhook schema?")
        })?;
        let by_event = payload_branches(schema, payload)?;
        let mut event_types: Vec<String> = match schema.pointer("/properties/type/enum") {
            Some(Value::Array(l)) => l
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| Error::new("`properties.type.enum` must list strings"))
                })
                .collect::<Result<_, _>>()?,
            _ => by_event.keys().cloned().collect(),
        };
        event_types.dedup();
        if event_types.is_empty() {
            return Err(Error::new("the schema names no event type"));
        }
        let schema = &fold_all_of(schema, schema)?;
        check_refs(schema, schema)?;
        let mut patterns = BTreeMap::new();
        collect_patterns(schema, &mut patterns)?;
        let defined: BTreeSet<String> = by_event.keys().cloned().collect();
        let envelopes = event_types
            .iter()
            .map(|t| Ok((t.clone(), envelope(schema, t, defined.contains(t))?)))
            .collect::<Result<_, Error>>()?;
        Ok(Self {
            root: schema.clone(),
            envelopes,
            defined,
            event_types,
            patterns,
            options,
        })
    }

    /// The event types, in the schema's order.
    pub fn event_types(&self) -> &[String] {
        &self.event_types
    }

    /// Whether some payload of the schema carries this `eventType`. When
    /// none does (Plain's schema of 2026-02-27 lists
    /// `thread.thread_tenant_updated` without a payload), bodies for it get
    /// the payload of another event, which the schema allows.
    pub fn has_payload(&self, event_type: &str) -> bool {
        self.defined.contains(event_type)
    }

    /// Case `index` of run `seed`: event types in turn, every other round
    /// mutated (indices `n..2n` are mutated when there are `n` types).
    pub fn case(&self, seed: u64, index: u64) -> Result<Sample, Error> {
        let n = self.event_types.len() as u64;
        let event_type = &self.event_types[(index % n) as usize];
        if (index / n) % 2 == 1 {
            self.mutated(event_type, seed, index)
        } else {
            self.valid(event_type, seed, index)
        }
    }

    /// A valid body for `event_type`.
    pub fn valid(&self, event_type: &str, seed: u64, index: u64) -> Result<Sample, Error> {
        let mut rng = Rng::for_event(event_type, seed, index);
        let (body, _) = self.draw(event_type, &mut rng)?;
        Ok(Sample {
            event_type: event_type.to_string(),
            body,
            mutation: None,
            seed,
            index,
        })
    }

    /// A body for `event_type` with exactly one thing broken. The kind is
    /// drawn first, evenly among the kinds the body offers, then the place.
    pub fn mutated(&self, event_type: &str, seed: u64, index: u64) -> Result<Sample, Error> {
        self.mutate(event_type, None, seed, index)
    }

    /// A body for `event_type` with exactly one thing of `kind` broken; an
    /// error when the body drawn offers no place for that kind.
    pub fn mutated_of_kind(
        &self,
        event_type: &str,
        kind: MutationKind,
        seed: u64,
        index: u64,
    ) -> Result<Sample, Error> {
        self.mutate(event_type, Some(kind), seed, index)
    }

    fn mutate(
        &self,
        event_type: &str,
        only: Option<MutationKind>,
        seed: u64,
        index: u64,
    ) -> Result<Sample, Error> {
        let mut rng = Rng::for_event(event_type, seed, index);
        let (mut body, sites) = self.draw(event_type, &mut rng)?;
        let mut by_kind: BTreeMap<MutationKind, Vec<&Site>> = BTreeMap::new();
        for s in &sites {
            by_kind.entry(mutate::kind_of(s)).or_default().push(s);
        }
        if let Some(kind) = only {
            by_kind.retain(|k, _| *k == kind);
        }
        while !by_kind.is_empty() {
            let kinds: Vec<MutationKind> = by_kind.keys().copied().collect();
            let kind = *rng.pick(&kinds);
            let candidates = by_kind.get_mut(&kind).expect("listed");
            let site = candidates.swap_remove(rng.index(candidates.len()));
            if candidates.is_empty() {
                by_kind.remove(&kind);
            }
            let mut copy = body.clone();
            if let Some(m) = mutate::apply(
                &self.root,
                &mut copy,
                site,
                &self.event_types,
                &self.patterns,
                &mut rng,
            )? {
                body = copy;
                return Ok(Sample {
                    event_type: event_type.to_string(),
                    body,
                    mutation: Some(m),
                    seed,
                    index,
                });
            }
        }
        Err(Error::new(match only {
            None => format!("nothing in a `{event_type}` body can be broken"),
            Some(kind) => format!(
                "no `{kind}` break fits this `{event_type}` body (seed {seed}); try another seed or kind"
            ),
        }))
    }

    /// The bodies of run `seed`, from index 0 on, without end.
    pub fn cases(&self, seed: u64) -> impl Iterator<Item = Result<Sample, Error>> + '_ {
        (0..).map(move |i| self.case(seed, i))
    }

    fn draw<'s>(
        &'s self,
        event_type: &str,
        rng: &mut Rng,
    ) -> Result<(Value, Vec<Site<'s>>), Error> {
        let Some(envelope) = self.envelopes.get(event_type) else {
            return Err(Error::new(format!(
                "the schema lists no event type {event_type:?}"
            )));
        };
        let mut g = Gen::new(&self.root, &self.patterns, &self.options, rng);
        let mut body = g.value(envelope)?;
        let mut sites = std::mem::take(&mut g.sites);
        if let Some(obj) = body.as_object_mut() {
            obj.insert("type".to_string(), Value::String(event_type.to_string()));
            let at = vec![Seg::Key("type".to_string())];
            if let Some(s) = self.root.pointer("/properties/type") {
                sites.push(Site {
                    path: Vec::new(),
                    how: Break::Required("type".to_string(), s),
                });
            }
            if let Some(s) = self.root.pointer("/properties/type") {
                sites.push(Site {
                    path: at.clone(),
                    how: Break::Type(s),
                });
            }
            sites.push(Site {
                path: at.clone(),
                how: Break::Enum(
                    self.event_types
                        .iter()
                        .cloned()
                        .map(Value::String)
                        .collect(),
                ),
            });
            if self.has_payload(event_type) && self.event_types.len() > 1 {
                sites.push(Site {
                    path: at,
                    how: Break::EventType,
                });
            }
        }
        Ok((body, sites))
    }
}

/// The root schema for one event type: `payload` narrowed to the branches
/// that carry its `eventType` (all branches when none does), and `type`
/// left out, to be set after drawing.
fn envelope(root: &Value, event_type: &str, defined: bool) -> Result<Value, Error> {
    let root = schema::resolve(root, root)?;
    let mut env = schema::merge_all_of(root, root)?.into_owned();
    let Some(o) = env.as_object_mut() else {
        return Err(Error::new("the schema must be a JSON object"));
    };
    o.remove("definitions");
    if let Some(Value::Object(props)) = o.get_mut("properties") {
        props.remove("type");
        if defined {
            let payload = props.get("payload").cloned().unwrap_or(Value::Bool(true));
            let by_event = payload_branches(root, &payload)?;
            let branches = by_event.get(event_type).cloned().unwrap_or_default();
            props.insert(
                "payload".to_string(),
                serde_json::json!({ "anyOf": branches }),
            );
        }
    }
    if let Some(Value::Array(req)) = o.get_mut("required") {
        req.retain(|r| r.as_str() != Some("type"));
    }
    Ok(env)
}

/// For each event type, the branches of `payload` whose `eventType` can
/// be it (a branch that is itself a union counts once for each).
fn payload_branches(root: &Value, payload: &Value) -> Result<BTreeMap<String, Vec<Value>>, Error> {
    let resolved = schema::resolve(root, payload)?;
    let branches: Vec<Value> = match resolved.get("anyOf").or_else(|| resolved.get("oneOf")) {
        Some(Value::Array(l)) => l.clone(),
        _ => vec![payload.clone()],
    };
    let mut out: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for b in branches {
        let mut names = BTreeSet::new();
        event_type_consts(root, &b, 0, &mut names)?;
        for n in names {
            out.entry(n).or_default().push(b.clone());
        }
    }
    Ok(out)
}

fn event_type_consts(
    root: &Value,
    schema: &Value,
    depth: usize,
    out: &mut BTreeSet<String>,
) -> Result<(), Error> {
    if depth > 16 {
        return Ok(());
    }
    let s = schema::resolve(root, schema)?;
    if let Some(t) = s.pointer("/properties/eventType") {
        let t = schema::resolve(root, t)?;
        if let Some(c) = t.get("const").and_then(Value::as_str) {
            out.insert(c.to_string());
        }
        if let Some(Value::Array(l)) = t.get("enum") {
            out.extend(l.iter().filter_map(Value::as_str).map(str::to_string));
        }
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(l)) = s.get(key) {
            for b in l {
                event_type_consts(root, b, depth + 1, out)?;
            }
        }
    }
    Ok(())
}

/// Compiles every `pattern` of the document, so that an unsupported one
/// fails early and names itself.
fn collect_patterns(v: &Value, out: &mut BTreeMap<String, Pattern>) -> Result<(), Error> {
    match v {
        Value::Object(o) => {
            for (k, val) in o {
                match (k.as_str(), val) {
                    ("pattern", Value::String(p)) => {
                        if !out.contains_key(p) {
                            out.insert(p.clone(), Pattern::new(p)?);
                        }
                    }
                    ("enum" | "const" | "default" | "examples", _) => {}
                    (_, child) => collect_patterns(child, out)?,
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                collect_patterns(item, out)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// The document with every `allOf` merged into its schema (see
/// [`schema::merge_all_of`]), so that the generator borrows every schema it
/// walks from one document. `$ref`s into `allOf` branches are not kept.
fn fold_all_of(root: &Value, v: &Value) -> Result<Value, Error> {
    let v = match v {
        Value::Object(o) if o.contains_key("allOf") => schema::merge_all_of(root, v)?.into_owned(),
        other => other.clone(),
    };
    Ok(match v {
        Value::Object(o) => Value::Object(
            o.into_iter()
                .map(|(k, val)| {
                    let val = match k.as_str() {
                        "enum" | "const" | "default" | "examples" => val,
                        _ => fold_all_of(root, &val)?,
                    };
                    Ok((k, val))
                })
                .collect::<Result<_, Error>>()?,
        ),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|i| fold_all_of(root, i))
                .collect::<Result<_, _>>()?,
        ),
        other => other,
    })
}

/// Every `$ref` must resolve, so that an error names it before any draw.
fn check_refs(root: &Value, v: &Value) -> Result<(), Error> {
    match v {
        Value::Object(o) => {
            if o.contains_key("$ref") {
                schema::resolve(root, v)?;
            }
            for (k, val) in o {
                if !matches!(k.as_str(), "enum" | "const" | "default" | "examples") {
                    check_refs(root, val)?;
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                check_refs(root, item)?;
            }
        }
        _ => {}
    }
    Ok(())
}
