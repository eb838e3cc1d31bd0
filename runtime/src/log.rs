//! A cap on log lines per second, for lines an unauthenticated client can
//! cause: a flood of bad requests must not become a flood of log.

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Allows at most `per_second` lines in each one-second window; the first
/// line allowed after a window that skipped some is preceded by one line
/// saying how many were skipped. So at most `per_second + 1` lines a second.
#[derive(Debug)]
pub(crate) struct LogBudget {
    per_second: u32,
    window: Mutex<Window>,
}

#[derive(Debug)]
struct Window {
    start: Instant,
    used: u32,
    skipped: u64,
}

impl LogBudget {
    pub(crate) fn new(per_second: u32) -> Self {
        Self {
            per_second,
            window: Mutex::new(Window {
                start: Instant::now(),
                used: 0,
                skipped: 0,
            }),
        }
    }

    /// Whether one more line about `what` may be logged now.
    pub(crate) fn allow(&self, what: &str) -> bool {
        let mut w = self.window.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        if now.duration_since(w.start) >= Duration::from_secs(1) {
            if w.skipped > 0 {
                tracing::warn!(
                    skipped = w.skipped,
                    "{} {what} were not logged (at most {} lines a second)",
                    w.skipped,
                    self.per_second
                );
            }
            *w = Window {
                start: now,
                used: 0,
                skipped: 0,
            };
        }
        if w.used < self.per_second {
            w.used += 1;
            true
        } else {
            w.skipped += 1;
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_beyond_the_budget_are_skipped_until_the_next_second() {
        let budget = LogBudget::new(3);
        let allowed = (0..100).filter(|_| budget.allow("tests")).count();
        assert_eq!(allowed, 3);
        budget.window.lock().unwrap().start -= Duration::from_secs(1);
        assert!(budget.allow("tests"), "a new second starts a new budget");
        assert_eq!(budget.window.lock().unwrap().skipped, 0);
        let none = LogBudget::new(0);
        assert!(!none.allow("tests"));
    }
}
