//! What a delivery must satisfy before its body is trusted: the signature,
//! the replay window, the version policy.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, TimeDelta, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::{Dedupe, Error, ErrorKind, VersionPolicy};

type HmacSha256 = Hmac<Sha256>;

const SIGNATURE_HEADER: &str = "Plain-Request-Signature";
const TIMESTAMP_PATH: &str = "webhookMetadata.webhookDeliveryAttemptTimestamp";

/// The default replay window: 5 minutes, as in Plain's SDK.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// Checks deliveries from Plain: the `Plain-Request-Signature` against one
/// or more signing secrets, the delivery time against a replay window, and
/// the webhook target version against the schema's.
///
/// Build it once at startup and share it; the generated
/// `Webhook::verify_and_parse` and `handle`, and the axum router, take it.
///
/// | setting | default |
/// |---|---|
/// | secrets | the one given to [`new`](Self::new); more with [`with_secret`](Self::with_secret) (rotation) |
/// | replay window | 5 minutes either way of the clock ([`with_tolerance`](Self::with_tolerance)) |
/// | clock | the system clock ([`with_clock`](Self::with_clock)) |
/// | version policy | [`VersionPolicy::Exact`] ([`with_version_policy`](Self::with_version_policy)) |
///
/// Its `Debug` shows how many secrets it holds, never the secrets.
///
/// ```
/// use std::time::Duration;
/// use plain_webhooks::{testing, Verifier};
///
/// let verifier = Verifier::new("the signing secret")
///     .with_secret("the previous secret")
///     .with_tolerance(Some(Duration::from_secs(60)));
/// let body = br#"{"hello":"world"}"#;
/// let signature = testing::sign(body, b"the previous secret");
/// assert!(verifier.verify_signature(body, &signature).is_ok());
/// assert_eq!(
///     format!("{verifier:?}"),
///     "Verifier { secrets: \"2, redacted\", tolerance: Some(60s), clock: \"system\", version_policy: Exact, dedupe: None }"
/// );
/// ```
#[derive(Clone)]
pub struct Verifier {
    /// HMAC keyed with each non-empty secret: the key schedule is done once.
    keys: Vec<HmacSha256>,
    tolerance: Option<Duration>,
    clock: Option<Arc<dyn Fn() -> SystemTime + Send + Sync>>,
    version_policy: VersionPolicy,
    dedupe: Option<Dedupe>,
}

impl Verifier {
    /// A verifier for signatures made with `secret` (the bytes of Plain's
    /// request-signing secret), with the defaults above. An empty secret
    /// verifies nothing: every delivery is refused with
    /// [`ErrorKind::EmptySecret`].
    pub fn new(secret: impl AsRef<[u8]>) -> Self {
        Self {
            keys: Vec::new(),
            tolerance: Some(DEFAULT_TOLERANCE),
            clock: None,
            version_policy: VersionPolicy::Exact,
            dedupe: None,
        }
        .with_secret(secret)
    }

    /// Also accepts signatures made with `secret`, so that a secret can be
    /// rotated without refusing deliveries.
    pub fn with_secret(mut self, secret: impl AsRef<[u8]>) -> Self {
        let secret = secret.as_ref();
        if !secret.is_empty() {
            // HMAC takes keys of any length.
            self.keys
                .push(HmacSha256::new_from_slice(secret).expect("any key length"));
        }
        self
    }

    /// How far `webhookMetadata.webhookDeliveryAttemptTimestamp` may be from
    /// the clock, either way; `None` turns the replay check off (for
    /// replaying recorded deliveries, never in production).
    pub fn with_tolerance(mut self, tolerance: Option<Duration>) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Reads the time from `clock` instead of the system clock (for tests).
    pub fn with_clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Some(Arc::new(clock));
        self
    }

    /// How `webhookMetadata.webhookTargetVersion` is judged.
    pub fn with_version_policy(mut self, policy: VersionPolicy) -> Self {
        self.version_policy = policy;
        self
    }

    /// Runs each event's handler once, though Plain may deliver it more
    /// than once: see [`Dedupe`]. Off by default here; the axum router
    /// turns it on in memory unless told otherwise.
    pub fn with_dedupe(mut self, dedupe: Option<Dedupe>) -> Self {
        self.dedupe = dedupe;
        self
    }

    /// The deduplication, if on.
    pub fn dedupe(&self) -> Option<&Dedupe> {
        self.dedupe.as_ref()
    }

    /// The replay window; `None` when the check is off.
    pub fn tolerance(&self) -> Option<Duration> {
        self.tolerance
    }

    /// The version policy.
    pub fn version_policy(&self) -> VersionPolicy {
        self.version_policy
    }

    /// Whether no secret was given (every check fails with
    /// [`ErrorKind::EmptySecret`]).
    pub fn has_no_secret(&self) -> bool {
        self.keys.is_empty()
    }

    /// Checks `signature` (the `Plain-Request-Signature` header, `""` when
    /// absent): the hex HMAC-SHA256 of `body`, exactly as received, under
    /// any of the secrets. Upper- or lowercase hex is accepted, and ASCII
    /// whitespace around it ignored. The comparison is constant-time, and
    /// every secret is tried, so timing tells neither how much matched nor
    /// which secret did.
    ///
    /// This is the signature alone: the generated `verify_and_parse` also
    /// checks the replay window and the version.
    ///
    /// # Errors
    ///
    /// In this order: [`EmptySecret`](ErrorKind::EmptySecret),
    /// [`EmptyBody`](ErrorKind::EmptyBody),
    /// [`MissingSignature`](ErrorKind::MissingSignature),
    /// [`MalformedSignature`](ErrorKind::MalformedSignature) (not 64 hex
    /// digits), [`SignatureMismatch`](ErrorKind::SignatureMismatch). No
    /// message contains a secret or the expected signature.
    pub fn verify_signature(&self, body: &[u8], signature: &str) -> Result<(), Error> {
        // A missing secret is a server misconfiguration: reported first, so
        // it shows on every request instead of hiding behind bad ones.
        if self.keys.is_empty() {
            return Err(Error::new(
                ErrorKind::EmptySecret,
                "the webhook signing secret is empty",
            ));
        }
        if body.is_empty() {
            return Err(Error::new(
                ErrorKind::EmptyBody,
                "the request body is empty",
            ));
        }
        let signature = signature.trim_ascii();
        if signature.is_empty() {
            return Err(Error::new(
                ErrorKind::MissingSignature,
                format!("the `{SIGNATURE_HEADER}` header is missing or empty"),
            ));
        }
        let mut tag = [0u8; 32];
        hex::decode_to_slice(signature, &mut tag).map_err(|e| {
            // Said in our words: where, never what (it is the sender's input).
            let detail = match e {
                hex::FromHexError::InvalidHexCharacter { index, .. } => {
                    format!("non-hex byte at offset {index}")
                }
                _ => format!("it has {} bytes", signature.len()),
            };
            Error::new(
                ErrorKind::MalformedSignature,
                format!("the `{SIGNATURE_HEADER}` header is not 64 hex digits: {detail}"),
            )
        })?;
        let mut matched = false;
        for key in &self.keys {
            let mut mac = key.clone();
            mac.update(body);
            // `|`, not `||`: every secret is compared.
            matched |= mac.verify_slice(&tag).is_ok();
        }
        if matched {
            Ok(())
        } else {
            Err(Error::new(
                ErrorKind::SignatureMismatch,
                format!(
                    "the `{SIGNATURE_HEADER}` header does not match the body and signing secret"
                ),
            ))
        }
    }

    /// The replay check on a parsed body's delivery time (generated code
    /// calls it once the body is verified and parsed). A time exactly
    /// `tolerance` away passes.
    #[doc(hidden)]
    pub fn check_delivery_time(
        &self,
        delivered: Option<DateTime<Utc>>,
        event_type: &str,
    ) -> Result<(), Error> {
        let Some(tolerance) = self.tolerance else {
            return Ok(());
        };
        let error = |kind, message: String| {
            Error::new(kind, message)
                .with_event_type(Some(event_type))
                .with_path(Some(TIMESTAMP_PATH.into()))
        };
        let delivered = delivered.ok_or_else(|| {
            error(
                ErrorKind::Schema,
                "missing field (a date-time), needed for the replay check".into(),
            )
        })?;
        let now = DateTime::<Utc>::from(self.clock.as_ref().map_or_else(SystemTime::now, |c| c()));
        // A window beyond TimeDelta's range (~292 million years) takes anything.
        let Ok(tolerance) = TimeDelta::from_std(tolerance) else {
            return Ok(());
        };
        let age = now - delivered;
        let (direction, side, distance) = if age > tolerance {
            ("old", "before", age)
        } else if -age > tolerance {
            ("far in the future", "after", -age)
        } else {
            return Ok(());
        };
        Err(error(
            ErrorKind::TimestampOutOfTolerance,
            format!(
                "the webhook delivery attempt timestamp {} is too {direction}: {} {side} now, \
                 {} beyond the tolerance of {}",
                delivered.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
                seconds(distance),
                seconds(distance - tolerance),
                seconds(tolerance),
            ),
        ))
    }
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("secrets", &format!("{}, redacted", self.keys.len()))
            .field("tolerance", &self.tolerance)
            .field(
                "clock",
                &if self.clock.is_some() {
                    "custom"
                } else {
                    "system"
                },
            )
            .field("version_policy", &self.version_policy)
            .field("dedupe", &self.dedupe)
            .finish()
    }
}

/// A non-negative delta as seconds, with any fraction, so that a miss by
/// under a second is not shown as `0s`.
fn seconds(d: TimeDelta) -> String {
    let (whole, nanos) = (d.num_seconds(), d.subsec_nanos());
    if nanos == 0 {
        return format!("{whole}s");
    }
    let fraction = format!("{nanos:09}");
    format!("{whole}.{}s", fraction.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().expect("a date-time")
    }

    fn clocked(now: &str) -> Verifier {
        let now = SystemTime::from(at(now));
        Verifier::new("s").with_clock(move || now)
    }

    #[test]
    fn the_window_is_inclusive_either_way() {
        let v = clocked("2024-01-01T00:05:00Z");
        assert!(v
            .check_delivery_time(Some(at("2024-01-01T00:00:00Z")), "t")
            .is_ok());
        assert!(v
            .check_delivery_time(Some(at("2024-01-01T00:10:00Z")), "t")
            .is_ok());
        let e = v
            .check_delivery_time(Some(at("2023-12-31T23:59:59.5Z")), "t")
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::TimestampOutOfTolerance);
        assert_eq!(e.path(), Some(TIMESTAMP_PATH));
        assert!(
            e.message()
                .contains("too old: 300.5s before now, 0.5s beyond"),
            "{e}"
        );
        let e = v
            .check_delivery_time(Some(at("2024-01-01T00:10:01Z")), "t")
            .unwrap_err();
        assert!(e.message().contains("too far in the future"), "{e}");
    }

    #[test]
    fn no_window_takes_any_time_and_none() {
        let v = clocked("2024-01-01T00:00:00Z").with_tolerance(None);
        assert!(v
            .check_delivery_time(Some(at("1990-01-01T00:00:00Z")), "t")
            .is_ok());
        assert!(v.check_delivery_time(None, "t").is_ok());
        let e = Verifier::new("s")
            .check_delivery_time(None, "t")
            .unwrap_err();
        assert_eq!(
            (e.kind(), e.path()),
            (ErrorKind::Schema, Some(TIMESTAMP_PATH))
        );
        let huge = clocked("2024-01-01T00:00:00Z").with_tolerance(Some(Duration::MAX));
        assert!(huge
            .check_delivery_time(Some(at("1990-01-01T00:00:00Z")), "t")
            .is_ok());
    }

    #[test]
    fn empty_secrets_are_skipped_and_debug_shows_none() {
        let v = Verifier::new("").with_secret(b"");
        assert!(v.has_no_secret());
        let e = v.verify_signature(b"{}", &"0".repeat(64)).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::EmptySecret);
        let v = Verifier::new("").with_secret("hunter2");
        assert!(!v.has_no_secret());
        assert!(!format!("{v:?}").contains("hunter2"));
    }
}
