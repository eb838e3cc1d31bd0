//! Typed, verified webhooks from [Plain](https://plain.com).
//!
//! [`webhooks`] reads Plain's published webhook JSON Schema at build time and
//! fills a module with typed structs, an `Event` enum and `parse` functions:
//!
//! ```ignore
//! #[plain_webhooks::webhooks(schema = "schemas/plain/latest.json")]
//! pub mod plain {}
//!
//! let webhook = plain::parse(body)?;
//! if let plain::Event::CustomerUpdated(ev) = &webhook.event {
//!     println!("{}", ev.customer.full_name);
//! }
//! ```
//!
//! See the README for the generated API, the errors and the version policy.
#![deny(missing_docs)]

// Lets generated code name `::plain_webhooks` inside this crate's own tests.
extern crate self as plain_webhooks;

mod dispatch;
mod error;
mod parse;
mod signature;
pub mod testing;

pub use dispatch::{status_for, Context, Dispatched, HandleOptions, Outcome};
pub use error::{Error, ErrorKind};
pub use plain_webhooks_macros::webhooks;
pub use signature::{verify_signature, verify_signature_any, verify_webhook, VerifyOptions};

/// How `parse_with` treats `webhookMetadata.webhookTargetVersion`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum VersionPolicy {
    /// The body's version must equal the schema's `SCHEMA_VERSION` (absent
    /// for unversioned schemas), as Plain's own SDK requires. The default.
    #[default]
    Exact,
    /// The version is information only; the body's structure decides.
    Any,
}

/// What generated code needs. Not a public API: it may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use crate::dispatch::context;
    pub use crate::parse::{check_version, parse_envelope, parse_payload};
    pub use chrono;
    pub use regress;
    pub use serde;
    pub use serde_json;
    pub use serde_json::value::RawValue;
    pub use uuid;
}
