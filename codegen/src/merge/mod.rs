//! Two revisions of the schema as one that accepts the bodies of both
//! (`previous = "old.json"`): for Plain's upgrade path, one module whose
//! types read either version.
//!
//! Both documents are merged after hoisting, when every `$ref` names a
//! definition, so that definitions merge by name. The result accepts what
//! either accepts:
//! - an object's properties are the union, its required fields the
//!   intersection;
//! - enum values, `const`s and union branches are the union;
//! - where the two disagree on a constraint (a `format`, a `pattern`, a
//!   bound), it is dropped;
//! - where one value has incompatible shapes (an array in one, an object in
//!   the other), the result is `anyOf` both, an enum whose variants are
//!   named for what each shape is;
//! - a definition in one revision only is kept.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::unions::{const_str, non_null_branches};
use crate::walk::{def_ref, for_each_ref_mut, shallow_ref_name};

mod schemas;
#[cfg(test)]
mod tests;

use schemas::Cx;

/// Merges the hoisted `old` into the hoisted `new`. `declared` are the
/// definitions the old file itself has (the others were hoisted from it).
pub(crate) fn merge_docs(new: Value, mut old: Value, declared: &BTreeSet<String>) -> Value {
    align_payloads(&new, &mut old);
    let (Value::Object(mut new), Value::Object(mut old)) = (new, old) else {
        unreachable!("both loaded as objects")
    };
    let new_defs = take_defs(&mut new);
    let old_defs = take_defs(&mut old);
    let cx = Cx {
        new: &new_defs,
        old: &old_defs,
        widen: RefCell::new(Vec::new()),
    };
    let mut defs = Map::new();
    let names: BTreeSet<&String> = new_defs.keys().chain(old_defs.keys()).collect();
    for name in names {
        let merged = match (new_defs.get(name), old_defs.get(name)) {
            (Some(a), Some(b)) => cx.merge(a, b),
            (Some(one), None) | (None, Some(one)) => one.clone(),
            (None, None) => unreachable!("a name of one of them"),
        };
        defs.insert(name.clone(), merged);
    }
    let mut root = cx.merge(&Value::Object(new), &Value::Object(old));
    // Widening a definition can ask for more: until none is asked (each
    // round only loosens, so it ends; the bound is for safety).
    for _ in 0..16 {
        let asked = std::mem::take(&mut *cx.widen.borrow_mut());
        if asked.is_empty() {
            break;
        }
        for (name, other) in asked {
            if let Some(def) = defs.get(&name) {
                let wider = cx.merge(def, &other);
                defs.insert(name, wider);
            }
        }
    }
    drop_unreached(&root, &mut defs, |name| {
        new_defs.contains_key(name) || declared.contains(name)
    });
    root["definitions"] = Value::Object(defs);
    root
}

/// Drops the definitions hoisted from the old revision that nothing
/// reaches any more (the new side writes that schema in place): left, they
/// would take the names of the items written in place. Every definition
/// of either file is kept.
fn drop_unreached(root: &Value, defs: &mut Map<String, Value>, keep: impl Fn(&str) -> bool) {
    let mut reached = BTreeSet::new();
    let mut todo = vec![root.clone()];
    while let Some(mut v) = todo.pop() {
        for_each_ref_mut(&mut v, &mut |r| {
            if let Some(name) = shallow_ref_name(r) {
                if reached.insert(name.clone()) {
                    if let Some(d) = defs.get(&name) {
                        todo.push(d.clone());
                    }
                }
            }
        });
    }
    defs.retain(|name, _| reached.contains(name) || keep(name));
}

fn take_defs(doc: &mut Map<String, Value>) -> Map<String, Value> {
    match doc.remove("definitions") {
        Some(Value::Object(d)) => d,
        _ => Map::new(),
    }
}

/// Plain has swapped payload definition names between revisions (the
/// Slack and Teams "message sent" payloads): the old document's payload
/// definitions are renamed to the new one's names for the same
/// `eventType`, so that definitions merging by name describe one event.
fn align_payloads(new: &Value, old: &mut Value) {
    let by_event = |doc: &Value| -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let branches = doc
            .pointer("/properties/payload")
            .and_then(non_null_branches)
            .map(|(_, b, _)| b)
            .unwrap_or_default();
        for b in branches {
            let Some(name) = b
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(shallow_ref_name)
            else {
                continue;
            };
            let event = doc
                .pointer(&format!("/definitions/{name}/properties/eventType"))
                .and_then(const_str);
            if let Some(event) = event {
                out.insert(event.to_string(), name);
            }
        }
        out
    };
    let (new_names, old_names) = (by_event(new), by_event(old));
    let renames: BTreeMap<String, String> = old_names
        .iter()
        .filter_map(|(event, from)| {
            let to = new_names.get(event)?;
            (to != from).then(|| (from.clone(), to.clone()))
        })
        .collect();
    // Only a permutation of the payload names is safe to apply: any other
    // rename could take a name the old document uses for something else.
    let from: BTreeSet<&String> = renames.keys().collect();
    let to: BTreeSet<&String> = renames.values().collect();
    let taken_elsewhere = to
        .iter()
        .any(|t| !from.contains(t) && old.pointer(&format!("/definitions/{t}")).is_some());
    if renames.is_empty() || to.len() != renames.len() || taken_elsewhere {
        return;
    }
    for_each_ref_mut(old, &mut |r| {
        if let Some(to) = shallow_ref_name(r).and_then(|n| renames.get(&n)) {
            *r = def_ref(to);
        }
    });
    if let Some(defs) = old.get_mut("definitions").and_then(Value::as_object_mut) {
        let moved: Vec<(String, Value)> = renames
            .iter()
            .filter_map(|(from, to)| Some((to.clone(), defs.remove(from)?)))
            .collect();
        defs.extend(moved);
    }
}
