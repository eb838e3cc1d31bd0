//! The bench bodies are what the benches say they are, and every approach
//! reads them as the right event (the benches time nothing else).

use plain_webhooks::VersionPolicy;
use plain_webhooks_benches::{self as b, plain, untagged};

#[test]
fn every_approach_reads_both_bodies_as_their_event() {
    for body in b::bodies().expect("bench bodies") {
        b::check(&body).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn bodies_have_the_sizes_issue_6_asks_for() {
    let small = b::small().expect("small body").bytes.len();
    let large = b::large().expect("large body").bytes.len();
    assert!(
        (1_500..=2_500).contains(&small),
        "small body is {small} bytes"
    );
    assert!(
        (4_096..=8_192).contains(&large),
        "large body is {large} bytes"
    );
}

#[test]
fn large_body_is_pinned_to_latest_and_small_is_unversioned() {
    let large = b::large().expect("large body");
    let webhook = plain::parse(&large.bytes).expect("large body parses under Exact");
    assert_eq!(
        webhook.webhook_metadata.webhook_target_version.as_deref(),
        plain::SCHEMA_VERSION
    );

    let mut small = b::small().expect("small body");
    small.policy = VersionPolicy::Exact;
    let err = b::check(&small).expect_err("the unversioned body is a version mismatch");
    assert!(err.contains("version"), "{err}");
}

#[test]
fn check_refuses_a_body_signed_with_another_secret() {
    let mut large = b::large().expect("large body");
    large.signature = plain_webhooks::testing::sign(&large.bytes, b"another secret");
    let err = b::check(&large).expect_err("bad signature");
    assert!(err.contains("verify_signature"), "{err}");
}

#[test]
fn untagged_baseline_tries_payloads_in_turn() {
    let source = include_str!(concat!(env!("OUT_DIR"), "/untagged.rs"));
    let at = source
        .find("pub enum WebhookPayload")
        .expect("typify made a payload enum");
    let attrs = &source[at.saturating_sub(200)..at];
    assert!(attrs.contains("untagged"), "{attrs}");

    // A payload whose eventType matches no branch is refused only after
    // every branch was tried.
    let body = std::str::from_utf8(&b::large().expect("large body").bytes)
        .expect("UTF-8")
        .replacen(
            "\"eventType\": \"thread.email_received\"",
            "\"eventType\": \"thread.email_bounced\"",
            1,
        );
    let err = serde_json::from_str::<untagged::Webhook>(&body).expect_err("no branch matches");
    assert!(
        err.to_string().contains("did not match any variant"),
        "{err}"
    );
}
