#[plain_webhooks::webhooks(schema = "../schemas/test/odd/no-webhook-metadata.json")]
mod plain {}

fn main() {}
