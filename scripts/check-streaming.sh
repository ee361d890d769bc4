#!/usr/bin/env bash
# `annotate --jsonl` streams: a 100 MB input (10,000 lines of 10 KB of news-like
# text, plus malformed lines) is processed line by line in bounded memory.
# Fails if peak memory passes 64 MB, if a good line is lost, or if a bad line
# goes unreported or does not make the exit status 1.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/annotate
[ -x "$bin" ] || cargo build --release --bin annotate
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/in.jsonl" <<'PY'
import json, sys
para = ("Defense Minister Olek Marchenko met Foreign Minister Ana Ferreira in Lisbon on Friday, "
        "and the mayor of Porto, Rui Alves, said the talks would go on. ")
text = (para * (10_000 // len(para) + 1))[:10_000]
with open(sys.argv[1], "w") as f:
    for i in range(10_000):
        if i in (17, 5_000):
            f.write('{"id": "broken", "text": \n')   # malformed JSON
        f.write(json.dumps({"id": i, "text": text}) + "\n")
PY
size=$(wc -c < "$tmp/in.jsonl")
set +e
/usr/bin/time -f "%M" -o "$tmp/rss" "$bin" --jsonl < "$tmp/in.jsonl" > "$tmp/out.jsonl" 2> "$tmp/err"
status=$?
set -e
rss_kb=$(tail -n 1 "$tmp/rss")
lines=$(wc -l < "$tmp/out.jsonl")
reported=$(grep -c "line [0-9]*: not JSON" "$tmp/err" || true)
echo "input $size bytes; output $lines lines; peak RSS ${rss_kb} KB; exit $status; bad lines reported $reported"
fail=0
[ "$lines" -eq 10000 ] || { echo "FAIL: expected 10000 output lines"; fail=1; }
[ "$status" -eq 1 ] || { echo "FAIL: expected exit status 1 for malformed lines"; fail=1; }
[ "$reported" -eq 2 ] || { echo "FAIL: expected 2 malformed lines reported"; fail=1; }
[ "$rss_kb" -lt 65536 ] || { echo "FAIL: peak RSS over 64 MB"; fail=1; }
exit $fail
