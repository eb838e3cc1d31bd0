//! Tokens for the request body: `Event` (one variant per event type),
//! `Webhook` (the envelope and its event), `Context` (the envelope a handler
//! receives), and the functions that parse and verify a body.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::events::EventModel;
use crate::naming::snake;
use crate::normalize::Schema;
use crate::types::{RootField, Shape, Typed};

/// `#[doc = …]` lines for a text.
pub(crate) fn doc_attr(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| {
        let l = format!(" {l}");
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

/// The Rust field for a root property; `event` and `body` are taken.
pub(crate) fn field_ident(json: &str) -> Ident {
    let s = snake(json);
    let s = match s.as_str() {
        "event" | "body" => format!("{s}_"),
        _ => s,
    };
    Ident::new(&s, Span::call_site())
}

/// An `Option` of what `path` (a root property, or `root.field`) holds,
/// read from the `Webhook` or `Context` named `base`: `&str` for text,
/// `u64` for counts, `DateTime<Utc>` for date-times; `None` where the
/// schema makes it something `want` does not take.
pub(crate) fn read(
    root: &[RootField],
    base: &TokenStream,
    path: &[&str],
    want: fn(Shape) -> bool,
) -> TokenStream {
    let none = quote!(::core::option::Option::None);
    let Some(field) = root.iter().find(|f| f.json == path[0]) else {
        return none;
    };
    let ident = field_ident(&field.json);
    // Either the value itself (`direct`), or an `Option` of a reference to it.
    let (direct, outer, shape) = match path.get(1) {
        None if field.required => (Some(quote!(#base.#ident)), None, field.shape),
        None => (None, Some(quote!(#base.#ident.as_ref())), field.shape),
        Some(inner) => {
            let Some(f) = field.fields.iter().find(|f| f.json == *inner) else {
                return none;
            };
            let inner = Ident::new(&f.rust, Span::call_site());
            if field.required {
                (Some(quote!(#base.#ident.#inner)), None, f.shape)
            } else {
                let outer = quote!(#base.#ident.as_ref().map(|m| &m.#inner));
                (None, Some(outer), f.shape)
            }
        }
    };
    if !want(shape) {
        return none;
    }
    let some = |v: TokenStream| quote!(::core::option::Option::Some(#v));
    let (optional, value, mapped) = match shape {
        Shape::Text { optional } => (optional, quote!(.as_str()), quote!(.map(|v| v.as_str()))),
        Shape::DateTime { optional } => (optional, quote!(), quote!(.copied())),
        Shape::Count {
            optional,
            nonzero: true,
        } => (optional, quote!(.get()), quote!(.map(|v| v.get()))),
        Shape::Count { optional, .. } => (
            optional,
            quote!(),
            quote!(.and_then(|v| ::core::convert::TryFrom::try_from(*v).ok())),
        ),
        Shape::Other => return none,
    };
    match (direct, outer, optional) {
        (Some(place), _, false) => match shape {
            Shape::Count { nonzero: false, .. } => {
                quote!(::core::convert::TryFrom::try_from(#place).ok())
            }
            _ => some(quote!(#place #value)),
        },
        (Some(place), _, true) => quote!(#place.as_ref() #mapped),
        (None, Some(outer), false) => quote!(#outer #mapped),
        (None, Some(outer), true) => quote!(#outer.and_then(|v| v.as_ref()) #mapped),
        (None, None, _) => none,
    }
}

/// What the envelope's fields are, where the schema does not say.
fn describe_root(json: &str) -> String {
    match json {
        "id" => "The event's id: the same on every delivery attempt of the event (and in the \
                 `Plain-Event-Id` header), so it is the key to deduplicate on."
            .into(),
        "timestamp" => "When the event happened.".into(),
        "workspaceId" => "The Plain workspace the event happened in.".into(),
        "webhookMetadata" => {
            "The webhook target and this delivery attempt (`webhookMetadata`).".into()
        }
        _ => format!("The body's `{json}`."),
    }
}

/// `Event`, `Webhook`, `Context` and the parse functions.
pub(crate) fn emit(
    schema: &Schema,
    model: &EventModel,
    typed: &Typed,
    runtime: &syn::Path,
    private: &TokenStream,
) -> TokenStream {
    let root = &typed.root;
    // Revisions before 2024-09-27 close the envelope.
    let closed = match schema.root.get("additionalProperties") {
        Some(Value::Bool(false)) => quote!(#[serde(deny_unknown_fields)]),
        _ => quote!(),
    };
    let option = |v: Option<&str>| match v {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    };
    let version = option(schema.version.as_deref());
    let versions: Vec<TokenStream> = schema.versions().into_iter().map(option).collect();
    let event_types = &model.types;
    let serde_crate = format!("{}::serde", private.to_string().replace(' ', ""));

    let mut variants = Vec::new();
    let mut type_arms = Vec::new();
    let mut ser_arms = Vec::new();
    let mut eq_arms = Vec::new();
    let mut parse_arms = Vec::new();
    for e in &model.events {
        let v = format_ident!("{}", e.variant);
        let t = &e.event_type;
        match &e.payload {
            Some(def) => {
                let ty = &typed.names[def];
                let doc = doc_attr(&match &e.description {
                    Some(d) => format!("`{t}`: {d}"),
                    None => format!("`{t}`."),
                });
                // Boxed: payloads differ in size by kilobytes, and a
                // `Webhook` as large as the largest is slow to move.
                variants.push(quote! { #doc #v(::std::boxed::Box<#ty>), });
                eq_arms.push(quote! { (Self::#v(a), Self::#v(b)) => a == b, });
                parse_arms.push(quote! { #t => Event::#v(#private::payload(event_type, raw)?), });
            }
            None => {
                let doc = doc_attr(&format!(
                    "`{t}`: listed by the schema, which defines no payload for it; the payload as raw JSON."
                ));
                variants.push(quote! { #doc #v(#runtime::RawPayload), });
                eq_arms.push(quote! { (Self::#v(a), Self::#v(b)) => a == b, });
                parse_arms.push(quote! { #t => Event::#v(#runtime::RawPayload::from_raw(raw)), });
            }
        }
        ser_arms
            .push(quote! { Self::#v(p) => #private::serde::Serialize::serialize(p, serializer), });
        type_arms.push(quote! { Self::#v(_) => #t, });
    }
    // The listed types the `events` setting left out: raw, in one variant.
    let others: Vec<&String> = model.others().collect();
    if !others.is_empty() {
        let list = others
            .iter()
            .map(|t| format!("`{t}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let doc = doc_attr(&format!(
            "An event type this schema lists that this module does not handle \
             (the macro's `events` left it out): {list}."
        ));
        variants.push(quote! {
            #doc
            Other {
                /// The `type` of the request body.
                event_type: ::std::string::String,
                /// The payload, as raw JSON.
                payload: #runtime::RawPayload,
            },
        });
        eq_arms.push(quote! {
            (
                Self::Other { event_type: a, payload: p },
                Self::Other { event_type: b, payload: q },
            ) => a == b && p == q,
        });
        parse_arms.push(quote! {
            #(#others)|* => Event::Other {
                event_type: ::std::borrow::ToOwned::to_owned(event_type),
                payload: #runtime::RawPayload::from_raw(raw),
            },
        });
        ser_arms.push(quote! {
            Self::Other { payload, .. } => #private::serde::Serialize::serialize(payload, serializer),
        });
        type_arms.push(quote! { Self::Other { event_type, .. } => event_type, });
    }

    let mut fields = Vec::new();
    let mut env_fields = Vec::new();
    let mut moves = Vec::new();
    let mut ser_fields = Vec::new();
    let mut debug_fields = Vec::new();
    for f in root {
        let ident = field_ident(&f.json);
        let (json, ty) = (&f.json, &f.ty);
        let doc = doc_attr(&f.description.clone().unwrap_or_else(|| describe_root(json)));
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
                match &self.#ident {
                    ::core::option::Option::Some(v) => s.serialize_field(#json, v)?,
                    ::core::option::Option::None => s.skip_field(#json)?,
                }
            });
        }
        moves.push(quote! { #ident: envelope.#ident, });
        let name = ident.to_string();
        debug_fields.push(quote! { .field(#name, &self.#ident) });
    }
    let field_names: Vec<Ident> = root.iter().map(|f| field_ident(&f.json)).collect();
    let field_count = root.len() + 2;
    let envelope = quote!(envelope);
    let body_version = read(
        root,
        &envelope,
        &["webhookMetadata", "webhookTargetVersion"],
        |s| matches!(s, Shape::Text { .. }),
    );
    let webhook = quote!(webhook);
    let delivered = read(
        root,
        &webhook,
        &["webhookMetadata", "webhookDeliveryAttemptTimestamp"],
        |s| matches!(s, Shape::DateTime { .. }),
    );

    quote! {
        /// The webhook target version this schema describes
        /// (`webhookMetadata.webhookTargetVersion`); `None` for revisions
        /// from before Plain versioned its webhooks.
        pub const SCHEMA_VERSION: ::core::option::Option<&'static str> = #version;

        /// Every webhook target version this module reads under
        /// `VersionPolicy::Exact`: [`SCHEMA_VERSION`], and the previous
        /// revision's when the module was generated with `previous`.
        pub const SCHEMA_VERSIONS: &[::core::option::Option<&'static str>] = &[#(#versions),*];

        /// Every event type this schema lists, in the schema's order.
        pub const EVENT_TYPES: &[&str] = &[#(#event_types),*];

        /// The payload of one webhook delivery, by event type.
        #[derive(Clone, Debug)]
        pub enum Event {
            #(#variants)*
            /// An event type this schema does not list (Plain adds event
            /// types over time; an unknown one is not an error).
            Unknown {
                /// The `type` of the request body.
                event_type: ::std::string::String,
                /// The payload, as raw JSON.
                payload: #runtime::RawPayload,
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
                    ) => a == b && p == q,
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

        /// The body of one webhook request: the envelope and the event.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Webhook {
            #(#fields)*
            /// The event: its type and typed payload.
            pub event: Event,
        }

        /// The envelope of one delivery, as every handler method receives
        /// it: the body's fields but `type` and `payload`, and the raw body.
        #[derive(Clone, PartialEq)]
        pub struct Context {
            #(#fields)*
            /// The request body, byte for byte as received (empty after
            /// [`Webhook::into_parts`]). Its `Debug` shows only its length.
            pub body: #runtime::Bytes,
        }

        impl ::core::fmt::Debug for Context {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("Context")
                    #(#debug_fields)*
                    .field("body", &::core::format_args!("{} bytes", self.body.len()))
                    .finish()
            }
        }

        impl Webhook {
            /// The event type, e.g. `customer.customer_updated`.
            pub fn event_type(&self) -> &str {
                self.event.event_type()
            }

            /// The envelope as a [`Context`] (its `body` empty) and the
            /// event: the envelope's fields are moved, not copied.
            pub fn into_parts(self) -> (Context, Event) {
                let Webhook { #(#field_names,)* event } = self;
                (Context { #(#field_names,)* body: #runtime::Bytes::new() }, event)
            }

            /// Verifies and parses a delivery, as Plain sends it: `body` is
            /// the raw request body, `signature` the
            /// `Plain-Request-Signature` header (`""` when absent). The
            /// signature is checked first, then the body parsed under the
            /// verifier's version policy, then its delivery time checked
            /// against the verifier's replay window.
            pub fn verify_and_parse(
                body: &[u8],
                signature: &str,
                verifier: &#runtime::Verifier,
            ) -> ::core::result::Result<Webhook, #runtime::Error> {
                verifier.verify_signature(body, signature)?;
                let webhook = parse_with(body, verifier.version_policy())?;
                verifier.check_delivery_time(#delivered, webhook.event_type())?;
                ::core::result::Result::Ok(webhook)
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

        /// The body with its payload kept raw, until `type` says what it is.
        #[derive(#private::serde::Deserialize)]
        #[serde(crate = #serde_crate, rename = "Webhook")]
        #closed
        struct __Envelope<'a> {
            #(#env_fields)*
            #[serde(rename = "type", borrow)]
            event_type: ::std::borrow::Cow<'a, str>,
            #[serde(borrow)]
            payload: &'a #private::RawValue,
        }

        /// Parses a request body, requiring the webhook target version to be
        /// one of [`SCHEMA_VERSIONS`] (as Plain's own SDK does). It does not check
        /// the signature: see [`Webhook::verify_and_parse`].
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
            let envelope: __Envelope<'_> = #private::envelope(body)?;
            let event_type: &str = &envelope.event_type;
            #private::check_version(policy, SCHEMA_VERSIONS, #body_version, event_type)?;
            let raw = envelope.payload;
            let event = match event_type {
                #(#parse_arms)*
                _ => Event::Unknown {
                    event_type: ::std::borrow::ToOwned::to_owned(event_type),
                    payload: #runtime::RawPayload::from_raw(raw),
                },
            };
            ::core::result::Result::Ok(Webhook {
                #(#moves)*
                event,
            })
        }
    }
}
