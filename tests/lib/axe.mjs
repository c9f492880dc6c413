// axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) over the chat of a page.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe's violations inside the chat (the demo store's own hostile CSS is not ours), or
 * inside `include` (a page under a strict CSP needs a context made with `bypassCSP`). */
export async function violations(page, include = [['caravan-chat']]) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async ([tags, include]) => {
    const result = await window.axe.run(
      { include },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' > ')}: ${n.failureSummary}`),
    }));
  }, [TAGS, include]);
}
