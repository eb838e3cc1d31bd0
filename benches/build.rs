//! Generates the baseline of bench (d), "the approach we replace": what
//! typify alone makes of Plain's `latest.json`.
//!
//! typify panics on Plain's raw schema, so it reads our normalized schema,
//! with one step undone: normalization strips the tag from the branches of
//! const-tagged unions (our generated enums carry it), and here each branch
//! gets its tag back, as Plain wrote it. typify then decides the shape of
//! every union on its own; since Plain's objects allow additional
//! properties, it makes each of them, the top-level `payload` included, a
//! `#[serde(untagged)]` enum that tries its branches in turn.

use std::path::PathBuf;

use plain_webhooks_codegen::normalize::{normalize, Schema};
use serde_json::{json, Map, Value};
use typify::{TypeSpace, TypeSpaceSettings};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let path = manifest.join("../schemas/plain/latest.json");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {} ({e})", path.display()));
    let doc: Value = serde_json::from_str(&text).expect("latest.json is JSON");
    let schema = normalize(doc).unwrap_or_else(|e| panic!("normalize latest.json: {e:?}"));
    let code = plain_typify(schema);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    std::fs::write(out.join("untagged.rs"), code).expect("OUT_DIR is writable");
}

/// typify's items for every definition and for the root (`Webhook`).
fn plain_typify(mut schema: Schema) -> String {
    restore_union_tags(&mut schema);
    let defs: Vec<(String, schemars::schema::Schema)> = schema
        .definitions
        .iter()
        .map(|(name, v)| {
            let s = serde_json::from_value(v.clone())
                .unwrap_or_else(|e| panic!("definition {name}: {e}"));
            (name.clone(), s)
        })
        .collect();
    // typify names a type after its title when it has one; ours is `Webhook`.
    schema.root.remove("title");
    let root: schemars::schema::Schema =
        serde_json::from_value(Value::Object(schema.root)).expect("the root is a schema");

    let mut ts = TypeSpace::new(&TypeSpaceSettings::default());
    ts.add_ref_types(defs)
        .expect("typify takes the definitions");
    ts.add_type_with_name(&root, Some("Webhook".to_string()))
        .expect("typify takes the root");
    ts.to_stream().to_string()
}

/// Puts every const-tagged union back in the form Plain wrote it: a `oneOf`
/// of objects that each require the tag with its one value.
fn restore_union_tags(schema: &mut Schema) {
    for (name, union) in &schema.unions {
        let mut branches = Vec::new();
        for variant in &union.variants {
            let mut branch = match &variant.def {
                Some(def) => schema.definitions[def].clone(),
                None => json!({"type": "object", "additionalProperties": true}),
            };
            let obj = branch.as_object_mut().expect("a union branch is an object");
            obj.entry("properties")
                .or_insert_with(|| Value::Object(Map::new()))
                .as_object_mut()
                .expect("properties is an object")
                .insert(
                    union.tag.clone(),
                    json!({"type": "string", "enum": [variant.value]}),
                );
            let required = obj.entry("required").or_insert_with(|| json!([]));
            required
                .as_array_mut()
                .expect("required is an array")
                .push(Value::String(union.tag.clone()));
            let branch_name = fresh_name(&schema.definitions, name, &variant.value);
            schema.definitions.insert(branch_name.clone(), branch);
            branches.push(json!({"$ref": format!("#/definitions/{branch_name}")}));
        }
        let mut def = json!({"oneOf": branches});
        if let Some(d) = &union.description {
            def["description"] = Value::String(d.clone());
        }
        schema.definitions.insert(name.clone(), def);
    }
}

/// `<union>Tagged<Value>`, made unique among the definitions.
fn fresh_name(defs: &Map<String, Value>, union: &str, value: &str) -> String {
    let value: String = value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            let first = cs.next().expect("non-empty").to_ascii_uppercase();
            std::iter::once(first)
                .chain(cs.map(|c| c.to_ascii_lowercase()))
                .collect::<String>()
        })
        .collect();
    let base = format!("{union}Tagged{value}");
    let mut name = base.clone();
    let mut n = 2;
    while defs.contains_key(&name) {
        name = format!("{base}{n}");
        n += 1;
    }
    name
}
