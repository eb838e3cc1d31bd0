//! What the cli's test files share: where Plain's schemas are.

use std::path::{Path, PathBuf};

/// Plain's schemas folder; `None` (skipped, or a failure under `CI=true`)
/// when it is not there.
pub fn schemas() -> Option<PathBuf> {
    let dir = std::env::var_os("PLAIN_SCHEMAS_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/plain-schemas"),
        PathBuf::from,
    );
    if dir.join("latest.json").is_file() {
        return Some(dir);
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "no schemas in {}: set PLAIN_SCHEMAS_DIR (CI=true makes this an error)",
        dir.display()
    );
    eprintln!("SKIPPED: no schemas in {}", dir.display());
    None
}
