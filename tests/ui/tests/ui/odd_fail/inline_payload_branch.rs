#[plain_webhooks::webhooks(schema = "../schemas/test/odd/inline-payload-branch.json")]
mod plain {}

fn main() {}
