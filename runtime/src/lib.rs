//! Typed, verified webhooks from [Plain](https://plain.com).
//!
//! [`webhooks`] reads Plain's published webhook JSON Schema at build time and
//! fills a module with typed structs, an `Event` enum, a `Handler` trait and
//! the functions that verify, parse and dispatch a delivery:
//!
//! ```
//! // Point `schema` at Plain's `latest.json` in your crate; this example uses
//! // the project's own small test schema.
//! #[plain_webhooks::webhooks(schema = "../schemas/test/minimal.json")]
//! pub mod plain {}
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let body = br#"{"id": "ev_01HD450JT0RPBT7RRKS1ZQJYBA", "timestamp": "2023-10-19T14:21:43.616Z",
//!   "workspaceId": "w_01GST0W989ZNAW53X6XYHAY87P", "type": "thread.email_received",
//!   "payload": {"eventType": "thread.email_received", "subject": "Hello"},
//!   "webhookMetadata": {"webhookTargetId": "whTarget_01HD4400VTDJQ646V6RY37SR7K",
//!     "webhookTargetVersion": "2025-01-01", "webhookDeliveryAttemptNumber": 1,
//!     "webhookDeliveryAttemptId": "whAttempt_01HD450N6X782MDTDBMS6Z14DJ",
//!     "webhookDeliveryAttemptTimestamp": "2023-10-19T14:21:46.077Z"}}"#;
//! let webhook = plain::parse(body)?;
//! match &webhook.event {
//!     plain::Event::ThreadEmailReceived(ev) => assert_eq!(ev.subject, "Hello"),
//!     other => panic!("unexpected {other:?}"),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! Deliveries from Plain are signed: [`Verifier`] holds the signing secrets,
//! the replay window and the version policy, and the generated
//! `Webhook::verify_and_parse` and `handle` use it. Plain delivers at least
//! once: [`Dedupe`] runs each event's handler once, in memory by default
//! wherever deliveries are handled. The endpoint is a `tower::Service`
//! (feature `tower`: `plain_webhooks::endpoint`), with an axum router
//! (feature `axum`).
//! See the README for the generated API, the errors and the version policy.
#![deny(missing_docs)]

// Lets generated code name `::plain_webhooks` inside this crate's own tests.
extern crate self as plain_webhooks;

#[cfg(feature = "axum")]
pub mod axum;
mod checks;
pub mod dedupe;
#[cfg(feature = "tower")]
pub mod endpoint;
mod error;
#[cfg(feature = "tower")]
mod log;
mod parse;
mod raw;
mod receive;
mod strict;
mod tagged;
pub mod testing;
mod verifier;
mod versions;

pub use bytes::Bytes;
pub use dedupe::Dedupe;
pub use error::{Error, ErrorKind};
pub use plain_webhooks_macros::webhooks;
pub use raw::RawPayload;
pub use receive::{Delivery, IntoBody, Outcome, Receive, Summary};
pub use verifier::Verifier;
pub use versions::Versions;

/// How a delivery's `webhookMetadata.webhookTargetVersion` is judged against
/// the versions the module reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum VersionPolicy {
    /// The body's version must be one of the module's `SCHEMA_VERSIONS`:
    /// the schema's `SCHEMA_VERSION` (absent for unversioned schemas), and
    /// the `previous` schema's when it was generated with one. As Plain's
    /// own SDK requires; the default.
    #[default]
    Exact,
    /// The version is information only; the body's structure decides.
    Any,
}

/// What generated code needs. Not a public API: it may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use crate::checks::{constant, from_value, required_nullable, untagged, TextCheck};
    pub use crate::dedupe::{claim_id, guarded};
    pub use crate::parse::{check_version, envelope, payload};
    pub use chrono;
    pub use regress;
    pub use serde;
    /// Internally tagged enums, tag first: see `tagged.rs`.
    pub mod tagged {
        pub use crate::tagged::{deserialize, fields, unit, unknown, Tagged};
    }
    pub use serde_json;
    pub use serde_json::value::RawValue;
    pub use uuid;
}
