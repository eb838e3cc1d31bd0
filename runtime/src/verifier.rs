//! What a delivery must satisfy before its body is trusted: the signature,
//! the replay window, the version policy.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, TimeDelta, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::{Error, ErrorKind, VersionPolicy};

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
/// `Webhook::verify_and_parse` and `handle`, and the endpoint, take it. It
/// verifies and nothing else: deduplication is set where deliveries are
/// handled ([`Dedupe`](crate::Dedupe)).
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
/// let verifier = Verifier::new("the signing secret")?
///     .with_secret("the previous secret")?
///     .with_tolerance(Some(Duration::from_secs(60)));
/// let body = br#"{"hello":"world"}"#;
/// let signature = testing::sign(body, b"the previous secret");
/// assert!(verifier.verify_signature(body, &signature).is_ok());
/// assert_eq!(
///     format!("{verifier:?}"),
///     "Verifier { secrets: \"2, redacted\", tolerance: Some(60s), clock: \"system\", version_policy: Exact }"
/// );
/// # Ok::<(), plain_webhooks::Error>(())
/// ```
#[derive(Clone)]
pub struct Verifier {
    /// HMAC keyed with each non-empty secret: the key schedule is done once.
    keys: Vec<HmacSha256>,
    tolerance: Option<Duration>,
    clock: Option<Arc<dyn Fn() -> SystemTime + Send + Sync>>,
    version_policy: VersionPolicy,
}

impl Verifier {
    /// A verifier for signatures made with `secret` (the bytes of Plain's
    /// request-signing secret), with the defaults above.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::EmptySecret`] when `secret` is empty or only
    /// whitespace: such a verifier would refuse every delivery, so it is
    /// refused at startup instead. [`from_env`](Self::from_env) names the
    /// variable it read.
    pub fn new(secret: impl AsRef<[u8]>) -> Result<Self, Error> {
        Self {
            keys: Vec::new(),
            tolerance: Some(DEFAULT_TOLERANCE),
            clock: None,
            version_policy: VersionPolicy::Exact,
        }
        .with_secret(secret)
    }

    /// A verifier for the secret in the environment variable `name`
    /// (`PLAIN_WEBHOOK_SECRET`, say), with the defaults above.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::EmptySecret`], naming the variable, when it is unset,
    /// empty or only whitespace.
    ///
    /// ```
    /// let e = plain_webhooks::Verifier::from_env("PLAIN_WEBHOOK_SECRET_NEVER_SET").unwrap_err();
    /// assert_eq!(e.kind(), plain_webhooks::ErrorKind::EmptySecret);
    /// assert!(e.to_string().starts_with("PLAIN_WEBHOOK_SECRET_NEVER_SET is not set"), "{e}");
    /// ```
    pub fn from_env(name: &str) -> Result<Self, Error> {
        let value = std::env::var_os(name).ok_or_else(|| {
            Error::new(
                ErrorKind::EmptySecret,
                format!(
                    "{name} is not set: set it to your webhook target's signing secret \
                     from Plain"
                ),
            )
        })?;
        Self::new(value.as_encoded_bytes())
            .map_err(|e| Error::new(ErrorKind::EmptySecret, format!("{name}: {}", e.message())))
    }

    /// Also accepts signatures made with `secret`, so that a secret can be
    /// rotated without refusing deliveries.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::EmptySecret`] when `secret` is empty or only whitespace.
    pub fn with_secret(mut self, secret: impl AsRef<[u8]>) -> Result<Self, Error> {
        let secret = secret.as_ref();
        if secret.trim_ascii().is_empty() {
            let what = if secret.is_empty() {
                "empty"
            } else {
                "blank (only whitespace)"
            };
            return Err(Error::new(
                ErrorKind::EmptySecret,
                format!(
                    "the webhook signing secret is {what}: it would refuse every delivery; \
                     use your webhook target's signing secret from Plain"
                ),
            ));
        }
        // HMAC takes keys of any length.
        self.keys
            .push(HmacSha256::new_from_slice(secret).expect("any key length"));
        Ok(self)
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

    /// The replay window; `None` when the check is off.
    pub fn tolerance(&self) -> Option<Duration> {
        self.tolerance
    }

    /// The version policy.
    pub fn version_policy(&self) -> VersionPolicy {
        self.version_policy
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
    /// In this order: [`EmptyBody`](ErrorKind::EmptyBody),
    /// [`MissingSignature`](ErrorKind::MissingSignature),
    /// [`MalformedSignature`](ErrorKind::MalformedSignature) (not 64 hex
    /// digits), [`SignatureMismatch`](ErrorKind::SignatureMismatch). No
    /// message contains a secret or the expected signature.
    pub fn verify_signature(&self, body: &[u8], signature: &str) -> Result<(), Error> {
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
                 more than the tolerance of {}",
                delivered.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
                human(distance),
                human(tolerance),
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
            .finish()
    }
}

/// A non-negative delta as a person would write it: "1,145 days",
/// "3 hours 12 minutes", "5 minutes 0.5 seconds", "0.25 seconds". Seconds
/// keep their fraction, so that a miss by under a second still shows.
fn human(d: TimeDelta) -> String {
    fn unit(n: i64, one: &str) -> String {
        let digits = n.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        format!("{grouped} {one}{}", if n == 1 { "" } else { "s" })
    }
    let (days, minutes) = (d.num_days(), d.num_minutes() % 60);
    let (whole, nanos) = (d.num_seconds() % 60, d.subsec_nanos());
    let seconds = if nanos == 0 {
        unit(whole, "second")
    } else {
        let fraction = format!("{nanos:09}");
        format!("{whole}.{} seconds", fraction.trim_end_matches('0'))
    };
    let pair = |big: String, small: i64, small_text: String| {
        if small == 0 {
            big
        } else {
            format!("{big} {small_text}")
        }
    };
    if days >= 2 {
        unit(days, "day")
    } else if d.num_hours() >= 1 {
        pair(
            unit(d.num_hours(), "hour"),
            minutes,
            unit(minutes, "minute"),
        )
    } else if minutes >= 1 {
        let any_seconds = i64::from(whole != 0 || nanos != 0);
        pair(unit(minutes, "minute"), any_seconds, seconds)
    } else {
        seconds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().expect("a date-time")
    }

    fn clocked(now: &str) -> Verifier {
        let now = SystemTime::from(at(now));
        Verifier::new("s")
            .expect("a secret")
            .with_clock(move || now)
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
            e.message().contains(
                "too old: 5 minutes 0.5 seconds before now, more than the tolerance of 5 minutes"
            ),
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
            .expect("a secret")
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
    fn durations_read_as_a_person_writes_them() {
        let s = |secs: i64, nanos: u32| human(TimeDelta::new(secs, nanos).expect("in range"));
        assert_eq!(s(0, 250_000_000), "0.25 seconds");
        assert_eq!(s(1, 0), "1 second");
        assert_eq!(s(59, 0), "59 seconds");
        assert_eq!(s(60, 0), "1 minute");
        assert_eq!(s(300, 500_000_000), "5 minutes 0.5 seconds");
        assert_eq!(s(3600, 0), "1 hour");
        assert_eq!(s(3 * 3600 + 12 * 60 + 9, 0), "3 hours 12 minutes");
        assert_eq!(s(86_400 + 3600, 0), "25 hours");
        assert_eq!(s(2 * 86_400, 0), "2 days");
        // Plain's documented example, read in late 2026.
        assert_eq!(s(98_942_884, 683_880_539), "1,145 days");
        assert_eq!(s(1_000_000 * 86_400, 0), "1,000,000 days");
    }

    #[test]
    fn empty_and_blank_secrets_are_refused_when_built() {
        for secret in ["", " ", "\t\n"] {
            let e = Verifier::new(secret).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::EmptySecret);
            let e = Verifier::new("s")
                .and_then(|v| v.with_secret(secret))
                .unwrap_err();
            assert_eq!(e.kind(), ErrorKind::EmptySecret, "{e}");
        }
        let v = Verifier::new("hunter2").and_then(|v| v.with_secret("hunter3"));
        assert!(!format!("{v:?}").contains("hunter"));
    }

    #[test]
    fn from_env_names_the_variable() {
        // Names no other test uses: the environment is shared by the process.
        let (unset, blank) = ("PLAIN_WEBHOOKS_TEST_UNSET", "PLAIN_WEBHOOKS_TEST_BLANK");
        let e = Verifier::from_env(unset).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::EmptySecret);
        assert!(
            e.message()
                .starts_with("PLAIN_WEBHOOKS_TEST_UNSET is not set: "),
            "{e}"
        );
        std::env::set_var(blank, "  ");
        let e = Verifier::from_env(blank).unwrap_err();
        assert!(
            e.message()
                .starts_with("PLAIN_WEBHOOKS_TEST_BLANK: the webhook signing secret is blank"),
            "{e}"
        );
        std::env::set_var(blank, "s3cret");
        assert!(Verifier::from_env(blank).is_ok());
    }
}
