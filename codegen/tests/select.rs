//! `Settings::with_events` on every revision of Plain's schema: the module
//! keeps the chosen events' types, each generated exactly as without the
//! setting, and drops what only other events use.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use plain_webhooks_codegen::{Generator, Settings};

/// Every named item of a module: its name, and its text with the docs.
fn items(text: &str, settings: &Settings) -> BTreeMap<String, String> {
    let tokens = Generator::new(settings).generate(text).expect("generates");
    let file: syn::File = syn::parse2(tokens).expect("parses");
    let mut out = BTreeMap::new();
    for item in file.items {
        let name = match &item {
            syn::Item::Struct(s) => format!("struct {}", s.ident),
            syn::Item::Enum(e) => format!("enum {}", e.ident),
            syn::Item::Type(t) => format!("type {}", t.ident),
            _ => continue,
        };
        let one = syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: vec![item],
        };
        out.insert(name, prettyplease::unparse(&one));
    }
    out
}

#[test]
fn two_events_keep_their_types_and_drop_the_rest_on_every_revision() {
    let dir = common::plain_schemas();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("history"))
        .expect("history")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(files.len() >= 17, "{} revisions", files.len());
    let mut two = Settings::new();
    two.with_events(["customer.customer_updated", "thread.thread_created"]);
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable");
        let full = items(&text, &Settings::new());
        let chosen = items(&text, &two);
        let name = path.file_name().unwrap().to_string_lossy();
        for payload in [
            "struct CustomerUpdatedPublicEventPayload",
            "struct ThreadCreatedPublicEventPayload",
            "struct WebhookMetadata",
        ] {
            assert!(chosen.contains_key(payload), "{name}: {payload}");
        }
        for gone in [
            "struct CustomerDeletedPublicEventPayload",
            "struct ThreadAssignmentTransitionedPublicEventPayload",
        ] {
            assert!(full.contains_key(gone), "{name}: {gone}");
            assert!(!chosen.contains_key(gone), "{name}: {gone}");
        }
        for (item, text) in &chosen {
            match item.as_str() {
                // They change with the selection: `Other` and `on_other`.
                "enum Event" | "struct __Envelope" => continue,
                _ => {}
            }
            let Some(was) = full.get(item) else {
                panic!("{name}: {item} is new");
            };
            // Descriptions name where a type is used, which may narrow.
            let strip = |t: &str| {
                t.lines()
                    .filter(|l| !l.trim_start().starts_with("///"))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            assert_eq!(strip(text), strip(was), "{name}: {item}");
        }
        assert!(
            chosen.len() * 2 < full.len(),
            "{name}: {} of {} items kept",
            chosen.len(),
            full.len()
        );
    }
}
