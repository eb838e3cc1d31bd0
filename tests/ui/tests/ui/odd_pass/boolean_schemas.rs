// `true` and `false` as property and definition schemas.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/boolean-schemas.json")]
mod plain {}

mod support;

fn main() {
    let payload =
        r#"{"eventType": "thing.thing_created", "anything": {"deep": [1, "x", null]}, "also": 5}"#;
    let w = plain::parse(&support::body("thing.thing_created", payload)).unwrap();
    assert_eq!(support::to_json(&w.event), support::json(payload));

    // `anything` is a free JSON value, parsed recursively: 100,000 levels
    // stop at serde_json's recursion limit instead of overflowing the stack.
    let deep = format!(
        r#"{{"eventType": "thing.thing_created", "anything": {}{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let e = plain::parse(&support::body("thing.thing_created", &deep)).unwrap_err();
    assert_eq!(e.kind(), plain_webhooks::ErrorKind::Json, "{e}");
    assert!(e.message().contains("recursion limit exceeded"), "{e}");
}
