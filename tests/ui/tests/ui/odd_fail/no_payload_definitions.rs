#[plain_webhooks::webhooks(schema = "../schemas/test/odd/no-payload-definitions.json")]
mod plain {}

fn main() {}
