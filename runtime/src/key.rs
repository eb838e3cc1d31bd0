//! Signing secrets as the checks take them: raw bytes, or a [`SigningKey`]
//! whose HMAC key schedule is computed once.

use std::borrow::Cow;
use std::fmt;

use crate::signature::{keyed_with, HmacSha256};

/// A webhook signing secret with its HMAC-SHA256 key schedule computed once.
///
/// Every check keyed with raw bytes first hashes the secret into HMAC's inner
/// and outer states: two SHA-256 blocks, about 0.1 µs, near a tenth of the
/// whole check of a 2 KB body. Build a `SigningKey` once at startup and pass
/// `&key` wherever a secret goes ([`verify_signature`](crate::verify_signature),
/// a generated module's `handle`, [`receive`](crate::receive)); the axum
/// integration does this itself.
///
/// It signs as well as the secret does, so treat it as the secret: `Debug`
/// does not show it.
///
/// ```
/// use plain_webhooks::{testing, verify_signature, SigningKey};
///
/// let key = SigningKey::new("the signing secret");
/// let body = br#"{"hello":"world"}"#;
/// let signature = testing::sign(body, b"the signing secret");
/// assert!(verify_signature(body, &signature, &key).is_ok());
/// ```
#[derive(Clone)]
pub struct SigningKey {
    /// `None` for an empty secret, which every check refuses.
    keyed: Option<HmacSha256>,
}

impl SigningKey {
    /// Prepares `secret` (the bytes of Plain's signing secret, as shown in
    /// its settings).
    pub fn new(secret: impl AsRef<[u8]>) -> Self {
        Self {
            keyed: keyed(secret.as_ref()),
        }
    }

    /// Whether the secret was empty: checks with it fail with
    /// [`EmptySecret`](crate::ErrorKind::EmptySecret).
    pub fn is_empty(&self) -> bool {
        self.keyed.is_none()
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.is_empty() {
            "SigningKey(empty)"
        } else {
            "SigningKey(redacted)"
        })
    }
}

/// What the checks accept as a signing secret: the raw bytes (`&[u8]`, a
/// byte-string literal, `&str`, `&Vec<u8>`, `&String`) or a prepared
/// [`SigningKey`]. Sealed: implemented here only.
pub trait Secret: sealed::Keyed {}

impl<T: sealed::Keyed + ?Sized> Secret for T {}

pub(crate) mod sealed {
    use super::*;

    /// The HMAC state keyed with a secret.
    pub trait Keyed {
        /// Whether the secret is empty (such a secret never verifies).
        fn is_empty_secret(&self) -> bool;
        /// HMAC keyed with the secret; `None` when it is empty.
        fn keyed(&self) -> Option<Cow<'_, HmacSha256>>;
    }

    impl Keyed for [u8] {
        fn is_empty_secret(&self) -> bool {
            self.is_empty()
        }
        fn keyed(&self) -> Option<Cow<'_, HmacSha256>> {
            keyed(self).map(Cow::Owned)
        }
    }

    impl Keyed for SigningKey {
        fn is_empty_secret(&self) -> bool {
            self.is_empty()
        }
        fn keyed(&self) -> Option<Cow<'_, HmacSha256>> {
            self.keyed.as_ref().map(Cow::Borrowed)
        }
    }

    /// Forwards to the bytes (or the key) behind a reference or container.
    macro_rules! via {
        ($($t:ty => $bytes:expr),* $(,)?) => {$(
            impl Keyed for $t {
                fn is_empty_secret(&self) -> bool {
                    Keyed::is_empty_secret($bytes(self))
                }
                fn keyed(&self) -> Option<Cow<'_, HmacSha256>> {
                    Keyed::keyed($bytes(self))
                }
            }
        )*};
    }
    via!(str => str::as_bytes, Vec<u8> => Vec::as_slice, String => String::as_bytes);

    impl<const N: usize> Keyed for [u8; N] {
        fn is_empty_secret(&self) -> bool {
            N == 0
        }
        fn keyed(&self) -> Option<Cow<'_, HmacSha256>> {
            self.as_slice().keyed()
        }
    }

    impl<T: Keyed + ?Sized> Keyed for &T {
        fn is_empty_secret(&self) -> bool {
            (**self).is_empty_secret()
        }
        fn keyed(&self) -> Option<Cow<'_, HmacSha256>> {
            (**self).keyed()
        }
    }
}

fn keyed(secret: &[u8]) -> Option<HmacSha256> {
    (!secret.is_empty()).then(|| keyed_with(secret))
}

#[cfg(test)]
mod tests {
    use hmac::Mac;

    use super::sealed::Keyed;
    use super::*;

    #[test]
    fn every_form_of_a_secret_keys_the_same_hmac() {
        let tag = |k: &dyn Keyed| {
            let mut mac = k.keyed().expect("not empty").into_owned();
            mac.update(b"body");
            mac.finalize().into_bytes()
        };
        let expected = tag(&b"s3cret".as_slice());
        let key = SigningKey::new("s3cret");
        let forms: [&dyn Keyed; 7] = [
            b"s3cret",
            &"s3cret",
            &b"s3cret".to_vec(),
            &String::from("s3cret"),
            &key,
            &&key,
            &key.clone(),
        ];
        for form in forms {
            assert!(!form.is_empty_secret());
            assert_eq!(tag(form), expected);
        }
        assert_ne!(tag(b"s3cret!"), expected);
    }

    #[test]
    fn empty_secrets_are_empty_in_every_form() {
        let key = SigningKey::new(b"");
        let forms: [&dyn Keyed; 5] = [b"", &"", &Vec::<u8>::new(), &key, &[0u8; 0]];
        for form in forms {
            assert!(form.is_empty_secret());
            assert!(form.keyed().is_none());
        }
        assert_eq!(format!("{key:?}"), "SigningKey(empty)");
        assert_eq!(
            format!("{:?}", SigningKey::new("x")),
            "SigningKey(redacted)"
        );
    }
}
