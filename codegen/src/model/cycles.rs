//! Boxing where items hold each other: run once every item is known.

use std::collections::BTreeSet;

use super::{Item, Model, Ty};

impl Model {
    /// Boxes every by-value use of an item that leads back to the item
    /// holding it, so that no type has infinite size.
    pub(super) fn box_cycles(&mut self) {
        let names: Vec<String> = self.items.keys().cloned().collect();
        for name in names {
            let mut fields: Vec<Ty> = match &self.items[&name] {
                Item::Struct(s) => s.fields.iter().map(|f| f.ty.clone()).collect(),
                Item::Untagged(u) => u.variants.iter().map(|(_, t)| t.clone()).collect(),
                Item::Tagged(t) => t.variants.iter().filter_map(|v| v.ty.clone()).collect(),
                _ => continue,
            };
            let mut changed = false;
            for ty in &mut fields {
                let held: Vec<String> = ty.by_value().into_iter().map(str::to_string).collect();
                for h in held {
                    if h == name || self.reaches(&h, &name) {
                        *ty = std::mem::replace(ty, Ty::Unit).boxing(&h);
                        changed = true;
                    }
                }
            }
            if !changed {
                continue;
            }
            let mut fields = fields.into_iter();
            match self.items.get_mut(&name).expect("listed") {
                Item::Struct(s) => s
                    .fields
                    .iter_mut()
                    .for_each(|f| f.ty = fields.next().expect("one each")),
                Item::Untagged(u) => u
                    .variants
                    .iter_mut()
                    .for_each(|v| v.1 = fields.next().expect("one each")),
                Item::Tagged(t) => t
                    .variants
                    .iter_mut()
                    .filter(|v| v.ty.is_some())
                    .for_each(|v| v.ty = fields.next()),
                _ => {}
            }
        }
    }

    /// Whether item `from` holds item `to` by value, at any depth.
    fn reaches(&self, from: &str, to: &str) -> bool {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(n) = todo.pop() {
            if !seen.insert(n.clone()) {
                continue;
            }
            let held: Vec<&Ty> = match self.items.get(&n) {
                Some(Item::Struct(s)) => s.fields.iter().map(|f| &f.ty).collect(),
                Some(Item::Untagged(u)) => u.variants.iter().map(|(_, t)| t).collect(),
                Some(Item::Tagged(t)) => t.variants.iter().filter_map(|v| v.ty.as_ref()).collect(),
                _ => Vec::new(),
            };
            for ty in held {
                for h in ty.by_value() {
                    if h == to {
                        return true;
                    }
                    todo.push(h.to_string());
                }
            }
        }
        false
    }
}
