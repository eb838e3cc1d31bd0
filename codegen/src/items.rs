//! Tokens for the model's items: structs, enums, checked strings, consts
//! and unions, every crate reached through the runtime's `__private`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::envelope::doc_attr;
use crate::model::{Const, Item, Model, StringEnum, Struct, Tagged, Text, Ty, Untagged};

/// How generated code reaches the runtime.
pub(crate) struct Paths {
    /// `<runtime>::__private`, as tokens.
    pub private: TokenStream,
    /// The same, as the text serde's attributes take.
    pub private_text: String,
}

impl Paths {
    pub(crate) fn new(private: TokenStream) -> Self {
        let private_text = private.to_string().replace(' ', "");
        Self {
            private,
            private_text,
        }
    }

    /// `#[serde(crate = "…")]`.
    fn serde_crate(&self) -> TokenStream {
        let krate = format!("{}::serde", self.private_text);
        quote!(#[serde(crate = #krate)])
    }

    /// A runtime function's path, as serde's attributes take it.
    fn function(&self, name: &str) -> String {
        format!("{}::{name}", self.private_text)
    }
}

/// The tokens of a type.
pub(crate) fn ty(t: &Ty, p: &Paths) -> TokenStream {
    let private = &p.private;
    match t {
        Ty::Named(n) => {
            let ident = Ident::new(n, Span::call_site());
            quote!(#ident)
        }
        Ty::String => quote!(::std::string::String),
        Ty::Bool => quote!(bool),
        Ty::F64 => quote!(f64),
        Ty::I64 => quote!(i64),
        Ty::U64 => quote!(u64),
        Ty::NonZeroU64 => quote!(::core::num::NonZeroU64),
        Ty::DateTime => quote!(#private::chrono::DateTime<#private::chrono::Utc>),
        Ty::Date => quote!(#private::chrono::NaiveDate),
        Ty::Uuid => quote!(#private::uuid::Uuid),
        Ty::Json => quote!(#private::serde_json::Value),
        Ty::Unit => quote!(()),
        Ty::Option(t) => {
            let t = ty(t, p);
            quote!(::core::option::Option<#t>)
        }
        Ty::Vec(t) => {
            let t = ty(t, p);
            quote!(::std::vec::Vec<#t>)
        }
        Ty::Map(t) => {
            let t = ty(t, p);
            quote!(::std::collections::BTreeMap<::std::string::String, #t>)
        }
        Ty::Boxed(t) => {
            let t = ty(t, p);
            quote!(::std::boxed::Box<#t>)
        }
    }
}

/// Every item of the model, in name order.
pub(crate) fn emit(model: &Model, p: &Paths) -> TokenStream {
    model
        .items
        .iter()
        .map(|(name, item)| {
            let ident = Ident::new(name, Span::call_site());
            let doc = doc_attr(item.doc());
            let body = match item {
                Item::Struct(s) => structure(&ident, s, p),
                Item::Enum(e) => string_enum(&ident, e, p),
                Item::Const(c) => constant(&ident, c, p),
                Item::Text(t) => text(&ident, t, p),
                Item::Untagged(u) => untagged(&ident, u, p),
                Item::Tagged(t) => tagged(&ident, t, p),
            };
            quote!(#doc #body)
        })
        .collect()
}

fn derive_serde(p: &Paths, de: bool) -> TokenStream {
    let private = &p.private;
    let serde_crate = p.serde_crate();
    let de = de.then(|| quote!(#private::serde::Deserialize,));
    quote! {
        #[derive(#de #private::serde::Serialize)]
        #serde_crate
    }
}

fn structure(ident: &Ident, s: &Struct, p: &Paths) -> TokenStream {
    let serde = derive_serde(p, true);
    let closed = s.closed.then(|| quote!(#[serde(deny_unknown_fields)]));
    let fields = s.fields.iter().map(|f| {
        let name = format_ident!("{}", f.rust);
        let t = ty(&f.ty, p);
        let doc = f.doc.as_deref().map(doc_attr);
        let mut attrs = Vec::new();
        if f.rust != f.json {
            let json = &f.json;
            attrs.push(quote!(rename = #json));
        }
        match (&f.ty, f.required) {
            // Present, maybe `null`: absence is an error, as the schema says.
            (Ty::Option(_), true) => {
                let with = p.function("required_nullable");
                attrs.push(quote!(deserialize_with = #with));
            }
            (Ty::Option(_), false) => {
                attrs.push(quote!(
                    default,
                    skip_serializing_if = "::core::option::Option::is_none"
                ));
            }
            (Ty::Vec(_), false) => {
                attrs.push(quote!(
                    default,
                    skip_serializing_if = "::std::vec::Vec::is_empty"
                ));
            }
            (Ty::Map(_), false) => {
                attrs.push(quote!(
                    default,
                    skip_serializing_if = "::std::collections::BTreeMap::is_empty"
                ));
            }
            _ => {}
        }
        let attrs = (!attrs.is_empty()).then(|| quote!(#[serde(#(#attrs),*)]));
        quote! { #doc #attrs pub #name: #t, }
    });
    quote! {
        #[derive(Clone, Debug, PartialEq)]
        #serde
        #closed
        pub struct #ident {
            #(#fields)*
        }
    }
}

fn string_enum(ident: &Ident, e: &StringEnum, p: &Paths) -> TokenStream {
    let serde = derive_serde(p, true);
    let variants = e.variants.iter().map(|(rust, json)| {
        let v = format_ident!("{rust}");
        let rename = (rust != json).then(|| quote!(#[serde(rename = #json)]));
        quote!(#rename #v,)
    });
    quote! {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #serde
        pub enum #ident {
            #(#variants)*
        }
    }
}

fn constant(ident: &Ident, c: &Const, p: &Paths) -> TokenStream {
    let private = &p.private;
    let value = &c.value;
    quote! {
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct #ident;
        impl #ident {
            /// The one value.
            pub const VALUE: &'static str = #value;
        }
        impl #private::serde::Serialize for #ident {
            fn serialize<S: #private::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                s.serialize_str(Self::VALUE)
            }
        }
        impl<'de> #private::serde::Deserialize<'de> for #ident {
            fn deserialize<D: #private::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                #private::constant(d, Self::VALUE).map(|()| Self)
            }
        }
    }
}

fn text(ident: &Ident, t: &Text, p: &Paths) -> TokenStream {
    let private = &p.private;
    let serde_crate = p.serde_crate();
    let some = |v: &Option<u64>| match v {
        Some(n) => {
            let n = *n as usize;
            quote!(::core::option::Option::Some(#n))
        }
        None => quote!(::core::option::Option::None),
    };
    let pattern = match &t.pattern {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    };
    let (min, max) = (some(&t.min_length), some(&t.max_length));
    quote! {
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, #private::serde::Serialize)]
        #serde_crate
        #[serde(transparent)]
        pub struct #ident(::std::string::String);
        impl #ident {
            /// The string.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl ::core::ops::Deref for #ident {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl<'de> #private::serde::Deserialize<'de> for #ident {
            fn deserialize<D: #private::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                static CHECK: #private::TextCheck = #private::TextCheck::new(#pattern, #min, #max);
                CHECK.deserialize(d).map(Self)
            }
        }
    }
}

fn untagged(ident: &Ident, u: &Untagged, p: &Paths) -> TokenStream {
    let private = &p.private;
    let serde = derive_serde(p, false);
    let name = ident.to_string();
    let variants = u.variants.iter().map(|(v, t)| {
        let (v, t) = (format_ident!("{v}"), ty(t, p));
        quote!(#v(#t),)
    });
    let tries = u.variants.iter().map(|(v, _)| {
        let v = format_ident!("{v}");
        quote!(|v| #private::from_value(v).map(Self::#v),)
    });
    quote! {
        #[derive(Clone, Debug, PartialEq)]
        #serde
        #[serde(untagged)]
        pub enum #ident {
            #(#variants)*
        }
        /// The first variant, in order, that the value fits.
        impl<'de> #private::serde::Deserialize<'de> for #ident {
            fn deserialize<D: #private::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                #private::untagged(d, #name, &[#(#tries)*])
            }
        }
    }
}

fn tagged(ident: &Ident, t: &Tagged, p: &Paths) -> TokenStream {
    let private = &p.private;
    let serde = derive_serde(p, false);
    let tag = &t.tag;
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    for v in &t.variants {
        let (vident, value) = (format_ident!("{}", v.rust), &v.value);
        let doc = doc_attr(&format!("`{tag}: {value:?}`"));
        match &v.ty {
            Some(inner) => {
                let inner = ty(inner, p);
                variants.push(quote! { #doc #[serde(rename = #value)] #vident(#inner), });
                arms.push(quote! { #value => #private::tagged::fields(rest).map(Self::#vident), });
            }
            None => {
                variants.push(quote! { #doc #[serde(rename = #value)] #vident, });
                arms.push(
                    quote! { #value => #private::tagged::unit(rest).map(|()| Self::#vident), },
                );
            }
        }
    }
    let values = t.variants.iter().map(|v| &v.value);
    let name = ident.to_string();
    // Serialize is serde's; Deserialize reads the tag first.
    quote! {
        #[derive(Clone, Debug, PartialEq)]
        #serde
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
            const NAME: &'static str = #name;
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
