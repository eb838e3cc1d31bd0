// A broken `previous` schema is reported at its own path, with the JSON
// pointer; problems in both files are reported together.
#[plain_webhooks::webhooks(
    schema = "../schemas/test/minimal.json",
    previous = "../schemas/test/bad/ref-to-nothing.json"
)]
mod upgrading {}

#[plain_webhooks::webhooks(
    schema = "../schemas/test/bad/ref-cycle.json",
    previous = "../schemas/test/bad/invalid-json.json"
)]
mod both_broken {}

#[plain_webhooks::webhooks(schema = "../schemas/test/minimal.json", previous = "../schemas/test/nowhere.json")]
mod missing {}

fn main() {}
