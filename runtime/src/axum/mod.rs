//! Receiving webhooks with [axum](https://docs.rs/axum) 0.8 (feature `axum`).
//!
//! [`router`] turns a generated module's [`Receiver`](crate::Receive) into a
//! `Router` with one `POST /` route: the [`Endpoint`] service behind the
//! default [`Protections`]. Mount it wherever Plain should call, and run it
//! with [`serve`], which adds the timeouts and the graceful shutdown that
//! `axum::serve` leaves out:
//!
//! ```no_run
//! #[plain_webhooks::webhooks(schema = "../schemas/test/minimal.json")]
//! pub mod plain {}
//!
//! struct Notes;
//!
//! impl plain::Handler for Notes {
//!     type Error = std::io::Error;
//!
//!     async fn on_note_created(
//!         &self,
//!         ctx: &plain::Context,
//!         note: plain::NoteCreatedPayload,
//!     ) -> Result<(), Self::Error> {
//!         tracing::info!(event_id = %ctx.id, text = ?note.note.text, "note created");
//!         Ok(())
//!     }
//! }
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let verifier = plain_webhooks::Verifier::from_env("PLAIN_WEBHOOK_SECRET")?;
//! let webhooks = plain_webhooks::axum::router(plain::receiver(Notes), verifier);
//! let app = axum::Router::new().nest("/webhooks/plain", webhooks);
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! plain_webhooks::axum::serve(listener, app).await?;
//! # Ok(())
//! # }
//! ```
//!
//! For other settings, `Endpoint::new(receiver, verifier)` with its
//! settings, then [`into_router_with`](Endpoint::into_router_with) and
//! [`Protections`] of yours, or your own stack of the layers in
//! [`crate::endpoint`] with `axum::routing::post_service`.

use std::fmt;

use ::axum::routing::post_service;
use ::axum::Router;
use tower::Layer;

use crate::{Receive, Verifier};

mod serve;

pub use crate::endpoint::{
    Endpoint, Protections, DEFAULT_BODY_LIMIT, DEFAULT_BODY_RATE_GRACE, DEFAULT_BODY_TIMEOUT,
    DEFAULT_BUFFER_LIMIT, DEFAULT_CONCURRENCY_LIMIT, DEFAULT_HANDLER_TIMEOUT,
    DEFAULT_MIN_BODY_RATE, DEFAULT_REJECTION_LOGS_PER_SECOND,
};
pub use serve::{serve, Servable, Serve, DEFAULT_DRAIN_TIMEOUT, DEFAULT_HEADER_READ_TIMEOUT};

/// A `Router` that receives webhooks at `POST /`, checked by `verifier`,
/// deduplicated in memory, behind the default [`Protections`]: the
/// defaults of [`Endpoint`] and [`Protections`].
pub fn router<R>(receiver: R, verifier: Verifier) -> Router
where
    R: Receive + 'static,
    R::Error: fmt::Display,
{
    Endpoint::new(receiver, verifier).into_router()
}

impl<R> Endpoint<R>
where
    R: Receive + 'static,
    R::Error: fmt::Display,
{
    /// A `Router` answering `POST /` behind the default [`Protections`];
    /// nest it at any path.
    pub fn into_router<S>(self) -> Router<S>
    where
        S: Clone + Send + Sync + 'static,
    {
        self.into_router_with(Protections::default())
    }

    /// A `Router` answering `POST /` behind `protections`.
    pub fn into_router_with<S>(self, protections: Protections) -> Router<S>
    where
        S: Clone + Send + Sync + 'static,
    {
        Router::new().route("/", post_service(protections.layer(self)))
    }
}
