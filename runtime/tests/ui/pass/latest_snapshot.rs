#![deny(warnings)]
//! The snapshot of Plain's `latest.json` compiles as it stands.

#[allow(dead_code)]
mod latest {
    include!("../../../../codegen/tests/snapshots/latest.rs");
}

fn main() {
    assert!(latest::EVENT_TYPES.contains(&"customer.customer_updated"));
}
