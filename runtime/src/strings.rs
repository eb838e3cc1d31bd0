//! Constrained strings (`minLength`, `maxLength`, `pattern`) in generated
//! code.
//!
//! typify reads such a string into a `String`, then validates it with
//! `FromStr`, which copies it into the newtype: two allocations for one
//! value, and ids are most of a body's strings. It also counts characters
//! for every length check, where the byte length usually decides. These
//! helpers do the same checks with one allocation and, mostly, no count.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};

/// `Deserialize` for a newtype whose `FromStr` validates: the text is
/// borrowed from the input where it can be and handed to `from_str`, so the
/// only allocation is the newtype's own. Values and errors are those of
/// `String::deserialize(d)?.parse()`.
pub fn deserialize_from_str<'de, T, D>(d: D) -> Result<T, D::Error>
where
    T: FromStr,
    T::Err: fmt::Display,
    D: Deserializer<'de>,
{
    d.deserialize_string(FromStrVisitor(PhantomData))
}

struct FromStrVisitor<T>(PhantomData<T>);

impl<T> Visitor<'_> for FromStrVisitor<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `String`'s wording, so type errors read as before.
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(|e: T::Err| E::custom(e.to_string()))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<T, E> {
        // As `String` reads bytes: valid UTF-8 only.
        match std::str::from_utf8(v) {
            Ok(s) => self.visit_str(s),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(v), &self)),
        }
    }
}

/// `s.chars().count() > n`: a character takes one to four bytes, so the
/// byte length alone decides unless it is between `n` and `4n`.
pub fn chars_above(s: &str, n: usize) -> bool {
    if s.len() <= n {
        false
    } else if s.len().div_ceil(4) > n {
        true
    } else {
        s.chars().count() > n
    }
}

/// `s.chars().count() < n`, deciding by byte length where it can.
pub fn chars_below(s: &str, n: usize) -> bool {
    if s.len() < n {
        true
    } else if s.len().div_ceil(4) >= n {
        false
    } else {
        s.chars().count() < n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Short(String);

    impl FromStr for Short {
        type Err = String;
        fn from_str(s: &str) -> Result<Self, String> {
            if chars_above(s, 3) {
                return Err("longer than 3 characters".into());
            }
            Ok(Self(s.to_string()))
        }
    }

    /// What typify generates: a `String`, then `parse`.
    fn typify_way(json: &str) -> Result<Short, String> {
        use serde::Deserialize;
        let mut de = serde_json::Deserializer::from_str(json);
        let read = String::deserialize(&mut de).and_then(|s| {
            s.parse()
                .map_err(|e: String| <serde_json::Error as de::Error>::custom(e))
        });
        read.map_err(|e| e.to_string())
    }

    fn ours(json: &str) -> Result<Short, String> {
        let mut de = serde_json::Deserializer::from_str(json);
        deserialize_from_str::<Short, _>(&mut de).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_as_string_then_parse_does() {
        for json in [
            r#""abc""#,
            r#""ab\u00e9""#,
            r#""a\"b""#,
            r#""abcd""#,
            r#""""#,
            "5",
            "null",
            "[1]",
            "{}",
            "true",
        ] {
            let (ours, theirs) = (ours(json), typify_way(json));
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{json}"),
                // Same message; the location serde_json adds may differ.
                (Err(a), Err(b)) => {
                    let strip = |m: &str| m.split(" at line ").next().unwrap_or(m).to_string();
                    assert_eq!(strip(a), strip(b), "{json}");
                }
                _ => panic!("{json}: ours {ours:?}, typify's {theirs:?}"),
            }
        }
        assert_eq!(ours(r#""ab\u00e9""#), Ok(Short("abé".into())));
        assert!(ours("5").unwrap_err().contains("expected a string"));
    }

    #[test]
    fn length_checks_agree_with_counting() {
        let samples = [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "é",
            "éé",
            "ééé",
            "😀",
            "😀😀a",
            "a😀",
        ];
        for s in samples {
            for n in 0..10 {
                let count = s.chars().count();
                assert_eq!(chars_above(s, n), count > n, "{s:?} > {n}");
                assert_eq!(chars_below(s, n), count < n, "{s:?} < {n}");
            }
        }
        let long = "é".repeat(5000);
        assert!(!chars_above(&long, 5000));
        assert!(chars_above(&format!("{long}x"), 5000));
        assert!(!chars_below(&long, 5000));
    }
}
