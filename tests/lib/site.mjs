// What `cargo xtask build` put in the site, by what it is: the content-hashed paths of the
// widget's module and wasm, the lite chat and the locale directory (target/site-manifest.json).
import { readFileSync } from 'node:fs';

export const site = JSON.parse(
  readFileSync(new URL('../../target/site-manifest.json', import.meta.url), 'utf8'),
);

/** `ar/widget.ftl` for a request path of the hashed locale directory, else null. */
export function localeFile(pathname) {
  const dir = `/${site.locales}`;
  return pathname.startsWith(dir) ? pathname.slice(dir.length) : null;
}
