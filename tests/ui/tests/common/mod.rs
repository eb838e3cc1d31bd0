//! What the trybuild tests share: where trybuild builds, and copying test
//! schemas beside that project.
//!
//! trybuild compiles the cases in `<target dir>/tests/trybuild/plain-webhooks`,
//! which is their `CARGO_MANIFEST_DIR`. So that `../schemas/test/<dir>/x.json`
//! resolves whatever the target dir is (`CARGO_TARGET_DIR` included), the
//! schemas are copied beside that project first.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The target directory cargo (and so trybuild) uses for this workspace.
fn target_dir() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "metadata",
            "--format-version=1",
            "--no-deps",
            "--manifest-path",
        ])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata is JSON");
    PathBuf::from(
        meta["target_directory"]
            .as_str()
            .expect("metadata has target_directory"),
    )
}

/// Copies `schemas/test/<dir>/*.json` where `../schemas/test/<dir>/` points
/// from the trybuild project, rewriting only changed files so nothing
/// rebuilds needlessly.
pub fn stage_schemas(dir: &str) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../schemas/test")
        .join(dir);
    let to = target_dir().join("tests/trybuild/schemas/test").join(dir);
    std::fs::create_dir_all(&to).expect("create the staging dir");
    for entry in std::fs::read_dir(&from).expect("the schema folder exists") {
        let path = entry.expect("readable dir entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read(&path).expect("readable schema");
        let dest = to.join(path.file_name().expect("a file name"));
        if std::fs::read(&dest).ok().as_ref() != Some(&text) {
            std::fs::write(&dest, &text).expect("write the staged schema");
        }
    }
}
