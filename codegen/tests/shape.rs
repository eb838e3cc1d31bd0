//! What the generated module looks like over every revision of Plain's
//! schema, alone and merged with its predecessor (`previous`): the items a
//! person would write, and nothing a person would not.

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

/// The module for `path` generated with `previous`.
fn expand_with_previous(path: &PathBuf, previous: &PathBuf) -> syn::File {
    let read = |p: &PathBuf| std::fs::read_to_string(p).expect("readable");
    let tokens = Generator::default()
        .generate_with_previous(&read(path), &read(previous))
        .unwrap_or_else(|e| panic!("{} + {}: {e}", path.display(), previous.display()));
    syn::parse2(tokens).expect("generated code parses")
}

/// Every module: each revision alone, then each consecutive pair of
/// `history/` merged.
fn modules() -> Vec<(String, syn::File)> {
    let all = revisions();
    let mut out: Vec<(String, syn::File)> =
        all.iter().map(|(n, p)| (n.clone(), expand(p))).collect();
    for pair in all[1..].windows(2) {
        let ((old_name, old), (new_name, new)) = (&pair[0], &pair[1]);
        out.push((
            format!("{new_name} with previous {old_name}"),
            expand_with_previous(new, old),
        ));
    }
    out
}

#[test]
fn every_revision_generates_what_a_person_would_write() {
    let modules = modules();
    assert_eq!(modules.len(), 18 + 16);
    for (name, file) in modules {
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

/// One module for two revisions stays near the size of one: at most 1.2×
/// `latest.json` alone, with the revision before it as `previous`.
#[test]
fn latest_with_previous_is_at_most_1_2_times_latest() {
    let dir = common::plain_schemas();
    let latest = dir.join("latest.json");
    let one = prettyplease::unparse(&expand(&latest)).lines().count();
    let both = expand_with_previous(&latest, &dir.join("history/2025-09-25-b6e6b10.json"));
    let both = prettyplease::unparse(&both).lines().count();
    assert!(
        both * 10 <= one * 12,
        "latest.json alone {one} lines, with previous {both}"
    );
}
