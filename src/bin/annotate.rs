//! `annotate`: the engine on the command line.
//!
//! ```text
//! annotate --jsonl < in.jsonl > out.jsonl   one {"id","text"} per line in,
//!                                           one {"id","entities","holds","groups"} per line out
//! annotate [FILE]                           a readable list of what FILE (or stdin) names
//! annotate --rules RULES.json …              either, with the reader's corrections applied
//! annotate --jsonl --reasons                 each quotation with its attribution's reason too,
//!                                             each hold with its pattern's
//! ```
//!
//! `RULES.json` is the page's "Your corrections" download (versioned JSON,
//! `engine::corrections::rules_to_json`); the output is then what the page shows.
//!
//! Offsets are Unicode code points into `text`, end exclusive. In `--jsonl`
//! mode input is streamed line by line (memory stays bounded by the longest
//! line); a malformed line is reported on stderr with its line number, every
//! other line is still processed, and the exit status is 1.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use annotator::engine::corrections::{self, Rule};
use annotator::engine::output::Output;
use annotator::engine::{Annotation, Engine, Kind};
use serde_json::Value;

const USAGE: &str = "usage: annotate [--rules RULES.json] --jsonl [--reasons] < in.jsonl > out.jsonl\n       annotate [--rules RULES.json] [FILE]\n";

/// The engine, and the reader's corrections to apply after it.
struct Annotator {
    engine: Engine,
    rules: Vec<Rule>,
}

impl Annotator {
    fn annotate(&self, text: &str) -> Annotation {
        let ann = self.engine.annotate(text);
        if self.rules.is_empty() {
            ann
        } else {
            corrections::apply(text, &ann, &self.rules)
        }
    }
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut rules = Vec::new();
    if let Some(i) = args.iter().position(|a| a == "--rules") {
        let Some(path) = args.get(i + 1).cloned() else {
            eprint!("annotate: --rules needs a file\n{USAGE}");
            return ExitCode::from(2);
        };
        let json = match std::fs::read_to_string(&path) {
            Ok(j) => j,
            Err(e) => {
                eprintln!("annotate: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        };
        rules = match corrections::rules_from_json(&json) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("annotate: {path}: {e}");
                return ExitCode::from(2);
            }
        };
        args.drain(i..i + 2);
    }
    let engine = Annotator {
        engine: Engine::new(),
        rules,
    };
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["--jsonl"] => jsonl(&engine, false),
        ["--jsonl", "--reasons"] => jsonl(&engine, true),
        ["-h"] | ["--help"] => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        [] | ["-"] => readable(&engine, io::stdin().lock(), "stdin"),
        [path] if !path.starts_with("--") => match std::fs::File::open(path) {
            Ok(f) => readable(&engine, f, path),
            Err(e) => {
                eprintln!("annotate: cannot open {path}: {e}");
                ExitCode::from(2)
            }
        },
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// `reasons`: each quotation also gets its attribution's `reason` (for
/// `scripts/errors.py`; the default output, pinned by the golden files, has none).
fn jsonl(engine: &Annotator, reasons: bool) -> ExitCode {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut bad = 0usize;
    let mut line = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("annotate: read error after line {number}: {e}");
                bad += 1;
                break;
            }
        }
        number += 1;
        let text = String::from_utf8_lossy(&line);
        if text.trim().is_empty() {
            continue;
        }
        match parse_line(&text) {
            Ok((id, body)) => {
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    engine.annotate(&body)
                }));
                match result {
                    Ok(ann) => {
                        let line = Output::new(&ann, &id);
                        let written = if reasons {
                            serde_json::to_writer(&mut out, &with_reasons(&line, &ann))
                        } else {
                            serde_json::to_writer(&mut out, &line)
                        };
                        if written.is_err() || writeln!(out).is_err() {
                            return ExitCode::from(1);
                        }
                    }
                    Err(_) => {
                        eprintln!(
                            "annotate: line {number}: internal error while annotating; skipped"
                        );
                        bad += 1;
                    }
                }
            }
            Err(msg) => {
                eprintln!("annotate: line {number}: {msg}; skipped");
                bad += 1;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if bad > 0 {
        eprintln!("annotate: {bad} line(s) skipped");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `line` as JSON with each quotation's and each hold's `reason` added.
fn with_reasons(line: &Output, ann: &Annotation) -> Value {
    let mut v = serde_json::to_value(line).unwrap_or(Value::Null);
    if let Some(Value::Array(quotes)) = v.get_mut("quotes") {
        for (q, a) in quotes.iter_mut().zip(&ann.quotes) {
            q["reason"] = Value::String(a.reason.to_string());
        }
    }
    if let Some(Value::Array(holds)) = v.get_mut("holds") {
        for (h, a) in holds.iter_mut().zip(&ann.holds) {
            if let Some(reason) = hold_reason(ann, &a.person, &a.position) {
                h["reason"] = Value::String(reason.to_string());
            }
        }
    }
    v
}

/// The reason of the hold pattern that gave `position` to `person`: the
/// person entity of that name, its holding whose post is written so.
fn hold_reason<'a>(ann: &'a Annotation, person: &str, position: &str) -> Option<&'a str> {
    let e = ann
        .entities
        .iter()
        .find(|e| e.kind == Kind::Person && e.name == person)?;
    let post = position.to_lowercase();
    e.holds
        .iter()
        .find(|h| {
            let p = &ann.entities[h.position];
            (p.aliases.iter().chain([&p.name])).any(|a| a.to_lowercase() == post)
        })
        .map(|h| h.reason.as_ref())
}

/// Reads `{"id": …, "text": "…"}`.
fn parse_line(line: &str) -> Result<(Value, String), String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON ({e})"))?;
    let obj = v.as_object().ok_or("not a JSON object")?;
    let text = obj
        .get("text")
        .and_then(Value::as_str)
        .ok_or("no string field \"text\"")?;
    let id = obj.get("id").cloned().unwrap_or(Value::Null);
    Ok((id, text.to_string()))
}

fn readable(engine: &Annotator, mut input: impl Read, name: &str) -> ExitCode {
    let mut bytes = Vec::new();
    if let Err(e) = input.read_to_end(&mut bytes) {
        eprintln!("annotate: cannot read {name}: {e}");
        return ExitCode::from(2);
    }
    let text = String::from_utf8_lossy(&bytes);
    let ann = engine.annotate(&text);
    let mut out = BufWriter::new(io::stdout().lock());
    for kind in Kind::ALL {
        let mut ents: Vec<_> = ann.entities.iter().filter(|e| e.kind == kind).collect();
        if ents.is_empty() {
            continue;
        }
        ents.sort_by_key(|e| std::cmp::Reverse(e.mentions.len()));
        let _ = writeln!(out, "{}:", kind.as_str());
        for e in ents {
            let mut line = format!("  {} ×{}", e.name, e.mentions.len());
            for h in &e.holds {
                line.push_str(&format!(" — {}", ann.entities[h.position].name));
                if let Some(c) = &h.country {
                    line.push_str(&format!(" ({c})"));
                }
            }
            if let Some(p) = &e.place {
                line.push_str(&format!(" [{}", p.category));
                if let Some(c) = &p.country {
                    line.push_str(&format!(", {c}"));
                }
                line.push(']');
            }
            if e.aliases.len() > 1 {
                line.push_str(&format!("  aka {}", e.aliases[1..].join(", ")));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    ExitCode::SUCCESS
}
