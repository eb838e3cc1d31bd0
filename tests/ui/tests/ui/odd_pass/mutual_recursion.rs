// Three definitions that refer to each other in a cycle through properties.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/mutual-recursion.json")]
mod plain {}

mod support;

fn main() {
    let payload = r#"{"eventType": "thing.thing_created",
        "a": {"n": 1, "b": {"c": {"a": {"n": 2, "b": {}}}}}}"#;
    let w = plain::parse(&support::body("thing.thing_created", payload)).unwrap();
    let plain::Event::ThingCreated(p) = &w.event else {
        panic!("{:?}", w.event)
    };
    let inner = &p.a.b.as_ref().unwrap().c.as_ref().unwrap().a;
    assert_eq!((p.a.n, inner.n), (1, 2));
    assert!(inner.b.as_ref().unwrap().c.is_none());
    // `c.a` is required all the way down.
    let broken = r#"{"eventType": "thing.thing_created", "a": {"n": 1, "b": {"c": {}}}}"#;
    let e = plain::parse(&support::body("thing.thing_created", broken)).unwrap_err();
    assert_eq!(e.path(), Some("payload.a.b.c.a"), "{e}");
}
