//! What handlers receive besides the event, and what `handle` tells a
//! receiver to answer.

use std::sync::atomic::{AtomicBool, Ordering};

use bytes::Bytes;

use crate::{Error, ErrorKind, VerifyOptions, VersionPolicy};

/// The envelope of one delivery, passed to every handler method.
#[derive(Debug, Default)]
pub struct Context {
    /// The body's `id`: Plain's idempotency key (delivery is at-least-once).
    pub event_id: String,
    /// The body's `type`, e.g. `customer.customer_updated`.
    pub event_type: String,
    /// The body's `timestamp`, as text (RFC 3339, in UTC, when the schema types it as a `date-time`).
    pub timestamp: String,
    /// The body's `workspaceId`.
    pub workspace_id: String,
    /// `webhookMetadata.webhookTargetId`.
    pub webhook_target_id: Option<String>,
    /// `webhookMetadata.webhookTargetVersion` (absent for unversioned targets).
    pub webhook_target_version: Option<String>,
    /// `webhookMetadata.webhookDeliveryAttemptId`.
    pub delivery_attempt_id: Option<String>,
    /// `webhookMetadata.webhookDeliveryAttemptNumber` (1 for the first try).
    pub delivery_attempt_number: Option<u64>,
    /// `webhookMetadata.webhookDeliveryAttemptTimestamp`, as sent.
    pub delivery_attempt_timestamp: Option<String>,
    /// The raw request body (empty when dispatching an already parsed
    /// `Webhook`); shared with the caller's `Bytes` when it gave one.
    pub body: Bytes,
    ignored: AtomicBool,
}

impl Context {
    /// Marks the event as ignored; the default handler methods call this,
    /// so `dispatch` can tell a handled event from an ignored one.
    pub fn mark_ignored(&self) {
        self.ignored.store(true, Ordering::Relaxed);
    }

    /// Whether a handler marked the event as ignored.
    pub fn is_ignored(&self) -> bool {
        self.ignored.load(Ordering::Relaxed)
    }
}

/// Whether `dispatch` ran a handler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dispatched {
    /// A handler method the user wrote ran and returned `Ok`.
    Handled,
    /// The event reached a default method, which ignores it.
    Ignored,
}

/// Options for `handle`: replay tolerance, clock, version policy.
#[derive(Clone, Debug, Default)]
pub struct HandleOptions {
    /// Signature and replay-protection options.
    pub verify: VerifyOptions,
    /// How the body's webhook target version is treated.
    pub version_policy: VersionPolicy,
}

/// What `handle` did, and what the receiver should answer Plain.
#[derive(Debug)]
pub enum Outcome<E> {
    /// Verified, parsed, and a handler ran.
    Handled,
    /// Verified and parsed; no handler was written for this event.
    Ignored,
    /// The request was refused before any handler ran: bad signature,
    /// replayed, invalid JSON or payload, version mismatch.
    Rejected(Error),
    /// The handler returned an error.
    HandlerFailed(E),
}

impl<E> Outcome<E> {
    /// The HTTP status to answer. Any non-2xx makes Plain retry (up to 12
    /// times over about 5 days), which is what a version mismatch or a
    /// handler failure needs.
    pub fn status(&self) -> u16 {
        match self {
            Self::Handled | Self::Ignored => 200,
            Self::Rejected(e) => status_for(e.kind()),
            Self::HandlerFailed(_) => 500,
        }
    }

    /// Whether the delivery succeeded (2xx).
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status())
    }
}

/// The HTTP status for an error kind: 401 for signature and replay
/// failures, 400 for bodies that are not JSON or not the schema's, 422 for
/// a version mismatch (so Plain retries once the receiver is updated).
pub fn status_for(kind: ErrorKind) -> u16 {
    match kind {
        k if k.is_signature() => 401,
        ErrorKind::VersionMismatch => 422,
        _ => 400,
    }
}
