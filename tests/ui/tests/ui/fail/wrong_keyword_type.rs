#[plain_webhooks::webhooks(schema = "../schemas/test/bad/wrong-keyword-type.json")]
mod plain {}

fn main() {}
