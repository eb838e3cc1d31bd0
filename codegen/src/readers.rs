//! One-pass readers (the runtime's `fast::Fast`) for the generated types.
//!
//! Each reader must give exactly what the type's `Deserialize` gives, or
//! `None`. So a reader is written only for shapes whose serde meaning is
//! plain: structs whose fields carry only the attributes below, enums of
//! renamed unit variants, newtypes, and strings read through `FromStr`.
//! Every other type (internally tagged and untagged enums, anything with an
//! attribute not handled here) gets a reader that cuts its value out of the
//! body and hands it to serde_json.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// Field attributes whose meaning the struct reader reproduces; the
/// serializing ones do not affect reading.
const FIELD_KEYS: &[&str] = &[
    "rename",
    "default",
    "deserialize_with",
    "serialize_with",
    "skip_serializing_if",
    "borrow",
];

/// Types the runtime reads itself (`fast.rs`), by their last path segment;
/// none of them asks serde for an `Option`.
const SCALARS: &[&str] = &[
    "String",
    "bool",
    "u8",
    "u16",
    "u32",
    "u64",
    "i8",
    "i16",
    "i32",
    "i64",
    "f32",
    "f64",
    "Value",
    "NonZeroU64",
    "NonZeroU32",
    "NonZeroI64",
];

/// The types that will have a reader: those of `file` with a
/// `Deserialize`, and `extra`, defined elsewhere (the const-tagged unions).
pub(crate) fn known(file: &syn::File, extra: impl IntoIterator<Item = String>) -> BTreeSet<String> {
    let mut known: BTreeSet<String> = extra.into_iter().collect();
    known.extend(file.items.iter().filter_map(deserialized));
    known
}

/// Readers for the items of `file`.
pub(crate) fn readers(
    file: &syn::File,
    known: &BTreeSet<String>,
    private: &TokenStream,
) -> TokenStream {
    let structs = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some((s.ident.to_string(), s)),
            _ => None,
        })
        .collect();
    // Types defined elsewhere (the const-tagged unions) read a map.
    let defined: BTreeSet<String> = file.items.iter().filter_map(deserialized).collect();
    let mut strict: BTreeSet<String> = known.difference(&defined).cloned().collect();
    strict.extend(file.items.iter().filter_map(|item| {
        match item {
            syn::Item::Struct(s)
                if derives_deserialize(&s.attrs)
                    && !serde_entries(&s.attrs)
                        .is_some_and(|e| e.iter().any(|(k, _)| k == "transparent")) =>
            {
                Some(s.ident.to_string())
            }
            syn::Item::Enum(e) if derives_deserialize(&e.attrs) => Some(e.ident.to_string()),
            syn::Item::Impl(i) if implements_deserialize(i) && reads_from_str(i) => self_name(i),
            _ => None,
        }
    }));
    let readers = Readers {
        known,
        private,
        structs,
        strict,
    };
    file.items
        .iter()
        .filter_map(|item| readers.item(item))
        .collect()
}

/// The reader for an item defined outside typify's output: a struct, or
/// (for any other type) serde's reading of the value.
pub(crate) fn struct_reader(
    s: &syn::ItemStruct,
    known: &BTreeSet<String>,
    private: &TokenStream,
) -> TokenStream {
    let readers = Readers {
        known,
        private,
        structs: BTreeMap::new(),
        strict: BTreeSet::new(),
    };
    readers
        .structure(s)
        .unwrap_or_else(|| readers.via_serde(&s.ident, &s.generics))
}

/// The name of a type the item gives a `Deserialize` (derived or written).
fn deserialized(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) if derives_deserialize(&s.attrs) => Some(s.ident.to_string()),
        syn::Item::Enum(e) if derives_deserialize(&e.attrs) => Some(e.ident.to_string()),
        syn::Item::Impl(i) if implements_deserialize(i) => self_name(i),
        _ => None,
    }
}

fn derives_deserialize(attrs: &[syn::Attribute]) -> bool {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .any(|a| {
            let mut found = false;
            let _ = a.parse_nested_meta(|meta| {
                found |= meta
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "Deserialize");
                Ok(())
            });
            found
        })
}

fn implements_deserialize(i: &syn::ItemImpl) -> bool {
    i.trait_.as_ref().is_some_and(|(_, path, _)| {
        path.segments
            .last()
            .is_some_and(|s| s.ident == "Deserialize")
    })
}

fn self_name(i: &syn::ItemImpl) -> Option<String> {
    match &*i.self_ty {
        syn::Type::Path(p) if p.qself.is_none() => p.path.get_ident().map(|i| i.to_string()),
        _ => None,
    }
}

/// Whether the `Deserialize` impl is one call of the runtime's
/// `strings::deserialize_from_str`: typify's constrained strings, as
/// `rewrite.rs` leaves them.
fn reads_from_str(i: &syn::ItemImpl) -> bool {
    i.items.iter().any(|item| {
        let syn::ImplItem::Fn(f) = item else {
            return false;
        };
        let [syn::Stmt::Expr(syn::Expr::Call(call), None)] = f.block.stmts.as_slice() else {
            return false;
        };
        let syn::Expr::Path(p) = &*call.func else {
            return false;
        };
        let names: Vec<String> = p
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        f.sig.ident == "deserialize"
            && names.ends_with(&["strings".into(), "deserialize_from_str".into()])
    })
}

/// `#[serde(...)]` entries: (key, value as written, if any).
fn serde_entries(attrs: &[syn::Attribute]) -> Option<Vec<(String, Option<syn::Expr>)>> {
    let mut entries = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            let key = meta
                .path
                .get_ident()
                .map(|i| i.to_string())
                .unwrap_or_default();
            let value = if meta.input.peek(syn::Token![=]) {
                Some(meta.value()?.parse::<syn::Expr>()?)
            } else {
                None
            };
            entries.push((key, value));
            Ok(())
        })
        .ok()?;
    }
    Some(entries)
}

fn string_value(e: &syn::Expr) -> Option<String> {
    match e {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}

/// The last path segment's name and its type arguments.
fn last_segment(ty: &syn::Type) -> Option<(String, Vec<&syn::Type>)> {
    let syn::Type::Path(p) = ty else {
        return None;
    };
    if p.qself.is_some() {
        return None;
    }
    let last = p.path.segments.last()?;
    let args = match &last.arguments {
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    Some((last.ident.to_string(), args))
}

/// How a field's value is read.
enum Read {
    /// By its type's own reader.
    Fast,
    /// By this expression, of type `Option<T>`.
    Expr(TokenStream),
}

impl Read {
    fn expr(self, private: &TokenStream) -> TokenStream {
        match self {
            Read::Fast => quote!(#private::fast::Fast::fast(r)),
            Read::Expr(e) => e,
        }
    }
}

struct Readers<'a> {
    known: &'a BTreeSet<String>,
    private: &'a TokenStream,
    /// The file's structs, by name (for the variants of untagged enums).
    structs: BTreeMap<String, &'a syn::ItemStruct>,
    /// Types whose `Deserialize` surely fails on a missing field: it never
    /// asks for an `Option` (see [`Readers::fails_when_missing`]).
    strict: BTreeSet<String>,
}

impl Readers<'_> {
    fn item(&self, item: &syn::Item) -> Option<TokenStream> {
        match item {
            syn::Item::Struct(s) if derives_deserialize(&s.attrs) => Some(
                self.structure(s)
                    .unwrap_or_else(|| self.via_serde(&s.ident, &s.generics)),
            ),
            syn::Item::Enum(e) if derives_deserialize(&e.attrs) => Some(
                self.unit_enum(e)
                    .or_else(|| self.untagged(e))
                    .unwrap_or_else(|| self.via_serde(&e.ident, &e.generics)),
            ),
            syn::Item::Impl(i) if implements_deserialize(i) => {
                let name = Ident::new(&self_name(i)?, Span::call_site());
                Some(if reads_from_str(i) {
                    self.parsed_string(&name)
                } else {
                    self.via_serde(&name, &syn::Generics::default())
                })
            }
            _ => None,
        }
    }

    /// Whether every type in `ty` has a reader.
    fn knows(&self, ty: &syn::Type, generics: &syn::Generics) -> bool {
        let Some((name, args)) = last_segment(ty) else {
            return false;
        };
        let single = matches!(ty, syn::Type::Path(p) if p.path.segments.len() == 1);
        match name.as_str() {
            n if SCALARS.contains(&n) => args.is_empty(),
            "Option" | "Vec" | "Box" => {
                args.len() == 1 && args.iter().all(|a| self.knows(a, generics))
            }
            "Cow" => quote!(#ty).to_string().replace(' ', "").ends_with(",str>"),
            "DateTime" => crate::rewrite::is_utc_datetime(ty),
            _ => {
                single
                    && args.is_empty()
                    && (self.known.contains(&name)
                        || generics.type_params().any(|p| p.ident == name))
            }
        }
    }

    /// How one field's value is read.
    fn field_read(
        &self,
        ty: &syn::Type,
        with: Option<&syn::Expr>,
        generics: &syn::Generics,
    ) -> Option<Read> {
        let private = self.private;
        let with = match with {
            Some(e) => Some(syn::parse_str::<syn::Path>(&string_value(e)?).ok()?),
            None => None,
        };
        Some(Read::Expr(match with {
            Some(path) => {
                let last = path.segments.last()?.ident.to_string();
                let module = path
                    .segments
                    .iter()
                    .rev()
                    .nth(1)
                    .map(|s| s.ident.to_string());
                let is_option = last_segment(ty).is_some_and(|(n, _)| n == "Option");
                match (module.as_deref(), last.as_str()) {
                    (Some("datetime"), "deserialize") => quote!(r.datetime()),
                    (Some("datetime"), "deserialize_option") => quote!(r.datetime_option()),
                    (Some("strings"), "deserialize_from_str") => quote!(r.parsed::<#ty>()),
                    // typify's required nullable field: `Option`'s own reading.
                    (Some("Option"), "deserialize") if is_option && self.knows(ty, generics) => {
                        return Some(Read::Fast);
                    }
                    _ => quote!({
                        use #private::serde::Deserialize as _;
                        r.with(|d| #path(d))
                    }),
                }
            }
            None if self.knows(ty, generics) => return Some(Read::Fast),
            None => quote!(r.serde::<#ty>()),
        }))
    }

    /// The reader's lifetime, and the `impl` header for `name`.
    fn header(&self, name: &Ident, generics: &syn::Generics) -> (syn::Lifetime, TokenStream) {
        let (lt, header, _, _) = self.headers(name, generics);
        (lt, header)
    }

    /// As [`Self::header`], then the header of an inherent `impl` and the
    /// generics its reading function needs.
    fn headers(
        &self,
        name: &Ident,
        generics: &syn::Generics,
    ) -> (syn::Lifetime, TokenStream, TokenStream, TokenStream) {
        let private = self.private;
        let (lt, params) = match generics.lifetimes().next() {
            Some(l) => (l.lifetime.clone(), quote!()),
            None => {
                let l = syn::Lifetime::new("'__r", Span::call_site());
                (l.clone(), quote!(#l,))
            }
        };
        let own = generics.params.iter().map(|p| match p {
            syn::GenericParam::Type(t) => {
                let i = &t.ident;
                quote!(#i: #private::fast::Fast<#lt>)
            }
            other => quote!(#other),
        });
        let (_, ty_generics, _) = generics.split_for_impl();
        let own: Vec<TokenStream> = own.collect();
        let header = quote! {
            impl<#params #(#own),*> #private::fast::Fast<#lt> for #name #ty_generics
        };
        let (inherent, method) = if params.is_empty() {
            (quote!(impl<#(#own),*> #name #ty_generics), quote!())
        } else {
            (quote!(impl #name), quote!(<#lt>))
        };
        (lt, header, inherent, method)
    }

    fn via_serde(&self, name: &Ident, generics: &syn::Generics) -> TokenStream {
        let private = self.private;
        let (lt, header) = self.header(name, generics);
        quote! {
            #header {
                fn fast(r: &mut #private::fast::Reader<#lt>) -> ::core::option::Option<Self> {
                    r.serde()
                }
            }
        }
    }

    fn parsed_string(&self, name: &Ident) -> TokenStream {
        let private = self.private;
        quote! {
            impl<'__r> #private::fast::Fast<'__r> for #name {
                fn fast(r: &mut #private::fast::Reader<'__r>) -> ::core::option::Option<Self> {
                    r.parsed()
                }
            }
        }
    }

    fn structure(&self, s: &syn::ItemStruct) -> Option<TokenStream> {
        let private = self.private;
        let container = serde_entries(&s.attrs)?;
        let mut closed = false;
        for (key, _) in &container {
            match key.as_str() {
                "crate" | "transparent" => {}
                "deny_unknown_fields" => closed = true,
                _ => return None,
            }
        }
        let (lt, header, inherent, method) = self.headers(&s.ident, &s.generics);
        let transparent = container.iter().any(|(k, _)| k == "transparent");
        // A newtype reads as its one field, transparent or not; so does a
        // transparent struct.
        let newtype = match &s.fields {
            syn::Fields::Unnamed(f) if f.unnamed.len() == 1 => Some((&f.unnamed[0], None)),
            syn::Fields::Named(f) if transparent && f.named.len() == 1 => {
                Some((&f.named[0], f.named[0].ident.as_ref()))
            }
            _ => None,
        };
        if let Some((field, name)) = newtype {
            let with = field_with(&field.attrs)?;
            let read = self
                .field_read(&field.ty, with.as_ref(), &s.generics)?
                .expr(private);
            let value = match name {
                Some(name) => quote!(Self { #name: #read? }),
                None => quote!(Self(#read?)),
            };
            return Some(quote! {
                #header {
                    fn fast(r: &mut #private::fast::Reader<#lt>) -> ::core::option::Option<Self> {
                        ::core::option::Option::Some(#value)
                    }
                }
            });
        }
        let syn::Fields::Named(fields) = &s.fields else {
            return None;
        };
        if transparent {
            return None;
        }
        let mut slots = Vec::new();
        let mut arms = Vec::new();
        let mut inits = Vec::new();
        for (i, field) in fields.named.iter().enumerate() {
            let ident = field.ident.as_ref()?;
            let entries = serde_entries(&field.attrs)?;
            let mut json = ident.to_string().trim_start_matches("r#").to_string();
            let mut with = None;
            let mut default = None;
            for (key, value) in entries {
                if !FIELD_KEYS.contains(&key.as_str()) {
                    return None;
                }
                match (key.as_str(), value) {
                    ("rename", Some(v)) => json = string_value(&v)?,
                    ("rename", None) => return None,
                    ("deserialize_with", v) => with = Some(v?),
                    ("default", None) => default = Some(None),
                    ("default", Some(v)) => {
                        default = Some(Some(syn::parse_str::<syn::Path>(&string_value(&v)?).ok()?))
                    }
                    _ => {}
                }
            }
            let ty = &field.ty;
            let slot = Ident::new(&format!("__f{i}"), Span::call_site());
            let read = self.field_read(ty, with.as_ref(), &s.generics)?;
            slots.push(quote! {
                let mut #slot: ::core::option::Option<#ty> = ::core::option::Option::None;
            });
            // One short line per field: the readers double the generated
            // code, and its size is what a user's build pays for.
            arms.push(match read {
                Read::Fast => quote!(#json => r.field(&mut #slot)?,),
                Read::Expr(read) => quote!(#json => #private::fast::put(&mut #slot, #read)?,),
            });
            // What serde does for a missing field.
            let is_option = last_segment(ty).is_some_and(|(n, _)| n == "Option");
            let init = match default {
                Some(None) => quote!(#slot.unwrap_or_default()),
                Some(Some(path)) => quote!(#slot.unwrap_or_else(#path)),
                None if is_option && with.is_none() => {
                    quote!(#slot.unwrap_or(::core::option::Option::None))
                }
                None => quote!(#slot?),
            };
            inits.push(quote!(#ident: #init,));
        }
        let unknown = if closed {
            quote!(return ::core::option::Option::None)
        } else {
            quote!(r.skip()?)
        };
        // One body for both entries: `tag` is `None` for a whole object.
        Some(quote! {
            #header {
                fn fast(r: &mut #private::fast::Reader<#lt>) -> ::core::option::Option<Self> {
                    r.object()?;
                    Self::__fields(r, true, ::core::option::Option::None)
                }

                fn fast_rest(
                    r: &mut #private::fast::Reader<#lt>,
                    tag: &str,
                ) -> ::core::option::Option<Self> {
                    Self::__fields(r, false, ::core::option::Option::Some(tag))
                }
            }

            #inherent {
                #[inline]
                fn __fields #method(
                    r: &mut #private::fast::Reader<#lt>,
                    mut first: bool,
                    tag: ::core::option::Option<&str>,
                ) -> ::core::option::Option<Self> {
                    #(#slots)*
                    while let ::core::option::Option::Some(key) = r.key(&mut first)? {
                        if tag == ::core::option::Option::Some(key) {
                            return ::core::option::Option::None;
                        }
                        match key {
                            #(#arms)*
                            _ => #unknown,
                        }
                    }
                    ::core::option::Option::Some(Self { #(#inits)* })
                }
            }
        })
    }

    /// The JSON names of `fields`, and of those without which serde surely
    /// fails to read them: no `default`, and either a `deserialize_with`
    /// (serde then reports a missing field itself) or a type that
    /// [fails when missing](Self::fails_when_missing). `None` if an
    /// attribute could make a field go by another name.
    fn json_keys(&self, fields: &syn::FieldsNamed) -> Option<(Vec<String>, Vec<String>)> {
        let mut names = Vec::new();
        let mut required = Vec::new();
        for field in &fields.named {
            let mut json = field
                .ident
                .as_ref()?
                .to_string()
                .trim_start_matches("r#")
                .to_string();
            let (mut default, mut with) = (false, false);
            for (key, value) in serde_entries(&field.attrs)? {
                match (key.as_str(), value) {
                    ("rename", Some(v)) => json = string_value(&v)?,
                    ("default", _) => default = true,
                    ("deserialize_with", _) => with = true,
                    (k, _) if FIELD_KEYS.contains(&k) && k != "rename" => {}
                    _ => return None,
                }
            }
            if !default && (with || self.fails_when_missing(&field.ty)) {
                required.push(json.clone());
            }
            names.push(json);
        }
        Some((names, required))
    }

    /// Whether serde surely fails when a field of type `ty` is missing:
    /// serde then hands the type a deserializer that reads `None` for an
    /// `Option` and fails for anything else, so a type that asks for an
    /// `Option`, even through a transparent newtype (`NullableDatetime`),
    /// reads as missing.
    fn fails_when_missing(&self, ty: &syn::Type) -> bool {
        let Some((name, args)) = last_segment(ty) else {
            return false;
        };
        let single = matches!(ty, syn::Type::Path(p) if p.path.segments.len() == 1);
        match name.as_str() {
            n if SCALARS.contains(&n) => args.is_empty(),
            "Vec" => args.len() == 1,
            "Box" => args.len() == 1 && self.fails_when_missing(args[0]),
            "DateTime" => crate::rewrite::is_utc_datetime(ty),
            _ => single && args.is_empty() && self.strict.contains(&name),
        }
    }

    /// An untagged enum whose variants are objects: serde tries them in
    /// order and keeps the first that reads. A variant lacking a key serde
    /// requires surely fails, so the first variant whose required keys are
    /// all present is the one serde would try first with a chance; its
    /// reader's answer is the answer (`None` if it is not sure).
    fn untagged(&self, e: &syn::ItemEnum) -> Option<TokenStream> {
        let private = self.private;
        let container = serde_entries(&e.attrs)?;
        if !container.iter().any(|(k, _)| k == "untagged")
            || container
                .iter()
                .any(|(k, _)| k != "untagged" && k != "crate")
            || !e.generics.params.is_empty()
        {
            return None;
        }
        let name = &e.ident;
        let mut helpers = Vec::new();
        let mut tries = Vec::new();
        let mut variants = Vec::new();
        for v in &e.variants {
            if !serde_entries(&v.attrs)?.is_empty() {
                return None;
            }
            let vident = &v.ident;
            match &v.fields {
                syn::Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                    let ty = &f.unnamed[0].ty;
                    if !serde_entries(&f.unnamed[0].attrs)?.is_empty() {
                        return None;
                    }
                    let (type_name, args) = last_segment(ty)?;
                    let target = self.structs.get(&type_name)?;
                    let syn::Fields::Named(fields) = &target.fields else {
                        return None;
                    };
                    if !args.is_empty()
                        || !derives_deserialize(&target.attrs)
                        || serde_entries(&target.attrs)?
                            .iter()
                            .any(|(k, _)| k != "crate" && k != "deny_unknown_fields")
                    {
                        return None;
                    }
                    let (names, required) = self.json_keys(fields)?;
                    let read =
                        quote!(<#ty as #private::fast::Fast<'__r>>::fast(r).map(Self::#vident));
                    tries.push(quote! {
                        if [#(#required),*].iter().all(|k| keys.contains(k)) {
                            return #read;
                        }
                    });
                    variants.push((names, required, read));
                }
                syn::Fields::Named(fields) => {
                    let (json_names, required) = self.json_keys(fields)?;
                    // The variant's fields as a struct of their own, to reuse
                    // the struct reader.
                    let helper = Ident::new(&format!("__Fast{name}{vident}"), Span::call_site());
                    let item: syn::ItemStruct = syn::parse_quote! {
                        struct #helper #fields
                    };
                    let reader = self.structure(&item)?;
                    let names: Vec<&Ident> = fields
                        .named
                        .iter()
                        .filter_map(|f| f.ident.as_ref())
                        .collect();
                    let plain_fields = fields.named.iter().map(|f| {
                        let (ident, ty) = (&f.ident, &f.ty);
                        quote!(#ident: #ty,)
                    });
                    helpers.push(quote! {
                        struct #helper { #(#plain_fields)* }
                        #reader
                    });
                    let read = quote! {
                        <#helper as #private::fast::Fast<'__r>>::fast(r)
                            .map(|h| Self::#vident { #(#names: h.#names),* })
                    };
                    tries.push(quote! {
                        if [#(#required),*].iter().all(|k| keys.contains(k)) {
                            return #read;
                        }
                    });
                    variants.push((json_names, required, read));
                }
                _ => return None,
            }
        }
        // Listing the object's keys first means reading it twice. One
        // variant is read straight away instead, if every variant before it
        // needs a key it does not have: when the object has no other keys,
        // serde fails those for a missing field and picks this one.
        // Among such variants, the one with the most fields.
        let eligible = variants.iter().enumerate().filter(|(k, (names, _, _))| {
            variants[..*k]
                .iter()
                .all(|(_, required, _)| required.iter().any(|key| !names.contains(key)))
        });
        let attempt = eligible
            .max_by_key(|(k, (names, _, _))| (names.len(), std::cmp::Reverse(*k)))
            .map(|(_, (_, _, read))| {
                quote! {
                    if let ::core::option::Option::Some(v) = r.attempt(|r| #read) {
                        return ::core::option::Option::Some(v);
                    }
                }
            });
        Some(quote! {
            #(#helpers)*
            impl<'__r> #private::fast::Fast<'__r> for #name {
                fn fast(r: &mut #private::fast::Reader<'__r>) -> ::core::option::Option<Self> {
                    #attempt
                    let keys = r.keys()?;
                    #(#tries)*
                    ::core::option::Option::None
                }
            }
        })
    }

    /// An enum of unit variants read from strings.
    fn unit_enum(&self, e: &syn::ItemEnum) -> Option<TokenStream> {
        let private = self.private;
        for (key, _) in serde_entries(&e.attrs)? {
            if key != "crate" {
                return None;
            }
        }
        let mut arms = Vec::new();
        for v in &e.variants {
            if !matches!(v.fields, syn::Fields::Unit) {
                return None;
            }
            let mut json = v.ident.to_string();
            for (key, value) in serde_entries(&v.attrs)? {
                match (key.as_str(), value) {
                    ("rename", Some(value)) => json = string_value(&value)?,
                    _ => return None,
                }
            }
            let ident = &v.ident;
            arms.push(quote!(#json => ::core::option::Option::Some(Self::#ident),));
        }
        let name = &e.ident;
        Some(quote! {
            impl<'__r> #private::fast::Fast<'__r> for #name {
                fn fast(r: &mut #private::fast::Reader<'__r>) -> ::core::option::Option<Self> {
                    match &*r.str()? {
                        #(#arms)*
                        _ => ::core::option::Option::None,
                    }
                }
            }
        })
    }
}

/// A newtype field's `deserialize_with`, if it has one; `None` if it has
/// attributes the reader does not reproduce.
fn field_with(attrs: &[syn::Attribute]) -> Option<Option<syn::Expr>> {
    let mut with = None;
    for (key, value) in serde_entries(attrs)? {
        match key.as_str() {
            "deserialize_with" => with = Some(value?),
            "serialize_with" | "skip_serializing_if" => {}
            _ => return None,
        }
    }
    Some(with)
}
