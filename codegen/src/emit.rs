//! The last step: every item of the module, as tokens, made once from the
//! model.

use proc_macro2::TokenStream;
use quote::quote;

use crate::events::EventModel;
use crate::items::{self, Paths};
use crate::model::Model;
use crate::normalize::Schema;
use crate::{envelope, handler, types, Error, Errors, Settings};

/// Generates every item for a normalized schema and its event model: the
/// model's types, the envelope and the handler, with every crate they use
/// reached through the runtime.
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
    let paths = Paths::new(quote!(#runtime::__private));
    let types = Model::build(schema)?;
    let typed = types::typed(&types, &paths);
    let items = items::emit(&types, &paths);
    let private = &paths.private;
    let envelope = envelope::emit(schema, model, &typed, &runtime, private);
    let handler = handler::emit(model, &typed, &runtime, private);
    Ok(quote! {
        #items
        #envelope
        #handler
    })
}
