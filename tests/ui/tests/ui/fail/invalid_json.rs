#[plain_webhooks::webhooks(schema = "../schemas/test/bad/invalid-json.json")]
mod plain {}

fn main() {}
