//! Snapshots of the generated code, formatted: for the project's small test
//! schema and for Plain's `latest.json`. `EXPECTORATE=overwrite cargo test
//! -p plain_webhooks_codegen --test snapshots` updates them after a change
//! that is meant. `tests/ui/tests/ui.rs` compiles the minimal ones; the
//! macro's output for `latest.json`, the same tokens, is compiled under
//! `#![deny(warnings)]` by the revisions crate (`tests/revisions`).

mod common;

use std::path::{Path, PathBuf};

use plain_webhooks_codegen::{Generator, Settings};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn expand(schema: &Path) -> String {
    expand_with(schema, &Settings::new())
}

fn expand_with(schema: &Path, settings: &Settings) -> String {
    let text =
        std::fs::read_to_string(schema).unwrap_or_else(|e| panic!("{}: {e}", schema.display()));
    let tokens = Generator::new(settings)
        .generate(&text)
        .unwrap_or_else(|e| panic!("{}: {e}", schema.display()));
    let file: syn::File = syn::parse2(tokens).expect("generated code parses");
    prettyplease::unparse(&file)
}

#[test]
fn snapshot_minimal() {
    let out = expand(&root().join("schemas/test/minimal.json"));
    expectorate::assert_contents("tests/snapshots/minimal.rs", &out);
}

/// Two of its event types chosen: the others go to `Event::Other`, and the
/// definitions only they use are gone.
#[test]
fn snapshot_minimal_selected() {
    let mut settings = Settings::new();
    settings.with_events(["note.note_created", "group.*"]);
    let out = expand_with(&root().join("schemas/test/minimal.json"), &settings);
    expectorate::assert_contents("tests/snapshots/minimal_selected.rs", &out);
}

#[test]
fn snapshot_latest() {
    let dir = common::plain_schemas();
    let out = expand(&dir.join("latest.json"));
    expectorate::assert_contents("tests/snapshots/latest.rs", &out);
}

#[test]
fn generation_is_deterministic() {
    let path = root().join("schemas/test/minimal.json");
    assert_eq!(expand(&path), expand(&path));
}
