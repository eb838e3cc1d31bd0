//! Signature checking on arbitrary signature, secret and body: never a
//! panic, it accepts exactly the signatures `testing::sign` makes, and a
//! prepared `SigningKey` decides as the raw secret does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plain_webhooks::{testing, verify_signature, ErrorKind, SigningKey};
use plain_webhooks_fuzz::split;

fuzz_target!(|data: &[u8]| {
    let (signature, secret, body) = split(data);
    let result = verify_signature(body, &signature, secret);
    let key = SigningKey::new(secret);
    assert_eq!(
        verify_signature(body, &signature, &key).map_err(|e| e.kind()),
        result.as_ref().map_err(|e| e.kind()).copied()
    );
    if secret.is_empty() || body.is_empty() {
        assert!(result.is_err());
        return;
    }
    let good = testing::sign(body, secret);
    let matches = signature.trim_ascii().eq_ignore_ascii_case(&good);
    assert_eq!(result.is_ok(), matches, "{signature:?}: {result:?}");
    if let Err(e) = &result {
        assert!(e.kind().is_signature(), "{e}");
        assert!(
            !e.to_string().contains(&good),
            "message leaks the signature"
        );
    }
    assert!(verify_signature(body, &good, secret).is_ok());
    assert!(verify_signature(body, &good.to_uppercase(), secret).is_ok());
    // Another secret: flip a bit (appending a zero byte would not do, as
    // HMAC pads short keys with zeros: `k` and `k\0` sign alike).
    let mut other = secret.to_vec();
    other[0] ^= 1;
    assert_eq!(
        verify_signature(body, &good, &other).map_err(|e| e.kind()),
        Err(ErrorKind::SignatureMismatch)
    );
});
