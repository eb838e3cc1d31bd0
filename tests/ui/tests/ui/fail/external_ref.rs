#[plain_webhooks::webhooks(schema = "../schemas/test/bad/external-ref.json")]
mod plain {}

fn main() {}
