#[plain_webhooks::webhooks(schema = "../schemas/test/bad/no-type-enum.json")]
mod plain {}

fn main() {}
