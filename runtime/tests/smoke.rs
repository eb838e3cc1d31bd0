#![deny(warnings)]
#[plain_webhooks::webhooks(schema = "../schemas/plain/latest.json")]
pub mod plain {}

#[test]
fn smoke() {
    let body = std::fs::read("../../shared/fixtures/customer-updated.unversioned.json").unwrap();
    let r = plain::parse_with(&body, plain_webhooks::VersionPolicy::Any);
    println!("{r:#?}");
    let r = plain::parse(&body);
    println!("{r:?}");
}
