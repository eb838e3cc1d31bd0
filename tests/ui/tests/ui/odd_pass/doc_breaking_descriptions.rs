// Descriptions and titles with `*/`, `/*`, quotes, backslashes, fences,
// control characters and 27 KB of text: they must stay inside doc strings.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/doc-breaking-descriptions.json")]
mod plain {}

mod support;

fn main() {
    let payload = r#"{"eventType": "thing.thing_created", "text": "*/ hi /*",
        "other": {"v": "*/ end"}}"#;
    let w = plain::parse(&support::body("thing.thing_created", payload)).unwrap();
    assert_eq!(support::to_json(&w.event), support::json(payload));
    let bad = r#"{"eventType": "thing.thing_created", "text": "", "other": {"v": "*/"}}"#;
    let e = plain::parse(&support::body("thing.thing_created", bad)).unwrap_err();
    assert_eq!(e.path(), Some("payload.other.v"), "{e}");
}
