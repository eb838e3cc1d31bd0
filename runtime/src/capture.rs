//! Reads the envelope's typed fields back as text for [`Context`](crate::Context).
//!
//! The fields' types come from the schema, so the context is built through
//! `Serialize`. Going through `serde_json::to_value` cost about a tenth of a
//! parse; these serializers take the strings and numbers directly and give
//! up (`Unsupported`) on anything else, where the caller falls back to
//! `to_value`, so the result is the same either way.

use std::fmt;

use serde::ser::{self, Impossible, Serialize, SerializeStruct};

/// The shape was not a string, number, option or newtype around one.
#[derive(Debug)]
pub(crate) struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a scalar")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

/// A scalar as `to_value` would show it: strings as themselves, numbers as
/// JSON, `None` for null.
#[derive(Debug, PartialEq)]
pub(crate) enum Scalar {
    Null,
    Text(String),
    Integer(i128),
    Other(String),
}

impl Scalar {
    pub(crate) fn into_text(self) -> Option<String> {
        match self {
            Scalar::Null => None,
            Scalar::Text(s) | Scalar::Other(s) => Some(s),
            Scalar::Integer(n) => Some(n.to_string()),
        }
    }

    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            Scalar::Integer(n) => u64::try_from(*n).ok(),
            _ => None,
        }
    }

    /// The same reading of a `serde_json::Value` (the slow path).
    pub(crate) fn from_value(v: &serde_json::Value) -> Scalar {
        match v {
            serde_json::Value::Null => Scalar::Null,
            serde_json::Value::String(s) => Scalar::Text(s.clone()),
            serde_json::Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => Scalar::Integer(u.into()),
                (None, Some(i)) => Scalar::Integer(i.into()),
                _ => Scalar::Other(n.to_string()),
            },
            other => Scalar::Other(other.to_string()),
        }
    }
}

pub(crate) fn scalar<T: Serialize + ?Sized>(v: &T) -> Result<Scalar, Unsupported> {
    v.serialize(ScalarSerializer)
}

/// The named fields of a struct, each as a [`Scalar`].
pub(crate) fn fields<T: Serialize + ?Sized>(
    v: &T,
    wanted: &'static [&'static str],
) -> Result<Vec<(&'static str, Scalar)>, Unsupported> {
    v.serialize(FieldsSerializer { wanted })
}

struct ScalarSerializer;

macro_rules! scalars {
    ($variant:ident: $($method:ident: $ty:ty),*) => {
        $(fn $method(self, v: $ty) -> Result<Scalar, Unsupported> {
            Ok(Scalar::$variant(v.into()))
        })*
    };
}

/// Scalars where a struct was expected.
macro_rules! refuse {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, _: $ty) -> Result<Self::Ok, Unsupported> {
            Err(Unsupported)
        })*
    };
}

macro_rules! unsupported {
    () => {
        type SerializeSeq = Impossible<Self::Ok, Unsupported>;
        type SerializeTuple = Impossible<Self::Ok, Unsupported>;
        type SerializeTupleStruct = Impossible<Self::Ok, Unsupported>;
        type SerializeTupleVariant = Impossible<Self::Ok, Unsupported>;
        type SerializeMap = Impossible<Self::Ok, Unsupported>;
        type SerializeStructVariant = Impossible<Self::Ok, Unsupported>;

        fn serialize_bytes(self, _: &[u8]) -> Result<Self::Ok, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_unit_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
        ) -> Result<Self::Ok, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result<Self::Ok, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, Unsupported> {
            Err(Unsupported)
        }
    };
}

impl ser::Serializer for ScalarSerializer {
    type Ok = Scalar;
    type Error = Unsupported;
    type SerializeStruct = Impossible<Scalar, Unsupported>;

    unsupported!();
    scalars!(Integer: serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64);

    fn serialize_bool(self, v: bool) -> Result<Scalar, Unsupported> {
        Ok(Scalar::Other(v.to_string()))
    }
    fn serialize_char(self, v: char) -> Result<Scalar, Unsupported> {
        Ok(Scalar::Text(v.to_string()))
    }
    // Floats print differently through `Value`; leave them to `to_value`.
    refuse!(serialize_f32: f32, serialize_f64: f64);
    fn serialize_str(self, v: &str) -> Result<Scalar, Unsupported> {
        Ok(Scalar::Text(v.to_owned()))
    }
    fn serialize_none(self) -> Result<Scalar, Unsupported> {
        Ok(Scalar::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<Scalar, Unsupported> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<Scalar, Unsupported> {
        Ok(Scalar::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Scalar, Unsupported> {
        Ok(Scalar::Null)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<Scalar, Unsupported> {
        v.serialize(self)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Unsupported> {
        Err(Unsupported)
    }
}

struct FieldsSerializer {
    wanted: &'static [&'static str],
}

struct Fields {
    wanted: &'static [&'static str],
    found: Vec<(&'static str, Scalar)>,
}

impl ser::Serializer for FieldsSerializer {
    type Ok = Vec<(&'static str, Scalar)>;
    type Error = Unsupported;
    type SerializeStruct = Fields;

    unsupported!();

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields, Unsupported> {
        Ok(Fields {
            wanted: self.wanted,
            found: Vec::with_capacity(self.wanted.len()),
        })
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<Self::Ok, Unsupported> {
        v.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<Self::Ok, Unsupported> {
        v.serialize(self)
    }
    fn serialize_none(self) -> Result<Self::Ok, Unsupported> {
        Ok(Vec::new())
    }
    fn serialize_unit(self) -> Result<Self::Ok, Unsupported> {
        Ok(Vec::new())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Self::Ok, Unsupported> {
        Ok(Vec::new())
    }
    refuse!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
        serialize_str: &str);
}

impl SerializeStruct for Fields {
    type Ok = Vec<(&'static str, Scalar)>;
    type Error = Unsupported;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        if self.wanted.contains(&key) {
            self.found.push((key, scalar(value)?));
        }
        Ok(())
    }

    fn end(self) -> Result<Self::Ok, Unsupported> {
        Ok(self.found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// The fast reading must equal the `to_value` reading it replaces.
    fn same<T: Serialize>(v: T) {
        let slow = Scalar::from_value(&serde_json::to_value(&v).unwrap());
        match scalar(&v) {
            Ok(fast) => assert_eq!(fast, slow),
            // Only shapes the slow path shows as JSON text are refused.
            Err(Unsupported) => assert!(matches!(slow, Scalar::Other(_)), "{slow:?}"),
        }
    }

    #[derive(Serialize)]
    struct Id(String);

    #[derive(Serialize)]
    struct Meta {
        #[serde(rename = "webhookTargetId")]
        target: Id,
        #[serde(rename = "webhookDeliveryAttemptNumber")]
        attempt: Option<i64>,
        #[serde(
            rename = "webhookTargetVersion",
            skip_serializing_if = "Option::is_none"
        )]
        version: Option<String>,
        other: Vec<u8>,
    }

    #[test]
    fn scalars_read_as_to_value_reads_them() {
        same(Id("c_01".into()));
        same(Some(Id("c_01".into())));
        same(None::<String>);
        same(3u64);
        same(-3i64);
        same(u64::MAX);
        same(true);
        same('x');
        same(1.5f64);
        same(vec![1, 2]);
        same(chrono::DateTime::from_timestamp(1_700_000_000, 5).unwrap());
    }

    #[test]
    fn struct_fields_are_picked_by_name() {
        let meta = Meta {
            target: Id("wht_1".into()),
            attempt: Some(2),
            version: None,
            other: vec![1],
        };
        let found = fields(
            &meta,
            &[
                "webhookTargetId",
                "webhookDeliveryAttemptNumber",
                "webhookTargetVersion",
            ],
        )
        .unwrap();
        assert_eq!(
            found,
            vec![
                ("webhookTargetId", Scalar::Text("wht_1".into())),
                ("webhookDeliveryAttemptNumber", Scalar::Integer(2)),
            ]
        );
        assert_eq!(found[1].1.as_u64(), Some(2));
        assert!(fields(&vec![1], &["a"]).is_err());
        assert!(fields(&Id("x".into()), &["a"]).is_err());
    }
}
