//! The whole `handle`: verify, parse, dispatch. The first byte chooses a
//! correctly signed body (so parsing and dispatch are reached) or raw
//! signature bytes, and the version policy. Never a panic; a correctly
//! signed body is refused exactly when `parse_with` refuses it.
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use plain_webhooks::{testing, HandleOptions, Outcome, VerifyOptions, VersionPolicy};
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
    let options = HandleOptions {
        // Bodies carry any delivery time: no replay window.
        verify: VerifyOptions::new().with_tolerance(Duration::MAX),
        version_policy,
    };
    let outcome = if mode & 1 == 0 {
        let signature = testing::sign(rest, SECRET);
        let outcome = block_on(plain::handle(&Handler, rest, &signature, SECRET, &options));
        let parsed = plain::parse_with(rest, version_policy);
        let rejected = matches!(outcome, Outcome::Rejected(_));
        assert_eq!(
            rejected,
            parsed.is_err() || rest.is_empty(),
            "handle: {outcome:?}, parse_with: {:?}",
            parsed.map(|w| w.event_type().to_string())
        );
        outcome
    } else {
        let (signature, secret, body) = split(rest);
        block_on(plain::handle(&Handler, body, &signature, secret, &options))
    };
    assert!(
        [200, 400, 401, 422, 500].contains(&outcome.status()),
        "{outcome:?}"
    );
});
