//! Writes one `#[webhooks]` module per schema revision in the repository's
//! `schemas/plain/` (`latest.json` and `history/*.json`), so that every
//! revision is expanded and compiled; and one module for each consecutive
//! pair of revisions, generated with `previous`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let dir = manifest.join("../../schemas/plain");
    let dir = dir.canonicalize().unwrap_or(dir);
    println!("cargo:rerun-if-changed={}", dir.display());
    assert!(
        dir.join("latest.json").is_file() && dir.join("history").is_dir(),
        "no Plain schemas in {}: they are part of the repository (git checkout schemas/plain)",
        dir.display()
    );

    let mut files: Vec<(String, PathBuf)> = Vec::new();
    if dir.join("latest.json").is_file() {
        files.push(("latest.json".into(), dir.join("latest.json")));
    }
    if let Ok(entries) = std::fs::read_dir(dir.join("history")) {
        let mut history: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        history.sort();
        println!("cargo:rerun-if-changed={}", dir.join("history").display());
        for p in history {
            let name = p
                .file_name()
                .expect("a file")
                .to_string_lossy()
                .into_owned();
            files.push((format!("history/{name}"), p));
        }
    }

    let mut out = String::new();
    // A file with the same bytes as one before it (`latest.json` is the
    // newest revision in `history/`) is that module again, under its own
    // name: every file is tested, each schema compiled once.
    let mut compiled: Vec<(Vec<u8>, String)> = Vec::new();
    for (rel, path) in &files {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = module_name(rel);
        if let Some((_, same)) = compiled.iter().find(|(b, _)| *b == bytes) {
            writeln!(out, "pub use {same} as {name};\n").expect("write to a String");
            continue;
        }
        writeln!(
            out,
            "#[plain_webhooks::webhooks(schema = {:?})]\npub mod {name} {{}}\n",
            path.display().to_string(),
        )
        .expect("write to a String");
        compiled.push((bytes, name));
    }
    // The oldest and the newest revision again, with two event types chosen
    // (`tests/selected.rs`).
    let chosen: Vec<&(String, PathBuf)> = files
        .iter()
        .filter(|(rel, _)| rel == "latest.json")
        .chain(
            files
                .iter()
                .filter(|(rel, _)| rel.starts_with("history/"))
                .take(1),
        )
        .collect();
    for (rel, path) in chosen {
        writeln!(
            out,
            "#[plain_webhooks::webhooks(schema = {:?}, events = [\"customer.*\", \"thread.thread_created\"])]\npub mod {}_selected {{}}\n",
            path.display().to_string(),
            module_name(rel)
        )
        .expect("write to a String");
    }
    // Each consecutive pair of revisions in `history/`, as one module that
    // reads both (`previous`; `tests/merged.rs`).
    let history: Vec<&(String, PathBuf)> = files
        .iter()
        .filter(|(rel, _)| rel.starts_with("history/"))
        .collect();
    let mut pairs = String::from("pair_table! {\n");
    for w in history.windows(2) {
        let ((old_rel, old), (new_rel, new)) = (w[0], w[1]);
        let name = format!("m_{}", &module_name(new_rel)[2..]);
        writeln!(
            out,
            "#[plain_webhooks::webhooks(schema = {:?}, previous = {:?})]\npub mod {name} {{}}\n",
            new.display().to_string(),
            old.display().to_string(),
        )
        .expect("write to a String");
        writeln!(pairs, "    {name} => ({old_rel:?}, {new_rel:?}),").expect("write to a String");
    }
    pairs.push_str("}\n");
    out.push_str(&pairs);
    out.push_str("revision_table! {\n");
    for (rel, path) in &files {
        writeln!(
            out,
            "    {} => ({rel:?}, {:?}),",
            module_name(rel),
            path.display().to_string()
        )
        .expect("write to a String");
    }
    out.push_str("}\n");
    writeln!(
        out,
        "/// The repository's `schemas/plain/`.\npub const SCHEMAS_DIR: &str = {:?};",
        dir.display().to_string()
    )
    .expect("write to a String");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    std::fs::write(out_dir.join("revisions.rs"), out).expect("OUT_DIR is writable");
}

fn module_name(rel: &str) -> String {
    let stem = Path::new(rel)
        .file_stem()
        .expect("a file")
        .to_string_lossy();
    let clean: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("r_{clean}")
}
