// The hostile text corpus (tests/data/hostile_text.json), read once and spelled out: each
// entry's `text` repeated `repeat` times, then its `tail`.
import { readFileSync } from 'node:fs';

const file = new URL('../data/hostile_text.json', import.meta.url);

/** `typed`: what a shopper or an agent can type; `tooLong`: one over the limit (refused);
 * `lone`: lone surrogates, which only a raw JSON escape carries. */
export function hostile() {
  const entries = JSON.parse(readFileSync(file, 'utf8'))
    .map((e) => ({ ...e, text: e.text.repeat(e.repeat ?? 1) + (e.tail ?? '') }));
  return {
    typed: entries.filter((e) => !e.wire && !e.refused),
    tooLong: entries.find((e) => e.refused === 'message_too_long'),
    lone: entries.filter((e) => e.wire),
  };
}
