//! The engine's web worker (built by Trunk: `data-type="worker"` in index.html).

use annotator::ui::worker::AnnotateWorker;
use gloo::worker::Registrable;

fn main() {
    AnnotateWorker::registrar().register();
}
