//! Trains the tagger model: `cargo run --release --features train --bin train -- [options]`.
//!
//! Reads CoNLL-2003 train, reports validation scores after every epoch, and
//! writes `data/model/tagger.bin` and `data/model/tagger.json`. With
//! `--eval FILE` it only scores a model (the embedded one, or `--model PATH`)
//! on a CoNLL file through the engine's own path.
use std::time::Instant;

use annotator::engine::lexicon::Lexicon;
use annotator::engine::tagger::features::{conll_words, groups, lexicon_fingerprint, GROUP_NAMES};
use annotator::engine::tagger::perceptron::PerceptronTagger;
use annotator::engine::tagger::Tagger;
use annotator::engine::tokenize::tokenize;
use annotator::train::{conll, eval, trainer, write_model, Record};

const USAGE: &str = "usage: train [options]
  --train FILE       training set (default ../shared/data/conll2003/train.txt); repeat
                     to add files (the lexicon fingerprint is taken on the first)
  --corpus TEXT      what tagger.json says the training data is
  --valid FILE       validation set (default ../shared/data/conll2003/valid.txt)
  --out DIR          where to write tagger.bin and tagger.json (default data/model)
  --no-write         train and report, write nothing
  --forms LIST       training text forms, comma-separated (default spaced,news):
                     spaced (tokens joined by spaces, as conll2jsonl.py writes them),
                     attached (possessives and contractions attached, as in news),
                     news (attached, and ALL-CAPS headlines in title case)
  --epochs N         passes over the training set (default 10)
  --groups LIST      feature groups: all, or comma list of affix,context,lexicon,
                     title,doc_case,doc_label,class; a leading - removes (all,-class)
  --min-count N      drop features seen fewer than N times (default 1)
  --folds K          jackknife folds for first-pass labels (default 5)
  --fold-epochs N    epochs of each jackknife model (default 6)
  --clip Q           quantile of |weights| mapped to 127 (default 1.0)
  --seed N           shuffle seed
  --ensemble K       sum K perceptrons trained on different shuffles (default 5)
  --prune P          drop features whose largest |weight| is below P/127 of the top (default 5)
  --eval FILE        only evaluate a model on FILE
  --model FILE       the model --eval uses (default: the embedded one)
  --errors           with --eval, list missed (gold) and spurious (pred) names
  --tag              tag standard input with the model, one token per line";

fn parse_groups(s: &str) -> u32 {
    let mut g = 0;
    for part in s.split(',') {
        let (neg, name) = match part.strip_prefix('-') {
            Some(n) => (true, n),
            None => (false, part),
        };
        let bits = if name == "all" {
            groups::ALL
        } else if name == "none" {
            0
        } else {
            match GROUP_NAMES.iter().position(|&n| n == name) {
                Some(i) => 1 << i,
                None => die(&format!("unknown feature group {name}")),
            }
        };
        if neg {
            g &= !bits;
        } else {
            g |= bits;
        }
    }
    g
}

fn die(msg: &str) -> ! {
    eprintln!("{msg}\n{USAGE}");
    std::process::exit(2)
}

/// CPU time of this thread (Linux `/proc/thread-self/schedstat`), or NaN.
fn thread_cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e9)
}

fn main() {
    let mut cfg = trainer::Config {
        verbose: true,
        ..trainer::Config::default()
    };
    let mut train_paths: Vec<String> = Vec::new();
    let mut corpus = "CoNLL-2003 English train (../shared/data/conll2003/train.txt)".to_string();
    let mut valid_path = "../shared/data/conll2003/valid.txt".to_string();
    let mut out = "data/model".to_string();
    let mut write = true;
    let mut forms = "spaced,news".to_string();
    let mut eval_path: Option<String> = None;
    let mut model_path: Option<String> = None;
    let mut show_errors = false;
    let mut tag_stdin = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || {
            args.next()
                .unwrap_or_else(|| die(&format!("{a} needs a value")))
        };
        let num = |s: String| {
            s.parse::<f64>()
                .unwrap_or_else(|_| die(&format!("bad number {s}")))
        };
        match a.as_str() {
            "--train" => train_paths.push(val()),
            "--corpus" => corpus = val(),
            "--valid" => valid_path = val(),
            "--out" => out = val(),
            "--no-write" => write = false,
            "--forms" => forms = val(),
            "--epochs" => cfg.epochs = num(val()) as usize,
            "--groups" => cfg.groups = parse_groups(&val()),
            "--min-count" => cfg.min_count = num(val()) as u32,
            "--folds" => cfg.folds = num(val()) as usize,
            "--fold-epochs" => cfg.fold_epochs = num(val()) as usize,
            "--clip" => cfg.clip_quantile = num(val()),
            "--seed" => cfg.seed = num(val()) as u64,
            "--ensemble" => cfg.ensemble = num(val()) as usize,
            "--prune" => cfg.prune = num(val()) as u8,
            "--eval" => eval_path = Some(val()),
            "--model" => model_path = Some(val()),
            "--errors" => show_errors = true,
            "--tag" => tag_stdin = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            _ => die(&format!("unknown argument {a}")),
        }
    }
    let lex = Lexicon::embedded();
    let read = |p: &str| conll::read(p).unwrap_or_else(|e| die(&format!("{p}: {e}")));
    let load = |path: Option<String>| match path {
        Some(p) => {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| die(&format!("{p}: {e}")));
            PerceptronTagger::from_bytes(&bytes).unwrap_or_else(|e| die(&e.to_string()))
        }
        None => PerceptronTagger::embedded(),
    };
    if tag_stdin {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .unwrap_or_else(|e| die(&e.to_string()));
        let doc = tokenize(&text);
        let tags = load(model_path).tag(&doc, lex);
        for (i, t) in tags.iter().enumerate() {
            println!("{}\t{t:?}", doc.word(i));
        }
        return;
    }
    if let Some(path) = eval_path {
        let docs = read(&path);
        let tagger = load(model_path);
        if show_errors {
            let mut errors = Vec::new();
            eval::evaluate_with_errors(&docs, &tagger, lex, &mut errors);
            for (kind, which, text, context) in errors {
                println!("{kind}\t{which}\t{text}\t{}", context.trim_end());
            }
        }
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        // The model is parsed before timing; the best of three runs counts.
        let mut secs = f64::INFINITY;
        let mut cpu = f64::INFINITY;
        let mut scores = eval::Scores::default();
        for _ in 0..3 {
            let (t, c) = (Instant::now(), thread_cpu_secs());
            scores = eval::evaluate(&docs, &tagger, lex);
            secs = secs.min(t.elapsed().as_secs_f64());
            cpu = cpu.min(thread_cpu_secs() - c);
        }
        print!("{}", scores.table());
        println!(
            "{} docs, {:.2} MB: {:.3} s wall, {:.2} MB/s; {:.3} s thread CPU, {:.2} MB/s \
             (tokenize + tag + score, one thread, best of 3)",
            docs.len(),
            bytes as f64 / 1e6,
            secs,
            bytes as f64 / 1e6 / secs,
            cpu,
            bytes as f64 / 1e6 / cpu
        );
        return;
    }
    if train_paths.is_empty() {
        train_paths.push("../shared/data/conll2003/train.txt".to_string());
    }
    let srcs: Vec<String> = train_paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| die(&format!("{p}: {e}"))))
        .collect();
    let src = srcs.join("\n");
    let form = |f: &str| match f {
        "spaced" => conll::Form::SPACED,
        "attached" => conll::Form {
            attach_clitics: true,
            title_case_headlines: false,
        },
        "news" => conll::Form::NEWS,
        _ => die(&format!("unknown text form {f}")),
    };
    let train: Vec<conll::ConllDoc> = forms
        .split(',')
        .flat_map(|f| conll::parse(&src, form(f)))
        .collect();
    let valid = read(&valid_path);
    let valid_src = std::fs::read_to_string(&valid_path).unwrap_or_else(|e| die(&e.to_string()));
    let valid_news = conll::parse(&valid_src, conll::Form::NEWS);
    let t0 = Instant::now();
    let mut best = (0.0, 0);
    let trained = trainer::train(&train, lex, &cfg, |epoch, model| {
        let s = eval::evaluate(&valid, &PerceptronTagger::new(model.clone()), lex);
        let f = s.f1s();
        let all = s.overall().2;
        eprintln!(
            "epoch {epoch:>2}  valid F1 PER {:.4} LOC {:.4} ORG {:.4} MISC {:.4} all {:.4}  ({:.0} s)",
            f[0],
            f[1],
            f[2],
            f[3],
            all,
            t0.elapsed().as_secs_f64()
        );
        if all > best.0 {
            best = (all, epoch);
        }
    });
    let secs = t0.elapsed().as_secs_f64();
    let tagger = PerceptronTagger::new(trained.model);
    let scores = eval::evaluate(&valid, &tagger, lex);
    print!("valid ({valid_path}):\n{}", scores.table());
    let news = eval::evaluate(&valid_news, &tagger, lex);
    print!(
        "valid written as news (clitics attached, title-case headlines):\n{}",
        news.table()
    );
    println!(
        "trained in {secs:.0} s; best epoch {} (all F1 {:.4}); {} features kept of {}",
        best.1,
        best.0,
        tagger.model().len(),
        trained.features_seen
    );
    if write {
        let rec = Record {
            lexicon_fingerprint: lexicon_fingerprint(conll_words(&srcs[0]), lex),
            corpus: &corpus,
            config: &cfg,
            forms: &forms,
            valid: &scores,
            features_seen: trained.features_seen,
        };
        let bytes =
            write_model(&out, tagger.model(), &rec).unwrap_or_else(|e| die(&format!("{out}: {e}")));
        println!(
            "wrote {out}/tagger.bin ({} bytes) and {out}/tagger.json",
            bytes.len()
        );
    }
}
