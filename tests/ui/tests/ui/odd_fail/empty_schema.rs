#[plain_webhooks::webhooks(schema = "../schemas/test/odd/empty-schema.json")]
mod plain {}

fn main() {}
