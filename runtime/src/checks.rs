//! What generated items call to check a value while it is parsed: a
//! one-value string (a `const`), a string's pattern and length, the
//! variants of an untagged union, a property that must be present though
//! it may be `null`.

use std::sync::OnceLock;

use serde::de::{self, Deserialize, DeserializeOwned, Deserializer, Error as _};
use serde_json::Value;

use crate::strict::Strict;

/// Reads a string that must be `value`.
pub fn constant<'de, D: Deserializer<'de>>(d: D, value: &'static str) -> Result<(), D::Error> {
    struct Expect(&'static str);

    impl de::Visitor<'_> for Expect {
        type Value = ();

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "the string {:?}", self.0)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
            if v == self.0 {
                Ok(())
            } else {
                Err(E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }
    }

    d.deserialize_str(Expect(value))
}

/// A property that must be present, though its value may be `null`: serde
/// would take a missing `Option` for `None`.
pub fn required_nullable<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d)
}

/// What a checked string must satisfy: a pattern (an ECMAScript regular
/// expression it must contain a match of) and bounds on its length in
/// characters.
#[derive(Debug)]
pub struct TextCheck {
    pattern: Option<&'static str>,
    regex: OnceLock<Option<regress::Regex>>,
    min: Option<usize>,
    max: Option<usize>,
}

impl TextCheck {
    /// The check; the pattern is compiled on first use.
    pub const fn new(
        pattern: Option<&'static str>,
        min: Option<usize>,
        max: Option<usize>,
    ) -> Self {
        Self {
            pattern,
            regex: OnceLock::new(),
            min,
            max,
        }
    }

    /// Reads a string and checks it.
    pub fn deserialize<'de, D: Deserializer<'de>>(&self, d: D) -> Result<String, D::Error> {
        let s = String::deserialize(d)?;
        self.check(&s).map_err(D::Error::custom)?;
        Ok(s)
    }

    fn check(&self, s: &str) -> Result<(), String> {
        if self.min.is_some() || self.max.is_some() {
            let n = s.chars().count();
            if let Some(max) = self.max.filter(|m| n > *m) {
                return Err(format!("longer than {max} characters"));
            }
            if let Some(min) = self.min.filter(|m| n < *m) {
                return Err(format!("shorter than {min} characters"));
            }
        }
        if let Some(pattern) = self.pattern {
            // The generator checked that the pattern compiles.
            let regex = self.regex.get_or_init(|| regress::Regex::new(pattern).ok());
            if regex.as_ref().is_none_or(|r| r.find(s).is_none()) {
                return Err(format!("doesn't match pattern {pattern:?}"));
            }
        }
        Ok(())
    }
}

/// An untagged union's value: the first of `tries` that takes it.
pub fn untagged<'de, D, T>(
    d: D,
    name: &str,
    tries: &[fn(&Value) -> Option<T>],
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let value = Value::deserialize(d)?;
    tries.iter().find_map(|t| t(&value)).ok_or_else(|| {
        D::Error::custom(format!(
            "data did not match any variant of untagged enum {name}"
        ))
    })
}

/// `T` from a JSON value, with objects read from objects only.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Option<T> {
    T::deserialize(Strict(value)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_checks_count_characters_and_find_the_pattern() {
        let check = TextCheck::new(Some("^[a-z]+_[0-9]{2}$"), Some(4), Some(6));
        assert_eq!(check.check("ab_12"), Ok(()));
        assert_eq!(
            check.check("ab_1").unwrap_err(),
            "doesn't match pattern \"^[a-z]+_[0-9]{2}$\""
        );
        assert_eq!(
            check.check("abcd_12").unwrap_err(),
            "longer than 6 characters"
        );
        assert_eq!(check.check("é_1").unwrap_err(), "shorter than 4 characters");
        let none = TextCheck::new(None, None, None);
        assert_eq!(none.check(""), Ok(()));
    }

    #[test]
    fn constants_and_unions() {
        let mut de = serde_json::Deserializer::from_str(r#""user""#);
        assert!(constant(&mut de, "user").is_ok());
        let mut de = serde_json::Deserializer::from_str(r#""system""#);
        let e = constant(&mut de, "user").unwrap_err();
        assert!(
            e.to_string().contains("expected the string \"user\""),
            "{e}"
        );
        let tries: [fn(&Value) -> Option<String>; 2] = [
            |v| from_value::<u8>(v).map(|n| format!("u8 {n}")),
            |v| from_value::<String>(v),
        ];
        let read =
            |text: &str| untagged(&mut serde_json::Deserializer::from_str(text), "U", &tries);
        assert_eq!(read("7").unwrap(), "u8 7");
        assert_eq!(read(r#""x""#).unwrap(), "x");
        let e = read("[]").unwrap_err();
        assert!(
            e.to_string()
                .contains("did not match any variant of untagged enum U"),
            "{e}"
        );
    }
}
