//! Helpers for testing webhook handlers: sign bodies the way Plain does and
//! build the headers of a delivery.
//!
//! ```
//! use plain_webhooks::{testing, Verifier};
//!
//! let request = testing::signed_request(r#"{"id":"pEv_1","type":"customer.customer_updated"}"#, b"secret");
//! assert_eq!(request.header("plain-event-type"), Some("customer.customer_updated"));
//! assert!(format!("{request:?}").contains("body: 49 bytes"));
//! let signature = request.header("Plain-Request-Signature").unwrap();
//! assert!(Verifier::new("secret")?.verify_signature(&request.body, signature).is_ok());
//! # Ok::<(), plain_webhooks::Error>(())
//! ```

use std::io;
use std::path::Path;

use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

/// The `Plain-Request-Signature` Plain would send for `body` signed with
/// `secret`: the lowercase hex HMAC-SHA256 of the body.
pub fn sign(body: &[u8], secret: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// A webhook request as Plain would deliver it: the body and its headers.
/// Its `Debug` shows the body's length, not its bytes (bodies hold
/// customers' details).
#[derive(Clone, PartialEq, Eq)]
pub struct SignedRequest {
    /// The raw body, as signed.
    pub body: Vec<u8>,
    /// Header names and values, in the order built.
    pub headers: Vec<(String, String)>,
}

impl std::fmt::Debug for SignedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedRequest")
            .field("body", &format_args!("{} bytes", self.body.len()))
            .field("headers", &self.headers)
            .finish()
    }
}

impl SignedRequest {
    /// The value of the first header called `name`, compared ignoring ASCII
    /// case as HTTP does.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Signs `body` with `secret` and builds the headers Plain sends with it.
///
/// `Plain-Request-Signature` is always set. When the body is JSON the rest
/// come from its fields, each only if present: `Content-Type`,
/// `Plain-Event-Type` (`type`), `Plain-Event-Id` (`id`), `Plain-Workspace-Id`
/// (`workspaceId`) and, from `webhookMetadata`, `Plain-Webhook-Target-Id`,
/// `Plain-Webhook-Target-Version`, `Plain-Webhook-Delivery-Attempt-Id`,
/// `Plain-Webhook-Delivery-Attempt-Number` and
/// `Plain-Webhook-Delivery-Attempt-Timestamp`. A body that is not JSON is
/// still signed, for testing how handlers reject it.
pub fn signed_request(body: impl Into<Vec<u8>>, secret: &[u8]) -> SignedRequest {
    let body = body.into();
    let mut headers = vec![("Plain-Request-Signature".to_string(), sign(&body, secret))];
    if let Ok(json) = serde_json::from_slice::<Value>(&body) {
        headers.push(("Content-Type".into(), "application/json".into()));
        let fields: &[(&str, &[&str])] = &[
            ("Plain-Event-Type", &["type"]),
            ("Plain-Event-Id", &["id"]),
            (
                "Plain-Webhook-Target-Id",
                &["webhookMetadata", "webhookTargetId"],
            ),
            (
                "Plain-Webhook-Target-Version",
                &["webhookMetadata", "webhookTargetVersion"],
            ),
            (
                "Plain-Webhook-Delivery-Attempt-Id",
                &["webhookMetadata", "webhookDeliveryAttemptId"],
            ),
            (
                "Plain-Webhook-Delivery-Attempt-Number",
                &["webhookMetadata", "webhookDeliveryAttemptNumber"],
            ),
            (
                "Plain-Webhook-Delivery-Attempt-Timestamp",
                &["webhookMetadata", "webhookDeliveryAttemptTimestamp"],
            ),
            ("Plain-Workspace-Id", &["workspaceId"]),
        ];
        for (name, path) in fields {
            let value = path.iter().try_fold(&json, |v, key| v.get(key));
            let value = match value {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Number(n)) => n.to_string(),
                _ => continue,
            };
            headers.push(((*name).to_string(), value));
        }
    }
    SignedRequest { body, headers }
}

/// Reads the file at `path` and signs it as [`signed_request`] does.
///
/// # Errors
///
/// The file could not be read; the error names the path.
pub fn signed_fixture(path: impl AsRef<Path>, secret: &[u8]) -> io::Result<SignedRequest> {
    let path = path.as_ref();
    let body = std::fs::read(path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    Ok(signed_request(body, secret))
}
