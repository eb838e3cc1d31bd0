//! The example receiver's handler and settings, shared by its two commands
//! (`receiver`, `send`) and its end-to-end tests.
#![deny(missing_docs)]

/// Plain's latest webhook schema, as typed Rust. The example is in the
/// middle of Plain's upgrade path: `previous` names the revision before it
/// (webhook target version 2025-08-06), so that one module, and one
/// handler, reads deliveries of both versions. Once the webhook target is
/// switched to 2026-04-21, removing `previous` is the last step.
#[plain_webhooks::webhooks(
    schema = "../../schemas/plain/latest.json",
    previous = "../../schemas/plain/history/2025-09-25-b6e6b10.json"
)]
pub mod plain {}

/// The published development secret: the receiver uses it in development
/// mode (`--dev`) and the sender when `PLAIN_WEBHOOK_SECRET` is not set, so
/// that they agree out of the box. Never in production: anyone can read it.
pub const DEV_SECRET: &str = "plain-webhooks-development-secret";

/// Where the receiver listens unless `PLAIN_RECEIVER_ADDR` says otherwise.
pub const DEFAULT_ADDR: &str = "127.0.0.1:8787";

/// The path the receiver serves webhooks at.
pub const WEBHOOK_PATH: &str = "/webhooks/plain";

/// `PLAIN_WEBHOOK_SECRET`, unless it is unset or empty.
pub fn secret_from_env() -> Option<String> {
    std::env::var("PLAIN_WEBHOOK_SECRET")
        .ok()
        .filter(|s| !s.is_empty())
}

/// The example's handler: it logs what happened to customers and threads,
/// through `tracing`, each value from the body a field of its own, quoted
/// and escaped (`?`): a customer's name is the end user's text, and printed
/// raw it could forge a log line or put escape codes in a terminal.
#[derive(Debug, Default)]
pub struct Example;

/// The example's handlers never fail; a real one would return its database
/// or network errors here, and Plain would retry.
pub type ExampleError = std::convert::Infallible;

impl plain::Handler for Example {
    type Error = ExampleError;

    async fn on_customer_updated(
        &self,
        ctx: &plain::Context,
        event: plain::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        let now = &event.customer;
        tracing::info!(
            event_id = ?&*ctx.id,
            attempt = ctx.webhook_metadata.webhook_delivery_attempt_number.get(),
            version = ?ctx.webhook_metadata.webhook_target_version,
            customer = ?now.full_name,
            email = ?&*now.email.email,
            change = ?customer_change(&event),
            "customer updated"
        );
        Ok(())
    }

    async fn on_thread_created(
        &self,
        ctx: &plain::Context,
        event: plain::ThreadCreatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        let t = &event.thread;
        tracing::info!(
            event_id = ?&*ctx.id,
            thread_id = ?&*t.id,
            customer = ?t.customer.full_name,
            status = ?t.status,
            priority = t.priority,
            "thread created"
        );
        Ok(())
    }
}

/// What changed: marked as spam (and by whom), un-marked, or other details.
pub fn customer_change(event: &plain::CustomerUpdatedPublicEventPayload) -> String {
    let (now, before) = (&event.customer, &event.previous_customer);
    match (&before.marked_as_spam_at, &now.marked_as_spam_at) {
        (None, Some(at)) => {
            let by = now
                .marked_as_spam_by
                .as_ref()
                .map_or_else(|| "someone".to_string(), actor);
            format!("marked as spam by {by} at {}", at.to_rfc3339())
        }
        (Some(_), None) => "no longer marked as spam".into(),
        _ => "updated".into(),
    }
}

fn actor(a: &plain::InternalActor) -> String {
    match a {
        plain::InternalActor::User(u) => format!("user {}", u.user_id),
        plain::InternalActor::MachineUser(m) => format!("machine user {}", m.machine_user_id),
        plain::InternalActor::System(s) => format!("the system ({})", s.system),
        plain::InternalActor::Unknown => "an actor of a kind this schema does not know".into(),
    }
}
