#[plain_webhooks::webhooks(schema = "../schemas/test/odd/self-alias.json")]
mod plain {}

fn main() {}
