//! The quickstart's path, as separate processes: the `receiver` command
//! listens, the `send` command signs and posts, the receiver prints.

mod common;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Kills the receiver when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn bodies() -> Vec<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    vec![
        manifest.join("bodies/customer-updated.json"),
        manifest.join("../../schemas/plain/examples/customer-updated.unversioned.json"),
    ]
}

/// A started receiver: its process, and the lines it prints.
struct Receiver {
    running: Running,
    lines: mpsc::Receiver<String>,
}

/// Starts the receiver with `args`, on a free loopback port unless `env`
/// says otherwise, with no secret unless `env` gives one.
fn spawn_receiver(args: &[&str], env: &[(&str, &str)]) -> Receiver {
    let mut command = Command::new(env!("CARGO_BIN_EXE_receiver"));
    command
        .args(args)
        .env_remove("PLAIN_WEBHOOK_SECRET")
        .env("PLAIN_RECEIVER_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "warn")
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("the receiver starts");
    let (lines_tx, lines) = mpsc::channel();
    for out in [
        Box::new(child.stdout.take().expect("piped")) as Box<dyn std::io::Read + Send>,
        Box::new(child.stderr.take().expect("piped")),
    ] {
        let lines_tx = lines_tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if lines_tx.send(line).is_err() {
                    break;
                }
            }
        });
    }
    Receiver {
        running: Running(child),
        lines,
    }
}

impl Receiver {
    fn next(&self) -> String {
        self.lines
            .recv_timeout(Duration::from_secs(30))
            .expect("the receiver prints")
    }

    /// The webhook URL, once it listens.
    fn url(&self) -> String {
        loop {
            let line = self.next();
            if let Some(rest) = line.strip_prefix("receiver: listening on ") {
                return rest.to_string();
            }
        }
    }

    /// The next line `wanted` takes, skipping the others.
    fn next_where(&self, wanted: impl Fn(&str) -> bool) -> String {
        loop {
            let line = self.next();
            if wanted(&line) {
                return line;
            }
        }
    }

    /// Stops it (SIGKILL) and reads what it printed until then.
    fn stop(mut self) -> (std::process::ExitStatus, String) {
        let _ = self.running.0.kill();
        self.exit()
    }

    /// Its exit status and everything it printed, once it has exited.
    fn exit(mut self) -> (std::process::ExitStatus, String) {
        let status = self.running.0.wait().expect("the receiver ran");
        let printed: Vec<String> = self.lines.iter().collect();
        (status, printed.join("\n"))
    }
}

#[test]
fn send_signs_and_the_receiver_handles() {
    let receiver = spawn_receiver(
        &[],
        &[
            ("PLAIN_WEBHOOK_SECRET", "process-test-secret"),
            ("RUST_LOG", "info"),
        ],
    );
    let url = receiver.url();
    let next = || receiver.next_where(|l| l.contains("customer updated"));

    for body in bodies() {
        let out = Command::new(env!("CARGO_BIN_EXE_send"))
            .args(["--url", &url, "--secret", "process-test-secret"])
            .arg(&body)
            .output()
            .expect("send runs");
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{said}");
        assert!(said.contains("-> 200 OK: handled"), "{said}");
        let printed = next();
        assert!(
            printed.contains(r#"change="marked as spam by user u_"#),
            "{printed}"
        );
    }

    // The wrong secret: the sender reports the 401 and fails.
    let out = Command::new(env!("CARGO_BIN_EXE_send"))
        .args(["--url", &url, "--secret", "wrong"])
        .arg(&bodies()[0])
        .output()
        .expect("send runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("-> 401 Unauthorized"));
}

#[test]
fn without_a_secret_the_receiver_refuses_to_start_unless_in_development_mode() {
    for env in [&[][..], &[("PLAIN_WEBHOOK_SECRET", "")][..]] {
        let (status, printed) = spawn_receiver(&[], env).exit();
        assert!(!status.success(), "{printed}");
        assert!(
            printed.contains("PLAIN_WEBHOOK_SECRET is not set"),
            "{printed}"
        );
        assert!(!printed.contains("listening"), "{printed}");
    }
    // Development mode: loopback only.
    let (status, printed) =
        spawn_receiver(&["--dev"], &[("PLAIN_RECEIVER_ADDR", "0.0.0.0:0")]).exit();
    assert!(!status.success(), "{printed}");
    assert!(printed.contains("loopback addresses only"), "{printed}");
    // On loopback it takes what the sender signs with the development secret.
    let receiver = spawn_receiver(&["--dev"], &[]);
    let url = receiver.url();
    let out = Command::new(env!("CARGO_BIN_EXE_send"))
        .env_remove("PLAIN_WEBHOOK_SECRET")
        .args(["--url", &url])
        .arg(&bodies()[0])
        .output()
        .expect("send runs");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("-> 200 OK: handled"), "{said}");
}

/// The receiver's peak resident memory (`VmHWM`), in MiB.
fn peak_rss_mib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc is there");
    let kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in kB");
    kib / 1024
}

/// The bound this test holds the receiver to: the bodies it may hold at
/// once (16 MiB by default) and room for the rest of the process.
const PEAK_RSS_BOUND_MIB: u64 = 64;

#[test]
fn memory_stays_bounded_under_stalled_near_limit_bodies() {
    use std::io::Write;
    use std::net::TcpStream;

    let receiver = spawn_receiver(&[], &[("PLAIN_WEBHOOK_SECRET", "process-test-secret")]);
    let url = receiver.url();
    let pid = receiver.running.0.id();
    let addr = url
        .strip_prefix("http://")
        .and_then(|rest| rest.split('/').next())
        .expect("http://host:port/path")
        .to_string();
    const MIB: usize = 1024 * 1024;
    let chunk = vec![b' '; MIB - 1];
    let header = format!(
        "POST /webhooks/plain HTTP/1.1\r\nHost: x\r\nContent-Length: {MIB}\r\n\
         Plain-Request-Signature: {}\r\n\r\n",
        "0".repeat(64)
    );
    for round in 0..2 {
        // 200 clients send 1 MiB - 1 byte of a 1 MiB body, then stall.
        let stalled: Vec<TcpStream> = std::thread::scope(|s| {
            let clients: Vec<_> = (0..200)
                .map(|_| {
                    s.spawn(|| {
                        let mut c = TcpStream::connect(&addr).expect("connects");
                        // A client answered 503 finds the connection closed.
                        let _ = c
                            .write_all(header.as_bytes())
                            .and_then(|()| c.write_all(&chunk));
                        c
                    })
                })
                .collect();
            clients
                .into_iter()
                .map(|c| c.join().expect("the client ran"))
                .collect()
        });
        // Let the receiver read what the kernel has buffered for it.
        std::thread::sleep(Duration::from_secs(1));
        let peak = peak_rss_mib(pid);
        assert!(
            peak < PEAK_RSS_BOUND_MIB,
            "round {round}: the receiver's peak RSS is {peak} MiB"
        );
        drop(stalled);
    }
    // Once the stalled clients are gone, deliveries get through again.
    let out = Command::new(env!("CARGO_BIN_EXE_send"))
        .args(["--url", &url, "--secret", "process-test-secret"])
        .arg(&bodies()[0])
        .output()
        .expect("send runs");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("-> 200 OK: handled"), "{said}");
}

/// A `customer.customer_updated` body of the schema at `schema` (relative
/// to the workspace), drawn with `seed`, written to a file of its own.
fn sample_file(schema: &str, seed: u64, name: &str) -> PathBuf {
    let body = common::customer_updated_sample(schema, seed);
    let dir = std::env::temp_dir().join(format!("plain-webhooks-upgrade-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec(&body).expect("JSON")).expect("written");
    path
}

/// What `send` answers for `body`, and whether it exited with success.
fn send(url: &str, body: &PathBuf) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_send"))
        .args(["--url", url, "--secret", "process-test-secret"])
        .arg(body)
        .output()
        .expect("send runs");
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.success(), said)
}

/// The README's upgrade walk-through, its middle step: the receiver's one
/// module is generated with `previous`, so one handler takes the deliveries
/// of both webhook target versions (the same `on_customer_updated` logs
/// each, with its version), and a third version is refused with 422.
#[test]
fn one_receiver_one_handler_takes_both_versions_of_an_upgrade() {
    let old = sample_file(
        "schemas/plain/history/2025-09-25-b6e6b10.json",
        11,
        "old.json",
    );
    let new = sample_file("schemas/plain/latest.json", 12, "new.json");
    let other = common::with_version(&std::fs::read(&new).expect("written"), "2099-01-01");
    let other_path = new.with_file_name("other.json");
    std::fs::write(&other_path, other).expect("written");
    let env = [
        ("PLAIN_WEBHOOK_SECRET", "process-test-secret"),
        ("PLAIN_VERSION_POLICY", "exact"),
        ("RUST_LOG", "info"),
    ];

    let receiver = spawn_receiver(&[], &env);
    let mut started = Vec::new();
    let url = loop {
        let line = receiver.next();
        if let Some(url) = line.strip_prefix("receiver: listening on ") {
            break url.to_string();
        }
        started.push(line);
    };
    assert!(
        started
            .iter()
            .any(|l| l.contains("schema versions 2026-04-21 and 2025-08-06")),
        "{started:?}"
    );
    for (body, version) in [(&old, "2025-08-06"), (&new, "2026-04-21")] {
        let (ok, said) = send(&url, body);
        assert!(
            ok && said.trim_end().ends_with("-> 200 OK: handled"),
            "{said}"
        );
        let printed = receiver.next_where(|l| l.contains("customer updated"));
        assert!(
            printed.contains(&format!(r#"version=Some("{version}")"#))
                && printed.contains("change="),
            "{printed}"
        );
    }
    let (ok, said) = send(&url, &other_path);
    assert!(!ok && said.contains("-> 422"), "{said}");
    assert!(
        said.contains("expects `2026-04-21` or `2025-08-06`, the body has `2099-01-01`"),
        "{said}"
    );
    drop(receiver);
    let _ = std::fs::remove_dir_all(old.parent().expect("a dir"));
}

/// Before, the handler printed the customer's name with `println!`: a name
/// from an end user's email with a newline forged a log line, and escape
/// bytes reached the log raw. Now every value is a quoted, escaped field.
#[test]
fn a_customer_name_cannot_forge_a_log_line() {
    let receiver = spawn_receiver(
        &[],
        &[
            ("PLAIN_WEBHOOK_SECRET", "process-test-secret"),
            ("RUST_LOG", "info"),
        ],
    );
    let url = receiver.url();
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&bodies()[0]).expect("the body")).expect("JSON");
    let forged = "Eve\n2026-01-01T00:00:00.000000Z  INFO receiver: payment approved \u{1b}[2J";
    json["payload"]["customer"]["fullName"] = forged.into();
    let dir = std::env::temp_dir().join(format!("plain-webhooks-forge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("forged.json");
    std::fs::write(&path, serde_json::to_vec(&json).expect("JSON")).expect("written");
    let (ok, said) = send(&url, &path);
    assert!(ok && said.contains("-> 200 OK: handled"), "{said}");
    let logged = receiver.next_where(|l| l.contains("customer updated"));
    assert!(
        logged.contains(r#"customer="Eve\n2026-01-01T00:00:00.000000Z  INFO receiver: payment approved \u{1b}[2J""#),
        "{logged}"
    );
    let (_, rest) = receiver.stop();
    let all = format!("{logged}\n{rest}");
    assert!(!all.contains('\u{1b}'), "an escape byte reached the log");
    assert!(
        !all.lines()
            .any(|l| l.starts_with("2026-01-01T00:00:00.000000Z")),
        "a forged line: {all}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
