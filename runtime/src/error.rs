//! The one error type of the runtime, and its kinds.

use std::fmt;

/// What went wrong, for deciding how to answer Plain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The body is not valid JSON (syntax, truncation, invalid UTF-8,
    /// nesting too deep).
    Json,
    /// The body is JSON but does not match the schema: a missing field, a
    /// wrong type, an unlisted enum or tag value, an id off its pattern.
    Schema,
    /// `webhookMetadata.webhookTargetVersion` is not the schema's version
    /// (under [`VersionPolicy::Exact`](crate::VersionPolicy::Exact)).
    VersionMismatch,
    /// The request body is empty.
    EmptyBody,
    /// The `Plain-Request-Signature` header is missing or empty.
    MissingSignature,
    /// The signing secret is empty.
    EmptySecret,
    /// The signature is not 64 hex digits.
    MalformedSignature,
    /// The signature does not match the body and secret.
    SignatureMismatch,
    /// The delivery attempt timestamp is outside the replay window.
    TimestampOutOfTolerance,
    /// A `Plain-Event-Id` or `Plain-Event-Type` header disagrees with the
    /// body's `id` or `type`.
    HeaderMismatch,
    /// Another delivery of the same event is being handled (see
    /// [`Dedupe`](crate::Dedupe)).
    InProgress,
    /// The dedupe store failed (such as Redis being unreachable).
    DedupeStore,
}

impl ErrorKind {
    /// Whether this kind is a failed signature or replay check.
    pub fn is_signature(self) -> bool {
        matches!(
            self,
            Self::EmptyBody
                | Self::MissingSignature
                | Self::EmptySecret
                | Self::MalformedSignature
                | Self::SignatureMismatch
                | Self::TimestampOutOfTolerance
        )
    }

    /// The HTTP status to answer Plain with: 401 for signature and replay
    /// failures, 422 for a version mismatch, 409 for an event in progress,
    /// 503 for a failed dedupe store, 400 for the rest. Any non-2xx makes
    /// Plain retry the delivery later.
    pub fn status(self) -> u16 {
        match self {
            k if k.is_signature() => 401,
            Self::VersionMismatch => 422,
            Self::InProgress => 409,
            Self::DedupeStore => 503,
            _ => 400,
        }
    }
}

/// An error from parsing or verifying a webhook.
///
/// Its message names the event type (when it could be read) and the JSON
/// path of the problem: `customer.customer_updated: payload.customer.assignedAt: missing field`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    event_type: Option<String>,
    path: Option<String>,
    message: String,
}

impl Error {
    /// An error of `kind` with a message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            event_type: None,
            path: None,
            message: message.into(),
        }
    }

    pub(crate) fn with_event_type(mut self, event_type: Option<&str>) -> Self {
        self.event_type = event_type.map(str::to_string);
        self
    }

    pub(crate) fn with_path(mut self, path: Option<String>) -> Self {
        self.path = path;
        self
    }

    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The event type of the body, when it could be read.
    pub fn event_type(&self) -> Option<&str> {
        self.event_type.as_deref()
    }

    /// The JSON path of the problem in the body, e.g. `payload.customer.email.email`.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The message, without event type and path.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The HTTP status to answer: [`ErrorKind::status`].
    pub fn status(&self) -> u16 {
        self.kind.status()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(t) = &self.event_type {
            write!(f, "{t}: ")?;
        }
        if let Some(p) = &self.path {
            write!(f, "{p}: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
