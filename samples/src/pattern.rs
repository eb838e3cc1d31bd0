//! Strings that match (or miss) a schema `pattern`.
//!
//! Patterns are ECMAScript regular expressions. They are parsed with
//! `regex-syntax` (after escaping a bare `[` inside a class, which
//! ECMAScript reads as a literal and `regex-syntax` as a nested class) and
//! walked to build a string: literals, classes, repetitions, groups and
//! alternations are generated; anchors and word boundaries (`^`, `$`, `\b`)
//! produce nothing. Classes draw from printable ASCII when they contain any,
//! so that engines that differ on Unicode classes (`\s` and U+FEFF) agree.
//! Every result is then checked with `regress`, the ECMAScript engine the
//! generated types use, and redrawn if it does not match; a pattern whose
//! draws keep failing is reported as unsupported.

use regex_syntax::hir::{Class, Hir, HirKind};

use crate::rng::Rng;
use crate::Error;

/// Unbounded repetitions (`*`, `+`, `{n,}`) add at most this many.
const MAX_EXTRA_REPEATS: u32 = 4;
/// Draws before a pattern is declared unsupported.
const ATTEMPTS: usize = 64;

/// A compiled `pattern`.
pub(crate) struct Pattern {
    source: String,
    node: Node,
    check: regress::Regex,
}

/// Length bounds of a string, in characters.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Bounds {
    pub(crate) min: usize,
    pub(crate) max: usize,
}

impl Bounds {
    pub(crate) fn fits(self, s: &str) -> bool {
        (self.min..=self.max).contains(&s.chars().count())
    }
}

impl Pattern {
    pub(crate) fn new(source: &str) -> Result<Self, Error> {
        let check = regress::Regex::new(source)
            .map_err(|e| Error::new(format!("invalid pattern {source:?}: {e}")))?;
        let hir = regex_syntax::ParserBuilder::new()
            .build()
            .parse(&ecma_to_rust(source))
            .map_err(|e| {
                Error::new(format!(
                    "pattern {source:?} uses syntax the sample generator does not read: {e}"
                ))
            })?;
        Ok(Self {
            source: source.to_string(),
            node: Node::from_hir(&hir),
            check,
        })
    }

    /// Whether `s` matches the pattern (anywhere, as JSON Schema says).
    pub(crate) fn is_match(&self, s: &str) -> bool {
        self.check.find(s).is_some()
    }

    /// A string that matches and fits the length bounds.
    pub(crate) fn matching(&self, rng: &mut Rng, len: Bounds) -> Result<String, Error> {
        for _ in 0..ATTEMPTS {
            let mut out = String::new();
            self.node.generate(rng, &mut out);
            if len.fits(&out) && self.is_match(&out) {
                return Ok(out);
            }
        }
        Err(Error::new(format!(
            "could not draw a string matching {:?} with {}..={} characters",
            self.source, len.min, len.max
        )))
    }

    /// A string that fits the length bounds but does not match, made from a
    /// matching one by a small edit, so that only the pattern is broken.
    pub(crate) fn missing(&self, rng: &mut Rng, len: Bounds) -> Result<String, Error> {
        let good = self.matching(rng, len)?;
        let chars: Vec<char> = good.chars().collect();
        let mut candidates = Vec::new();
        if !chars.is_empty() {
            let at = rng.index(chars.len());
            for bad in ['!', ' ', 'a', '-', '\u{e9}'] {
                let mut c = chars.clone();
                c[at] = bad;
                candidates.push(c.into_iter().collect::<String>());
            }
            candidates.push(chars[1..].iter().collect());
            candidates.push(chars[..chars.len() - 1].iter().collect());
        }
        candidates.push(format!("{good}!"));
        candidates.push(format!("!{good}"));
        candidates.push(good.to_lowercase());
        candidates.push("not matching".to_string());
        candidates.push(String::new());
        let start = rng.index(candidates.len());
        candidates.rotate_left(start);
        candidates
            .into_iter()
            .find(|c| len.fits(c) && !self.is_match(c))
            .ok_or_else(|| {
                Error::new(format!(
                    "could not make a string of {}..={} characters that misses {:?}",
                    len.min, len.max, self.source
                ))
            })
    }
}

/// ECMAScript reads `[` inside a class as a literal; `regex-syntax` would
/// open a nested class.
fn ecma_to_rust(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 8);
    let mut in_class = false;
    let mut chars = p.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push('\\');
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            }
            '[' if in_class => out.push_str("\\["),
            '[' => {
                in_class = true;
                out.push('[');
            }
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            _ => out.push(c),
        }
    }
    out
}

/// A pattern ready to draw from: classes reduced to the ranges drawn from.
enum Node {
    Empty,
    Literal(String),
    /// Inclusive code point ranges and their total size.
    Class(Vec<(u32, u32)>, u64),
    Repeat(u32, u32, Box<Node>),
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
}

impl Node {
    fn from_hir(hir: &Hir) -> Self {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => Self::Empty,
            HirKind::Literal(lit) => Self::Literal(String::from_utf8_lossy(&lit.0).into_owned()),
            HirKind::Class(class) => {
                let ranges = class_ranges(class);
                let total = ranges.iter().map(|&(s, e)| u64::from(e - s) + 1).sum();
                Self::Class(ranges, total)
            }
            HirKind::Repetition(rep) => {
                let max = rep.max.unwrap_or(rep.min.saturating_add(MAX_EXTRA_REPEATS));
                Self::Repeat(rep.min, max, Box::new(Self::from_hir(&rep.sub)))
            }
            HirKind::Capture(cap) => Self::from_hir(&cap.sub),
            HirKind::Concat(parts) => Self::Concat(parts.iter().map(Self::from_hir).collect()),
            HirKind::Alternation(alts) => {
                Self::Alternation(alts.iter().map(Self::from_hir).collect())
            }
        }
    }

    fn generate(&self, rng: &mut Rng, out: &mut String) {
        match self {
            Self::Empty => {}
            Self::Literal(s) => out.push_str(s),
            Self::Class(ranges, total) => {
                if *total == 0 {
                    return;
                }
                let mut k = rng.below(*total);
                for &(s, e) in ranges {
                    let n = u64::from(e - s) + 1;
                    if k < n {
                        out.extend(char::from_u32(s + k as u32));
                        return;
                    }
                    k -= n;
                }
            }
            Self::Repeat(min, max, sub) => {
                let n = rng.range(u64::from(*min), u64::from(*max));
                for _ in 0..n {
                    sub.generate(rng, out);
                }
            }
            Self::Concat(parts) => {
                for p in parts {
                    p.generate(rng, out);
                }
            }
            Self::Alternation(alts) => rng.pick(alts).generate(rng, out),
        }
    }
}

/// The ranges a class draws from: its printable ASCII part if it has one.
fn class_ranges(class: &Class) -> Vec<(u32, u32)> {
    let ranges: Vec<(u32, u32)> = match class {
        Class::Unicode(u) => u
            .ranges()
            .iter()
            .map(|r| (u32::from(r.start()), u32::from(r.end())))
            .collect(),
        Class::Bytes(b) => b
            .ranges()
            .iter()
            .map(|r| (u32::from(r.start()), u32::from(r.end().min(0x7f))))
            .filter(|(s, e)| s <= e)
            .collect(),
    };
    let ascii: Vec<(u32, u32)> = ranges
        .iter()
        .filter_map(|&(s, e)| {
            let (s, e) = (s.max(0x20), e.min(0x7e));
            (s <= e).then_some((s, e))
        })
        .collect();
    if ascii.is_empty() {
        ranges
    } else {
        ascii
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The patterns Plain's schemas use (ids, colours, emails).
    const PLAIN: &[&str] = &[
        "^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$",
        "^#([a-fA-F0-9]{3,4}|[a-fA-F0-9]{4}(?:[a-fA-F0-9]{2}){1,2})$",
        "^#([a-f0-9]{3,4}|[a-f0-9]{4}(?:[a-f0-9]{2}){1,2})\\b$",
        r#"^(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\])|([^-]([a-zA-Z0-9-]*\.)+[a-zA-Z]{2,}))$"#,
    ];

    const ID_LEN: Bounds = Bounds { min: 1, max: 50 };

    #[test]
    fn draws_match_and_misses_do_not_for_plains_patterns() {
        for (i, p) in PLAIN.iter().enumerate() {
            let pat = Pattern::new(p).unwrap();
            let mut rng = Rng::new(11, i as u64);
            for _ in 0..200 {
                let s = pat.matching(&mut rng, ID_LEN).unwrap();
                assert!(pat.is_match(&s) && (1..=50).contains(&s.chars().count()));
                let bad = pat.missing(&mut rng, ID_LEN).unwrap();
                assert!(!pat.is_match(&bad), "{p}: {bad:?}");
            }
        }
    }

    #[test]
    fn ids_look_like_plains() {
        let pat = Pattern::new(PLAIN[0]).unwrap();
        let id = pat.matching(&mut Rng::new(1, 1), ID_LEN).unwrap();
        let (prefix, ulid) = id.split_once('_').unwrap();
        assert!(!prefix.is_empty() && prefix.chars().all(|c| c.is_ascii_alphabetic()));
        assert_eq!(ulid.len(), 26);
    }

    #[test]
    fn bad_patterns_are_errors() {
        assert!(Pattern::new("(").is_err());
        // Backreferences are ECMAScript but not something we can draw.
        let e = Pattern::new("(a)\\1").err().unwrap();
        assert!(e.to_string().contains("does not read"), "{e}");
    }

    #[test]
    fn bounds_that_no_match_fits_are_errors() {
        let pat = Pattern::new("^a{5}$").unwrap();
        let len = Bounds { min: 1, max: 3 };
        assert!(pat.matching(&mut Rng::new(0, 0), len).is_err());
    }
}
