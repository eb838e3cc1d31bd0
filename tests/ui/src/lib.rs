//! The trybuild cases of `#[plain_webhooks::webhooks]`, in `tests/`: the
//! snapshots of generated code compile under `#![deny(warnings)]`, odd
//! schemas generate code that works, and bad schemas fail with spanned
//! errors naming the file and the JSON pointer. Nothing here is a library.
#![deny(missing_docs)]
