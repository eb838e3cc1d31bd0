#[plain_webhooks::webhooks(schema = "../schemas/test/odd/deep-ref-cycle.json")]
mod plain {}

fn main() {}
