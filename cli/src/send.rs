//! `plain-webhooks send`: sends JSON bodies to a webhook receiver as Plain
//! would, signed with the webhook target's secret and with Plain's headers
//! ([`plain_webhooks::testing::signed_request`]). The way to try a
//! receiver before Plain is pointed at it.
//!
//! The secret is `--secret`, else `PLAIN_WEBHOOK_SECRET`, else the front
//! end's default ([`Defaults`]); `plain-webhooks` has none, so without
//! either it stops rather than sign with a secret the receiver cannot
//! know. `--restamp` sets `webhookMetadata.webhookDeliveryAttemptTimestamp`
//! to now before signing, for receivers that refuse old deliveries;
//! `--signature` sends that header value instead of the right one.
//!
//! A file named `-` is standard input (`plain-webhooks sample … | plain-webhooks
//! send --url … -`). Every file is read (and, with `--restamp`, checked)
//! before the first is sent: a missing file sends nothing. Then one line
//! per file says what the receiver answered; a 401 for the delivery time
//! says that `--restamp` would help.

use std::ffi::OsString;
use std::fmt;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::SystemTime;

use plain_webhooks::testing::{signed_request, SignedRequest};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde_json::Value;

use crate::{client, read_limited, request_error};

/// The variable the secret is read from when `--secret` is not given (an
/// empty value counts as unset).
pub const SECRET_ENV: &str = "PLAIN_WEBHOOK_SECRET";

/// The file name that stands for standard input.
const STDIN: &str = "-";

/// How much of a receiver's answer is printed.
const SHOWN_ANSWER: usize = 4096;

/// The header the signature goes in.
const SIGNATURE_HEADER: &str = "Plain-Request-Signature";

/// `send`'s arguments, as given.
#[derive(Clone, Debug, clap::Args)]
pub struct Args {
    /// The receiver's webhook URL, e.g. `http://127.0.0.1:8787/webhooks/plain`.
    #[arg(long, value_name = "URL", required = true)]
    pub url: Option<String>,
    /// The webhook target's signing secret [default: $PLAIN_WEBHOOK_SECRET].
    #[arg(long, value_name = "SECRET")]
    pub secret: Option<String>,
    /// Set `webhookMetadata.webhookDeliveryAttemptTimestamp` to now before
    /// signing, for receivers that refuse old deliveries.
    #[arg(long)]
    pub restamp: bool,
    /// Send this `Plain-Request-Signature` instead of the right one, to see
    /// the receiver refuse it.
    #[arg(long, value_name = "HEX")]
    pub signature: Option<String>,
    /// The bodies: each is one delivery, sent in order; `-` is standard
    /// input.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

/// What a front end fills in for an argument left out. `plain-webhooks`
/// has no defaults; the example receiver's `send` has its own address and
/// development secret.
#[derive(Clone, Default)]
pub struct Defaults {
    /// The URL when `--url` is not given (which makes `--url` optional).
    pub url: Option<String>,
    /// The secret when neither `--secret` nor `PLAIN_WEBHOOK_SECRET` gives
    /// one.
    pub secret: Option<String>,
}

impl fmt::Debug for Defaults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Defaults")
            .field("url", &self.url)
            .field("secret", &self.secret.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// A send, resolved: where, signed with what, which files.
#[derive(Clone)]
pub struct Options {
    /// Where the bodies are POSTed.
    pub url: reqwest::Url,
    /// The secret they are signed with.
    pub secret: String,
    /// Whether each body's delivery attempt timestamp is set to now first.
    pub restamp: bool,
    /// A `Plain-Request-Signature` to send instead of the right one.
    pub signature: Option<String>,
    /// The bodies, in order.
    pub files: Vec<PathBuf>,
}

impl fmt::Debug for Options {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Options")
            .field("url", &self.url.as_str())
            .field("secret", &"<redacted>")
            .field("restamp", &self.restamp)
            .field("signature", &self.signature)
            .field("files", &self.files)
            .finish()
    }
}

impl Args {
    /// The options these arguments, the environment and `defaults` give.
    ///
    /// # Errors
    ///
    /// No URL or no secret, an empty `--secret`, a URL that is not
    /// `http(s)://`, a `--signature` that cannot be a header value.
    pub fn resolve(self, defaults: &Defaults) -> Result<Options, String> {
        let url = self
            .url
            .or_else(|| defaults.url.clone())
            .ok_or("no --url: give the receiver's webhook URL")?;
        let url = reqwest::Url::parse(&url).map_err(|e| format!("--url {url}: {e}"))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!("--url {url}: not an http:// or https:// URL"));
        }
        let secret = match self.secret {
            Some(s) if s.is_empty() => return Err("--secret is empty".into()),
            Some(s) => s,
            None => match secret_from_env()? {
                Some(s) => s,
                None => defaults.secret.clone().ok_or_else(|| {
                    format!(
                        "no secret to sign with: pass --secret SECRET or set {SECRET_ENV} \
                         (the webhook target's signing secret, as the receiver has it)"
                    )
                })?,
            },
        };
        if let Some(s) = &self.signature {
            HeaderValue::from_str(s)
                .map_err(|_| format!("--signature {s:?}: not a valid header value"))?;
        }
        Ok(Options {
            url,
            secret,
            restamp: self.restamp,
            signature: self.signature,
            files: self.files,
        })
    }
}

/// `PLAIN_WEBHOOK_SECRET`, unless it is unset or empty.
fn secret_from_env() -> Result<Option<String>, String> {
    match std::env::var_os(SECRET_ENV).map(OsString::into_string) {
        None => Ok(None),
        Some(Ok(s)) => Ok(Some(s).filter(|s| !s.is_empty())),
        Some(Err(_)) => Err(format!("{SECRET_ENV} is not UTF-8")),
    }
}

/// One file, read.
struct Body {
    file: PathBuf,
    bytes: Vec<u8>,
    /// The parsed body, with `--restamp` (checked to have a
    /// `webhookMetadata` object).
    json: Option<Value>,
}

/// Reads every file; with `--restamp`, checks each can be restamped; checks
/// each gives valid headers.
fn load(options: &Options) -> Result<Vec<Body>, String> {
    let mut bodies = Vec::with_capacity(options.files.len());
    let mut stdin_read = false;
    for file in &options.files {
        let bytes = if file == Path::new(STDIN) {
            if std::mem::replace(&mut stdin_read, true) {
                return Err("`-` (standard input) is given twice".into());
            }
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("standard input: {e}"))?;
            bytes
        } else {
            std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?
        };
        let json = if options.restamp {
            let json: Value = serde_json::from_slice(&bytes)
                .map_err(|e| format!("{}: --restamp needs a JSON body: {e}", file.display()))?;
            if !json.get("webhookMetadata").is_some_and(Value::is_object) {
                return Err(format!(
                    "{}: --restamp needs a `webhookMetadata` object",
                    file.display()
                ));
            }
            Some(json)
        } else {
            None
        };
        let body = Body {
            file: file.clone(),
            bytes,
            json,
        };
        prepare(&body, options).map_err(|e| format!("{}: {e}", file.display()))?;
        bodies.push(body);
    }
    Ok(bodies)
}

/// Sets `webhookMetadata.webhookDeliveryAttemptTimestamp` to now.
fn restamped(mut json: Value) -> Vec<u8> {
    let now = chrono::DateTime::<chrono::Utc>::from(SystemTime::now())
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    if let Some(meta) = json
        .get_mut("webhookMetadata")
        .and_then(Value::as_object_mut)
    {
        meta.insert("webhookDeliveryAttemptTimestamp".into(), now.into());
    }
    // A `Value` always serializes.
    serde_json::to_vec(&json).unwrap_or_default()
}

/// The request for one body: restamped if asked, signed, its headers.
fn prepare(body: &Body, options: &Options) -> Result<(SignedRequest, HeaderMap), String> {
    let bytes = match &body.json {
        Some(json) => restamped(json.clone()),
        None => body.bytes.clone(),
    };
    let request = signed_request(bytes, options.secret.as_bytes());
    let mut headers = HeaderMap::new();
    for (name, value) in &request.headers {
        let value = match &options.signature {
            Some(s) if name.eq_ignore_ascii_case(SIGNATURE_HEADER) => s,
            _ => value,
        };
        let header_name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| format!("{name:?} is not a valid header name"))?;
        let header_value = HeaderValue::from_str(value)
            .map_err(|_| format!("{name}: {value:?} is not a valid header value"))?;
        headers.append(header_name, header_value);
    }
    Ok((request, headers))
}

/// Sends every file, one after the other, printing one line per file:
/// `send: FILE (TYPE, ID) -> STATUS: ANSWER` on stdout, or what went wrong
/// on stderr.
///
/// `Ok(true)` when every answer is 2xx; `Ok(false)` when one is not, or a
/// receiver did not answer.
///
/// # Errors
///
/// A file that cannot be read or (with `--restamp`) is not a body with
/// `webhookMetadata`: nothing is sent.
pub async fn send_all(options: &Options) -> Result<bool, String> {
    let bodies = load(options)?;
    let client = client()?;
    let mut all_ok = true;
    for body in &bodies {
        match send_one(&client, options, body).await {
            Ok(ok) => all_ok &= ok,
            Err(e) => {
                eprintln!("send: {}: {e}", body.file.display());
                all_ok = false;
            }
        }
    }
    Ok(all_ok)
}

/// Sends one body; `Ok(true)` when the answer is 2xx.
async fn send_one(
    client: &reqwest::Client,
    options: &Options,
    body: &Body,
) -> Result<bool, String> {
    let (request, headers) = prepare(body, options)?;
    let mut response = client
        .post(options.url.clone())
        .headers(headers)
        .body(request.body.clone())
        .send()
        .await
        .map_err(|e| {
            let hint = if e.is_connect() {
                " (is the receiver running?)"
            } else {
                ""
            };
            format!("POST {}: {}{hint}", options.url, request_error(&e))
        })?;
    let status = response.status();
    let answer = match read_limited(&mut response, SHOWN_ANSWER).await {
        Ok((bytes, more)) => {
            let text: String = String::from_utf8_lossy(&bytes)
                .trim_end()
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            if more {
                format!("{text}…")
            } else {
                text
            }
        }
        Err(e) => format!("(the answer broke off: {})", request_error(&e)),
    };
    // Not `println!`, which panics when stdout is closed (`| head -1`).
    let _ = writeln!(
        std::io::stdout(),
        "send: {} ({}, {}) -> {} {}: {answer}",
        body.file.display(),
        request.header("Plain-Event-Type").unwrap_or("no type"),
        request.header("Plain-Event-Id").unwrap_or("no id"),
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
    );
    // The receiver names the field in its answer (`ErrorKind::TimestampOutOfTolerance`).
    if status == reqwest::StatusCode::UNAUTHORIZED
        && !options.restamp
        && answer.contains("webhookDeliveryAttemptTimestamp")
    {
        eprintln!(
            "send: {}: the receiver refused the delivery time; --restamp sets it to now \
             before signing",
            body.file.display()
        );
    }
    Ok(status.is_success())
}

/// [`send_all`] on a current-thread runtime of its own.
///
/// # Errors
///
/// As [`send_all`], or the runtime could not start.
pub fn run(options: &Options) -> Result<bool, String> {
    crate::runtime()?.block_on(send_all(options))
}

/// The exit code for what [`run`] returned, an error printed after
/// `name: `: 0 when every answer was 2xx, 1 when one was not, 2 when
/// nothing could be sent.
pub fn exit_code(name: &str, result: Result<bool, String>) -> ExitCode {
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("{name}: {e}");
            ExitCode::from(2)
        }
    }
}

/// A whole `send` command for a front end of its own, called `name`: parses
/// the process's arguments (`--url` is optional when `defaults` has one),
/// sends, and returns the exit code as [`exit_code`] does (clap's own exit
/// for `--help` and usage errors, 2).
///
/// ```no_run
/// use plain_webhooks_cli::send::{standalone, Defaults};
///
/// fn main() -> std::process::ExitCode {
///     standalone(
///         "send",
///         &Defaults {
///             url: Some("http://127.0.0.1:8787/webhooks/plain".into()),
///             secret: None,
///         },
///     )
/// }
/// ```
pub fn standalone(name: &'static str, defaults: &Defaults) -> ExitCode {
    // The about after `augment_args`, which sets the struct's doc comment.
    let mut command = <Args as clap::Args>::augment_args(clap::Command::new(name)).about(
        "POSTs each FILE to a receiver as Plain would: signed with the secret, with Plain's \
         headers. One line per file says what the receiver answered; exits with 1 unless \
         every answer is 2xx.",
    );
    if let Some(url) = &defaults.url {
        command = command.mut_arg("url", |a| {
            a.required(false)
                .help(format!("The receiver's webhook URL [default: {url}]"))
        });
    }
    if defaults.secret.is_some() {
        command = command.mut_arg("secret", |a| {
            a.help(format!(
                "The webhook target's signing secret [default: ${SECRET_ENV}, else the development secret]"
            ))
        });
    }
    let args = command
        .try_get_matches()
        .and_then(|m| <Args as clap::FromArgMatches>::from_arg_matches(&m))
        .unwrap_or_else(|e| e.exit());
    exit_code(name, args.resolve(defaults).and_then(|o| run(&o)))
}
