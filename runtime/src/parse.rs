//! Parsing helpers that generated code calls through `__private`.
//!
//! A body is read twice on the happy path: the envelope, with the payload
//! kept as a borrowed [`RawValue`] (Plain writes `type` after `payload`, so
//! the payload's type is known only once the envelope is read), then the
//! payload straight into the struct its event type names. Only on failure
//! is the failing part read a third time, with `serde_path_to_error`, to
//! name the JSON path of the problem.

use std::borrow::Cow;

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::strict::{self, Strict};
use crate::{Error, ErrorKind, VersionPolicy};

/// Parses the request envelope (generated code's `__Envelope`).
pub fn envelope<'de, T: Deserialize<'de>>(body: &'de [u8]) -> Result<T, Error> {
    strict::from_slice(body).map_err(|e| describe::<T>(body, e, None, None))
}

/// Parses an event payload into its type.
pub fn payload<'de, T: Deserialize<'de>>(event_type: &str, raw: &'de RawValue) -> Result<T, Error> {
    let text = raw.get();
    strict::from_slice(text.as_bytes())
        .map_err(|e| describe::<T>(text.as_bytes(), e, Some(event_type), Some("payload")))
}

/// Checks `webhookMetadata.webhookTargetVersion` against the versions the
/// module reads (one, or two with `previous`).
pub fn check_version(
    policy: VersionPolicy,
    expected: &[Option<&str>],
    found: Option<&str>,
    event_type: &str,
) -> Result<(), Error> {
    if policy == VersionPolicy::Any || expected.contains(&found) {
        return Ok(());
    }
    let expected: Vec<String> = expected
        .iter()
        .map(|v| match v {
            Some(v) => format!("`{v}`"),
            None => "none (this schema is unversioned)".to_string(),
        })
        .collect();
    let expected = expected.join(" or ");
    let message = match found {
        Some(v) => format!(
            "webhook target version mismatch: the schema expects {expected}, the body has `{v}`"
        ),
        // Plain's bodies from before versioned webhook targets (2024-09),
        // its documented examples among them, carry no version at all.
        None => format!(
            "webhook target version mismatch: the schema expects {expected}, the body has none: \
             it predates versioned webhook targets; `VersionPolicy::Any` accepts it on its \
             structure alone"
        ),
    };
    Err(Error::new(ErrorKind::VersionMismatch, message)
        .with_event_type(Some(event_type))
        .with_path(Some("webhookMetadata.webhookTargetVersion".into())))
}

/// The envelope's `type`, read on its own to name the event in an error.
#[derive(Deserialize)]
struct TypeOnly<'a> {
    #[serde(rename = "type", borrow, default)]
    event_type: Option<Cow<'a, str>>,
}

/// Turns a serde_json error into ours, with the JSON path (the cold path).
fn describe<'de, T: Deserialize<'de>>(
    input: &'de [u8],
    first: serde_json::Error,
    event_type: Option<&str>,
    prefix: Option<&str>,
) -> Error {
    let envelope_type;
    let event_type = match event_type {
        Some(t) => Some(t),
        None => {
            envelope_type = serde_json::from_slice::<TypeOnly<'_>>(input)
                .ok()
                .and_then(|t| t.event_type);
            envelope_type.as_deref()
        }
    };
    // serde stops at the first error: a wrong type early in a body that is
    // not JSON at all (truncated, say) is still a JSON error.
    let first = if first.is_data() {
        serde_json::from_slice::<IgnoredAny>(input)
            .err()
            .unwrap_or(first)
    } else {
        first
    };
    if !first.is_data() {
        let at = format!("line {}, column {}", first.line(), first.column());
        return Error::new(
            ErrorKind::Json,
            format!(
                "invalid JSON at {at}: {}",
                strip_location(&first.to_string())
            ),
        )
        .with_event_type(event_type)
        .with_path(prefix.map(str::to_string));
    }
    let mut de = serde_json::Deserializer::from_slice(input);
    let (path, message) = match serde_path_to_error::deserialize::<_, T>(Strict(&mut de)) {
        Err(e) => (
            e.path().to_string(),
            strip_location(&e.inner().to_string()).to_string(),
        ),
        // The second read succeeded where the first failed (it cannot, for
        // the same input and type): report the first error as it was.
        Ok(_) => (".".to_string(), strip_location(&first.to_string()).into()),
    };
    let mut segments: Vec<String> = prefix.map(str::to_string).into_iter().collect();
    if path != "." && !path.is_empty() {
        segments.push(path);
    }
    // serde reports a missing field at its parent; name the field itself.
    let message = match missing_field(&message) {
        Some(field) => {
            segments.push(field.to_string());
            "missing field".to_string()
        }
        None => message,
    };
    let path = (!segments.is_empty()).then(|| segments.join("."));
    Error::new(ErrorKind::Schema, message)
        .with_event_type(event_type)
        .with_path(path)
}

fn missing_field(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.strip_suffix('`')
}

/// serde_json appends " at line L column C"; the path says where instead.
fn strip_location(msg: &str) -> &str {
    match msg.rfind(" at line ") {
        Some(i) => &msg[..i],
        None => msg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Customer {
        #[serde(rename = "fullName")]
        full_name: String,
        email: Email,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Email {
        email: String,
    }

    fn payload_error(text: &str) -> Error {
        let raw: &RawValue = serde_json::from_str(text).expect("JSON");
        payload::<Customer>("customer.customer_updated", raw).unwrap_err()
    }

    #[test]
    fn errors_name_the_event_type_and_the_path() {
        let e = payload_error(r#"{"fullName": "P", "email": {"email": 5}}"#);
        assert_eq!(e.kind(), ErrorKind::Schema);
        assert_eq!(
            e.to_string(),
            "customer.customer_updated: payload.email.email: invalid type: integer `5`, expected a string"
        );
        let e = payload_error(r#"{"email": {"email": "a@b"}}"#);
        assert_eq!(e.path(), Some("payload.fullName"));
        assert_eq!(e.message(), "missing field");
    }

    #[test]
    fn json_errors_keep_line_and_column_and_read_the_type() {
        let e = envelope::<Customer>(br#"{"type": "thread.thread_created", "x": tru"#).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Json);
        assert_eq!(e.event_type(), None, "a broken body gives no type");
        assert!(
            e.message().starts_with("invalid JSON at line 1, column "),
            "{e}"
        );
        let e = envelope::<Customer>(br#"{"type": "thread.thread_created"}"#).unwrap_err();
        assert_eq!(e.event_type(), Some("thread.thread_created"));
        assert_eq!(e.path(), Some("fullName"));
        let e = envelope::<Customer>(b"{\"fullName\": ").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Json, "truncated: {e}");
        // A wrong type first, then the body ends: still not JSON.
        let e = envelope::<Customer>(br#"{"fullName": 5, "email": {"em"#).unwrap_err();
        assert_eq!(
            e.kind(),
            ErrorKind::Json,
            "truncated after a type error: {e}"
        );
        let e = payload_error(r#"{"fullName": 5, "email": {"email": "a@b"}}"#);
        assert_eq!(e.kind(), ErrorKind::Schema, "well-formed: {e}");
    }

    #[test]
    fn versions_are_judged_by_the_policy() {
        assert!(check_version(VersionPolicy::Exact, &[Some("v1")], Some("v1"), "t").is_ok());
        assert!(check_version(VersionPolicy::Any, &[Some("v1")], None, "t").is_ok());
        let e = check_version(VersionPolicy::Exact, &[Some("v1")], None, "t").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::VersionMismatch);
        assert_eq!(
            e.to_string(),
            "t: webhookMetadata.webhookTargetVersion: webhook target version mismatch: \
             the schema expects `v1`, the body has none: it predates versioned webhook \
             targets; `VersionPolicy::Any` accepts it on its structure alone"
        );
        let e = check_version(VersionPolicy::Exact, &[None], Some("v2"), "t").unwrap_err();
        assert!(
            e.message().contains("none (this schema is unversioned)"),
            "{e}"
        );
        let both = [Some("v2"), Some("v1")];
        assert!(check_version(VersionPolicy::Exact, &both, Some("v1"), "t").is_ok());
        let e = check_version(VersionPolicy::Exact, &both, Some("v3"), "t").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::VersionMismatch);
        assert!(
            e.message()
                .contains("expects `v2` or `v1`, the body has `v3`"),
            "{e}"
        );
    }
}
