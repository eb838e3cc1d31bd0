//! Tokens for the const-tagged unions: an enum per union, read tag first by
//! the runtime's `tagged` (serde's own `tag = "…"` buffers every object, and
//! its errors stop at the union).

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use serde_json::{Map, Value};

use crate::naming::pascal;
use crate::normalize::{shallow_ref_name, Schema};
use crate::unions::Union;

/// One enum per const-tagged union of `schema`.
pub(crate) fn emit(
    schema: &Schema,
    names: &BTreeMap<String, TokenStream>,
    private: &TokenStream,
) -> TokenStream {
    schema
        .unions
        .iter()
        .map(|(name, u)| emit_union(name, u, names, private, &schema.definitions))
        .collect()
}

fn emit_union(
    name: &str,
    u: &Union,
    names: &BTreeMap<String, TokenStream>,
    private: &TokenStream,
    definitions: &Map<String, Value>,
) -> TokenStream {
    let ident = &names[name];
    let tag = &u.tag;
    let summary = format!(
        "One of {} kinds, told apart by `{tag}` (`#/definitions/{name}`).",
        u.variants.len()
    );
    let doc = crate::envelope::doc_attr(&match &u.description {
        Some(d) => format!("{d}\n\n{summary}"),
        None => summary,
    });

    let mut seen = BTreeSet::new();
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    for v in &u.variants {
        let mut vname = pascal(&v.value);
        let base = vname.clone();
        let mut i = 2;
        while !seen.insert(vname.clone()) {
            vname = format!("{base}{i}");
            i += 1;
        }
        let vident = Ident::new(&vname, Span::call_site());
        let value = &v.value;
        let vdoc = crate::envelope::doc_attr(&format!("`{tag}: {value:?}`"));
        match &v.def {
            Some(def) => {
                let ty = &names[def];
                // A variant that contains its own union needs the indirection.
                let ty = if reaches(definitions, def, name) {
                    quote!(::std::boxed::Box<#ty>)
                } else {
                    quote!(#ty)
                };
                variants.push(quote! { #vdoc #[serde(rename = #value)] #vident(#ty), });
                arms.push(quote! { #value => #private::tagged::fields(rest).map(Self::#vident), });
            }
            None => {
                variants.push(quote! { #vdoc #[serde(rename = #value)] #vident, });
                arms.push(
                    quote! { #value => #private::tagged::unit(rest).map(|()| Self::#vident), },
                );
            }
        }
    }
    let values = u.variants.iter().map(|v| &v.value);
    let enum_name = ident.to_string();
    // Serialize is serde's; Deserialize reads the tag first.
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, #private::serde::Serialize)]
        #[serde(tag = #tag)]
        pub enum #ident {
            #(#variants)*
        }
        impl<'de> #private::serde::Deserialize<'de> for #ident {
            fn deserialize<D: #private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                #private::tagged::deserialize(deserializer)
            }
        }
        #[doc(hidden)]
        impl #private::tagged::Tagged for #ident {
            const NAME: &'static str = #enum_name;
            const TAG: &'static str = #tag;
            const VARIANTS: &'static [&'static str] = &[#(#values),*];
            fn variant<'de, M: #private::serde::de::MapAccess<'de>>(
                tag: &str,
                rest: M,
            ) -> ::core::result::Result<Self, M::Error> {
                match tag {
                    #(#arms)*
                    _ => ::core::result::Result::Err(#private::tagged::unknown::<Self, M::Error>(tag)),
                }
            }
        }
    }
}

/// Whether `from` refers, through any chain of `$ref`s, to `to`.
fn reaches(definitions: &Map<String, Value>, from: &str, to: &str) -> bool {
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(name) = m
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(shallow_ref_name)
                {
                    out.push(name);
                }
                m.values().for_each(|x| refs(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_string()];
    while let Some(name) = todo.pop() {
        if name == to {
            return true;
        }
        if seen.insert(name.clone()) {
            if let Some(def) = definitions.get(&name) {
                refs(def, &mut todo);
            }
        }
    }
    false
}
