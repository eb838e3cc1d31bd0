// A string enum of 10,000 values.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/enum-10000.json")]
mod plain {}

mod support;

fn main() {
    for code in ["v0", "v4711", "v9999"] {
        let payload = format!(r#"{{"eventType": "thing.thing_created", "code": "{code}"}}"#);
        let w = plain::parse(&support::body("thing.thing_created", &payload)).unwrap();
        assert_eq!(support::to_json(&w.event), support::json(&payload));
    }
    let payload = r#"{"eventType": "thing.thing_created", "code": "v10000"}"#;
    let e = plain::parse(&support::body("thing.thing_created", payload)).unwrap_err();
    assert_eq!(e.path(), Some("payload.code"), "{e}");
}
