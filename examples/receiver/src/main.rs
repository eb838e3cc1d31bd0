//! The example receiver: Plain's webhooks, verified, parsed and handled.
//!
//! ```text
//! PLAIN_WEBHOOK_SECRET=… cargo run -p plain-webhooks-example --bin receiver
//! cargo run -p plain-webhooks-example --bin receiver -- --dev
//! ```
//!
//! It reads two webhook target versions, 2026-04-21 and 2025-08-06, with
//! one handler: its module is generated with `previous` (see the crate's
//! `plain` module), the middle step of moving a webhook target to a new
//! version.
//!
//! It refuses to start without `PLAIN_WEBHOOK_SECRET` (the workspace's
//! request-signing secret) unless `--dev` asks for development mode, which
//! signs with the published development secret when none is set and
//! listens on loopback addresses only.
//!
//! Settings, from the environment: `PLAIN_WEBHOOK_SECRET`,
//! `PLAIN_RECEIVER_ADDR` (default `127.0.0.1:8787`), `PLAIN_REPLAY_TOLERANCE_SECS`
//! (how old a delivery may be; unset = no limit, so that documented example
//! bodies from 2023 are accepted), `PLAIN_VERSION_POLICY` (`any`, the default
//! here, or `exact`), `PLAIN_REDIS_URL` (deduplicate deliveries in that
//! Redis server, shared with other replicas; in memory when unset),
//! `RUST_LOG` (default `info`). It stops on SIGTERM or
//! SIGINT, letting deliveries in flight finish first.

use std::process::ExitCode;
use std::time::Duration;

use axum::routing::get;
use axum::Router;
use plain_webhooks::axum::Endpoint;
use plain_webhooks::dedupe::RedisStore;
use plain_webhooks::{Dedupe, Verifier, VersionPolicy};
use plain_webhooks_example::{
    plain, secret_from_env, Example, DEFAULT_ADDR, DEV_SECRET, WEBHOOK_PATH,
};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stdout());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .init();
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("receiver: {e}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: receiver [--dev]";

async fn run() -> Result<(), String> {
    let mut dev = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--dev" => dev = true,
            "-h" | "--help" => {
                println!(
                    "{USAGE}\n\nSee the crate docs (src/main.rs) for the environment it reads."
                );
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    let secret = match (secret_from_env(), dev) {
        (Some(secret), _) => secret,
        (None, true) => {
            eprintln!(
                "receiver: development mode: signing with the published development secret \
                 {DEV_SECRET:?}, on loopback only"
            );
            DEV_SECRET.to_string()
        }
        (None, false) => {
            return Err(
                "PLAIN_WEBHOOK_SECRET is not set (or empty): set it to your workspace's \
                 request-signing secret (Plain: Settings → Request signing), or pass --dev to try \
                 the receiver locally with the development secret"
                    .into(),
            )
        }
    };
    let addr = std::env::var("PLAIN_RECEIVER_ADDR").unwrap_or_else(|_| DEFAULT_ADDR.to_string());
    let verifier = verifier_from_env(&secret)?;
    let dedupe = match std::env::var("PLAIN_REDIS_URL") {
        Ok(url) => Dedupe::new(
            RedisStore::connect(&url)
                .await
                .map_err(|e| format!("PLAIN_REDIS_URL={url:?}: {e}"))?,
        ),
        Err(_) => Dedupe::default(),
    };
    let (version_policy, tolerance) = (verifier.version_policy(), verifier.tolerance());

    let webhooks = Endpoint::new(plain::receiver(Example), verifier)
        .with_dedupe(dedupe)
        .into_router();
    let app = Router::new()
        .nest(WEBHOOK_PATH, webhooks)
        .route("/healthz", get(|| async { "ok\n" }));

    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    if dev && !local.ip().is_loopback() {
        return Err(format!(
            "development mode listens on loopback addresses only, not {local} \
             (PLAIN_RECEIVER_ADDR={addr:?})"
        ));
    }
    let versions: Vec<&str> = plain::SCHEMA_VERSIONS
        .iter()
        .map(|v| v.unwrap_or("none"))
        .collect();
    println!(
        "receiver: schema version{} {}, {} event types, version policy {:?}, replay tolerance {}",
        if versions.len() > 1 { "s" } else { "" },
        versions.join(" and "),
        plain::EVENT_TYPES.len(),
        version_policy,
        tolerance.map_or_else(|| "off".to_string(), |t| format!("{} s", t.as_secs()))
    );
    println!("receiver: listening on http://{local}{WEBHOOK_PATH}");
    plain_webhooks::axum::serve(listener, app)
        .await
        .map_err(|e| format!("server error: {e}"))?;
    println!("receiver: stopped");
    Ok(())
}

/// The verifier for `secret`, with the replay window and version policy
/// the environment sets.
fn verifier_from_env(secret: &str) -> Result<Verifier, String> {
    let tolerance = match std::env::var("PLAIN_REPLAY_TOLERANCE_SECS") {
        Ok(s) => Some(Duration::from_secs(s.trim().parse().map_err(|_| {
            format!("PLAIN_REPLAY_TOLERANCE_SECS={s:?} is not a number of seconds")
        })?)),
        Err(_) => None,
    };
    let version_policy = match std::env::var("PLAIN_VERSION_POLICY").as_deref() {
        Err(_) | Ok("any") => VersionPolicy::Any,
        Ok("exact") => VersionPolicy::Exact,
        Ok(other) => {
            return Err(format!(
                "PLAIN_VERSION_POLICY={other:?}: use `any` or `exact`"
            ))
        }
    };
    Ok(Verifier::new(secret)
        .map_err(|e| format!("PLAIN_WEBHOOK_SECRET: {}", e.message()))?
        .with_tolerance(tolerance)
        .with_version_policy(version_policy))
}
