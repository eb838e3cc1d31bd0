//! `plain-webhooks fetch`: downloads Plain's published webhook schema,
//! `{base}/latest.json` or, for a pinned webhook target version,
//! `{base}/{version}.json`, and writes it only once it is known to work:
//! the generator expands it, and a pinned version's schema carries that
//! version in its `webhookTargetVersion` const.
//!
//! A file is written through a temporary file beside it, then renamed, so
//! that a failed fetch never leaves half a schema (or replaces a good one).

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use plain_webhooks_codegen::events::EventModel;
use plain_webhooks_codegen::normalize::normalize;
use plain_webhooks_codegen::Generator;
use serde_json::Value;

use crate::{client, read_limited, request_error};

/// Where Plain publishes its webhook schemas.
pub const DEFAULT_BASE_URL: &str = "https://core-api.uk.plain.com/webhooks/schema";

/// The largest schema `fetch` takes (Plain's are under 100 KiB).
pub const MAX_SCHEMA_BYTES: usize = 16 * 1024 * 1024;

/// `fetch`'s arguments.
#[derive(Clone, Debug, clap::Args)]
pub struct Args {
    /// The schema of this webhook target version (e.g. `2024-09-18`)
    /// instead of the latest; its version const must be V.
    #[arg(long, value_name = "V")]
    pub version: Option<String>,
    /// Write the schema to FILE (through a temporary file beside it, then
    /// renamed) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Where the schemas are published: `{URL}/latest.json`, `{URL}/{V}.json`.
    #[arg(long, value_name = "URL", default_value = DEFAULT_BASE_URL)]
    pub base_url: String,
}

/// A downloaded schema that the generator expands.
#[derive(Clone, Debug)]
pub struct Schema {
    /// Where it came from.
    pub url: String,
    /// Its bytes, as served.
    pub bytes: Vec<u8>,
    /// Its `webhookTargetVersion` const; `None` for an unversioned schema.
    pub version: Option<String>,
    /// How many event types its `type` enum lists.
    pub event_types: usize,
}

impl Schema {
    /// One line saying what was written where.
    pub fn summary(&self, written_to: Option<&Path>) -> String {
        let to = written_to.map_or_else(|| "stdout".to_string(), |p| p.display().to_string());
        let version = self
            .version
            .as_deref()
            .map_or_else(|| "unversioned".to_string(), |v| format!("version {v}"));
        format!(
            "wrote {to}: {version}, {} event types, {} bytes (from {})",
            self.event_types,
            self.bytes.len(),
            self.url
        )
    }
}

/// The URL of the latest schema or of `version`'s.
///
/// # Errors
///
/// A base that is not an `http(s)://` URL (or `https://` without the `tls`
/// feature), a version that is not a plain name (`2024-09-18`).
pub fn schema_url(base_url: &str, version: Option<&str>) -> Result<String, String> {
    let name = match version {
        None => "latest",
        Some(v) => {
            let plain = !v.is_empty()
                && !v.starts_with('.')
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
            if !plain {
                return Err(format!(
                    "--version {v:?}: a version is letters, digits, `-`, `_` and `.`, e.g. 2024-09-18"
                ));
            }
            v
        }
    };
    let url = format!("{}/{name}.json", base_url.trim_end_matches('/'));
    let parsed = reqwest::Url::parse(&url).map_err(|e| format!("--base-url {base_url}: {e}"))?;
    match parsed.scheme() {
        "http" => {}
        "https" if cfg!(feature = "tls") => {}
        "https" => {
            return Err(format!(
                "{url}: this build has no TLS (the plain-webhooks-cli `tls` feature)"
            ))
        }
        _ => {
            return Err(format!(
                "--base-url {base_url}: not an http:// or https:// URL"
            ))
        }
    }
    Ok(url)
}

/// GETs `url`: its body, at most [`MAX_SCHEMA_BYTES`], within
/// [`TIMEOUT`](crate::TIMEOUT).
///
/// # Errors
///
/// No answer in time, a status other than 2xx, a larger body; each names
/// the URL.
pub async fn download(url: &str) -> Result<Vec<u8>, String> {
    let mut response = client()?.get(url).send().await.map_err(|e| {
        let mut text = format!("GET {url}: {}", request_error(&e));
        if text.contains("UnknownIssuer") {
            text.push_str(
                " (the server's certificate is from a CA neither among the bundled Mozilla \
                 roots nor in the system's store: add the CA of a TLS-intercepting proxy \
                 to the system's store)",
            );
        }
        text
    })?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!(
            "GET {url}: {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        )
        .trim_end()
        .to_string());
    }
    let too_large = || {
        format!(
            "GET {url}: the answer is larger than {} MiB",
            MAX_SCHEMA_BYTES / (1024 * 1024)
        )
    };
    if response
        .content_length()
        .is_some_and(|n| n > MAX_SCHEMA_BYTES as u64)
    {
        return Err(too_large());
    }
    let (bytes, more) = read_limited(&mut response, MAX_SCHEMA_BYTES)
        .await
        .map_err(|e| format!("GET {url}: {}", request_error(&e)))?;
    if more {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Checks a downloaded schema: the generator expands it and, when
/// `expected_version` is given, its version const is that.
///
/// # Errors
///
/// The generator's messages, one per line, or the version it has instead.
pub fn check(url: &str, bytes: Vec<u8>, expected_version: Option<&str>) -> Result<Schema, String> {
    let text = std::str::from_utf8(&bytes).map_err(|e| format!("{url}: not UTF-8: {e}"))?;
    let not_a_schema =
        |e: &dyn std::fmt::Display| format!("{url}: not a schema the generator can expand:\n{e}");
    Generator::default()
        .generate(text)
        .map_err(|e| not_a_schema(&e))?;
    // The generator took it, so these succeed; they say what it holds.
    let doc: Value = serde_json::from_str(text).map_err(|e| not_a_schema(&e))?;
    let schema = normalize(doc).map_err(|e| not_a_schema(&e))?;
    let events = EventModel::build(&schema).map_err(|e| not_a_schema(&e))?;
    if let Some(expected) = expected_version {
        match &schema.version {
            Some(v) if v == expected => {}
            Some(v) => {
                return Err(format!(
                    "{url}: its webhookTargetVersion const is {v}, not {expected}"
                ))
            }
            None => {
                return Err(format!(
                    "{url}: it pins no webhookTargetVersion (no const), not {expected}"
                ))
            }
        }
    }
    Ok(Schema {
        url: url.to_string(),
        version: schema.version,
        event_types: events.events.len(),
        bytes,
    })
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// renamed over `path` once complete: `path` is either as it was or the
/// whole of `bytes`.
///
/// Missing folders on the way to `path` are created.
///
/// # Errors
///
/// The folder cannot be created or written, `path` is a folder, …; the
/// error names `path` as given, and the temporary file is gone.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let name = path.file_name().ok_or_else(|| fail(&"not a file name"))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)
        .map_err(|e| fail(&format!("cannot create the folder {}: {e}", dir.display())))?;
    let mut temp_name = OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp = dir.join(temp_name);
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .map_err(|e| fail(&format!("cannot write beside it: {e}")))?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    let written = written.and_then(|()| fs::rename(&temp, path));
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(fail(&e));
    }
    Ok(())
}

/// The whole command but for stdout: downloads, checks, writes to
/// `args.output` when given; the schema (for the caller to print when
/// there is no `args.output`).
///
/// # Errors
///
/// As [`schema_url`], [`download`], [`check`] and [`write_atomically`];
/// nothing is written then.
pub fn run(args: &Args) -> Result<Schema, String> {
    let url = schema_url(&args.base_url, args.version.as_deref())?;
    let bytes = crate::runtime()?.block_on(download(&url))?;
    let schema = check(&url, bytes, args.version.as_deref())?;
    if let Some(path) = &args.output {
        write_atomically(path, &schema.bytes)?;
    }
    Ok(schema)
}
