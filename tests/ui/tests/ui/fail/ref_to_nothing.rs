#[plain_webhooks::webhooks(schema = "../schemas/test/bad/ref-to-nothing.json")]
mod plain {}

fn main() {}
