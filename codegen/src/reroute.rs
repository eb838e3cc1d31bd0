//! Generated code names the crates typify's output uses (serde, chrono, …)
//! through the runtime's `__private`, so that users depend on the facade
//! alone: every absolute path `::serde::…` becomes
//! `::plain_webhooks::__private::serde::…`, in code and in attributes, and
//! serde's derives are told where serde is.

use proc_macro2::{Literal, TokenStream, TokenTree};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};

/// The crates typify's output (and ours) names by absolute path.
const REROUTED: &[&str] = &["serde", "serde_json", "chrono", "regress", "uuid"];

/// Reroutes every path in `file` through `private` (`<runtime>::__private`).
pub(crate) fn reroute(file: &mut syn::File, private: &syn::Path) {
    let text = private.to_token_stream().to_string().replace(' ', "");
    let serde_crate = format!("{text}::serde");
    Reroute {
        private,
        text,
        serde_crate,
    }
    .visit_file_mut(file);
}

struct Reroute<'a> {
    private: &'a syn::Path,
    /// `private` as text, for paths written inside string literals.
    text: String,
    /// What `#[serde(crate = "…")]` says.
    serde_crate: String,
}

fn is_rerouted(path: &syn::Path) -> bool {
    path.leading_colon.is_some()
        && path
            .segments
            .first()
            .is_some_and(|s| REROUTED.iter().any(|c| s.ident == c))
}

impl Reroute<'_> {
    /// A string literal that holds a path (`"::serde_json::Map::is_empty"`).
    fn literal(&self, lit: &Literal) -> Option<Literal> {
        let text = lit.to_string();
        let path = text.strip_prefix("\"::")?;
        let krate = path.split("::").next()?;
        REROUTED
            .contains(&krate)
            .then(|| Literal::string(&format!("{}::{path}", self.text).replace('"', "")))
    }

    /// Attribute arguments, which syn keeps as tokens: string literals that
    /// name rerouted paths.
    fn tokens(&self, tokens: TokenStream) -> TokenStream {
        tokens
            .into_iter()
            .map(|tt| match tt {
                TokenTree::Group(g) => {
                    let mut new = proc_macro2::Group::new(g.delimiter(), self.tokens(g.stream()));
                    new.set_span(g.span());
                    TokenTree::Group(new)
                }
                TokenTree::Literal(lit) => TokenTree::Literal(self.literal(&lit).unwrap_or(lit)),
                other => other,
            })
            .collect()
    }

    /// `#[derive(…)]` of serde's traits gains `#[serde(crate = "…")]`.
    fn attrs(&mut self, attrs: &mut Vec<syn::Attribute>) {
        let mut derives_serde = false;
        for attr in attrs.iter_mut() {
            let syn::Meta::List(list) = &mut attr.meta else {
                continue;
            };
            if list.path.is_ident("derive") {
                let Ok(mut paths) =
                    list.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                else {
                    continue;
                };
                for path in paths.iter_mut() {
                    let last = path.segments.last().map(|s| s.ident.to_string());
                    derives_serde |= matches!(last.as_deref(), Some("Serialize" | "Deserialize"));
                    self.visit_path_mut(path);
                }
                list.tokens = paths.into_token_stream();
            } else {
                list.tokens = self.tokens(std::mem::take(&mut list.tokens));
            }
        }
        if derives_serde {
            let serde_crate = &self.serde_crate;
            attrs.push(syn::parse_quote!(#[serde(crate = #serde_crate)]));
        }
    }
}

impl Reroute<'_> {
    /// `<T as ::serde::de::Error>::custom`: the trait's segments grow too.
    fn qself(&self, qself: Option<&mut syn::QSelf>, path: &syn::Path) {
        if let Some(q) = qself.filter(|_| is_rerouted(path)) {
            q.position += self.private.segments.len();
        }
    }
}

impl VisitMut for Reroute<'_> {
    fn visit_expr_path_mut(&mut self, e: &mut syn::ExprPath) {
        self.qself(e.qself.as_mut(), &e.path);
        visit_mut::visit_expr_path_mut(self, e);
    }

    fn visit_type_path_mut(&mut self, t: &mut syn::TypePath) {
        self.qself(t.qself.as_mut(), &t.path);
        visit_mut::visit_type_path_mut(self, t);
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if is_rerouted(path) {
            let mut routed = self.private.clone();
            routed.segments.extend(std::mem::take(&mut path.segments));
            *path = routed;
        }
        visit_mut::visit_path_mut(self, path);
    }

    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        self.attrs(&mut item.attrs);
        visit_mut::visit_item_struct_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        self.attrs(&mut item.attrs);
        visit_mut::visit_item_enum_mut(self, item);
    }

    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        // Items' attributes are done by `attrs`; these are fields' and
        // variants'.
        if let syn::Meta::List(list) = &mut attr.meta {
            list.tokens = self.tokens(std::mem::take(&mut list.tokens));
        }
    }
}

/// Where `tokens` name a rerouted crate by absolute path other than through
/// `__private` (for tests).
#[cfg(test)]
pub(crate) fn escapes(tokens: &TokenStream) -> Vec<String> {
    let text = tokens.to_string();
    let mut found = Vec::new();
    for krate in REROUTED {
        for pattern in [format!(":: {krate} ::"), format!("\"::{krate}::")] {
            for (at, _) in text.match_indices(&pattern) {
                let before = &text[..at];
                if !before.ends_with("__private ") && !before.ends_with("__private") {
                    found.push(text[at.saturating_sub(40)..(at + 40).min(text.len())].to_string());
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn rerouted(tokens: TokenStream) -> String {
        let mut file: syn::File = syn::parse2(tokens).expect("a file");
        reroute(&mut file, &syn::parse_quote!(::rt::__private));
        file.into_token_stream().to_string()
    }

    #[test]
    fn paths_in_code_and_attributes_go_through_the_runtime() {
        let out = rerouted(quote! {
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone)]
            pub struct S {
                #[serde(skip_serializing_if = "::serde_json::Map::is_empty")]
                pub m: ::serde_json::Map<String, ::serde_json::Value>,
                pub at: ::chrono::DateTime<::chrono::offset::Utc>,
                #[serde(rename = "::not_a_path")]
                pub other: ::std::string::String,
            }
            static P: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| ::regress::Regex::new("^a$").unwrap());
            fn f<E: ::serde::de::Error>() -> E { <E as ::serde::de::Error>::custom("x") }
            pub struct NoSerde(serde::Local);
        });
        for expected in [
            "derive (:: rt :: __private :: serde :: Deserialize , :: rt :: __private :: serde :: Serialize , Clone)",
            "# [serde (crate = \"::rt::__private::serde\")]",
            "\"::rt::__private::serde_json::Map::is_empty\"",
            ":: rt :: __private :: serde_json :: Map < String , :: rt :: __private :: serde_json :: Value >",
            ":: rt :: __private :: chrono :: DateTime < :: rt :: __private :: chrono :: offset :: Utc >",
            ":: std :: sync :: LazyLock < :: rt :: __private :: regress :: Regex >",
            "\"::not_a_path\"",
            "NoSerde (serde :: Local)",
            "< E as :: rt :: __private :: serde :: de :: Error > :: custom",
        ] {
            assert!(out.contains(expected), "no `{expected}` in {out}");
        }
        assert_eq!(out.matches("crate =").count(), 1, "{out}");
    }

    #[test]
    fn generated_code_reaches_every_crate_through_the_runtime() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schemas/test/minimal.json");
        let text = std::fs::read_to_string(path).expect("the minimal schema");
        let tokens = crate::Generator::default()
            .generate(&text)
            .expect("generates");
        assert_eq!(escapes(&tokens), Vec::<String>::new());
        assert!(tokens
            .to_string()
            .contains(":: plain_webhooks :: __private :: regress"));
    }
}
