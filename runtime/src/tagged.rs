//! Deserializing the internally tagged enums our codegen writes for
//! const-tagged unions (`actorType`, `type`, `changeType`, …).
//!
//! serde's own `#[serde(tag = "…")]` buffers every such object into its
//! private `Content` tree before picking the variant: a tenth of the parse of
//! a thread event, and error paths stop at the union. Plain writes the tag
//! first, so here the tag is read, and the rest of the object goes straight
//! into the variant's type. Entries before the tag (other senders may order
//! keys differently) are buffered as `serde_json::Value`s and replayed.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{CowStrDeserializer, MapAccessDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

/// An enum told apart by a tag property (implemented by generated code).
pub trait Tagged: Sized {
    /// The enum's name, for error messages.
    const NAME: &'static str;
    /// The tag property, e.g. `actorType`.
    const TAG: &'static str;
    /// Every tag value, for "unknown variant" errors.
    const VARIANTS: &'static [&'static str];

    /// The variant named `tag`, from the object's other entries.
    fn variant<'de, M: MapAccess<'de>>(tag: &str, rest: M) -> Result<Self, M::Error>;
}

/// `Deserialize::deserialize` for a [`Tagged`] enum.
pub fn deserialize<'de, T: Tagged, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_map(TaggedVisitor(PhantomData))
}

/// A variant whose type holds the rest of the object.
pub fn fields<'de, V: Deserialize<'de>, M: MapAccess<'de>>(rest: M) -> Result<V, M::Error> {
    V::deserialize(MapAccessDeserializer::new(rest))
}

/// A variant that is the tag alone: other entries are ignored, as serde does.
pub fn unit<'de, M: MapAccess<'de>>(mut rest: M) -> Result<(), M::Error> {
    while rest.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// The error for a tag value the enum does not list.
pub fn unknown<T: Tagged, E: de::Error>(tag: &str) -> E {
    E::unknown_variant(tag, T::VARIANTS)
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: Tagged> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "internally tagged enum {}", T::NAME)
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<T, M::Error> {
        let mut before = Vec::new();
        while let Some(key) = map.next_key_seed(Key)? {
            if key == T::TAG {
                let tag = map.next_value_seed(TagValue(T::VARIANTS))?;
                let rest = Rest {
                    before: before.into_iter(),
                    value: None,
                    map,
                    tag: T::TAG,
                };
                return T::variant(&tag, rest);
            }
            let value: Value = map.next_value()?;
            before.push((key.into_owned(), value));
        }
        Err(de::Error::missing_field(T::TAG))
    }
}

/// An object key, borrowed from the input when it can be.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(KeyVisitor {
            expecting: "a key",
            variants: None,
        })
    }
}

/// The tag's value: one of the variants' names. Checked here, while the
/// value is read, so an error's path ends at the tag.
struct TagValue(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for TagValue {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(KeyVisitor {
            expecting: "variant identifier",
            variants: Some(self.0),
        })
    }
}

struct KeyVisitor {
    expecting: &'static str,
    variants: Option<&'static [&'static str]>,
}

impl KeyVisitor {
    fn check<E: de::Error>(&self, v: &str) -> Result<(), E> {
        match self.variants {
            Some(variants) if !variants.contains(&v) => Err(E::unknown_variant(v, variants)),
            _ => Ok(()),
        }
    }
}

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        self.check(v)?;
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        self.check(v)?;
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        self.check(&v)?;
        Ok(Cow::Owned(v))
    }
}

/// The object after its tag: first the entries read before it, then the
/// rest from the input.
struct Rest<M> {
    before: std::vec::IntoIter<(String, Value)>,
    value: Option<Value>,
    map: M,
    tag: &'static str,
}

impl<'de, M: MapAccess<'de>> MapAccess<'de> for Rest<M> {
    type Error = M::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        if let Some((key, value)) = self.before.next() {
            self.value = Some(value);
            return seed.deserialize(StringDeserializer::new(key)).map(Some);
        }
        match self.map.next_key_seed(Key)? {
            None => Ok(None),
            Some(key) if key == self.tag => Err(de::Error::duplicate_field(self.tag)),
            Some(key) => seed.deserialize(CowStrDeserializer::new(key)).map(Some),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, M::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(value).map_err(de::Error::custom),
            None => self.map.next_value_seed(seed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct User {
        #[serde(rename = "userId")]
        user_id: String,
        n: Option<u8>,
    }

    #[derive(Debug, PartialEq)]
    enum Actor {
        User(User),
        System,
    }

    impl Tagged for Actor {
        const NAME: &'static str = "Actor";
        const TAG: &'static str = "actorType";
        const VARIANTS: &'static [&'static str] = &["user", "system"];
        fn variant<'de, M: MapAccess<'de>>(tag: &str, rest: M) -> Result<Self, M::Error> {
            match tag {
                "user" => fields(rest).map(Actor::User),
                "system" => unit(rest).map(|()| Actor::System),
                _ => Err(unknown::<Self, _>(tag)),
            }
        }
    }

    impl<'de> Deserialize<'de> for Actor {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize(d)
        }
    }

    fn parse(json: &str) -> Result<Actor, String> {
        let mut de = serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(&mut de)
            .map_err(|e| format!("{}: {}", e.path(), e.inner()))
    }

    fn user(id: &str, n: Option<u8>) -> Actor {
        Actor::User(User {
            user_id: id.into(),
            n,
        })
    }

    #[test]
    fn the_tag_may_come_anywhere() {
        assert_eq!(
            parse(r#"{"actorType":"user","userId":"u1"}"#),
            Ok(user("u1", None))
        );
        assert_eq!(
            parse(r#"{"userId":"u1","n":3,"actorType":"user"}"#),
            Ok(user("u1", Some(3)))
        );
        assert_eq!(
            parse(r#"{"n":3,"actorType":"user","userId":"u\"1"}"#),
            Ok(user("u\"1", Some(3)))
        );
        assert_eq!(
            parse(r#"{"actorType":"system","x":[1,{"y":2}]}"#),
            Ok(Actor::System)
        );
    }

    #[test]
    fn errors_name_the_path_and_the_problem() {
        let err = |json| parse(json).unwrap_err();
        assert_eq!(
            err(r#"{"userId":"u1"}"#),
            ".: missing field `actorType` at line 1 column 15"
        );
        assert!(err(r#"{"actorType":"robot"}"#)
            .starts_with("actorType: unknown variant `robot`, expected `user` or `system`"));
        assert!(err(r#"{"actorType":1}"#).contains("expected variant identifier"));
        assert!(err(r#"{"actorType":"user","userId":5}"#)
            .starts_with("userId: invalid type: integer `5`"));
        assert!(err(r#"{"n":"x","actorType":"user","userId":"u"}"#)
            .contains("invalid type: string \"x\""));
        assert!(
            err(r#"{"actorType":"user","userId":"u","actorType":"user"}"#)
                .contains("duplicate field `actorType`")
        );
        assert!(err(r#"{"actorType":"user","userId":"u","z":1}"#).contains("unknown field `z`"));
        assert!(err(r#"["user","u1"]"#).contains("expected internally tagged enum Actor"));
        assert!(err(r#"{"actorType":"user"}"#).contains("missing field `userId`"));
    }
}
