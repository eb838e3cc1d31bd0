#[plain_webhooks::webhooks(shema = "../schemas/test/minimal.json")]
mod plain {}

#[plain_webhooks::webhooks]
mod other {}

#[plain_webhooks::webhooks(schema = "../../../../schemas/test/minimal.json")]
mod outline;

fn main() {}
