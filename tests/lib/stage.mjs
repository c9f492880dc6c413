// The usual stage of an end-to-end suite: `wrangler dev` (the edge as `cargo xtask dev`
// runs it) and Debian's Chromium, started before the suite's tests and stopped after.
import { before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import { WranglerDev } from './wrangler.mjs';
import { launch } from './browser.mjs';

/** Where suites keep screenshots. */
export const artifacts = new URL('../artifacts/', import.meta.url);

/** Registers the suite's hooks; the returned object holds `edge` and `browser` once started.
 * `vars` adds variables and secrets to the edge (see `WranglerDev`), or is an async
 * function that makes them (after starting stand-ins whose addresses they name). */
export function stage(vars = {}) {
  const s = {};
  before(async () => {
    mkdirSync(artifacts, { recursive: true });
    const made = typeof vars === 'function' ? await vars() : vars;
    [s.edge, s.browser] = await Promise.all([new WranglerDev({ vars: made }).start(), launch()]);
  });
  after(async () => {
    await s.browser?.close();
    await s.edge?.stop();
  });
  return s;
}
