//! Adjustments of typify's output that its settings cannot express.

use proc_macro2::Ident;
use quote::quote;
use syn::visit_mut::{self, VisitMut};

/// Applies every adjustment to typify's items.
pub(crate) fn adjust(file: &mut syn::File) {
    DistinctFields.visit_file_mut(file);
    for item in &mut file.items {
        // typify's `defaults` module holds the functions serde's `default`
        // attributes call: not for users.
        if let syn::Item::Mod(m) = item {
            if m.ident == "defaults" {
                m.attrs.push(syn::parse_quote!(#[doc(hidden)]));
            }
        }
    }
}

/// typify names fields by snake-casing property names, so `fooBar` and
/// `foo_bar` (or `self` and `Self`) would both become `foo_bar`: a later
/// duplicate gets a numbered name. serde's `rename` keeps the JSON name, and
/// struct expressions (typify's `Default` impls) list fields in the same
/// order, so they are renamed alike.
struct DistinctFields;

fn distinct<'a>(idents: impl Iterator<Item = &'a mut Ident>) {
    let mut idents: Vec<&mut Ident> = idents.collect();
    let mut taken: std::collections::BTreeSet<String> =
        idents.iter().map(|i| i.to_string()).collect();
    let mut seen = std::collections::BTreeSet::new();
    for ident in &mut idents {
        let name = ident.to_string();
        if seen.insert(name.clone()) {
            continue;
        }
        let base = name.trim_start_matches("r#");
        let fresh = (2..)
            .map(|n| format!("{base}_{n}"))
            .find(|c| !taken.contains(c))
            .expect("an unused name exists");
        taken.insert(fresh.clone());
        **ident = Ident::new(&fresh, ident.span());
    }
}

impl VisitMut for DistinctFields {
    fn visit_fields_named_mut(&mut self, fields: &mut syn::FieldsNamed) {
        let before: Vec<Option<String>> = fields
            .named
            .iter()
            .map(|f| f.ident.as_ref().map(|i| i.to_string()))
            .collect();
        distinct(fields.named.iter_mut().filter_map(|f| f.ident.as_mut()));
        for (field, old) in fields.named.iter_mut().zip(before) {
            let renamed = field.ident.as_ref().map(|i| i.to_string()) != old;
            let has_rename = field
                .attrs
                .iter()
                .any(|a| a.path().is_ident("serde") && quote!(#a).to_string().contains("rename"));
            if let (true, false, Some(old)) = (renamed, has_rename, old) {
                // The JSON name was the old identifier itself.
                let json = old.trim_start_matches("r#").to_string();
                field
                    .attrs
                    .push(syn::parse_quote!(#[serde(rename = #json)]));
            }
        }
        visit_mut::visit_fields_named_mut(self, fields);
    }

    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        distinct(e.fields.iter_mut().filter_map(|f| match &mut f.member {
            syn::Member::Named(i) => Some(i),
            syn::Member::Unnamed(_) => None,
        }));
        visit_mut::visit_expr_struct_mut(self, e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colliding_fields_are_numbered_and_keep_their_json_names() {
        let mut file: syn::File = syn::parse_quote! {
            pub struct S {
                #[serde(rename = "fooBar")]
                pub foo_bar: u8,
                pub foo_bar: u8,
                #[serde(rename = "foo-bar")]
                pub foo_bar: u8,
            }
            impl Default for S {
                fn default() -> Self {
                    S { foo_bar: 1, foo_bar: 2, foo_bar: 3 }
                }
            }
            pub mod defaults {}
        };
        adjust(&mut file);
        let out = quote!(#file).to_string().replace(' ', "");
        for expected in [
            "#[serde(rename=\"fooBar\")]pubfoo_bar:u8",
            "#[serde(rename=\"foo_bar\")]pubfoo_bar_2:u8",
            "#[serde(rename=\"foo-bar\")]pubfoo_bar_3:u8",
            "S{foo_bar:1,foo_bar_2:2,foo_bar_3:3}",
            "#[doc(hidden)]pubmoddefaults",
        ] {
            assert!(out.contains(expected), "no `{expected}` in {out}");
        }
    }
}
