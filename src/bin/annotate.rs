//! Command line: `annotate --jsonl < in.jsonl > out.jsonl`, or `annotate [FILE]`.
fn main() {
    let e = annotator::engine::Engine::new();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).unwrap();
    println!("{:?}", e.annotate(&s));
}
