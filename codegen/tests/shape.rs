//! What the generated module looks like over every revision of Plain's
//! schema: the items a person would write, and nothing a person would not.

mod common;

use std::path::PathBuf;

use plain_webhooks_codegen::Generator;

/// `latest.json` and every file of `history/`, by name.
fn revisions() -> Vec<(String, PathBuf)> {
    let dir = common::plain_schemas();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("history"))
        .expect("history/")
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    files.insert(0, dir.join("latest.json"));
    assert!(files.len() >= 18, "{} files", files.len());
    files
        .into_iter()
        .map(|p| {
            (
                p.file_name()
                    .expect("a name")
                    .to_string_lossy()
                    .into_owned(),
                p,
            )
        })
        .collect()
}

fn expand(path: &PathBuf) -> syn::File {
    let text = std::fs::read_to_string(path).expect("readable");
    let tokens = Generator::default()
        .generate(&text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    syn::parse2(tokens).expect("generated code parses")
}

#[test]
fn every_revision_generates_what_a_person_would_write() {
    for (name, path) in revisions() {
        let file = expand(&path);
        let mut problems = Vec::new();
        for item in &file.items {
            match item {
                syn::Item::Enum(e) => {
                    if e.variants.len() < 2 {
                        problems.push(format!("enum {} has {} variant", e.ident, e.variants.len()));
                    }
                    for v in &e.variants {
                        let v = v.ident.to_string();
                        let numbered = v
                            .strip_prefix("Variant")
                            .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()));
                        if numbered {
                            problems.push(format!("enum {} has a variant {v}", e.ident));
                        }
                    }
                }
                syn::Item::Mod(m) if m.ident == "error" => problems.push("pub mod error".into()),
                syn::Item::Trait(t) if t.ident == "Handler" => {
                    let text = quote::quote!(#t).to_string();
                    if text.contains("__private") {
                        problems.push("__private in the Handler trait".into());
                    }
                }
                _ => {}
            }
            let text = quote::quote!(#item).to_string();
            // Conversions parsing never uses are not generated (`Display` is,
            // for checked strings: ids and the like, printed in logs).
            for name in ["Variant0", "Variant1", "FromStr for", "TryFrom <"] {
                if text.contains(name) {
                    let head: String = text.chars().take(80).collect();
                    problems.push(format!("`{name}` in {head}"));
                }
            }
            if text.contains("which the schema does not describe") {
                problems.push("a stock description".into());
            }
        }
        assert!(problems.is_empty(), "{name}: {problems:#?}");
    }
}

/// The size bound: 10,101 lines with typify's output.
#[test]
fn latest_is_at_most_7500_lines() {
    let (_, path) = revisions().remove(0);
    let lines = prettyplease::unparse(&expand(&path)).lines().count();
    assert!(lines <= 7_500, "latest.json expands to {lines} lines");
}
