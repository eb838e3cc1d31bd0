//! Sends JSON bodies to the example receiver as Plain would: signed with
//! the secret, with Plain's headers. It is `plain-webhooks send` with the
//! example's defaults (see `plain_webhooks_cli::send`).
//!
//! ```text
//! send [--url URL] [--secret SECRET] [--restamp] [--signature HEX] FILE...
//! ```
//!
//! `--url` defaults to the example receiver (`http://127.0.0.1:8787/webhooks/plain`),
//! `--secret` to `PLAIN_WEBHOOK_SECRET` or the development secret.
//! Exits with 0 when every answer is 2xx, 1 when not, 2 on a usage or
//! file error.

use std::process::ExitCode;

use plain_webhooks_cli::send::{standalone, Defaults};
use plain_webhooks_example::{DEFAULT_ADDR, DEV_SECRET, WEBHOOK_PATH};

fn main() -> ExitCode {
    let defaults = Defaults {
        url: Some(format!("http://{DEFAULT_ADDR}{WEBHOOK_PATH}")),
        secret: Some(DEV_SECRET.to_string()),
    };
    standalone("send", &defaults)
}
