//! Running each event's handler once, though Plain delivers at least once.
//!
//! Plain retries a delivery (up to 13 attempts over about 5 days) until it
//! gets a 2xx, with the same event `id` every time. Deduplication is set
//! where deliveries are handled: the endpoint's `with_dedupe` (feature
//! `tower`), or the `dedupe` argument of a generated module's `handle`
//! and of [`Receive::receive`](crate::Receive::receive). The default,
//! everywhere, is [`Dedupe::default`]: in this process's memory, 100,000 ids.
//!
//! Each verified delivery first claims its id in a [`DedupeStore`] for a
//! lease. The claim is settled whatever happens to the future holding it:
//! when the handler returns `Ok` the id is marked done for the retention
//! period; when it fails, panics or runs out of time, or when the future is
//! dropped (a client that disconnects, a timeout around it), the claim is
//! released, so that Plain's retry runs it again. A future dropped after the
//! handler's `Ok` still marks the id done. A settlement that cannot finish
//! where it started (the future was dropped, or the store failed) goes on in
//! a task of its own, retried until the lease has passed, and its failures
//! are logged.
//!
//! A delivery whose id is done gets [`Outcome::Duplicate`] (200) without
//! running the handler; one whose id is claimed by a handler still running
//! elsewhere gets [`ErrorKind::InProgress`] (409), which Plain retries later.
//! A store that fails gets [`ErrorKind::DedupeStore`] (503), and a claim that
//! may have landed after the store call failed is released too.
//!
//! Only a process that dies (killed, out of memory) leaves its claim behind:
//! it holds until the lease expires, and then a retry runs the handler.
//!
//! **A lease that expired before `finish`.** Both stores mark the id done
//! unless another claim holds it or it is done already: a handler that
//! outlived its lease and returned `Ok` still counts, unless a retry has
//! taken the id over meanwhile (which then runs, or ran, the handler again).

use std::fmt;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::FutureExt;

use crate::{Error, ErrorKind, Outcome};

mod memory;
#[cfg(feature = "redis")]
mod redis;
mod settle;

pub use self::memory::MemoryStore;

#[cfg(feature = "redis")]
pub use self::redis::{
    RedisStore, DEFAULT_PREFIX, DEFAULT_REDIS_CONNECT_TIMEOUT, DEFAULT_REDIS_TIMEOUT,
};

/// How long a claim holds by default: 5 minutes, well over the endpoint's
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

/// The answer to a release.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Released {
    /// The token held the id; the claim is forgotten.
    Released,
    /// The token did not hold the id (absent, expired, done, or another
    /// claim's): nothing changed.
    NotHeld,
}

/// Where claims and handled ids are kept. [`MemoryStore`] keeps them in
/// this process; [`RedisStore`] (feature `redis`) shares them between
/// replicas. `token` tells one claim from another.
///
/// A store's calls must fail rather than wait long: a delivery waits for
/// its claim. [`RedisStore`] bounds each call
/// ([`DEFAULT_REDIS_TIMEOUT`]); [`MemoryStore`] never waits.
pub trait DedupeStore: Send + Sync + 'static {
    /// Claims `id` for `lease`, unless it is done or held by another claim
    /// whose lease has not expired.
    fn claim<'a>(&'a self, id: &'a str, token: &'a str, lease: Duration) -> StoreFuture<'a, Claim>;
    /// Marks `id` done for `retention`, unless another claim holds it or it
    /// is done already (so also when `token`'s lease expired and nobody
    /// took the id over).
    fn finish<'a>(
        &'a self,
        id: &'a str,
        token: &'a str,
        retention: Duration,
    ) -> StoreFuture<'a, ()>;
    /// Forgets the claim on `id`, if `token` holds it.
    fn release<'a>(&'a self, id: &'a str, token: &'a str) -> StoreFuture<'a, Released>;
}

/// Deduplication settings: a store (or none), the lease and the retention
/// period. Clones share the store. See the [module](self) for what happens
/// to a claim.
///
/// | | |
/// |---|---|
/// | [`Dedupe::default`] | in memory ([`MemoryStore::default`], 100,000 ids): the default wherever deliveries are handled |
/// | [`Dedupe::new`] | in a store of yours, such as [`RedisStore`] |
/// | [`Dedupe::off`] | every delivery runs the handler |
///
/// Keep one for the process: each `Dedupe::default()` is a new, empty store.
#[derive(Clone)]
pub struct Dedupe {
    store: Option<Arc<dyn DedupeStore>>,
    lease: Duration,
    retention: Duration,
    deadline: Option<Deadline>,
}

/// The handler's time limit, with the timer of the runtime that set it:
/// the endpoint's (tokio's), so that the core needs no runtime.
#[derive(Clone, Copy)]
pub(crate) struct Deadline {
    pub(crate) after: Duration,
    pub(crate) sleep: fn(Duration) -> Pin<Box<dyn Future<Output = ()> + Send>>,
}

impl fmt::Debug for Dedupe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dedupe")
            .field("on", &self.store.is_some())
            .field("lease", &self.lease)
            .field("retention", &self.retention)
            .finish_non_exhaustive()
    }
}

impl Default for Dedupe {
    /// In this process's memory: [`Dedupe::in_memory`].
    fn default() -> Self {
        Self::in_memory()
    }
}

impl Dedupe {
    /// Deduplication in `store`, with [`DEFAULT_LEASE`] and
    /// [`DEFAULT_RETENTION`].
    pub fn new(store: impl DedupeStore) -> Self {
        Self {
            store: Some(Arc::new(store)),
            lease: DEFAULT_LEASE,
            retention: DEFAULT_RETENTION,
            deadline: None,
        }
    }

    /// Deduplication in this process's memory ([`MemoryStore::default`]).
    pub fn in_memory() -> Self {
        Self::new(MemoryStore::default())
    }

    /// No deduplication: every delivery runs the handler.
    pub fn off() -> Self {
        Self {
            store: None,
            lease: DEFAULT_LEASE,
            retention: DEFAULT_RETENTION,
            deadline: None,
        }
    }

    /// Whether deliveries are deduplicated.
    pub fn is_on(&self) -> bool {
        self.store.is_some()
    }

    /// Sets how long a claim holds while its handler runs: longer than the
    /// handler may take (the endpoint's handler timeout), so that a retry
    /// does not take over a claim whose handler still runs.
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    /// Sets how long a handled id is remembered.
    pub fn with_retention(mut self, retention: Duration) -> Self {
        self.retention = retention;
        self
    }

    /// The lease.
    pub fn lease(&self) -> Duration {
        self.lease
    }

    /// The handler's time limit, with the timer to measure it by.
    #[cfg_attr(not(feature = "tower"), allow(dead_code))]
    pub(crate) fn with_deadline(mut self, deadline: Option<Deadline>) -> Self {
        self.deadline = deadline;
        self
    }
}

/// Where a claim is in its life: what dropping it must still do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// The claim was sent and not answered, or the store failed: it may
    /// land later, so it is released.
    Claiming,
    /// Claimed; the handler has not returned `Ok`.
    Held,
    /// The handler returned `Ok`: the id is to be marked done.
    Finishing,
    /// Nothing more to do.
    Settled,
}

/// A claim on one id, settled whatever happens to the future holding it:
/// dropped unsettled, it hands the settlement to a task of its own.
struct Guard {
    store: Arc<dyn DedupeStore>,
    id: String,
    token: String,
    lease: Duration,
    retention: Duration,
    sent: Instant,
    step: Step,
}

impl Guard {
    /// One attempt at what the step asks; `Settled` when it worked.
    async fn settle_here(&mut self) {
        let job = self.job();
        if let Some(job) = job {
            if job.attempt(&*self.store).await {
                self.step = Step::Settled;
            }
        }
    }

    fn job(&self) -> Option<settle::Job> {
        let how = match self.step {
            Step::Settled => return None,
            Step::Finishing => settle::How::Finish(self.retention),
            Step::Held => settle::How::Release,
            Step::Claiming => settle::How::ReleaseUnanswered,
        };
        Some(settle::Job {
            id: self.id.clone(),
            token: self.token.clone(),
            how,
            until: self.sent + self.lease,
        })
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Some(job) = self.job() {
            settle::detach(self.store.clone(), job);
        }
    }
}

/// What generated code passes [`guarded`]: the event id to claim, when
/// `dedupe` is on and the body has one.
#[doc(hidden)]
pub fn claim_id(dedupe: &Dedupe, id: Option<&str>) -> Option<String> {
    id.filter(|_| dedupe.is_on()).map(str::to_owned)
}

/// What generated code calls around a handler: claim the event id (when
/// deduplicating and the body has one), run within the deadline, settle.
#[doc(hidden)]
pub async fn guarded<E, F>(
    dedupe: &Dedupe,
    id: Option<&str>,
    handler: impl FnOnce() -> F,
) -> Outcome<E>
where
    F: Future<Output = Result<(), E>>,
{
    let mut guard = match (&dedupe.store, id) {
        (Some(store), Some(id)) => {
            let mut guard = Guard {
                store: store.clone(),
                id: id.to_owned(),
                token: format!("claim:{}", uuid::Uuid::new_v4()),
                lease: dedupe.lease,
                retention: dedupe.retention,
                sent: Instant::now(),
                step: Step::Claiming,
            };
            match store.claim(id, &guard.token, dedupe.lease).await {
                Ok(Claim::Claimed) => guard.step = Step::Held,
                Ok(Claim::Done) => {
                    guard.step = Step::Settled;
                    return Outcome::Duplicate;
                }
                Ok(Claim::Busy) => {
                    guard.step = Step::Settled;
                    return Outcome::Rejected(Error::new(
                        ErrorKind::InProgress,
                        "this event is being handled by another delivery; retry later",
                    ));
                }
                // The guard, dropped here in `Claiming`, releases the claim
                // in case it lands after all.
                Err(e) => {
                    return Outcome::Rejected(Error::new(
                        ErrorKind::DedupeStore,
                        format!("the dedupe store failed: {e}"),
                    ))
                }
            }
            Some(guard)
        }
        _ => None,
    };
    let run = AssertUnwindSafe(handler()).catch_unwind();
    let result = match dedupe.deadline {
        None => Some(run.await),
        Some(deadline) => {
            let timer = (deadline.sleep)(deadline.after);
            match futures_util::future::select(std::pin::pin!(run), timer).await {
                futures_util::future::Either::Left((result, _)) => Some(result),
                futures_util::future::Either::Right(((), _)) => None,
            }
        }
    };
    if let Some(guard) = &mut guard {
        if matches!(result, Some(Ok(Ok(())))) {
            guard.step = Step::Finishing;
        }
        // Settled here when the store answers; otherwise (or when this
        // future is dropped meanwhile) the guard's drop goes on with it.
        guard.settle_here().await;
    }
    drop(guard);
    match result {
        Some(Ok(Ok(()))) => Outcome::Handled,
        Some(Ok(Err(e))) => Outcome::HandlerFailed(e),
        Some(Err(panic)) => std::panic::resume_unwind(panic),
        None => Outcome::TimedOut(dedupe.deadline.map_or(Duration::ZERO, |d| d.after)),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Memory stores and these handlers never wait.
    pub(super) fn block_on<T>(f: impl Future<Output = T>) -> T {
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        match std::pin::pin!(f).poll(&mut cx) {
            std::task::Poll::Ready(v) => v,
            std::task::Poll::Pending => panic!("a memory store waited"),
        }
    }

    pub(super) fn claim_of(store: &MemoryStore, id: &str, token: &str) -> Claim {
        block_on(store.claim(id, token, Duration::from_secs(60))).unwrap()
    }

    #[test]
    fn handlers_run_once_and_again_after_a_failure_or_panic() {
        let dedupe = Dedupe::in_memory();
        let run = |result: Result<(), &'static str>| {
            block_on(guarded(&dedupe, Some("pEv_1"), || async move { result }))
        };
        assert!(matches!(run(Err("down")), Outcome::HandlerFailed("down")));
        let panicked = std::panic::catch_unwind(AssertUnwindSafe(|| {
            block_on(guarded::<(), _>(&dedupe, Some("pEv_1"), || async {
                panic!("a bug")
            }))
        }));
        assert!(panicked.is_err());
        assert!(matches!(run(Ok(())), Outcome::Handled));
        assert!(matches!(run(Ok(())), Outcome::Duplicate));
        assert!(matches!(
            block_on(guarded::<(), _>(&Dedupe::off(), Some("pEv_1"), || async {
                Ok(())
            })),
            Outcome::Handled
        ));
    }

    /// Before, a claim whose future was dropped (a handler cut by a
    /// timeout, a client gone) held until its lease expired: retries got
    /// 409 for 5 minutes.
    #[test]
    fn a_dropped_handler_releases_its_claim_and_one_dropped_after_ok_finishes() {
        let dedupe = Dedupe::in_memory();
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        let mut cut = Box::pin(guarded::<(), _>(&dedupe, Some("pEv_1"), || {
            std::future::pending()
        }));
        assert!(cut.as_mut().poll(&mut cx).is_pending());
        drop(cut);
        let ran = std::sync::atomic::AtomicUsize::new(0);
        let count = || async {
            ran.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok::<(), ()>(())
        };
        assert!(matches!(
            block_on(guarded(&dedupe, Some("pEv_1"), count)),
            Outcome::Handled
        ));
        assert!(matches!(
            block_on(guarded(&dedupe, Some("pEv_1"), count)),
            Outcome::Duplicate
        ));
        assert_eq!(ran.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    #[test]
    fn a_handler_past_its_deadline_is_cut_and_its_claim_released() {
        fn never(_: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
            Box::pin(std::future::pending())
        }
        fn at_once(_: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
            Box::pin(std::future::ready(()))
        }
        let deadline = |sleep| {
            Some(Deadline {
                after: Duration::from_secs(2),
                sleep,
            })
        };
        let dedupe = Dedupe::in_memory().with_deadline(deadline(at_once));
        let outcome = block_on(guarded::<(), _>(&dedupe, Some("pEv_1"), || {
            std::future::pending()
        }));
        assert!(
            matches!(outcome, Outcome::TimedOut(d) if d == Duration::from_secs(2)),
            "{outcome:?}"
        );
        // Released: the retry runs (and a finished handler beats the timer).
        let dedupe = dedupe.with_deadline(deadline(never));
        assert!(matches!(
            block_on(guarded::<(), _>(&dedupe, Some("pEv_1"), || async {
                Ok(())
            })),
            Outcome::Handled
        ));
    }
}
