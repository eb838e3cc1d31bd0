use std::fmt;

/// One problem with a schema, located by a JSON pointer into the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Where the problem is, as a JSON pointer (`#/definitions/actor/anyOf/0`);
    /// `#` for the document as a whole.
    pub pointer: String,
    /// What is wrong.
    pub message: String,
    /// For a problem with the `events` setting rather than the schema: the
    /// index of the pattern it is about.
    pub pattern: Option<usize>,
    /// The problem is in the `previous` schema, not the main one.
    pub previous: bool,
}

impl Error {
    /// An error at `pointer`.
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            pointer: pointer.into(),
            message: message.into(),
            pattern: None,
            previous: false,
        }
    }

    /// The same error, in the `previous` schema.
    pub fn in_previous(mut self) -> Self {
        self.previous = true;
        self
    }

    /// The same error, about the `events` pattern at `index`.
    pub fn with_pattern(mut self, index: usize) -> Self {
        self.pattern = Some(index);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pointer, self.message)
    }
}

impl std::error::Error for Error {}

/// Every problem found in one pass: the generator reports them together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Errors(pub Vec<Error>);

impl Errors {
    /// The individual errors, in the order they were found.
    pub fn iter(&self) -> impl Iterator<Item = &Error> {
        self.0.iter()
    }
}

impl From<Error> for Errors {
    fn from(e: Error) -> Self {
        Self(vec![e])
    }
}

impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Errors {}
