// Rust keywords (`type`, `self`, `Self`, `crate`, `super`, `async`, ...) as
// property and definition names, including two that differ only in case.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/rust-keywords.json")]
mod plain {}

mod support;

const KEYWORDS: &[&str] = &[
    "type",
    "self",
    "crate",
    "Self",
    "super",
    "async",
    "fn",
    "r#type",
    "match",
    "await",
    "dyn",
    "gen",
    "try",
    "_",
    "__private",
];

fn main() {
    let fields: Vec<String> = KEYWORDS
        .iter()
        .map(|k| match *k {
            // Its own property `Self` is the enum every definition has.
            "Self" => r#""Self": {"Self": "super"}"#.to_string(),
            _ => format!(r#""{k}": {{"{k}": "{k}!", "Self": "super"}}"#),
        })
        .collect();
    let payload = format!(
        r#"{{"eventType": "thing.thing_created", {}}}"#,
        fields.join(", ")
    );
    let w = plain::parse(&support::body("thing.thing_created", &payload)).unwrap();
    assert_eq!(support::to_json(&w.event), support::json(&payload));
    assert_eq!(plain::EVENT_TYPES, ["thing.thing_created"]);
}
