#[plain_webhooks::webhooks(schema = "../schemas/test/odd/two-payloads-one-event.json")]
mod plain {}

fn main() {}
