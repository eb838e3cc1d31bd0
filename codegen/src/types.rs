//! The ordinary definitions, through typify: its items, the Rust type of
//! every definition (by typify's own naming), and what the envelope's root
//! properties became.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use proc_macro2::TokenStream;
use schemars::schema::{Schema as JsonSchema, SchemaObject};
use serde_json::Value;
use typify::{TypeDetails, TypeId, TypeSpace, TypeSpaceImpl, TypeSpaceSettings};

use crate::naming::typify_name;
use crate::normalize::Schema;
use crate::walk::{def_ref, walk};
use crate::{Error, Errors};

/// chrono's type for `format: date-time`, as typify names it.
const DATE_TIME: &str = "::chrono::DateTime<::chrono::offset::Utc>";

/// What typify made of a schema.
pub(crate) struct Typed {
    /// typify's items, as it wrote them.
    pub items: TokenStream,
    /// The Rust type of every definition, by definition name.
    pub names: BTreeMap<String, TokenStream>,
    /// The root properties other than `type` and `payload`.
    pub root: Vec<RootField>,
}

/// A root property of the envelope (`id`, `webhookMetadata`, …).
pub(crate) struct RootField {
    pub json: String,
    pub ty: TokenStream,
    pub required: bool,
    pub description: Option<String>,
    /// What the value is, for the envelope code that reads it.
    pub shape: Shape,
    /// When typify made it a struct: its fields, by JSON name.
    pub fields: Vec<StructField>,
}

/// A field of a root property's struct (`webhookMetadata.webhookTargetId`).
pub(crate) struct StructField {
    /// The Rust field name.
    pub rust: String,
    pub shape: Shape,
}

/// What a field's Rust type is, as far as the envelope code cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A `String`, or a newtype of one (typify's newtypes deref to it).
    Text { optional: bool },
    /// `chrono::DateTime<Utc>`.
    DateTime { optional: bool },
    /// An integer: `u64`, `NonZeroU64`, `i64`, …
    Count { optional: bool, nonzero: bool },
    /// Anything else.
    Other,
}

/// Runs typify over the definitions and the root properties. typify can
/// panic on schemas it does not support; the panic becomes an error.
pub(crate) fn typify(schema: &Schema) -> Result<Typed, Errors> {
    let mut settings = TypeSpaceSettings::default();
    settings.with_struct_builder(false);
    settings.with_derive("PartialEq".to_string());
    // Our own enums replace the const-tagged unions.
    for name in schema.unions.keys() {
        let ty = typify_name(name);
        settings.with_replacement(ty.clone(), ty, std::iter::empty());
    }
    // A definition that is only a date-time (Plain's `datetime`) is chrono's
    // type itself, not a newtype around it.
    for (name, def) in &schema.definitions {
        if is_plain_date_time(def) {
            let impls = [TypeSpaceImpl::Display, TypeSpaceImpl::FromStr];
            settings.with_replacement(typify_name(name), DATE_TIME, impls.into_iter());
        }
    }

    let mut described = schema.definitions.clone();
    crate::describe::describe_undocumented(&schema.root, &mut described);
    let mut defs = Vec::new();
    let mut errors = Vec::new();
    for (name, v) in &described {
        match serde_json::from_value::<JsonSchema>(v.clone()) {
            Ok(s) => defs.push((name.clone(), s)),
            Err(e) => errors.push(Error::new(
                def_ref(name),
                format!("unsupported schema: {e}"),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(Errors(errors));
    }
    let required: Vec<&str> = schema
        .root
        .get("required")
        .and_then(Value::as_array)
        .map(|l| l.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let root_props: Vec<(&String, &Value)> = schema
        .root
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| {
            p.iter()
                .filter(|(k, _)| !matches!(k.as_str(), "type" | "payload"))
                .collect()
        })
        .unwrap_or_default();

    let run = || -> Result<Typed, Errors> {
        let mut ts = TypeSpace::new(&settings);
        ts.add_ref_types(defs)
            .map_err(|e| Error::new("#/definitions", format!("typify: {e}")))?;
        let mut names = BTreeMap::new();
        for name in schema.definitions.keys() {
            let reference = JsonSchema::Object(SchemaObject {
                reference: Some(def_ref(name)),
                ..SchemaObject::default()
            });
            let id = ts
                .add_type(&reference)
                .and_then(|id| Ok(ts.get_type(&id)?.ident()))
                .map_err(|e| Error::new(def_ref(name), format!("typify: {e}")))?;
            names.insert(name.clone(), id);
        }
        let mut root = Vec::new();
        for (json, v) in root_props {
            let at = format!("#/properties/{json}");
            let failed = |e: typify::Error| Error::new(&at, format!("typify: {e}"));
            let s: JsonSchema = serde_json::from_value(v.clone())
                .map_err(|e| Error::new(&at, format!("unsupported schema: {e}")))?;
            let hint = format!("Webhook{}", crate::naming::pascal(json));
            let id = ts.add_type_with_name(&s, Some(hint)).map_err(failed)?;
            let ty = ts.get_type(&id).map_err(failed)?;
            let fields = match ty.details() {
                TypeDetails::Struct(s) => s
                    .properties_info()
                    .map(|p| {
                        Ok(StructField {
                            rust: p.name.to_string(),
                            shape: shape(&ts, &p.type_id)?,
                        })
                    })
                    .collect::<Result<_, typify::Error>>()
                    .map_err(failed)?,
                _ => Vec::new(),
            };
            root.push(RootField {
                json: json.clone(),
                ty: ty.ident(),
                required: required.contains(&json.as_str()),
                description: v
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                shape: shape(&ts, &id).map_err(failed)?,
                fields,
            });
        }
        Ok(Typed {
            items: ts.to_stream(),
            names,
            root,
        })
    };
    match catch_unwind(AssertUnwindSafe(run)) {
        Ok(r) => r,
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            Err(typify_panic(schema, msg).into())
        }
    }
}

/// `{"type": "string", "format": "date-time"}`, with nothing but words
/// beside it.
fn is_plain_date_time(def: &Value) -> bool {
    let Some(o) = def.as_object() else {
        return false;
    };
    o.get("type").and_then(Value::as_str) == Some("string")
        && o.get("format").and_then(Value::as_str) == Some("date-time")
        && o.keys().all(|k| {
            matches!(
                k.as_str(),
                "type" | "format" | "description" | "title" | "$comment"
            )
        })
}

fn shape(ts: &TypeSpace, id: &TypeId) -> Result<Shape, typify::Error> {
    Ok(match ts.get_type(id)?.details() {
        TypeDetails::Option(inner) => match shape(ts, &inner)? {
            Shape::Text { .. } => Shape::Text { optional: true },
            Shape::DateTime { .. } => Shape::DateTime { optional: true },
            Shape::Count { nonzero, .. } => Shape::Count {
                optional: true,
                nonzero,
            },
            Shape::Other => Shape::Other,
        },
        TypeDetails::String => Shape::Text { optional: false },
        TypeDetails::Newtype(n) => match shape(ts, &n.inner())? {
            Shape::Text { optional: false } => Shape::Text { optional: false },
            _ => Shape::Other,
        },
        TypeDetails::Builtin(DATE_TIME) => Shape::DateTime { optional: false },
        TypeDetails::Builtin(name) => match name.trim_start_matches("::std::num::") {
            "NonZeroU64" | "NonZeroU32" => Shape::Count {
                optional: false,
                nonzero: true,
            },
            "u64" | "u32" | "i64" | "i32" => Shape::Count {
                optional: false,
                nonzero: false,
            },
            _ => Shape::Other,
        },
        _ => Shape::Other,
    })
}

/// Turns a typify panic into an error at the schema's JSON pointer, where
/// the message allows finding it.
fn typify_panic(schema: &Schema, msg: &str) -> Error {
    const UNIQUE: &str = "Failed to make unique variant names for [";
    if let Some(list) = msg.strip_prefix(UNIQUE).and_then(|r| r.strip_suffix(']')) {
        let mut found = None;
        for (name, def) in &schema.definitions {
            walk(def, &def_ref(name), &mut |v, ptr| {
                let joined = v.get("enum").and_then(Value::as_array).map(|l| {
                    l.iter()
                        .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
                        .collect::<Vec<_>>()
                        .join(",")
                });
                if found.is_none() && joined.as_deref() == Some(list) {
                    found = Some(format!("{ptr}/enum"));
                }
            });
        }
        return Error::new(
            found.as_deref().unwrap_or("#"),
            format!(
                "the enum values [{list}] do not give distinct Rust variant names \
                 (they differ only in case or punctuation)"
            ),
        );
    }
    Error::new(
        "#",
        format!("the type generator (typify) failed on this schema: {msg}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_bare_date_times_are_replaced() {
        assert!(is_plain_date_time(
            &json!({"type": "string", "format": "date-time"})
        ));
        assert!(is_plain_date_time(
            &json!({"type": "string", "format": "date-time", "description": "When."})
        ));
        assert!(!is_plain_date_time(
            &json!({"type": "string", "format": "date-time", "pattern": "Z$"})
        ));
        assert!(!is_plain_date_time(
            &json!({"type": "string", "format": "date"})
        ));
        assert!(!is_plain_date_time(&json!(true)));
    }
}
