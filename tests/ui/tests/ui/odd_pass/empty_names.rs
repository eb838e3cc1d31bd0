// An empty event type, `.`, `thing.`, and empty or blank property names.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/empty-names.json")]
mod plain {}

mod support;

fn main() {
    assert_eq!(plain::EVENT_TYPES, ["", ".", "thing."]);
    let payload = r#"{"eventType": "", "": "empty", " ": 1}"#;
    let w = plain::parse(&support::body("", payload)).unwrap();
    assert_eq!(w.event_type(), "");
    assert_eq!(support::to_json(&w.event), support::json(payload));
    let w = plain::parse(&support::body(".", "{}")).unwrap();
    assert_eq!(w.event_type(), ".");
}
