//! Claims and handled ids in Redis, shared by every replica that uses the
//! same server and key prefix.

use std::fmt;
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::Script;

use super::{Claim, DedupeStore, Released, StoreFuture};

/// Claims the key unless it exists; says what holds it otherwise. One
/// script, so that the answer and the claim are one atomic step.
const CLAIM: &str = r"
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == 'done' then return 2 end
return 0";

/// Marks the key done unless another claim holds it or it is done: the
/// key holds this claim's token, or nothing (the lease expired and nobody
/// took the id over), as `MemoryStore` does.
const FINISH: &str = r"
local v = redis.call('GET', KEYS[1])
if v == ARGV[1] or not v then
  redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
end
return 0";

/// Deletes the key, only if this claim's token holds it: 1 if it did.
const RELEASE: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end
return 0";

/// The default key prefix: keys are `plain-webhooks:event:<id>`.
pub const DEFAULT_PREFIX: &str = "plain-webhooks:event:";

/// The default limit on each store call, from sending it to its answer
/// (reconnecting included): 500 ms. A delivery whose claim runs out of it
/// gets 503 ([`ErrorKind::DedupeStore`](crate::ErrorKind::DedupeStore)).
pub const DEFAULT_REDIS_TIMEOUT: Duration = Duration::from_millis(500);

/// The default limit on opening a connection to Redis: 500 ms.
pub const DEFAULT_REDIS_CONNECT_TIMEOUT: Duration = Duration::from_millis(500);

/// Claims and handled ids in Redis (feature `redis`): a key per event id,
/// holding the claim's token with the lease as its expiry, then `done`
/// with the retention as its expiry. Connections reconnect on their own
/// ([`ConnectionManager`]); each call fails after
/// [`with_timeout`](Self::with_timeout) ([`DEFAULT_REDIS_TIMEOUT`]) rather than
/// wait for a server that does not answer.
///
/// **What Redis must keep.** Exactly-once survives a Redis restart only if
/// Redis persists its keys: an append-only file (`appendonly yes`;
/// `appendfsync always` loses nothing, `everysec` up to a second of marks).
/// A Redis restarted empty has forgotten every handled id, and Plain's
/// retries of those events run their handlers again. Its eviction policy
/// must be `noeviction` (every key here has an expiry, so the `volatile-*`
/// policies would evict them first).
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use plain_webhooks::dedupe::RedisStore;
/// use plain_webhooks::Dedupe;
///
/// let store = RedisStore::connect("redis://127.0.0.1:6379/").await?;
/// let dedupe = Dedupe::new(store);
/// // `Endpoint::new(receiver, verifier).with_dedupe(dedupe)`, or pass
/// // `&dedupe` to a generated module's `handle`.
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct RedisStore {
    connection: ConnectionManager,
    prefix: String,
    scripts: [Script; 3],
    timeout: Duration,
}

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisStore")
            .field("prefix", &self.prefix)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl RedisStore {
    /// Connects to the Redis server at `url` (`redis://host:port/db`), with
    /// [`DEFAULT_REDIS_CONNECT_TIMEOUT`] for each connection and
    /// [`DEFAULT_REDIS_TIMEOUT`] for each call.
    ///
    /// # Errors
    ///
    /// The URL is invalid or the server cannot be reached.
    pub async fn connect(url: &str) -> redis::RedisResult<Self> {
        let client = redis::Client::open(url)?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(DEFAULT_REDIS_CONNECT_TIMEOUT))
            .set_response_timeout(Some(DEFAULT_REDIS_TIMEOUT))
            // Reconnecting goes on in the background; a call waits for it
            // at most its timeout.
            .set_number_of_retries(2)
            .set_max_delay(Duration::from_millis(500));
        Ok(Self::new(
            ConnectionManager::new_with_config(client, config).await?,
        ))
    }

    /// A store on `connection`, with [`DEFAULT_PREFIX`] and
    /// [`DEFAULT_REDIS_TIMEOUT`].
    pub fn new(connection: ConnectionManager) -> Self {
        Self {
            connection,
            prefix: DEFAULT_PREFIX.to_string(),
            scripts: [CLAIM, FINISH, RELEASE].map(Script::new),
            timeout: DEFAULT_REDIS_TIMEOUT,
        }
    }

    /// Sets the prefix of the keys (for several receivers on one server).
    pub fn with_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Sets how long a call may take before it fails.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
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
            let call = invocation.invoke_async(&mut connection);
            match tokio::time::timeout(self.timeout, call).await {
                Ok(answer) => Ok(answer?),
                Err(_) => Err(format!(
                    "Redis did not answer within {} ms",
                    self.timeout.as_millis()
                )
                .into()),
            }
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

    fn release<'a>(&'a self, id: &'a str, token: &'a str) -> StoreFuture<'a, Released> {
        Box::pin(async move {
            Ok(match self.run(2, id, token, None).await? {
                1 => Released::Released,
                _ => Released::NotHeld,
            })
        })
    }
}
