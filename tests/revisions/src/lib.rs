//! Every revision of Plain's webhook schema, expanded by
//! `#[plain_webhooks::webhooks]` under `#![deny(warnings)]`, and a table the
//! tests walk. The modules are written by `build.rs` from the repository's
//! `schemas/plain/`.
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
    /// What `Webhook::into_parts` put in the module's `Context`.
    pub context: ContextSeen,
}

/// A generated `Context`, seen the same way whatever its revision's field
/// types: its envelope fields serialized with serde_json, and its `Debug`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextSeen {
    /// Each envelope field (`id`, `timestamp`, `workspaceId`,
    /// `webhookMetadata`), serialized with serde_json, by its JSON name.
    pub fields: serde_json::Map<String, serde_json::Value>,
    /// The length of `body` as `Webhook::into_parts` left it (it is empty
    /// there: `handle` puts the request's body in).
    pub body_len_after_into_parts: usize,
    /// `Debug` of the `Context` with the request body put in its `body`,
    /// as `handle` does.
    pub debug: String,
    /// `Debug` of the same `Context` with `body` replaced by as many other
    /// bytes (`#`): equal to `debug` when only the body's length shows.
    pub debug_with_other_bytes: String,
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

/// The name of an `Event` variant, from the `Debug` of the event:
/// `CustomerUpdated`, `Other`, `Unknown`.
pub fn variant_name(debug: &str) -> String {
    debug
        .split(['(', ' ', '{'])
        .next()
        .unwrap_or_default()
        .to_string()
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
                    let variant = variant_name(&format!("{:?}", webhook.event));
                    let event_type = webhook.event_type().to_string();
                    let round_trip_equal = reparsed == webhook;
                    let (mut context, _) = webhook.into_parts();
                    // Exhaustive: a field added to `Context` must be added here.
                    let $m::Context {
                        id,
                        timestamp,
                        workspace_id,
                        webhook_metadata,
                        body: body_after_into_parts,
                    } = &context;
                    let ser = |v: Result<serde_json::Value, serde_json::Error>| {
                        v.expect("a context field serializes")
                    };
                    let fields = serde_json::Map::from_iter([
                        ("id".to_string(), ser(serde_json::to_value(id))),
                        ("timestamp".to_string(), ser(serde_json::to_value(timestamp))),
                        ("workspaceId".to_string(), ser(serde_json::to_value(workspace_id))),
                        ("webhookMetadata".to_string(), ser(serde_json::to_value(webhook_metadata))),
                    ]);
                    let body_len_after_into_parts = body_after_into_parts.len();
                    context.body = plain_webhooks::Bytes::copy_from_slice(body);
                    let debug = format!("{context:?}");
                    context.body = plain_webhooks::Bytes::from(vec![b'#'; body.len()]);
                    let debug_with_other_bytes = format!("{context:?}");
                    Ok(Parsed {
                        event_type,
                        variant,
                        json,
                        round_trip_equal,
                        context: ContextSeen {
                            fields,
                            body_len_after_into_parts,
                            debug,
                            debug_with_other_bytes,
                        },
                    })
                },
            },
        )*];
    };
}

/// A body as a merged module read it: its event type and the name of its
/// `Event` variant.
pub type Read = (String, String);

/// One module generated from a revision with its predecessor as
/// `previous`: it reads the bodies of both.
pub struct Pair {
    /// The older revision's file (`history/…`).
    pub old: &'static str,
    /// The newer revision's file.
    pub new: &'static str,
    /// The module's `SCHEMA_VERSIONS`.
    pub versions: &'static [Option<&'static str>],
    /// The module's `EVENT_TYPES`.
    pub event_types: &'static [&'static str],
    /// The module's `parse_with`: the event type and the `Event` variant's
    /// name.
    pub parse_with: fn(&[u8], VersionPolicy) -> Result<Read, Error>,
}

macro_rules! pair_table {
    ($($m:ident => ($old:literal, $new:literal)),* $(,)?) => {
        /// Every consecutive pair of revisions in `history/`, oldest first.
        pub static PAIRS: &[Pair] = &[$(
            Pair {
                old: $old,
                new: $new,
                versions: $m::SCHEMA_VERSIONS,
                event_types: $m::EVENT_TYPES,
                parse_with: |body, policy| {
                    let webhook = $m::parse_with(body, policy)?;
                    Ok((
                        webhook.event_type().to_string(),
                        variant_name(&format!("{:?}", webhook.event)),
                    ))
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
