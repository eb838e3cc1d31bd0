// A const-tagged union whose branches contain the union again.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/recursive-union.json")]
mod plain {}

mod support;

fn main() {
    let payload = r#"{"eventType": "thing.thing_created", "expr": {"kind": "not",
        "inner": {"kind": "all", "items": [{"kind": "leaf", "value": 3}, {"kind": "all", "items": []}]}}}"#;
    let w = plain::parse(&support::body("thing.thing_created", payload)).unwrap();
    let plain::Event::ThingCreated(p) = &w.event else {
        panic!("{:?}", w.event)
    };
    let plain::Expr::Not(not) = &p.expr else {
        panic!("{:?}", p.expr)
    };
    let plain::Expr::All(all) = &not.inner else {
        panic!("{:?}", not.inner)
    };
    assert!(matches!(
        all.items[0],
        plain::Expr::Leaf(plain::ExprLeaf { value: 3 })
    ));
    assert_eq!(support::to_json(&w.event), support::json(payload));

    let bad = r#"{"eventType": "thing.thing_created", "expr": {"kind": "maybe"}}"#;
    let e = plain::parse(&support::body("thing.thing_created", bad)).unwrap_err();
    assert_eq!(e.kind(), plain_webhooks::ErrorKind::Schema, "{e}");
    assert!(e.to_string().contains("payload.expr"), "{e}");
}
