//! The `annotate` command line with the reader's corrections (`--rules`).

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `annotate ARGS` with `input` on stdin.
fn annotate(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("annotate runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("input written");
    child.wait_with_output().expect("annotate ends")
}

/// A file under the temporary directory, unique to this test.
fn temp_file(name: &str, content: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("annotator-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, content).expect("temp file written");
    path
}

/// `(kind, text)` of each entity of the one output line.
fn mentions(out: &Output) -> Vec<(String, String)> {
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON line out");
    line["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_string(),
                e["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn cli_applies_the_readers_corrections() {
    let input = r#"{"id":1,"text":"Mayor Tobin Larch visited Qadira and then Velmont Harbour, the Velmont Courier reported."}"#;
    let plain = annotate(&["--jsonl"], input);
    assert!(plain.status.success());
    let before = mentions(&plain);
    assert!(
        before.contains(&("person".into(), "Tobin Larch".into())),
        "{before:?}"
    );
    let rules = temp_file(
        "rules.json",
        r#"{"version":1,"rules":[{"text":"Tobin Larch","action":"remove"},{"text":"Velmont Courier","action":"add","kind":"place"}]}"#,
    );
    let fixed = annotate(&["--rules", rules.to_str().unwrap(), "--jsonl"], input);
    std::fs::remove_file(&rules).ok();
    assert!(
        fixed.status.success(),
        "{}",
        String::from_utf8_lossy(&fixed.stderr)
    );
    let after = mentions(&fixed);
    assert!(!after.iter().any(|(_, t)| t == "Tobin Larch"), "{after:?}");
    assert!(
        after.contains(&("place".into(), "Velmont Courier".into())),
        "{after:?}"
    );
    // The rest is the engine's.
    assert!(
        after.contains(&("position".into(), "Mayor".into())),
        "{after:?}"
    );
}

#[test]
fn cli_refuses_a_bad_rules_file_clearly() {
    let rules = temp_file("bad.json", r#"{"version":7,"rules":[]}"#);
    let out = annotate(&["--rules", rules.to_str().unwrap(), "--jsonl"], "");
    std::fs::remove_file(&rules).ok();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("version 7"), "{err}");
    let out = annotate(&["--rules", "/nonexistent/rules.json", "--jsonl"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}
