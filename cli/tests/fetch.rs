//! `plain-webhooks fetch` against a local server: the schema is written
//! byte for byte once it expands (and carries the version asked for);
//! otherwise it exits with 2, says why, and writes nothing.

mod common;
mod server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use plain_webhooks_codegen::events::EventModel;
use plain_webhooks_codegen::normalize::normalize;
use plain_webhooks_codegen::Generator;
use server::{Request, Response, Server};

fn latest() -> Vec<u8> {
    std::fs::read(common::schemas().join("latest.json")).expect("readable")
}

/// A fresh folder for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fetch-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// The names in `dir`.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("a folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// Serves `body` (200) at every path.
fn serving(body: Vec<u8>) -> Server {
    Server::start(move |_: &Request| Response::new(200, body.clone()))
}

fn fetch(server: &Server, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plain-webhooks"))
        .args(["fetch", "--base-url", &server.url("/webhooks/schema")])
        .args(args)
        .output()
        .expect("the command runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The schema's version const and number of event types, as the
/// generator reads them.
fn version_and_events(bytes: &[u8]) -> (String, usize) {
    let schema = normalize(serde_json::from_slice(bytes).expect("JSON")).expect("normalizes");
    let events = EventModel::build(&schema).expect("events").events.len();
    (schema.version.expect("latest.json pins a version"), events)
}

/// The one request `server` got: a GET of `path`.
fn assert_one_get(server: &Server, path: &str) {
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    let r = &requests[0];
    assert_eq!((r.method.as_str(), r.path.as_str()), ("GET", path));
    assert!(r.body.is_empty());
    assert!(r
        .header("User-Agent")
        .is_some_and(|ua| ua.starts_with("plain-webhooks/")));
}

#[test]
fn the_latest_schema_is_written_byte_for_byte() {
    let latest = latest();
    let (version, events) = version_and_events(&latest);
    let server = Server::start({
        let latest = latest.clone();
        move |r: &Request| match r.path.as_str() {
            "/webhooks/schema/latest.json" => Response::new(200, latest.clone()),
            _ => Response::new(404, "no such schema"),
        }
    });
    let dir = scratch("latest");
    let file = dir.join("plain.json");

    let out = fetch(&server, &["-o", file.to_str().expect("a UTF-8 path")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(&file).expect("written"), latest);
    assert_eq!(listing(&dir), ["plain.json"], "no temporary file is left");
    assert!(out.stdout.is_empty());
    let said = stderr(&out);
    for part in [
        file.display().to_string(),
        format!("version {version}"),
        format!("{events} event types"),
    ] {
        assert!(said.contains(&part), "{part:?} in {said}");
    }
    assert_one_get(&server, "/webhooks/schema/latest.json");

    // Again over the file just written, and to stdout.
    let out = fetch(&server, &["-o", file.to_str().expect("a UTF-8 path")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(&file).expect("written"), latest);
    assert_eq!(listing(&dir), ["plain.json"]);
    let out = fetch(&server, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, latest);
    assert!(stderr(&out).contains("wrote stdout"), "{}", stderr(&out));
}

#[test]
fn a_version_is_fetched_by_name_and_must_be_the_schemas_const() {
    let latest = latest();
    let (version, _) = version_and_events(&latest);
    let server = serving(latest.clone());
    let dir = scratch("version");
    let file = dir.join("plain.json");
    let file = file.to_str().expect("a UTF-8 path");

    let out = fetch(&server, &["--version", &version, "-o", file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(file).expect("written"), latest);
    assert_one_get(&server, &format!("/webhooks/schema/{version}.json"));

    // Another version's URL serving this schema: refused, the file kept.
    std::fs::write(file, "the schema from before").expect("written");
    let out = fetch(&server, &["--version", "2000-01-01", "-o", file]);
    assert_eq!(out.status.code(), Some(2));
    let said = stderr(&out);
    assert!(
        said.contains(&format!("is {version}, not 2000-01-01")),
        "{said}"
    );
    assert_eq!(
        std::fs::read_to_string(file).expect("kept"),
        "the schema from before"
    );
    assert_eq!(listing(&dir), ["plain.json"]);
    assert_one_get(&server, "/webhooks/schema/2000-01-01.json");

    // A version that is not a plain name is not put into a URL.
    let out = fetch(&server, &["--version", "../latest", "-o", file]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--version"), "{}", stderr(&out));
    assert!(server.requests().is_empty());
}

#[test]
fn missing_folders_are_created_and_errors_name_the_path_given() {
    let latest = latest();
    let server = serving(latest.clone());
    let dir = scratch("folders");
    // A new crate: no schemas/plain/ yet.
    let out = Command::new(env!("CARGO_BIN_EXE_plain-webhooks"))
        .current_dir(&dir)
        .args(["fetch", "--base-url", &server.url("/webhooks/schema")])
        .args(["-o", "schemas/plain/latest.json"])
        .output()
        .expect("the command runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(dir.join("schemas/plain/latest.json")).expect("written"),
        latest
    );
    assert!(
        stderr(&out).contains("wrote schemas/plain/latest.json"),
        "{}",
        stderr(&out)
    );
    assert_eq!(listing(&dir.join("schemas/plain")), ["latest.json"]);

    // A file where a folder should be: the error starts with the path given.
    std::fs::write(dir.join("taken"), "a file").expect("written");
    let out = Command::new(env!("CARGO_BIN_EXE_plain-webhooks"))
        .current_dir(&dir)
        .args(["fetch", "--base-url", &server.url("/webhooks/schema")])
        .args(["-o", "taken/latest.json"])
        .output()
        .expect("the command runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .starts_with("plain-webhooks: taken/latest.json: cannot create the folder taken"),
        "{}",
        stderr(&out)
    );
    assert_eq!(listing(&dir), ["schemas", "taken"]);
}

#[test]
fn a_404_exits_2_naming_the_url_and_status() {
    let server = Server::start(|_: &Request| Response::new(404, "no such schema"));
    let dir = scratch("404");
    let file = dir.join("plain.json");

    let out = fetch(&server, &["-o", file.to_str().expect("a UTF-8 path")]);
    assert_eq!(out.status.code(), Some(2));
    let said = stderr(&out);
    let url = server.url("/webhooks/schema/latest.json");
    assert!(
        said.contains(&format!("GET {url}: 404 Not Found")),
        "{said}"
    );
    assert!(listing(&dir).is_empty());
    assert!(out.stdout.is_empty());
}

#[test]
fn a_body_the_generator_cannot_expand_exits_2_with_its_messages_and_writes_nothing() {
    let truncated =
        r#"{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"a": {"type": "#;
    for body in [r#"{"type": 5}"#, truncated] {
        let expected = Generator::default()
            .generate(body)
            .expect_err("not a schema")
            .to_string();
        let server = serving(body.into());
        let dir = scratch("invalid");
        let file = dir.join("plain.json");

        let out = fetch(&server, &["-o", file.to_str().expect("a UTF-8 path")]);
        assert_eq!(out.status.code(), Some(2), "{body}");
        let said = stderr(&out);
        assert!(said.contains(&expected), "{expected:?} in {said}");
        assert!(listing(&dir).is_empty(), "{body}");

        let out = fetch(&server, &[]);
        assert_eq!(out.status.code(), Some(2), "{body}");
        assert!(out.stdout.is_empty(), "nothing on stdout either");
    }
}

#[test]
fn an_answer_over_16_mib_is_refused() {
    for content_length in [true, false] {
        let server = Server::start(move |_: &Request| Response {
            status: 200,
            body: vec![b' '; 16 * 1024 * 1024 + 1],
            content_length,
        });
        let dir = scratch("large");
        let file = dir.join("plain.json");

        let out = fetch(&server, &["-o", file.to_str().expect("a UTF-8 path")]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "Content-Length: {content_length}"
        );
        let said = stderr(&out);
        assert!(said.contains("larger than 16 MiB"), "{said}");
        assert!(listing(&dir).is_empty());
    }
}
