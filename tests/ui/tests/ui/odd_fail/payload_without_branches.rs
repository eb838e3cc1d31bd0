#[plain_webhooks::webhooks(schema = "../schemas/test/odd/payload-without-branches.json")]
mod plain {}

fn main() {}
