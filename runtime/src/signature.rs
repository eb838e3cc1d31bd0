//! Checking Plain's `Plain-Request-Signature` header and the delivery
//! timestamp, before the body is trusted.

use std::borrow::Cow;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, TimeDelta, Utc};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

use crate::key::sealed::Keyed;
use crate::{Error, ErrorKind, Secret};

pub(crate) type HmacSha256 = Hmac<Sha256>;

const SIGNATURE_HEADER: &str = "Plain-Request-Signature";
const TIMESTAMP_PATH: &str = "webhookMetadata.webhookDeliveryAttemptTimestamp";

/// HMAC-SHA256 keyed with `secret`, before any message.
pub(crate) fn keyed_with(secret: &[u8]) -> HmacSha256 {
    // HMAC takes keys of any length, so this cannot fail.
    HmacSha256::new_from_slice(secret).expect("HMAC accepts keys of any length")
}

/// The HMAC-SHA256 of `body` keyed with `secret`.
pub(crate) fn mac(body: &[u8], secret: &[u8]) -> HmacSha256 {
    let mut mac = keyed_with(secret);
    mac.update(body);
    mac
}

/// Checks Plain's `Plain-Request-Signature` header: the hex HMAC-SHA256 of
/// the raw request body, keyed with the workspace's signing secret.
///
/// `body` must be the bytes exactly as received, before any parsing.
/// `signature` is the header's value (pass `""` when the header is absent);
/// upper- or lowercase hex is accepted and surrounding ASCII whitespace is
/// ignored. The comparison is constant-time.
///
/// This does not protect against replays; [`verify_webhook`] also checks the
/// delivery timestamp.
///
/// # Errors
///
/// Checked in this order, each with its own [`ErrorKind`]:
/// [`EmptySecret`](ErrorKind::EmptySecret),
/// [`EmptyBody`](ErrorKind::EmptyBody),
/// [`MissingSignature`](ErrorKind::MissingSignature),
/// [`MalformedSignature`](ErrorKind::MalformedSignature) (not 64 hex digits),
/// [`SignatureMismatch`](ErrorKind::SignatureMismatch).
/// Messages never contain the secret or the expected signature.
///
/// ```
/// use plain_webhooks::{testing, verify_signature};
///
/// let body = br#"{"hello":"world"}"#;
/// let signature = testing::sign(body, b"secret");
/// assert!(verify_signature(body, &signature, b"secret").is_ok());
/// assert!(verify_signature(body, &signature, b"other").is_err());
/// ```
pub fn verify_signature<S: Secret + ?Sized>(
    body: &[u8],
    signature: &str,
    secret: &S,
) -> Result<(), Error> {
    verify_signature_any(body, signature, &[secret])
}

/// Like [`verify_signature`], but accepts a signature made with any of
/// `secrets`, so a signing secret can be rotated without dropping requests.
///
/// Empty secrets in the list are skipped. Every secret is tried even after a
/// match, so timing does not tell which one matched.
///
/// # Errors
///
/// As [`verify_signature`]; [`EmptySecret`](ErrorKind::EmptySecret) when the
/// list is empty or holds only empty secrets.
pub fn verify_signature_any<K: Secret>(
    body: &[u8],
    signature: &str,
    secrets: &[K],
) -> Result<(), Error> {
    // A missing secret is a server misconfiguration: report it first so it
    // shows on every request instead of hiding behind bad requests.
    if secrets.iter().all(Keyed::is_empty_secret) {
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
    let signature = decode_hex(signature)?;

    let mut matched = false;
    for keyed in secrets.iter().filter_map(Keyed::keyed) {
        let mut mac = keyed.into_owned();
        mac.update(body);
        // Non-short-circuiting `|` so every secret is compared.
        matched |= mac.verify_slice(&signature).is_ok();
    }
    if matched {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::SignatureMismatch,
            format!("the `{SIGNATURE_HEADER}` header does not match the body and signing secret"),
        ))
    }
}

/// Decodes exactly 64 hex digits. The message describes the problem without
/// echoing the value.
fn decode_hex(signature: &str) -> Result<[u8; 32], Error> {
    let malformed = |detail: String| {
        Error::new(
            ErrorKind::MalformedSignature,
            format!("the `{SIGNATURE_HEADER}` header is not 64 hex digits: {detail}"),
        )
    };
    let digits = signature.as_bytes();
    if digits.len() != 64 {
        return Err(malformed(format!("it has {} bytes", digits.len())));
    }
    let mut out = [0u8; 32];
    for (i, pair) in digits.chunks_exact(2).enumerate() {
        let (hi, lo) = (HEX[usize::from(pair[0])], HEX[usize::from(pair[1])]);
        if (hi | lo) > 0xF {
            let at = 2 * i + usize::from(hi <= 0xF);
            return Err(malformed(format!("non-hex byte at offset {at}")));
        }
        out[i] = hi << 4 | lo;
    }
    Ok(out)
}

/// Each byte's value as a hex digit, or `0xFF`. A table, not a `match`: the
/// decoding was a tenth of `verify_signature`'s time besides the HMAC.
const HEX: [u8; 256] = {
    let mut table = [0xFF; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'a' as usize + i] = 10 + i as u8;
        table[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    table
};

/// Options for [`verify_webhook`].
///
/// ```
/// use std::time::Duration;
/// use plain_webhooks::VerifyOptions;
///
/// let options = VerifyOptions::new().with_tolerance(Duration::from_secs(60));
/// assert_eq!(options.tolerance, Duration::from_secs(60));
/// assert_eq!(options.now, None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct VerifyOptions {
    /// How far the delivery attempt timestamp may be from `now`, in either
    /// direction. Default: 5 minutes, as in Plain's SDK.
    pub tolerance: Duration,
    /// The time to check against; `None` (the default) reads the system
    /// clock. Set it in tests to get a fixed clock.
    pub now: Option<DateTime<Utc>>,
}

impl Default for VerifyOptions {
    fn default() -> Self {
        Self {
            tolerance: Duration::from_secs(5 * 60),
            now: None,
        }
    }
}

impl VerifyOptions {
    /// The default options: 5 minutes of tolerance, the system clock.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the tolerance.
    pub fn with_tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Checks against `now` instead of the system clock.
    pub fn with_now(mut self, now: DateTime<Utc>) -> Self {
        self.now = Some(now);
        self
    }
}

#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(rename = "webhookMetadata", borrow)]
    webhook_metadata: Option<Metadata<'a>>,
}

#[derive(Deserialize)]
struct Metadata<'a> {
    #[serde(rename = "webhookDeliveryAttemptTimestamp", borrow)]
    webhook_delivery_attempt_timestamp: Option<Cow<'a, str>>,
}

/// Verifies a webhook request: the signature as [`verify_signature_any`],
/// then that `webhookMetadata.webhookDeliveryAttemptTimestamp` in the body is
/// within `options.tolerance` of now, so a captured request cannot be
/// replayed later.
///
/// The timestamp is read from the body rather than the
/// `Plain-Webhook-Delivery-Attempt-Timestamp` header because only the body is
/// signed. A timestamp exactly `tolerance` away passes. A tolerance of
/// `Duration::MAX` (anything beyond ~292 million years) turns the replay
/// check off: the timestamp is then not read at all.
///
/// # Errors
///
/// Those of [`verify_signature_any`], checked first; then
/// [`Json`](ErrorKind::Json) if the body is not JSON,
/// [`Schema`](ErrorKind::Schema) if the timestamp is missing or not RFC 3339,
/// and [`TimestampOutOfTolerance`](ErrorKind::TimestampOutOfTolerance) if it
/// is too old or too far in the future.
///
/// ```
/// use plain_webhooks::{testing, verify_webhook, VerifyOptions};
///
/// let body = br#"{"webhookMetadata":{"webhookDeliveryAttemptTimestamp":"2024-01-01T00:00:00Z"}}"#;
/// let signature = testing::sign(body, b"secret");
/// let now = "2024-01-01T00:04:00Z".parse().unwrap();
/// let options = VerifyOptions::new().with_now(now);
/// assert!(verify_webhook(body, &signature, &[b"secret"], &options).is_ok());
/// ```
pub fn verify_webhook<K: Secret>(
    body: &[u8],
    signature: &str,
    secrets: &[K],
    options: &VerifyOptions,
) -> Result<(), Error> {
    verify_signature_any(body, signature, secrets)?;
    if TimeDelta::from_std(options.tolerance).is_err() {
        // No replay window: parsing alone decides what the timestamp may be.
        return Ok(());
    }
    let raw = delivery_timestamp(body)?;
    check_delivery_timestamp(raw.as_deref(), options)
}

fn schema_error(message: &str) -> Error {
    Error::new(ErrorKind::Schema, message).with_path(Some(TIMESTAMP_PATH.into()))
}

/// The delivery timestamp as written in the body, if any.
fn delivery_timestamp(body: &[u8]) -> Result<Option<Cow<'_, str>>, Error> {
    let envelope: Envelope<'_> = serde_json::from_slice(body).map_err(|e| {
        let first = body.iter().find(|b| !b.is_ascii_whitespace());
        if e.is_data() && first != Some(&b'{') {
            // Else serde would read the envelope from an array, and say so oddly.
            schema_error("the body is not a JSON object, so this cannot be read")
        } else if e.is_data() {
            schema_error(crate::parse::strip_location(&e.to_string()))
        } else {
            Error::new(
                ErrorKind::Json,
                format!("the body is not JSON, so `{TIMESTAMP_PATH}` cannot be read: {e}"),
            )
        }
    })?;
    Ok(envelope
        .webhook_metadata
        .and_then(|m| m.webhook_delivery_attempt_timestamp))
}

/// The replay check on a timestamp as written in the body (`receive` takes
/// it from the parsed body rather than scanning the bytes again).
pub(crate) fn check_delivery_timestamp(
    raw: Option<&str>,
    options: &VerifyOptions,
) -> Result<(), Error> {
    if TimeDelta::from_std(options.tolerance).is_err() {
        return Ok(());
    }
    let raw = raw.ok_or_else(|| schema_error("missing field, needed for the replay check"))?;
    // The same reading as the generated `date-time` types, so that `handle`
    // and `parse` agree on every body.
    let timestamp = crate::datetime::parse(raw)
        .map_err(|e| schema_error(&format!("`{raw}` is not an RFC 3339 timestamp: {e}")))?;
    let now = options
        .now
        .unwrap_or_else(|| DateTime::<Utc>::from(SystemTime::now()));
    check_tolerance(timestamp, now, options.tolerance)
}

fn check_tolerance(
    timestamp: DateTime<Utc>,
    now: DateTime<Utc>,
    tolerance: Duration,
) -> Result<(), Error> {
    // A tolerance beyond TimeDelta's range (~292 million years) accepts anything.
    let Ok(tolerance) = TimeDelta::from_std(tolerance) else {
        return Ok(());
    };
    let age = now - timestamp;
    let (direction, side, distance) = if age > tolerance {
        ("old", "before", age)
    } else if -age > tolerance {
        ("far in the future", "after", -age)
    } else {
        return Ok(());
    };
    Err(Error::new(
        ErrorKind::TimestampOutOfTolerance,
        format!(
            "the webhook delivery attempt timestamp {} is too {direction}: {} {side} now, \
             {} beyond the tolerance of {}",
            timestamp.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            seconds(distance),
            seconds(distance - tolerance),
            seconds(tolerance),
        ),
    )
    .with_path(Some(TIMESTAMP_PATH.into())))
}

/// Formats a non-negative delta as seconds, keeping any fraction so that a
/// miss by under a second is not shown as `0s`.
fn seconds(d: TimeDelta) -> String {
    let whole = d.num_seconds();
    let nanos = d.subsec_nanos();
    if nanos == 0 {
        return format!("{whole}s");
    }
    let fraction = format!("{nanos:09}");
    format!("{whole}.{}s", fraction.trim_end_matches('0'))
}
