#[plain_webhooks::webhooks(schema = "../../../../schemas/test/bad/does-not-exist.json")]
mod plain {}

fn main() {}
