#[plain_webhooks::webhooks(schema = "../schemas/test/odd/enum-value-collisions.json")]
mod plain {}

fn main() {}
