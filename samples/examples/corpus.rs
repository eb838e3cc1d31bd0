//! Writes drawn bodies for a schema into a directory, one file each, e.g. to
//! seed fuzz corpora:
//!
//! ```text
//! cargo run -p plain-webhooks-samples --example corpus -- <schema.json> <out_dir> <count> [seed]
//! ```
//!
//! Files are named `<index>-<event type>[-<mutation kind>].json`; the same
//! arguments write the same files.

use std::path::PathBuf;
use std::process::ExitCode;

use plain_webhooks_samples::Samples;

const USAGE: &str = "usage: corpus <schema.json> <out_dir> <count> [seed]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corpus: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [schema, out, count, rest @ ..] = args.as_slice() else {
        return Err(USAGE.to_string());
    };
    if rest.len() > 1 {
        return Err(USAGE.to_string());
    }
    let count: u64 = count.parse().map_err(|e| format!("count {count:?}: {e}"))?;
    let seed: u64 = match rest.first() {
        Some(s) => s.parse().map_err(|e| format!("seed {s:?}: {e}"))?,
        None => 0,
    };
    let text = std::fs::read(schema).map_err(|e| format!("{schema}: {e}"))?;
    let doc = serde_json::from_slice(&text).map_err(|e| format!("{schema}: {e}"))?;
    let samples = Samples::new(&doc).map_err(|e| format!("{schema}: {e}"))?;
    let out = PathBuf::from(out);
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let (mut valid, mut mutated) = (0u64, 0u64);
    for index in 0..count {
        let sample = samples.case(seed, index).map_err(|e| e.to_string())?;
        let mut name = format!("{index:06}-{}", sample.event_type);
        match &sample.mutation {
            Some(m) => {
                mutated += 1;
                name.push('-');
                name.push_str(m.kind.name());
            }
            None => valid += 1,
        }
        name.push_str(".json");
        let path = out.join(name);
        std::fs::write(&path, sample.to_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!(
        "wrote {count} bodies ({valid} valid, {mutated} mutated) to {} (seed {seed})",
        out.display()
    );
    Ok(())
}
