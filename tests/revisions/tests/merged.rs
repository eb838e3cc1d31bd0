//! One module for two revisions (`previous = "old.json"`), for each of the
//! consecutive pairs in `schemas/plain/history/`: it compiles under
//! `#![deny(warnings)]` (the crate's) and reads the sample bodies of both
//! revisions as their own modules do; a third version is refused.

use plain_webhooks::{ErrorKind, VersionPolicy};
use plain_webhooks_revisions::{revision, Pair, Revision, PAIRS, REVISIONS};
use plain_webhooks_samples::Samples;
use serde_json::{json, Value};

const SEEDS: [u64; 3] = [0, 1, 2];

fn samples(rev: &Revision) -> Samples {
    let text = std::fs::read_to_string(rev.path).expect("the schema file is readable");
    let doc: Value = serde_json::from_str(&text).expect("the schema file is JSON");
    Samples::new(&doc).unwrap_or_else(|e| panic!("{}: {e}", rev.file))
}

fn revisions(pair: &Pair) -> [&'static Revision; 2] {
    [pair.old, pair.new].map(|f| revision(f).unwrap_or_else(|| panic!("{f} is a revision")))
}

#[test]
fn every_consecutive_pair_of_revisions_has_a_merged_module() {
    let history = REVISIONS
        .iter()
        .filter(|r| r.file.starts_with("history/"))
        .count();
    assert_eq!(history, 17, "the 17 revisions of Plain's schema");
    assert_eq!(PAIRS.len(), history - 1);
    for pair in PAIRS {
        let [old, new] = revisions(pair);
        let mut expected = vec![new.version];
        if old.version != new.version {
            expected.push(old.version);
        }
        assert_eq!(pair.versions, expected, "{} + {}", pair.new, pair.old);
        for t in old.event_types.iter().chain(new.event_types) {
            assert!(
                pair.event_types.contains(t),
                "{} + {}: {t} is missing",
                pair.new,
                pair.old
            );
        }
    }
}

#[test]
fn bodies_of_both_revisions_parse_through_the_merged_module_to_the_same_event() {
    let (mut checked, mut untyped) = (0, Vec::new());
    for pair in PAIRS {
        let [old, new] = revisions(pair);
        let both = [(old, samples(old)), (new, samples(new))];
        for (i, (rev, samples)) in both.iter().enumerate() {
            let other = &both[1 - i].1;
            for event_type in samples.event_types() {
                // A revision that lists an event type but has no payload
                // for it (2024-06-18-3d158d5 and `thread.slack_message_*`)
                // lets that type carry any payload, and its samples do
                // (another event's); where the other revision has one, the
                // merged module types the payload as Plain sends it.
                if !samples.has_payload(event_type) && other.has_payload(event_type) {
                    untyped.push(format!("{} {event_type}", rev.file));
                    continue;
                }
                for seed in SEEDS {
                    let body = samples
                        .valid(event_type, seed, 0)
                        .unwrap_or_else(|e| panic!("{}: {event_type}: {e}", rev.file))
                        .to_bytes();
                    let own = (rev.parse_with)(&body, VersionPolicy::Exact).unwrap_or_else(|e| {
                        panic!("{}: {event_type} (seed {seed}): {e}", rev.file)
                    });
                    let merged =
                        (pair.parse_with)(&body, VersionPolicy::Exact).unwrap_or_else(|e| {
                            panic!(
                                "{} + {}: a body of {} ({event_type}, seed {seed}): {e}",
                                pair.new, pair.old, rev.file
                            )
                        });
                    assert_eq!(
                        merged,
                        (own.event_type, own.variant),
                        "{} + {}: a body of {} (seed {seed})",
                        pair.new,
                        pair.old,
                        rev.file
                    );
                    checked += 1;
                }
            }
        }
    }
    println!(
        "{checked} bodies of {} pairs; event types typed in one revision only, not drawn from \
         the other: {untyped:?}",
        PAIRS.len()
    );
    assert!(checked > 16 * 2 * 20 * SEEDS.len(), "{checked}");
}

#[test]
fn a_third_version_is_a_version_mismatch_unless_any_version_is_taken() {
    for pair in PAIRS {
        let [_, new] = revisions(pair);
        let samples = samples(new);
        let event_type = &samples.event_types()[0];
        let mut body = samples.valid(event_type, 0, 0).expect("a sample body").body;
        body["webhookMetadata"]["webhookTargetVersion"] = json!("2099-01-01");
        let body = serde_json::to_vec(&body).expect("serializes");
        let e = (pair.parse_with)(&body, VersionPolicy::Exact).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::VersionMismatch, "{}: {e}", pair.new);
        assert!(e.message().contains("`2099-01-01`"), "{e}");
        let (t, _) = (pair.parse_with)(&body, VersionPolicy::Any)
            .unwrap_or_else(|e| panic!("{}: {e}", pair.new));
        assert_eq!(t, *event_type);
    }
}
