//! Trains the tagger model: `cargo run --release --features train --bin train -- [options]`.
//!
//! Reads CoNLL-2003 train, reports validation scores after every epoch, and
//! writes `data/model/tagger.bin` and `data/model/tagger.json`. With
//! `--eval FILE` it only scores a model (the embedded one, or `--model PATH`)
//! on a CoNLL file through the engine's own path.
use std::time::Instant;

use lexopt::prelude::*;

use annotator::engine::lexicon::Lexicon;
use annotator::engine::tagger::fingerprint::{conll_words, lexicon_fingerprint};
use annotator::engine::tagger::perceptron::PerceptronTagger;
use annotator::engine::tagger::templates::{groups, GROUP_NAMES};
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
                     title,doc_case,doc_label,class,doc_context,doc_context2,
                     cluster,cluster_context (these two need --features clusters);
                     a leading - removes (all,-class); default all but the clusters
  --min-count N      drop features seen fewer than N times (default 1)
  --folds K          jackknife folds for first-pass labels (default 5)
  --fold-epochs N    epochs of each jackknife model (default 6)
  --clip Q           quantile of |weights| mapped to 127 (default 1.0)
  --seed N           shuffle seed
  --ensemble K       sum K perceptrons trained on different shuffles (default 5)
  --prune P          drop features whose largest |weight| is below P/127 of the top (default 5)
  --cluster-dropout N  in training, read one word type in N as having no cluster (default 0: none)
  --eval FILE        only evaluate a model on FILE
  --model FILE       the model --eval uses (default: the embedded one)
  --errors           with --eval, list missed (gold) and spurious (pred) names
  --tag              tag standard input with the model, one token per line";

/// What the command line asks for.
struct Args {
    cfg: trainer::Config,
    train_paths: Vec<String>,
    corpus: String,
    valid_path: String,
    out: String,
    write: bool,
    forms: String,
    eval_path: Option<String>,
    model_path: Option<String>,
    show_errors: bool,
    tag_stdin: bool,
}

impl Default for Args {
    fn default() -> Args {
        Args {
            cfg: trainer::Config {
                verbose: true,
                ..trainer::Config::default()
            },
            train_paths: Vec::new(),
            corpus: "CoNLL-2003 English train (../shared/data/conll2003/train.txt)".into(),
            valid_path: "../shared/data/conll2003/valid.txt".into(),
            out: "data/model".into(),
            write: true,
            forms: "spaced,news".into(),
            eval_path: None,
            model_path: None,
            show_errors: false,
            tag_stdin: false,
        }
    }
}

/// Reads the command line; `--help` prints the usage and exits.
fn parse_args() -> Result<Args, lexopt::Error> {
    let mut a = Args::default();
    let mut p = lexopt::Parser::from_env();
    while let Some(arg) = p.next()? {
        let cfg = &mut a.cfg;
        match arg {
            Long("train") => a.train_paths.push(p.value()?.string()?),
            Long("corpus") => a.corpus = p.value()?.string()?,
            Long("valid") => a.valid_path = p.value()?.string()?,
            Long("out") => a.out = p.value()?.string()?,
            Long("no-write") => a.write = false,
            Long("forms") => a.forms = p.value()?.string()?,
            Long("epochs") => cfg.epochs = p.value()?.parse()?,
            Long("groups") => cfg.groups = parse_groups(&p.value()?.string()?),
            Long("min-count") => cfg.min_count = p.value()?.parse()?,
            Long("folds") => cfg.folds = p.value()?.parse()?,
            Long("fold-epochs") => cfg.fold_epochs = p.value()?.parse()?,
            Long("clip") => cfg.clip_quantile = p.value()?.parse()?,
            Long("seed") => cfg.seed = p.value()?.parse()?,
            Long("ensemble") => cfg.ensemble = p.value()?.parse()?,
            Long("prune") => cfg.prune = p.value()?.parse()?,
            Long("cluster-dropout") => cfg.cluster_dropout = p.value()?.parse()?,
            Long("eval") => a.eval_path = Some(p.value()?.string()?),
            Long("model") => a.model_path = Some(p.value()?.string()?),
            Long("errors") => a.show_errors = true,
            Long("tag") => a.tag_stdin = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(a)
}

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
    let args = parse_args().unwrap_or_else(|e| die(&e.to_string()));
    if args.cfg.groups & (groups::CLUSTER | groups::CLUSTER_CONTEXT) != 0
        && !cfg!(feature = "clusters")
    {
        die("the cluster groups need the word clusters: add --features clusters");
    }
    if args.tag_stdin {
        tag_stdin(&args);
    } else if let Some(path) = &args.eval_path {
        evaluate(&args, path);
    } else {
        train(&args);
    }
}

fn read(path: &str) -> Vec<conll::ConllDoc> {
    conll::read(path).unwrap_or_else(|e| die(&format!("{path}: {e}")))
}

/// The model at `path`, or the embedded one.
fn load(path: Option<&str>) -> PerceptronTagger {
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).unwrap_or_else(|e| die(&format!("{p}: {e}")));
            PerceptronTagger::from_bytes(&bytes).unwrap_or_else(|e| die(&e.to_string()))
        }
        None => PerceptronTagger::embedded(),
    }
}

/// `--tag`: standard input, one token and its tag per line.
fn tag_stdin(args: &Args) {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
        .unwrap_or_else(|e| die(&e.to_string()));
    let doc = tokenize(&text);
    let tags = load(args.model_path.as_deref()).tag(&doc, Lexicon::embedded());
    for (i, t) in tags.iter().enumerate() {
        println!("{}\t{t:?}", doc.word(i));
    }
}

/// `--eval FILE`: scores and speed of a model on a CoNLL file.
fn evaluate(args: &Args, path: &str) {
    let lex = Lexicon::embedded();
    let docs = read(path);
    let tagger = load(args.model_path.as_deref());
    if args.show_errors {
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
}

/// A training text form by name.
fn form(name: &str) -> conll::Form {
    match name {
        "spaced" => conll::Form::SPACED,
        "attached" => conll::Form {
            attach_clitics: true,
            title_case_headlines: false,
        },
        "news" => conll::Form::NEWS,
        _ => die(&format!("unknown text form {name}")),
    }
}

/// Trains, reports validation scores and writes the model.
fn train(args: &Args) {
    let lex = Lexicon::embedded();
    let (cfg, valid_path) = (&args.cfg, &args.valid_path);
    let default = ["../shared/data/conll2003/train.txt".to_string()];
    let paths = if args.train_paths.is_empty() {
        &default[..]
    } else {
        &args.train_paths[..]
    };
    let srcs: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| die(&format!("{p}: {e}"))))
        .collect();
    let src = srcs.join("\n");
    let train: Vec<conll::ConllDoc> = (args.forms.split(','))
        .flat_map(|f| conll::parse(&src, form(f)))
        .collect();
    let valid = read(valid_path);
    let valid_src = std::fs::read_to_string(valid_path).unwrap_or_else(|e| die(&e.to_string()));
    let valid_news = conll::parse(&valid_src, conll::Form::NEWS);
    let t0 = Instant::now();
    let mut best = (0.0, 0);
    let trained = trainer::train(&train, lex, cfg, |epoch, model| {
        let s = eval::evaluate(&valid, &PerceptronTagger::new(model.clone()), lex);
        let (f, all) = (s.f1s(), s.overall().2);
        eprintln!(
            "epoch {epoch:>2}  valid F1 PER {:.4} LOC {:.4} ORG {:.4} MISC {:.4} all {all:.4}  ({:.0} s)",
            f[0],
            f[1],
            f[2],
            f[3],
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
    if args.write {
        let rec = Record {
            lexicon_fingerprint: lexicon_fingerprint(conll_words(&srcs[0]), lex),
            corpus: &args.corpus,
            config: cfg,
            forms: &args.forms,
            valid: &scores,
            features_seen: trained.features_seen,
        };
        let out = &args.out;
        let bytes =
            write_model(out, tagger.model(), &rec).unwrap_or_else(|e| die(&format!("{out}: {e}")));
        println!(
            "wrote {out}/tagger.bin ({} bytes) and {out}/tagger.json",
            bytes.len()
        );
    }
}
