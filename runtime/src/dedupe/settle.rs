//! Settling a claim away from the future that held it: retried until the
//! store answers or the lease has passed (then the store forgets the claim
//! by itself), with every failure logged.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use super::{DedupeStore, Released};

type Sleep = fn(Duration) -> Pin<Box<dyn Future<Output = ()> + Send>>;

/// The first pause between attempts; it doubles up to [`MAX_PAUSE`].
const FIRST_PAUSE: Duration = Duration::from_millis(50);
const MAX_PAUSE: Duration = Duration::from_secs(1);

/// How long after the store first answers "not held" a claim that was
/// never answered is looked for once more: it may still be on its way
/// (on a connection the store has not read yet).
const LATE_CLAIM_WINDOW: Duration = Duration::from_secs(1);

#[derive(Clone, Copy, Debug)]
pub(crate) enum How {
    /// Mark done, for this retention.
    Finish(Duration),
    /// Release a claim that was answered `Claimed`.
    Release,
    /// Release a claim that was never answered: it may land later.
    ReleaseUnanswered,
}

pub(crate) struct Job {
    pub(crate) id: String,
    pub(crate) token: String,
    pub(crate) how: How,
    /// When the lease ends: the store forgets the claim by itself then.
    pub(crate) until: Instant,
}

impl Job {
    fn what(&self) -> &'static str {
        match self.how {
            How::Finish(_) => "mark the event done",
            How::Release | How::ReleaseUnanswered => "release the event's claim",
        }
    }

    /// One attempt at a claim that was answered: whether it is settled.
    pub(crate) async fn attempt(&self, store: &dyn DedupeStore) -> bool {
        match self.call(store).await {
            Ok(_) => true,
            Err(e) => {
                tracing::warn!(
                    event_id = %self.id,
                    error = %e,
                    "could not {} in the dedupe store; retrying in the background",
                    self.what()
                );
                false
            }
        }
    }

    async fn call(&self, store: &dyn DedupeStore) -> Result<Option<Released>, super::StoreError> {
        match self.how {
            How::Finish(retention) => store
                .finish(&self.id, &self.token, retention)
                .await
                .map(|()| None),
            How::Release | How::ReleaseUnanswered => {
                store.release(&self.id, &self.token).await.map(Some)
            }
        }
    }
}

/// Attempts `job` until it is settled or its lease has passed.
async fn run(store: Arc<dyn DedupeStore>, job: Job, sleep: Sleep) {
    let mut pause = FIRST_PAUSE;
    let mut failures = 0u32;
    let mut not_held_since: Option<Instant> = None;
    loop {
        match job.call(&*store).await {
            Ok(found) => {
                let settled = match (job.how, found) {
                    (How::ReleaseUnanswered, Some(Released::NotHeld)) => {
                        let since = *not_held_since.get_or_insert_with(Instant::now);
                        since.elapsed() >= LATE_CLAIM_WINDOW
                    }
                    _ => true,
                };
                if settled {
                    if failures > 0 {
                        tracing::info!(
                            event_id = %job.id,
                            failures,
                            "the dedupe store answered: could {} after all",
                            job.what()
                        );
                    }
                    return;
                }
            }
            Err(e) => {
                failures += 1;
                if failures == 1 {
                    tracing::warn!(
                        event_id = %job.id,
                        error = %e,
                        "could not {} in the dedupe store; retrying until its lease ends",
                        job.what()
                    );
                }
            }
        }
        if Instant::now() >= job.until {
            if failures > 0 {
                tracing::error!(
                    event_id = %job.id,
                    failures,
                    "gave up trying to {}: the claim ends with its lease, and a retry then runs \
                     the handler again",
                    job.what()
                );
            }
            return;
        }
        sleep(pause.min(job.until.saturating_duration_since(Instant::now()))).await;
        pause = (pause * 2).min(MAX_PAUSE);
    }
}

/// Settles `job` without the future that held the claim: at once when the
/// store answers at once (a memory store), else in a task of the tokio
/// runtime it was dropped in, else on a thread of its own.
pub(crate) fn detach(store: Arc<dyn DedupeStore>, job: Job) {
    #[cfg(any(feature = "tower", feature = "redis"))]
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        let mut settle = Box::pin(run(store, job, |d| Box::pin(tokio::time::sleep(d))));
        if poll_once(settle.as_mut()) {
            return;
        }
        runtime.spawn(settle);
        return;
    }
    // No runtime: a blocking pause is fine on the thread this ends up on.
    let mut settle = Box::pin(run(store, job, |d| {
        std::thread::sleep(d);
        Box::pin(std::future::ready(()))
    }));
    match std::panic::catch_unwind(AssertUnwindSafe(|| poll_once(settle.as_mut()))) {
        Ok(true) => {}
        Ok(false) => {
            let spawned = std::thread::Builder::new()
                .name("plain-webhooks-settle".into())
                .spawn(move || block_on(settle));
            if let Err(e) = spawned {
                tracing::error!(error = %e, "could not start a thread to settle a dedupe claim");
            }
        }
        Err(_) => tracing::error!(
            "settling a dedupe claim panicked: its store needs a runtime that is not running here"
        ),
    }
}

fn poll_once(settle: Pin<&mut (dyn Future<Output = ()> + Send)>) -> bool {
    let mut cx = Context::from_waker(Waker::noop());
    settle.poll(&mut cx).is_ready()
}

/// Runs `future` on this thread, parking between wake-ups.
fn block_on(mut future: Pin<Box<dyn Future<Output = ()> + Send>>) {
    struct Unpark(std::thread::Thread);
    impl std::task::Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    while future.as_mut().poll(&mut cx) == Poll::Pending {
        std::thread::park();
    }
}
