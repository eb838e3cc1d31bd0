//! `plain-webhooks`: what a new revision of Plain's webhook schema changes
//! for code generated from it, sample bodies for any revision, the
//! generated code itself, signed test deliveries to a receiver, and
//! Plain's published schema.
//!
//! ```text
//! plain-webhooks diff OLD.json NEW.json [--format text|json]
//! plain-webhooks sample EVENT_TYPE --schema FILE [--seed N] [--at TIME] [--invalid [KIND]]
//! plain-webhooks expand SCHEMA [--events customer.*,thread.thread_created]
//! plain-webhooks send --url URL [--secret SECRET] [--restamp] [--signature HEX] FILE|-...
//! plain-webhooks fetch [--version V] [-o FILE] [--base-url URL]
//! ```
//!
//! `diff` exits with 1 when a change is breaking (for CI), `send` with 1
//! when an answer is not 2xx (or none came), 0 otherwise; every command
//! exits with 2 on a usage, file, schema or download error. `send`'s
//! secret is `--secret`, else `PLAIN_WEBHOOK_SECRET`; there is no default.
//! Output into a closed pipe (`| head`) ends the command quietly, with 0.
//! The work is done in the `plain_webhooks_cli` library.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use plain_webhooks_cli::{diff, fetch, send};
use plain_webhooks_samples::MutationKind;
use serde_json::Value;

#[derive(Parser)]
#[command(name = "plain-webhooks", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// What changes for code generated from OLD when it is generated from
    /// NEW: events, types, fields, enum values, the version; breaking or not.
    Diff {
        /// The schema the code is generated from now.
        old: PathBuf,
        /// The schema to move to.
        new: PathBuf,
        /// `text` for people, `json` for tools.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// A valid body of EVENT_TYPE for a schema revision (its version const
    /// included), delivered now, or with `--invalid` one that breaks
    /// exactly one thing.
    Sample {
        /// The event type, e.g. `customer.customer_updated`.
        event_type: String,
        /// The schema revision.
        #[arg(long)]
        schema: PathBuf,
        /// Another seed draws another body; the same seed and event type,
        /// the same body (and event id) but for its time.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// The body's `timestamp` and delivery attempt time (RFC 3339)
        /// [default: now, so that a receiver's replay window takes it].
        #[arg(long, value_name = "TIME", value_parser = rfc3339)]
        at: Option<String>,
        /// Break one thing, of KIND if given (`missing-required`,
        /// `wrong-type`, `unlisted-enum-value`, `unlisted-tag`,
        /// `off-pattern`, `bad-date-time`, `bad-format`, `out-of-range`,
        /// `unexpected-property`, `wrong-event-type`); the mutation is
        /// printed to stderr.
        #[arg(long, value_name = "KIND", num_args = 0..=1, default_missing_value = "any")]
        invalid: Option<String>,
    },
    /// The code `#[plain_webhooks::webhooks]` generates for SCHEMA, formatted.
    Expand {
        /// The schema file.
        schema: PathBuf,
        /// As the macro's `events = [...]`: only these event types (an
        /// event type, or a prefix ending in `*`), comma-separated.
        #[arg(long, value_delimiter = ',')]
        events: Option<Vec<String>>,
    },
    /// POSTs each FILE to a receiver as Plain would: signed with the secret
    /// (`--secret`, else PLAIN_WEBHOOK_SECRET), with Plain's headers. One
    /// line per file says what the receiver answered; exits with 1 unless
    /// every answer is 2xx.
    Send(send::Args),
    /// Downloads Plain's published schema (the latest, or `--version`'s),
    /// checks that it expands and carries the version asked for, and writes
    /// it to `-o FILE` (replaced whole or not at all) or stdout.
    Fetch(fetch::Args),
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    match run(Cli::parse().command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("plain-webhooks: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Diff { old, new, format } => {
            let report = diff::diff(read_json(&old)?, read_json(&new)?)?;
            let text = match format {
                Format::Text => report.to_text(),
                Format::Json => {
                    serde_json::to_string_pretty(&report).map_err(|e| e.to_string())? + "\n"
                }
            };
            out(text)?;
            Ok(ExitCode::from(u8::from(report.is_breaking())))
        }
        Command::Sample {
            event_type,
            schema,
            seed,
            at,
            invalid,
        } => {
            let samples = plain_webhooks_samples::Samples::new(&read_json(&schema)?)
                .map_err(|e| format!("{}: {e}", schema.display()))?;
            if !samples.event_types().contains(&event_type) {
                return Err(format!(
                    "{}: no event type {event_type:?}; it has: {}",
                    schema.display(),
                    samples.event_types().join(", ")
                ));
            }
            let mut sample = match invalid.as_deref() {
                None => samples.valid(&event_type, seed, 0),
                Some("any") => samples.mutated(&event_type, seed, 0),
                Some(name) => {
                    let kind = MutationKind::from_name(name).ok_or_else(|| {
                        let kinds: Vec<&str> = MutationKind::ALL.iter().map(|k| k.name()).collect();
                        format!(
                            "--invalid {name:?}: no such kind; kinds: {}",
                            kinds.join(", ")
                        )
                    })?;
                    samples.mutated_of_kind(&event_type, kind, seed, 0)
                }
            }
            .map_err(|e| e.to_string())?;
            sample.stamp(&at.unwrap_or_else(now));
            if let Some(m) = &sample.mutation {
                eprintln!("{m}");
            }
            let text = serde_json::to_string_pretty(&sample.body).map_err(|e| e.to_string())?;
            out(format!("{text}\n"))
        }
        Command::Expand { schema, events } => {
            let text = read(&schema)?;
            let mut settings = plain_webhooks_codegen::Settings::new();
            if let Some(events) = events {
                settings.with_events(events);
            }
            let tokens = plain_webhooks_codegen::Generator::new(&settings)
                .generate(&text)
                .map_err(|e| format!("{}: {e}", schema.display()))?;
            let file = syn::parse2::<syn::File>(tokens)
                .map_err(|e| format!("the generated code does not parse: {e}"))?;
            out(prettyplease::unparse(&file))
        }
        Command::Send(args) => {
            let all_ok = send::run(&args.resolve(&send::Defaults::default())?)?;
            Ok(ExitCode::from(u8::from(!all_ok)))
        }
        Command::Fetch(args) => {
            let schema = fetch::run(&args)?;
            if args.output.is_none() {
                out(schema.bytes.clone())?;
            }
            eprintln!(
                "plain-webhooks fetch: {}",
                schema.summary(args.output.as_deref())
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Writes `bytes` to stdout. A reader that has gone (`| head`) wanted no
/// more: the command ends there, quietly and successfully.
fn out(bytes: impl AsRef<[u8]>) -> Result<ExitCode, String> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(bytes.as_ref())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(format!("stdout: {e}")),
    }
}

/// The current time as Plain writes it: RFC 3339, milliseconds, `Z`.
fn now() -> String {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// `--at`: an RFC 3339 date-time, kept as written.
fn rfc3339(text: &str) -> Result<String, String> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|_| text.to_string())
        .map_err(|e| format!("not an RFC 3339 date-time such as 2026-04-21T09:30:00.000Z: {e}"))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_json(path: &Path) -> Result<Value, String> {
    serde_json::from_str(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))
}
