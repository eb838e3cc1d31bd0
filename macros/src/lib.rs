//! The `#[webhooks(schema = "...")]` attribute of `plain-webhooks`.
//!
//! A thin shell: it reads the schema file, hands it to
//! `plain_webhooks_codegen`, and turns every problem into a spanned
//! `compile_error!`. Use it through `plain_webhooks::webhooks`.

use std::path::{Path, PathBuf};

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse::Parser, spanned::Spanned, ItemMod, LitStr};

/// Fills a module with the types of a Plain webhook schema.
///
/// ```text
/// #[plain_webhooks::webhooks(schema = "schemas/plain/latest.json")]
/// pub mod plain {}
/// ```
///
/// The path is relative to the crate's `CARGO_MANIFEST_DIR`, or absolute.
///
/// `events = ["customer.*", "thread.thread_created"]` generates less: only
/// the chosen event types get a variant and an `on_` method, the other
/// listed types arrive raw at `on_other`, and only the definitions the
/// chosen events use are generated.
///
/// `previous = "schemas/plain/old.json"` makes one module that reads the
/// bodies of both revisions, for Plain's upgrade path: its types accept
/// what either schema accepts (fields missing from one are `Option`, a
/// value whose shape changed is an enum of both shapes), and under
/// `VersionPolicy::Exact` it accepts both versions. Remove it once the
/// webhook target is switched.
#[proc_macro_attribute]
pub fn webhooks(attr: TokenStream, item: TokenStream) -> TokenStream {
    match expand(attr.into(), item.into()) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn expand(
    attr: proc_macro2::TokenStream,
    item: proc_macro2::TokenStream,
) -> syn::Result<proc_macro2::TokenStream> {
    let mut schema: Option<LitStr> = None;
    let mut runtime: Option<LitStr> = None;
    let mut events: Option<Vec<LitStr>> = None;
    let mut previous: Option<LitStr> = None;
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("schema") {
            schema = Some(meta.value()?.parse()?);
            Ok(())
        } else if meta.path.is_ident("previous") {
            previous = Some(meta.value()?.parse()?);
            Ok(())
        } else if meta.path.is_ident("runtime") {
            runtime = Some(meta.value()?.parse()?);
            Ok(())
        } else if meta.path.is_ident("events") {
            let value = meta.value()?;
            let list;
            syn::bracketed!(list in value);
            let patterns = list.parse_terminated(|p| p.parse::<LitStr>(), syn::Token![,])?;
            events = Some(patterns.into_iter().collect());
            Ok(())
        } else {
            Err(meta.error(
                "unknown argument; expected `schema = \"path/to/schema.json\"` \
                 and optionally `previous = \"path/to/old.json\"`, `events = [\"customer.*\", …]`",
            ))
        }
    });
    parser.parse2(attr.clone())?;
    let schema = schema.ok_or_else(|| {
        syn::Error::new(
            attr.span(),
            "missing `schema = \"path/to/schema.json\"` (relative to CARGO_MANIFEST_DIR)",
        )
    })?;
    let mut module: ItemMod = syn::parse2(item)?;
    let Some((_, content)) = module.content.take() else {
        return Err(syn::Error::new(
            module.semi.span(),
            "write `mod name {}`: the macro fills the module's body",
        ));
    };

    let (path, text) = read(&schema)?;
    let previous = match &previous {
        Some(lit) => Some((lit, read(lit)?)),
        None => None,
    };
    let shown = schema.value();

    let mut settings = plain_webhooks_codegen::Settings::new();
    if let Some(r) = &runtime {
        settings.with_runtime_path(r.value());
    }
    if let Some(list) = &events {
        settings.with_events(list.iter().map(LitStr::value));
    }
    let generator = plain_webhooks_codegen::Generator::new(&settings);
    let generated = std::panic::catch_unwind(|| match &previous {
        Some((_, (_, old))) => generator.generate_with_previous(&text, old),
        None => generator.generate(&text),
    })
    .map_err(|_| {
        syn::Error::new(
            schema.span(),
            format!("{shown}: the code generator panicked"),
        )
    })?
    .map_err(|errors| {
        let mut all = errors.iter().map(|e| {
            // A pattern that matches nothing is reported where it is
            // written; a problem in `previous`, at its path.
            let file = match &previous {
                Some((lit, _)) if e.previous => lit,
                _ => &schema,
            };
            let at = e
                .pattern
                .and_then(|i| events.as_ref()?.get(i))
                .map_or(file.span(), LitStr::span);
            syn::Error::new(at, format!("{}: {e}", file.value()))
        });
        let mut first = all.next().expect("an error list is never empty");
        for e in all {
            first.combine(e);
        }
        first
    })?;
    let include = std::iter::once((&schema, &path))
        .chain(previous.iter().map(|(lit, (p, _))| (*lit, p)))
        .map(|(lit, p)| LitStr::new(&p.display().to_string(), lit.span()));
    // Schemas describe only some fields; a crate that denies missing docs
    // must still compile. The module gets a doc unless the user wrote one.
    module.attrs.push(syn::parse_quote!(#[allow(missing_docs)]));
    if !module.attrs.iter().any(|a| a.path().is_ident("doc")) {
        let from = match &previous {
            Some((lit, _)) => format!("`{shown}` and its previous revision `{}`", lit.value()),
            None => format!("`{shown}`"),
        };
        let doc = format!(
            " Plain's webhooks, typed: generated from {from} by `plain_webhooks::webhooks`."
        );
        module.attrs.push(syn::parse_quote!(#[doc = #doc]));
    }
    // The generated items are spliced in as they are, not parsed again.
    let ItemMod {
        attrs,
        vis,
        unsafety,
        mod_token,
        ident,
        ..
    } = module;
    Ok(quote! {
        #(#attrs)*
        #vis #unsafety #mod_token #ident {
            #(#content)*
            // Makes Cargo rebuild when a schema changes.
            #(const _: &[u8] = ::core::include_bytes!(#include);)*
            #generated
        }
    })
}

/// The schema file a path argument names, and its text.
fn read(lit: &LitStr) -> syn::Result<(PathBuf, String)> {
    let shown = lit.value();
    let path = resolve(&shown);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        let hint = if Path::new(&shown).is_absolute() {
            String::new()
        } else {
            format!(
                "; relative paths start at CARGO_MANIFEST_DIR: looked for {}",
                path.display()
            )
        };
        syn::Error::new(
            lit.span(),
            format!("cannot read schema `{shown}` ({e}){hint}"),
        )
    })?;
    Ok((path, text))
}

fn resolve(p: &str) -> PathBuf {
    let p = Path::new(p);
    if p.is_absolute() {
        return p.to_path_buf();
    }
    let base = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    base.join(p)
}
