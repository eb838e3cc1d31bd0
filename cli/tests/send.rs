//! `plain-webhooks send` against a local receiver that checks each
//! delivery's signature with `plain_webhooks::Verifier`, as a real one
//! does: 2xx answers exit 0, anything else does not; the secret must be
//! given; `--restamp` re-signs the restamped body.

mod server;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, SystemTime};

use plain_webhooks::Verifier;
use serde_json::Value;
use server::{Request, Response, Server};

const SECRET: &str = "cli-send-test-secret";

/// The example receiver's body (a `customer.customer_updated` delivery).
fn body_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/receiver/bodies/customer-updated.json")
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("a JSON body")
}

/// A fresh folder for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("send-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// 200 `handled` when the signature verifies under [`SECRET`], else 401
/// with the verifier's message; 422 for the event `pEv_refused`.
fn receiver() -> Server {
    Server::start(|r: &Request| {
        let signature = r.header("Plain-Request-Signature").unwrap_or("");
        match Verifier::new(SECRET)
            .expect("a secret")
            .verify_signature(&r.body, signature)
        {
            Err(e) => Response::new(401, e.to_string()),
            Ok(()) if r.header("Plain-Event-Id") == Some("pEv_refused") => {
                Response::new(422, "refused")
            }
            Ok(()) => Response::new(200, "handled"),
        }
    })
}

/// `plain-webhooks send --url URL ARGS...`, with no `PLAIN_WEBHOOK_SECRET`
/// unless `env_secret` gives one.
fn send(server: &Server, args: &[&str], env_secret: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plain-webhooks"));
    command
        .args(["send", "--url", &server.url("/webhooks/plain")])
        .args(args)
        .env_remove("PLAIN_WEBHOOK_SECRET");
    if let Some(secret) = env_secret {
        command.env("PLAIN_WEBHOOK_SECRET", secret);
    }
    command.output().expect("the command runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_2xx_answer_exits_0_and_the_delivery_is_signed_with_plains_headers() {
    let server = receiver();
    let file = body_file();
    let file = file.to_str().expect("a UTF-8 path");
    let bytes = std::fs::read(file).expect("the example body");
    let doc = json(&bytes);

    let out = send(&server, &["--secret", SECRET, file], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("-> 200 OK: handled"), "{said}");
    assert!(
        said.contains(&format!(
            "(customer.customer_updated, {})",
            doc["id"].as_str().expect("an id")
        )),
        "{said}"
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/webhooks/plain")
    );
    assert_eq!(r.body, bytes, "the file's bytes, as they are");
    let signature = r.header("Plain-Request-Signature").expect("signed");
    assert!(Verifier::new(SECRET)
        .expect("a secret")
        .verify_signature(&r.body, signature)
        .is_ok());
    assert!(Verifier::new("another secret")
        .expect("a secret")
        .verify_signature(&r.body, signature)
        .is_err());
    let meta = &doc["webhookMetadata"];
    for (header, value) in [
        ("Content-Type", "application/json"),
        ("Plain-Event-Type", "customer.customer_updated"),
        ("Plain-Event-Id", doc["id"].as_str().expect("an id")),
        (
            "Plain-Workspace-Id",
            doc["workspaceId"].as_str().expect("one"),
        ),
        (
            "Plain-Webhook-Delivery-Attempt-Timestamp",
            meta["webhookDeliveryAttemptTimestamp"]
                .as_str()
                .expect("one"),
        ),
    ] {
        assert_eq!(r.header(header), Some(value), "{header}");
    }

    // The secret from the environment signs the same.
    let out = send(&server, &[file], Some(SECRET));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("-> 200 OK: handled"));
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_4xx_answer_exits_1() {
    let server = receiver();
    let file = body_file();
    let file = file.to_str().expect("a UTF-8 path");

    // Signed with another secret than the receiver's.
    let out = send(&server, &["--secret", "not the receiver's", file], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("-> 401 Unauthorized"), "{said}");
    assert!(said.contains("does not match the body"), "{said}");
    assert_eq!(server.requests().len(), 1);

    // The right secret, but `--signature` instead of the right one.
    let wrong = "0".repeat(64);
    let out = send(
        &server,
        &["--secret", SECRET, "--signature", &wrong, file],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).contains("-> 401 Unauthorized"));
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].header("Plain-Request-Signature"),
        Some(wrong.as_str())
    );
}

#[test]
fn every_file_is_sent_and_one_refused_delivery_fails_the_run() {
    let server = receiver();
    let dir = scratch("refused");
    let mut doc = json(&std::fs::read(body_file()).expect("the example body"));
    doc["id"] = "pEv_refused".into();
    let refused = dir.join("refused.json");
    std::fs::write(&refused, serde_json::to_vec(&doc).expect("JSON")).expect("written");
    let good = body_file();

    let out = send(
        &server,
        &[
            "--secret",
            SECRET,
            refused.to_str().expect("UTF-8"),
            good.to_str().expect("UTF-8"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let said = stdout(&out);
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines.len(), 2, "{said}");
    assert!(lines[0].contains("pEv_refused) -> 422"), "{said}");
    assert!(lines[1].contains("-> 200 OK: handled"), "{said}");
    let ids: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|r| r.header("Plain-Event-Id").map(str::to_string))
        .collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0].as_deref(), Some("pEv_refused"));
}

#[test]
fn without_a_secret_it_exits_2_naming_plain_webhook_secret_and_sends_nothing() {
    let server = receiver();
    let file = body_file();
    let file = file.to_str().expect("a UTF-8 path");
    for env_secret in [None, Some("")] {
        let out = send(&server, &[file], env_secret);
        assert_eq!(out.status.code(), Some(2), "{env_secret:?}");
        let said = stderr(&out);
        assert!(said.contains("PLAIN_WEBHOOK_SECRET"), "{said}");
        assert!(said.contains("--secret"), "{said}");
    }
    let out = send(&server, &["--secret", "", file], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(server.requests().is_empty());
}

#[test]
fn file_errors_exit_2_before_anything_is_sent() {
    let server = receiver();
    let dir = scratch("file-errors");
    let good = body_file();
    let good = good.to_str().expect("a UTF-8 path");
    let missing = dir.join("missing.json");
    let missing = missing.to_str().expect("a UTF-8 path");

    let out = send(&server, &["--secret", SECRET, good, missing], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(missing), "{}", stderr(&out));

    // `--restamp` needs a JSON body with `webhookMetadata`.
    let not_json = dir.join("not.json");
    std::fs::write(&not_json, "not JSON").expect("written");
    let no_meta = dir.join("no-meta.json");
    std::fs::write(&no_meta, r#"{"id": "pEv_1"}"#).expect("written");
    for bad in [&not_json, &no_meta] {
        let bad = bad.to_str().expect("a UTF-8 path");
        let out = send(&server, &["--secret", SECRET, "--restamp", good, bad], None);
        assert_eq!(out.status.code(), Some(2));
        let said = stderr(&out);
        assert!(said.contains(bad) && said.contains("--restamp"), "{said}");
    }
    assert!(server.requests().is_empty());
}

/// A receiver as Plain's users run it: the signature, then the replay
/// window of 5 minutes (401 naming the field), then 200.
fn receiver_with_replay_window() -> Server {
    Server::start(|r: &Request| {
        let signature = r.header("Plain-Request-Signature").unwrap_or("");
        let verifier = Verifier::new(SECRET).expect("a secret");
        let checked = verifier
            .verify_signature(&r.body, signature)
            .and_then(|()| {
                let body = json(&r.body);
                let delivered = body["webhookMetadata"]["webhookDeliveryAttemptTimestamp"]
                    .as_str()
                    .and_then(|t| t.parse().ok());
                verifier.check_delivery_time(delivered, body["type"].as_str().unwrap_or(""))
            });
        match checked {
            Ok(()) => Response::new(200, "handled"),
            Err(e) => Response::new(e.status(), e.to_string()),
        }
    })
}

/// `plain-webhooks sample … | plain-webhooks send … -`: the README's way
/// to try a receiver.
#[test]
fn a_sample_piped_to_send_is_accepted() {
    let server = receiver_with_replay_window();
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemas/plain/latest.json");
    let sample = Command::new(env!("CARGO_BIN_EXE_plain-webhooks"))
        .args(["sample", "thread.thread_created", "--schema"])
        .arg(&schema)
        .output()
        .expect("sample runs");
    assert!(sample.status.success(), "{}", stderr(&sample));
    let mut child = Command::new(env!("CARGO_BIN_EXE_plain-webhooks"))
        .args([
            "send",
            "--url",
            &server.url("/webhooks/plain"),
            "--secret",
            SECRET,
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("send runs");
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(&sample.stdout)
        .expect("written");
    let out = child.wait_with_output().expect("it ends");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("send: - (thread.thread_created, "),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("-> 200 OK: handled"),
        "{}",
        stdout(&out)
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].body, sample.stdout,
        "the piped bytes, as they are"
    );

    // `-` twice: nothing is sent.
    let out = send(&server, &["--secret", SECRET, "-", "-"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`-` (standard input) is given twice"),
        "{}",
        stderr(&out)
    );
    assert!(server.requests().is_empty());
}

/// Plain's documented example is from 2023: a receiver with a replay window
/// refuses it, and `send` says what would help.
#[test]
fn a_401_for_the_delivery_time_suggests_restamp() {
    let server = receiver_with_replay_window();
    let documented = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../schemas/plain/examples/customer-updated.unversioned.json");
    let documented = documented.to_str().expect("a UTF-8 path");
    let out = send(&server, &["--secret", SECRET, documented], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("-> 401 Unauthorized: "),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("is too old: 1,"),
        "days, in words: {}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("the receiver refused the delivery time; --restamp sets it to now"),
        "{}",
        stderr(&out)
    );
    let out = send(
        &server,
        &["--secret", SECRET, "--restamp", documented],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("--restamp"), "{}", stderr(&out));
    // A 401 for the signature gets no such hint.
    let out = send(&server, &["--secret", "not the secret", documented], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr(&out).contains("--restamp"), "{}", stderr(&out));
}

#[test]
fn restamp_sets_the_attempt_timestamp_to_now_and_signs_the_new_body() {
    let server = receiver();
    let file = body_file();
    let file = file.to_str().expect("a UTF-8 path");
    let original = json(&std::fs::read(file).expect("the example body"));
    let before = SystemTime::now();

    let out = send(&server, &["--secret", SECRET, "--restamp", file], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("-> 200 OK: handled"));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    let signature = r.header("Plain-Request-Signature").expect("signed");
    assert!(Verifier::new(SECRET)
        .expect("a secret")
        .verify_signature(&r.body, signature)
        .is_ok());
    let mut sent = json(&r.body);
    let stamp = sent["webhookMetadata"]["webhookDeliveryAttemptTimestamp"]
        .as_str()
        .expect("a timestamp")
        .to_string();
    assert_ne!(
        Some(stamp.as_str()),
        original["webhookMetadata"]["webhookDeliveryAttemptTimestamp"].as_str()
    );
    assert_eq!(
        r.header("Plain-Webhook-Delivery-Attempt-Timestamp"),
        Some(stamp.as_str())
    );
    let at = SystemTime::from(chrono::DateTime::parse_from_rfc3339(&stamp).expect("RFC 3339"));
    // Millisecond precision: `at` may be up to 1 ms before `before`.
    let after = SystemTime::now();
    assert!(
        at + Duration::from_millis(1) >= before && at <= after,
        "{stamp} is not between the start and the end of the run"
    );
    // Nothing else changed.
    sent["webhookMetadata"]["webhookDeliveryAttemptTimestamp"] =
        original["webhookMetadata"]["webhookDeliveryAttemptTimestamp"].clone();
    assert_eq!(sent, original);
}
