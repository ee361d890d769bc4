//! The page's entry point (built by Trunk with feature `web`).

fn main() {
    annotator::ui::start();
}
