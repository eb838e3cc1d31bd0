//! Valid values for a schema, and, while drawing them, every place where
//! one thing could be broken (a [`Site`]).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Number, Value};

use crate::formats;
use crate::pattern::{Bounds, Pattern};
use crate::rng::Rng;
use crate::schema::{admitted_types, resolve, types_of};
use crate::{Error, Options};

/// Past this depth of nesting a schema is taken to recurse without end.
pub(crate) const MAX_DEPTH: usize = 64;

/// One step of a path into a JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

/// A path in the style of the runtime's errors: `payload.labels[0].id`.
pub(crate) fn display_path(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// How a value at a path can be broken.
#[derive(Clone, Debug)]
pub(crate) enum Break<'a> {
    /// The object at the path has this required property (described by
    /// this schema); drop it.
    Required(String, &'a Value),
    /// The value may only have the JSON types this schema admits (worked
    /// out only for the site that gets broken: it is the costly part).
    Type(&'a Value),
    /// The value must be one of these.
    Enum(Vec<Value>),
    /// The value must be this.
    Const(Value),
    /// The string must match this pattern.
    Pattern(String, Bounds),
    /// The string must have this format.
    Format(String),
    /// The object admits no other properties.
    Closed(BTreeSet<String>),
    /// A bound on a length, count or number.
    Range(Range),
    /// The envelope's `type` must name the payload's event.
    EventType,
}

/// The bound a [`Break::Range`] can cross.
#[derive(Clone, Debug)]
pub(crate) enum Range {
    MinLength(usize),
    MaxLength(usize),
    MinItems(usize),
    MaxItems(usize),
    /// The smallest allowed integer (from `minimum` or `exclusiveMinimum`).
    MinInteger(i64),
    /// The largest allowed integer.
    MaxInteger(i64),
}

/// A place in a drawn value and how it can be broken.
#[derive(Clone, Debug)]
pub(crate) struct Site<'a> {
    pub(crate) path: Vec<Seg>,
    pub(crate) how: Break<'a>,
}

/// Draws one value; its sites are collected as it goes.
pub(crate) struct Gen<'a, 'r> {
    pub(crate) root: &'a Value,
    pub(crate) patterns: &'a BTreeMap<String, Pattern>,
    pub(crate) opts: &'a Options,
    pub(crate) rng: &'r mut Rng,
    pub(crate) sites: Vec<Site<'a>>,
    path: Vec<Seg>,
}

/// The schema that admits anything (`items` left out, `true`).
static ANY: Value = Value::Bool(true);

const TEXTS: &[&str] = &[
    "hello",
    "Hello, world",
    "",
    "x",
    "Need help with my invoice",
    "caf\u{e9} na\u{ef}ve \u{2603} \u{1f600}",
    "quote \" backslash \\ newline \n tab \t",
    "<b>not html</b> & more",
    "   ",
    "0",
    "null",
];

impl<'a, 'r> Gen<'a, 'r> {
    pub(crate) fn new(
        root: &'a Value,
        patterns: &'a BTreeMap<String, Pattern>,
        opts: &'a Options,
        rng: &'r mut Rng,
    ) -> Self {
        Self {
            root,
            patterns,
            opts,
            rng,
            sites: Vec::new(),
            path: Vec::new(),
        }
    }

    fn site(&mut self, how: Break<'a>) {
        self.sites.push(Site {
            path: self.path.clone(),
            how,
        });
    }

    fn shallow(&self) -> bool {
        self.path.len() < self.opts.soft_depth
    }

    /// A value for `schema` at the current path, recording that its JSON
    /// type can be broken.
    pub(crate) fn value(&mut self, schema: &'a Value) -> Result<Value, Error> {
        if self.path.len() > MAX_DEPTH {
            return Err(Error::new(format!(
                "at {}: values nest deeper than {MAX_DEPTH} levels; the schema requires endless recursion",
                display_path(&self.path)
            )));
        }
        if !matches!(schema, Value::Bool(true)) {
            self.site(Break::Type(schema));
        }
        self.inner(schema)
    }

    fn inner(&mut self, schema: &'a Value) -> Result<Value, Error> {
        let schema = resolve(self.root, schema)?;
        let o = match schema {
            Value::Bool(true) => return Ok(self.any()),
            Value::Object(o) => o,
            Value::Bool(false) => {
                return Err(Error::new(format!(
                    "at {}: the schema `false` admits no value",
                    display_path(&self.path)
                )))
            }
            _ => return Err(Error::new("a schema must be an object or a boolean")),
        };
        if let Some(c) = o.get("const") {
            self.site(Break::Const(c.clone()));
            return Ok(c.clone());
        }
        if let Some(values) = o.get("enum") {
            let values = values
                .as_array()
                .filter(|l| !l.is_empty())
                .ok_or_else(|| Error::new("`enum` must be a non-empty array"))?;
            self.site(Break::Enum(values.clone()));
            return Ok(self.rng.pick(values).clone());
        }
        if let Some(branches) = o.get("anyOf").or_else(|| o.get("oneOf")) {
            let branches = branches
                .as_array()
                .filter(|l| !l.is_empty())
                .ok_or_else(|| Error::new("`anyOf`/`oneOf` must be a non-empty array"))?;
            let branch = self.branch(branches)?;
            return self.inner(branch);
        }
        let named = types_of(o.get("type"));
        let ty = if named.is_empty() {
            if o.contains_key("properties") || o.contains_key("required") {
                "object"
            } else if o.contains_key("items") {
                "array"
            } else if o.contains_key("pattern") || o.contains_key("format") {
                "string"
            } else {
                return Ok(self.any());
            }
        } else {
            let non_null: Vec<&str> = named.iter().copied().filter(|t| *t != "null").collect();
            let null = named.contains("null")
                && (non_null.is_empty()
                    || !self.shallow()
                    || self.rng.chance(self.opts.null_percent));
            if null {
                "null"
            } else {
                self.rng.pick(&non_null)
            }
        };
        match ty {
            "null" => Ok(Value::Null),
            "boolean" => Ok(Value::Bool(self.rng.chance(50))),
            "integer" => self.integer(o),
            "number" => Ok(self.number(o)),
            "string" => self.string(o),
            "array" => self.array(o),
            "object" => self.object(o),
            other => Err(Error::new(format!("unknown type `{other}`"))),
        }
    }

    /// A union branch; deep down, one that ends the recursion if any does.
    fn branch(&mut self, branches: &'a [Value]) -> Result<&'a Value, Error> {
        if !self.shallow() {
            for b in branches {
                let ends = admitted_types(self.root, b, 0)?
                    .is_some_and(|t| t.iter().all(|t| !matches!(*t, "object" | "array")));
                if ends {
                    return Ok(b);
                }
            }
        }
        Ok(self.rng.pick(branches))
    }

    fn integer(&mut self, o: &'a Map<String, Value>) -> Result<Value, Error> {
        let lo = lower_integer(o);
        let hi = upper_integer(o);
        if let Some(lo) = lo {
            self.site(Break::Range(Range::MinInteger(lo)));
        }
        if let Some(hi) = hi {
            self.site(Break::Range(Range::MaxInteger(hi)));
        }
        let (lo, hi) = (lo.unwrap_or(-1_000_000), hi.unwrap_or(i64::MAX));
        if lo > hi {
            return Err(Error::new(format!(
                "at {}: no integer in {lo}..={hi}",
                display_path(&self.path)
            )));
        }
        let span = (hi as i128 - lo as i128) as u64;
        let offset = match self.rng.below(4) {
            0 => 0,
            1 => self.rng.range(0, span.min(10)),
            2 => self.rng.range(0, span.min(100_000)),
            _ => self.rng.range(0, span.min(1 << 53)),
        };
        Ok(Value::from((lo as i128 + offset as i128) as i64))
    }

    fn number(&mut self, o: &Map<String, Value>) -> Value {
        let lo = o
            .get("minimum")
            .or_else(|| o.get("exclusiveMinimum"))
            .and_then(Value::as_f64);
        let base = lo.map_or(-1000.0, |l| l.ceil() + 1.0);
        let v = base + self.rng.below(200_000) as f64 / 8.0;
        Number::from_f64(v).map_or(Value::Null, Value::Number)
    }

    fn string(&mut self, o: &'a Map<String, Value>) -> Result<Value, Error> {
        let min = o.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = o
            .get("maxLength")
            .and_then(Value::as_u64)
            .map_or(usize::MAX, |m| m as usize);
        let len = Bounds { min, max };
        if let Some(p) = o.get("pattern").and_then(Value::as_str) {
            let pat = self
                .patterns
                .get(p)
                .ok_or_else(|| Error::new(format!("pattern {p:?} was not compiled")))?;
            self.site(Break::Pattern(p.to_string(), len));
            return pat.matching(self.rng, len).map(Value::String);
        }
        if let Some(f) = o.get("format").and_then(Value::as_str) {
            if let Some(s) = formats::valid(f, self.rng) {
                if len.fits(&s) {
                    self.site(Break::Format(f.to_string()));
                    return Ok(Value::String(s));
                }
            }
        }
        if min > 0 {
            self.site(Break::Range(Range::MinLength(min)));
        }
        if max != usize::MAX {
            self.site(Break::Range(Range::MaxLength(max)));
        }
        let mut chars: Vec<char> = self.rng.pick(TEXTS).chars().collect();
        if self.rng.chance(10) {
            let n = self.rng.range(0, 200) as usize;
            chars.extend(std::iter::repeat_n('a', n));
        }
        chars.truncate(max);
        while chars.len() < min {
            chars.push(*self.rng.pick(&['x', '\u{e9}', '7']));
        }
        Ok(Value::String(chars.into_iter().collect()))
    }

    fn array(&mut self, o: &'a Map<String, Value>) -> Result<Value, Error> {
        let min = o.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = o
            .get("maxItems")
            .and_then(Value::as_u64)
            .map(|m| m as usize);
        if min > 0 {
            self.site(Break::Range(Range::MinItems(min)));
        }
        if let Some(max) = max {
            self.site(Break::Range(Range::MaxItems(max)));
        }
        let cap = max.unwrap_or(usize::MAX).min(min + self.opts.max_array_len);
        let n = if self.shallow() && cap > min {
            self.rng.range(min as u64, cap as u64) as usize
        } else {
            min
        };
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let item = match o.get("items") {
                Some(Value::Array(tuple)) => tuple
                    .get(i)
                    .or_else(|| o.get("additionalItems"))
                    .unwrap_or(&ANY),
                Some(s) => s,
                None => &ANY,
            };
            self.path.push(Seg::Index(i));
            let v = self.value(item);
            self.path.pop();
            out.push(v?);
        }
        Ok(Value::Array(out))
    }

    fn object(&mut self, o: &'a Map<String, Value>) -> Result<Value, Error> {
        let props = match o.get("properties") {
            Some(Value::Object(p)) => Some(p),
            _ => None,
        };
        let has = |name: &str| props.is_some_and(|p| p.contains_key(name));
        let required: BTreeSet<&str> = o
            .get("required")
            .and_then(Value::as_array)
            .map(|l| l.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut out = Map::new();
        for (name, s) in props.into_iter().flatten() {
            let req = required.contains(name.as_str());
            let present = req || (self.shallow() && self.rng.chance(self.opts.optional_percent));
            if !present {
                continue;
            }
            if req {
                self.site(Break::Required(name.clone(), s));
            }
            self.path.push(Seg::Key(name.clone()));
            let v = self.value(s);
            self.path.pop();
            out.insert(name.clone(), v?);
        }
        for name in required.iter().filter(|r| !has(r)) {
            self.site(Break::Required(name.to_string(), &ANY));
            out.insert(name.to_string(), self.any());
        }
        match o.get("additionalProperties") {
            Some(Value::Bool(false)) => {
                let known = props.map(|p| p.keys().cloned().collect());
                self.site(Break::Closed(known.unwrap_or_default()));
            }
            extra => {
                if self.shallow() && self.rng.chance(self.opts.extra_property_percent) {
                    let name = (0..)
                        .map(|i| format!("extraField{i}"))
                        .find(|n| !has(n))
                        .expect("a free name");
                    let v = match extra {
                        Some(s @ Value::Object(_)) => {
                            self.path.push(Seg::Key(name.clone()));
                            let v = self.value(s);
                            self.path.pop();
                            v?
                        }
                        _ => self.any(),
                    };
                    out.insert(name, v);
                }
            }
        }
        Ok(Value::Object(out))
    }

    /// Any JSON value, for `{}` and `true` schemas; small and shallow.
    fn any(&mut self) -> Value {
        let kinds = if self.shallow() { 7 } else { 5 };
        match self.rng.below(kinds) {
            0 => Value::Null,
            1 => Value::Bool(self.rng.chance(50)),
            2 => Value::from(self.rng.range(0, 1 << 40) as i64 - (1 << 39)),
            3 => Number::from_f64(self.rng.below(10_000) as f64 / 16.0)
                .map_or(Value::Null, Value::Number),
            4 => Value::String(self.rng.pick(TEXTS).to_string()),
            5 => {
                let n = self.rng.range(0, 3);
                self.path.push(Seg::Index(0));
                let items = (0..n).map(|_| self.any()).collect();
                self.path.pop();
                Value::Array(items)
            }
            _ => {
                let n = self.rng.range(0, 3);
                self.path.push(Seg::Key(String::new()));
                let fields = (0..n).map(|i| (format!("k{i}"), self.any())).collect();
                self.path.pop();
                Value::Object(fields)
            }
        }
    }
}

fn lower_integer(o: &Map<String, Value>) -> Option<i64> {
    let inclusive = o.get("minimum").and_then(Value::as_f64).map(f64::ceil);
    let exclusive = o
        .get("exclusiveMinimum")
        .and_then(Value::as_f64)
        .map(|x| x.floor() + 1.0);
    let bound = match (inclusive, exclusive) {
        (Some(a), Some(b)) => a.max(b),
        (a, b) => a.or(b)?,
    };
    Some(bound.clamp(i64::MIN as f64, i64::MAX as f64) as i64)
}

fn upper_integer(o: &Map<String, Value>) -> Option<i64> {
    let inclusive = o.get("maximum").and_then(Value::as_f64).map(f64::floor);
    let exclusive = o
        .get("exclusiveMaximum")
        .and_then(Value::as_f64)
        .map(|x| x.ceil() - 1.0);
    let bound = match (inclusive, exclusive) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some(bound.clamp(i64::MIN as f64, i64::MAX as f64) as i64)
}
