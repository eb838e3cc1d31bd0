//! Claims and handled ids in Redis, shared by every replica that uses the
//! same server and key prefix.

use std::fmt;
use std::time::Duration;

use redis::aio::ConnectionManager;
use redis::Script;

use super::{Claim, DedupeStore, StoreFuture};

/// Claims the key unless it exists; says what holds it otherwise. One
/// script, so that the answer and the claim are one atomic step.
const CLAIM: &str = r"
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == 'done' then return 2 end
return 0";

/// Marks the key done, only if this claim's token still holds it: a lease
/// that expired and was taken over is not the old holder's to mark.
const FINISH: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
end
return 0";

/// Deletes the key, only if this claim's token still holds it.
const RELEASE: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0";

/// The default key prefix: keys are `plain-webhooks:event:<id>`.
pub const DEFAULT_PREFIX: &str = "plain-webhooks:event:";

/// Claims and handled ids in Redis (feature `redis`): a key per event id,
/// holding the claim's token with the lease as its expiry, then `done`
/// with the retention as its expiry. Connections reconnect on their own
/// ([`ConnectionManager`]).
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use plain_webhooks::dedupe::RedisStore;
/// use plain_webhooks::{Dedupe, Verifier};
///
/// let store = RedisStore::connect("redis://127.0.0.1:6379/").await?;
/// let verifier = Verifier::from_env("PLAIN_WEBHOOK_SECRET")?.with_dedupe(Some(Dedupe::new(store)));
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct RedisStore {
    connection: ConnectionManager,
    prefix: String,
    scripts: [Script; 3],
}

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisStore")
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

impl RedisStore {
    /// Connects to the Redis server at `url` (`redis://host:port/db`).
    ///
    /// # Errors
    ///
    /// The URL is invalid or the server cannot be reached.
    pub async fn connect(url: &str) -> redis::RedisResult<Self> {
        let client = redis::Client::open(url)?;
        Ok(Self::new(ConnectionManager::new(client).await?))
    }

    /// A store on `connection`, with [`DEFAULT_PREFIX`].
    pub fn new(connection: ConnectionManager) -> Self {
        Self {
            connection,
            prefix: DEFAULT_PREFIX.to_string(),
            scripts: [CLAIM, FINISH, RELEASE].map(Script::new),
        }
    }

    /// Sets the prefix of the keys (for several receivers on one server).
    pub fn with_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    fn run<'a>(
        &'a self,
        script: usize,
        id: &'a str,
        token: &'a str,
        ms: Option<Duration>,
    ) -> StoreFuture<'a, i64> {
        Box::pin(async move {
            let mut invocation = self.scripts[script].key(format!("{}{id}", self.prefix));
            invocation.arg(token);
            if let Some(d) = ms {
                // PX takes at least 1 ms.
                invocation.arg(d.as_millis().clamp(1, u128::from(u64::MAX)) as u64);
            }
            let mut connection = self.connection.clone();
            Ok(invocation.invoke_async(&mut connection).await?)
        })
    }
}

impl DedupeStore for RedisStore {
    fn claim<'a>(&'a self, id: &'a str, token: &'a str, lease: Duration) -> StoreFuture<'a, Claim> {
        Box::pin(async move {
            Ok(match self.run(0, id, token, Some(lease)).await? {
                1 => Claim::Claimed,
                2 => Claim::Done,
                _ => Claim::Busy,
            })
        })
    }

    fn finish<'a>(
        &'a self,
        id: &'a str,
        token: &'a str,
        retention: Duration,
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move { self.run(1, id, token, Some(retention)).await.map(drop) })
    }

    fn release<'a>(&'a self, id: &'a str, token: &'a str) -> StoreFuture<'a, ()> {
        Box::pin(async move { self.run(2, id, token, None).await.map(drop) })
    }
}
