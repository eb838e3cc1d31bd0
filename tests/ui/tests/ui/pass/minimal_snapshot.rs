#![deny(warnings)]
//! The snapshot of `schemas/test/minimal.json` compiles as it stands.

#[allow(dead_code)]
mod minimal {
    include!("../../../../../codegen/tests/snapshots/minimal.rs");
}

fn main() {
    assert_eq!(minimal::SCHEMA_VERSION, Some("2025-01-01"));
}
