//! Helpers for testing webhook handlers (being written).
