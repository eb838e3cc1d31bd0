//! The macro on broken and odd schemas (`schemas/test/odd/`): each either
//! generates code that compiles and works (`tests/ui/odd_pass/`) or fails
//! with a spanned error naming the file and JSON pointer
//! (`tests/ui/odd_fail/*.stderr`). None may panic the macro.
//! The schemas are staged beside trybuild's project first (`common`).

mod common;

use std::path::Path;

#[test]
fn odd_schemas() {
    common::stage_schemas("odd");
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/odd_pass/*.rs");
    t.compile_fail("tests/ui/odd_fail/*.rs");
}

#[test]
fn every_odd_schema_has_a_case() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases: Vec<String> = ["tests/ui/odd_pass", "tests/ui/odd_fail"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root.join(d)).expect("case dir exists"))
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| std::fs::read_to_string(&p).expect("readable case"))
        .collect();
    let mut schemas = 0;
    for entry in std::fs::read_dir(root.join("../../schemas/test/odd")).expect("odd dir") {
        let path = entry.expect("readable dir entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        schemas += 1;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 name");
        let needle = format!("\"../schemas/test/odd/{name}\"");
        assert!(
            cases.iter().any(|c| c.contains(&needle)),
            "no trybuild case uses schemas/test/odd/{name}"
        );
    }
    assert!(schemas >= 20, "only {schemas} odd schemas");
}
