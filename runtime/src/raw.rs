//! A payload kept as raw JSON: for event types a module does not type.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::Error;

/// A payload as raw JSON, byte for byte as it was in the request body.
///
/// Generated handlers receive one for events their module does not type:
/// `on_unknown` (an event type the schema does not list) and `on_other`
/// (one the macro's `events` left out). Read it as text with
/// [`as_str`](Self::as_str), or into a type of yours with
/// [`parse`](Self::parse).
///
/// ```
/// use plain_webhooks::RawPayload;
///
/// #[derive(serde::Deserialize)]
/// struct Teleported {
///     #[serde(rename = "eventType")]
///     event_type: String,
/// }
///
/// let raw: RawPayload = serde_json::from_str(r#"{"eventType": "customer.teleported"}"#)?;
/// assert_eq!(raw.as_str(), r#"{"eventType": "customer.teleported"}"#);
/// let typed: Teleported = raw.parse("customer.teleported")?;
/// assert_eq!(typed.event_type, "customer.teleported");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct RawPayload(Box<RawValue>);

impl RawPayload {
    /// The payload's JSON text, as received.
    pub fn as_str(&self) -> &str {
        self.0.get()
    }

    /// Parses the payload into `T`; an error names `event_type` and the
    /// JSON path under `payload`, as the generated parsers' errors do.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Schema`](crate::ErrorKind::Schema) when the payload
    /// does not fit `T`.
    pub fn parse<T: DeserializeOwned>(&self, event_type: &str) -> Result<T, Error> {
        crate::parse::payload(event_type, &self.0)
    }

    /// The payload the generated parser read raw.
    #[doc(hidden)]
    pub fn from_raw(raw: &RawValue) -> Self {
        Self(raw.to_owned())
    }
}

impl AsRef<str> for RawPayload {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// The JSON text.
impl fmt::Display for RawPayload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for RawPayload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("RawPayload").field(&self.as_str()).finish()
    }
}

/// Equal when the JSON text is (whitespace and key order count).
impl PartialEq for RawPayload {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for RawPayload {}

/// Writes the JSON as it is.
impl Serialize for RawPayload {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// Keeps any JSON value as it is.
impl<'de> Deserialize<'de> for RawPayload {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Box::<RawValue>::deserialize(deserializer).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn text_serialization_and_errors_are_the_payloads() {
        let text = r#"{"eventType":"x.y","n":[1, 2]}"#;
        let raw: RawPayload = serde_json::from_str(text).unwrap();
        assert_eq!((raw.as_str(), raw.to_string()), (text, text.to_string()));
        assert_eq!(serde_json::to_string(&raw).unwrap(), text);
        assert_eq!(format!("{raw:?}"), format!("RawPayload({text:?})"));
        assert_eq!(raw, raw.clone());
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Wrong {
            n: Vec<String>,
        }
        let e = raw.parse::<Wrong>("x.y").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Schema);
        assert_eq!(
            (e.event_type(), e.path()),
            (Some("x.y"), Some("payload.n[0]"))
        );
    }
}
