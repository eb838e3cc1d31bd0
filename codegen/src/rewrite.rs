//! Rewrites of typify's output, after it is rerouted through the runtime:
//! faster readers where the runtime has one that gives the same values and
//! errors, and distinct field names.

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::visit_mut::{self, VisitMut};

/// Applies every rewrite; `private` is the runtime's `__private` path, as
/// text without spaces.
pub(crate) fn rewrite(file: &mut syn::File, private: &str) {
    DistinctFields.visit_file_mut(file);
    FastDateTimes {
        datetime: format!("{private}::datetime"),
    }
    .visit_file_mut(file);
    let strings: syn::Path =
        syn::parse_str(&format!("{private}::strings")).expect("the runtime path is a path");
    let typify_deserialize = format!(
        "::std::string::String::deserialize(deserializer)?.parse()\
         .map_err(|e:self::error::ConversionError|\
         {{<D::Error as {private}::serde::de::Error>::custom(e.to_string())}})"
    );
    ConstrainedStrings {
        typify_deserialize: squeeze(&typify_deserialize),
        strings: quote!(#strings),
    }
    .visit_file_mut(file);
}

/// `DateTime<Utc>` fields are read and written by the runtime's `datetime`,
/// which handles the usual shapes directly and leaves the rest to chrono
/// (same values, same text, same errors; a fifth of a thread event's parse
/// saved).
struct FastDateTimes {
    datetime: String,
}

/// Whether `ty` is `…chrono::DateTime<…Utc>`.
pub(crate) fn is_utc_datetime(ty: &syn::Type) -> bool {
    let syn::Type::Path(p) = ty else {
        return false;
    };
    let segments: Vec<&syn::PathSegment> = p.path.segments.iter().collect();
    let [.., krate, last] = segments.as_slice() else {
        return false;
    };
    if krate.ident != "chrono" || last.ident != "DateTime" {
        return false;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return false;
    };
    matches!(
        args.args.first(),
        Some(syn::GenericArgument::Type(syn::Type::Path(tz)))
            if tz.path.segments.last().is_some_and(|s| s.ident == "Utc")
    )
}

/// `T` when `ty` is `Option<T>` (`::std::option::Option` or `Option`).
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else {
        return None;
    };
    let last = p.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => match args.args.first()? {
            syn::GenericArgument::Type(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

/// The keys of a field's `#[serde(...)]` attributes (`rename`, `default`, …).
fn serde_keys(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut keys = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        // typify writes well-formed attributes; one that does not parse
        // simply names no keys.
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(ident) = meta.path.get_ident() {
                keys.push(ident.to_string());
            }
            if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            }
            Ok(())
        });
    }
    keys
}

impl VisitMut for FastDateTimes {
    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        let keys = serde_keys(&field.attrs);
        let has = |k: &str| keys.iter().any(|key| key == k);
        if has("with") || has("deserialize_with") || has("serialize_with") {
            return;
        }
        let (read, write) = if is_utc_datetime(&field.ty) {
            ("deserialize", "serialize")
        } else if option_inner(&field.ty).is_some_and(is_utc_datetime)
            // Without `default`, serde reads a missing `Option` field as
            // `None` only when it has no `deserialize_with`.
            && has("default")
        {
            ("deserialize_option", "serialize_option")
        } else {
            return;
        };
        let read = format!("{}::{read}", self.datetime);
        let write = format!("{}::{write}", self.datetime);
        field.attrs.push(syn::parse_quote!(
            #[serde(deserialize_with = #read, serialize_with = #write)]
        ));
    }
}

/// typify names fields by snake-casing property names, so `fooBar` and
/// `foo_bar` (or `self` and `Self`) would both become `foo_bar`: a later
/// duplicate gets a numbered name. serde's `rename` keeps the JSON name, and
/// struct expressions (typify's `Default` impls) list fields in the same
/// order, so they are renamed alike.
struct DistinctFields;

fn distinct<'a>(idents: impl Iterator<Item = &'a mut Ident>) {
    let mut idents: Vec<&mut Ident> = idents.collect();
    let mut taken: std::collections::BTreeSet<String> =
        idents.iter().map(|i| i.to_string()).collect();
    let mut seen = std::collections::BTreeSet::new();
    for ident in &mut idents {
        let name = ident.to_string();
        if seen.insert(name.clone()) {
            continue;
        }
        let base = name.trim_start_matches("r#");
        let fresh = (2..)
            .map(|n| format!("{base}_{n}"))
            .find(|c| !taken.contains(c))
            .expect("an unused name exists");
        taken.insert(fresh.clone());
        **ident = Ident::new(&fresh, ident.span());
    }
}

impl VisitMut for DistinctFields {
    fn visit_fields_named_mut(&mut self, fields: &mut syn::FieldsNamed) {
        let before: Vec<Option<String>> = fields
            .named
            .iter()
            .map(|f| f.ident.as_ref().map(|i| i.to_string()))
            .collect();
        distinct(fields.named.iter_mut().filter_map(|f| f.ident.as_mut()));
        for (field, old) in fields.named.iter_mut().zip(before) {
            let renamed = field.ident.as_ref().map(|i| i.to_string()) != old;
            let has_rename = field
                .attrs
                .iter()
                .any(|a| a.path().is_ident("serde") && quote!(#a).to_string().contains("rename"));
            if let (true, false, Some(old)) = (renamed, has_rename, old) {
                // The JSON name was the old identifier itself.
                let json = old.trim_start_matches("r#").to_string();
                field
                    .attrs
                    .push(syn::parse_quote!(#[serde(rename = #json)]));
            }
        }
        visit_mut::visit_fields_named_mut(self, fields);
    }

    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        distinct(e.fields.iter_mut().filter_map(|f| match &mut f.member {
            syn::Member::Named(i) => Some(i),
            syn::Member::Unnamed(_) => None,
        }));
        visit_mut::visit_expr_struct_mut(self, e);
    }
}

/// typify reads a constrained string (`minLength`, `maxLength`, `pattern`)
/// as `String::deserialize(d)?.parse()`, and `FromStr` copies it again into
/// the newtype; its checks count characters and search for the pattern.
/// The runtime's `strings` reads it with one allocation, and decides length
/// by byte count where that is enough; a pattern is only tested for a
/// match. Values and errors stay the same (runtime `strings.rs` tests
/// that); code typify writes differently is left as it is.
struct ConstrainedStrings {
    /// The body of typify's `deserialize` for a string newtype, squeezed.
    typify_deserialize: String,
    /// `<private>::strings`, the runtime's helpers.
    strings: TokenStream,
}

/// Tokens as text without spaces, and without trailing commas in calls
/// (typify writes one in some).
fn squeeze(text: &str) -> String {
    text.split_whitespace()
        .collect::<String>()
        .replace(",)", ")")
}

impl ConstrainedStrings {
    /// Whether `f` is typify's `deserialize` of a string newtype.
    fn is_string_then_parse(&self, f: &syn::ImplItemFn) -> bool {
        let [syn::Stmt::Expr(body, None)] = f.block.stmts.as_slice() else {
            return false;
        };
        f.sig.ident == "deserialize"
            && squeeze(&quote!(#body).to_string()) == self.typify_deserialize
    }

    /// `value.chars().count() > n` (or `<`) as a call to the runtime.
    fn length_check(&self, e: &syn::Expr) -> Option<syn::Expr> {
        let syn::Expr::Binary(b) = e else {
            return None;
        };
        let check = match b.op {
            syn::BinOp::Gt(_) => quote!(chars_above),
            syn::BinOp::Lt(_) => quote!(chars_below),
            _ => return None,
        };
        let syn::Expr::Lit(n) = &*b.right else {
            return None;
        };
        let value = method_chain(&b.left, &["chars", "count"])?;
        let strings = &self.strings;
        Some(syn::parse_quote!(#strings::#check(#value, #n)))
    }
}

/// The receiver of `value.m1().m2()…` when it is a plain name and every
/// method takes no argument.
fn method_chain<'a>(e: &'a syn::Expr, methods: &[&str]) -> Option<&'a syn::Path> {
    let mut e = e;
    for method in methods.iter().rev() {
        let syn::Expr::MethodCall(call) = e else {
            return None;
        };
        if call.method != method || call.turbofish.is_some() || !call.args.is_empty() {
            return None;
        }
        e = &call.receiver;
    }
    match e {
        syn::Expr::Path(p) if p.qself.is_none() && p.path.get_ident().is_some() => Some(&p.path),
        _ => None,
    }
}

/// `PATTERN.find(value).is_none()` as `!PATTERN.is_match(value)`: the
/// pattern engines need not find where a match starts.
fn pattern_check(e: &syn::Expr) -> Option<syn::Expr> {
    let syn::Expr::MethodCall(is_none) = e else {
        return None;
    };
    let syn::Expr::MethodCall(find) = &*is_none.receiver else {
        return None;
    };
    if is_none.method != "is_none" || !is_none.args.is_empty() || find.method != "find" {
        return None;
    }
    let pattern = method_chain(&find.receiver, &[]).filter(|p| p.is_ident("PATTERN"))?;
    let [value] = find.args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    Some(syn::parse_quote!(!#pattern.is_match(#value)))
}

impl VisitMut for ConstrainedStrings {
    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        let is_deserialize = item
            .trait_
            .as_ref()
            .and_then(|(_, path, _)| path.segments.last())
            .is_some_and(|s| s.ident == "Deserialize");
        if let (true, [syn::ImplItem::Fn(f)]) = (is_deserialize, item.items.as_mut_slice()) {
            if self.is_string_then_parse(f) {
                let strings = &self.strings;
                f.block = syn::parse_quote!({ #strings::deserialize_from_str(deserializer) });
            }
        }
        visit_mut::visit_item_impl_mut(self, item);
    }

    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        visit_mut::visit_expr_mut(self, e);
        if let Some(faster) = self.length_check(e).or_else(|| pattern_check(e)) {
            *e = faster;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(tokens: TokenStream) -> syn::Field {
        let item: syn::ItemStruct = syn::parse2(quote!(struct S { #tokens })).expect("a struct");
        item.fields.into_iter().next().expect("one field")
    }

    fn fast(tokens: TokenStream) -> Vec<String> {
        let mut f = field(tokens);
        let mut v = FastDateTimes {
            datetime: "::rt::datetime".into(),
        };
        syn::visit_mut::VisitMut::visit_field_mut(&mut v, &mut f);
        serde_keys(&f.attrs)
    }

    #[test]
    fn date_time_fields_get_the_runtime_reader_and_writer() {
        let keys = fast(quote!(a: ::x::chrono::DateTime<::x::chrono::offset::Utc>));
        assert!(keys.contains(&"deserialize_with".to_string()), "{keys:?}");
        assert!(keys.contains(&"serialize_with".to_string()), "{keys:?}");
        // An Option needs `default`, else a missing field would be an error.
        let optional = quote!(#[serde(default)] a: Option<chrono::DateTime<Utc>>);
        assert!(fast(optional).contains(&"deserialize_with".to_string()));
        let required = quote!(#[serde(rename = "defaultAt")] a: Option<chrono::DateTime<Utc>>);
        assert_eq!(fast(required), vec!["rename"]);
        // Not chrono's, not UTC, or already customised: left alone.
        for other in [
            quote!(a: DateTime<Utc>),
            quote!(a: chrono::DateTime<FixedOffset>),
            quote!(#[serde(with = "m")] a: chrono::DateTime<Utc>),
        ] {
            assert!(!fast(other).contains(&"deserialize_with".to_string()));
        }
    }

    fn rewritten(tokens: TokenStream) -> String {
        let mut file: syn::File = syn::parse2(tokens).expect("a file");
        rewrite(&mut file, "::rt::__private");
        squeeze(&quote!(#file).to_string())
    }

    #[test]
    fn constrained_strings_are_read_once_and_checked_by_the_runtime() {
        let typify = quote! {
            impl ::std::str::FromStr for Id {
                type Err = self::error::ConversionError;
                fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
                    if value.chars().count() > 5000usize {
                        return Err("longer than 5000 characters".into());
                    }
                    if value.chars().count() < 1usize {
                        return Err("shorter than 1 characters".into());
                    }
                    if PATTERN.find(value).is_none() {
                        return Err("doesn't match pattern".into());
                    }
                    Ok(Self(value.to_string()))
                }
            }
            impl<'de> ::rt::__private::serde::Deserialize<'de> for Id {
                fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
                where
                    D: ::rt::__private::serde::Deserializer<'de>,
                {
                    ::std::string::String::deserialize(deserializer)?
                        .parse()
                        .map_err(|e: self::error::ConversionError| {
                            <D::Error as ::rt::__private::serde::de::Error>::custom(
                                e.to_string(),
                            )
                        })
                }
            }
        };
        let out = rewritten(typify);
        for expected in [
            "if::rt::__private::strings::chars_above(value,5000usize)",
            "if::rt::__private::strings::chars_below(value,1usize)",
            "if!PATTERN.is_match(value)",
            "{::rt::__private::strings::deserialize_from_str(deserializer)}",
        ] {
            assert!(out.contains(expected), "no `{expected}` in {out}");
        }
        assert!(!out.contains("count()") && !out.contains("find("), "{out}");
    }

    #[test]
    fn other_code_is_left_alone() {
        let other = quote! {
            fn f(value: &str, s: &S) -> bool {
                value.chars().count() >= 3
                    || s.name.chars().count() > 2
                    || value.chars().count() > n
                    || OTHER.find(value).is_none()
            }
            impl<'de> Deserialize<'de> for Name {
                fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    String::deserialize(d).map(Self)
                }
            }
        };
        let before = {
            let file: syn::File = syn::parse2(other.clone()).expect("a file");
            squeeze(&quote!(#file).to_string())
        };
        assert_eq!(rewritten(other), before);
    }
}
