#[plain_webhooks::webhooks(schema = "../schemas/test/odd/root-not-an-object.json")]
mod plain {}

fn main() {}
