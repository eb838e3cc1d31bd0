//! One delivery, from the request's bytes and headers to an [`Outcome`],
//! whatever the schema: the part web-framework integrations share.

use std::future::Future;

use bytes::Bytes;

use crate::signature::check_delivery_timestamp;
use crate::VersionPolicy;
use crate::{
    verify_signature_any, Context, Dispatched, Error, ErrorKind, HandleOptions, Outcome, Secret,
};

/// A generated module's parse and dispatch, with a handler: what a web
/// framework needs to receive webhooks of any schema.
///
/// Every `#[webhooks]` module implements it for its `Receiver<H>`; build one
/// with `plain::receiver(handler)`. You do not implement it yourself.
pub trait Receive: Send + Sync {
    /// The module's `Webhook`.
    type Webhook: Send;
    /// The module's `Event`.
    type Event: Send;
    /// The handler's error.
    type Error: Send;

    /// The module's `parse_with`.
    fn parse(&self, body: &[u8], policy: VersionPolicy) -> Result<Self::Webhook, Error>;

    /// The module's `Webhook::into_parts`: the delivery's envelope, keeping
    /// `body`, and the event.
    fn split(&self, webhook: Self::Webhook, body: Bytes) -> (Context, Self::Event);

    /// Runs the handler method for the event.
    fn dispatch<'a>(
        &'a self,
        ctx: &'a Context,
        event: Self::Event,
    ) -> impl Future<Output = Result<Dispatched, Self::Error>> + Send + 'a;
}

/// A request as received: the raw body and the headers that matter.
#[derive(Clone, Debug, Default)]
pub struct Delivery<'a> {
    /// The body, byte for byte as received; it becomes the handler's
    /// [`Context::body`].
    pub body: Bytes,
    /// `Plain-Request-Signature`, if present.
    pub signature: Option<&'a str>,
    /// `Plain-Event-Id`, if present: must equal the body's `id`.
    pub event_id: Option<&'a str>,
    /// `Plain-Event-Type`, if present: must equal the body's `type`.
    pub event_type: Option<&'a str>,
}

/// Verifies the signature, parses, checks the delivery timestamp (as
/// [`verify_webhook`](crate::verify_webhook) does) and the headers against
/// the body, and dispatches.
///
/// `inspect` sees the context once the body is verified and parsed, before
/// any handler runs (integrations record the event id in their log span).
/// Nothing here catches a panicking handler; integrations do.
pub async fn receive<R: Receive + ?Sized, K: Secret>(
    receiver: &R,
    delivery: Delivery<'_>,
    secrets: &[K],
    options: &HandleOptions,
    inspect: impl FnOnce(&Context),
) -> Outcome<R::Error> {
    let Delivery {
        body,
        signature,
        event_id,
        event_type,
    } = delivery;
    let signature = signature.unwrap_or("");
    // As `verify_webhook`, but the replay check reads the timestamp from the
    // parsed body instead of scanning the bytes once more.
    if let Err(e) = verify_signature_any(&body, signature, secrets) {
        return Outcome::Rejected(e);
    }
    let webhook = match receiver.parse(&body, options.version_policy) {
        Ok(w) => w,
        Err(e) => return Outcome::Rejected(e),
    };
    let (ctx, event) = receiver.split(webhook, body);
    inspect(&ctx);
    let replay =
        check_delivery_timestamp(ctx.delivery_attempt_timestamp.as_deref(), &options.verify);
    if let Err(e) = replay.and_then(|()| check_headers(event_id, event_type, &ctx)) {
        return Outcome::Rejected(e.with_event_type(Some(&ctx.event_type)));
    }
    match receiver.dispatch(&ctx, event).await {
        Ok(Dispatched::Handled) => Outcome::Handled,
        Ok(Dispatched::Ignored) => Outcome::Ignored,
        Err(e) => Outcome::HandlerFailed(e),
    }
}

/// Plain sends the event id and type twice, in headers and in the signed
/// body; a disagreement means a proxy or a forger changed one of them.
fn check_headers(
    event_id: Option<&str>,
    event_type: Option<&str>,
    ctx: &Context,
) -> Result<(), Error> {
    let pairs = [
        ("Plain-Event-Id", event_id, "id", &ctx.event_id),
        ("Plain-Event-Type", event_type, "type", &ctx.event_type),
    ];
    for (header, sent, field, body) in pairs {
        if let Some(sent) = sent {
            if sent.trim() != body {
                return Err(Error::new(
                    ErrorKind::HeaderMismatch,
                    format!("the {header} header ({sent:?}) does not match the body's `{field}` ({body:?})"),
                )
                .with_event_type(Some(&ctx.event_type)));
            }
        }
    }
    Ok(())
}

/// A request body as `handle` takes it. An owned `Bytes`, `Vec<u8>` or
/// `String` (what web frameworks and HTTP clients hand over) becomes the
/// context's `body` without a copy; a borrowed body is copied once.
pub trait IntoBody {
    /// The body as `Bytes`.
    fn into_body(self) -> Bytes;
}

impl IntoBody for Bytes {
    fn into_body(self) -> Bytes {
        self
    }
}

impl IntoBody for Vec<u8> {
    fn into_body(self) -> Bytes {
        self.into()
    }
}

impl IntoBody for String {
    fn into_body(self) -> Bytes {
        self.into()
    }
}

impl<T: AsRef<[u8]> + ?Sized> IntoBody for &T {
    fn into_body(self) -> Bytes {
        Bytes::copy_from_slice(self.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_bodies_are_kept_and_borrowed_ones_copied() {
        let vec = b"{\"id\": 1}".to_vec();
        let at = vec.as_ptr();
        assert_eq!(vec.into_body().as_ptr(), at, "a Vec<u8> was copied");
        let bytes = Bytes::from(String::from("{}"));
        let at = bytes.as_ptr();
        assert_eq!(bytes.clone().into_body().as_ptr(), at, "Bytes were copied");

        let borrowed: &[u8] = b"{\"a\": [1, 2]}";
        let body = borrowed.into_body();
        assert_eq!(body, borrowed);
        assert_ne!(body.as_ptr(), borrowed.as_ptr());
        assert_eq!(
            ("{}".into_body(), (&vec![1u8]).into_body()),
            (Bytes::from("{}"), Bytes::from(vec![1u8]))
        );
    }
}
