//! Tokens: typify's structs for ordinary definitions, and our own enums,
//! `Event`, `Webhook` and `parse` around them.

use std::panic::{catch_unwind, AssertUnwindSafe};

use proc_macro2::{Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{format_ident, quote};
use serde_json::Value;
use typify::{TypeDetails, TypeSpace, TypeSpaceSettings};

use crate::events::EventModel;
use crate::naming::{pascal, snake, typify_name};
use crate::normalize::Schema;
use crate::unions::Union;
use crate::{Error, Errors, Settings};

/// Crates typify's output names by absolute path, and what they are called
/// under the runtime's `__private`, so users depend on the facade only. `regress` becomes `pattern`: the runtime checks
/// patterns with a faster engine when that gives the same verdict.
const REROUTED_CRATES: &[(&str, &str)] = &[
    ("serde", "serde"),
    ("serde_json", "serde_json"),
    ("chrono", "chrono"),
    ("regress", "pattern"),
    ("uuid", "uuid"),
];

fn rerouted(name: &str) -> Option<&'static str> {
    REROUTED_CRATES
        .iter()
        .find(|(from, _)| *from == name)
        .map(|(_, to)| *to)
}

/// Generates every item for a normalized schema and its event model.
pub fn emit(
    schema: &Schema,
    model: &EventModel,
    settings: &Settings,
) -> Result<TokenStream, Errors> {
    let runtime: syn::Path = syn::parse_str(settings.runtime_path()).map_err(|e| {
        Error::new(
            "#",
            format!("invalid runtime path {:?}: {e}", settings.runtime_path()),
        )
    })?;
    let private = quote!(#runtime::__private);

    let typify_out = run_typify(schema)?;
    let file = reroute(typify_out.items, &private)?;
    let known = crate::readers::known(&file, schema.unions.keys().map(|n| typify_name(n)));
    let readers = crate::readers::readers(&file, &known, &private);
    let unions = schema
        .unions
        .iter()
        .map(|(name, u)| emit_union(name, u, &private, &schema.definitions))
        .collect::<TokenStream>();
    let envelope = emit_envelope(
        schema,
        model,
        &typify_out.root_fields,
        &runtime,
        &private,
        &known,
    );
    let handler = emit_handler(model, &typify_out.root_fields, &runtime, &private);

    Ok(quote! {
        #file
        #readers
        #unions
        #envelope
        #handler
    })
}

struct TypifyOutput {
    items: TokenStream,
    /// Root properties other than `type` and `payload`: (JSON name, type, required, description).
    root_fields: Vec<RootField>,
}

struct RootField {
    json: String,
    ty: TokenStream,
    required: bool,
    description: Option<String>,
    /// When typify made the field a struct: its fields' Rust names, and
    /// whether each is an `Option`.
    struct_fields: Option<Vec<(String, bool)>>,
}

fn run_typify(schema: &Schema) -> Result<TypifyOutput, Errors> {
    let mut settings = TypeSpaceSettings::default();
    settings.with_struct_builder(false);
    settings.with_derive("PartialEq".to_string());
    for name in schema.unions.keys() {
        let ty = typify_name(name);
        settings.with_replacement(ty.clone(), ty, std::iter::empty());
    }

    let mut defs = Vec::new();
    let mut errors = Vec::new();
    for (name, v) in &schema.definitions {
        match serde_json::from_value::<schemars::schema::Schema>(v.clone()) {
            Ok(s) => defs.push((name.clone(), s)),
            Err(e) => errors.push(Error::new(
                format!("#/definitions/{name}"),
                format!("unsupported schema: {e}"),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(Errors(errors));
    }

    let required: Vec<&str> = schema
        .root
        .get("required")
        .and_then(Value::as_array)
        .map(|l| l.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let root_props: Vec<(String, Value)> = schema
        .root
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| {
            p.iter()
                .filter(|(k, _)| k.as_str() != "type" && k.as_str() != "payload")
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default();

    let result = catch_unwind(AssertUnwindSafe(|| -> Result<TypifyOutput, Errors> {
        let mut ts = TypeSpace::new(&settings);
        ts.add_ref_types(defs)
            .map_err(|e| Error::new("#/definitions", format!("typify: {e}")))?;
        let mut root_fields = Vec::new();
        for (json, v) in root_props {
            let at = format!("#/properties/{json}");
            let s: schemars::schema::Schema = serde_json::from_value(v.clone())
                .map_err(|e| Error::new(&at, format!("unsupported schema: {e}")))?;
            let id = ts
                .add_type_with_name(&s, Some(format!("Webhook{}", pascal(&json))))
                .map_err(|e| Error::new(&at, format!("typify: {e}")))?;
            let typify_error = |e: typify::Error| Error::new(&at, format!("typify: {e}"));
            let ty = ts.get_type(&id).map_err(typify_error)?;
            let struct_fields = match ty.details() {
                TypeDetails::Struct(s) => Some(
                    s.properties_info()
                        .map(|p| {
                            let option = matches!(
                                ts.get_type(&p.type_id).map_err(typify_error)?.details(),
                                TypeDetails::Option(_)
                            );
                            Ok((p.name.to_string(), option))
                        })
                        .collect::<Result<Vec<_>, Error>>()?,
                ),
                _ => None,
            };
            let ty = ty.ident();
            root_fields.push(RootField {
                struct_fields,
                required: required.contains(&json.as_str()),
                description: v
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                json,
                ty,
            });
        }
        Ok(TypifyOutput {
            items: ts.to_stream(),
            root_fields,
        })
    }));
    match result {
        Ok(r) => r,
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            Err(typify_panic(schema, msg).into())
        }
    }
}

/// Turns a typify panic into an error at the schema's JSON pointer, where
/// the message allows finding it.
fn typify_panic(schema: &Schema, msg: &str) -> Error {
    const UNIQUE: &str = "Failed to make unique variant names for [";
    if let Some(list) = msg.strip_prefix(UNIQUE).and_then(|r| r.strip_suffix(']')) {
        let mut found = None;
        for (name, def) in &schema.definitions {
            crate::normalize::walk(def, &format!("#/definitions/{name}"), &mut |v, ptr| {
                let joined = v.get("enum").and_then(Value::as_array).map(|l| {
                    l.iter()
                        .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
                        .collect::<Vec<_>>()
                        .join(",")
                });
                if found.is_none() && joined.as_deref() == Some(list) {
                    found = Some(format!("{ptr}/enum"));
                }
            });
        }
        return Error::new(
            found.as_deref().unwrap_or("#"),
            format!(
                "the enum values [{list}] do not give distinct Rust variant names \
                 (they differ only in case or punctuation)"
            ),
        );
    }
    Error::new(
        "#",
        format!("the type generator (typify) failed on this schema: {msg}"),
    )
}

/// Rewrites `::serde::…` (and the other crates typify names) to
/// `<runtime>::__private::serde::…`, and tells serde's derives where serde is.
fn reroute(tokens: TokenStream, private: &TokenStream) -> Result<syn::File, Errors> {
    let rewritten = reroute_tokens(tokens, private, &mut None);
    let mut file: syn::File = syn::parse2(rewritten.clone()).map_err(|e| {
        if let Some(dir) = std::env::var_os("PLAIN_WEBHOOKS_DEBUG_DIR") {
            let _ = std::fs::write(
                std::path::Path::new(&dir).join("rerouted.rs"),
                rewritten.to_string(),
            );
        }
        Error::new("#", format!("typify produced code we cannot read: {e}"))
    })?;
    let serde_path = format!("{}::serde", private.to_string().replace(' ', ""));
    add_serde_crate(&mut file.items, &serde_path);
    crate::rewrite::rewrite(&mut file, &private.to_string().replace(' ', ""));
    Ok(file)
}

fn reroute_tokens(
    tokens: TokenStream,
    private: &TokenStream,
    prev: &mut Option<TokenTree>,
) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(tt) = iter.next() {
        match &tt {
            TokenTree::Group(g) => {
                let mut inner_prev = None;
                let inner = reroute_tokens(g.stream(), private, &mut inner_prev);
                let mut ng = Group::new(g.delimiter(), inner);
                ng.set_span(g.span());
                out.push(TokenTree::Group(ng));
                continue;
            }
            TokenTree::Punct(p) if p.as_char() == ':' && p.spacing() == Spacing::Joint => {
                let second = iter.next();
                let leading = match out.last().or(prev.as_ref()) {
                    Some(TokenTree::Ident(i)) => is_keyword(&i.to_string()),
                    Some(TokenTree::Punct(_)) | Some(TokenTree::Group(_)) | None => true,
                    Some(TokenTree::Literal(_)) => true,
                };
                out.push(tt.clone());
                if let Some(s) = second {
                    out.push(s);
                }
                if leading {
                    if let Some(TokenTree::Ident(next)) = iter.peek() {
                        if let Some(to) = rerouted(&next.to_string()) {
                            // `::serde` → `::<runtime>::__private::serde`
                            let mut path: Vec<TokenTree> = private.clone().into_iter().collect();
                            // `private` starts with `::`; we already emitted one.
                            if matches!(path.first(), Some(TokenTree::Punct(p)) if p.as_char() == ':')
                            {
                                path.drain(..2);
                            }
                            out.extend(path);
                            out.push(TokenTree::Punct(Punct::new(':', Spacing::Joint)));
                            out.push(TokenTree::Punct(Punct::new(':', Spacing::Alone)));
                            let span = next.span();
                            iter.next();
                            out.push(TokenTree::Ident(Ident::new(to, span)));
                        }
                    }
                }
                continue;
            }
            TokenTree::Literal(l) => {
                let s = l.to_string();
                let found = REROUTED_CRATES
                    .iter()
                    .find(|(c, _)| s.starts_with(&format!("\"::{c}::")));
                if let Some((c, to)) = found {
                    let path = private.to_string().replace(' ', "");
                    let new = s.replacen(&format!("\"::{c}::"), &format!("\"{path}::{to}::"), 1);
                    let lit: proc_macro2::Literal =
                        new.parse().expect("a string literal stays one");
                    out.push(TokenTree::Literal(lit));
                    continue;
                }
            }
            _ => {}
        }
        out.push(tt);
    }
    if let Some(last) = out.last() {
        *prev = Some(last.clone());
    }
    out.into_iter().collect()
}

fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "as" | "impl"
            | "for"
            | "dyn"
            | "where"
            | "in"
            | "mut"
            | "ref"
            | "return"
            | "let"
            | "const"
            | "static"
            | "type"
            | "pub"
            | "fn"
            | "struct"
            | "enum"
            | "use"
            | "move"
            | "else"
            | "match"
            | "if"
            | "while"
            | "loop"
            | "unsafe"
            | "async"
            | "break"
    )
}

fn add_serde_crate(items: &mut [syn::Item], serde_path: &str) {
    for item in items {
        let attrs = match item {
            syn::Item::Struct(s) => &mut s.attrs,
            syn::Item::Enum(e) => &mut e.attrs,
            syn::Item::Mod(m) => {
                if let Some((_, inner)) = &mut m.content {
                    add_serde_crate(inner, serde_path);
                }
                continue;
            }
            _ => continue,
        };
        let derives_serde = attrs.iter().any(|a| {
            a.path().is_ident("derive") && {
                let t = a.meta.to_token_stream_string();
                t.contains("Deserialize") || t.contains("Serialize")
            }
        });
        if derives_serde {
            attrs.push(syn::parse_quote!(#[serde(crate = #serde_path)]));
        }
    }
}

trait MetaString {
    fn to_token_stream_string(&self) -> String;
}

impl MetaString for syn::Meta {
    fn to_token_stream_string(&self) -> String {
        quote!(#self).to_string()
    }
}

fn doc_attr(text: &str) -> TokenStream {
    let lines: Vec<TokenStream> = text
        .lines()
        .map(|l| {
            let l = format!(" {l}");
            quote!(#[doc = #l])
        })
        .collect();
    quote!(#(#lines)*)
}

/// Whether `from` refers, through any chain of `$ref`s, to `to`.
fn reaches(definitions: &serde_json::Map<String, Value>, from: &str, to: &str) -> bool {
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(name) = m
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(crate::normalize::shallow_ref_name)
                {
                    out.push(name);
                }
                m.values().for_each(|x| refs(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }
    let mut seen = std::collections::BTreeSet::new();
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

fn emit_union(
    name: &str,
    u: &Union,
    private: &TokenStream,
    definitions: &serde_json::Map<String, Value>,
) -> TokenStream {
    let ident = Ident::new(&typify_name(name), Span::call_site());
    let serde_path = format!("{}::serde", private.to_string().replace(' ', ""));
    let tag = &u.tag;
    let summary = format!(
        "One of {} kinds, told apart by `{tag}` (`#/definitions/{name}`).",
        u.variants.len()
    );
    let doc = doc_attr(&match &u.description {
        Some(d) => format!("{d}\n\n{summary}"),
        None => summary,
    });

    let mut seen = std::collections::BTreeSet::new();
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut fast_arms = Vec::new();
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
        let vdoc = doc_attr(&format!("`{tag}: {value:?}`"));
        match &v.def {
            Some(def) => {
                let ty = Ident::new(&typify_name(def), Span::call_site());
                // A variant that contains its own union needs the indirection.
                let ty = if reaches(definitions, def, name) {
                    quote!(::std::boxed::Box<#ty>)
                } else {
                    quote!(#ty)
                };
                variants.push(quote! { #vdoc #[serde(rename = #value)] #vident(#ty), });
                arms.push(quote! { #value => #private::tagged::fields(rest).map(Self::#vident), });
                fast_arms.push(quote! {
                    #value => <#ty as #private::fast::Fast<'__r>>::fast_rest(r, #tag).map(Self::#vident),
                });
            }
            None => {
                variants.push(quote! { #vdoc #[serde(rename = #value)] #vident, });
                arms.push(
                    quote! { #value => #private::tagged::unit(rest).map(|()| Self::#vident), },
                );
                fast_arms.push(quote! {
                    #value => {
                        r.rest_ignored(#tag)?;
                        ::core::option::Option::Some(Self::#vident)
                    }
                });
            }
        }
    }
    let values = u.variants.iter().map(|v| &v.value);
    let enum_name = ident.to_string();
    // Serialize is serde's; Deserialize reads the tag first (runtime
    // `tagged.rs`), and so does the one-pass reader (else serde decides).
    quote! {
        impl<'__r> #private::fast::Fast<'__r> for #ident {
            fn fast(r: &mut #private::fast::Reader<'__r>) -> ::core::option::Option<Self> {
                match &*r.tag(#tag)? {
                    #(#fast_arms)*
                    _ => ::core::option::Option::None,
                }
            }
        }
        #doc
        #[derive(Clone, Debug, PartialEq, #private::serde::Serialize)]
        #[serde(crate = #serde_path, tag = #tag)]
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

fn emit_envelope(
    schema: &Schema,
    model: &EventModel,
    root_fields: &[RootField],
    runtime: &syn::Path,
    private: &TokenStream,
    known: &std::collections::BTreeSet<String>,
) -> TokenStream {
    let serde_path = format!("{}::serde", private.to_string().replace(' ', ""));
    // Revisions before 2024-09-27 close the envelope.
    let closed = match schema.root.get("additionalProperties") {
        Some(Value::Bool(false)) => quote!(#[serde(deny_unknown_fields)]),
        _ => quote!(),
    };
    let version = match &schema.version {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    };
    let event_types: Vec<&str> = model.events.iter().map(|e| e.event_type.as_str()).collect();

    // `Event`
    let mut variant_defs = Vec::new();
    let mut type_arms = Vec::new();
    let mut ser_arms = Vec::new();
    let mut eq_arms = Vec::new();
    let mut parse_arms = Vec::new();
    let mut guessed_arms = Vec::new();
    let mut fast_arms = Vec::new();
    for e in &model.events {
        let v = format_ident!("{}", e.variant);
        let t = &e.event_type;
        match &e.payload {
            Some(def) => {
                let ty = Ident::new(&typify_name(def), Span::call_site());
                let doc = doc_attr(&match &e.description {
                    Some(d) => format!("`{t}`: {d}"),
                    None => format!("`{t}`."),
                });
                // Boxed: payloads differ in size by kilobytes, and a
                // `Webhook` as large as the largest is slow to move.
                variant_defs.push(quote! { #doc #v(::std::boxed::Box<#ty>), });
                ser_arms.push(
                    quote! { Self::#v(p) => #private::serde::Serialize::serialize(p, serializer), },
                );
                eq_arms.push(quote! { (Self::#v(a), Self::#v(b)) => a == b, });
                parse_arms
                    .push(quote! { #t => Event::#v(#private::parse_payload(event_type, raw)?), });
                guessed_arms.push(quote! { #t => Event::#v(#private::serde::Deserialize::deserialize(deserializer)?), });
                fast_arms.push(quote! { #t => Event::#v(#private::fast::Fast::fast(r)?), });
            }
            None => {
                let doc = doc_attr(&format!(
                    "`{t}`: listed by the schema, which defines no payload for it; the payload as raw JSON."
                ));
                variant_defs.push(quote! { #doc #v(::std::boxed::Box<#private::RawValue>), });
                ser_arms.push(
                    quote! { Self::#v(p) => #private::serde::Serialize::serialize(p, serializer), },
                );
                eq_arms.push(quote! { (Self::#v(a), Self::#v(b)) => a.get() == b.get(), });
                parse_arms.push(quote! { #t => Event::#v(::std::borrow::ToOwned::to_owned(raw)), });
                guessed_arms.push(quote! { #t => Event::#v(#private::serde::Deserialize::deserialize(deserializer)?), });
                fast_arms.push(quote! { #t => Event::#v(r.serde()?), });
            }
        }
        type_arms.push(quote! { Self::#v(_) => #t, });
    }

    // `Webhook` and the envelope it is read from.
    let meta_field = format_ident!("{}", snake("webhookMetadata"));
    // Normalization makes `webhookMetadata` a struct with an optional
    // `webhookTargetVersion`; the envelope may still not require it.
    let body_version = if root_fields
        .iter()
        .any(|f| f.json == "webhookMetadata" && !f.required)
    {
        quote!(envelope.#meta_field.as_ref().and_then(|m| m.webhook_target_version.as_deref()))
    } else {
        quote!(envelope.#meta_field.webhook_target_version.as_deref())
    };
    let mut fields = Vec::new();
    let mut env_fields = Vec::new();
    let mut moves = Vec::new();
    let mut ser_fields = Vec::new();
    for f in root_fields {
        let ident = Ident::new(&field_name(&f.json), Span::call_site());
        let json = &f.json;
        let ty = &f.ty;
        let doc = doc_attr(
            &f.description
                .clone()
                .unwrap_or_else(|| format!("`{json}` of the request body.")),
        );
        if f.required {
            fields.push(quote! { #doc pub #ident: #ty, });
            env_fields.push(quote! { #[serde(rename = #json)] #ident: #ty, });
            ser_fields.push(quote! { s.serialize_field(#json, &self.#ident)?; });
        } else {
            fields.push(quote! { #doc pub #ident: ::core::option::Option<#ty>, });
            env_fields.push(
                quote! { #[serde(rename = #json, default)] #ident: ::core::option::Option<#ty>, },
            );
            ser_fields.push(quote! {
                if let ::core::option::Option::Some(v) = &self.#ident {
                    s.serialize_field(#json, v)?;
                } else {
                    s.skip_field(#json)?;
                }
            });
        }
        moves.push(quote! { #ident: envelope.#ident, });
    }
    let field_count = root_fields.len() + 2;
    let envelope_struct = quote! {
        #[derive(#private::serde::Deserialize)]
        #[serde(crate = #serde_path)]
        #closed
        struct __Envelope<'a, P> {
            #(#env_fields)*
            #[serde(rename = "type", borrow)]
            event_type: ::std::borrow::Cow<'a, str>,
            payload: P,
        }
    };
    let envelope_reader = match syn::parse2::<syn::ItemStruct>(envelope_struct.clone()) {
        Ok(s) => crate::readers::struct_reader(&s, known, private),
        Err(e) => e.to_compile_error(),
    };

    quote! {
        /// The webhook target version this schema describes
        /// (`webhookMetadata.webhookTargetVersion`); `None` for revisions
        /// from before Plain versioned its webhooks.
        pub const SCHEMA_VERSION: ::core::option::Option<&'static str> = #version;

        /// Every event type this schema lists, in the schema's order.
        pub const EVENT_TYPES: &[&str] = &[#(#event_types),*];

        /// The payload of one webhook delivery, by event type.
        #[derive(Clone, Debug)]
        pub enum Event {
            #(#variant_defs)*
            /// An event type this schema does not list (Plain adds event
            /// types over time; an unknown one is not an error).
            Unknown {
                /// The `type` of the request body.
                event_type: ::std::string::String,
                /// The payload, as raw JSON.
                payload: ::std::boxed::Box<#private::RawValue>,
            },
        }

        impl Event {
            /// The event type, e.g. `customer.customer_updated`.
            pub fn event_type(&self) -> &str {
                match self {
                    #(#type_arms)*
                    Self::Unknown { event_type, .. } => event_type,
                }
            }
        }

        impl ::core::cmp::PartialEq for Event {
            fn eq(&self, other: &Self) -> bool {
                match (self, other) {
                    #(#eq_arms)*
                    (
                        Self::Unknown { event_type: a, payload: p },
                        Self::Unknown { event_type: b, payload: q },
                    ) => a == b && p.get() == q.get(),
                    _ => false,
                }
            }
        }

        /// Serializes the payload alone (the `payload` of the request body).
        impl #private::serde::Serialize for Event {
            fn serialize<S: #private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    #(#ser_arms)*
                    Self::Unknown { payload, .. } => #private::serde::Serialize::serialize(payload, serializer),
                }
            }
        }

        /// The body of one webhook request.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Webhook {
            #(#fields)*
            /// The event: its type and typed payload.
            pub event: Event,
        }

        impl Webhook {
            /// The event type, e.g. `customer.customer_updated`.
            pub fn event_type(&self) -> &str {
                self.event.event_type()
            }
        }

        /// Serializes the request body as Plain sends it.
        impl #private::serde::Serialize for Webhook {
            fn serialize<S: #private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                use #private::serde::ser::SerializeStruct as _;
                let mut s = serializer.serialize_struct("Webhook", #field_count)?;
                #(#ser_fields)*
                s.serialize_field("type", self.event.event_type())?;
                s.serialize_field("payload", &self.event)?;
                s.end()
            }
        }

        #envelope_struct
        #envelope_reader

        impl #private::Events for Event {
            fn deserialize_payload<'de, D: #private::serde::Deserializer<'de>>(
                event_type: &str,
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                ::core::result::Result::Ok(match event_type {
                    #(#guessed_arms)*
                    _ => Event::Unknown {
                        event_type: ::std::borrow::ToOwned::to_owned(event_type),
                        payload: #private::serde::Deserialize::deserialize(deserializer)?,
                    },
                })
            }

            fn fast_payload<'a>(
                event_type: &str,
                r: &mut #private::fast::Reader<'a>,
            ) -> ::core::option::Option<Self> {
                ::core::option::Option::Some(match event_type {
                    #(#fast_arms)*
                    _ => Event::Unknown {
                        event_type: ::std::borrow::ToOwned::to_owned(event_type),
                        payload: r.serde()?,
                    },
                })
            }
        }

        /// Parses a request body, requiring the webhook target version to be
        /// [`SCHEMA_VERSION`] (as Plain's own SDK does).
        ///
        /// The event `type` decides the payload's type; the payload is parsed
        /// once, straight into it.
        pub fn parse(body: &[u8]) -> ::core::result::Result<Webhook, #runtime::Error> {
            parse_with(body, #runtime::VersionPolicy::Exact)
        }

        /// Parses a request body under the given version policy.
        pub fn parse_with(
            body: &[u8],
            policy: #runtime::VersionPolicy,
        ) -> ::core::result::Result<Webhook, #runtime::Error> {
            // One pass when the body's `type` is found ahead (see the
            // runtime's `parse_guessed`); else the envelope, then the payload.
            if let ::core::option::Option::Some((envelope, guess)) =
                #private::parse_guessed::<__Envelope<'_, #private::Guessed<Event>>>(body, EVENT_TYPES)
            {
                if envelope.event_type == guess {
                    #private::check_version(
                        policy,
                        SCHEMA_VERSION,
                        #body_version,
                        guess,
                    )?;
                    return ::core::result::Result::Ok(Webhook {
                        #(#moves)*
                        event: envelope.payload.0,
                    });
                }
            }
            let envelope: __Envelope<'_, &#private::RawValue> = #private::parse_envelope(body)?;
            let event_type: &str = &envelope.event_type;
            #private::check_version(
                policy,
                SCHEMA_VERSION,
                #body_version,
                event_type,
            )?;
            let raw = envelope.payload;
            let event = match event_type {
                #(#parse_arms)*
                _ => Event::Unknown {
                    event_type: ::std::borrow::ToOwned::to_owned(event_type),
                    payload: ::std::borrow::ToOwned::to_owned(raw),
                },
            };
            ::core::result::Result::Ok(Webhook {
                #(#moves)*
                event,
            })
        }
    }
}

fn emit_handler(
    model: &EventModel,
    root_fields: &[RootField],
    runtime: &syn::Path,
    private: &TokenStream,
) -> TokenStream {
    let future = |out: TokenStream| quote!(impl ::core::future::Future<Output = #out> + ::core::marker::Send);
    let ret = future(quote!(::core::result::Result<(), Self::Error>));
    let mut methods = Vec::new();
    let mut delegates = Vec::new();
    let mut arms = Vec::new();
    for e in &model.events {
        let m = format_ident!("{}", e.method);
        let v = format_ident!("{}", e.variant);
        let t = &e.event_type;
        let (ty, what, allow) = match &e.payload {
            Some(def) => {
                let ty = Ident::new(&typify_name(def), Span::call_site());
                (quote!(#ty), format!("[`{}`]", typify_name(def)), quote!())
            }
            None => (
                quote!(::std::boxed::Box<#private::RawValue>),
                "the raw JSON payload (the schema defines none)".to_string(),
                // `RawValue` is unsized: the box is needed.
                quote!(#[allow(clippy::boxed_local)]),
            ),
        };
        let mut text = format!("Receives `{t}` events, with {what}.");
        if let Some(d) = &e.description {
            text.push_str(&format!("\n\nThe schema says: \"{d}\""));
        }
        text.push_str("\n\nThe default ignores the event.");
        let doc = doc_attr(&text);
        methods.push(quote! {
            #doc
            #allow
            fn #m(&self, ctx: &Context, event: #ty) -> #ret {
                ctx.mark_ignored();
                let _ = event;
                ::core::future::ready(::core::result::Result::Ok(()))
            }
        });
        delegates.push(quote! {
            #allow
            fn #m(&self, ctx: &Context, event: #ty) -> #ret {
                (**self).#m(ctx, event)
            }
        });
        let unboxed = match &e.payload {
            Some(_) => quote!(*e),
            None => quote!(e),
        };
        arms.push(quote! { Event::#v(e) => handler.#m(ctx, #unboxed).await, });
    }

    let into_context = emit_into_context(root_fields, private);
    // Intra-doc links to the runtime's items, by the path the code uses.
    let rt = quote!(#runtime).to_string().replace(' ', "");
    let receiver_doc = doc_attr(&format!(
        "A [`Handler`] made ready for a web framework: it implements\n\
         [`Receive`]({rt}::Receive), which the integrations (such as\n\
         `plain_webhooks::axum`) take. Build it with [`receiver`]."
    ));
    let handle_doc = doc_attr(&format!(
        "Verifies the signature (and the delivery timestamp), parses and\n\
         dispatches; the outcome says what to answer Plain\n\
         ([`Outcome::status`]({rt}::Outcome::status)).\n\
         \n\
         `secret` is the signing secret's bytes or, better, a\n\
         [`SigningKey`]({rt}::SigningKey) built once, which saves hashing the\n\
         secret on every call. The body becomes the handler's\n\
         `Context::body`: pass the `Bytes` or `Vec<u8>` you received to keep\n\
         it without a copy."
    ));
    let outcome = quote!(#runtime::Outcome<H::Error>);
    let dispatched = future(quote!(::core::result::Result<#runtime::Dispatched, H::Error>));
    let handled = future(outcome.clone());

    quote! {
        /// The envelope of a delivery: event id, timestamps, delivery
        /// attempt, webhook target, raw body.
        pub use #runtime::Context;

        /// Implement the methods for the events you care about; each has a
        /// default that ignores its event. Handlers run on any thread
        /// (`Send` futures) and may keep state behind `&self`.
        pub trait Handler: ::core::marker::Send + ::core::marker::Sync {
            /// The error your methods return; [`handle`] answers 500 with
            /// it, so that Plain retries.
            type Error: ::core::marker::Send;

            #(#methods)*

            /// Receives events of a type this schema does not list (Plain
            /// adds event types); the default ignores them.
            #[allow(clippy::boxed_local)]
            fn on_unknown(
                &self,
                ctx: &Context,
                event_type: ::std::string::String,
                payload: ::std::boxed::Box<#private::RawValue>,
            ) -> #ret {
                ctx.mark_ignored();
                let _ = (event_type, payload);
                ::core::future::ready(::core::result::Result::Ok(()))
            }
        }

        /// A shared handler handles events too, so that one can be borrowed
        /// by [`handle`] and [`Receiver`].
        impl<H: Handler + ?::core::marker::Sized> Handler for &H {
            type Error = H::Error;

            #(#delegates)*

            #[allow(clippy::boxed_local)]
            fn on_unknown(
                &self,
                ctx: &Context,
                event_type: ::std::string::String,
                payload: ::std::boxed::Box<#private::RawValue>,
            ) -> #ret {
                (**self).on_unknown(ctx, event_type, payload)
            }
        }

        #receiver_doc
        #[derive(Clone, Debug, Default)]
        pub struct Receiver<H>(pub H);

        /// Wraps `handler` for a web-framework integration, e.g.
        /// `plain_webhooks::axum::router(plain::receiver(handler), secret)`.
        pub fn receiver<H: Handler>(handler: H) -> Receiver<H> {
            Receiver(handler)
        }

        impl<H: Handler> #runtime::Receive for Receiver<H> {
            type Webhook = Webhook;
            type Error = H::Error;

            fn parse(
                &self,
                body: &[u8],
                policy: #runtime::VersionPolicy,
            ) -> ::core::result::Result<Webhook, #runtime::Error> {
                parse_with(body, policy)
            }

            type Event = Event;

            fn split(&self, webhook: Webhook, body: #runtime::Bytes) -> (Context, Event) {
                let (mut ctx, event) = webhook.into_parts();
                ctx.body = body;
                (ctx, event)
            }

            fn dispatch<'a>(&'a self, ctx: &'a Context, event: Event) -> #dispatched + 'a {
                __dispatch_event(&self.0, ctx, event)
            }
        }

        #into_context

        async fn __dispatch_event<H: Handler>(
            handler: &H,
            ctx: &Context,
            event: Event,
        ) -> ::core::result::Result<#runtime::Dispatched, H::Error> {
            match event {
                #(#arms)*
                Event::Unknown { event_type, payload } => handler.on_unknown(ctx, event_type, payload).await,
            }?;
            ::core::result::Result::Ok(if ctx.is_ignored() {
                #runtime::Dispatched::Ignored
            } else {
                #runtime::Dispatched::Handled
            })
        }

        /// Calls the handler method for the webhook's event, and says
        /// whether one of yours ran or the default ignored it.
        pub fn dispatch<'a, H: Handler>(handler: &'a H, webhook: Webhook) -> #dispatched + 'a {
            async move {
                let (ctx, event) = webhook.into_parts();
                __dispatch_event(handler, &ctx, event).await
            }
        }

        #handle_doc
        pub fn handle<'a, H: Handler, S: #runtime::Secret + ::core::marker::Sync + ?::core::marker::Sized>(
            handler: &'a H,
            body: impl #runtime::IntoBody,
            signature: &'a str,
            secret: &'a S,
            options: &'a #runtime::HandleOptions,
        ) -> #handled + 'a {
            let delivery = __delivery(body, signature);
            // Straight to `receive`, not through `handle_any`: every layer of
            // `async` moves the whole (payload-sized) future once more.
            async move {
                let secrets = [secret];
                #runtime::receive(&Receiver(handler), delivery, &secrets, options, |_| {}).await
            }
        }

        /// [`handle`] with several secrets (rotation): a signature made with
        /// any of them is accepted.
        pub fn handle_any<'a, H: Handler, K: #runtime::Secret + ::core::marker::Sync>(
            handler: &'a H,
            body: impl #runtime::IntoBody,
            signature: &'a str,
            secrets: &'a [K],
            options: &'a #runtime::HandleOptions,
        ) -> #handled + 'a {
            let delivery = __delivery(body, signature);
            async move {
                #runtime::receive(&Receiver(handler), delivery, secrets, options, |_| {}).await
            }
        }

        fn __delivery(body: impl #runtime::IntoBody, signature: &str) -> #runtime::Delivery<'_> {
            #runtime::Delivery {
                body: #runtime::IntoBody::into_body(body),
                signature: ::core::option::Option::Some(signature),
                event_id: ::core::option::Option::None,
                event_type: ::core::option::Option::None,
            }
        }
    }
}

/// `Webhook::into_parts`: the envelope's fields are moved into the
/// `Context` (see the runtime's `envelope.rs`), since `dispatch` needs only
/// the event afterwards.
fn emit_into_context(root_fields: &[RootField], private: &TokenStream) -> TokenStream {
    let field = |json: &str| root_fields.iter().find(|f| f.json == json);
    // Text of a field, as an `Option<String>`.
    let text = |value: TokenStream, option: bool| {
        let take = |v: TokenStream| quote!((&#private::envelope::Take::new(#v)).text());
        if option {
            let inner = take(quote!(v));
            quote!(#value.and_then(|v| #inner))
        } else {
            take(value)
        }
    };
    let mut sets = Vec::new();
    for (json, ctx_field) in [
        ("id", "event_id"),
        ("timestamp", "timestamp"),
        ("workspaceId", "workspace_id"),
    ] {
        if let Some(f) = field(json) {
            let ident = Ident::new(&field_name(json), Span::call_site());
            let ctx_field = format_ident!("{ctx_field}");
            let value = text(quote!(self.#ident), !f.required);
            sets.push(quote! { ctx.#ctx_field = #value.unwrap_or_default(); });
        }
    }
    if let Some(f) = field("webhookMetadata") {
        let ident = Ident::new(&field_name(&f.json), Span::call_site());
        match &f.struct_fields {
            Some(props) => {
                let mut moves = Vec::new();
                for (json, ctx_field) in [
                    ("webhookTargetId", "webhook_target_id"),
                    ("webhookTargetVersion", "webhook_target_version"),
                    ("webhookDeliveryAttemptId", "delivery_attempt_id"),
                    ("webhookDeliveryAttemptNumber", "delivery_attempt_number"),
                    (
                        "webhookDeliveryAttemptTimestamp",
                        "delivery_attempt_timestamp",
                    ),
                ] {
                    let name = snake(json);
                    let Some((_, option)) = props.iter().find(|(n, _)| *n == name) else {
                        continue;
                    };
                    let prop = Ident::new(&name, Span::call_site());
                    let ctx_field = format_ident!("{ctx_field}");
                    let value = if json == "webhookDeliveryAttemptNumber" {
                        quote!(#private::envelope::number(&m.#prop))
                    } else {
                        text(quote!(m.#prop), *option)
                    };
                    moves.push(quote! { ctx.#ctx_field = #value; });
                }
                if moves.is_empty() {
                    // A metadata struct without the fields the context keeps.
                } else if f.required {
                    sets.push(quote! { let m = self.#ident; #(#moves)* });
                } else {
                    sets.push(quote! {
                        if let ::core::option::Option::Some(m) = self.#ident {
                            #(#moves)*
                        }
                    });
                }
            }
            None => sets.push(quote! { #private::envelope::metadata(&mut ctx, &self.#ident); }),
        }
    }
    quote! {
        impl Webhook {
            /// The envelope as a [`Context`] (its `body` empty) and the
            /// event: what [`dispatch`] hands the handler. The envelope's
            /// strings are moved, not copied.
            pub fn into_parts(self) -> (Context, Event) {
                #[allow(unused_imports)]
                use #private::envelope::{Moved as _, Written as _};
                let mut ctx = Context::default();
                ctx.event_type = ::std::borrow::ToOwned::to_owned(self.event.event_type());
                #(#sets)*
                (ctx, self.event)
            }
        }
    }
}

/// The `Webhook` field for a root property; `event` is taken.
fn field_name(json: &str) -> String {
    let s = snake(json);
    if s == "event" {
        "event_".to_string()
    } else {
        s
    }
}
