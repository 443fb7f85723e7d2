#!/usr/bin/env bash
# Dumps every answer of the public, dev, bundled-dev, practice, chat, Confluence and Notion sets into $1 (a folder), for a
# before/after diff of a change that must not change answers: `diff -r before after`.
set -euo pipefail
out=${1:?usage: bench/dump-all.sh OUT_DIR}
mkdir -p "$out"
node scripts/build-if-stale.mjs
d() { node dist/bench/dump-answers.js "$@"; }
d --set ../shared/eval/questions.jsonl > "$out/public.jsonl"
d --set test/fixtures/dev/questions.jsonl --knowledge knowledge --knowledge test/fixtures/dev/notes > "$out/dev.jsonl"
d --set test/fixtures/dev/bundled-questions.jsonl > "$out/bundled.jsonl"
d --set ../shared/eval/practice/questions.jsonl --knowledge knowledge --knowledge ../shared/eval/practice/kafka-broker-upgrades.md > "$out/practice.jsonl"
d --set ../shared/eval/practice-2/questions.jsonl --knowledge knowledge --knowledge ../shared/eval/practice-2/kafka-topic-operations.md > "$out/practice-2.jsonl"
D=test/fixtures/dev
d --set $D/chat-questions.jsonl --knowledge knowledge --knowledge $D/notes > "$out/chat.jsonl"
d --set $D/confluence/questions.jsonl --knowledge knowledge --knowledge $D/confluence > "$out/confluence.jsonl"
d --set $D/notion/questions.jsonl --knowledge knowledge --knowledge $D/notion > "$out/notion.jsonl"
wc -l "$out"/*.jsonl
