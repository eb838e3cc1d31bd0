//! The last step: every item of the module, as tokens.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use crate::events::EventModel;
use crate::normalize::Schema;
use crate::{adjust, envelope, handler, reroute, tagged, types, Error, Errors, Settings};

/// Generates every item for a normalized schema and its event model:
/// typify's types, the tagged unions, the envelope and the handler, with
/// every crate they use reached through the runtime.
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
    let private_path: syn::Path = syn::parse_quote!(#runtime::__private);
    let private = private_path.to_token_stream();

    let typed = types::typify(schema)?;
    let items = &typed.items;
    let unions = tagged::emit(schema, &typed.names, &private);
    let envelope = envelope::emit(schema, model, &typed, &runtime, &private);
    let handler = handler::emit(model, &typed, &runtime, &private);
    let mut file: syn::File = syn::parse2(quote! {
        #items
        #unions
        #envelope
        #handler
    })
    .map_err(|e| Error::new("#", format!("generated code we cannot read: {e}")))?;
    adjust::adjust(&mut file);
    reroute::reroute(&mut file, &private_path);
    Ok(file.into_token_stream())
}
