//! The quickstart's path, as separate processes: the `receiver` command
//! listens, the `send` command signs and posts, the receiver prints.

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
    let documented = manifest.join("../../../shared/fixtures/customer-updated.unversioned.json");
    let mut found = vec![manifest.join("bodies/customer-updated.json")];
    if documented.is_file() {
        found.push(documented);
    }
    found
}

#[test]
fn send_signs_and_the_receiver_handles() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_receiver"))
        .env("PLAIN_RECEIVER_ADDR", "127.0.0.1:0")
        .env("PLAIN_WEBHOOK_SECRET", "process-test-secret")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the receiver starts");
    let stdout = child.stdout.take().expect("piped");
    let _running = Running(child);
    let (lines_tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    let next = || {
        lines
            .recv_timeout(Duration::from_secs(30))
            .expect("the receiver prints")
    };
    let url = loop {
        let line = next();
        if let Some(rest) = line.strip_prefix("receiver: listening on ") {
            break rest.to_string();
        }
    };

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
            printed.contains("was marked as spam by user u_"),
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
