//! Signature verification (being written).
