//! `plain-webhooks diff` over Plain's real revisions (`schemas/plain/`):
//! what it
//! reports is checked against the schemas read independently, and one full
//! report is a snapshot.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn history(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("history"))
        .expect("a history folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("readable")).expect("JSON")
}

/// The event types of a revision: its `type` enum.
fn event_types(schema: &Value) -> BTreeSet<String> {
    schema["properties"]["type"]["enum"]
        .as_array()
        .expect("a type enum")
        .iter()
        .map(|t| t.as_str().expect("a string").to_string())
        .collect()
}

/// A revision's `webhookTargetVersion` const, if it has one.
fn version(schema: &Value) -> Option<String> {
    let v = &schema["definitions"]["webhookMetadata"]["properties"]["webhookTargetVersion"];
    v["const"].as_str().map(str::to_string)
}

fn run(args: &[&Path], json: bool) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plain-webhooks"));
    command.arg("diff").args(args);
    if json {
        command.args(["--format", "json"]);
    }
    let out = command.output().expect("the command runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

#[test]
fn each_consecutive_pair_reports_the_added_events_and_the_version_change() {
    let dir = common::schemas();
    let files = history(&dir);
    assert!(files.len() >= 2, "{} revisions", files.len());
    let mut version_changes = 0;
    for pair in files.windows(2) {
        let (old, new) = (json(&pair[0]), json(&pair[1]));
        let (code, out, err) = run(&[&pair[0], &pair[1]], true);
        let name = format!("{} -> {}", pair[0].display(), pair[1].display());
        assert!(code == 0 || code == 1, "{name}: exit {code}: {err}");
        let report: Value = serde_json::from_str(&out).expect("JSON report");
        let changes = report["changes"].as_array().expect("changes");
        let items = |kind: &str| -> BTreeSet<String> {
            changes
                .iter()
                .filter(|c| c["kind"] == kind)
                .map(|c| c["item"].as_str().expect("an item").to_string())
                .collect()
        };
        let (before, after) = (event_types(&old), event_types(&new));
        assert_eq!(
            items("event added"),
            after.difference(&before).cloned().collect(),
            "{name}"
        );
        assert_eq!(
            items("event removed"),
            before.difference(&after).cloned().collect(),
            "{name}"
        );
        let changed = version(&old) != version(&new);
        assert_eq!(!items("version changed").is_empty(), changed, "{name}");
        version_changes += usize::from(changed);
        let breaking = changes.iter().any(|c| c["breaking"] == true);
        assert_eq!(code, i32::from(breaking), "{name}: exit status");
    }
    assert!(version_changes > 0, "no pair changes the version");
}

#[test]
fn the_report_from_2025_09_25_to_latest() {
    let dir = common::schemas();
    let old = dir.join("history/2025-09-25-b6e6b10.json");
    let (code, out, err) = run(&[&old, &dir.join("latest.json")], false);
    assert_eq!(code, 1, "breaking changes: {err}");
    for expected in [
        "field type changed: ThreadLabelsChangedPublicEventPayload.changeType: \
         `CustomerGroupMembershipsChangedPayloadChangeType` -> \
         `ThreadLabelsChangedPublicEventPayloadChangeType`",
        "enum `ThreadFieldType` values added: `CURRENCY`, `DATE`, `NUMBER`",
        "version changed: SCHEMA_VERSION: Some(\"2025-08-06\") -> Some(\"2026-04-21\")",
        "event added: thread.thread_tenant_updated",
    ] {
        assert!(out.contains(expected), "{expected:?} not in:\n{out}");
    }
    expectorate::assert_contents("tests/snapshots/2025-09-25-to-latest.txt", &out);
}

/// The types and items (structs, enums, aliases) a generated module
/// defines, read from the generator's tokens; with `previous`, the module
/// generated from both.
fn defined_types(path: &Path, previous: Option<&Path>) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).expect("readable");
    let generator = plain_webhooks_codegen::Generator::default();
    let tokens = match previous {
        Some(old) => generator
            .generate_with_previous(&text, &std::fs::read_to_string(old).expect("readable")),
        None => generator.generate(&text),
    }
    .expect("generates");
    let file: syn::File = syn::parse2(tokens).expect("parses");
    file.items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            syn::Item::Type(t) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// Every type `diff` names exists in the module of the revision it
/// belongs to: old types in the old module, new ones in the new.
#[test]
fn every_type_diff_names_exists_in_its_revisions_module() {
    // Names of the standard library, chrono, uuid and serde_json.
    const OUTSIDE: &[&str] = &[
        "Option",
        "Vec",
        "Box",
        "BTreeMap",
        "String",
        "bool",
        "f64",
        "i64",
        "u64",
        "NonZeroU64",
        "DateTime",
        "Utc",
        "NaiveDate",
        "Uuid",
        "Value",
    ];
    let dir = common::schemas();
    let files = history(&dir);
    let mut checked = 0;
    for pair in files.windows(2) {
        let (old, new) = (defined_types(&pair[0], None), defined_types(&pair[1], None));
        let merged = defined_types(&pair[1], Some(&pair[0]));
        let (_, out, err) = run(&[&pair[0], &pair[1]], true);
        let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
        for change in report["changes"].as_array().expect("changes") {
            for (key, module) in [("old_type", &old), ("new_type", &new)] {
                let Some(ty) = change[key].as_str() else {
                    continue;
                };
                for name in ty.split(|c: char| !c.is_alphanumeric() && c != '_') {
                    if name.is_empty() || OUTSIDE.contains(&name) {
                        continue;
                    }
                    assert!(
                        module.contains(name),
                        "{} -> {}: {key} `{ty}` names `{name}`, not in that module: {change}",
                        pair[0].display(),
                        pair[1].display()
                    );
                    checked += 1;
                }
            }
        }
        // What `previous` loosens: types of the merged module.
        let loosened = report["previous"]["retyped"].as_array().expect("retyped");
        for r in loosened {
            for (key, module) in [("new_type", &new), ("merged_type", &merged)] {
                let ty = r[key].as_str().expect("a type");
                for name in ty.split(|c: char| !c.is_alphanumeric() && c != '_') {
                    if !name.is_empty() && !OUTSIDE.contains(&name) {
                        assert!(module.contains(name), "{key} `{ty}`: {r}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} type names checked");
}

/// The last line says what one module for both revisions loosens, against
/// NEW's own module: here a field that the old revision could leave out.
#[test]
fn the_last_line_says_what_previous_loosens() {
    let dir = common::schemas();
    let old = dir.join("history/2024-06-18-bb3cb38.json");
    let new = dir.join("history/2024-09-13-a1499d2.json");
    let (_, out, err) = run(&[&old, &new], false);
    let last = out
        .lines()
        .last()
        .unwrap_or_else(|| panic!("no output: {err}"));
    assert!(
        last.starts_with("with `previous = OLD`, one module reads both revisions, loosened: ")
            && last.contains("1 field made Option (Thread.statusChangedAt)"),
        "{last}"
    );
    let (_, out, _) = run(&[&old, &new], true);
    let report: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        report["previous"]["optional"],
        serde_json::json!(["Thread.statusChangedAt"])
    );
    let latest = dir.join("latest.json");
    let (_, out, _) = run(&[&latest, &latest], false);
    assert!(
        out.ends_with("one module reads both revisions with NEW's types unchanged\n"),
        "{out}"
    );
}

#[test]
fn no_change_exits_0_and_a_missing_file_2() {
    let dir = common::schemas();
    let latest = dir.join("latest.json");
    let (code, out, _) = run(&[&latest, &latest], false);
    assert_eq!(code, 0);
    assert!(out.contains(": 0 changes, 0 breaking"), "{out}");
    let missing = dir.join("no-such-schema.json");
    let (code, _, err) = run(&[&latest, &missing], false);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-schema.json"), "{err}");
}
