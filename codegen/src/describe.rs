//! A description for every definition the schema leaves without one, so
//! that rustdoc says what a type is for (the definition it comes from, and
//! where it is used) instead of repeating its name.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::walk::{def_ref, segments, shallow_ref_name, walk};

/// At most this many places are named; the rest are counted.
const SHOWN: usize = 4;

/// Writes a `description` into every definition object of `defs` that has
/// none; `root` is the schema without its definitions.
pub(crate) fn describe_undocumented(root: &Map<String, Value>, defs: &mut Map<String, Value>) {
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
    walk(&Value::Object(root.clone()), "#", &mut note);
    for (name, def) in defs.iter() {
        walk(def, &def_ref(name), &mut note);
    }
    for (name, def) in defs.iter_mut() {
        let Some(o) = def.as_object_mut() else {
            continue;
        };
        if o.contains_key("description") {
            continue;
        }
        let mut text = format!("Plain's `{name}` definition, which the schema does not describe.");
        if let Some(places) = users.get(name).filter(|p| !p.is_empty()) {
            let shown: Vec<String> = places
                .iter()
                .take(SHOWN)
                .map(|p| format!("`{p}`"))
                .collect();
            text.push_str(&format!(" Used in {}", shown.join(", ")));
            if places.len() > SHOWN {
                text.push_str(&format!(" and {} more", places.len() - SHOWN));
            }
            text.push('.');
        }
        o.insert("description".into(), Value::String(text));
    }
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
    fn undescribed_definitions_say_where_they_are_used() {
        let root = json!({"properties": {"meta": {"$ref": "#/definitions/meta"}}});
        let mut defs = json!({
            "meta": {"type": "object", "properties": {"id": {"$ref": "#/definitions/id"}}},
            "id": {"type": "string"},
            "told": {"type": "string", "description": "Said."},
            "lonely": {"type": "string"},
            "yes": true
        });
        let defs_map = defs.as_object_mut().unwrap();
        describe_undocumented(root.as_object().unwrap(), defs_map);
        let d = |n: &str| defs[n]["description"].clone();
        assert_eq!(
            d("id"),
            json!(
                "Plain's `id` definition, which the schema does not describe. Used in `meta.id`."
            )
        );
        assert_eq!(
            d("meta"),
            json!("Plain's `meta` definition, which the schema does not describe. Used in `webhook.meta`.")
        );
        assert_eq!(d("told"), json!("Said."));
        assert_eq!(
            d("lonely"),
            json!("Plain's `lonely` definition, which the schema does not describe.")
        );
        assert_eq!(defs["yes"], json!(true));
    }
}
