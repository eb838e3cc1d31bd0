//! Signature and replay checks, against test vectors computed outside this
//! crate. The replay window is checked on bodies of the project's small test
//! schema, through the generated `Webhook::verify_and_parse`.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, TimeDelta, Utc};
use plain_webhooks::{testing, Error, ErrorKind, Verifier, VersionPolicy};

#[plain_webhooks::webhooks(schema = "../schemas/test/minimal.json")]
mod plain {}

const BODY: &[u8] = br#"{"hello":"world"}"#;
const SECRET: &[u8] = b"secret";
// python3 -c "import hmac,hashlib;print(hmac.new(b'secret', b'{\"hello\":\"world\"}', hashlib.sha256).hexdigest())"
const BODY_SIG: &str = "2677ad3e7c090b2fa2c0fb13020d66d5420879b8316eb356a2d60fb9073bc778";
// Same body, keyed with b'old-secret' and b'new-secret' (same python3 one-liner).
const OLD_SIG: &str = "4b9e2eae245a1336ed30f51ee5761ec024bb2e7052b7a335573af0e38ec44f3f";
const NEW_SIG: &str = "6597104e6341dc374f4642263e9937c299cc282f77181f6c8420338914b24071";

/// The signature check alone, with one secret.
fn verify_signature(body: &[u8], signature: &str, secret: &[u8]) -> Result<(), Error> {
    Verifier::new(secret)?.verify_signature(body, signature)
}

fn kind(r: Result<(), Error>) -> ErrorKind {
    r.expect_err("expected an error").kind()
}

#[test]
fn sign_matches_independent_vectors() {
    assert_eq!(testing::sign(BODY, SECRET), BODY_SIG);
    // RFC 4231 test case 2.
    assert_eq!(
        testing::sign(b"what do ya want for nothing?", b"Jefe"),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
    // RFC 4231 test case 6: a key longer than the block size is hashed first.
    assert_eq!(
        testing::sign(
            b"Test Using Larger Than Block-Size Key - Hash Key First",
            &[0xaa; 131]
        ),
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
    );
}

#[test]
fn valid_signature_verifies_in_either_case() {
    assert_eq!(verify_signature(BODY, BODY_SIG, SECRET), Ok(()));
    assert_eq!(
        verify_signature(BODY, &BODY_SIG.to_ascii_uppercase(), SECRET),
        Ok(())
    );
    let mixed: String = BODY_SIG
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i % 2 == 0 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect();
    assert_eq!(verify_signature(BODY, &mixed, SECRET), Ok(()));
    assert_eq!(
        verify_signature(BODY, &format!(" \t{BODY_SIG}\r\n"), SECRET),
        Ok(())
    );
}

#[test]
fn every_byte_flip_of_the_body_fails() {
    for i in 0..BODY.len() {
        for mask in [0x01, 0x80, 0xff] {
            let mut body = BODY.to_vec();
            body[i] ^= mask;
            assert_eq!(
                kind(verify_signature(&body, BODY_SIG, SECRET)),
                ErrorKind::SignatureMismatch,
                "byte {i} xor {mask:#04x}"
            );
        }
    }
    // Truncated and extended bodies fail too.
    assert_eq!(
        kind(verify_signature(&BODY[..BODY.len() - 1], BODY_SIG, SECRET)),
        ErrorKind::SignatureMismatch
    );
    assert_eq!(
        kind(verify_signature(&[BODY, b" "].concat(), BODY_SIG, SECRET)),
        ErrorKind::SignatureMismatch
    );
}

#[test]
fn wrong_secret_or_flipped_signature_fails() {
    assert_eq!(
        kind(verify_signature(BODY, BODY_SIG, b"Secret")),
        ErrorKind::SignatureMismatch
    );
    let mut flipped = BODY_SIG.to_string();
    flipped.replace_range(63.., "9");
    assert_eq!(
        kind(verify_signature(BODY, &flipped, SECRET)),
        ErrorKind::SignatureMismatch
    );
}

#[test]
fn malformed_signatures() {
    let non_hex = format!("{}g", &BODY_SIG[..63]);
    let prefixed = format!("0x{}", &BODY_SIG[..62]);
    let inner_space = format!("{} {}", &BODY_SIG[..31], &BODY_SIG[32..]);
    let non_ascii = format!("{}é", &BODY_SIG[..62]);
    for sig in [
        &BODY_SIG[..63],
        &BODY_SIG[..32],
        &format!("{BODY_SIG}0"),
        &format!("sha256={BODY_SIG}"),
        &non_hex,
        &prefixed,
        &inner_space,
        &non_ascii,
    ] {
        assert_eq!(
            kind(verify_signature(BODY, sig, SECRET)),
            ErrorKind::MalformedSignature,
            "{sig:?}"
        );
    }
}

#[test]
fn every_byte_is_read_as_hex_exactly_when_it_is_a_hex_digit() {
    for b in 0..=u8::MAX {
        for at in [0, 1, 62, 63] {
            let mut sig = BODY_SIG.as_bytes().to_vec();
            sig[at] = b;
            let Ok(sig) = String::from_utf8(sig) else {
                continue;
            };
            let result = verify_signature(BODY, &sig, SECRET);
            if !b.is_ascii_hexdigit() {
                let e = result.expect_err("a non-hex byte was accepted");
                assert_eq!(e.kind(), ErrorKind::MalformedSignature, "{b:#04x} at {at}");
                // Whitespace at either end is trimmed, which shifts the offset.
                if !b.is_ascii_whitespace() {
                    assert!(e.to_string().contains(&format!("at offset {at}")), "{e}");
                }
            } else if b.eq_ignore_ascii_case(&BODY_SIG.as_bytes()[at]) {
                assert_eq!(result, Ok(()), "{b:#04x} at {at}");
            } else {
                assert_eq!(
                    kind(result),
                    ErrorKind::SignatureMismatch,
                    "{b:#04x} at {at}"
                );
            }
        }
    }
}

#[test]
fn empty_inputs_have_their_own_kinds() {
    assert_eq!(
        kind(verify_signature(BODY, BODY_SIG, b"")),
        ErrorKind::EmptySecret
    );
    assert_eq!(
        kind(verify_signature(b"", BODY_SIG, SECRET)),
        ErrorKind::EmptyBody
    );
    assert_eq!(
        kind(verify_signature(BODY, "", SECRET)),
        ErrorKind::MissingSignature
    );
    assert_eq!(
        kind(verify_signature(BODY, " \t\r\n", SECRET)),
        ErrorKind::MissingSignature
    );
    for k in [
        ErrorKind::EmptySecret,
        ErrorKind::EmptyBody,
        ErrorKind::MissingSignature,
        ErrorKind::MalformedSignature,
        ErrorKind::SignatureMismatch,
        ErrorKind::TimestampOutOfTolerance,
    ] {
        assert!(k.is_signature(), "{k:?}");
    }
}

#[test]
fn errors_reveal_neither_secret_nor_expected_signature() {
    let secret = b"whsec_do_not_leak_0123456789";
    let secret_str = std::str::from_utf8(secret).unwrap();
    let expected = testing::sign(BODY, secret);
    let errors = [
        verify_signature(BODY, BODY_SIG, secret),
        verify_signature(BODY, &expected[..63], secret),
        verify_signature(BODY, &format!("{}z", &expected[..63]), secret),
        verify_signature(b"", BODY_SIG, secret),
        verify_signature(BODY, "", secret),
        Verifier::new(secret)
            .and_then(|v| v.with_secret(" "))
            .map(drop),
    ];
    for e in errors {
        let e = e.expect_err("expected an error");
        for text in [e.to_string(), format!("{e:?}")] {
            assert!(!text.contains(secret_str), "{text}");
            assert!(!text.contains(&expected), "{text}");
            assert!(!text.contains(&expected.to_ascii_uppercase()), "{text}");
            // Not even a recognisable prefix of the expected signature.
            assert!(!text.contains(&expected[..16]), "{text}");
        }
    }
}

#[test]
fn several_secrets_decide_as_the_one_that_signed() {
    let both = Verifier::new("other")
        .expect("a secret")
        .with_secret(SECRET)
        .expect("a secret");
    let bodies: [&[u8]; 3] = [BODY, b"x", &[b'a'; 5000]];
    for body in bodies {
        let signature = testing::sign(body, SECRET);
        for sig in [signature.as_str(), BODY_SIG, "", "zz"] {
            assert_eq!(
                both.verify_signature(body, sig).map_err(|e| e.kind()),
                verify_signature(body, sig, SECRET).map_err(|e| e.kind()),
                "{sig:?}"
            );
        }
        assert_eq!(
            kind(verify_signature(body, &signature, b"other")),
            ErrorKind::SignatureMismatch
        );
    }
}

#[test]
fn rotation_accepts_any_secret() {
    let rotating = Verifier::new("old-secret")
        .expect("a secret")
        .with_secret("new-secret")
        .expect("a secret");
    assert_eq!(rotating.verify_signature(BODY, OLD_SIG), Ok(()));
    assert_eq!(rotating.verify_signature(BODY, NEW_SIG), Ok(()));
    assert_eq!(
        kind(rotating.verify_signature(BODY, BODY_SIG)),
        ErrorKind::SignatureMismatch
    );
    // An empty or blank secret is refused when the verifier is built, not
    // answered 401 forever after.
    for blank in ["", " ", "\r\n"] {
        assert_eq!(
            kind(
                Verifier::new("new-secret")
                    .and_then(|v| v.with_secret(blank))
                    .map(drop)
            ),
            ErrorKind::EmptySecret
        );
    }
}

#[test]
fn debug_shows_no_secret() {
    let v = Verifier::new("whsec_do_not_leak")
        .expect("a secret")
        .with_secret("old_do_not_leak")
        .expect("a secret");
    let shown = format!("{v:?}");
    assert!(!shown.contains("leak"), "{shown}");
    assert!(shown.contains("2, redacted"), "{shown}");
    assert!(shown.contains("tolerance: Some(300s)"), "{shown}");
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// A body of the test schema, delivered at `timestamp`.
fn webhook_body(timestamp: &str) -> Vec<u8> {
    format!(
        r#"{{"id": "ev_01HD450JT0RPBT7RRKS1ZQJYBA", "timestamp": "2023-10-19T14:21:43.616Z",
  "workspaceId": "w_01GST0W989ZNAW53X6XYHAY87P", "type": "thread.email_received",
  "payload": {{"eventType": "thread.email_received", "subject": "Hello"}},
  "webhookMetadata": {{"webhookTargetId": "whTarget_01HD4400VTDJQ646V6RY37SR7K",
    "webhookTargetVersion": "2025-01-01", "webhookDeliveryAttemptNumber": 1,
    "webhookDeliveryAttemptId": "whAttempt_01HD450N6X782MDTDBMS6Z14DJ",
    "webhookDeliveryAttemptTimestamp": "{timestamp}"}}}}"#
    )
    .into_bytes()
}

fn clocked(now: DateTime<Utc>) -> Verifier {
    let now = SystemTime::from(now);
    Verifier::new(SECRET)
        .expect("a secret")
        .with_clock(move || now)
}

fn verify_at(body: &[u8], verifier: &Verifier) -> Result<(), Error> {
    let sig = testing::sign(body, SECRET);
    plain::Webhook::verify_and_parse(body, &sig, verifier).map(drop)
}

fn check_at(body: &[u8], now: DateTime<Utc>) -> Result<(), Error> {
    verify_at(body, &clocked(now))
}

#[test]
fn tolerance_boundaries() {
    let stamp = at("2024-05-01T12:00:00.250Z");
    let body = webhook_body("2024-05-01T12:00:00.250Z");
    let five_min = TimeDelta::minutes(5);
    let second = TimeDelta::seconds(1);

    assert_eq!(check_at(&body, stamp), Ok(()));
    // Past: inside by 1 s, exactly at, outside by 1 s.
    assert_eq!(check_at(&body, stamp + five_min - second), Ok(()));
    assert_eq!(check_at(&body, stamp + five_min), Ok(()));
    let late = check_at(&body, stamp + five_min + second).unwrap_err();
    assert_eq!(late.kind(), ErrorKind::TimestampOutOfTolerance);
    assert_eq!(late.status(), 401);
    assert!(
        late.message().contains(
            "too old: 5 minutes 1 second before now, more than the tolerance of 5 minutes"
        ),
        "{late}"
    );
    assert_eq!(late.event_type(), Some("thread.email_received"));
    assert_eq!(
        late.path(),
        Some("webhookMetadata.webhookDeliveryAttemptTimestamp")
    );
    // Future: the same, mirrored.
    assert_eq!(check_at(&body, stamp - five_min + second), Ok(()));
    assert_eq!(check_at(&body, stamp - five_min), Ok(()));
    let early = check_at(&body, stamp - five_min - second).unwrap_err();
    assert_eq!(early.kind(), ErrorKind::TimestampOutOfTolerance);
    assert!(
        early
            .message()
            .contains("too far in the future: 5 minutes 1 second after now"),
        "{early}"
    );
    // A sub-second miss is not reported as 0 seconds.
    let just = check_at(&body, stamp + five_min + TimeDelta::milliseconds(1)).unwrap_err();
    assert!(
        just.message()
            .contains("5 minutes 0.001 seconds before now"),
        "{just}"
    );
}

#[test]
fn custom_tolerance_and_offsets() {
    // Same instant written with an offset.
    let body = webhook_body("2024-05-01T14:00:00+02:00");
    let now = at("2024-05-01T12:00:10Z");
    let tight = clocked(now).with_tolerance(Some(Duration::from_secs(10)));
    assert_eq!(verify_at(&body, &tight), Ok(()));
    let tighter = tight.with_tolerance(Some(Duration::from_secs(9)));
    assert_eq!(
        kind(verify_at(&body, &tighter)),
        ErrorKind::TimestampOutOfTolerance
    );
    // No window: any delivery time.
    let off = clocked(at("2099-01-01T00:00:00Z")).with_tolerance(None);
    assert_eq!(verify_at(&body, &off), Ok(()));
    assert_eq!(
        Verifier::new(SECRET).expect("a secret").tolerance(),
        Some(Duration::from_secs(300))
    );
    assert_eq!(
        Verifier::new(SECRET).expect("a secret").version_policy(),
        VersionPolicy::Exact
    );
}

#[test]
fn system_clock_is_used_by_default() {
    let now: DateTime<Utc> = SystemTime::now().into();
    let body = webhook_body(&now.to_rfc3339());
    assert_eq!(
        verify_at(&body, &Verifier::new(SECRET).expect("a secret")),
        Ok(())
    );
    let old = webhook_body("2020-01-01T00:00:00Z");
    assert_eq!(
        kind(verify_at(&old, &Verifier::new(SECRET).expect("a secret"))),
        ErrorKind::TimestampOutOfTolerance
    );
}

#[test]
fn the_body_must_carry_a_readable_timestamp() {
    let now = at("2024-05-01T12:00:00Z");
    let path = "webhookMetadata.webhookDeliveryAttemptTimestamp";
    let good = String::from_utf8(webhook_body("2024-05-01T12:00:00Z")).unwrap();
    let without = good.replace(
        r#""webhookDeliveryAttemptTimestamp": "2024-05-01T12:00:00Z""#,
        r#""other": 1"#,
    );
    let number = good.replace(r#""2024-05-01T12:00:00Z""#, "5");
    let words = good.replace(r#""2024-05-01T12:00:00Z""#, r#""yesterday""#);
    for (body, what) in [
        (without, "missing field"),
        (number, "invalid type"),
        (words, ""),
    ] {
        let e = check_at(body.as_bytes(), now).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Schema, "{e}");
        assert_eq!(e.path(), Some(path), "{e}");
        assert!(e.message().contains(what), "{e}");
    }
    for body in [&b"not json"[..], br#"{"webhookMetadata":{"#] {
        assert_eq!(kind(check_at(body, now)), ErrorKind::Json);
    }
}

#[test]
fn the_version_policy_comes_from_the_verifier() {
    let body = String::from_utf8(webhook_body("2024-05-01T12:00:00Z")).unwrap();
    let other = body.replace("2025-01-01", "2024-09-18");
    let now = at("2024-05-01T12:00:00Z");
    let e = check_at(other.as_bytes(), now).unwrap_err();
    assert_eq!((e.kind(), e.status()), (ErrorKind::VersionMismatch, 422));
    let any = clocked(now).with_version_policy(VersionPolicy::Any);
    assert_eq!(verify_at(other.as_bytes(), &any), Ok(()));
}

#[test]
fn signature_is_checked_before_the_body_is_read() {
    let verifier = clocked(at("2024-05-01T12:00:00Z"));
    let check = |body: &[u8], sig: &str| {
        plain::Webhook::verify_and_parse(body, sig, &verifier)
            .map(drop)
            .map_err(|e| e.kind())
    };
    assert_eq!(
        check(b"not json", BODY_SIG),
        Err(ErrorKind::SignatureMismatch)
    );
    assert_eq!(check(b"not json", ""), Err(ErrorKind::MissingSignature));
    let old = webhook_body("1999-01-01T00:00:00Z");
    assert_eq!(check(&old, BODY_SIG), Err(ErrorKind::SignatureMismatch));
}

/// Plain's documented example, in the repository.
fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../schemas/plain/examples/customer-updated.unversioned.json")
}

#[test]
fn signed_fixture_headers_match_body() {
    let path = fixture_path();
    let request = testing::signed_fixture(&path, SECRET).unwrap();
    assert_eq!(request.body, std::fs::read(&path).unwrap());
    let json: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
    let meta = &json["webhookMetadata"];
    let expected = [
        (
            "Plain-Event-Type",
            json["type"].as_str().unwrap().to_string(),
        ),
        ("Plain-Event-Id", json["id"].as_str().unwrap().to_string()),
        (
            "Plain-Workspace-Id",
            json["workspaceId"].as_str().unwrap().to_string(),
        ),
        (
            "Plain-Webhook-Target-Id",
            meta["webhookTargetId"].as_str().unwrap().to_string(),
        ),
        (
            "Plain-Webhook-Delivery-Attempt-Id",
            meta["webhookDeliveryAttemptId"]
                .as_str()
                .unwrap()
                .to_string(),
        ),
        (
            "Plain-Webhook-Delivery-Attempt-Number",
            meta["webhookDeliveryAttemptNumber"].to_string(),
        ),
        (
            "Plain-Webhook-Delivery-Attempt-Timestamp",
            meta["webhookDeliveryAttemptTimestamp"]
                .as_str()
                .unwrap()
                .to_string(),
        ),
    ];
    for (name, value) in &expected {
        assert_eq!(request.header(name), Some(value.as_str()), "{name}");
        // HTTP header names are case-insensitive.
        assert_eq!(
            request.header(&name.to_ascii_lowercase()),
            Some(value.as_str())
        );
        assert_eq!(
            request.header(&name.to_ascii_uppercase()),
            Some(value.as_str())
        );
    }
    assert_eq!(
        request.header("Plain-Event-Type"),
        Some("customer.customer_updated")
    );
    assert_eq!(
        request.header("Plain-Webhook-Delivery-Attempt-Number"),
        Some("1")
    );
    // The fixture predates webhook versions.
    assert_eq!(request.header("Plain-Webhook-Target-Version"), None);
    let sig = request.header("plain-request-signature").unwrap();
    assert_eq!(sig, testing::sign(&request.body, SECRET));
    assert_eq!(verify_signature(&request.body, sig, SECRET), Ok(()));
    let rotating = Verifier::new("old-secret")
        .expect("a secret")
        .with_secret(SECRET)
        .expect("a secret");
    assert_eq!(rotating.verify_signature(&request.body, sig), Ok(()));
}

#[test]
fn signed_request_handles_versions_and_non_json() {
    let body = r#"{"id":"pEv_2","type":"thread.thread_created","workspaceId":"w_1","webhookMetadata":{"webhookTargetId":"whTarget_1","webhookTargetVersion":"2024-09-18","webhookDeliveryAttemptId":"whAttempt_1","webhookDeliveryAttemptNumber":3,"webhookDeliveryAttemptTimestamp":"2024-09-27T10:00:00.000Z"}}"#;
    let request = testing::signed_request(body, SECRET);
    assert_eq!(request.body, body.as_bytes());
    assert_eq!(
        request.header("Plain-Webhook-Target-Version"),
        Some("2024-09-18")
    );
    assert_eq!(
        request.header("Plain-Webhook-Delivery-Attempt-Number"),
        Some("3")
    );
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("X-Unknown"), None);

    let request = testing::signed_request(BODY.to_vec(), SECRET);
    assert_eq!(request.header("Plain-Request-Signature"), Some(BODY_SIG));
    assert_eq!(request.header("Plain-Event-Type"), None);

    let request = testing::signed_request("not json", SECRET);
    assert_eq!(request.headers.len(), 1);
    assert_eq!(
        request
            .header("Plain-Request-Signature")
            .map(str::to_string),
        Some(testing::sign(b"not json", SECRET))
    );

    let missing = testing::signed_fixture("/nonexistent/fixture.json", SECRET).unwrap_err();
    assert_eq!(missing.kind(), std::io::ErrorKind::NotFound);
    assert!(missing.to_string().contains("/nonexistent/fixture.json"));
}
