//! Prints the code generated for a schema file, formatted.
//!
//! `cargo run -p plain_webhooks_codegen --example expand -- schemas/plain/latest.json [--events customer.*,thread.thread_created] [--previous OLD.json]`
fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let previous = match args.iter().position(|a| a == "--previous") {
        Some(i) if i + 1 < args.len() => {
            let p = args.remove(i + 1);
            args.remove(i);
            Some(p)
        }
        _ => None,
    };
    let (path, events) = match args.as_slice() {
        [path] => (path, None),
        [path, flag, list] if flag == "--events" => {
            (path, Some(list.split(',').collect::<Vec<_>>()))
        }
        _ => {
            eprintln!(
                "usage: expand <schema.json> [--events PATTERN,PATTERN…] [--previous OLD.json]"
            );
            std::process::exit(2);
        }
    };
    let mut settings = plain_webhooks_codegen::Settings::new();
    if let Some(events) = events {
        settings.with_events(events);
    }
    let read = |path: &str| match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let text = read(path);
    let old = previous.as_deref().map(read);
    let started = std::time::Instant::now();
    let generator = plain_webhooks_codegen::Generator::new(&settings);
    let generated = match &old {
        Some(old) => generator.generate_with_previous(&text, old),
        None => generator.generate(&text),
    };
    let tokens = match generated {
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
