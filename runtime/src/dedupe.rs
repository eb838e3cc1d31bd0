//! Running each event's handler once, though Plain delivers at least once.
//!
//! Plain retries a delivery (up to 13 attempts over about 5 days) until it
//! gets a 2xx, with the same event `id` every time. With a [`Dedupe`] on the
//! [`Verifier`](crate::Verifier), each verified delivery first claims its
//! id in a [`DedupeStore`] for a lease; when the handler returns `Ok` the id
//! is marked done for the retention period, and when it fails or panics
//! the claim is released, so that Plain's retry runs it again. A delivery
//! whose id is done gets [`Outcome::Duplicate`] (200) without running the
//! handler; one whose id is claimed by a handler still running elsewhere
//! gets [`ErrorKind::InProgress`] (409), which Plain retries later.
//!
//! A handler cancelled mid-run (a timeout, a killed process) keeps its
//! claim until the lease expires; then a retry may run it again.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use futures_util::FutureExt;

use crate::{Error, ErrorKind, Outcome};

#[cfg(feature = "redis")]
mod redis;
#[cfg(feature = "redis")]
pub use self::redis::{RedisStore, DEFAULT_PREFIX};

/// How long a claim holds by default: 5 minutes, well over the router's
/// handler timeout.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(5 * 60);

/// How long a handled id is remembered by default: 7 days, longer than
/// Plain's retries (about 5 days).
pub const DEFAULT_RETENTION: Duration = Duration::from_secs(7 * 24 * 60 * 60);

/// How many ids [`MemoryStore::default`] remembers: 100,000.
pub const DEFAULT_MEMORY_CAPACITY: usize = 100_000;

/// What a store's methods return.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// A store's failure (such as Redis being unreachable).
pub type StoreError = Box<dyn std::error::Error + Send + Sync>;

/// The answer to a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// The id is now held by this claim's token.
    Claimed,
    /// The id was handled already.
    Done,
    /// Another claim holds the id and its lease has not expired.
    Busy,
}

/// Where claims and handled ids are kept. [`MemoryStore`] keeps them in
/// this process; [`RedisStore`] (feature `redis`) shares them between
/// replicas. `token` tells one claim from another.
pub trait DedupeStore: Send + Sync + 'static {
    /// Claims `id` for `lease`, unless it is done or held by another claim.
    fn claim<'a>(&'a self, id: &'a str, token: &'a str, lease: Duration) -> StoreFuture<'a, Claim>;
    /// Marks `id` done for `retention`, if `token` still holds it.
    fn finish<'a>(
        &'a self,
        id: &'a str,
        token: &'a str,
        retention: Duration,
    ) -> StoreFuture<'a, ()>;
    /// Forgets the claim on `id`, if `token` still holds it.
    fn release<'a>(&'a self, id: &'a str, token: &'a str) -> StoreFuture<'a, ()>;
}

/// Deduplication settings: a store, the lease and the retention period.
/// Give it to [`Verifier::with_dedupe`](crate::Verifier::with_dedupe);
/// clones share the store.
#[derive(Clone)]
pub struct Dedupe {
    store: Arc<dyn DedupeStore>,
    lease: Duration,
    retention: Duration,
}

impl fmt::Debug for Dedupe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dedupe")
            .field("lease", &self.lease)
            .field("retention", &self.retention)
            .finish_non_exhaustive()
    }
}

impl Dedupe {
    /// Deduplication in `store`, with [`DEFAULT_LEASE`] and
    /// [`DEFAULT_RETENTION`].
    pub fn new(store: impl DedupeStore) -> Self {
        Self {
            store: Arc::new(store),
            lease: DEFAULT_LEASE,
            retention: DEFAULT_RETENTION,
        }
    }

    /// Deduplication in this process's memory ([`MemoryStore::default`]).
    pub fn in_memory() -> Self {
        Self::new(MemoryStore::default())
    }

    /// Sets how long a claim holds while its handler runs.
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    /// Sets how long a handled id is remembered.
    pub fn with_retention(mut self, retention: Duration) -> Self {
        self.retention = retention;
        self
    }

    /// Claims `id` for one delivery: `Ok(Some)` to run the handler,
    /// `Err` with the outcome to answer instead.
    pub(crate) async fn claim<E>(&self, id: &str) -> Result<Held<'_>, Outcome<E>> {
        let token = format!("claim:{}", uuid::Uuid::new_v4());
        match self.store.claim(id, &token, self.lease).await {
            Ok(Claim::Claimed) => Ok(Held {
                dedupe: self,
                id: id.to_owned(),
                token,
            }),
            Ok(Claim::Done) => Err(Outcome::Duplicate),
            Ok(Claim::Busy) => Err(Outcome::Rejected(Error::new(
                ErrorKind::InProgress,
                "this event is being handled by another delivery; retry later",
            ))),
            Err(e) => Err(Outcome::Rejected(Error::new(
                ErrorKind::DedupeStore,
                format!("the dedupe store failed: {e}"),
            ))),
        }
    }
}

/// A claim held while a handler runs.
pub(crate) struct Held<'a> {
    dedupe: &'a Dedupe,
    id: String,
    token: String,
}

impl Held<'_> {
    /// Runs `handler`: marks the id done when it returns `Ok`, releases the
    /// claim when it fails or panics (the panic then goes on). A store that
    /// fails here changes nothing for this delivery: the handler has run;
    /// the lease expires in time.
    pub(crate) async fn run<E>(
        self,
        handler: impl Future<Output = Result<(), E>>,
    ) -> Result<(), E> {
        let result = AssertUnwindSafe(handler).catch_unwind().await;
        let store = &self.dedupe.store;
        let _ = match &result {
            Ok(Ok(())) => {
                let retention = self.dedupe.retention;
                store.finish(&self.id, &self.token, retention).await
            }
            _ => store.release(&self.id, &self.token).await,
        };
        result.unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    }
}

/// Ids in this process's memory, at most `capacity` (the oldest are
/// forgotten first). Claims and ids are not shared with other processes,
/// nor kept across restarts: use [`RedisStore`] for replicas.
pub struct MemoryStore {
    capacity: usize,
    ids: Mutex<Ids>,
}

#[derive(Default)]
struct Ids {
    entries: HashMap<String, Entry>,
    /// Ids in the order they were claimed, with the claim's number, so
    /// that an id claimed again is not forgotten by its older place.
    order: VecDeque<(String, u64)>,
    claims: u64,
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
        let ids = self.ids.lock().unwrap_or_else(PoisonError::into_inner);
        f.debug_struct("MemoryStore")
            .field("capacity", &self.capacity)
            .field("ids", &ids.entries.len())
            .finish()
    }
}

impl MemoryStore {
    /// A store remembering at most `capacity` ids.
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            ids: Mutex::default(),
        }
    }

    fn with_ids<T>(&self, f: impl FnOnce(&mut Ids, Instant) -> T) -> StoreFuture<'_, T>
    where
        T: Send + 'static,
    {
        let mut ids = self.ids.lock().unwrap_or_else(PoisonError::into_inner);
        let out = f(&mut ids, Instant::now());
        Box::pin(std::future::ready(Ok(out)))
    }
}

impl DedupeStore for MemoryStore {
    fn claim<'a>(&'a self, id: &'a str, token: &'a str, lease: Duration) -> StoreFuture<'a, Claim> {
        let capacity = self.capacity;
        self.with_ids(|ids, now| {
            if let Some(e) = ids.entries.get(id).filter(|e| e.until > now) {
                return if e.holder.is_some() {
                    Claim::Busy
                } else {
                    Claim::Done
                };
            }
            ids.claims += 1;
            let number = ids.claims;
            let entry = Entry {
                holder: Some(token.to_owned()),
                until: now + lease,
                number,
            };
            ids.entries.insert(id.to_owned(), entry);
            ids.order.push_back((id.to_owned(), number));
            while ids.entries.len() > capacity {
                let Some((old, n)) = ids.order.pop_front() else {
                    break;
                };
                if ids.entries.get(&old).is_some_and(|e| e.number == n) {
                    ids.entries.remove(&old);
                }
            }
            Claim::Claimed
        })
    }

    fn finish<'a>(
        &'a self,
        id: &'a str,
        token: &'a str,
        retention: Duration,
    ) -> StoreFuture<'a, ()> {
        self.with_ids(|ids, now| {
            if let Some(e) = ids.entries.get_mut(id) {
                if e.holder.as_deref() == Some(token) {
                    e.holder = None;
                    e.until = now + retention;
                }
            }
        })
    }

    fn release<'a>(&'a self, id: &'a str, token: &'a str) -> StoreFuture<'a, ()> {
        self.with_ids(|ids, _| {
            if ids
                .entries
                .get(id)
                .is_some_and(|e| e.holder.as_deref() == Some(token))
            {
                ids.entries.remove(id);
            }
        })
    }
}

/// What generated code calls around a handler: claim the event id (when
/// the verifier deduplicates and the body has one), run, settle.
#[doc(hidden)]
pub async fn guarded<E, F>(
    dedupe: Option<&Dedupe>,
    id: Option<&str>,
    handler: impl FnOnce() -> F,
) -> Outcome<E>
where
    F: Future<Output = Result<(), E>>,
{
    let result = match dedupe.zip(id) {
        None => handler().await,
        Some((dedupe, id)) => match dedupe.claim(id).await {
            Ok(held) => held.run(handler()).await,
            Err(outcome) => return outcome,
        },
    };
    match result {
        Ok(()) => Outcome::Handled,
        Err(e) => Outcome::HandlerFailed(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Memory stores and these handlers never wait.
    fn block_on<T>(f: impl Future<Output = T>) -> T {
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        match std::pin::pin!(f).poll(&mut cx) {
            std::task::Poll::Ready(v) => v,
            std::task::Poll::Pending => panic!("a memory store waited"),
        }
    }

    #[test]
    fn memory_claims_finish_release_and_expire() {
        let store = MemoryStore::default();
        let lease = Duration::from_secs(60);
        let claim = |token| block_on(store.claim("pEv_1", token, lease)).unwrap();
        assert_eq!(claim("a"), Claim::Claimed);
        assert_eq!(claim("b"), Claim::Busy);
        // Only the holder may release or finish.
        block_on(store.release("pEv_1", "b")).unwrap();
        assert_eq!(claim("b"), Claim::Busy);
        block_on(store.release("pEv_1", "a")).unwrap();
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

    fn claim_of(store: &MemoryStore, id: &str, token: &str) -> Claim {
        block_on(store.claim(id, token, Duration::from_secs(60))).unwrap()
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
        let ids = store.ids.lock().unwrap();
        assert_eq!(ids.entries.len(), 2);
        assert!(ids.entries.contains_key("a") && ids.entries.contains_key("c"));
    }

    #[test]
    fn handlers_run_once_and_again_after_a_failure_or_panic() {
        let dedupe = Dedupe::in_memory();
        let run = |result: Result<(), &'static str>| {
            block_on(guarded(
                Some(&dedupe),
                Some("pEv_1"),
                || async move { result },
            ))
        };
        assert!(matches!(run(Err("down")), Outcome::HandlerFailed("down")));
        let panicked = std::panic::catch_unwind(AssertUnwindSafe(|| {
            block_on(guarded::<(), _>(Some(&dedupe), Some("pEv_1"), || async {
                panic!("a bug")
            }))
        }));
        assert!(panicked.is_err());
        assert!(matches!(run(Ok(())), Outcome::Handled));
        assert!(matches!(run(Ok(())), Outcome::Duplicate));
        assert!(matches!(
            block_on(guarded::<(), _>(None, Some("pEv_1"), || async { Ok(()) })),
            Outcome::Handled
        ));
    }
}
