//! What the envelope and handler code needs to know of the model: the Rust
//! type of every definition, and what each envelope property holds.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;

use crate::items::{ty, Paths};
use crate::model::{Item, Model, Ty};

/// The model, as the envelope and handler code reads it.
pub(crate) struct Typed {
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
    /// When it is a struct: its fields.
    pub fields: Vec<StructField>,
}

/// A field of a root property's struct (`webhookMetadata.webhookTargetId`).
pub(crate) struct StructField {
    /// The property's JSON name.
    pub json: String,
    /// The Rust field name.
    pub rust: String,
    pub shape: Shape,
}

/// What a field's Rust type is, as far as the envelope code cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A `String`, or a checked string (it derefs to `str`).
    Text { optional: bool },
    /// `chrono::DateTime<Utc>`.
    DateTime { optional: bool },
    /// An integer: `u64`, `NonZeroU64`, `i64`.
    Count { optional: bool, nonzero: bool },
    /// Anything else.
    Other,
}

pub(crate) fn typed(model: &Model, p: &Paths) -> Typed {
    let names = model
        .definitions
        .iter()
        .map(|(name, t)| (name.clone(), ty(t, p)))
        .collect();
    let root = model
        .root
        .iter()
        .map(|r| RootField {
            json: r.json.clone(),
            ty: ty(&r.ty, p),
            required: r.required,
            description: r.description.clone(),
            shape: shape(model, &r.ty),
            fields: match &r.ty {
                Ty::Named(n) => match model.items.get(n) {
                    Some(Item::Struct(s)) => s
                        .fields
                        .iter()
                        .map(|f| StructField {
                            json: f.json.clone(),
                            rust: f.rust.clone(),
                            shape: shape(model, &f.ty),
                        })
                        .collect(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            },
        })
        .collect();
    Typed { names, root }
}

fn shape(model: &Model, t: &Ty) -> Shape {
    match t {
        Ty::Option(inner) => match shape(model, inner) {
            Shape::Text { .. } => Shape::Text { optional: true },
            Shape::DateTime { .. } => Shape::DateTime { optional: true },
            Shape::Count { nonzero, .. } => Shape::Count {
                optional: true,
                nonzero,
            },
            Shape::Other => Shape::Other,
        },
        Ty::String => Shape::Text { optional: false },
        Ty::Named(n) if matches!(model.items.get(n), Some(Item::Text(_))) => {
            Shape::Text { optional: false }
        }
        Ty::DateTime => Shape::DateTime { optional: false },
        Ty::NonZeroU64 => Shape::Count {
            optional: false,
            nonzero: true,
        },
        Ty::U64 | Ty::I64 => Shape::Count {
            optional: false,
            nonzero: false,
        },
        _ => Shape::Other,
    }
}
