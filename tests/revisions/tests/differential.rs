//! Differential test: for every revision of Plain's schema, bodies drawn by
//! `plain-webhooks-samples` (valid ones, and ones with exactly one thing
//! broken) are judged twice, by the generated `parse_with(…,
//! VersionPolicy::Any)` and by the `jsonschema` crate (draft-07, formats
//! checked) against the same schema file with `webhookTargetVersion`
//! relaxed the way our normalize step relaxes it. The verdicts must agree,
//! except where [`DELIBERATE`] lists a known, documented difference.
//!
//! `PLAIN_DIFF_CASES` (cases per revision) and `PLAIN_DIFF_SEED` choose the
//! run; `scripts/differential.sh` runs a larger one in release mode.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use plain_webhooks::VersionPolicy;
use plain_webhooks_revisions::{Revision, REVISIONS};
use plain_webhooks_samples::{MutationKind, Sample, Samples};
use serde_json::{json, Value};

/// Cases per revision when `PLAIN_DIFF_CASES` is unset: enough to meet
/// every event type, valid and mutated, several times, within CI's time.
const DEFAULT_CASES: u64 = 300;
/// The seed when `PLAIN_DIFF_SEED` is unset.
const DEFAULT_SEED: u64 = 20_260_422;
/// Bodies are shown up to this many characters in a failure.
const SHOW_BODY: usize = 1500;
/// At most this many disagreements are described in a failure.
const SHOW_FAILURES: usize = 8;

/// What the test knows of a case besides the body.
struct Case<'a> {
    sample: &'a Sample,
    samples: &'a Samples,
}

impl Case<'_> {
    fn mutated(&self, kind: MutationKind) -> bool {
        self.sample
            .mutation
            .as_ref()
            .is_some_and(|m| m.kind == kind)
    }

    fn mutated_at(&self, kind: MutationKind, path: &str) -> bool {
        self.sample
            .mutation
            .as_ref()
            .is_some_and(|m| m.kind == kind && m.path == path)
    }

    fn described(&self, text: &str) -> bool {
        self.sample
            .mutation
            .as_ref()
            .is_some_and(|m| m.description.contains(text))
    }

    fn mutated_under(&self, prefix: &str) -> bool {
        self.sample
            .mutation
            .as_ref()
            .is_some_and(|m| m.path == prefix || m.path.starts_with(&format!("{prefix}.")))
    }
}

/// A known disagreement between the generated types and the schema.
struct Deliberate {
    /// A short name, for the summary.
    name: &'static str,
    /// Why the generated code differs from the schema here.
    reason: &'static str,
    /// The schema's verdict in this disagreement (ours is the opposite).
    schema_valid: bool,
    /// Whether a case is an instance of it.
    applies: fn(&Case<'_>) -> bool,
}

/// Every deliberate difference. Each is matched narrowly (mutation kind and
/// place), so that any other disagreement still fails the test.
const DELIBERATE: &[Deliberate] = &[
    Deliberate {
        name: "unknown event type",
        reason: "an envelope `type` that the schema's enum does not list is \
                 accepted as `Event::Unknown` (payload kept raw), so that a \
                 receiver keeps working when Plain adds an event type; the \
                 schema rejects it",
        schema_valid: false,
        applies: |c| c.mutated_at(MutationKind::UnlistedEnumValue, "type"),
    },
    Deliberate {
        name: "type names another event",
        reason: "the schema does not tie the envelope's `type` to the \
                 payload's `eventType` (`payload` is an `anyOf` of every \
                 payload), so a body whose `type` names another event is \
                 valid to it; the generated parser reads the payload as the \
                 event that `type` names and rejects the mismatch",
        schema_valid: true,
        applies: |c| c.mutated(MutationKind::WrongEventType),
    },
    Deliberate {
        name: "event type without payload definition",
        reason: "when the schema lists an event type but no payload carries \
                 its `eventType` (`thread.thread_tenant_updated` in the \
                 2026-02-27 and 2026-03-17 revisions), its payload is kept as \
                 raw JSON and not checked; the schema still requires it to \
                 match one of the other payloads",
        schema_valid: false,
        applies: |c| !c.samples.has_payload(&c.sample.event_type) && c.mutated_under("payload"),
    },
    Deliberate {
        name: "missing nullable property",
        reason: "a property that is required but may be `null` becomes an \
                 `Option` field in typify 0.8's output, and serde reads a \
                 missing `Option` field as `None`: the parser accepts the body \
                 without it, as if it were `null`; the schema requires the key",
        schema_valid: false,
        applies: |c| {
            c.mutated(MutationKind::MissingRequired)
                && c.sample.mutation.as_ref().is_some_and(|m| m.admits_null)
        },
    },
    Deliberate {
        name: "uuid format",
        reason: "`format: uuid` is not a draft-07 format, so the schema \
                 accepts any string there; typify types it as `uuid::Uuid`, \
                 which rejects a string that is not a UUID",
        schema_valid: true,
        applies: |c| c.mutated(MutationKind::BadFormat) && c.described("not a valid uuid"),
    },
    Deliberate {
        name: "uri format",
        reason: "typify 0.8 types `format: uri` as a plain `String`, so the \
                 parser accepts a string that is not a URI; the schema \
                 (with format checks on) rejects it",
        schema_valid: false,
        applies: |c| c.mutated(MutationKind::BadFormat) && c.described("not a valid uri"),
    },
    Deliberate {
        name: "lenient date-time",
        reason: "`format: date-time` becomes `chrono::DateTime<Utc>`, whose \
                 parser also takes a space instead of `T` and years of fewer \
                 than four digits, which RFC 3339 (and the schema) reject",
        schema_valid: false,
        applies: |c| {
            c.mutated(MutationKind::BadDateTime)
                && (c.described("(space instead of `T`;") || c.described("(two-digit year;"))
        },
    },
    Deliberate {
        name: "minItems",
        reason: "typify 0.8 types an array as `Vec<T>` without checking \
                 `minItems` (`threadPriorityFilter`, `components` in the \
                 older revisions), so an empty array is accepted; the schema \
                 rejects it",
        schema_valid: false,
        applies: |c| c.mutated(MutationKind::OutOfRange) && c.described("(minItems "),
    },
    Deliberate {
        name: "null version",
        reason: "the relaxed `webhookTargetVersion` is an `Option<String>`, \
                 and serde reads `null` there as absent; the relaxed schema \
                 (an optional string) rejects `null`",
        schema_valid: false,
        applies: |c| {
            c.mutated_at(
                MutationKind::WrongType,
                "webhookMetadata.webhookTargetVersion",
            ) && c.described("replaced by a null")
        },
    },
];

fn env_u64(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|e| panic!("{name}={v:?}: {e}")),
        Err(_) => default,
    }
}

/// The schema as `jsonschema` should see it: `webhookTargetVersion` an
/// optional string, as codegen's `normalize::relax_version` makes it (the
/// version policy, not the type, judges it).
fn relax_version(mut doc: Value) -> Value {
    let meta = doc["properties"]["webhookMetadata"].clone();
    let pointer = match meta.get("$ref").and_then(Value::as_str) {
        Some(r) => r.trim_start_matches('#').to_string(),
        None => "/properties/webhookMetadata".to_string(),
    };
    let schema = doc
        .pointer_mut(&pointer)
        .unwrap_or_else(|| panic!("webhookMetadata at {pointer}"));
    schema["properties"]["webhookTargetVersion"] = json!({ "type": "string" });
    if let Some(req) = schema.get_mut("required").and_then(Value::as_array_mut) {
        req.retain(|r| r != "webhookTargetVersion");
    }
    doc
}

#[derive(Default)]
struct Tally {
    cases: u64,
    schema_valid: u64,
    schema_invalid: u64,
    agreements: u64,
    deliberate: BTreeMap<&'static str, u64>,
    round_trip_failures: u64,
    failures: Vec<String>,
    failure_count: u64,
    by_kind: BTreeMap<&'static str, u64>,
}

fn truncated(body: &[u8]) -> String {
    let s = String::from_utf8_lossy(body);
    if s.chars().count() > SHOW_BODY {
        format!(
            "{}… ({} bytes)",
            s.chars().take(SHOW_BODY).collect::<String>(),
            body.len()
        )
    } else {
        s.into_owned()
    }
}

fn run_revision(rev: &Revision, seed: u64, cases: u64) -> Tally {
    let text = std::fs::read(rev.path).expect("the macro read this schema");
    let doc: Value = serde_json::from_slice(&text).expect("schema JSON");
    let samples = Samples::new(&doc).unwrap_or_else(|e| panic!("{}: samples: {e}", rev.file));
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&relax_version(doc))
        .unwrap_or_else(|e| panic!("{}: jsonschema: {e}", rev.file));
    let mut t = Tally::default();
    for index in 0..cases {
        let sample = samples
            .case(seed, index)
            .unwrap_or_else(|e| panic!("{} seed {seed} case {index}: {e}", rev.file));
        let body = sample.to_bytes();
        let schema_ok = validator.is_valid(&sample.body);
        let ours = (rev.parse_with)(&body, VersionPolicy::Any);
        t.cases += 1;
        *t.by_kind
            .entry(sample.mutation.as_ref().map_or("valid", |m| m.kind.name()))
            .or_default() += 1;
        if schema_ok {
            t.schema_valid += 1;
        } else {
            t.schema_invalid += 1;
        }
        if let Ok(p) = &ours {
            if !p.round_trip_equal {
                t.round_trip_failures += 1;
                t.failure_count += 1;
                if t.failures.len() < SHOW_FAILURES {
                    t.failures.push(format!(
                        "{} seed {seed} case {index} ({}): parse → serialize → parse changed the value\n  body: {}",
                        rev.file,
                        sample.event_type,
                        truncated(&body)
                    ));
                }
            }
        }
        if schema_ok == ours.is_ok() {
            t.agreements += 1;
            continue;
        }
        let case = Case {
            sample: &sample,
            samples: &samples,
        };
        if let Some(d) = DELIBERATE
            .iter()
            .find(|d| d.schema_valid == schema_ok && (d.applies)(&case))
        {
            *t.deliberate.entry(d.name).or_default() += 1;
            continue;
        }
        t.failure_count += 1;
        if t.failures.len() < SHOW_FAILURES {
            let mut msg = format!(
                "{} seed {seed} case {index} ({}): jsonschema says {}, parse_with says {}",
                rev.file,
                sample.event_type,
                if schema_ok { "valid" } else { "invalid" },
                match &ours {
                    Ok(_) => "Ok".to_string(),
                    Err(e) => format!("Err({e})"),
                },
            );
            match &sample.mutation {
                Some(m) => write!(msg, "\n  mutation: {m}").expect("a String"),
                None => msg.push_str("\n  mutation: none (drawn valid)"),
            }
            if !schema_ok {
                let errors: Vec<String> = validator
                    .iter_errors(&sample.body)
                    .take(3)
                    .map(|e| {
                        let text = e.to_string();
                        let short: String = text.chars().take(160).collect();
                        format!("{short} at {}", e.instance_path())
                    })
                    .collect();
                write!(msg, "\n  jsonschema: {}", errors.join("; ")).expect("a String");
            }
            write!(msg, "\n  body: {}", truncated(&body)).expect("a String");
            t.failures.push(msg);
        }
    }
    t
}

#[test]
fn generated_parsers_agree_with_jsonschema() {
    let cases = env_u64("PLAIN_DIFF_CASES", DEFAULT_CASES);
    let seed = env_u64("PLAIN_DIFF_SEED", DEFAULT_SEED);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4);
    let started = std::time::Instant::now();
    let mut tallies: Vec<Option<Tally>> = (0..REVISIONS.len()).map(|_| None).collect();
    std::thread::scope(|s| {
        let chunks: Vec<Vec<usize>> = (0..threads)
            .map(|k| (k..REVISIONS.len()).step_by(threads).collect())
            .collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|idx| {
                s.spawn(move || {
                    idx.into_iter()
                        .map(|i| (i, run_revision(&REVISIONS[i], seed, cases)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (i, t) in h.join().expect("a revision thread panicked") {
                tallies[i] = Some(t);
            }
        }
    });
    let elapsed = started.elapsed();

    let mut total = Tally::default();
    for (rev, t) in REVISIONS.iter().zip(tallies.iter().flatten()) {
        let deliberate: u64 = t.deliberate.values().sum();
        println!(
            "differential {:<36} cases {:>6}  schema-valid {:>6}  schema-invalid {:>6}  agree {:>6}  deliberate {:>5}  failures {}",
            rev.file, t.cases, t.schema_valid, t.schema_invalid, t.agreements, deliberate, t.failure_count
        );
        total.cases += t.cases;
        total.schema_valid += t.schema_valid;
        total.schema_invalid += t.schema_invalid;
        total.agreements += t.agreements;
        total.round_trip_failures += t.round_trip_failures;
        total.failure_count += t.failure_count;
        for (k, v) in &t.deliberate {
            *total.deliberate.entry(k).or_default() += v;
        }
        for (k, v) in &t.by_kind {
            *total.by_kind.entry(k).or_default() += v;
        }
        total
            .failures
            .extend(t.failures.iter().take(SHOW_FAILURES).cloned());
    }
    let deliberate: u64 = total.deliberate.values().sum();
    println!(
        "differential TOTAL revisions {} seed {seed} cases {} valid {} invalid {} agreements {} deliberate {} failures {} round-trip-failures {} in {:.1}s ({:.0} cases/s)",
        REVISIONS.len(),
        total.cases,
        total.schema_valid,
        total.schema_invalid,
        total.agreements,
        deliberate,
        total.failure_count,
        total.round_trip_failures,
        elapsed.as_secs_f64(),
        total.cases as f64 / elapsed.as_secs_f64().max(1e-9),
    );
    for d in DELIBERATE {
        let n = total.deliberate.get(d.name).copied().unwrap_or(0);
        println!("differential deliberate {:?}: {n} ({})", d.name, d.reason);
    }
    let kinds: Vec<String> = total
        .by_kind
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    println!("differential kinds: {}", kinds.join(", "));

    // The run must have exercised what it claims to.
    assert!(total.schema_valid > 0 && total.schema_invalid > 0);
    assert!(
        total.failure_count == 0,
        "{} disagreement(s) between parse_with and jsonschema (seed {seed}); first ones:\n\n{}",
        total.failure_count,
        total.failures.join("\n\n")
    );
}

#[test]
fn relaxing_the_version_mirrors_normalize() {
    let rev = REVISIONS
        .iter()
        .find(|r| r.version.is_some())
        .expect("a versioned revision");
    let doc: Value =
        serde_json::from_slice(&std::fs::read(rev.path).expect("schema")).expect("JSON");
    let relaxed = relax_version(doc.clone());
    let meta = &relaxed["definitions"]["webhookMetadata"];
    assert_eq!(
        meta["properties"]["webhookTargetVersion"],
        json!({"type": "string"})
    );
    assert!(!meta["required"]
        .as_array()
        .expect("required")
        .contains(&json!("webhookTargetVersion")));
    // Nothing else changed.
    let mut back = relaxed.clone();
    back["definitions"]["webhookMetadata"] = doc["definitions"]["webhookMetadata"].clone();
    assert_eq!(back, doc);
}
