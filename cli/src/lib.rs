//! The library behind the `plain-webhooks` command: each subcommand's
//! work, so that other front ends can reuse it (the example receiver's
//! `send` command is [`send::standalone`] with the example's defaults).
//!
//! - [`diff`]: what a new revision of Plain's schema changes for code
//!   generated from it.
//! - [`send`]: sends JSON bodies to a receiver as Plain would, signed.
//! - [`fetch`]: downloads Plain's published schema, checked before it is
//!   written.
#![deny(missing_docs)]

pub mod diff;
pub mod fetch;
pub mod send;

use std::error::Error;
use std::time::Duration;

/// How long `send` and `fetch` wait for one request, from connecting to
/// the last byte of the answer.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// A current-thread runtime for one command's requests.
fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))
}

/// An HTTP client with [`TIMEOUT`].
fn client() -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .user_agent(concat!("plain-webhooks/", env!("CARGO_PKG_VERSION")))
        .timeout(TIMEOUT)
        .build()
        .map_err(|e| format!("cannot build the HTTP client: {}", chain(&e)))
}

/// An error and its sources, `: `-separated (reqwest's own message alone
/// says little: "error sending request").
fn chain(e: &dyn Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text.push_str(": ");
            text.push_str(&s_text);
        }
        source = s.source();
    }
    text
}

/// A request's error: a timeout said as such, anything else by its
/// sources (reqwest's own message repeats the URL the caller names).
fn request_error(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        format!("no answer within {} s", TIMEOUT.as_secs())
    } else if let Some(source) = e.source() {
        chain(source)
    } else {
        e.to_string()
    }
}

/// Reads a response body, at most `limit` bytes of it: the bytes, and
/// whether there were more.
async fn read_limited(
    response: &mut reqwest::Response,
    limit: usize,
) -> Result<(Vec<u8>, bool), reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = limit - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            return Ok((body, true));
        }
        body.extend_from_slice(&chunk);
    }
    Ok((body, false))
}
