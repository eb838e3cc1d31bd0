//! `previous`: one module for two revisions, on the test schema with an
//! older revision made from it: every difference the merge handles shows in
//! the generated items.

use plain_webhooks_codegen::Generator;
use serde_json::{json, Value};

fn minimal() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schemas/test/minimal.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("readable")).expect("JSON")
}

/// The test schema as an older revision: another version, `note.text` a
/// list of strings, `note.id` not required, one more `group.kind` value, a
/// definition of its own.
fn older() -> Value {
    let mut old = minimal();
    let defs = &mut old["definitions"];
    defs["webhookMetadata"]["properties"]["webhookTargetVersion"]["const"] = json!("2024-01-01");
    defs["note"]["properties"]["text"] = json!({"type": "array", "items": {"type": "string"}});
    let required = defs["note"]["required"].as_array_mut().expect("required");
    required.retain(|r| r != "id");
    defs["legacyFlag"] = json!({"type": "object", "properties": {"on": {"type": "boolean"}}});
    old
}

fn generate() -> syn::File {
    let tokens = Generator::default()
        .generate_with_previous(&minimal().to_string(), &older().to_string())
        .unwrap_or_else(|e| panic!("{e}"));
    syn::parse2(tokens).expect("parses")
}

fn item<'a>(file: &'a syn::File, name: &str) -> &'a syn::Item {
    file.items
        .iter()
        .find(|i| match i {
            syn::Item::Struct(s) => s.ident == name,
            syn::Item::Enum(e) => e.ident == name,
            syn::Item::Const(c) => c.ident == name,
            _ => false,
        })
        .unwrap_or_else(|| panic!("no item {name}"))
}

fn field_type(file: &syn::File, strukt: &str, field: &str) -> String {
    let syn::Item::Struct(s) = item(file, strukt) else {
        panic!("{strukt} is not a struct")
    };
    let f = s
        .fields
        .iter()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == field))
        .unwrap_or_else(|| panic!("no {strukt}.{field}"));
    let ty = &f.ty;
    quote::quote!(#ty).to_string().replace(' ', "")
}

#[test]
fn both_versions_are_read_and_a_changed_shape_is_an_enum_of_both() {
    let file = generate();
    let syn::Item::Const(versions) = item(&file, "SCHEMA_VERSIONS") else {
        unreachable!()
    };
    let versions = quote::quote!(#versions).to_string();
    assert!(
        versions.contains("\"2025-01-01\"") && versions.contains("\"2024-01-01\""),
        "{versions}"
    );
    // A string in one revision, a list in the other: an enum named for the
    // field, its variants for what each shape is.
    assert_eq!(field_type(&file, "Note", "text"), "NoteText");
    let syn::Item::Enum(text) = item(&file, "NoteText") else {
        panic!("NoteText is not an enum")
    };
    let variants: Vec<String> = text.variants.iter().map(|v| v.ident.to_string()).collect();
    assert_eq!(variants, ["String", "List"]);
    // Required in one revision only: optional.
    assert!(field_type(&file, "Note", "id").starts_with("::core::option::Option<"));
    // A definition of one revision only is kept.
    item(&file, "LegacyFlag");
}

#[test]
fn the_same_revision_twice_is_that_revision() {
    let text = minimal().to_string();
    let g = Generator::default();
    let alone = g.generate(&text).expect("generates").to_string();
    let twice = g
        .generate_with_previous(&text, &text)
        .expect("generates")
        .to_string();
    if alone != twice {
        let at = alone
            .chars()
            .zip(twice.chars())
            .position(|(a, b)| a != b)
            .unwrap_or(alone.len().min(twice.len()));
        let around = |s: &str| {
            s.chars()
                .skip(at.saturating_sub(200))
                .take(400)
                .collect::<String>()
        };
        panic!(
            "differ at {at}:\n{}\n---\n{}",
            around(&alone),
            around(&twice)
        );
    }
}

/// Odd and broken schemas, as either side: an error or a module, never a
/// panic; a problem of the `previous` file is marked as such.
#[test]
fn odd_and_bad_schemas_on_either_side_are_errors_or_modules() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../schemas/test");
    let good = minimal().to_string();
    let g = Generator::default();
    let mut seen = 0;
    for dir in ["odd", "bad"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("readable");
            let alone = g.generate(&text);
            let as_previous = g.generate_with_previous(&good, &text);
            // Where the file alone is refused, so is it as `previous`, and
            // every error is marked as the previous file's.
            if let Err(errors) = &alone {
                let Err(as_old) = &as_previous else {
                    panic!("{}: refused alone, accepted as previous", path.display())
                };
                assert!(
                    as_old.iter().all(|e| e.previous),
                    "{}: {as_old}",
                    path.display()
                );
                assert_eq!(
                    errors.iter().count(),
                    as_old.iter().count(),
                    "{}",
                    path.display()
                );
            }
            if let Err(errors) = g.generate_with_previous(&text, &good) {
                assert!(
                    errors.iter().all(|e| !e.previous),
                    "{}: {errors}",
                    path.display()
                );
            }
            seen += 1;
        }
    }
    assert!(seen > 20, "{seen} schemas");
}

/// Plain's revisions merged out of order too (newer as `previous`, the
/// oldest with the newest): modules that parse as Rust.
#[test]
fn revisions_merge_in_either_order() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../schemas/plain");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(format!("{dir}/history"))
        .expect("history/")
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    let read = |p: &std::path::PathBuf| std::fs::read_to_string(p).expect("readable");
    let mut pairs: Vec<(&std::path::PathBuf, &std::path::PathBuf)> =
        files.windows(2).map(|w| (&w[0], &w[1])).collect();
    pairs.push((&files[0], &files[files.len() - 1]));
    pairs.push((&files[files.len() - 1], &files[0]));
    for (new, old) in pairs {
        let tokens = Generator::default()
            .generate_with_previous(&read(new), &read(old))
            .unwrap_or_else(|e| panic!("{} + {}: {e}", new.display(), old.display()));
        syn::parse2::<syn::File>(tokens).expect("parses as Rust");
    }
}
