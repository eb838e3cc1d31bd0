// Definition and property names with `/` and `~`, referred to with JSON
// pointer escapes (`~1`, `~0`), also into a property of another definition.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/ref-escapes.json")]
mod plain {}

mod support;

fn main() {
    let payload =
        r#"{"eventType": "thing.thing_created", "slash": {"x/y": "s"}, "tilde": 7, "deep": "d"}"#;
    let w = plain::parse(&support::body("thing.thing_created", payload)).unwrap();
    assert_eq!(support::to_json(&w.event), support::json(payload));
    let bad = r#"{"eventType": "thing.thing_created", "slash": {}, "tilde": 7}"#;
    let e = plain::parse(&support::body("thing.thing_created", bad)).unwrap_err();
    assert_eq!(e.path(), Some("payload.slash.x/y"), "{e}");
}
