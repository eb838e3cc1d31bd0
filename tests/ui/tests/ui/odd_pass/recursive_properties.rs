// A definition that refers to itself through its properties: boxed, so it compiles.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/recursive-properties.json")]
mod plain {}

mod support;

fn main() {
    let payload = r#"{"eventType": "thing.thing_created", "node": {"name": "root",
        "children": [{"name": "kid", "children": [], "parent": null}],
        "first": {"name": "first", "children": [{"name": "grandkid", "children": []}]}}}"#;
    let w = plain::parse(&support::body("thing.thing_created", payload)).unwrap();
    let plain::Event::ThingCreated(p) = &w.event else {
        panic!("{:?}", w.event)
    };
    assert_eq!(p.node.children[0].name, "kid");
    assert!(p.node.children[0].parent.is_none());
    let first: &plain::Node = p.node.first.as_deref().unwrap();
    assert_eq!(first.children[0].name, "grandkid");

    // A recursive type recurses while parsing: 100,000 levels stop at
    // serde_json's recursion limit with an error, not a stack overflow.
    let deep = format!(
        r#"{{"eventType": "thing.thing_created", "node": {}"x"{}}}"#,
        r#"{"name": "x", "children": [], "first": "#.repeat(100_000),
        "}".repeat(100_000)
    );
    let e = plain::parse(&support::body("thing.thing_created", &deep)).unwrap_err();
    assert_eq!(e.kind(), plain_webhooks::ErrorKind::Json, "{e}");
    assert!(e.message().contains("recursion limit exceeded"), "{e}");
}
