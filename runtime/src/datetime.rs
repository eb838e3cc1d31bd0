//! Reading `format: date-time` strings.
//!
//! chrono's `Deserialize` for `DateTime<Utc>` goes through its general,
//! lenient parser: a fifth of the parse of a thread event. Nearly every
//! timestamp Plain sends has one shape, `2024-05-01T12:34:56.789Z`; that shape
//! is read here directly, and anything else goes to chrono's parser as before,
//! so what is accepted, the value and the error are chrono's. Writing them
//! back (`Serialize`, and the handler's `Context`) likewise takes the usual
//! years directly and writes exactly what chrono writes.

use std::fmt;

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike, Utc,
};
use serde::de::{self, Deserializer, Visitor};
use serde::{Serialize, Serializer};

/// `deserialize_with` for a `DateTime<Utc>` field (generated code).
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    d.deserialize_str(DateTimeVisitor)
}

/// `deserialize_with` for an `Option<DateTime<Utc>>` field that has a
/// `default` (generated code).
pub fn deserialize_option<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    d.deserialize_option(OptionVisitor)
}

/// `serialize_with` for a `DateTime<Utc>` field (generated code).
pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    let mut buf = [0u8; 30];
    match rfc3339(t, &mut buf) {
        Some(text) => s.serialize_str(text),
        None => t.serialize(s),
    }
}

/// `serialize_with` for an `Option<DateTime<Utc>>` field (generated code).
pub fn serialize_option<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
    struct Text<'a>(&'a DateTime<Utc>);
    impl Serialize for Text<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(self.0, s)
        }
    }
    match t {
        Some(t) => s.serialize_some(&Text(t)),
        None => s.serialize_none(),
    }
}

/// What chrono's `Serialize` writes (RFC 3339, `Z`, a fraction of 3, 6 or
/// 9 digits as needed), for years 0 to 9999 outside leap seconds; `None`
/// for the rest, which chrono writes itself.
fn rfc3339<'b>(t: &DateTime<Utc>, buf: &'b mut [u8; 30]) -> Option<&'b str> {
    // From the stored UTC value: `DateTime`'s own accessors add the offset on
    // every call.
    let t = t.naive_utc();
    let year = u32::try_from(t.year()).ok().filter(|y| *y <= 9999)?;
    let nanos = t.nanosecond();
    if nanos >= 1_000_000_000 {
        return None;
    }
    // Two digits at a time from a table: this runs twice per delivery for the
    // `Context`, and the digit-by-digit division was most of its cost.
    fn pair(buf: &mut [u8; 30], at: usize, value: u32) {
        let i = 2 * (value as usize % 100);
        buf[at..at + 2].copy_from_slice(&PAIRS[i..i + 2]);
    }
    pair(buf, 0, year / 100);
    pair(buf, 2, year);
    let fields = [
        (b'-', t.month()),
        (b'-', t.day()),
        (b'T', t.hour()),
        (b':', t.minute()),
        (b':', t.second()),
    ];
    for (i, (sep, value)) in fields.into_iter().enumerate() {
        buf[4 + 3 * i] = sep;
        pair(buf, 5 + 3 * i, value);
    }
    let mut n = 19;
    let (mut value, digits) = match nanos {
        0 => (0, 0),
        n if n % 1_000_000 == 0 => (n / 1_000_000, 3),
        n if n % 1_000 == 0 => (n / 1_000, 6),
        n => (n, 9),
    };
    if digits > 0 {
        buf[n] = b'.';
        n += 1 + digits;
        // Odd counts (3, 9) start with one digit written on its own.
        let mut end = n;
        while end - (n - digits) >= 2 {
            pair(buf, end - 2, value);
            value /= 100;
            end -= 2;
        }
        if end > n - digits {
            buf[end - 1] = b'0' + (value % 10) as u8;
        }
    }
    buf[n] = b'Z';
    std::str::from_utf8(&buf[..=n]).ok()
}

/// `"00"` to `"99"`, back to back.
const PAIRS: [u8; 200] = {
    let mut table = [0; 200];
    let mut i = 0;
    while i < 100 {
        table[2 * i] = b'0' + (i / 10) as u8;
        table[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    table
};

/// Parses as chrono's `Deserialize` does, `YYYY-MM-DDTHH:MM:SS[.f](Z|±HH:MM)` faster.
pub fn parse(s: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    match common_shape(s.as_bytes()) {
        Some(t) => Ok(t),
        None => s
            .parse::<DateTime<FixedOffset>>()
            .map(|t| t.with_timezone(&Utc)),
    }
}

/// The shape nearly every timestamp of Plain's has, with its quotes:
/// `"2024-05-01T12:34:56.789Z"`, read from the body's bytes in one go;
/// `None` for anything else, which [`parse`] then reads. Where it reads a
/// value, [`common_shape`] reads the same (tests).
pub(crate) fn quoted_millis(w: &[u8; 26]) -> Option<DateTime<Utc>> {
    const SHAPE: &[u8; 26] = b"\"0000-00-00T00:00:00.000Z\"";
    // One pass, no early exit: the compiler unrolls it into straight code
    // (a word-at-a-time check was slower).
    let mut bad = false;
    for (&c, &want) in w.iter().zip(SHAPE) {
        bad |= if want == b'0' {
            c.wrapping_sub(b'0') > 9
        } else {
            c != want
        };
    }
    if bad {
        return None;
    }
    let n = |i: usize| u32::from(w[i] - b'0');
    let two = |i: usize| n(i) * 10 + n(i + 1);
    let year = two(1) * 100 + two(3);
    let second = two(18);
    // Leap seconds are chrono's to judge, as in `common_shape`.
    if second > 59 {
        return None;
    }
    let millis = n(21) * 100 + two(22);
    let date = NaiveDate::from_ymd_opt(year as i32, two(6), two(9))?;
    let time = NaiveTime::from_hms_milli_opt(two(12), two(15), second, millis)?;
    Some(NaiveDateTime::new(date, time).and_utc())
}

fn common_shape(s: &[u8]) -> Option<DateTime<Utc>> {
    let digit = |i: usize| -> Option<u32> {
        let c = *s.get(i)?;
        c.is_ascii_digit().then(|| u32::from(c - b'0'))
    };
    let two = |i: usize| Some(digit(i)? * 10 + digit(i + 1)?);
    let punctuation = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if punctuation.iter().any(|&(i, c)| s.get(i) != Some(&c)) {
        return None;
    }
    let year = two(0)? * 100 + two(2)?;
    let (month, day, hour, minute, second) = (two(5)?, two(8)?, two(11)?, two(14)?, two(17)?);
    // Leap seconds and other rarities are chrono's to judge.
    if second > 59 {
        return None;
    }
    let mut i = 19;
    let mut nanos = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while let Some(d) = digit(i) {
            // More than nanoseconds: chrono's to judge (and no overflow).
            if i - start == 9 {
                return None;
            }
            nanos = nanos * 10 + d;
            i += 1;
        }
        let n = i - start;
        if n == 0 {
            return None;
        }
        nanos *= 10u32.pow(9 - n as u32);
    }
    let offset = match s.get(i..)? {
        b"Z" => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (h, m) = (two(i + 1)?, two(i + 4)?);
            if h > 23 || m > 59 {
                return None;
            }
            let secs = i64::from(h * 3600 + m * 60);
            if *sign == b'-' {
                -secs
            } else {
                secs
            }
        }
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    let local = NaiveDateTime::new(date, time);
    if offset == 0 {
        // `Z`, nearly always: no arithmetic to do.
        return Some(local.and_utc());
    }
    let utc = local.checked_sub_signed(TimeDelta::seconds(offset))?;
    Some(utc.and_utc())
}

struct DateTimeVisitor;

impl Visitor<'_> for DateTimeVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // chrono's wording, so errors read as before.
        f.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        parse(v).map_err(E::custom)
    }
}

struct OptionVisitor;

impl<'de> Visitor<'de> for OptionVisitor {
    type Value = Option<DateTime<Utc>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("option")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        deserialize(d).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrono(s: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
        s.parse::<DateTime<FixedOffset>>()
            .map(|t| t.with_timezone(&Utc))
    }

    /// Whenever a fast path reads a string, chrono reads the same instant.
    fn same(s: &str) -> bool {
        let fast = common_shape(s.as_bytes());
        if let Some(t) = fast {
            assert_eq!(Ok(t), chrono(s), "{s}");
        }
        if let Some(t) = quoted(s.as_bytes()) {
            assert_eq!(Some(t), fast, "{s}");
        }
        assert_eq!(parse(s), chrono(s), "{s}");
        fast.is_some()
    }

    /// `quoted_millis` on `s` in quotes, if it is 24 bytes.
    fn quoted(s: &[u8]) -> Option<DateTime<Utc>> {
        let mut w = [b'"'; 26];
        w.get_mut(1..25)?
            .copy_from_slice(s.get(..24).filter(|_| s.len() == 24)?);
        quoted_millis(&w)
    }

    #[test]
    fn the_quoted_shape_reads_only_what_chrono_reads_alike() {
        let good = *b"\"2024-02-29T23:59:59.999Z\"";
        assert!(quoted_millis(&good).is_some());
        let mut read = 0;
        // Every byte in every place: a value only where chrono agrees.
        for at in 0..good.len() {
            for c in 0..=255u8 {
                let mut w = good;
                w[at] = c;
                let Some(t) = quoted_millis(&w) else {
                    continue;
                };
                read += 1;
                let text = std::str::from_utf8(&w[1..25]).unwrap();
                assert!(w[0] == b'"' && w[25] == b'"', "{w:?}");
                assert_eq!(Ok(t), chrono(text), "{text}");
            }
        }
        // The 26 unchanged copies, and the digits that make valid dates.
        assert!(read > 26 + 100, "{read}");
        for other in [
            "2023-02-29T00:00:00.000Z",
            "2024-05-01T24:00:00.000Z",
            "2024-06-30T23:59:60.000Z",
            "2024-05-01T12:34:56.789z",
            "2024-05-01T12:34:56,789Z",
        ] {
            assert_eq!(quoted(other.as_bytes()), None, "{other}");
        }
    }

    #[test]
    fn the_common_shape_reads_as_chrono_reads_it() {
        assert!(same("2024-05-01T12:34:56.789Z"));
        assert!(same("2024-05-01T12:34:56Z"));
        assert!(same("2024-02-29T00:00:00.000000001+05:30"));
        assert!(same("1999-12-31T23:59:59-23:59"));
        same("0000-01-01T00:00:00Z");
        for other in [
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-05-01T24:00:00Z",
            "2024-06-30T23:59:60Z",
            "2024-05-01t12:34:56z",
            "2024-05-01 12:34:56Z",
            "2024-05-01T12:34:56.Z",
            "2024-05-01T12:34:56.1234567891Z",
            // Found by the `parse` fuzz target: ten digits of nines
            // overflowed the nanoseconds in debug builds.
            "2024-05-01T12:34:56.9999999999Z",
            "2024-05-01T12:34:56.99999999999999999999+01:00",
            "2024-05-01T12:34:56+0530",
            // Bytes either side of the digits, where digits must be.
            "2024-05-01T12:34:5:Z",
            "/024-05-01T12:34:56Z",
            "2024-05-01T12:34:56.12/Z",
            "2024-05-01T12:34:56+0:30",
            "2024-05-01T12:34:56-05:3/",
            "2024-05-01T12:34:56+24:00",
            "2024-05-01T12:34:56",
            "+2024-05-01T12:34:56Z",
            "2024-05-01T12:34:56Zjunk",
            "",
            "é",
        ] {
            assert!(!same(other), "{other} should be left to chrono");
        }
    }

    #[test]
    fn many_timestamps_agree_with_chrono() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let mut read = 0;
        for _ in 0..20_000 {
            let frac = match next(4) {
                0 => String::new(),
                _ => format!(".{}", "123456789".get(..next(10) as usize).unwrap_or("")),
            };
            let zone = match next(3) {
                0 => "Z".to_string(),
                _ => format!(
                    "{}{:02}:{:02}",
                    ["+", "-"][next(2) as usize],
                    next(26),
                    next(62)
                ),
            };
            let s = format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{frac}{zone}",
                next(10_000),
                next(14),
                next(33),
                next(26),
                next(62),
                next(62)
            );
            read += usize::from(same(&s));
        }
        assert!(read > 5_000, "only {read} took the fast path");
    }

    #[test]
    fn written_as_chrono_writes_them() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let mut fast = 0;
        for i in 0..20_000u64 {
            let secs = next(400_000_000_000) as i64 - 100_000_000_000;
            let nanos = match i % 5 {
                0 => 0,
                1 => next(1000) as u32 * 1_000_000,
                2 => next(1_000_000) as u32 * 1_000,
                3 => next(1_000_000_000) as u32,
                // Leap seconds.
                _ => 1_000_000_000 + next(1_000_000_000) as u32,
            };
            let Some(t) = DateTime::from_timestamp(secs, nanos) else {
                continue;
            };
            let mut buf = [0u8; 30];
            fast += usize::from(rfc3339(&t, &mut buf).is_some());
            let ours = serde_json::to_string(&Some(Wrapped(t))).unwrap();
            assert_eq!(ours, serde_json::to_string(&t).unwrap(), "{t:?}");
            assert_eq!(
                serde_json::to_string(&WrappedOption(Some(t))).unwrap(),
                ours
            );
        }
        assert!(fast > 10_000, "{fast}");
        assert_eq!(serde_json::to_string(&WrappedOption(None)).unwrap(), "null");
    }

    struct Wrapped(DateTime<Utc>);
    impl Serialize for Wrapped {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(&self.0, s)
        }
    }

    struct WrappedOption(Option<DateTime<Utc>>);
    impl Serialize for WrappedOption {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize_option(&self.0, s)
        }
    }

    #[test]
    fn optional_fields_read_null_as_none() {
        let read = |json: &str| {
            let mut de = serde_json::Deserializer::from_str(json);
            deserialize_option(&mut de).map_err(|e| e.to_string())
        };
        assert_eq!(read("null"), Ok(None));
        assert_eq!(
            read(r#""2024-05-01T12:34:56.789+02:00""#),
            Ok(chrono("2024-05-01T12:34:56.789+02:00").ok())
        );
        assert!(read("5").is_err());
    }

    #[test]
    fn errors_are_chrono_errors() {
        let err = |json: &str| {
            let mut de = serde_json::Deserializer::from_str(json);
            deserialize(&mut de).unwrap_err().to_string()
        };
        let chrono_err = |json: &str| {
            serde_json::from_str::<DateTime<Utc>>(json)
                .unwrap_err()
                .to_string()
        };
        for json in [r#""2024-02-30T00:00:00Z""#, "5", r#""x""#, "null"] {
            assert_eq!(err(json), chrono_err(json), "{json}");
        }
    }
}
