//! `plain-webhooks sample` prints the sample generator's body for the
//! revision (the revisions crate checks that every such body parses
//! through its revision's module), and `expand` the generated code.

mod common;

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, SystemTime};

use plain_webhooks_samples::Samples;
use serde_json::Value;

/// The time the tests stamp samples with (`--at`).
const AT: &str = "2026-04-21T09:30:00.000Z";

fn latest() -> PathBuf {
    common::schemas().join("latest.json")
}

fn plain_webhooks(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plain-webhooks"))
        .args(args)
        .output()
        .expect("the command runs")
}

#[test]
fn sample_prints_the_generators_body_for_each_event_type() {
    let latest = latest();
    let doc: Value =
        serde_json::from_str(&std::fs::read_to_string(&latest).expect("readable")).expect("JSON");
    let samples = Samples::new(&doc).expect("samples");
    let schema = latest.to_str().expect("UTF-8 path");
    let at = AT;
    for event_type in samples.event_types() {
        let out = plain_webhooks(&[
            "sample", event_type, "--schema", schema, "--seed", "3", "--at", at,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let printed: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let mut expected = samples.valid(event_type, 3, 0).expect("a sample");
        expected.stamp(at);
        assert_eq!(printed, expected.body, "{event_type}");
        assert_eq!(printed["timestamp"], at);
        assert_eq!(
            printed["webhookMetadata"]["webhookDeliveryAttemptTimestamp"],
            at
        );
        assert_eq!(printed["type"], event_type.as_str());
    }
    let broken = plain_webhooks(&[
        "sample",
        "customer.customer_updated",
        "--schema",
        schema,
        "--invalid",
    ]);
    assert!(broken.status.success());
    assert!(!broken.stderr.is_empty(), "the mutation is named");
    let out = plain_webhooks(&["sample", "customer.teleported", "--schema", schema]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("no event type \"customer.teleported\""),
        "{said}"
    );
    assert!(said.contains("customer.customer_updated"), "{said}");
}

/// A sample is a delivery made now (a receiver's replay window takes it),
/// and samples of several event types under one seed are distinct
/// deliveries (a receiver deduplicates on the event id).
#[test]
fn samples_are_delivered_now_with_an_id_of_their_event_type() {
    let latest = latest();
    let schema = latest.to_str().expect("UTF-8 path");
    let sample = |event_type: &str| -> Value {
        let out = plain_webhooks(&["sample", event_type, "--schema", schema, "--seed", "7"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let before = SystemTime::now() - Duration::from_millis(1);
    let updated = sample("customer.customer_updated");
    let after = SystemTime::now();
    for time in [
        &updated["timestamp"],
        &updated["webhookMetadata"]["webhookDeliveryAttemptTimestamp"],
    ] {
        let time = time.as_str().expect("a date-time");
        let time = SystemTime::from(chrono::DateTime::parse_from_rfc3339(time).expect("RFC 3339"));
        assert!(before <= time && time <= after, "{updated}");
    }
    let ids: Vec<Value> = [
        "customer.customer_updated",
        "customer.customer_created",
        "thread.thread_created",
    ]
    .into_iter()
    .map(|t| sample(t)["id"].clone())
    .collect();
    assert_eq!(
        ids[0], updated["id"],
        "the same event type and seed, the same id"
    );
    assert!(
        ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2],
        "{ids:?}"
    );
}

/// `plain-webhooks … | head` : the reader leaving is not an error.
#[test]
fn a_closed_stdout_ends_the_command_quietly_with_0() {
    let latest = latest();
    // Hundreds of KB: more than a pipe holds, so the write meets the closed end.
    let mut child = Command::new(env!("CARGO_BIN_EXE_plain-webhooks"))
        .args(["expand", latest.to_str().expect("UTF-8 path")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command runs");
    let mut first = [0u8; 64];
    child
        .stdout
        .take()
        .expect("piped")
        .read_exact(&mut first)
        .expect("some output");
    // The read end is dropped here: the pipe is closed.
    let out = child.wait_with_output().expect("it ends");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn expand_prints_the_generated_module_and_bad_schemas_fail_with_their_pointer() {
    let minimal = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemas/test/minimal.json");
    let out = plain_webhooks(&["expand", minimal.to_str().expect("UTF-8 path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let code = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(code.contains("pub trait Handler"), "{code}");
    assert!(code.contains("pub enum Event"), "{code}");
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemas/test/bad/ref-to-nothing.json");
    let out = plain_webhooks(&["expand", bad.to_str().expect("UTF-8 path")]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("#/definitions/note/properties/author/$ref"),
        "{said}"
    );
}

#[test]
fn expand_with_events_prints_the_selected_snapshot() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let minimal = root.join("schemas/test/minimal.json");
    let minimal = minimal.to_str().expect("UTF-8 path");
    let out = plain_webhooks(&["expand", minimal, "--events", "note.note_created,group.*"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let snapshot =
        std::fs::read_to_string(root.join("codegen/tests/snapshots/minimal_selected.rs"))
            .expect("the codegen snapshot");
    assert_eq!(String::from_utf8(out.stdout).expect("UTF-8"), snapshot);

    let out = plain_webhooks(&["expand", minimal, "--events", "nope.*"]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("`events` pattern `nope.*` matches none of this schema's event types"),
        "{said}"
    );
}

#[test]
fn invalid_kind_breaks_one_thing_of_that_kind() {
    let latest = latest();
    let doc: Value =
        serde_json::from_str(&std::fs::read_to_string(&latest).expect("readable")).expect("JSON");
    let samples = Samples::new(&doc).expect("samples");
    let schema = latest.to_str().expect("UTF-8 path");
    let event_type = "customer.customer_updated";
    let mut broken = 0;
    for kind in plain_webhooks_samples::MutationKind::ALL {
        let out = plain_webhooks(&[
            "sample",
            event_type,
            "--schema",
            schema,
            "--seed",
            "5",
            "--at",
            AT,
            "--invalid",
            kind.name(),
        ]);
        let said = String::from_utf8_lossy(&out.stderr);
        match samples.mutated_of_kind(event_type, kind, 5, 0) {
            Ok(mut expected) => {
                expected.stamp(AT);
                assert!(out.status.success(), "{kind}: {said}");
                let printed: Value = serde_json::from_slice(&out.stdout).expect("JSON");
                assert_eq!(printed, expected.body, "{kind}");
                assert_eq!(expected.mutation.as_ref().map(|m| m.kind), Some(kind));
                assert!(said.starts_with(&format!("[{kind}] ")), "{said}");
                assert_ne!(
                    printed,
                    samples.valid(event_type, 5, 0).expect("valid").body
                );
                broken += 1;
            }
            Err(e) => {
                assert_eq!(out.status.code(), Some(2), "{kind}");
                assert!(said.contains(&e.to_string()), "{said}");
            }
        }
    }
    assert!(broken >= 5, "{broken} kinds broke the body");

    let out = plain_webhooks(&[
        "sample",
        event_type,
        "--schema",
        schema,
        "--invalid",
        "nonsense",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("no such kind; kinds: missing-required, wrong-type"),
        "{said}"
    );
}
