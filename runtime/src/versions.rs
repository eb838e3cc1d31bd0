//! Two schema versions at one endpoint, for Plain's upgrade path: deploy
//! code that handles both, switch the webhook target, remove the old.

use serde::Deserialize;

use crate::{
    Dedupe, Delivery, Error, ErrorKind, IntoBody, Outcome, Receive, Summary, Verifier,
    VersionPolicy,
};

/// Receivers of two unrelated generated modules behind one endpoint (for
/// two revisions of Plain's schema, one module generated with `previous`
/// is simpler: one handler reads both). Each verified delivery goes to the
/// receiver whose `SCHEMA_VERSIONS` has the body's
/// `webhookMetadata.webhookTargetVersion` (the signed body, not the
/// unsigned `Plain-Webhook-Target-Version` header). A version none of them
/// serves follows the verifier's version policy, as in one module: under
/// `VersionPolicy::Exact` it gets [`ErrorKind::VersionMismatch`] (422)
/// naming the versions served; under `VersionPolicy::Any` it goes to the
/// first receiver whose types read it, else to the second (whose error is
/// answered). Nest for more than two: `Versions::new(a, Versions::new(b, c))`.
///
/// ```text
/// let both = Versions::new(v2025::receiver(Old), v2026::receiver(New));
/// let app = plain_webhooks::axum::router(both, verifier);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Versions<A, B> {
    first: A,
    second: B,
}

impl<A, B> Versions<A, B>
where
    A: Receive,
    B: Receive<Error = A::Error>,
{
    /// `first` and `second`, each for its module's version.
    pub fn new(first: A, second: B) -> Self {
        Self { first, second }
    }

    /// Verifies, parses and dispatches one delivery, as a module's
    /// `handle` does, to the receiver for its version, deduplicated in
    /// `dedupe`.
    pub async fn handle(
        &self,
        verifier: &Verifier,
        dedupe: &Dedupe,
        body: impl IntoBody,
        signature: &str,
    ) -> Outcome<A::Error> {
        self.receive(verifier, dedupe, Delivery::new(body, signature), |_| {})
            .await
    }
}

#[derive(Deserialize)]
struct Metadata {
    #[serde(rename = "webhookMetadata")]
    metadata: Target,
}

#[derive(Deserialize)]
struct Target {
    #[serde(rename = "webhookTargetVersion", default)]
    version: Option<String>,
}

impl<A, B> Receive for Versions<A, B>
where
    A: Receive,
    B: Receive<Error = A::Error>,
{
    type Error = A::Error;

    fn versions(&self) -> Vec<Option<&'static str>> {
        let mut all = self.first.versions();
        all.extend(self.second.versions());
        all
    }

    fn parses(&self, body: &[u8]) -> bool {
        self.first.parses(body) || self.second.parses(body)
    }

    async fn receive<'a>(
        &'a self,
        verifier: &'a Verifier,
        dedupe: &'a Dedupe,
        delivery: Delivery<'a>,
        verified: impl FnOnce(&Summary<'_>) + Send + 'a,
    ) -> Outcome<Self::Error> {
        // Nothing is read from a body before its signature is checked. The
        // chosen receiver checks it again: one more HMAC (a microsecond or
        // two on Plain's bodies) keeps `Receive` one entry point.
        if let Err(e) = verifier.verify_signature(&delivery.body, delivery.signature) {
            return Outcome::Rejected(e);
        }
        let version = match crate::parse::envelope::<Metadata>(&delivery.body) {
            Ok(m) => m.metadata.version,
            Err(e) => return Outcome::Rejected(e),
        };
        let version = version.as_deref();
        // The first module, the second, or neither; under `Any`, a version
        // neither serves goes to the first whose types read the body.
        let to_first = if self.first.versions().contains(&version) {
            Some(true)
        } else if self.second.versions().contains(&version) {
            Some(false)
        } else if verifier.version_policy() == VersionPolicy::Any {
            Some(self.first.parses(&delivery.body))
        } else {
            None
        };
        match to_first {
            Some(true) => {
                self.first
                    .receive(verifier, dedupe, delivery, verified)
                    .await
            }
            Some(false) => {
                self.second
                    .receive(verifier, dedupe, delivery, verified)
                    .await
            }
            None => {
                let show =
                    |v: Option<&str>| v.map_or_else(|| "none".to_string(), |v| format!("`{v}`"));
                let served: Vec<String> = self.versions().into_iter().map(show).collect();
                Outcome::Rejected(
                    Error::new(
                        ErrorKind::VersionMismatch,
                        format!(
                            "webhook target version {} is not served here; versions served: {}",
                            show(version),
                            served.join(", ")
                        ),
                    )
                    .with_path(Some("webhookMetadata.webhookTargetVersion".into())),
                )
            }
        }
    }
}
