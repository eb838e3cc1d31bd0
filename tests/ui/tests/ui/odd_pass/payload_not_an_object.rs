// Payload definitions that are a string and an array: no `eventType` can be
// read from them, so their event types keep the raw payload.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/payload-not-an-object.json")]
mod plain {}

mod support;

fn main() {
    let w = plain::parse(&support::body("thing.thing_counted", "[1, 2, 3]")).unwrap();
    let plain::Event::ThingCounted(raw) = &w.event else {
        panic!("{:?}", w.event)
    };
    assert_eq!(raw.as_str(), "[1, 2, 3]");
    let w = plain::parse(&support::body(
        "thing.thing_created",
        r#""thing.thing_created""#,
    ))
    .unwrap();
    assert!(matches!(w.event, plain::Event::ThingCreated(_)));
}
