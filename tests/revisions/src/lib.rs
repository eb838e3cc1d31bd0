//! Every revision of Plain's webhook schema, expanded by
//! `#[plain_webhooks::webhooks]` under `#![deny(warnings)]`, and a table the
//! tests walk. The modules are written by `build.rs` from
//! `$PLAIN_SCHEMAS_DIR` (default `../shared/plain-schemas`).
#![deny(warnings)]
#![allow(missing_docs)]

use plain_webhooks::{Error, VersionPolicy};

/// What the tests need to know of one parsed body, whatever the revision.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// `Webhook::event_type()`.
    pub event_type: String,
    /// The name of the `Event` variant, from its `Debug` output.
    pub variant: String,
    /// The typed `Webhook`, serialized back to JSON.
    pub json: serde_json::Value,
    /// Parse → serialize → parse gave a value equal to the first parse.
    pub round_trip_equal: bool,
    /// What `Webhook::into_parts` put in the `Context`.
    pub context: ContextFields,
}

/// A `Context`'s fields, the raw body left out.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextFields {
    pub event_id: String,
    pub event_type: String,
    pub timestamp: String,
    pub workspace_id: String,
    pub webhook_target_id: Option<String>,
    pub webhook_target_version: Option<String>,
    pub delivery_attempt_id: Option<String>,
    pub delivery_attempt_number: Option<u64>,
    pub delivery_attempt_timestamp: Option<String>,
}

impl From<plain_webhooks::Context> for ContextFields {
    fn from(c: plain_webhooks::Context) -> Self {
        Self {
            event_id: c.event_id,
            event_type: c.event_type,
            timestamp: c.timestamp,
            workspace_id: c.workspace_id,
            webhook_target_id: c.webhook_target_id,
            webhook_target_version: c.webhook_target_version,
            delivery_attempt_id: c.delivery_attempt_id,
            delivery_attempt_number: c.delivery_attempt_number,
            delivery_attempt_timestamp: c.delivery_attempt_timestamp,
        }
    }
}

/// One schema revision and its generated module's entry points.
pub struct Revision {
    /// The file, relative to the schemas folder (`history/2024-03-12-d6f6823.json`).
    pub file: &'static str,
    /// The absolute path the macro read.
    pub path: &'static str,
    /// The module's `EVENT_TYPES`.
    pub event_types: &'static [&'static str],
    /// The module's `SCHEMA_VERSION`.
    pub version: Option<&'static str>,
    /// The module's `parse_with`, summarized.
    pub parse_with: fn(&[u8], VersionPolicy) -> Result<Parsed, Error>,
}

macro_rules! revision_table {
    ($($m:ident => ($file:literal, $path:literal)),* $(,)?) => {
        /// Every revision found when this crate was built.
        pub static REVISIONS: &[Revision] = &[$(
            Revision {
                file: $file,
                path: $path,
                event_types: $m::EVENT_TYPES,
                version: $m::SCHEMA_VERSION,
                parse_with: |body, policy| {
                    let webhook = $m::parse_with(body, policy)?;
                    let json = serde_json::to_value(&webhook).expect("a parsed webhook serializes");
                    let again = serde_json::to_vec(&webhook).expect("a parsed webhook serializes");
                    let reparsed = $m::parse_with(&again, policy)?;
                    let variant = format!("{:?}", webhook.event);
                    let variant = variant.split(['(', ' ', '{']).next().unwrap_or_default().to_string();
                    let event_type = webhook.event_type().to_string();
                    let round_trip_equal = reparsed == webhook;
                    let (context, _) = webhook.into_parts();
                    Ok(Parsed {
                        event_type,
                        variant,
                        json,
                        round_trip_equal,
                        context: context.into(),
                    })
                },
            },
        )*];
    };
}

include!(concat!(env!("OUT_DIR"), "/revisions.rs"));

/// The revision whose file is `file`.
pub fn revision(file: &str) -> Option<&'static Revision> {
    REVISIONS.iter().find(|r| r.file == file)
}

/// Whether the schemas are missing; under `CI=true` that is a failure, and
/// otherwise the caller prints what it skipped.
pub fn schemas_missing(test: &str) -> bool {
    if !REVISIONS.is_empty() {
        return false;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("no schemas in {SCHEMAS_DIR}: set PLAIN_SCHEMAS_DIR or run schemas/sync.sh (CI=true makes this an error)");
    }
    eprintln!("SKIPPED {test}: no schemas in {SCHEMAS_DIR}; set PLAIN_SCHEMAS_DIR to Plain's schemas folder");
    true
}
