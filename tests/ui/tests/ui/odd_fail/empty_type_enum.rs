#[plain_webhooks::webhooks(schema = "../schemas/test/odd/empty-type-enum.json")]
mod plain {}

fn main() {}
