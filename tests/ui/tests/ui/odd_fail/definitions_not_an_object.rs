#[plain_webhooks::webhooks(schema = "../schemas/test/odd/definitions-not-an-object.json")]
mod plain {}

fn main() {}
