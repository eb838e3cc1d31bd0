// An event type listed twice in the `type` enum counts once.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/duplicate-event-types.json")]
mod plain {}

mod support;

fn main() {
    assert_eq!(
        plain::EVENT_TYPES,
        ["thing.thing_created", "thing.thing_deleted"]
    );
    let payload = r#"{"eventType": "thing.thing_deleted",
        "thing": {"id": "t_01HD450JT0RPBT7RRKS1ZQJYBA", "name": "n"}}"#;
    let w = plain::parse(&support::body("thing.thing_deleted", payload)).unwrap();
    assert!(matches!(w.event, plain::Event::ThingDeleted(_)));
}
