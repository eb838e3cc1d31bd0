#[plain_webhooks::webhooks(schema = "../schemas/test/bad/ref-cycle.json")]
mod plain {}

fn main() {}
