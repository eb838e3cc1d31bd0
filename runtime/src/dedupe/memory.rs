//! The in-memory store: ids in this process, at most a fixed number.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::{Claim, DedupeStore, Released, StoreFuture, DEFAULT_MEMORY_CAPACITY};

/// Ids in this process's memory, at most `capacity` of them, claimed or
/// done (the oldest claimed are forgotten first): a fixed bound whatever
/// the sequence of claims, releases and expiries. Claims and ids are not
/// shared with other processes, nor kept across restarts: use
/// [`RedisStore`](super::RedisStore) (feature `redis`) for replicas.
pub struct MemoryStore {
    capacity: usize,
    ids: Mutex<Ids>,
}

/// Each id is once in `entries` and once in `order`, so both stay within
/// the capacity.
#[derive(Default)]
struct Ids {
    entries: HashMap<Arc<str>, Entry>,
    /// Ids by the number of their latest claim or mark, oldest first.
    order: BTreeMap<u64, Arc<str>>,
    next: u64,
}

struct Entry {
    /// The claim's token while claimed; `None` once done.
    holder: Option<String>,
    until: Instant,
    number: u64,
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::with_capacity(DEFAULT_MEMORY_CAPACITY)
    }
}

impl fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemoryStore")
            .field("capacity", &self.capacity)
            .field("ids", &self.len())
            .finish()
    }
}

impl MemoryStore {
    /// A store remembering at most `capacity` ids (at least 1).
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            ids: Mutex::default(),
        }
    }

    /// How many ids it holds now, claimed or done (expired ones included
    /// until they are claimed again or forgotten): never over its capacity.
    pub fn len(&self) -> usize {
        self.lock().entries.len()
    }

    /// Whether it holds no id.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Ids> {
        self.ids.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn with_ids<T>(&self, f: impl FnOnce(&mut Ids, Instant) -> T) -> StoreFuture<'_, T>
    where
        T: Send + 'static,
    {
        let out = f(&mut self.lock(), Instant::now());
        Box::pin(std::future::ready(Ok(out)))
    }
}

impl Ids {
    /// Puts `id` at the newest place with `entry`'s settings, forgetting
    /// the oldest ids beyond `capacity`.
    fn put(&mut self, id: &str, holder: Option<String>, until: Instant, capacity: usize) {
        let key: Arc<str> = match self.entries.remove_entry(id) {
            Some((key, old)) => {
                self.order.remove(&old.number);
                key
            }
            None => id.into(),
        };
        self.next += 1;
        let number = self.next;
        self.order.insert(number, key.clone());
        self.entries.insert(
            key,
            Entry {
                holder,
                until,
                number,
            },
        );
        while self.entries.len() > capacity {
            let Some((_, old)) = self.order.pop_first() else {
                break;
            };
            self.entries.remove(&old);
        }
    }

    fn remove(&mut self, id: &str) {
        if let Some(old) = self.entries.remove(id) {
            self.order.remove(&old.number);
        }
    }

    /// The entry for `id`, unless it expired (then it is as if absent).
    fn live(&self, id: &str, now: Instant) -> Option<&Entry> {
        self.entries.get(id).filter(|e| e.until > now)
    }
}

impl DedupeStore for MemoryStore {
    fn claim<'a>(&'a self, id: &'a str, token: &'a str, lease: Duration) -> StoreFuture<'a, Claim> {
        let capacity = self.capacity;
        self.with_ids(move |ids, now| {
            if let Some(e) = ids.live(id, now) {
                return if e.holder.is_some() {
                    Claim::Busy
                } else {
                    Claim::Done
                };
            }
            ids.put(id, Some(token.to_owned()), now + lease, capacity);
            Claim::Claimed
        })
    }

    fn finish<'a>(
        &'a self,
        id: &'a str,
        token: &'a str,
        retention: Duration,
    ) -> StoreFuture<'a, ()> {
        let capacity = self.capacity;
        self.with_ids(move |ids, now| {
            let ours = ids
                .entries
                .get(id)
                .is_some_and(|e| e.holder.as_deref() == Some(token));
            if ours || ids.live(id, now).is_none() {
                ids.put(id, None, now + retention, capacity);
            }
        })
    }

    fn release<'a>(&'a self, id: &'a str, token: &'a str) -> StoreFuture<'a, Released> {
        self.with_ids(move |ids, _| {
            let ours = ids
                .entries
                .get(id)
                .is_some_and(|e| e.holder.as_deref() == Some(token));
            if ours {
                ids.remove(id);
                Released::Released
            } else {
                Released::NotHeld
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dedupe::tests::{block_on, claim_of};

    #[test]
    fn memory_claims_finish_release_and_expire() {
        let store = MemoryStore::default();
        let lease = Duration::from_secs(60);
        let claim = |token| claim_of(&store, "pEv_1", token);
        assert_eq!(claim("a"), Claim::Claimed);
        assert_eq!(claim("b"), Claim::Busy);
        // Only the holder may release or finish.
        assert_eq!(
            block_on(store.release("pEv_1", "b")).unwrap(),
            Released::NotHeld
        );
        assert_eq!(claim("b"), Claim::Busy);
        assert_eq!(
            block_on(store.release("pEv_1", "a")).unwrap(),
            Released::Released
        );
        assert_eq!(claim("b"), Claim::Claimed);
        block_on(store.finish("pEv_1", "a", lease)).unwrap();
        assert_eq!(claim("c"), Claim::Busy, "a stale holder finished");
        block_on(store.finish("pEv_1", "b", lease)).unwrap();
        assert_eq!(claim("c"), Claim::Done);
        // An expired lease may be taken over.
        assert_eq!(
            block_on(store.claim("pEv_2", "a", Duration::ZERO)).unwrap(),
            Claim::Claimed
        );
        assert_eq!(claim_of(&store, "pEv_2", "b"), Claim::Claimed);
    }

    /// The one meaning both stores give a lease that expired before
    /// `finish` (the Redis store's test checks the same): done, unless
    /// another claim holds the id.
    #[test]
    fn finish_after_the_lease_marks_done_unless_taken_over() {
        let store = MemoryStore::default();
        let day = Duration::from_secs(86_400);
        block_on(store.claim("late", "a", Duration::ZERO)).unwrap();
        block_on(store.finish("late", "a", day)).unwrap();
        assert_eq!(claim_of(&store, "late", "b"), Claim::Done);

        block_on(store.claim("taken", "a", Duration::ZERO)).unwrap();
        assert_eq!(claim_of(&store, "taken", "b"), Claim::Claimed);
        block_on(store.finish("taken", "a", day)).unwrap();
        assert_eq!(
            claim_of(&store, "taken", "c"),
            Claim::Busy,
            "b still holds it"
        );

        // Taken over, and that claim expired too: nobody holds it.
        block_on(store.claim("both", "a", Duration::ZERO)).unwrap();
        block_on(store.claim("both", "b", Duration::ZERO)).unwrap();
        block_on(store.finish("both", "a", day)).unwrap();
        assert_eq!(claim_of(&store, "both", "c"), Claim::Done);
    }

    #[test]
    fn memory_forgets_the_oldest_beyond_its_capacity() {
        let store = MemoryStore::with_capacity(2);
        // `a` expires at once and is claimed again: its first place in the
        // order must not forget the second claim.
        block_on(store.claim("a", "t", Duration::ZERO)).unwrap();
        for id in ["b", "a", "c"] {
            assert_eq!(claim_of(&store, id, "t"), Claim::Claimed);
        }
        let ids = store.lock();
        assert_eq!(ids.entries.len(), 2);
        assert!(ids.entries.contains_key("a") && ids.entries.contains_key("c"));
    }

    /// Before, every claim added to an order queue that only a capacity
    /// overflow emptied: 100,000 released claims left 100,000 places.
    #[test]
    fn memory_stays_within_its_capacity_under_any_sequence() {
        let store = MemoryStore::with_capacity(1_000);
        let lease = Duration::from_secs(60);
        for n in 0..100_000u32 {
            let id = format!("pEv_{n}");
            let token = format!("t{n}");
            let expiring = if n % 3 == 0 { Duration::ZERO } else { lease };
            block_on(store.claim(&id, &token, expiring)).unwrap();
            match n % 4 {
                0 | 1 => {
                    block_on(store.release(&id, &token)).unwrap();
                }
                2 => block_on(store.finish(&id, &token, lease)).unwrap(),
                // Claimed again after its expiry, or busy.
                _ => {
                    block_on(store.claim(&format!("pEv_{}", n - 3), "again", lease)).unwrap();
                }
            }
            let ids = store.lock();
            assert_eq!(ids.order.len(), ids.entries.len());
            assert!(ids.entries.len() <= 1_000, "{} ids", ids.entries.len());
        }
        // Released claims leave nothing behind.
        let store = MemoryStore::with_capacity(1_000);
        for n in 0..100_000u32 {
            let id = format!("pEv_{n}");
            block_on(store.claim(&id, "t", lease)).unwrap();
            block_on(store.release(&id, "t")).unwrap();
        }
        let ids = store.lock();
        assert!(ids.entries.is_empty() && ids.order.is_empty());
    }
}
