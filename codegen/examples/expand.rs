//! Prints the code generated for a schema file, formatted.
//!
//! `cargo run -p plain_webhooks_codegen --example expand -- schemas/plain/latest.json`
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: expand <schema.json>");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let started = std::time::Instant::now();
    let tokens = match plain_webhooks_codegen::Generator::default().generate(&text) {
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
