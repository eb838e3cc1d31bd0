//! What the generator's test files share.

use std::path::{Path, PathBuf};

/// Plain's schemas folder (`$PLAIN_SCHEMAS_DIR`, default
/// `../shared/plain-schemas` beside the repository), or `None`: `test` is
/// then skipped, but under `CI=true` it fails.
pub fn plain_schemas(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("PLAIN_SCHEMAS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/plain-schemas")
        });
    if dir.join("latest.json").is_file() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "no Plain schemas at {}: set PLAIN_SCHEMAS_DIR",
            dir.display()
        );
    }
    eprintln!("SKIPPED {test}: no Plain schemas at {}", dir.display());
    None
}
