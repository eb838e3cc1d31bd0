//! trybuild: the snapshots of generated code (`codegen/tests/snapshots/`)
//! compile under `#![deny(warnings)]`, and bad schemas fail with spanned
//! errors naming the file and the JSON pointer (`tests/ui/fail/*.stderr`).

mod common;

#[test]
fn ui() {
    common::stage_schemas("bad");
    // `minimal.json`, beside `bad/`, for the `previous` cases.
    common::stage_schemas("");
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
