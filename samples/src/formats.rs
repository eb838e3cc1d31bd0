//! Values for the `format`s Plain's schemas use (`date-time`, `uuid`,
//! `uri`; also `email` and `date`), and values that break them.

use crate::rng::Rng;

/// Formats the generator can draw, valid and broken.
#[cfg(test)]
pub(crate) const KNOWN: &[&str] = &["date-time", "date", "uuid", "uri", "email"];

/// A valid value of `format`, or `None` for a format not in [`KNOWN`]
/// (which validators ignore, so any string does).
pub(crate) fn valid(format: &str, rng: &mut Rng) -> Option<String> {
    Some(match format {
        "date-time" => date_time(rng),
        "date" => date(rng),
        "uuid" => uuid(rng),
        "uri" => uri(rng),
        "email" => email(rng),
        _ => return None,
    })
}

/// A string that breaks `format`, with what is wrong with it.
pub(crate) fn invalid(format: &str, rng: &mut Rng) -> Option<(String, &'static str)> {
    let bad: &[(&str, &str)] = match format {
        "date-time" => &[
            ("2024-02-30T10:00:00Z", "day out of range"),
            ("2024-13-01T10:00:00Z", "month 13"),
            ("2024-01-01T24:00:00Z", "hour 24"),
            ("2024-01-01T10:60:00Z", "minute 60"),
            ("2024-01-01", "date without time"),
            ("2024-01-01T10:00:00", "no offset"),
            ("2024-01-01T10:00Z", "no seconds"),
            ("24-01-01T10:00:00Z", "two-digit year"),
            ("2024-01-01T10:00:00+25:00", "offset hour 25"),
            ("2024-01-01 10:00:00Z", "space instead of `T`"),
            ("not a date", "not a date"),
            ("", "empty string"),
            ("1704103200", "Unix seconds"),
        ],
        "date" => &[
            ("2024-02-30", "day out of range"),
            ("2024-01-01T10:00:00Z", "date-time instead of date"),
        ],
        "uuid" => &[
            ("0cb1a1f0-3b2c-4d5e-8f90", "too short"),
            ("0cb1a1f0-3b2c-4d5e-8f90-1a2b3c4d5e6g", "non-hex digit"),
            ("not-a-uuid", "not a uuid"),
        ],
        "uri" => &[
            ("example.com/path", "no scheme"),
            ("https://exa mple.com/", "space in host"),
            ("", "empty string"),
        ],
        "email" => &[("no-at-sign.example.com", "no `@`"), ("", "empty string")],
        _ => return None,
    };
    let (s, why) = rng.pick(bad);
    Some((s.to_string(), why))
}

fn two(n: u64) -> String {
    format!("{n:02}")
}

fn days_in(year: u64, month: u64) -> u64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn date(rng: &mut Rng) -> String {
    let year = rng.range(1970, 2099);
    let month = rng.range(1, 12);
    let day = rng.range(1, days_in(year, month));
    format!("{year:04}-{}-{}", two(month), two(day))
}

/// RFC 3339 date-times in the shapes Plain sends (`Z`, milliseconds) and
/// the other shapes the RFC allows (offsets, 0–9 fraction digits,
/// lowercase `t`/`z`).
fn date_time(rng: &mut Rng) -> String {
    let mut s = date(rng);
    s.push(if rng.chance(5) { 't' } else { 'T' });
    s.push_str(&format!(
        "{}:{}:{}",
        two(rng.range(0, 23)),
        two(rng.range(0, 59)),
        two(rng.range(0, 59))
    ));
    match rng.below(4) {
        0 => {}
        1 => s.push_str(&format!(".{:03}", rng.below(1000))),
        _ => {
            let digits = rng.range(1, 9) as usize;
            let frac: String = (0..digits)
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect();
            s.push('.');
            s.push_str(&frac);
        }
    }
    match rng.below(6) {
        0 => s.push('z'),
        1 => {
            let sign = if rng.chance(50) { '+' } else { '-' };
            s.push_str(&format!(
                "{sign}{}:{}",
                two(rng.range(0, 14)),
                two(*rng.pick(&[0, 30, 45]))
            ));
        }
        _ => s.push('Z'),
    }
    s
}

fn uuid(rng: &mut Rng) -> String {
    let hex: String = (0..32)
        .map(|_| char::from(b"0123456789abcdef"[rng.index(16)]))
        .collect();
    let s = format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    );
    if rng.chance(10) {
        s.to_uppercase()
    } else {
        s
    }
}

fn uri(rng: &mut Rng) -> String {
    let word = *rng.pick(&["docs", "a", "thread", "x-1", "%C3%A9t%C3%A9"]);
    match rng.below(5) {
        0 => format!("https://example.com/{word}"),
        1 => format!("https://app.plain.com/workspace/{word}?tab=1#top"),
        2 => format!("http://localhost:8080/{word}/"),
        3 => format!("mailto:{word}@example.com"),
        _ => format!("urn:example:{word}"),
    }
}

fn email(rng: &mut Rng) -> String {
    let local = *rng.pick(&["alice", "bob.smith", "c+tag", "d_e"]);
    let domain = *rng.pick(&["example.com", "plain.com", "mail.example.org"]);
    format!("{local}@{domain}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times_are_rfc3339_shaped_and_days_exist() {
        let mut rng = Rng::new(3, 0);
        for _ in 0..500 {
            let s = date_time(&mut rng);
            let b = s.as_bytes();
            assert!(
                b[4] == b'-' && b[7] == b'-' && matches!(b[10], b'T' | b't'),
                "{s}"
            );
            let year: u64 = s[0..4].parse().unwrap();
            let month: u64 = s[5..7].parse().unwrap();
            let day: u64 = s[8..10].parse().unwrap();
            assert!((1..=days_in(year, month)).contains(&day), "{s}");
            assert!(s.ends_with(['Z', 'z']) || s[s.len() - 6..].starts_with(['+', '-']));
        }
        assert_eq!(days_in(2024, 2), 29);
        assert_eq!(days_in(2100, 2), 28);
    }

    #[test]
    fn every_known_format_has_valid_and_invalid_values() {
        let mut rng = Rng::new(0, 0);
        for f in KNOWN {
            let good = valid(f, &mut rng).unwrap();
            let (bad, _) = invalid(f, &mut rng).unwrap();
            assert_ne!(good, bad);
        }
        assert!(valid("hostname", &mut rng).is_none());
    }
}
