//! The `pattern` checks of generated string types.
//!
//! typify's output checks a schema `pattern` with regress, a backtracking
//! ECMAScript engine: exact, but on Plain's bodies it was 15% of a parse (every
//! id and email address is checked). The patterns schemas use are nearly
//! always in a small subset of the syntax whose meaning is the same in the
//! `regex` crate once the escapes that differ (`\s`, `\d`, `.`, …) are spelled
//! out as explicit sets; those run on `regex`'s automata. Anything outside the
//! subset stays on regress, so the verdict is always ECMAScript's.

use std::fmt::Write as _;
use std::ops::Range;

/// A compiled `pattern`, with the API typify's output calls.
#[derive(Clone, Debug)]
pub struct Regex {
    engine: Engine,
}

#[derive(Clone, Debug)]
enum Engine {
    Sequence(Sequence),
    Automaton(regex::Regex),
    Backtracking(Box<regress::Regex>),
}

impl Regex {
    /// Compiles an ECMAScript pattern; errors are regress's, so a pattern
    /// is accepted or refused exactly as before.
    pub fn new(pattern: &str) -> Result<Regex, regress::Error> {
        let backtracking = regress::Regex::new(pattern)?;
        let engine = if let Some(sequence) = Sequence::new(pattern) {
            Engine::Sequence(sequence)
        } else {
            match translate(pattern).and_then(|p| regex::Regex::new(&p).ok()) {
                Some(automaton) => Engine::Automaton(automaton),
                None => Engine::Backtracking(Box::new(backtracking)),
            }
        };
        Ok(Regex { engine })
    }

    /// The byte range of the leftmost match in `text`, if any.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        match &self.engine {
            Engine::Sequence(q) => q.matches(text).then_some(0..text.len()),
            Engine::Automaton(r) => r.find(text).map(|m| m.range()),
            Engine::Backtracking(r) => r.find(text).map(|m| m.range()),
        }
    }

    /// Whether `text` contains a match.
    pub fn is_match(&self, text: &str) -> bool {
        match &self.engine {
            Engine::Sequence(q) => q.matches(text),
            Engine::Automaton(r) => r.is_match(text),
            Engine::Backtracking(r) => r.find(text).is_some(),
        }
    }

    /// Whether the pattern runs without regress.
    #[doc(hidden)]
    pub fn is_automaton(&self) -> bool {
        !matches!(self.engine, Engine::Backtracking(_))
    }
}

/// The shape of an id pattern, `^[a-zA-Z]+_[0-9A-Z]{26}$`: anchored at both
/// ends, a sequence of ASCII classes each repeated `min..=max` times, where a
/// class of variable length is last or followed by a class it does not
/// overlap that must occur. Then taking as many as possible of each class
/// is the only way to match, and one pass over the bytes decides.
#[derive(Clone, Debug)]
struct Sequence {
    atoms: Vec<Atom>,
}

#[derive(Clone, Debug)]
struct Atom {
    /// Which ASCII bytes the class holds, one bit each.
    class: u128,
    /// The same as a table indexed by byte, for the matching loop.
    table: Box<[bool; 256]>,
    min: u32,
    max: u32,
}

impl Atom {
    fn new(class: u128, min: u32, max: u32) -> Atom {
        let mut table = Box::new([false; 256]);
        for (b, slot) in table.iter_mut().enumerate().take(128) {
            *slot = class & (1 << b) != 0;
        }
        Atom {
            class,
            table,
            min,
            max,
        }
    }
}

impl Sequence {
    fn new(pattern: &str) -> Option<Sequence> {
        let body = pattern.strip_prefix('^')?.strip_suffix('$')?;
        if body.ends_with('\\') {
            return None;
        }
        let mut chars = body.chars().peekable();
        let mut atoms: Vec<Atom> = Vec::new();
        while let Some(c) = chars.next() {
            let class = match c {
                '[' => {
                    let mut class = 0u128;
                    let mut prev: Option<char> = None;
                    loop {
                        match chars.next()? {
                            ']' if prev.is_some() || class != 0 => break,
                            '-' if prev.is_some() && chars.peek() != Some(&']') => {
                                let end = simple(chars.next()?, &mut chars)?;
                                let start = prev.take()?;
                                if start > end {
                                    return None;
                                }
                                for b in start..=end {
                                    class |= 1 << b as u32;
                                }
                            }
                            c => {
                                let c = simple(c, &mut chars)?;
                                class |= 1 << c as u32;
                                prev = Some(c);
                            }
                        }
                    }
                    class
                }
                '\\' => 1 << ascii_punctuation(chars.next()?)? as u32,
                c if c.is_ascii_alphanumeric() || "_-@#:/!%&=~<>,;'\" ".contains(c) => {
                    1 << c as u32
                }
                _ => return None,
            };
            let (min, max) = match chars.peek() {
                Some('+') => (1, u32::MAX),
                Some('*') => (0, u32::MAX),
                Some('?') => (0, 1),
                Some('{') => {
                    chars.next();
                    let inner = bounds(&mut chars)?;
                    let (low, high) = match inner.split_once(',') {
                        Some((l, "")) => (l.parse().ok()?, u32::MAX),
                        Some((l, h)) => (l.parse().ok()?, h.parse().ok()?),
                        None => (inner.parse().ok()?, inner.parse().ok()?),
                    };
                    if low > high {
                        return None;
                    }
                    atoms.push(Atom::new(class, low, high));
                    if matches!(chars.peek(), Some('?' | '+' | '*' | '{')) {
                        return None;
                    }
                    continue;
                }
                _ => (1, 1),
            };
            if min != 1 || max != 1 {
                chars.next();
            }
            if matches!(chars.peek(), Some('?' | '+' | '*' | '{')) {
                return None;
            }
            atoms.push(Atom::new(class, min, max));
        }
        let greedy_is_exact = atoms
            .windows(2)
            .all(|w| w[0].min == w[0].max || (w[1].min >= 1 && w[0].class & w[1].class == 0));
        (greedy_is_exact && !atoms.is_empty()).then_some(Sequence { atoms })
    }

    fn matches(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let mut i: usize = 0;
        for atom in &self.atoms {
            let start = i;
            let limit = bytes.len().min(start.saturating_add(atom.max as usize));
            while i < limit && atom.table[usize::from(bytes[i])] {
                i += 1;
            }
            if i - start < atom.min as usize {
                return false;
            }
        }
        i == bytes.len()
    }
}

/// A class member: an ASCII letter, digit or unescaped harmless punctuation,
/// or an escaped punctuation character.
fn simple(c: char, chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<char> {
    match c {
        '\\' => ascii_punctuation(chars.next()?),
        '[' | ']' | '^' => None,
        c if c.is_ascii_graphic() => Some(c),
        _ => None,
    }
}

fn ascii_punctuation(c: char) -> Option<char> {
    c.is_ascii_punctuation().then_some(c)
}

/// ECMAScript's `\s`: WhiteSpace and LineTerminator (ECMA-262 §12.2, §12.3).
const SPACES: &[(u32, u32)] = &[
    (0x09, 0x0D),
    (0x20, 0x20),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
    (0xFEFF, 0xFEFF),
];
const DIGITS: &[(u32, u32)] = &[(0x30, 0x39)];
const WORD: &[(u32, u32)] = &[(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)];
/// What `.` does not match without the `s` flag.
const LINE_TERMINATORS: &[(u32, u32)] = &[(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)];

/// Rewrites an ECMAScript pattern (no flags) as `regex` syntax with the same
/// meaning, or `None` when it uses anything outside the supported subset.
/// Every literal is written as `\x{…}`, so no character can mean something
/// else in `regex` (`[`, `&&` and `--` inside classes, for instance).
fn translate(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut chars = pattern.chars().peekable();
    // Whether the previous item can take a quantifier.
    let mut quantifiable = false;
    while let Some(c) = chars.next() {
        let mut atom = true;
        match c {
            '^' | '$' => {
                out.push(c);
                atom = false;
            }
            '|' | '(' => {
                if c == '(' && chars.peek() == Some(&'?') {
                    chars.next();
                    // Only non-capturing groups; look-arounds and named
                    // groups stay on regress.
                    if chars.next() != Some(':') {
                        return None;
                    }
                    out.push_str("(?:");
                } else {
                    out.push(c);
                }
                atom = false;
            }
            ')' => out.push(')'),
            '*' | '+' | '?' | '{' => {
                if !quantifiable {
                    return None;
                }
                if c == '{' {
                    out.push('{');
                    out.push_str(&bounds(&mut chars)?);
                    out.push('}');
                } else {
                    out.push(c);
                }
                if chars.peek() == Some(&'?') {
                    chars.next();
                    out.push('?');
                }
                atom = false;
            }
            '.' => set(&mut out, LINE_TERMINATORS, true),
            '[' => class(&mut chars, &mut out)?,
            '\\' => match chars.next()? {
                'd' => set(&mut out, DIGITS, false),
                'D' => set(&mut out, DIGITS, true),
                'w' => set(&mut out, WORD, false),
                'W' => set(&mut out, WORD, true),
                's' => set(&mut out, SPACES, false),
                'S' => set(&mut out, SPACES, true),
                'b' => {
                    // ECMAScript's word boundary is ASCII's.
                    out.push_str("(?-u:\\b)");
                    atom = false;
                }
                e => literal(&mut out, escaped(e, &mut chars, false)?),
            },
            // ECMAScript reads these as literals (Annex B); rare enough to
            // leave to regress.
            ']' | '}' => return None,
            c => literal(&mut out, c),
        }
        quantifiable = atom;
    }
    Some(out)
}

/// The inside of `{n}`, `{n,}` or `{n,m}`, the `{` already read.
fn bounds(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<String> {
    let mut inner = String::new();
    loop {
        match chars.next()? {
            '}' => break,
            c @ ('0'..='9' | ',') => inner.push(c),
            _ => return None,
        }
    }
    let (low, high) = match inner.split_once(',') {
        Some((low, high)) => (low, Some(high)),
        None => (inner.as_str(), None),
    };
    let valid = |s: &str| !s.is_empty() && s.len() <= 4;
    let ok = valid(low) && high.is_none_or(|h| h.is_empty() || valid(h));
    ok.then_some(inner)
}

/// A bracket class, the `[` already read.
fn class(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, out: &mut String) -> Option<()> {
    let negated = chars.peek() == Some(&'^');
    if negated {
        chars.next();
    }
    // `[]` and `[^]` mean "nothing" and "anything" in ECMAScript, something
    // else in `regex`.
    if chars.peek() == Some(&']') {
        return None;
    }
    out.push_str(if negated { "[^" } else { "[" });
    loop {
        let c = chars.next()?;
        if c == ']' {
            break;
        }
        let start = match c {
            '\\' => match chars.next()? {
                'd' => {
                    ranges(out, DIGITS);
                    continue;
                }
                'w' => {
                    ranges(out, WORD);
                    continue;
                }
                's' => {
                    ranges(out, SPACES);
                    continue;
                }
                e => escaped(e, chars, true)?,
            },
            c => c,
        };
        if chars.peek() == Some(&'-') {
            chars.next();
            match chars.peek() {
                // A trailing `-` is a literal.
                Some(']') => {
                    literal(out, start);
                    literal(out, '-');
                }
                Some(_) => {
                    let end = match chars.next()? {
                        '\\' => {
                            let e = chars.next()?;
                            // `[a-\d]`: Annex B reads `-` as a literal.
                            if matches!(e, 'd' | 'D' | 'w' | 'W' | 's' | 'S') {
                                return None;
                            }
                            escaped(e, chars, true)?
                        }
                        c => c,
                    };
                    if start > end {
                        return None;
                    }
                    literal(out, start);
                    out.push('-');
                    literal(out, end);
                }
                None => return None,
            }
        } else {
            literal(out, start);
        }
    }
    out.push(']');
    Some(())
}

/// The character an escape (after its `\`) stands for, or `None` for
/// escapes left to regress (back-references, `\c`, `\p`, `\B`, `\k`, …).
fn escaped(
    e: char,
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
    in_class: bool,
) -> Option<char> {
    let hex = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>, n: usize| {
        let digits: String = (0..n).map(|_| chars.next()).collect::<Option<_>>()?;
        if !digits.chars().all(|d| d.is_ascii_hexdigit()) {
            return None;
        }
        // Surrogates (`\uD83D`) have no `char`; leave them to regress.
        char::from_u32(u32::from_str_radix(&digits, 16).ok()?)
    };
    match e {
        't' => Some('\t'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        'f' => Some('\x0C'),
        'v' => Some('\x0B'),
        'b' if in_class => Some('\x08'),
        '0' if !chars.peek().is_some_and(char::is_ascii_digit) => Some('\0'),
        'x' => hex(chars, 2),
        'u' => hex(chars, 4),
        // Identity escapes of syntax characters and other punctuation.
        e if e.is_ascii_punctuation() => Some(e),
        _ => None,
    }
}

fn literal(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() {
        out.push(c);
    } else {
        let _ = write!(out, "\\x{{{:X}}}", c as u32);
    }
}

fn ranges(out: &mut String, set: &[(u32, u32)]) {
    for &(low, high) in set {
        let _ = write!(out, "\\x{{{low:X}}}-\\x{{{high:X}}}");
    }
}

fn set(out: &mut String, set: &[(u32, u32)], negated: bool) {
    out.push_str(if negated { "[^" } else { "[" });
    ranges(out, set);
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_patterns_run_on_the_automaton() {
        for p in [
            r"^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$",
            r"^#([a-fA-F0-9]{3,4}|[a-fA-F0-9]{4}(?:[a-fA-F0-9]{2}){1,2})$",
            r"^#([a-f0-9]{3,4}|[a-f0-9]{4}(?:[a-f0-9]{2}){1,2})\b$",
            r#"^(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\])|([^-]([a-zA-Z0-9-]*\.)+[a-zA-Z]{2,}))$"#,
        ] {
            assert!(Regex::new(p).unwrap().is_automaton(), "{p}");
        }
    }

    #[test]
    fn syntax_outside_the_subset_stays_on_regress() {
        for p in [
            r"^(?=a)a$",
            r"(a)\1",
            r"^a{$",
            r"^]$",
            r"[]",
            r"[^]",
            r"\B",
            r"\cJ",
            r"[a-\d]",
            r"\uD83D",
            r"^(?<name>a)$",
        ] {
            match Regex::new(p) {
                Ok(r) => assert!(!r.is_automaton(), "{p}"),
                Err(_) => assert!(regress::Regex::new(p).is_err(), "{p}"),
            }
        }
    }

    /// Our verdict and match against regress's, on `texts`.
    fn agree(pattern: &str, texts: impl IntoIterator<Item = String>) -> usize {
        let ours = Regex::new(pattern).unwrap();
        assert!(ours.is_automaton(), "{pattern} should be translated");
        let reference = regress::Regex::new(pattern).unwrap();
        let mut matched = 0;
        for text in texts {
            let expected = reference.find(&text).map(|m| m.range());
            assert_eq!(ours.find(&text), expected, "{pattern} on {text:?}");
            assert_eq!(ours.is_match(&text), expected.is_some());
            matched += usize::from(expected.is_some());
        }
        matched
    }

    /// Every scalar value of the Basic Multilingual Plane, and a few beyond.
    fn every_char() -> impl Iterator<Item = String> {
        (0..=0xFFFFu32)
            .chain([0x1F600, 0x10FFFF])
            .filter_map(char::from_u32)
            .map(String::from)
    }

    #[test]
    fn class_escapes_and_dot_mean_what_they_mean_in_ecmascript() {
        for p in [r"^\s$", r"^\S$", r"^\d$", r"^\D$", r"^\w$", r"^\W$", r"^.$"] {
            agree(p, every_char());
        }
        for p in [
            r"^[\s]$",
            r"^[^\s@]$",
            r"^[\d\w-]$",
            r"^[^-a-c\]\\]$",
            r"^[\b\0]$",
        ] {
            agree(p, every_char());
        }
    }

    /// A tiny deterministic generator (xorshift64*), so the cases are the
    /// same on every run.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[(self.next() % items.len() as u64) as usize]
        }
    }

    /// `seeds`, each with random single-character edits, and random strings
    /// over the pattern's own characters and some troublemakers.
    fn cases(pattern: &str, seeds: &[&str], n: usize) -> Vec<String> {
        let mut alphabet: Vec<char> = pattern.chars().collect();
        alphabet.extend("aZz09_-.@\" \t\n\u{a0}\u{2028}\u{feff}é😀#[]()".chars());
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut out: Vec<String> = seeds.iter().map(|s| s.to_string()).collect();
        for i in 0..n {
            let mut text: Vec<char> = if seeds.is_empty() || i % 2 == 0 {
                let len = (rng.next() % 40) as usize;
                (0..len).map(|_| rng.pick(&alphabet)).collect()
            } else {
                rng.pick(seeds).chars().collect()
            };
            for _ in 0..(rng.next() % 3) {
                let at = (rng.next() % (text.len() as u64 + 1)) as usize;
                match rng.next() % 3 {
                    0 => text.insert(at, rng.pick(&alphabet)),
                    1 if at < text.len() => text[at] = rng.pick(&alphabet),
                    _ if at < text.len() => {
                        text.remove(at);
                    }
                    _ => {}
                }
            }
            out.push(text.into_iter().collect());
        }
        out
    }

    #[test]
    fn plain_patterns_agree_with_regress() {
        let id = r"^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$";
        let ids = [
            "c_01H14DFQ6M0PWX1B2SB0X42FCD",
            "workspace_01HXYZ0000000000000000000A",
        ];
        assert!(agree(id, cases(id, &ids, 4000)) > 0);
        let emails = [
            "a.b@example.com",
            "first+tag@sub.example.co",
            "\"quoted name\"@example.org",
            "x@[192.168.0.1]",
            "x@-example.com",
        ];
        for email in [
            r#"^(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\])|([^-]([a-zA-Z0-9-]*\.)+[a-zA-Z]{2,}))$"#,
            r#"^(([^<>()[\]\\.,;:\s@\"]+(\.[^<>()[\]\\.,;:\s@\"]+)*)|(\".+\"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\])|([^-]([a-zA-Z0-9-]*\.)+[a-zA-Z]{2,}))$"#,
        ] {
            assert!(agree(email, cases(email, &emails, 4000)) > 0);
        }
        let colors = ["#fff", "#ffff", "#a0b1c2", "#A0B1C2D3", "#abcde"];
        for color in [
            r"^#([a-fA-F0-9]{3,4}|[a-fA-F0-9]{4}(?:[a-fA-F0-9]{2}){1,2})$",
            r"^#([a-f0-9]{3,4}|[a-f0-9]{4}(?:[a-f0-9]{2}){1,2})\b$",
        ] {
            assert!(agree(color, cases(color, &colors, 4000)) > 0);
        }
    }

    #[test]
    fn each_construct_agrees_with_regress() {
        for p in [
            r"a.c",
            r"^x{2,}$",
            r"x{0,3}?y",
            r"^(?:ab)+|c*$",
            r"a|b|",
            r"[-a][a-][\x41-\x5A]\u00e9",
            r"^\t\n\r\f\v\0$",
            r"\bfoo\b",
            r"[.*+?^$]\$\^\.\/\-",
            r"^[^\d\s]{2}\D\W\S",
            r"(a+)+b",
        ] {
            agree(p, cases(p, &[], 3000));
        }
    }

    #[test]
    fn id_shaped_patterns_take_one_pass_and_agree_with_regress() {
        let one_pass = |p: &str| matches!(Regex::new(p).unwrap().engine, Engine::Sequence(_));
        for p in [
            r"^[a-zA-Z]+_[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{26}$",
            r"^[a-c]{2,3}-[0-9]*$",
            r"^a?b$",
            r"^[\-_]+x{1,}$",
            r"^[a-]{1,}[b]{2}$",
            r"^#[0-9a-f]{6}$",
        ] {
            assert!(one_pass(p), "{p}");
            agree(p, cases(p, &[], 3000));
        }
        // Overlapping neighbours need backtracking: not this engine.
        for p in [
            r"^[a-z]+[a-c]$",
            r"^a*a$",
            r"^a+b?$",
            r"^[a-z]{1,3}[0-9]{0,2}[0-9]$",
        ] {
            assert!(!one_pass(p), "{p}");
            agree(p, cases(p, &[], 3000));
        }
    }

    #[test]
    fn errors_are_regress_errors() {
        assert!(Regex::new("(unclosed").is_err());
        assert!(Regex::new("[z-a]").is_err());
    }
}
