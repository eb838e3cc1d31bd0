// Event types, properties and definitions whose names start with digits.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/digit-names.json")]
mod plain {}

mod support;

fn main() {
    assert_eq!(
        plain::EVENT_TYPES,
        ["1.2_3", "thing.404_not_found", "9lives.thing"]
    );
    let payload = r#"{"eventType": "1.2_3", "1st": "one", "2nd-place": {"code": 404}, "3": 3}"#;
    let w = plain::parse(&support::body("1.2_3", payload)).unwrap();
    let plain::Event::X23(p) = &w.event else {
        panic!("{:?}", w.event)
    };
    assert_eq!((p.x1st.as_str(), p.x3), ("one", 3));
    assert_eq!(support::to_json(&w.event), support::json(payload));
    let w = plain::parse(&support::body(
        "thing.404_not_found",
        r#"{"eventType": "thing.404_not_found", "0": "10x"}"#,
    ))
    .unwrap();
    assert_eq!(w.event_type(), "thing.404_not_found");
}
