#!/usr/bin/env bash
# Size budget of the built page: the gzip -9 size of every file in dist/
# (as a server would send it compressed), grouped as wasm / js / css / html /
# other, and the total. Exits 1 when the gzipped total exceeds the budget
# (1.5 MB = 1,572,864 bytes; override with SIZE_BUDGET=bytes), 2 when dist/
# is missing or empty. Run after `trunk build --release`.
#
#   bash scripts/size-report.sh [dist-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
budget=${SIZE_BUDGET:-1572864}

if [ ! -d "$dist" ] || [ -z "$(find "$dist" -type f -not -path '*/.stage/*' -print -quit)" ]; then
  echo "size-report: no files in $dist/ (run trunk build --release first)" >&2
  exit 2
fi

declare -A raw_by gz_by n_by
for g in wasm js css html other; do raw_by[$g]=0; gz_by[$g]=0; n_by[$g]=0; done
total_raw=0; total_gz=0

printf '%-6s %12s %12s  %s\n' group bytes gzip-9 file
while IFS= read -r -d '' f; do
  case "${f,,}" in
    *.wasm) g=wasm ;;
    *.js|*.mjs) g=js ;;
    *.css) g=css ;;
    *.html|*.htm) g=html ;;
    *) g=other ;;
  esac
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c -n "$f" | wc -c)
  printf '%-6s %12d %12d  %s\n' "$g" "$raw" "$gz" "${f#"$dist"/}"
  raw_by[$g]=$((raw_by[$g] + raw)); gz_by[$g]=$((gz_by[$g] + gz)); n_by[$g]=$((n_by[$g] + 1))
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
done < <(find "$dist" -type f -not -path '*/.stage/*' -print0 | sort -z)

echo
printf '%-6s %6s %12s %12s\n' group files bytes gzip-9
for g in wasm js css html other; do
  printf '%-6s %6d %12d %12d\n' "$g" "${n_by[$g]}" "${raw_by[$g]}" "${gz_by[$g]}"
done
printf '%-6s %6s %12d %12d\n' total '' "$total_raw" "$total_gz"
printf 'budget %19s %12d (gzip -9 total %s)\n' '' "$budget" \
  "$([ "$total_gz" -le "$budget" ] && echo within || echo OVER)"

[ "$total_gz" -le "$budget" ] || { echo "size-report: gzip -9 total $total_gz bytes exceeds the budget of $budget" >&2; exit 1; }
