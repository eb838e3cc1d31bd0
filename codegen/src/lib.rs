//! The code generator behind [`plain-webhooks`](https://docs.rs/plain-webhooks).
//!
//! It turns one revision of Plain's published webhook JSON Schema into the
//! items of a Rust module. The pipeline, one module per step:
//!
//! 1. `load`: the text into a JSON document (an object).
//! 2. [`normalize`]: `checks` (keyword types, `$ref`s, alias cycles, every
//!    problem with its JSON pointer), `hoist` (`$ref`s that point into a
//!    definition, and inline const-tagged unions, become definitions),
//!    [`unions`] (which definitions are const-tagged unions, and on which
//!    tag), the webhook target version read off and relaxed, untagged
//!    unions simplified, `const` turned into one-value `enum`s. With a
//!    previous revision ([`Generator::generate_with_previous`]), both are
//!    checked and hoisted, then `merge`d into one schema that accepts the
//!    bodies of both, before the rest of the pipeline.
//! 3. [`events`]: the event types of the `type` enum, the payload
//!    definition of each, and the Rust names of their variants and methods;
//!    `select`, with [`Settings::with_events`], keeps the chosen events and
//!    the definitions they reach.
//! 4. [`model`]: every generated type, once: a struct per object, an enum
//!    per string enum and per union (variants named for what they hold), a
//!    zero-sized type per `const`, a checked newtype per constrained
//!    string, and the Rust type of every definition and envelope property.
//!    `plain-webhooks diff` reads names and types from it too.
//! 5. [`emit`]: tokens from the model (`items`), then `envelope` (the
//!    `Event`, `Webhook`, `Context` and parse functions) and `handler` (the
//!    `Handler` trait and `handle`); every crate the code uses is reached
//!    through the runtime's `__private`.
//!
//! The proc-macro crate is a thin shell around [`Generator::generate`].
#![deny(missing_docs)]

mod checks;
mod describe;
pub mod emit;
mod envelope;
mod error;
pub mod events;
mod handler;
mod hoist;
mod items;
mod load;
mod merge;
pub mod model;
mod naming;
pub mod normalize;
mod select;
mod types;
pub mod unions;
mod walk;

pub use error::{Error, Errors};

use proc_macro2::TokenStream;

/// How the generated code reaches the runtime crate, and which event types
/// it handles.
#[derive(Clone, Debug)]
pub struct Settings {
    runtime: String,
    events: Option<Vec<String>>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            runtime: "::plain_webhooks".to_string(),
            events: None,
        }
    }
}

impl Settings {
    /// Settings with the defaults: the runtime is reached as `::plain_webhooks`.
    pub fn new() -> Self {
        Self::default()
    }

    /// The path under which generated code reaches the runtime crate
    /// (default `::plain_webhooks`). Everything generated code needs is
    /// taken from `<runtime>::__private`.
    pub fn with_runtime_path(&mut self, path: impl Into<String>) -> &mut Self {
        self.runtime = path.into();
        self
    }

    /// The configured runtime path.
    pub fn runtime_path(&self) -> &str {
        &self.runtime
    }

    /// Handles only the event types these patterns match (an event type, or
    /// a prefix ending in `*`: `customer.*`); the other listed types arrive
    /// raw at one method, `on_other`, and only the definitions the chosen
    /// events reach are generated. Every pattern must match an event type of
    /// the schema. By default every event type is handled.
    pub fn with_events<I, S>(&mut self, patterns: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.events = Some(patterns.into_iter().map(Into::into).collect());
        self
    }

    /// The configured event patterns; `None` when every event is handled.
    pub fn events(&self) -> Option<&[String]> {
        self.events.as_deref()
    }
}

/// Generates the items for one schema.
#[derive(Clone, Debug, Default)]
pub struct Generator {
    settings: Settings,
}

impl Generator {
    /// A generator with the given settings.
    pub fn new(settings: &Settings) -> Self {
        Self {
            settings: settings.clone(),
        }
    }

    /// Generates the module contents for a schema given as JSON text.
    ///
    /// Output is deterministic: the same text gives the same tokens.
    pub fn generate(&self, schema_text: &str) -> Result<TokenStream, Errors> {
        let doc = load::parse(schema_text)?;
        self.generate_from(normalize::normalize(doc)?)
    }

    /// Generates one module that reads the bodies of two revisions:
    /// `schema_text`, and the `previous_text` it replaces (Plain's upgrade
    /// path: deploy code that handles both, switch the webhook target,
    /// remove `previous`). The two are merged as JSON Schema: an object's
    /// properties are the union and its required fields the intersection,
    /// enum values and union variants the union, and a value whose shapes
    /// differ is an enum of both. Errors in `previous_text` are marked
    /// [`Error::previous`].
    pub fn generate_with_previous(
        &self,
        schema_text: &str,
        previous_text: &str,
    ) -> Result<TokenStream, Errors> {
        // Each file on its own first, so that every problem is reported in
        // the file that has it (a pointer into the merged schema would name
        // neither), all of them together. Each is hoisted once: the same
        // preparation is checked alone and then merged.
        let check = |text: &str| -> Result<normalize::Prepared, Errors> {
            let prepared = normalize::prepare(load::parse(text)?)?;
            let alone = prepared.normalized();
            events::EventModel::build(&alone)?;
            model::Model::build(&alone)?;
            Ok(prepared)
        };
        let (new, old) = normalize::both(check(schema_text), check(previous_text))?;
        let schema = normalize::merge(new, old)?;
        self.generate_from(schema)
    }

    fn generate_from(&self, mut schema: normalize::Schema) -> Result<TokenStream, Errors> {
        let mut model = events::EventModel::build(&schema)?;
        if let Some(patterns) = self.settings.events() {
            select::select(&mut model, patterns)?;
            select::prune(&mut schema, &model);
        }
        emit::emit(&schema, &model, &self.settings)
    }
}
