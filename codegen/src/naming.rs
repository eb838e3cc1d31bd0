//! Turning schema names and values into Rust identifiers.

use heck::{ToPascalCase, ToSnakeCase};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "gen",
];

fn clean(input: &str) -> String {
    input
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect()
}

/// `UpperCamelCase` identifier for any string, never empty, never a keyword,
/// never starting with a digit.
pub(crate) fn pascal(input: &str) -> String {
    let mut out = clean(input).to_pascal_case();
    if out.is_empty() {
        out = "Empty".to_string();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'X');
    }
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// `snake_case` identifier for any string, never empty, never a keyword,
/// never starting with a digit.
pub(crate) fn snake(input: &str) -> String {
    let mut out = clean(input).to_snake_case();
    if out.is_empty() {
        out = "empty".to_string();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'x');
    }
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// The type name of a definition: `UpperCamelCase`, as typify names types,
/// never a keyword.
pub(crate) fn type_name(def: &str) -> String {
    let out = def
        .replace('\'', "")
        .replace(|c: char| !unicode_ident::is_xid_continue(c), "-")
        .to_pascal_case();
    let out = match out.chars().next() {
        None => "X".to_string(),
        Some(c) if unicode_ident::is_xid_start(c) => out,
        Some(_) => format!("X{out}"),
    };
    if KEYWORDS.contains(&out.as_str()) {
        format!("{out}_")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(pascal("UNKNOWN"), "Unknown");
        assert_eq!(pascal("machineUser"), "MachineUser");
        assert_eq!(pascal("customer_updated"), "CustomerUpdated");
        assert_eq!(pascal("thread.email_received"), "ThreadEmailReceived");
        assert_eq!(pascal("1x"), "X1x");
        assert_eq!(pascal(""), "Empty");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("customerUpdated"), "customer_updated");
        assert_eq!(
            type_name("customerUpdatedPublicEventPayload"),
            "CustomerUpdatedPublicEventPayload"
        );
    }
}
