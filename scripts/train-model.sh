#!/bin/sh
# Retrains the tagger model (data/model/tagger.bin and tagger.json) the way the
# committed one was made, in one command. Rerun it whenever the lexicons or
# data/sources/positions.txt change (the test perceptron_model_is_not_stale says when).
#
# The committed model is trained on CoNLL-2003 English train alone (GENRES=none),
# selected on CoNLL-2003 valid. GENRES adds GUM genres converted by
# scripts/gum2conll.py (GUM's own test documents left out): a comma list of news,
# interview, academic, court (CC BY), bio, voyage (CC BY-SA 3.0), or `all`. Measured
# variants, and why none is the default yet: docs/model-training.md.
#
# Usage: [GENRES=...] [MISC=O|MISC] [SHARED=DIR] scripts/train-model.sh [train options]
#   Extra options go to the trainer: --no-write to only report, --out DIR to write
#   elsewhere (see `cargo run --release --features train --bin train -- --help`).
#   SHARED is where the corpora live (default ../shared beside the repository).
set -eu
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
GENRES=${GENRES:-none}
MISC=${MISC:-O}
conll="$SHARED/data/conll2003"
if [ "$GENRES" = none ]; then
    exec cargo run --release --features train --bin train -- \
        --train "$conll/train.txt" --valid "$conll/valid.txt" "$@"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/gum2conll.py --gum "$SHARED/data/gum" --genres "$GENRES" --misc "$MISC" \
    > "$tmp/gum.txt"
cargo run --release --features train --bin train -- \
    --train "$conll/train.txt" \
    --train "$tmp/gum.txt" \
    --valid "$conll/valid.txt" \
    --corpus "CoNLL-2003 English train (../shared/data/conll2003/train.txt) + GUM $GENRES \
(../shared/data/gum, amir-zeldes/gum 72ce5ac, splits.md test documents left out; \
scripts/gum2conll.py --genres $GENRES --misc $MISC; texts CC BY 2.5 / CC BY 4.0 / \
CC BY-SA 3.0 by genre, annotations CC BY 4.0: see data/sources/LICENSES.md)" \
    "$@"
