//! `RedisStore` against a real Redis server: `PLAIN_WEBHOOKS_REDIS_URL`,
//! which `eval "$(bash scripts/redis.sh)"` sets (as `.ci/run` does).

use std::time::Duration;

use plain_webhooks::dedupe::{Claim, DedupeStore, RedisStore, Released};

/// The server's URL; without one the test fails under `CI=true` and is
/// skipped (loudly) otherwise.
fn redis_url() -> Option<String> {
    match std::env::var("PLAIN_WEBHOOKS_REDIS_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => panic!(
            "PLAIN_WEBHOOKS_REDIS_URL is not set: these tests need a Redis server; \
             run `eval \"$(bash scripts/redis.sh)\"` first (.ci/run does)"
        ),
        _ => {
            eprintln!(
                "SKIPPED: PLAIN_WEBHOOKS_REDIS_URL is not set (eval \"$(bash scripts/redis.sh)\")"
            );
            None
        }
    }
}

#[tokio::test]
async fn claims_are_atomic_and_only_their_holder_settles_them() {
    let Some(url) = redis_url() else { return };
    let prefix = format!(
        "plain-webhooks-test:{}:{:?}:",
        std::process::id(),
        std::time::SystemTime::now()
    );
    let store = RedisStore::connect(&url)
        .await
        .expect("Redis answers")
        .with_prefix(prefix);
    let minute = Duration::from_secs(60);
    let claim = |id: &'static str, token: &'static str, lease| {
        let store = store.clone();
        async move { store.claim(id, token, lease).await.expect("claims") }
    };
    let settle = |id: &'static str, token: &'static str, done: bool| {
        let store = store.clone();
        async move {
            if done {
                store.finish(id, token, minute).await.expect("runs");
                None
            } else {
                Some(store.release(id, token).await.expect("runs"))
            }
        }
    };
    assert_eq!(claim("pEv_1", "claim:a", minute).await, Claim::Claimed);
    assert_eq!(claim("pEv_1", "claim:b", minute).await, Claim::Busy);
    assert_eq!(
        settle("pEv_1", "claim:b", false).await,
        Some(Released::NotHeld)
    );
    let again = claim("pEv_1", "claim:b", minute).await;
    assert_eq!(again, Claim::Busy, "b released a's claim");
    assert_eq!(
        settle("pEv_1", "claim:a", false).await,
        Some(Released::Released)
    );
    assert_eq!(claim("pEv_1", "claim:b", minute).await, Claim::Claimed);
    settle("pEv_1", "claim:a", true).await;
    let again = claim("pEv_1", "claim:c", minute).await;
    assert_eq!(again, Claim::Busy, "a stale holder marked it done");
    settle("pEv_1", "claim:b", true).await;
    assert_eq!(claim("pEv_1", "claim:c", minute).await, Claim::Done);

    // A lease that expires may be taken over; the old holder then settles
    // nothing.
    let short = Duration::from_millis(200);
    assert_eq!(claim("pEv_2", "claim:a", short).await, Claim::Claimed);
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(claim("pEv_2", "claim:b", minute).await, Claim::Claimed);
    settle("pEv_2", "claim:a", false).await;
    settle("pEv_2", "claim:a", true).await;
    assert_eq!(claim("pEv_2", "claim:c", minute).await, Claim::Busy);

    // A lease that expired before `finish`, with nobody taking the id
    // over: done, as in `MemoryStore` (before, Redis forgot the id and
    // the memory store marked it done).
    assert_eq!(claim("pEv_4", "claim:a", short).await, Claim::Claimed);
    tokio::time::sleep(Duration::from_millis(400)).await;
    settle("pEv_4", "claim:a", true).await;
    assert_eq!(claim("pEv_4", "claim:b", minute).await, Claim::Done);

    // Sixteen claims of one id at once: exactly one wins.
    let mut all = tokio::task::JoinSet::new();
    for i in 0..16 {
        let store = store.clone();
        all.spawn(async move {
            store
                .claim("pEv_3", &format!("claim:{i}"), minute)
                .await
                .expect("claims")
        });
    }
    let won = all
        .join_all()
        .await
        .into_iter()
        .filter(|c| *c == Claim::Claimed)
        .count();
    assert_eq!(won, 1);
}
