//! Where each definition is used, in JSON terms (`customer.email`): what
//! the rustdoc of a type the schema does not describe says instead.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::normalize::Schema;
use crate::walk::{def_ref, segments, shallow_ref_name, walk};

/// For every definition some `$ref` names, the places that name it.
pub(crate) fn uses(schema: &Schema) -> BTreeMap<String, BTreeSet<String>> {
    let mut users: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut note = |v: &Value, ptr: &str| {
        if let Some(name) = v
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(shallow_ref_name)
        {
            users.entry(name).or_default().insert(place(ptr));
        }
    };
    walk(&Value::Object(schema.root.clone()), "#", &mut note);
    for (name, def) in &schema.definitions {
        walk(def, &def_ref(name), &mut note);
    }
    users
}

/// Where a `$ref` at `pointer` is, in JSON terms: `customer.markedAsSpamBy`
/// for `#/definitions/customer/properties/markedAsSpamBy/anyOf/0`, and
/// `webhook.payload` for the envelope's own properties.
fn place(pointer: &str) -> String {
    let segs = segments(pointer);
    let (mut out, rest) = match segs.as_slice() {
        [d, name, rest @ ..] if d == "definitions" => (name.clone(), rest),
        rest => ("webhook".to_string(), rest),
    };
    let mut i = 0;
    while i < rest.len() {
        match rest[i].as_str() {
            "properties" | "patternProperties" if i + 1 < rest.len() => {
                out.push('.');
                out.push_str(&rest[i + 1]);
                i += 2;
            }
            "items" => {
                out.push_str("[]");
                i += 1;
            }
            "anyOf" | "oneOf" | "allOf" => i += 2,
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn places_read_as_json_paths() {
        assert_eq!(
            place("#/definitions/customer/properties/markedAsSpamBy/anyOf/0"),
            "customer.markedAsSpamBy"
        );
        assert_eq!(place("#/properties/payload/anyOf/3"), "webhook.payload");
        assert_eq!(
            place("#/definitions/a~1b/properties/list/items"),
            "a/b.list[]"
        );
        assert_eq!(place("#/definitions/actor/anyOf/2"), "actor");
    }

    #[test]
    fn uses_name_every_place_a_definition_is_referred_to() {
        let schema = crate::normalize::Schema {
            root: json!({"properties": {"meta": {"$ref": "#/definitions/meta"}}})
                .as_object()
                .unwrap()
                .clone(),
            definitions: json!({
                "meta": {"type": "object", "properties": {"id": {"$ref": "#/definitions/id"},
                    "ids": {"type": "array", "items": {"$ref": "#/definitions/id"}}}},
                "id": {"type": "string"},
                "lonely": {"type": "string"}
            })
            .as_object()
            .unwrap()
            .clone(),
            unions: Default::default(),
            version: None,
            also: Vec::new(),
        };
        let uses = uses(&schema);
        let list = |n: &str| uses[n].iter().cloned().collect::<Vec<_>>();
        assert_eq!(list("id"), ["meta.id", "meta.ids[]"]);
        assert_eq!(list("meta"), ["webhook.meta"]);
        assert!(!uses.contains_key("lonely"));
    }
}
