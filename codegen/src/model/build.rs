//! Building the [`Model`] from a normalized schema: definitions that are
//! items keep their names, inline items are named after where they are,
//! and cycles are boxed once every item is known.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::{
    Const, Field, Item, Model, RootProperty, StringEnum, Struct, Tagged, TaggedVariant, Text, Ty,
    Untagged,
};
use crate::naming::{pascal, snake, type_name};
use crate::normalize::{shallow_ref_name, Schema};
use crate::unions::{is_null_schema, non_null_branches};
use crate::walk::{def_ref, escape};

use super::shape::{
    allows_null, const_doc, integer, makes_item, merge_all_of, nullable, optional, types_of,
    variant_name,
};
use crate::{Error, Errors};

pub(super) fn build(schema: &Schema) -> Result<Model, Errors> {
    let mut b = Builder {
        schema,
        model: Model::default(),
        taken: BTreeSet::new(),
        resolving: BTreeSet::new(),
        uses: crate::describe::uses(schema),
        errors: Vec::new(),
    };
    // Definitions that become items keep their names; claimed first so
    // that no inline item takes one.
    let mut items = Vec::new();
    for (name, def) in &schema.definitions {
        if schema.unions.contains_key(name) || makes_item(def) {
            let rust = type_name(name);
            b.taken.insert(rust.clone());
            b.model
                .definitions
                .insert(name.clone(), Ty::Named(rust.clone()));
            items.push((name, def, rust));
        }
    }
    for (name, def, rust) in items {
        b.definition_item(name, def, &rust);
    }
    for name in schema.definitions.keys() {
        b.definition(name);
    }
    b.root();
    b.model.box_cycles();
    if b.errors.is_empty() {
        Ok(b.model)
    } else {
        Err(Errors(b.errors))
    }
}

struct Builder<'a> {
    schema: &'a Schema,
    model: Model,
    /// Item names in use.
    taken: BTreeSet<String>,
    /// Definitions being resolved, against one that is only itself.
    resolving: BTreeSet<String>,
    /// Where each definition is used, as JSON paths.
    uses: BTreeMap<String, BTreeSet<String>>,
    errors: Vec<Error>,
}

/// Where a schema is: its JSON pointer, its place in JSON terms
/// (`customer.email`) and the name an item made of it gets.
#[derive(Clone)]
struct At {
    pointer: String,
    place: String,
    name: String,
    description: Option<String>,
}

impl At {
    fn child(&self, segment: &str, place: &str, name: &str, schema: &Value) -> At {
        At {
            pointer: format!("{}/{segment}", self.pointer),
            place: place.to_string(),
            name: format!("{}{}", self.name, name),
            description: describe(schema),
        }
    }
}

fn describe(schema: &Value) -> Option<String> {
    schema
        .get("description")
        .and_then(Value::as_str)
        .filter(|d| !d.trim().is_empty())
        .map(str::to_string)
}

impl Builder<'_> {
    /// A fresh item name from `wanted`.
    fn claim(&mut self, wanted: &str) -> String {
        let name = if self.taken.contains(wanted) {
            (2..)
                .map(|i| format!("{wanted}{i}"))
                .find(|n| !self.taken.contains(n))
                .expect("some suffix is free")
        } else {
            wanted.to_string()
        };
        self.taken.insert(name.clone());
        name
    }

    /// The rustdoc of an item: the schema's description, or where it is used.
    fn doc(&self, description: Option<&str>, places: &BTreeSet<String>) -> String {
        if let Some(d) = description {
            return d.to_string();
        }
        const SHOWN: usize = 4;
        let shown: Vec<String> = places
            .iter()
            .take(SHOWN)
            .map(|p| format!("`{p}`"))
            .collect();
        let mut text = match shown.len() {
            0 => return String::new(),
            _ => format!("Used in {}", shown.join(", ")),
        };
        if places.len() > SHOWN {
            text.push_str(&format!(" and {} more", places.len() - SHOWN));
        }
        text.push('.');
        text
    }

    fn definition_item(&mut self, name: &str, def: &Value, rust: &str) {
        let places = self.uses.get(name).cloned().unwrap_or_default();
        let at = At {
            pointer: def_ref(name),
            place: name.to_string(),
            name: rust.to_string(),
            description: describe(def),
        };
        let doc = self.doc(at.description.as_deref(), &places);
        if let Some(u) = self.schema.unions.get(name) {
            let tagged = self.tagged(u, doc);
            self.model
                .items
                .insert(rust.to_string(), Item::Tagged(tagged));
            return;
        }
        let ty = self.item(def, &at, doc, Some(rust.to_string()));
        // "X or null": the item is X; the definition's type an `Option` of it.
        self.model
            .definitions
            .insert(name.to_string(), optional(ty, nullable(def)));
    }

    /// The type of a definition, resolving one that is only a type.
    fn definition(&mut self, name: &str) -> Ty {
        if let Some(ty) = self.model.definitions.get(name) {
            return ty.clone();
        }
        let Some(def) = self.schema.definitions.get(name) else {
            return Ty::Json;
        };
        if !self.resolving.insert(name.to_string()) {
            self.errors.push(Error::new(
                def_ref(name),
                "this definition is only itself (through arrays or `null`): it has no type",
            ));
            return Ty::Json;
        }
        let at = At {
            pointer: def_ref(name),
            place: name.to_string(),
            name: type_name(name),
            description: describe(def),
        };
        let ty = self.ty(def, &at);
        self.resolving.remove(name);
        self.model.definitions.insert(name.to_string(), ty.clone());
        ty
    }

    fn root(&mut self) {
        let schema = self.schema;
        let required: Vec<&str> = schema
            .root
            .get("required")
            .and_then(Value::as_array)
            .map(|l| l.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let Some(props) = schema.root.get("properties").and_then(Value::as_object) else {
            return;
        };
        for (json, s) in props {
            if matches!(json.as_str(), "type" | "payload") {
                continue;
            }
            let at = At {
                pointer: format!("#/properties/{}", escape(json)),
                place: format!("webhook.{json}"),
                name: format!("Webhook{}", pascal(json)),
                description: describe(s),
            };
            let ty = self.ty(s, &at);
            self.model.root.push(RootProperty {
                json: json.clone(),
                ty,
                required: required.contains(&json.as_str()),
                description: describe(s),
            });
        }
    }

    /// The type of a schema at `at`, making items for what needs one.
    fn ty(&mut self, schema: &Value, at: &At) -> Ty {
        let o = match schema {
            Value::Object(o) => o,
            _ => return Ty::Json,
        };
        if let Some(name) = o
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(shallow_ref_name)
        {
            return self.definition(&name);
        }
        if let Some(all) = o.get("allOf").and_then(Value::as_array) {
            return match all.as_slice() {
                [one] => self.ty(one, at),
                _ => match merge_all_of(all) {
                    Some(m) => self.ty(&Value::Object(m), at),
                    None => Ty::Json,
                },
            };
        }
        if let Some((_, branches, nullable)) = non_null_branches(schema) {
            let ty = match branches.as_slice() {
                [] => Ty::Unit,
                [one] => self.ty(one, at),
                _ => {
                    let doc = self.doc(
                        at.description.as_deref(),
                        &BTreeSet::from([at.place.clone()]),
                    );
                    self.item(schema, at, doc, None)
                }
            };
            return optional(ty, nullable);
        }
        if o.contains_key("enum") || makes_item(schema) {
            if !makes_item(schema) {
                // An enum of numbers or mixed values: any JSON value.
                return optional(Ty::Json, nullable(schema));
            }
            let doc = self.doc(
                at.description.as_deref(),
                &BTreeSet::from([at.place.clone()]),
            );
            let ty = self.item(schema, at, doc, None);
            return optional(ty, nullable(schema));
        }
        let nullable = allows_null(o);
        let types = types_of(o);
        let ty = match types.as_slice() {
            [] if is_null_schema(schema) => return Ty::Unit,
            [] if o.contains_key("properties") => Ty::Json,
            [t] => match t.as_str() {
                "string" => match o.get("format").and_then(Value::as_str) {
                    Some("date-time") => Ty::DateTime,
                    Some("date") => Ty::Date,
                    Some("uuid") => Ty::Uuid,
                    _ => Ty::String,
                },
                "integer" => integer(o),
                "number" => Ty::F64,
                "boolean" => Ty::Bool,
                "array" => match o.get("items") {
                    Some(items @ Value::Object(_)) => {
                        let at = at.child("items", &format!("{}[]", at.place), "Item", items);
                        Ty::Vec(Box::new(self.ty(items, &at)))
                    }
                    _ => Ty::Vec(Box::new(Ty::Json)),
                },
                "object" => match o.get("additionalProperties") {
                    Some(values @ Value::Object(_)) => {
                        let at = at.child(
                            "additionalProperties",
                            &format!("{}.*", at.place),
                            "Value",
                            values,
                        );
                        Ty::Map(Box::new(self.ty(values, &at)))
                    }
                    _ => Ty::Map(Box::new(Ty::Json)),
                },
                _ => Ty::Json,
            },
            _ => Ty::Json,
        };
        optional(ty, nullable)
    }

    /// An item for `schema` (which [`makes_item`]), named `name` or after
    /// `at`; its type (with no `Option`: the caller adds one if nullable).
    fn item(&mut self, schema: &Value, at: &At, doc: String, name: Option<String>) -> Ty {
        let name = name.unwrap_or_else(|| self.claim(&at.name));
        let o = schema.as_object().cloned().unwrap_or_default();
        if let Some(all) = o.get("allOf").and_then(Value::as_array) {
            if let Some(m) = merge_all_of(all) {
                return self.item(&Value::Object(m), at, doc, Some(name));
            }
        }
        let item = if let Some((_, branches, _)) = non_null_branches(schema) {
            match branches.as_slice() {
                [one] => return self.item(one, at, doc, Some(name)),
                _ => Item::Untagged(self.untagged(&branches, at, doc, &name)),
            }
        } else if let Some(values) = o.get("enum").and_then(Value::as_array) {
            let values: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
            match values.as_slice() {
                [one] => Item::Const(Const {
                    doc: const_doc(&doc, one),
                    value: (*one).to_string(),
                }),
                _ => match self.string_enum(&values, at, doc) {
                    Some(e) => Item::Enum(e),
                    None => return Ty::Json,
                },
            }
        } else if types_of(&o) == ["string"] {
            Item::Text(Text {
                doc,
                pattern: o.get("pattern").and_then(Value::as_str).map(str::to_string),
                min_length: o.get("minLength").and_then(Value::as_u64),
                max_length: o.get("maxLength").and_then(Value::as_u64),
            })
        } else {
            Item::Struct(self.object(&o, at, doc, &name))
        };
        self.model.items.insert(name.clone(), item);
        Ty::Named(name)
    }

    fn object(&mut self, o: &Map<String, Value>, at: &At, doc: String, name: &str) -> Struct {
        let required: BTreeSet<&str> = o
            .get("required")
            .and_then(Value::as_array)
            .map(|l| l.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let empty = Map::new();
        let props = o
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let any = Value::Bool(true);
        // A required property the schema does not describe may hold anything.
        let mut all: BTreeMap<&str, &Value> = props.iter().map(|(k, v)| (k.as_str(), v)).collect();
        for r in &required {
            all.entry(r).or_insert(&any);
        }
        let base = At {
            name: name.to_string(),
            ..at.clone()
        };
        let mut fields: Vec<Field> = Vec::new();
        let mut rust_names = BTreeSet::new();
        let taken: BTreeSet<String> = all.keys().map(|k| snake(k)).collect();
        for (json, s) in all {
            // `false`: the property can never be valid; left out, as typify did.
            if s == &Value::Bool(false) {
                continue;
            }
            let at = base.child(
                &format!("properties/{}", escape(json)),
                &format!("{}.{json}", at.place),
                &pascal(json),
                s,
            );
            let ty = self.ty(s, &at);
            let required = required.contains(json);
            let ty = match (&ty, required) {
                (_, true) | (Ty::Option(_) | Ty::Vec(_) | Ty::Map(_), false) => ty,
                (_, false) => Ty::Option(Box::new(ty)),
            };
            let mut rust = snake(json);
            if !rust_names.insert(rust.clone()) {
                rust = (2..)
                    .map(|i| format!("{rust}_{i}"))
                    .find(|n| !taken.contains(n) && !rust_names.contains(n))
                    .expect("some suffix is free");
                rust_names.insert(rust.clone());
            }
            fields.push(Field {
                rust,
                json: json.to_string(),
                ty,
                required,
                doc: describe(s),
            });
        }
        Struct {
            doc,
            fields,
            closed: o.get("additionalProperties") == Some(&Value::Bool(false)),
        }
    }

    fn string_enum(&mut self, values: &[&str], at: &At, doc: String) -> Option<StringEnum> {
        let mut unique = BTreeSet::new();
        let values: Vec<&str> = values
            .iter()
            .copied()
            .filter(|v| unique.insert(*v))
            .collect();
        // Values that differ only in case or punctuation: the punctuation
        // (and `_`) is kept as `X` instead of dropped.
        let names = |name: &dyn Fn(&str) -> String| -> Vec<String> {
            values.iter().map(|v| name(v)).collect()
        };
        let distinct =
            |names: &[String]| names.iter().collect::<BTreeSet<_>>().len() == names.len();
        let mut rust = names(&|v| pascal(v));
        if !distinct(&rust) {
            rust = names(&|v| pascal(&v.replace(|c: char| c == '_' || !c.is_alphanumeric(), "X")));
        }
        if !distinct(&rust) {
            let dups: Vec<&str> = values
                .iter()
                .zip(&rust)
                .filter(|(_, n)| rust.iter().filter(|m| m == n).count() > 1)
                .map(|(v, _)| *v)
                .collect();
            self.errors.push(Error::new(
                format!("{}/enum", at.pointer),
                format!(
                    "the enum values [{}] do not give distinct Rust variant names \
                     (they differ only in case or punctuation)",
                    dups.join(",")
                ),
            ));
            return None;
        }
        let variants = rust
            .into_iter()
            .zip(values.iter().map(|v| v.to_string()))
            .collect();
        Some(StringEnum { doc, variants })
    }

    fn untagged(&mut self, branches: &[&Value], at: &At, doc: String, name: &str) -> Untagged {
        let base = At {
            name: name.to_string(),
            ..at.clone()
        };
        let mut variants: Vec<(String, Ty)> = Vec::new();
        for (i, b) in branches.iter().enumerate() {
            let wanted = variant_name(b);
            let mut vname = wanted.clone();
            let mut n = 2;
            while variants.iter().any(|(v, _)| *v == vname) {
                vname = format!("{wanted}{n}");
                n += 1;
            }
            let at = base.child(&format!("anyOf/{i}"), &at.place, &vname, b);
            let ty = self.ty(b, &at);
            variants.push((vname, ty));
        }
        Untagged { doc, variants }
    }

    fn tagged(&mut self, u: &crate::unions::Union, doc: String) -> Tagged {
        let summary = format!(
            "One of {} kinds, told apart by `{}`.",
            u.variants.len(),
            u.tag
        );
        let doc = if doc.is_empty() {
            summary
        } else {
            format!("{doc}\n\n{summary}")
        };
        let mut seen = BTreeSet::new();
        let mut variants = Vec::new();
        for v in &u.variants {
            let base = pascal(&v.value);
            let mut rust = base.clone();
            let mut i = 2;
            while !seen.insert(rust.clone()) {
                rust = format!("{base}{i}");
                i += 1;
            }
            let ty = v.def.as_ref().map(|d| self.definition(d));
            variants.push(TaggedVariant {
                rust,
                value: v.value.clone(),
                ty,
            });
        }
        Tagged {
            doc,
            tag: u.tag.clone(),
            variants,
        }
    }
}
