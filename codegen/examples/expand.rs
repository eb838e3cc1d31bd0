//! Prints the code generated for a schema file, formatted.
//!
//! `cargo run -p plain_webhooks_codegen --example expand -- schemas/plain/latest.json [--events customer.*,thread.thread_created]`
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, events) = match args.as_slice() {
        [path] => (path, None),
        [path, flag, list] if flag == "--events" => {
            (path, Some(list.split(',').collect::<Vec<_>>()))
        }
        _ => {
            eprintln!("usage: expand <schema.json> [--events PATTERN,PATTERN…]");
            std::process::exit(2);
        }
    };
    let mut settings = plain_webhooks_codegen::Settings::new();
    if let Some(events) = events {
        settings.with_events(events);
    }
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let started = std::time::Instant::now();
    let tokens = match plain_webhooks_codegen::Generator::new(&settings).generate(&text) {
        Ok(t) => t,
        Err(errors) => {
            for e in errors.iter() {
                eprintln!("{path}: {e}");
            }
            std::process::exit(1);
        }
    };
    let elapsed = started.elapsed();
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => println!("{}", prettyplease::unparse(&file)),
        Err(e) => {
            eprintln!("generated tokens do not parse: {e}");
            println!("{tokens}");
        }
    }
    eprintln!("generated in {elapsed:?}");
}
