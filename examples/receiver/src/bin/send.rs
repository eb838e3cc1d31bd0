//! Sends a JSON body to a webhook receiver as Plain would: signed with the
//! secret, with Plain's headers. The way to try a receiver before Plain is
//! pointed at it.
//!
//! ```text
//! send [--url URL] [--secret SECRET] [--restamp] [--signature HEX] FILE...
//! ```
//!
//! `--url` defaults to the example receiver (`http://127.0.0.1:8787/webhooks/plain`),
//! `--secret` to `PLAIN_WEBHOOK_SECRET` or the development secret.
//! `--restamp` sets `webhookMetadata.webhookDeliveryAttemptTimestamp` to now
//! before signing, for receivers that refuse old deliveries.
//! `--signature` sends that header value instead of the right one.
//! Exits with 0 when every answer is 2xx.

use std::process::ExitCode;

use plain_webhooks::testing::signed_request;
use plain_webhooks_example::{secret_from_env, DEFAULT_ADDR, DEV_SECRET, WEBHOOK_PATH};

const USAGE: &str =
    "usage: send [--url URL] [--secret SECRET] [--restamp] [--signature HEX] FILE...";

struct Args {
    url: String,
    secret: String,
    restamp: bool,
    signature: Option<String>,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let secret = secret_from_env().unwrap_or_else(|| DEV_SECRET.to_string());
    let mut args = Args {
        url: format!("http://{DEFAULT_ADDR}{WEBHOOK_PATH}"),
        secret,
        restamp: false,
        signature: None,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "--url" => args.url = value("--url")?,
            "--secret" => args.secret = value("--secret")?,
            "--signature" => args.signature = Some(value("--signature")?),
            "--restamp" => args.restamp = true,
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => args.files.push(a),
        }
    }
    if args.files.is_empty() {
        return Err(USAGE.to_string());
    }
    Ok(args)
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let client = reqwest::Client::new();
    let mut ok = true;
    for file in &args.files {
        match send(&client, &args, file).await {
            Ok(success) => ok &= success,
            Err(e) => {
                eprintln!("send: {file}: {e}");
                ok = false;
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Sends one file; `Ok(true)` when the answer is 2xx.
async fn send(client: &reqwest::Client, args: &Args, file: &str) -> Result<bool, String> {
    let mut body = std::fs::read(file).map_err(|e| format!("cannot read: {e}"))?;
    if args.restamp {
        body = restamp(&body)?;
    }
    let request = signed_request(body, args.secret.as_bytes());
    let mut post = client.post(&args.url);
    for (name, value) in &request.headers {
        if name.eq_ignore_ascii_case("Plain-Request-Signature") {
            if let Some(s) = &args.signature {
                post = post.header(name, s);
                continue;
            }
        }
        post = post.header(name, value);
    }
    let response = post
        .body(request.body.clone())
        .send()
        .await
        .map_err(|e| format!("POST {}: {e} (is the receiver running?)", args.url))?;
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    println!(
        "send: {file} ({}, {}) -> {} {}: {}",
        request.header("Plain-Event-Type").unwrap_or("no type"),
        request.header("Plain-Event-Id").unwrap_or("no id"),
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        text.trim_end()
    );
    Ok(status.is_success())
}

fn restamp(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut json: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| format!("--restamp needs a JSON body: {e}"))?;
    let meta = json
        .get_mut("webhookMetadata")
        .and_then(serde_json::Value::as_object_mut)
        .ok_or("--restamp needs a `webhookMetadata` object")?;
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    meta.insert("webhookDeliveryAttemptTimestamp".into(), now.into());
    serde_json::to_vec(&json).map_err(|e| e.to_string())
}
