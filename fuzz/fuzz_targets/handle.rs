//! The whole `handle`: verify, parse, dispatch. The first byte chooses a
//! correctly signed body (so parsing and dispatch are reached) or raw
//! signature and secret bytes, and the version policy. Never a panic; a
//! correctly signed body is refused exactly when `parse_with` refuses it; a
//! signature `Verifier::verify_signature` refuses is refused with its kind.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plain_webhooks::{testing, Outcome, Verifier, VersionPolicy};
use plain_webhooks_fuzz::{block_on, plain, split};

const SECRET: &[u8] = b"whsec_fuzz";

struct Handler;

impl plain::Handler for Handler {
    type Error = &'static str;

    async fn on_customer_updated(
        &self,
        ctx: &plain::Context,
        event: plain::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        assert!(!ctx.body.is_empty());
        let shown = format!("{ctx:?}");
        assert!(
            shown.contains(&format!("body: {} bytes", ctx.body.len())),
            "{shown}"
        );
        if event.customer.full_name.is_empty() {
            return Err("no name");
        }
        Ok(())
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let version_policy = if mode & 2 == 0 {
        VersionPolicy::Any
    } else {
        VersionPolicy::Exact
    };
    // Bodies carry any delivery time: no replay window. An empty or blank
    // secret is refused when the verifier is built (`None` here).
    let verifier = |secret: &[u8]| {
        let verifier = Verifier::new(secret).ok()?;
        Some(
            verifier
                .with_tolerance(None)
                .with_version_policy(version_policy),
        )
    };
    let outcome = if mode & 1 == 0 {
        let signature = testing::sign(rest, SECRET);
        let verifier = verifier(SECRET).expect("SECRET is not blank");
        let outcome = block_on(plain::handle(
            &Handler,
            &verifier,
            &plain_webhooks::Dedupe::off(),
            rest,
            &signature,
        ));
        let parsed = plain::parse_with(rest, version_policy);
        let rejected = matches!(outcome, Outcome::Rejected(_));
        assert_eq!(
            rejected,
            parsed.is_err() || rest.is_empty(),
            "handle: {outcome:?}, parse_with: {:?}",
            parsed.map(|w| w.event_type().to_string())
        );
        if let (Outcome::Rejected(e), Err(p)) = (&outcome, &parsed) {
            if !rest.is_empty() {
                assert_eq!(e, p, "handle and parse_with refuse differently");
            }
        }
        outcome
    } else {
        let (signature, secret, body) = split(rest);
        let Some(verifier) = verifier(secret) else {
            assert!(
                secret.trim_ascii().is_empty(),
                "a secret with a non-blank byte was refused"
            );
            return;
        };
        let checked = verifier.verify_signature(body, &signature);
        let outcome = block_on(plain::handle(
            &Handler,
            &verifier,
            &plain_webhooks::Dedupe::off(),
            body,
            &signature,
        ));
        if let Err(e) = checked {
            assert!(
                matches!(&outcome, Outcome::Rejected(r) if r.kind() == e.kind()),
                "verify_signature: {e}, handle: {outcome:?}"
            );
        }
        outcome
    };
    assert!(
        [200, 400, 401, 422, 500].contains(&outcome.status()),
        "{outcome:?}"
    );
});
