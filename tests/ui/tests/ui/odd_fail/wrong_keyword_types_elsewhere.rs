#[plain_webhooks::webhooks(schema = "../schemas/test/odd/wrong-keyword-types-elsewhere.json")]
mod plain {}

fn main() {}
