//! The one source of randomness: ChaCha8, whose output for a given seed and
//! stream is specified by the algorithm, so bodies are the same on every
//! machine and every run.

use rand_chacha::rand_core::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A seeded generator with the few draws the samplers need.
pub(crate) struct Rng(ChaCha8Rng);

impl Rng {
    /// The generator for case `stream` of run `seed`: each case can be
    /// reproduced alone from the pair.
    pub(crate) fn new(seed: u64, stream: u64) -> Self {
        let mut inner = ChaCha8Rng::seed_from_u64(seed);
        inner.set_stream(stream);
        Self(inner)
    }

    /// The generator for case `stream` of run `seed` for `event_type`: the
    /// same seed draws other values (the event `id` among them) for another
    /// event type, so that samples of several types are distinct deliveries.
    pub(crate) fn for_event(event_type: &str, seed: u64, stream: u64) -> Self {
        // FNV-1a: stable across machines and releases, unlike `Hash`.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in event_type.bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        Self::new(seed ^ hash, stream)
    }

    /// A value in `0..n` (`n > 0`), without modulo bias (Lemire's method).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        debug_assert!(n > 0);
        let threshold = n.wrapping_neg() % n;
        loop {
            let m = u128::from(self.0.next_u64()) * u128::from(n);
            if (m as u64) >= threshold {
                return (m >> 64) as u64;
            }
        }
    }

    /// A value in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: u64, hi: u64) -> u64 {
        debug_assert!(lo <= hi);
        match (hi - lo).checked_add(1) {
            Some(n) => lo + self.below(n),
            None => self.0.next_u64(),
        }
    }

    /// An index into a slice of length `len` (`len > 0`).
    pub(crate) fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }

    /// True with probability `percent`/100.
    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.index(items.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_and_stream_same_draws_and_streams_differ() {
        let draw = |seed, stream| {
            let mut r = Rng::new(seed, stream);
            (0..32).map(|_| r.below(1000)).collect::<Vec<_>>()
        };
        assert_eq!(draw(7, 3), draw(7, 3));
        assert_ne!(draw(7, 3), draw(7, 4));
        assert_ne!(draw(7, 3), draw(8, 3));
    }

    #[test]
    fn range_stays_in_bounds_and_reaches_both_ends() {
        let mut r = Rng::new(1, 0);
        let draws: Vec<u64> = (0..2000).map(|_| r.range(5, 9)).collect();
        assert!(draws.iter().all(|d| (5..=9).contains(d)));
        assert!(draws.contains(&5) && draws.contains(&9));
        assert_eq!(r.range(3, 3), 3);
    }
}
