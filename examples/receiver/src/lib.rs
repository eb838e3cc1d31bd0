//! The example receiver's handlers and settings, shared by its two
//! commands (`receiver`, `send`) and its end-to-end tests: for Plain's
//! latest schema and, during an upgrade, the previous one.
#![deny(missing_docs)]

use std::fmt::Write as _;

/// Plain's latest webhook schema, as typed Rust.
#[plain_webhooks::webhooks(schema = "../../schemas/plain/latest.json")]
pub mod plain {}

/// The revision of Plain's schema before `latest.json` (webhook target
/// version 2025-08-06), for the middle step of an upgrade: the receiver's
/// `--with-previous` serves both (the README walks the upgrade).
#[plain_webhooks::webhooks(schema = "../../schemas/plain/history/2025-09-25-b6e6b10.json")]
pub mod previous {}

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

/// The example's handler: it prints what happened to customers and threads.
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
        println!("{}", describe_customer_update(ctx, &event));
        Ok(())
    }

    async fn on_thread_created(
        &self,
        ctx: &plain::Context,
        event: plain::ThreadCreatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        let t = &event.thread;
        println!(
            "[{}] thread {} created for {} ({:?}, priority {})",
            &*ctx.id, t.id, t.customer.full_name, t.status, t.priority
        );
        Ok(())
    }
}

/// Deliveries from a webhook target still on the previous version. Only
/// `customer.customer_updated` is handled here; a real receiver keeps its
/// old handlers until the target has moved.
impl previous::Handler for Example {
    type Error = ExampleError;

    async fn on_customer_updated(
        &self,
        ctx: &previous::Context,
        event: previous::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        println!(
            "[{} attempt {}] customer {} ({}) was updated (version {})",
            &*ctx.id,
            ctx.webhook_metadata.webhook_delivery_attempt_number.get(),
            event.customer.full_name,
            event.customer.email.email,
            previous::SCHEMA_VERSION.unwrap_or("none"),
        );
        Ok(())
    }
}

/// One line saying what changed: marked as spam (and by whom), un-marked,
/// or other details.
pub fn describe_customer_update(
    ctx: &plain::Context,
    event: &plain::CustomerUpdatedPublicEventPayload,
) -> String {
    let (now, before) = (&event.customer, &event.previous_customer);
    let mut line = format!(
        "[{} attempt {}] customer {} ({}) ",
        &*ctx.id,
        ctx.webhook_metadata.webhook_delivery_attempt_number.get(),
        now.full_name,
        now.email.email
    );
    match (&before.marked_as_spam_at, &now.marked_as_spam_at) {
        (None, Some(at)) => {
            let by = now
                .marked_as_spam_by
                .as_ref()
                .map_or_else(|| "someone".to_string(), actor);
            let _ = write!(line, "was marked as spam by {by} at {}", at.to_rfc3339());
        }
        (Some(_), None) => line.push_str("is no longer marked as spam"),
        _ => line.push_str("was updated"),
    }
    line
}

fn actor(a: &plain::InternalActor) -> String {
    match a {
        plain::InternalActor::User(u) => format!("user {}", u.user_id),
        plain::InternalActor::MachineUser(m) => format!("machine user {}", m.machine_user_id),
        plain::InternalActor::System(s) => format!("the system ({})", s.system),
        plain::InternalActor::Unknown => "an actor of a kind this schema does not know".into(),
    }
}
