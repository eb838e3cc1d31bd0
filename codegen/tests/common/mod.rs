//! What the generator's test files share.

use std::path::{Path, PathBuf};

/// Plain's schemas in the repository (`schemas/plain/`): a missing file fails the test.
pub fn plain_schemas() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemas/plain");
    assert!(
        dir.join("latest.json").is_file(),
        "no Plain schemas in {}: they are part of the repository (git checkout schemas/plain)",
        dir.display()
    );
    dir
}
