#[plain_webhooks::webhooks(schema = "../schemas/test/odd/event-types-not-strings.json")]
mod plain {}

fn main() {}
