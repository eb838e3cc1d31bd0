//! trybuild: the snapshots of generated code (`codegen/tests/snapshots/`)
//! compile under `#![deny(warnings)]`, and bad schemas fail with spanned
//! errors naming the file and the JSON pointer (`tests/ui/fail/*.stderr`).

mod common;

#[test]
fn ui() {
    common::stage_schemas("bad");
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
