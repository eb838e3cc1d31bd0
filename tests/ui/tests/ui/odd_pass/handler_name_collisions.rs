// Event types whose variant and `on_` method names collide after case
// conversion (`a.b_c`, `a_b.c`, `a.bC`, `a.b.c`) or hit the reserved
// `Unknown` / `on_unknown`: each gets its own variant and method.
#[plain_webhooks::webhooks(schema = "../schemas/test/odd/handler-name-collisions.json")]
mod plain {}

mod support;

use std::sync::Mutex;

#[derive(Default)]
struct Record(Mutex<Vec<&'static str>>);

impl Record {
    fn push(&self, method: &'static str) -> std::future::Ready<Result<(), ()>> {
        self.0.lock().unwrap().push(method);
        std::future::ready(Ok(()))
    }
}

type Raw = plain_webhooks::RawPayload;

impl plain::Handler for Record {
    type Error = ();
    fn on_a_b_c(
        &self,
        _: &plain::Context,
        _: Raw,
    ) -> impl std::future::Future<Output = Result<(), ()>> + Send {
        self.push("on_a_b_c")
    }
    fn on_x_b_c(
        &self,
        _: &plain::Context,
        _: plain::XBcPayload,
    ) -> impl std::future::Future<Output = Result<(), ()>> + Send {
        self.push("on_x_b_c")
    }
    fn on_a_b_c2(
        &self,
        _: &plain::Context,
        _: Raw,
    ) -> impl std::future::Future<Output = Result<(), ()>> + Send {
        self.push("on_a_b_c2")
    }
    fn on_y_c(
        &self,
        _: &plain::Context,
        _: plain::YCPayload,
    ) -> impl std::future::Future<Output = Result<(), ()>> + Send {
        self.push("on_y_c")
    }
    fn on_a_b_c3(
        &self,
        _: &plain::Context,
        _: Raw,
    ) -> impl std::future::Future<Output = Result<(), ()>> + Send {
        self.push("on_a_b_c3")
    }
    fn on_z_unknown(
        &self,
        _: &plain::Context,
        _: plain::ZUnknownPayload,
    ) -> impl std::future::Future<Output = Result<(), ()>> + Send {
        self.push("on_z_unknown")
    }
    fn on_unknown_(
        &self,
        _: &plain::Context,
        _: plain::UnknownPayload,
    ) -> impl std::future::Future<Output = Result<(), ()>> + Send {
        self.push("on_unknown_")
    }
    fn on_a_b_c4(
        &self,
        _: &plain::Context,
        _: plain::ABcPayload,
    ) -> impl std::future::Future<Output = Result<(), ()>> + Send {
        self.push("on_a_b_c4")
    }
    fn on_unknown(
        &self,
        _: &plain::Context,
        _: String,
        _: Raw,
    ) -> impl std::future::Future<Output = Result<(), ()>> + Send {
        self.push("on_unknown")
    }
}

fn main() {
    assert_eq!(
        plain::EVENT_TYPES,
        [
            "a.b_c",
            "x.b_c",
            "a_b.c",
            "y.c",
            "a.bC",
            "z.unknown",
            "unknown",
            "a.b.c"
        ]
    );
    let record = Record::default();
    for t in plain::EVENT_TYPES.iter().chain(&["never.listed"]) {
        // Payload definitions exist for some of these types only: the schema
        // generator named several of them alike, which is the point here.
        let payload = format!(
            r#"{{"eventType": "{t}", "thing": {{"id": "t_01HD450JT0RPBT7RRKS1ZQJYBA", "name": "n"}}}}"#
        );
        let body = support::body(t, &payload);
        let w = plain::parse(&body).unwrap_or_else(|e| panic!("{t}: {e}"));
        assert_eq!(w.event_type(), *t);
        let signature = plain_webhooks::testing::sign(&body, support::SECRET);
        let outcome = support::block_on(plain::handle(&record, &support::verifier(), &plain_webhooks::Dedupe::off(), body, &signature));
        assert!(outcome.is_success(), "{t}: {outcome:?}");
    }
    assert_eq!(
        *record.0.lock().unwrap(),
        [
            "on_a_b_c",
            "on_x_b_c",
            "on_a_b_c2",
            "on_y_c",
            "on_a_b_c3",
            "on_z_unknown",
            "on_unknown_",
            "on_a_b_c4",
            "on_unknown"
        ]
    );
}
