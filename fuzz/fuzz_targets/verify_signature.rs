//! `Verifier::verify_signature` on arbitrary signature, secret and body:
//! never a panic; it accepts exactly the signatures `testing::sign` makes;
//! a verifier with a second secret (rotation) accepts a signature made with
//! either and otherwise answers as the one-secret verifier does; only an
//! empty or blank secret is refused.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plain_webhooks::{testing, ErrorKind, Verifier};
use plain_webhooks_fuzz::split;

fuzz_target!(|data: &[u8]| {
    let (signature, secret, body) = split(data);
    let Ok(one) = Verifier::new(secret) else {
        // Only an empty or blank secret is refused, and for that reason.
        assert!(secret.trim_ascii().is_empty());
        return;
    };
    let result = one.verify_signature(body, &signature);
    let kind = result.as_ref().map_err(|e| e.kind()).copied();
    if body.is_empty() {
        assert_eq!(kind, Err(ErrorKind::EmptyBody));
        return;
    }
    let good = testing::sign(body, secret);
    let matches = signature.trim_ascii().eq_ignore_ascii_case(&good);
    assert_eq!(result.is_ok(), matches, "{signature:?}: {result:?}");
    if let Err(e) = &result {
        assert!(e.kind().is_signature(), "{e}");
        assert_eq!(e.status(), 401);
        assert!(
            !e.to_string().contains(&good),
            "message leaks the signature"
        );
    }
    assert!(one.verify_signature(body, &good).is_ok());
    assert!(one.verify_signature(body, &good.to_uppercase()).is_ok());
    assert!(one.verify_signature(body, &format!(" {good}\t")).is_ok());

    // Another secret: flip a bit (appending a zero byte would not do, as
    // HMAC pads short keys with zeros: `k` and `k\0` sign alike).
    let mut other = secret.to_vec();
    other[0] ^= 1;
    let Ok(just_other) = Verifier::new(&other) else {
        return; // `!` flipped to a blank secret
    };
    let other_good = testing::sign(body, &other);
    assert_eq!(
        just_other
            .verify_signature(body, &good)
            .map_err(|e| e.kind()),
        Err(ErrorKind::SignatureMismatch)
    );
    for two in [
        Verifier::new(secret).expect("a secret").with_secret(&other).expect("a secret"),
        Verifier::new(&other).expect("a secret").with_secret(secret).expect("a secret"),
    ] {
        assert!(two.verify_signature(body, &good).is_ok());
        assert!(two.verify_signature(body, &other_good).is_ok());
        let answer = two.verify_signature(body, &signature);
        if signature.trim_ascii().eq_ignore_ascii_case(&other_good) {
            assert!(answer.is_ok(), "{signature:?}: {answer:?}");
        } else {
            assert_eq!(answer.map_err(|e| e.kind()), kind, "{signature:?}");
        }
    }
});
