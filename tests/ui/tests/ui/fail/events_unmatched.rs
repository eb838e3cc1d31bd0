// A pattern that matches no event type is an error at that pattern; so is
// a `*` anywhere but at the end.
#[plain_webhooks::webhooks(
    schema = "../../../../schemas/test/minimal.json",
    events = ["note.*", "notes.note_created", "group.*.changed"]
)]
mod plain {}

#[plain_webhooks::webhooks(schema = "../../../../schemas/test/minimal.json", events = "note.*")]
mod not_a_list {}

fn main() {}
