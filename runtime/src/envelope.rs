//! The parsed envelope's fields, moved into a [`Context`].
//!
//! `handle` is done with the `Webhook` once its event is dispatched, so the
//! envelope's strings are moved into the context rather than copied.
//! Their types come from the schema (`Id`, `String`, `Datetime`, a
//! `serde_json::Value` in one old revision), so generated code writes
//! `(&Take::new(field)).text()` and the compiler picks the way:
//! [`Moved`] when the field converts into a `String` (typify's string
//! newtypes do), else [`Written`], which reads it through `Serialize` as
//! `capture.rs` does. Both give the same text; `Moved` allocates nothing.

use std::cell::Cell;

use serde::Serialize;
use serde_json::Value;

use crate::capture::{self, Scalar};
use crate::Context;

/// An envelope field on its way into the context; see the module docs.
pub struct Take<T>(Cell<Option<T>>);

impl<T> Take<T> {
    /// Wraps a field.
    pub fn new(value: T) -> Self {
        Self(Cell::new(Some(value)))
    }
}

/// Fields that are strings already: moved.
pub trait Moved {
    /// The field's text.
    fn text(&self) -> Option<String>;
}

impl<T> Moved for Take<T>
where
    String: From<T>,
{
    fn text(&self) -> Option<String> {
        self.0.take().map(String::from)
    }
}

/// Any other field: written out as its JSON scalar (date-times as RFC 3339).
pub trait Written {
    /// The field's text.
    fn text(&self) -> Option<String>;
}

impl<T: Serialize> Written for &Take<T> {
    fn text(&self) -> Option<String> {
        text(&self.0.take()?)
    }
}

/// A field's text as `serde_json::to_value` would show it: strings as
/// themselves, numbers in JSON, nothing for null or for objects.
pub(crate) fn text<T: Serialize + ?Sized>(v: &T) -> Option<String> {
    match capture::scalar(v) {
        Ok(s) => s.into_text(),
        Err(_) => {
            let value = serde_json::to_value(v).ok()?;
            Scalar::from_value(&value).into_text()
        }
    }
}

/// A field's value as an unsigned integer (`webhookDeliveryAttemptNumber`).
pub fn number<T: Serialize + ?Sized>(v: &T) -> Option<u64> {
    match capture::scalar(v) {
        Ok(s) => s.as_u64(),
        Err(_) => Scalar::from_value(&serde_json::to_value(v).ok()?).as_u64(),
    }
}

/// `webhookMetadata` fields the context keeps.
const METADATA: &[&str] = &[
    "webhookTargetId",
    "webhookTargetVersion",
    "webhookDeliveryAttemptId",
    "webhookDeliveryAttemptNumber",
    "webhookDeliveryAttemptTimestamp",
];

/// Fills the context's delivery fields from a `webhookMetadata` whose type
/// is not a plain struct (generated code moves a struct's fields instead).
pub fn metadata<M: Serialize + ?Sized>(ctx: &mut Context, metadata: &M) {
    let fields = capture::fields(metadata, METADATA).unwrap_or_else(|_| {
        let value = serde_json::to_value(metadata).unwrap_or(Value::Null);
        METADATA
            .iter()
            .filter_map(|&k| Some((k, Scalar::from_value(value.get(k)?))))
            .collect()
    });
    for (key, value) in fields {
        match key {
            "webhookDeliveryAttemptNumber" => ctx.delivery_attempt_number = value.as_u64(),
            "webhookTargetId" => ctx.webhook_target_id = value.into_text(),
            "webhookTargetVersion" => ctx.webhook_target_version = value.into_text(),
            "webhookDeliveryAttemptId" => ctx.delivery_attempt_id = value.into_text(),
            _ => ctx.delivery_attempt_timestamp = value.into_text(),
        }
    }
}

#[cfg(test)]
// `(&Take::new(v)).text()` as generated code writes it, whichever way applies.
#[allow(clippy::needless_borrow)]
mod tests {
    use super::*;

    /// A string newtype as typify writes it.
    struct Id(String);

    impl From<Id> for String {
        fn from(value: Id) -> Self {
            value.0
        }
    }

    #[derive(Serialize)]
    struct Stamp(
        #[serde(serialize_with = "crate::datetime::serialize")] chrono::DateTime<chrono::Utc>,
    );

    #[test]
    fn strings_are_moved_without_copying() {
        let s = String::from("c_01HD44FHDPG82VQ4QNHDR4N2T0");
        let at = s.as_ptr();
        let moved = (&Take::new(Id(s))).text().unwrap();
        assert_eq!(moved, "c_01HD44FHDPG82VQ4QNHDR4N2T0");
        assert_eq!(moved.as_ptr(), at, "the string was copied");
        let plain = String::from("w_1");
        let at = plain.as_ptr();
        let moved = (&Take::new(plain)).text().unwrap();
        assert_eq!(moved.as_ptr(), at);
    }

    #[test]
    fn other_types_are_written_as_to_value_shows_them() {
        let stamp: chrono::DateTime<chrono::Utc> = "2023-10-19T14:21:43.616Z".parse().unwrap();
        let cases: [(Option<String>, Value); 5] = [
            (
                (&Take::new(Stamp(stamp))).text(),
                serde_json::to_value(Stamp(stamp)).unwrap(),
            ),
            ((&Take::new(7u64)).text(), Value::from(7)),
            ((&Take::new(Value::from("x"))).text(), Value::from("x")),
            ((&Take::new(Value::Null)).text(), Value::Null),
            (
                (&Take::new(serde_json::json!({"a": 1}))).text(),
                serde_json::json!({"a": 1}),
            ),
        ];
        for (got, value) in cases {
            assert_eq!(got, Scalar::from_value(&value).into_text(), "{value}");
        }
        assert_eq!(
            (&Take::new(Stamp(stamp))).text().as_deref(),
            Some("2023-10-19T14:21:43.616Z")
        );
        assert_eq!((&Take::new(Value::Null)).text(), None);
    }

    #[test]
    fn numbers_and_metadata_are_read_through_serialize() {
        assert_eq!(number(&std::num::NonZeroU64::new(3).unwrap()), Some(3));
        assert_eq!(number(&-1i64), None);
        assert_eq!(number(&Value::from(2)), Some(2));
        assert_eq!(number(&"2"), None);

        let mut ctx = Context::default();
        let m = serde_json::json!({
            "webhookTargetId": "wht_1",
            "webhookDeliveryAttemptId": "whda_1",
            "webhookDeliveryAttemptNumber": 2,
            "webhookDeliveryAttemptTimestamp": "2023-10-19T14:21:43.616Z",
            "other": true,
        });
        metadata(&mut ctx, &m);
        assert_eq!(ctx.webhook_target_id.as_deref(), Some("wht_1"));
        assert_eq!(ctx.webhook_target_version, None);
        assert_eq!(ctx.delivery_attempt_id.as_deref(), Some("whda_1"));
        assert_eq!(ctx.delivery_attempt_number, Some(2));
        assert_eq!(
            ctx.delivery_attempt_timestamp.as_deref(),
            Some("2023-10-19T14:21:43.616Z")
        );
    }
}
