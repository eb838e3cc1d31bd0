//! Tokens for receiving: the `Handler` trait (one `on_<event>` method per
//! event type), `Receiver` for web-framework integrations, and `handle`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::envelope::{doc_attr, read};
use crate::events::EventModel;
use crate::types::{Shape, Typed};

/// `Handler`, `Receiver`, `receiver` and `handle`.
pub(crate) fn emit(
    model: &EventModel,
    typed: &Typed,
    runtime: &syn::Path,
    private: &TokenStream,
) -> TokenStream {
    let ret = quote!(
        impl ::core::future::Future<Output = ::core::result::Result<(), Self::Error>>
            + ::core::marker::Send
    );
    let mut methods = Vec::new();
    let mut arms = Vec::new();
    for e in &model.events {
        let m = format_ident!("{}", e.method);
        let v = format_ident!("{}", e.variant);
        let t = &e.event_type;
        let (ty, what, unboxed) = match &e.payload {
            Some(def) => {
                let ty = &typed.names[def];
                let what = format!("[`{}`]", ty.to_string().replace(' ', ""));
                (quote!(#ty), what, quote!(*e))
            }
            None => (
                quote!(#runtime::RawPayload),
                "the raw JSON payload (the schema defines none)".to_string(),
                quote!(e),
            ),
        };
        let mut text = format!("Receives `{t}` events, with {what}.");
        if let Some(d) = &e.description {
            text.push_str(&format!("\n\nThe schema says: \"{d}\""));
        }
        text.push_str("\n\nThe default does nothing and returns `Ok`.");
        let doc = doc_attr(&text);
        methods.push(quote! {
            #doc
            fn #m(&self, ctx: &Context, event: #ty) -> #ret {
                let _ = (ctx, event);
                ::core::future::ready(::core::result::Result::Ok(()))
            }
        });
        arms.push(quote! { Event::#v(e) => handler.#m(&ctx, #unboxed).await, });
    }
    // A method taking an event type and its raw payload: `on_other`,
    // `on_unknown`.
    let raw_method = |name: &str, doc: &str| {
        let (m, doc) = (format_ident!("{name}"), doc_attr(doc));
        quote! {
            #doc
            fn #m(
                &self,
                ctx: &Context,
                event_type: ::std::string::String,
                payload: #runtime::RawPayload,
            ) -> #ret {
                let _ = (ctx, event_type, payload);
                ::core::future::ready(::core::result::Result::Ok(()))
            }
        }
    };
    if model.others().next().is_some() {
        methods.push(raw_method(
            "on_other",
            "Receives the events of the types this schema lists that the\n\
             macro's `events` left out, with their raw JSON payload; the\n\
             default does nothing and returns `Ok`.",
        ));
        arms.push(quote! {
            Event::Other { event_type, payload } => handler.on_other(&ctx, event_type, payload).await,
        });
    }
    methods.push(raw_method(
        "on_unknown",
        "Receives events of a type this schema does not list (Plain\n\
         adds event types); the default does nothing and returns `Ok`.",
    ));

    let w = quote!(webhook);
    let event_id = read(&typed.root, &w, &["id"], |s| {
        matches!(s, Shape::Text { .. })
    });
    let attempt = read(
        &typed.root,
        &w,
        &["webhookMetadata", "webhookDeliveryAttemptNumber"],
        |s| matches!(s, Shape::Count { .. }),
    );
    let outcome = quote!(#runtime::Outcome<H::Error>);
    let future = |lifetime| quote!(impl ::core::future::Future<Output = #outcome> + ::core::marker::Send + #lifetime);
    let (future_a, future_b) = (future(quote!('a)), future(quote!('a)));

    quote! {
        /// Implement the methods for the events you care about; each has a
        /// default that does nothing. Methods run on any thread (their
        /// futures are `Send`) and may keep state behind `&self`.
        pub trait Handler: ::core::marker::Send + ::core::marker::Sync {
            /// The error your methods return: the delivery is then answered
            /// 500, so that Plain retries it.
            type Error: ::core::marker::Send;

            #(#methods)*
        }

        /// A [`Handler`] made ready for a web framework: it implements
        /// `plain_webhooks::Receive`, which the integrations (such as
        /// `plain_webhooks::axum::router`) take. Build it with [`receiver`].
        #[derive(Clone, Debug, Default)]
        pub struct Receiver<H>(pub H);

        /// Wraps `handler` for a web-framework integration, e.g.
        /// `plain_webhooks::axum::router(plain::receiver(handler), verifier)`.
        pub fn receiver<H: Handler>(handler: H) -> Receiver<H> {
            Receiver(handler)
        }

        impl<H: Handler> #runtime::Receive for Receiver<H> {
            type Error = H::Error;

            fn versions(&self) -> ::std::vec::Vec<::core::option::Option<&'static str>> {
                SCHEMA_VERSIONS.to_vec()
            }

            fn parses(&self, body: &[u8]) -> bool {
                parse_with(body, #runtime::VersionPolicy::Any).is_ok()
            }

            fn receive<'a>(
                &'a self,
                verifier: &'a #runtime::Verifier,
                dedupe: &'a #runtime::Dedupe,
                delivery: #runtime::Delivery<'a>,
                verified: impl ::core::ops::FnOnce(&#runtime::Summary<'_>) + ::core::marker::Send + 'a,
            ) -> #future_a {
                __receive(&self.0, verifier, dedupe, delivery, verified)
            }
        }

        /// Verifies, parses and dispatches one delivery: `body` is the raw
        /// request body (pass the `Bytes`, `Vec<u8>` or `String` you
        /// received to keep it as `Context::body` without a copy),
        /// `signature` the `Plain-Request-Signature` header (`""` when
        /// absent). Each event's handler runs once per `dedupe`
        /// (`Dedupe::default()`, in memory, is the default wherever
        /// deliveries are handled; keep one for the process;
        /// `Dedupe::off()` for none). The outcome says what to answer Plain
        /// (`Outcome::status`).
        pub fn handle<'a, H: Handler>(
            handler: &'a H,
            verifier: &'a #runtime::Verifier,
            dedupe: &'a #runtime::Dedupe,
            body: impl #runtime::IntoBody,
            signature: &'a str,
        ) -> #future_b {
            __receive(handler, verifier, dedupe, #runtime::Delivery::new(body, signature), |_| {})
        }

        async fn __receive<H: Handler>(
            handler: &H,
            verifier: &#runtime::Verifier,
            dedupe: &#runtime::Dedupe,
            delivery: #runtime::Delivery<'_>,
            verified: impl ::core::ops::FnOnce(&#runtime::Summary<'_>) + ::core::marker::Send,
        ) -> #outcome {
            let webhook = match Webhook::verify_and_parse(&delivery.body, delivery.signature, verifier) {
                ::core::result::Result::Ok(webhook) => webhook,
                ::core::result::Result::Err(e) => return #runtime::Outcome::Rejected(e),
            };
            let summary = #runtime::Summary {
                event_id: #event_id,
                event_type: webhook.event_type(),
                attempt: #attempt,
            };
            verified(&summary);
            if let ::core::result::Result::Err(e) = delivery.check_headers(&summary) {
                return #runtime::Outcome::Rejected(e);
            }
            // The id outlives `webhook`, which `into_parts` consumes.
            let event_id = #private::claim_id(dedupe, summary.event_id);
            let (mut ctx, event) = webhook.into_parts();
            ctx.body = delivery.body;
            #private::guarded(dedupe, event_id.as_deref(), move || async move {
                match event {
                    #(#arms)*
                    Event::Unknown { event_type, payload } => handler.on_unknown(&ctx, event_type, payload).await,
                }
            })
            .await
        }
    }
}
