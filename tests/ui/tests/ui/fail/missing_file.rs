#[plain_webhooks::webhooks(schema = "/nonexistent/plain-webhooks/schema.json")]
mod plain {}

fn main() {}
