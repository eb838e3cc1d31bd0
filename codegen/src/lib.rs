//! The code generator behind [`plain-webhooks`](https://docs.rs/plain-webhooks).
//!
//! It turns one revision of Plain's published webhook JSON Schema into Rust
//! items: typed structs (through [typify]), const-tagged unions as
//! `#[serde(tag = ...)]` enums, an `Event` enum with one variant per event
//! type, a `Webhook` envelope and `parse` functions.
//!
//! The pipeline is `load` → [`normalize`] → [`events`] → [`emit`]; each step
//! is a module of its own. The proc-macro crate is a thin shell around
//! [`Generator::generate`].
#![deny(missing_docs)]

pub mod emit;
mod error;
pub mod events;
mod load;
mod naming;
pub mod normalize;
mod readers;
mod rewrite;
pub mod unions;

pub use error::{Error, Errors};

use proc_macro2::TokenStream;

/// How the generated code reaches the runtime crate, and other knobs.
#[derive(Clone, Debug)]
pub struct Settings {
    runtime: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            runtime: "::plain_webhooks".to_string(),
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
        let schema = normalize::normalize(doc)?;
        let model = events::EventModel::build(&schema)?;
        emit::emit(&schema, &model, &self.settings)
    }
}
