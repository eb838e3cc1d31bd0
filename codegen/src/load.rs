//! Reading the schema text into a JSON document.

use serde_json::Value;

use crate::Error;

/// Parses schema text. The document must be a JSON object.
pub(crate) fn parse(text: &str) -> Result<Value, Error> {
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        Error::new(
            "#",
            format!(
                "invalid JSON at line {}, column {}: {}",
                e.line(),
                e.column(),
                strip_location(&e.to_string())
            ),
        )
    })?;
    if !doc.is_object() {
        return Err(Error::new("#", "a schema must be a JSON object"));
    }
    Ok(doc)
}

/// serde_json appends " at line L column C"; we report the location ourselves.
pub(crate) fn strip_location(msg: &str) -> &str {
    match msg.rfind(" at line ") {
        Some(i) => &msg[..i],
        None => msg,
    }
}
