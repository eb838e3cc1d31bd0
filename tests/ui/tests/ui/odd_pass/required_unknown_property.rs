// `required` names a property that `properties` does not define: it must be
// present, with any value.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/required-unknown-property.json")]
mod plain {}

mod support;

fn main() {
    let payload = r#"{"eventType": "thing.thing_created", "name": "n", "ghost": [1, {"a": null}]}"#;
    let w = plain::parse(&support::body("thing.thing_created", payload)).unwrap();
    assert_eq!(support::to_json(&w.event), support::json(payload));
    let e = plain::parse(&support::body(
        "thing.thing_created",
        r#"{"eventType": "thing.thing_created", "name": "n"}"#,
    ))
    .unwrap_err();
    assert_eq!(e.path(), Some("payload.ghost"), "{e}");
}
