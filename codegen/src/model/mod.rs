//! The one model of the generated types: every item the module holds, by
//! Rust name, and the Rust type of every definition and envelope property.
//!
//! It is built once from the normalized schema; the emitter makes the
//! items' tokens from it and `plain-webhooks diff` reads names and types
//! from it, so both say the same thing. Items are what a person would
//! write for the schema:
//!
//! - an object is a struct; a property that may be absent is an `Option`
//!   (an array or map that may be absent is empty instead);
//! - a string enum is an enum of unit variants, and a one-value enum (a
//!   `const`) a zero-sized type checked when parsed;
//! - a string with a `pattern` or length bounds is a newtype that checks
//!   them; any other definition that is only a type (`string`, `date-time`,
//!   "X or null") is that type itself, not a newtype around it;
//! - an untagged union is an enum whose variants are named for what they
//!   hold; a const-tagged union an enum on its tag;
//! - a value that may contain itself is boxed where the cycle closes.

mod build;
mod cycles;
mod shape;

use std::collections::BTreeMap;

use crate::normalize::Schema;
use crate::Errors;

pub(crate) use shape::variant_name;

/// A Rust type, as generated code names it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ty {
    /// An item of the module, by name.
    Named(String),
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// `f64`.
    F64,
    /// `i64`.
    I64,
    /// `u64`.
    U64,
    /// `NonZeroU64`.
    NonZeroU64,
    /// `DateTime<Utc>` (`format: date-time`).
    DateTime,
    /// `NaiveDate` (`format: date`).
    Date,
    /// `Uuid` (`format: uuid`).
    Uuid,
    /// Any JSON value.
    Json,
    /// `()`, for a schema that only allows `null`.
    Unit,
    /// `Option<T>`.
    Option(Box<Ty>),
    /// `Vec<T>`.
    Vec(Box<Ty>),
    /// A map from strings to `T` (`BTreeMap<String, T>`).
    Map(Box<Ty>),
    /// `Box<T>`: where a type contains itself.
    Boxed(Box<Ty>),
}

impl Ty {
    /// The type as a person writes it: `Option<Vec<Customer>>`.
    pub fn display(&self) -> String {
        match self {
            Ty::Named(n) => n.clone(),
            Ty::String => "String".into(),
            Ty::Bool => "bool".into(),
            Ty::F64 => "f64".into(),
            Ty::I64 => "i64".into(),
            Ty::U64 => "u64".into(),
            Ty::NonZeroU64 => "NonZeroU64".into(),
            Ty::DateTime => "DateTime<Utc>".into(),
            Ty::Date => "NaiveDate".into(),
            Ty::Uuid => "Uuid".into(),
            Ty::Json => "Value".into(),
            Ty::Unit => "()".into(),
            Ty::Option(t) => format!("Option<{}>", t.display()),
            Ty::Vec(t) => format!("Vec<{}>", t.display()),
            Ty::Map(t) => format!("BTreeMap<String, {}>", t.display()),
            Ty::Boxed(t) => format!("Box<{}>", t.display()),
        }
    }

    /// The items this type names, at any depth.
    pub fn named(&self) -> Vec<&str> {
        match self {
            Ty::Named(n) => vec![n.as_str()],
            Ty::Option(t) | Ty::Vec(t) | Ty::Map(t) | Ty::Boxed(t) => t.named(),
            _ => Vec::new(),
        }
    }

    /// The items this type holds by value (not behind a `Vec`, map or box).
    pub(super) fn by_value(&self) -> Vec<&str> {
        match self {
            Ty::Named(n) => vec![n.as_str()],
            Ty::Option(t) => t.by_value(),
            _ => Vec::new(),
        }
    }

    /// The same type with `name`, where held by value, boxed.
    pub(super) fn boxing(self, name: &str) -> Ty {
        match self {
            Ty::Named(n) if n == name => Ty::Boxed(Box::new(Ty::Named(n))),
            Ty::Option(t) => Ty::Option(Box::new(t.boxing(name))),
            other => other,
        }
    }

    pub(super) fn is_option(&self) -> bool {
        matches!(self, Ty::Option(_))
    }
}

/// One item of the module.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// An object.
    Struct(Struct),
    /// A string enum of two or more values.
    Enum(StringEnum),
    /// A one-value string enum (a `const`): a zero-sized type.
    Const(Const),
    /// A string with a `pattern` or length bounds.
    Text(Text),
    /// An untagged union: the first variant that fits.
    Untagged(Untagged),
    /// A union told apart by a `const` tag property.
    Tagged(Tagged),
}

impl Item {
    /// The item's rustdoc.
    pub fn doc(&self) -> &str {
        match self {
            Item::Struct(s) => &s.doc,
            Item::Enum(e) => &e.doc,
            Item::Const(c) => &c.doc,
            Item::Text(t) => &t.doc,
            Item::Untagged(u) => &u.doc,
            Item::Tagged(t) => &t.doc,
        }
    }

    /// What kind of item it is, for people: `struct`, `enum`, …
    pub fn kind(&self) -> &'static str {
        match self {
            Item::Struct(_) | Item::Const(_) | Item::Text(_) => "struct",
            Item::Enum(_) | Item::Untagged(_) | Item::Tagged(_) => "enum",
        }
    }
}

/// A struct: one field per property.
#[derive(Clone, Debug, PartialEq)]
pub struct Struct {
    /// The rustdoc.
    pub doc: String,
    /// The fields, in the order of their JSON names.
    pub fields: Vec<Field>,
    /// `additionalProperties: false`: other properties are refused.
    pub closed: bool,
}

/// A field of a [`Struct`].
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The Rust name (`r#`-free, never a keyword).
    pub rust: String,
    /// The property's name in JSON.
    pub json: String,
    /// The field's type: an `Option` when the property may be absent or
    /// `null`.
    pub ty: Ty,
    /// Whether the property must be present (even if it may be `null`).
    pub required: bool,
    /// The property's description.
    pub doc: Option<String>,
}

/// A string enum.
#[derive(Clone, Debug, PartialEq)]
pub struct StringEnum {
    /// The rustdoc.
    pub doc: String,
    /// `(variant, JSON value)`, in the schema's order.
    pub variants: Vec<(String, String)>,
}

/// A one-value string enum.
#[derive(Clone, Debug, PartialEq)]
pub struct Const {
    /// The rustdoc.
    pub doc: String,
    /// The one value.
    pub value: String,
}

/// A checked string.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// The rustdoc.
    pub doc: String,
    /// The ECMAScript pattern it must contain a match of.
    pub pattern: Option<String>,
    /// The fewest characters it may have.
    pub min_length: Option<u64>,
    /// The most characters it may have.
    pub max_length: Option<u64>,
}

/// An untagged union.
#[derive(Clone, Debug, PartialEq)]
pub struct Untagged {
    /// The rustdoc.
    pub doc: String,
    /// `(variant, type)`, tried in this order.
    pub variants: Vec<(String, Ty)>,
}

/// A const-tagged union.
#[derive(Clone, Debug, PartialEq)]
pub struct Tagged {
    /// The rustdoc.
    pub doc: String,
    /// The tag property.
    pub tag: String,
    /// The variants, in the schema's order.
    pub variants: Vec<TaggedVariant>,
}

/// A variant of a [`Tagged`] union.
#[derive(Clone, Debug, PartialEq)]
pub struct TaggedVariant {
    /// The Rust name.
    pub rust: String,
    /// The tag's value.
    pub value: String,
    /// The type of its other fields; `None` when the tag is all it has.
    pub ty: Option<Ty>,
}

/// A property of the envelope other than `type` and `payload`.
#[derive(Clone, Debug, PartialEq)]
pub struct RootProperty {
    /// Its JSON name.
    pub json: String,
    /// Its type (an `Option` if it may be `null`).
    pub ty: Ty,
    /// Whether it must be present.
    pub required: bool,
    /// Its description.
    pub description: Option<String>,
}

/// Every generated type of one schema.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Model {
    /// The items, by Rust name.
    pub items: BTreeMap<String, Item>,
    /// The Rust type of every definition, by definition name.
    pub definitions: BTreeMap<String, Ty>,
    /// The envelope's properties other than `type` and `payload`.
    pub root: Vec<RootProperty>,
}

impl Model {
    /// The model of a normalized schema.
    ///
    /// # Errors
    ///
    /// Enum values that give the same Rust variant name, and definitions
    /// that are only themselves; every one found, with its JSON pointer.
    pub fn build(schema: &Schema) -> Result<Self, Errors> {
        build::build(schema)
    }

    /// The Rust type of a definition (`Ty::Json` for one that is not).
    pub fn definition(&self, name: &str) -> Ty {
        self.definitions.get(name).cloned().unwrap_or(Ty::Json)
    }
}
