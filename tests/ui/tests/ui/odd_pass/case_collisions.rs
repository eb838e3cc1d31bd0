// Property and definition names that differ only in case or punctuation
// (`fooBar`, `foo_bar`, `FooBar`, `foo-bar`, `foo bar`) must get distinct
// Rust names and keep their JSON names.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/case-collisions.json")]
mod plain {}

mod support;

fn main() {
    let payload = r#"{"eventType": "thing.thing_created", "fooBar": "a", "foo_bar": 2,
        "FooBar": true, "foo-bar": "d", "foo bar": 5.5}"#;
    let w = plain::parse(&support::body("thing.thing_created", payload)).unwrap();
    assert_eq!(support::to_json(&w.event), support::json(payload));
    let swapped = r#"{"eventType": "thing.thing_created", "fooBar": 2, "foo_bar": "a",
        "FooBar": true, "foo-bar": "d", "foo bar": 5.5}"#;
    assert!(plain::parse(&support::body("thing.thing_created", swapped)).is_err());
}
