//! Typed, verified webhooks from [Plain](https://plain.com).
//!
//! [`webhooks`] reads Plain's published webhook JSON Schema at build time and
//! fills a module with typed structs, an `Event` enum and `parse` functions:
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
//! See the README for the generated API, the errors and the version policy.
#![deny(missing_docs)]

// Lets generated code name `::plain_webhooks` inside this crate's own tests.
extern crate self as plain_webhooks;

#[cfg(feature = "axum")]
pub mod axum;
mod capture;
mod datetime;
mod dispatch;
mod envelope;
mod error;
mod fast;
mod key;
mod parse;
mod pattern;
mod receive;
mod signature;
mod strings;
mod tagged;
pub mod testing;

pub use bytes::Bytes;
pub use dispatch::{status_for, Context, Dispatched, HandleOptions, Outcome};
pub use error::{Error, ErrorKind};
pub use key::{Secret, SigningKey};
pub use plain_webhooks_macros::webhooks;
pub use receive::{receive, Delivery, IntoBody, Receive};
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
    /// The envelope's fields into a `Context`: see `envelope.rs`.
    pub mod envelope {
        pub use crate::envelope::{metadata, number, Moved, Take, Written};
    }
    pub use crate::parse::{
        check_version, parse_envelope, parse_guessed, parse_payload, Events, Guessed,
    };
    pub use chrono;
    /// The one-pass reader generated code tries before serde: see `fast.rs`.
    pub mod fast {
        pub use crate::fast::{put, read, reads, with_mode, Fast, Mode, Reader};
    }
    /// `date-time` fields, the common shape first: see `datetime.rs`.
    pub mod datetime {
        pub use crate::datetime::{deserialize, deserialize_option, serialize, serialize_option};
    }
    /// What typify's output calls `regress`: see `pattern.rs`.
    pub mod pattern {
        pub use crate::pattern::Regex;
    }
    pub use serde;
    /// Constrained strings, one allocation each: see `strings.rs`.
    pub mod strings {
        pub use crate::strings::{chars_above, chars_below, deserialize_from_str};
    }
    /// Internally tagged enums, tag first: see `tagged.rs`.
    pub mod tagged {
        pub use crate::tagged::{deserialize, fields, unit, unknown, Tagged};
    }
    pub use serde_json;
    pub use serde_json::value::RawValue;
    pub use uuid;
}
