//! `events = ["customer.*", "thread.thread_created"]` on the oldest and the
//! newest revision: the chosen event types are parsed into their types and
//! reach their own methods; every other listed type reaches `on_other` with
//! its payload unparsed; a type the schema does not list still reaches
//! `on_unknown`.

use std::sync::Mutex;

use plain_webhooks::{testing, Outcome, Verifier, VersionPolicy};
use plain_webhooks_revisions::{
    r_2024_03_12_d6f6823 as full_2024, r_2024_03_12_d6f6823_selected as chosen_2024,
    r_latest as full_latest, r_latest_selected as chosen_latest, variant_name, SCHEMAS_DIR,
};
use plain_webhooks_samples::Samples;
use serde_json::Value;

const SECRET: &[u8] = b"secret";

fn chosen(event_type: &str) -> bool {
    event_type.starts_with("customer.") || event_type == "thread.thread_created"
}

#[derive(Default)]
struct Recorder {
    calls: Mutex<Vec<String>>,
}

impl Recorder {
    fn push(&self, call: String) {
        self.calls.lock().unwrap().push(call);
    }
}

macro_rules! recorder_for {
    ($m:ident) => {
        impl $m::Handler for Recorder {
            type Error = std::convert::Infallible;

            async fn on_customer_updated(
                &self,
                _: &$m::Context,
                ev: $m::CustomerUpdatedPublicEventPayload,
            ) -> Result<(), Self::Error> {
                self.push(format!("on_customer_updated {}", ev.customer.id.as_str()));
                Ok(())
            }

            async fn on_thread_created(
                &self,
                _: &$m::Context,
                ev: $m::ThreadCreatedPublicEventPayload,
            ) -> Result<(), Self::Error> {
                self.push(format!("on_thread_created {}", ev.thread.id.as_str()));
                Ok(())
            }

            async fn on_other(
                &self,
                _: &$m::Context,
                event_type: String,
                payload: plain_webhooks::RawPayload,
            ) -> Result<(), Self::Error> {
                let payload: Value = serde_json::from_str(payload.as_str()).unwrap();
                self.push(format!("on_other {event_type} {}", payload["eventType"]));
                Ok(())
            }

            async fn on_unknown(
                &self,
                _: &$m::Context,
                event_type: String,
                _: plain_webhooks::RawPayload,
            ) -> Result<(), Self::Error> {
                self.push(format!("on_unknown {event_type}"));
                Ok(())
            }
        }
    };
}

mod on_2024 {
    use super::*;
    recorder_for!(chosen_2024);
}
mod on_latest {
    use super::*;
    recorder_for!(chosen_latest);
}

/// Sample bodies carry made-up delivery times: no replay window.
fn replaying() -> Verifier {
    Verifier::new(SECRET)
        .expect("a secret")
        .with_tolerance(None)
}

fn samples(file: &str) -> Samples {
    let path = std::path::Path::new(SCHEMAS_DIR).join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    Samples::new(&serde_json::from_str(&text).unwrap()).unwrap()
}

macro_rules! every_listed_type {
    ($name:ident, $file:literal, $full:ident, $chosen:ident) => {
        #[tokio::test]
        async fn $name() {
            let samples = samples($file);
            assert_eq!($chosen::EVENT_TYPES, $full::EVENT_TYPES);
            let mut typed = 0;
            for event_type in samples.event_types() {
                let sample = samples.valid(event_type, 0, 0).unwrap();
                let body = sample.to_bytes();
                let full = $full::parse_with(&body, VersionPolicy::Exact).unwrap();
                let webhook = $chosen::parse_with(&body, VersionPolicy::Exact)
                    .unwrap_or_else(|e| panic!("{event_type}: {e}"));
                assert_eq!(webhook.event_type(), event_type);
                let got = variant_name(&format!("{:?}", webhook.event));
                if chosen(event_type) {
                    // The same variant, and the same value, as without `events`.
                    assert_eq!(
                        got,
                        variant_name(&format!("{:?}", full.event)),
                        "{event_type}"
                    );
                    assert_eq!(
                        serde_json::to_value(&webhook).unwrap(),
                        serde_json::to_value(&full).unwrap(),
                        "{event_type}"
                    );
                    typed += 1;
                } else {
                    assert_eq!(got, "Other", "{event_type}");
                    // Serialized back byte-for-byte as the payload came.
                    assert_eq!(
                        serde_json::to_value(&webhook).unwrap()["payload"],
                        sample.body["payload"],
                        "{event_type}"
                    );
                }

                // Dispatch: the chosen types this recorder implements reach
                // their methods; every left-out type reaches `on_other`.
                let verifier = replaying();
                let signature = testing::sign(&body, SECRET);
                let h = Recorder::default();
                let out = $chosen::handle(
                    &h,
                    &verifier,
                    &plain_webhooks::Dedupe::off(),
                    body,
                    &signature,
                )
                .await;
                assert!(matches!(out, Outcome::Handled), "{event_type}: {out:?}");
                let calls = h.calls.lock().unwrap().clone();
                let want: Vec<String> = match event_type.as_str() {
                    "customer.customer_updated" => vec![format!(
                        "on_customer_updated {}",
                        sample.body["payload"]["customer"]["id"].as_str().unwrap()
                    )],
                    "thread.thread_created" => vec![format!(
                        "on_thread_created {}",
                        sample.body["payload"]["thread"]["id"].as_str().unwrap()
                    )],
                    t if chosen(t) => vec![],
                    t => vec![format!(
                        "on_other {t} {}",
                        sample.body["payload"]["eventType"]
                    )],
                };
                assert_eq!(calls, want, "{event_type}");
            }
            assert!(typed >= 7, "{typed} chosen event types");
            assert!(typed < samples.event_types().len());
        }
    };
}

every_listed_type!(
    every_listed_type_of_2024_03_12,
    "history/2024-03-12-d6f6823.json",
    full_2024,
    chosen_2024
);
every_listed_type!(
    every_listed_type_of_latest,
    "latest.json",
    full_latest,
    chosen_latest
);

/// A left-out type is not parsed: a payload its schema refuses is accepted
/// raw; the same break in a chosen type is refused, naming the field.
#[test]
fn only_chosen_payloads_are_checked() {
    let samples = samples("latest.json");
    let mut refused = 0;
    let mut accepted = 0;
    for (event_type, index) in samples
        .event_types()
        .iter()
        .flat_map(|t| (0..4).map(move |i| (t, i)))
    {
        let Ok(sample) = samples.mutated(event_type, 3, index) else {
            continue;
        };
        let mutation = sample.mutation.as_ref().unwrap();
        if !mutation.path.starts_with("payload.") {
            continue;
        }
        let body = sample.to_bytes();
        let full = full_latest::parse_with(&body, VersionPolicy::Exact);
        if full.is_ok() {
            // Breaks the schema but not the types (a pattern, say).
            continue;
        }
        let chosen_result = chosen_latest::parse_with(&body, VersionPolicy::Exact);
        if chosen(event_type) {
            let e = chosen_result.unwrap_err().to_string();
            assert_eq!(e, full.unwrap_err().to_string(), "{mutation}");
            refused += 1;
        } else {
            let webhook = chosen_result.unwrap_or_else(|e| panic!("{mutation}: {e}"));
            assert!(matches!(webhook.event, chosen_latest::Event::Other { .. }));
            accepted += 1;
        }
    }
    assert!(
        refused > 0 && accepted > 0,
        "{refused} refused, {accepted} accepted"
    );
}

#[tokio::test]
async fn a_type_no_revision_lists_still_reaches_on_unknown() {
    let samples = samples("latest.json");
    let mut body = samples
        .valid("customer.customer_updated", 0, 0)
        .unwrap()
        .body;
    body["type"] = "customer.customer_teleported".into();
    let body = serde_json::to_vec(&body).unwrap();
    let signature = testing::sign(&body, SECRET);
    let verifier = replaying();
    let h = Recorder::default();
    let out = chosen_latest::handle(
        &h,
        &verifier,
        &plain_webhooks::Dedupe::off(),
        body,
        &signature,
    )
    .await;
    assert!(matches!(out, Outcome::Handled), "{out:?}");
    assert_eq!(
        *h.calls.lock().unwrap(),
        ["on_unknown customer.customer_teleported"]
    );
}
