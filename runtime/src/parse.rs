//! Parsing helpers that generated code calls through `__private`.

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::LazyLock;

use memchr::memmem::FinderRev;

use serde::de::{self, Deserializer};
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::fast::{self, Fast, Mode, Reader};
use crate::{Error, ErrorKind, VersionPolicy};

/// Parses the request envelope. The fast path is plain serde_json; only on
/// failure is the body read again to find the path of the problem.
pub fn parse_envelope<'de, T: Deserialize<'de>>(body: &'de [u8]) -> Result<T, Error> {
    match serde_json::from_slice(body) {
        Ok(v) => Ok(v),
        Err(e) => Err(describe::<T>(body, e, None, None)),
    }
}

/// A module's `Event`: reads a payload as the type an event type names.
pub trait Events: Sized {
    /// The payload of `event_type`, from `deserializer`.
    fn deserialize_payload<'de, D: Deserializer<'de>>(
        event_type: &str,
        deserializer: D,
    ) -> Result<Self, D::Error>;

    /// The payload of `event_type`, by the one-pass reader.
    fn fast_payload<'a>(event_type: &str, r: &mut Reader<'a>) -> Option<Self>;
}

thread_local! {
    static GUESS: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// A payload read as the event type [`parse_guessed`] found ahead of
/// parsing.
pub struct Guessed<E>(pub E);

impl<'de, E: Events> Deserialize<'de> for Guessed<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match GUESS.with(Cell::get) {
            Some(event_type) => E::deserialize_payload(event_type, deserializer).map(Guessed),
            None => Err(de::Error::custom("no event type guessed")),
        }
    }
}

impl<'a, E: Events> Fast<'a> for Guessed<E> {
    fn fast(r: &mut Reader<'a>) -> Option<Self> {
        E::fast_payload(r.event_type(), r).map(Guessed)
    }
}

/// The one-pass parse. Plain writes `type` after `payload`, so the envelope
/// cannot name the payload's type before serde reaches it; reading the
/// payload as raw JSON first and parsing it again cost about a fifth of a
/// parse. Instead the body's top-level `type` is guessed by a byte search
/// (the last `"type": "<a known event type>"`), the body is read once with
/// the payload as that type, and the result counts only if its `type` is
/// the guess. The body is read by the generated readers (`fast.rs`) and,
/// where they cannot decide, by serde. Any failure returns `None`: the
/// caller then parses the envelope first, which gives the same value and
/// the precise error.
pub fn parse_guessed<'de, T: Deserialize<'de> + Fast<'de>>(
    body: &'de [u8],
    event_types: &'static [&'static str],
) -> Option<(T, &'static str)> {
    let guess = guess_event_type(body, event_types)?;
    // Checking UTF-8 once for the whole body is cheaper than string by
    // string; a body that is not UTF-8 takes the other path.
    let text: &'de str = std::str::from_utf8(body).ok()?;
    if fast::mode() == Mode::Both {
        if let Some(parsed) = fast::read(text, guess) {
            fast::count_read();
            return Some((parsed, guess));
        }
    }
    let previous = GUESS.with(|g| g.replace(Some(guess)));
    let parsed = serde_json::from_str(text).ok();
    GUESS.with(|g| g.set(previous));
    Some((parsed?, guess))
}

fn guess_event_type(body: &[u8], event_types: &'static [&'static str]) -> Option<&'static str> {
    let skip_space = |b: &[u8]| -> usize {
        b.iter()
            .take_while(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
            .count()
    };
    // Built once: building the searcher cost as much as a search.
    static TYPE_KEY: LazyLock<FinderRev<'static>> = LazyLock::new(|| FinderRev::new(b"\"type\""));
    for at in TYPE_KEY.rfind_iter(body) {
        let mut rest = &body[at + 6..];
        rest = &rest[skip_space(rest)..];
        let Some(after_colon) = rest.strip_prefix(b":") else {
            continue;
        };
        rest = &after_colon[skip_space(after_colon)..];
        let Some(value) = rest.strip_prefix(b"\"") else {
            continue;
        };
        // Event types are short; a long run without a quote is not one.
        let Some(end) = value.iter().take(128).position(|&c| c == b'"') else {
            continue;
        };
        if let Some(t) = event_types.iter().find(|t| t.as_bytes() == &value[..end]) {
            return Some(t);
        }
    }
    None
}

/// Parses an event payload into its type.
pub fn parse_payload<'de, T: Deserialize<'de>>(
    event_type: &str,
    raw: &'de RawValue,
) -> Result<T, Error> {
    match serde_json::from_str(raw.get()) {
        Ok(v) => Ok(v),
        Err(e) => Err(describe::<T>(
            raw.get().as_bytes(),
            e,
            Some(event_type),
            Some("payload"),
        )),
    }
}

/// Checks `webhookMetadata.webhookTargetVersion` against the schema's.
pub fn check_version(
    policy: VersionPolicy,
    expected: Option<&str>,
    found: Option<&str>,
    event_type: &str,
) -> Result<(), Error> {
    if policy == VersionPolicy::Any || expected == found {
        return Ok(());
    }
    let expected = match expected {
        Some(v) => format!("`{v}`"),
        None => "none (this schema is unversioned)".to_string(),
    };
    let found = match found {
        Some(v) => format!("`{v}`"),
        None => "none".to_string(),
    };
    Err(Error::new(
        ErrorKind::VersionMismatch,
        format!(
            "webhook target version mismatch: the schema expects {expected}, the body has {found}"
        ),
    )
    .with_event_type(Some(event_type))
    .with_path(Some("webhookMetadata.webhookTargetVersion".into())))
}

#[derive(Deserialize)]
struct TypeOnly<'a> {
    #[serde(rename = "type", borrow, default)]
    event_type: Option<Cow<'a, str>>,
}

/// Turns a serde_json error into ours, with the JSON path (cold path).
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
    if first.is_syntax() || first.is_eof() || first.is_io() {
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
    let (path, message) = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => {
            let path = e.path().to_string();
            (path, strip_location(&e.inner().to_string()).to_string())
        }
        // Only the fast path failed (should not happen): report it as is.
        Ok(_) => (
            ".".to_string(),
            strip_location(&first.to_string()).to_string(),
        ),
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

pub(crate) fn strip_location(msg: &str) -> &str {
    match msg.rfind(" at line ") {
        Some(i) => &msg[..i],
        None => msg,
    }
}
