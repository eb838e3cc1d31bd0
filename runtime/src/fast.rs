//! The one-pass reader that generated code tries before serde.
//!
//! Most of a parse through serde_json went to the machinery around the
//! values (visitors, key scanning, field staging), not to the values. For
//! each generated struct, enum and newtype the codegen also writes a
//! [`Fast`] reader that walks the bytes directly. It reads only what it is
//! sure of and answers `None` for anything else: an escaped key, a number it
//! does not read itself, a shape serde would accept in another form, a
//! nesting near serde_json's depth limit. The caller then parses with serde
//! as before, so a `Some` must always be the value serde gives, and a `None`
//! never changes a result (checked over every schema revision by
//! `tests/revisions/tests/one_pass.rs`).
//!
//! What serde does is kept by handing serde_json the pieces this reader does
//! not interpret: strings with escapes, numbers other than plain integers,
//! and values of types without a reader (untagged unions, `serde_json::Value`)
//! are cut out of the body and read by serde_json alone.

use std::borrow::Cow;
use std::cell::Cell;

use serde::Deserialize;

/// serde_json stops at 128 levels; staying well inside means every value
/// this reader accepts is one serde_json reads at the same depth.
const MAX_DEPTH: u32 = 100;

/// A cursor over a UTF-8 body.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    depth: u32,
    event_type: &'static str,
    /// The next [`Reader::key`] is an object's first, whatever its caller
    /// says: set when a union's tag was found after other keys.
    fresh: bool,
    /// `fresh` or `tags_later` not empty: one test per key on the usual
    /// path.
    later: bool,
    /// Where the keys of tags found after other keys are, innermost last:
    /// [`Reader::key`] steps over them, as serde hands a variant the object
    /// without its tag.
    tags_later: Vec<usize>,
    /// The depth of the object an [`Reader::attempt`] reads, where a key
    /// its type does not name ends the attempt; 0 for none.
    watch: u32,
}

/// Where a [`Reader`] stood, to go back to.
struct Saved {
    at: usize,
    depth: u32,
    fresh: bool,
    later: bool,
    tags_later: Vec<usize>,
    watch: u32,
}

/// Reads `Self` from where the reader stands (generated for the module's
/// types).
pub trait Fast<'a>: Sized {
    /// The value, or `None` if serde must decide.
    fn fast(r: &mut Reader<'a>) -> Option<Self>;

    /// The rest of an object whose `{` and tag are read: a variant of an
    /// internally tagged enum. A second `tag` is an error, as in `tagged.rs`.
    fn fast_rest(r: &mut Reader<'a>, tag: &str) -> Option<Self> {
        let _ = (r, tag);
        None
    }
}

thread_local! {
    static MODE: Cell<Mode> = const { Cell::new(Mode::Both) };
    static READS: Cell<u64> = const { Cell::new(0) };
}

/// Which readers `parse_with` uses; tests compare them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// This reader, then serde where it answers `None` (the default).
    Both,
    /// serde alone.
    SerdeOnly,
}

/// Runs `f` with `mode` on this thread (tests).
pub fn with_mode<R>(mode: Mode, f: impl FnOnce() -> R) -> R {
    struct Restore(Mode);
    impl Drop for Restore {
        fn drop(&mut self) {
            MODE.with(|m| m.set(self.0));
        }
    }
    let _restore = Restore(MODE.with(|m| m.replace(mode)));
    f()
}

/// How many bodies this thread has had read by this reader (tests: whether
/// a result came from it or from serde).
pub fn reads() -> u64 {
    READS.with(Cell::get)
}

pub(crate) fn mode() -> Mode {
    MODE.with(Cell::get)
}

pub(crate) fn count_read() {
    READS.with(|n| n.set(n.get() + 1));
}

/// Reads all of `text` as `T`, the payload as `event_type`'s.
pub fn read<'a, T: Fast<'a>>(text: &'a str, event_type: &'static str) -> Option<T> {
    let mut r = Reader::new(text, 0, 0, event_type);
    let value = T::fast(&mut r)?;
    r.space();
    (r.at == text.len()).then_some(value)
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, at: usize, depth: u32, event_type: &'static str) -> Reader<'a> {
        Reader {
            text,
            at,
            depth,
            event_type,
            fresh: false,
            later: false,
            tags_later: Vec::new(),
            watch: 0,
        }
    }

    fn save(&self) -> Saved {
        Saved {
            at: self.at,
            depth: self.depth,
            fresh: self.fresh,
            later: self.later,
            // Nearly always empty: no allocation.
            tags_later: self.tags_later.clone(),
            watch: self.watch,
        }
    }

    fn restore(&mut self, saved: Saved) {
        self.at = saved.at;
        self.depth = saved.depth;
        self.fresh = saved.fresh;
        self.later = saved.later;
        self.tags_later = saved.tags_later;
        self.watch = saved.watch;
    }

    /// Reads the object at the cursor with `read`, a struct's reader,
    /// giving up at the first key of the object that the struct does not
    /// name; on `None` the cursor goes back to where it was.
    ///
    /// For untagged unions: when the object's keys are all the struct's
    /// fields, the codegen knows which earlier variants lack a key serde
    /// needs, so the struct can be read without first listing the keys.
    pub fn attempt<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let saved = self.save();
        self.watch = self.depth + 1;
        let value = read(self);
        match value {
            Some(_) => self.watch = saved.watch,
            None => self.restore(saved),
        }
        value
    }

    /// The event type the payload is read as.
    pub fn event_type(&self) -> &'static str {
        self.event_type
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    #[inline]
    fn space(&mut self) {
        self.peek();
    }

    #[inline]
    fn peek(&mut self) -> Option<u8> {
        let mut at = self.at;
        let c = next(self.bytes(), &mut at);
        self.at = at;
        c
    }

    #[inline]
    fn eat(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.at += 1)
    }

    fn deeper(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    /// Enters an object: `{`.
    #[inline]
    pub fn object(&mut self) -> Option<()> {
        self.eat(b'{')?;
        self.deeper()
    }

    /// The object's next key and its `:`, or `Some(None)` after its `}`.
    /// `first` is true before the first key. An escaped key is `None`.
    #[inline]
    pub fn key(&mut self, first: &mut bool) -> Option<Option<&'a str>> {
        if self.later {
            return self.key_after_tag(first);
        }
        Some(self.key_at(first)?.map(|(_, key)| key))
    }

    /// [`Self::key`] while a tag found after other keys is pending.
    #[cold]
    fn key_after_tag(&mut self, first: &mut bool) -> Option<Option<&'a str>> {
        if std::mem::take(&mut self.fresh) {
            *first = true;
        }
        loop {
            let (at, key) = match self.key_at(first)? {
                Some(entry) => entry,
                None => {
                    self.later = !self.tags_later.is_empty();
                    return Some(None);
                }
            };
            if self.tags_later.last() != Some(&at) {
                self.later = !self.tags_later.is_empty();
                return Some(Some(key));
            }
            // The tag read before the rest (see `tag`): step over it.
            self.tags_later.pop();
            self.str()?;
        }
    }

    /// As [`Self::key`], with where the key starts, and no tag skipped.
    /// The cursor stays in a register until the `:` is read: a quarter of
    /// a parse is spent here, and compact bodies have no whitespace at all.
    #[inline]
    fn key_at(&mut self, first: &mut bool) -> Option<Option<(usize, &'a str)>> {
        let b = self.bytes();
        let mut at = self.at;
        let c = next(b, &mut at)?;
        if c == b'}' {
            self.at = at + 1;
            self.depth -= 1;
            return Some(None);
        }
        if !*first {
            if c != b',' {
                return None;
            }
            at += 1;
            next(b, &mut at)?;
        }
        *first = false;
        let start = at;
        self.at = at;
        let key = self.plain_string()?;
        at = self.at;
        if next(b, &mut at)? != b':' {
            return None;
        }
        self.at = at + 1;
        Some(Some((start, key)))
    }

    /// A string with no escapes, borrowed; `None` for anything else.
    #[inline]
    fn plain_string(&mut self) -> Option<&'a str> {
        let b = self.bytes();
        if b.get(self.at) != Some(&b'"') {
            return None;
        }
        let start = self.at + 1;
        let end = start + special(&b[start..])?;
        if b[end] != b'"' {
            return None;
        }
        self.at = end + 1;
        // Both ends are at ASCII quotes, so on character boundaries.
        self.text.get(start..end)
    }

    /// A string value: borrowed when it has no escapes, else as serde_json
    /// reads it.
    #[inline]
    pub fn str(&mut self) -> Option<Cow<'a, str>> {
        self.space();
        let start = self.at;
        if let Some(s) = self.plain_string() {
            return Some(Cow::Borrowed(s));
        }
        self.at = start;
        if self.bytes().get(start) != Some(&b'"') {
            return None;
        }
        if let Some((s, end)) = unescaped(self.text, start) {
            self.at = end;
            return Some(Cow::Owned(s));
        }
        self.at = string_end(self.bytes(), start)?;
        serde_json::from_str::<String>(&self.text[start..self.at])
            .ok()
            .map(Cow::Owned)
    }

    /// `null`, if it is next.
    #[inline]
    pub fn null(&mut self) -> bool {
        if self.peek() == Some(b'n') && self.bytes()[self.at..].starts_with(b"null") {
            self.at += 4;
            true
        } else {
            false
        }
    }

    /// A boolean literal.
    pub fn bool(&mut self) -> Option<bool> {
        let (value, len) = match self.peek()? {
            b't' if self.bytes()[self.at..].starts_with(b"true") => (true, 4),
            b'f' if self.bytes()[self.at..].starts_with(b"false") => (false, 5),
            _ => return None,
        };
        self.at += len;
        Some(value)
    }

    /// The text of a number (not checked: [`Self::integer`] or serde_json
    /// reads it).
    fn number_text(&mut self) -> Option<&'a str> {
        self.space();
        let b = self.bytes();
        let start = self.at;
        let len = b[start..]
            .iter()
            .position(|c| !matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
            .unwrap_or(b.len() - start);
        if len == 0 {
            return None;
        }
        self.at = start + len;
        Some(&self.text[start..self.at])
    }

    /// A non-negative integer of up to 18 digits, without a leading zero:
    /// the one number shape read here (serde_json reads it as this `u64`).
    #[inline]
    pub fn integer(&mut self) -> Option<Result<u64, &'a str>> {
        let text = self.number_text()?;
        let b = text.as_bytes();
        if b.len() > 18 || b.iter().any(|c| !c.is_ascii_digit()) || (b[0] == b'0' && b.len() > 1) {
            return Some(Err(text));
        }
        Some(Ok(b.iter().fold(0u64, |n, c| n * 10 + u64::from(c - b'0'))))
    }

    /// Reads a field's value into its slot (generated struct readers), as
    /// [`put`].
    #[inline]
    pub fn field<T: Fast<'a>>(&mut self, slot: &mut Option<T>) -> Option<()> {
        put(slot, T::fast(self))
    }

    /// An array of `T`s.
    pub fn seq<T: Fast<'a>>(&mut self) -> Option<Vec<T>> {
        self.eat(b'[')?;
        self.deeper()?;
        let mut items = Vec::new();
        if self.peek()? == b']' {
            self.at += 1;
            self.depth -= 1;
            return Some(items);
        }
        loop {
            items.push(T::fast(self)?);
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    self.depth -= 1;
                    return Some(items);
                }
                _ => return None,
            }
        }
    }

    /// The next value's text, found without reading it; `None` if it nests
    /// too deep to be sure serde_json reads it the same here.
    fn span(&mut self) -> Option<&'a str> {
        self.space();
        let b = self.bytes();
        let start = self.at;
        let mut nested = 0;
        let mut i = start;
        loop {
            match *b.get(i)? {
                b'"' => i = string_end(b, i)?,
                b'{' | b'[' => {
                    nested += 1;
                    if self.depth + nested > MAX_DEPTH {
                        return None;
                    }
                    i += 1;
                }
                b'}' | b']' if nested > 0 => {
                    nested -= 1;
                    i += 1;
                }
                // The value is whatever stands before its container's next
                // delimiter; serde_json judges whether it is one value.
                b',' | b'}' | b']' if nested == 0 => break,
                _ => i += 1,
            }
        }
        self.at = i;
        Some(&self.text[start..i])
    }

    /// The next value as serde_json reads it on its own, for types without
    /// a reader here.
    pub fn serde<T: Deserialize<'a>>(&mut self) -> Option<T> {
        serde_json::from_str(self.span()?).ok()
    }

    /// The next value through a `deserialize_with` function.
    pub fn with<T>(
        &mut self,
        read: impl FnOnce(
            &mut serde_json::Deserializer<serde_json::de::StrRead<'a>>,
        ) -> Result<T, serde_json::Error>,
    ) -> Option<T> {
        let mut de = serde_json::Deserializer::from_str(self.span()?);
        let value = read(&mut de).ok()?;
        de.end().ok()?;
        Some(value)
    }

    /// Skips the value of a field the type does not name (serde reads it
    /// as `IgnoredAny`, which checks it is JSON). Plain strings, literals and
    /// empty containers are checked here; anything else by serde_json.
    /// `None` in the object an [`Self::attempt`] reads.
    pub fn skip(&mut self) -> Option<()> {
        if self.depth == self.watch {
            return None;
        }
        let start = self.at;
        let simple = match self.peek()? {
            b'"' => self.plain_string().is_some(),
            b'n' => self.null(),
            b't' | b'f' => self.bool().is_some(),
            open @ (b'[' | b'{') => {
                self.at += 1;
                let close = if open == b'[' { b']' } else { b'}' };
                self.eat(close).is_some()
            }
            _ => false,
        };
        if simple {
            return Some(());
        }
        self.at = start;
        self.serde::<serde::de::IgnoredAny>().map(drop)
    }

    /// The rest of an object whose `{` and tag are read, for a variant
    /// that is the tag alone: other entries are skipped, as serde does.
    pub fn rest_ignored(&mut self, tag: &str) -> Option<()> {
        let mut first = false;
        while let Some(key) = self.key(&mut first)? {
            if key == tag {
                return None;
            }
            self.skip()?;
        }
        Some(())
    }

    /// The keys of the object at the cursor, which stays where it is;
    /// `None` if it is not an object or a key is escaped.
    pub fn keys(&self) -> Option<Vec<&'a str>> {
        let mut probe = Reader::new(self.text, self.at, self.depth, self.event_type);
        probe.object()?;
        let mut first = true;
        let mut keys = Vec::new();
        while let Some(key) = probe.key(&mut first)? {
            keys.push(key);
            probe.span()?;
        }
        Some(keys)
    }

    /// The value of an object's `tag` key (the object's `{` read here).
    /// The variant's `fast_rest` then reads the other entries.
    ///
    /// Plain writes the tag first. When it is not, the object is searched
    /// for it and the reader goes back to the object's start; `key` then
    /// steps over the tag, so the variant sees what serde hands it: the
    /// object without its tag (`tagged.rs`). Before this, such an object
    /// sent the whole body to serde, two to three times slower.
    pub fn tag(&mut self, tag: &str) -> Option<Cow<'a, str>> {
        self.object()?;
        let open = self.at;
        let mut first = true;
        if self.key_at(&mut first)??.1 == tag {
            return self.str();
        }
        // No second look inside the same object: a tag found later must
        // be this object's only one (else serde decides).
        let mut probe = Reader::new(self.text, open, self.depth, self.event_type);
        let mut first = true;
        let mut found = None;
        while let Some((at, key)) = probe.key_at(&mut first)? {
            if key == tag {
                if found.is_some() {
                    return None;
                }
                found = Some((at, probe.str()?));
            } else {
                probe.span()?;
            }
        }
        let (at, value) = found?;
        self.at = open;
        self.fresh = true;
        self.later = true;
        self.tags_later.push(at);
        Some(value)
    }

    /// A string read through `FromStr`, as `strings::deserialize_from_str`.
    pub fn parsed<T: std::str::FromStr>(&mut self) -> Option<T> {
        self.str()?.parse().ok()
    }

    /// A `date-time`, as `datetime::deserialize`.
    pub fn datetime(&mut self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.space();
        let b = self.bytes();
        let usual = b
            .get(self.at..self.at + 26)
            .and_then(|w| crate::datetime::quoted_millis(w.try_into().ok()?));
        if let Some(t) = usual {
            self.at += 26;
            return Some(t);
        }
        crate::datetime::parse(&self.str()?).ok()
    }

    /// An optional `date-time`, as `datetime::deserialize_option`.
    pub fn datetime_option(&mut self) -> Option<Option<chrono::DateTime<chrono::Utc>>> {
        if self.null() {
            return Some(None);
        }
        self.datetime().map(Some)
    }
}

/// Fills a field's slot (generated struct readers): `None` if the value was
/// not read, or if the key came before (serde reports a duplicate field).
/// The value is read first; either way the answer is `None`.
#[inline]
pub fn put<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value?);
    Some(())
}

/// The string whose opening quote is at `at`, decoded, and where it ends,
/// when its escapes are all of the two-character kind (`\n`, `\"`, …): the
/// line breaks and quotes of message bodies. Anything else (`\u`, a
/// control character, the end of the text) is `None`, and serde_json reads
/// the string as before.
fn unescaped(text: &str, at: usize) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let mut out = String::new();
    let mut i = at + 1;
    loop {
        let run = special(b.get(i..)?)?;
        // Both ends are at ASCII bytes, so on character boundaries.
        out.push_str(text.get(i..i + run)?);
        i += run;
        match b[i] {
            b'"' => return Some((out, i + 1)),
            b'\\' => {
                out.push(match b.get(i + 1)? {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return None,
                });
                i += 2;
            }
            _ => return None,
        }
    }
}

/// The first byte at or after `at` that is not whitespace, with `at` moved
/// to it. Most bytes here are not whitespace (none in a compact body): one
/// comparison decides.
#[inline]
fn next(b: &[u8], at: &mut usize) -> Option<u8> {
    let c = *b.get(*at)?;
    if c > b' ' {
        return Some(c);
    }
    *at = space_end(b, *at);
    b.get(*at).copied()
}

/// Where the whitespace that starts at `at` ends.
fn space_end(b: &[u8], mut at: usize) -> usize {
    while let Some(b' ' | b'\n' | b'\r' | b'\t') = b.get(at) {
        at += 1;
    }
    at
}

/// Just past the string whose opening quote is at `at`, escapes and all.
fn string_end(b: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    loop {
        i += special(b.get(i..)?)?;
        match b[i] {
            b'"' => return Some(i + 1),
            b'\\' => i += 2,
            // A control character: serde_json rejects the string later.
            _ => i += 1,
        }
    }
}

/// Where the first byte that ends a plain string is, eight bytes at a time:
/// keys and ids are most of a body, and a byte-by-byte loop was the
/// reader's largest cost.
#[inline]
fn special(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    let mut i = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().ok()?);
        let quote = w ^ (ONES * u64::from(b'"'));
        let backslash = w ^ (ONES * u64::from(b'\\'));
        // A zero byte in `quote` or `backslash`, or a byte below 0x20 in
        // `w`; borrows only mark bytes after the first such byte.
        let found = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (w.wrapping_sub(ONES * 0x20) & !w);
        let found = found & HIGH;
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&c| SPECIAL[c as usize])
        .map(|at| i + at)
}

/// Bytes that end a plain string: the quote, a backslash, control
/// characters (which JSON forbids unescaped).
const SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        table[i] = true;
        i += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

impl<'a> Fast<'a> for String {
    #[inline]
    fn fast(r: &mut Reader<'a>) -> Option<Self> {
        r.str().map(Cow::into_owned)
    }
}

impl<'a> Fast<'a> for Cow<'a, str> {
    fn fast(r: &mut Reader<'a>) -> Option<Self> {
        r.str()
    }
}

impl<'a> Fast<'a> for bool {
    fn fast(r: &mut Reader<'a>) -> Option<Self> {
        r.bool()
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl<'a> Fast<'a> for $t {
            fn fast(r: &mut Reader<'a>) -> Option<Self> {
                match r.integer()? {
                    Ok(n) => <$t>::try_from(n).ok(),
                    Err(text) => serde_json::from_str(text).ok(),
                }
            }
        }
    )*};
}
integers!(u8, u16, u32, u64, i8, i16, i32, i64);

macro_rules! non_zero {
    ($($t:ty: $inner:ty),*) => {$(
        impl<'a> Fast<'a> for $t {
            fn fast(r: &mut Reader<'a>) -> Option<Self> {
                <$t>::new(<$inner>::fast(r)?)
            }
        }
    )*};
}
non_zero!(std::num::NonZeroU64: u64, std::num::NonZeroU32: u32, std::num::NonZeroI64: i64);

macro_rules! floats {
    ($($t:ty),*) => {$(
        impl<'a> Fast<'a> for $t {
            fn fast(r: &mut Reader<'a>) -> Option<Self> {
                match r.integer()? {
                    // serde_json reads an integer token for a float as
                    // `visit_u64`, which converts with `as`.
                    Ok(n) => Some(n as $t),
                    Err(text) => serde_json::from_str(text).ok(),
                }
            }
        }
    )*};
}
floats!(f32, f64);

impl<'a, T: Fast<'a>> Fast<'a> for Option<T> {
    #[inline]
    fn fast(r: &mut Reader<'a>) -> Option<Self> {
        if r.null() {
            return Some(None);
        }
        T::fast(r).map(Some)
    }
}

impl<'a, T: Fast<'a>> Fast<'a> for Vec<T> {
    fn fast(r: &mut Reader<'a>) -> Option<Self> {
        r.seq()
    }
}

impl<'a, T: Fast<'a>> Fast<'a> for Box<T> {
    fn fast(r: &mut Reader<'a>) -> Option<Self> {
        T::fast(r).map(Box::new)
    }

    fn fast_rest(r: &mut Reader<'a>, tag: &str) -> Option<Self> {
        T::fast_rest(r, tag).map(Box::new)
    }
}

impl<'a> Fast<'a> for serde_json::Value {
    fn fast(r: &mut Reader<'a>) -> Option<Self> {
        r.serde()
    }
}

impl<'a> Fast<'a> for serde_json::Map<String, serde_json::Value> {
    fn fast(r: &mut Reader<'a>) -> Option<Self> {
        r.serde()
    }
}

/// chrono's `Deserialize` reads the text as `datetime::parse` does.
impl<'a> Fast<'a> for chrono::DateTime<chrono::Utc> {
    fn fast(r: &mut Reader<'a>) -> Option<Self> {
        r.datetime()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Debug;

    /// A `Some` from the reader is what serde_json gives; `expect_some`
    /// says whether the reader must answer at all.
    fn agrees<T>(input: &str, expect_some: bool)
    where
        T: for<'a> Fast<'a> + serde::de::DeserializeOwned + PartialEq + Debug,
    {
        let fast = read::<T>(input, "x");
        let serde = serde_json::from_str::<T>(input).ok();
        if let Some(v) = &fast {
            assert_eq!(Some(v), serde.as_ref(), "{input}");
        }
        assert_eq!(fast.is_some(), expect_some, "{input}: {serde:?}");
    }

    #[test]
    fn strings_read_as_serde_json_reads_them() {
        for s in [
            r#"[]"#,
            r#"["", "a", "café ☃ 😀"]"#,
            r#"[ "a" , "b" ]"#,
            "[\"a\"]\n",
            r#"["tab\tand \"quotes\" and \\ and \u00e9 and \ud83d\ude00"]"#,
            r#"["\/"]"#,
            r#"["0123456789abcdef0123456789"]"#,
            r#"["\b\f\n\r\t\"\\\/", "\n", "line one\nline two\n\nthe \"end\""]"#,
            r#"["é\n☃\t😀", "\n\u00e9\n"]"#,
        ] {
            agrees::<Vec<String>>(s, true);
        }
        // Every ASCII byte after a backslash, inside and at the end.
        for c in 0..0x80u8 {
            let c = char::from(c);
            for s in [format!("[\"a\\{c}b\"]"), format!("[\"a\\{c}\"]")] {
                let ok = serde_json::from_str::<Vec<String>>(&s).is_ok();
                agrees::<Vec<String>>(&s, ok);
            }
        }
        for s in [
            "[\"raw\tcontrol\"]",
            "[\"raw\u{1}\"]",
            r#"["bad \x escape"]"#,
            r#"["lone \ud800 surrogate"]"#,
            "[\"escape then raw\\n\u{1}\"]",
            r#"["ends in a backslash\"#,
            r#"["unterminated]"#,
            r#"["a",]"#,
            r#"["a" "b"]"#,
            r#"[,"a"]"#,
            r#"["a"] x"#,
            r#"["a"]]"#,
            r#"[1]"#,
            r#"[null]"#,
            "",
        ] {
            agrees::<Vec<String>>(s, false);
        }
    }

    #[test]
    fn numbers_read_as_serde_json_reads_them() {
        for s in ["[0, 1, 42, 999999999999999999]", "[18446744073709551615]"] {
            agrees::<Vec<u64>>(s, true);
        }
        for s in [
            "[-1]",
            "[01]",
            "[1.0]",
            "[1e2]",
            "[18446744073709551616]",
            "[+1]",
            "[-]",
        ] {
            agrees::<Vec<u64>>(s, false);
        }
        agrees::<Vec<i64>>("[-1, 0, 7, -9223372036854775808]", true);
        agrees::<Vec<i64>>("[9223372036854775808]", false);
        agrees::<Vec<u8>>("[255]", true);
        agrees::<Vec<u8>>("[256]", false);
        agrees::<Vec<f64>>(
            "[2, 2.5, -0.0, 1e-7, 1.7976931348623157e308, 123456789012345678]",
            true,
        );
        for s in ["[1e400]", "[.5]", "[1.]", "[NaN]", "[\"1\"]"] {
            agrees::<Vec<f64>>(s, false);
        }
    }

    #[test]
    fn literals_options_and_values_read_as_serde_json_reads_them() {
        agrees::<Vec<bool>>("[true,false]", true);
        agrees::<Vec<bool>>("[True]", false);
        agrees::<Vec<bool>>("[truex]", false);
        agrees::<Vec<Option<String>>>("[null, \"a\"]", true);
        agrees::<Vec<Option<String>>>("[nul]", false);
        agrees::<Vec<Option<String>>>("[nullnull]", false);
        agrees::<Vec<serde_json::Value>>(
            r#"[{"a": [1, {"b": "}]\"{"}], "c": null}, "x", 3.5, [], {}]"#,
            true,
        );
        agrees::<Vec<serde_json::Value>>(r#"[{"a": 1,}]"#, false);
        agrees::<Vec<Vec<Vec<u8>>>>("[[[1], []], []]", true);
        agrees::<Vec<std::num::NonZeroU64>>("[1, 18446744073709551615]", true);
        agrees::<Vec<std::num::NonZeroU64>>("[0]", false);
        agrees::<Vec<std::num::NonZeroI64>>("[-3]", true);
    }

    #[test]
    fn nesting_near_serde_json_limit_is_left_to_serde() {
        // 99 levels inside the outer array: read here.
        let ok = format!("[{}{}]", "[".repeat(99), "]".repeat(99));
        agrees::<Vec<serde_json::Value>>(&ok, true);
        // Past this reader's limit, though serde_json (128) reads it.
        let deep = format!("[{}{}]", "[".repeat(110), "]".repeat(110));
        assert!(read::<Vec<serde_json::Value>>(&deep, "x").is_none());
        assert!(serde_json::from_str::<Vec<serde_json::Value>>(&deep).is_ok());
        // Far past both: an answer of `None`, not a stack overflow.
        let huge = "[".repeat(100_000);
        assert!(read::<Vec<serde_json::Value>>(&huge, "x").is_none());
        let nested = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
        assert!(read::<Vec<Vec<Vec<u8>>>>(&nested, "x").is_none());
    }

    /// An object read as generated readers read one.
    #[derive(Debug, PartialEq, Deserialize)]
    struct Pair {
        a: u64,
        b: String,
    }

    impl<'a> Fast<'a> for Pair {
        fn fast(r: &mut Reader<'a>) -> Option<Self> {
            r.object()?;
            let (mut first, mut a, mut b) = (true, None, None);
            while let Some(key) = r.key(&mut first)? {
                match key {
                    "a" => r.field(&mut a)?,
                    "b" => r.field(&mut b)?,
                    _ => r.skip()?,
                }
            }
            Some(Pair { a: a?, b: b? })
        }
    }

    #[test]
    fn whitespace_between_keys_reads_as_serde_json_reads_it() {
        let tokens = ["{", "\"a\"", ":", "1", ",", "\"b\"", ":", "\"x\"", "}"];
        let join = |gaps: &[&str]| {
            let mut s = String::from(gaps[0]);
            for (token, gap) in tokens.iter().zip(&gaps[1..]) {
                s.push_str(token);
                s.push_str(gap);
            }
            s
        };
        // JSON's four whitespace bytes, and two that are not (vertical tab,
        // form feed), in every gap in turn and in all gaps at once.
        for space in ["", " ", "\n", "\r\n\t  ", "          \n", "\u{b}", "\u{c}"] {
            let json_space = !space.contains(['\u{b}', '\u{c}']);
            for at in 0..=tokens.len() {
                let mut gaps = [""; 10];
                gaps[at] = space;
                let input = join(&gaps);
                agrees::<Pair>(&input, json_space);
            }
            agrees::<Pair>(&join(&[space; 10]), json_space);
        }
        for bad in [
            r#"{"a":1 "b":"x"}"#,
            r#"{"a":1,,"b":"x"}"#,
            r#"{"a":1,"b":"x",}"#,
            r#"{,"a":1,"b":"x"}"#,
            r#"{"a" 1,"b":"x"}"#,
            r#"{"a"::1,"b":"x"}"#,
            r#"{"a":1,"b":"x""#,
            r#"{"a":1,"b":"x"#,
            r#"{"a":1,"b"#,
            r#"{"a":1,"#,
            r#"{a:1,"b":"x"}"#,
            "{\"a\":1,\"b\":\"x\"} ,",
        ] {
            agrees::<Pair>(bad, false);
        }
        agrees::<Pair>(r#"{"b":"x","c":[1,{"d":null}],"a":1}"#, true);
    }

    #[test]
    fn plain_strings_end_where_the_bytewise_scan_ends() {
        // Every position of every special byte in and around a word.
        for len in 0..20 {
            for at in 0..len {
                for c in [b'"', b'\\', 0u8, 0x1f] {
                    let mut b = vec![b'a'; len];
                    b[at] = c;
                    assert_eq!(special(&b), Some(at), "{len} {at} {c}");
                }
                let b = vec![0xc3; len];
                assert_eq!(special(&b), None);
            }
        }
        assert_eq!(special(b"\x20\x7f\x80\xff\""), Some(4));
    }
}
