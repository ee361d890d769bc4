#!/usr/bin/env bash
# Checks that data/generated/ is what the build makes now: installs the pinned
# npm packages (scripts/data/package-lock.json), builds twice into temporary
# folders and compares both with each other (determinism) and with the
# committed files (freshness). Needs the npm registry. Exit 1 on a difference.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm --prefix scripts/data ci --no-audit --no-fund --loglevel=error
a=$(mktemp -d) b=$(mktemp -d)
trap 'rm -rf "$a" "$b"' EXIT
DATA_OUT="$a" node scripts/data/build.mjs >/dev/null
DATA_OUT="$b" node scripts/data/build.mjs >/dev/null
diff -r "$a" "$b" >/dev/null || { echo "data build is not deterministic"; diff -r "$a" "$b" | head; exit 1; }
diff -r "$a" data/generated >/dev/null || { echo "data/generated is stale: run npm --prefix scripts/data ci && node scripts/data/build.mjs"; diff -rq "$a" data/generated; exit 1; }
node scripts/data/wordnet-posts.mjs --check
node scripts/data/function-nouns.mjs --check
node scripts/data/given-name-genders.mjs --check
echo "data/generated, positions.txt's wordnet-posts section, words/function-nouns.txt and words/{female,male}-given-names.txt are up to date and the build is deterministic"
