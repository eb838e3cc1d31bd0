// Non-ASCII event types, property names, definition names and enum values.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/non-ascii-names.json")]
mod plain {}

mod support;

fn main() {
    assert_eq!(plain::EVENT_TYPES, ["thing.thing_créé", "事.物_作成"]);
    let payload = r#"{"eventType": "thing.thing_créé", "naïve": "oui", "größe": {"wert": 1.5},
        "日本語": "はい", "emoji 🎉": true, "Ωmega": "ß"}"#;
    let w = plain::parse(&support::body("thing.thing_créé", payload)).unwrap();
    assert_eq!(w.event_type(), "thing.thing_créé");
    assert_eq!(support::to_json(&w.event), support::json(payload));

    let other = r#"{"eventType": "事.物_作成", "名前": "名"}"#;
    let w = plain::parse(&support::body("事.物_作成", other)).unwrap();
    assert_eq!(w.event_type(), "事.物_作成");
    assert_eq!(support::to_json(&w.event), support::json(other));

    let bad = r#"{"eventType": "thing.thing_créé", "naïve": "oui", "größe": {"wert": 1},
        "日本語": "はい", "emoji 🎉": true, "Ωmega": "γ"}"#;
    let e = plain::parse(&support::body("thing.thing_créé", bad)).unwrap_err();
    assert_eq!(e.path(), Some("payload.Ωmega"), "{e}");
}
