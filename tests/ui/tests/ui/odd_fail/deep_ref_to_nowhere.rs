#[plain_webhooks::webhooks(schema = "../schemas/test/odd/deep-ref-to-nowhere.json")]
mod plain {}

fn main() {}
