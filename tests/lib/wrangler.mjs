// Runs the edge exactly as `cargo xtask dev` does — `wrangler dev` (workerd, static assets,
// SQLite Durable Objects) — on a free loopback port, with test keys and throwaway storage.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_REGIONS, TEST_KEYS } from './edge.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export class WranglerDev {
  /** `regions`: CARAVAN_REGIONS (workerd has no jurisdictions, so never wrangler.toml's);
   * `vars`: more variables and secrets, replacing wrangler.toml's of the same name. */
  constructor({ regions = LOCAL_REGIONS, vars = {} } = {}) {
    this.regions = regions;
    this.vars = vars;
  }

  /** Starts, or restarts on the same port and storage after `stop({ keepState: true })`. */
  async start() {
    this.dir ??= mkdtempSync(path.join(tmpdir(), 'caravan-wrangler-'));
    this.port ??= await freePort();
    this.url = `http://127.0.0.1:${this.port}`;
    this.log = '';
    this.child = spawn(
      path.join(root, 'tests/node_modules/.bin/wrangler'),
      [
        'dev', '--local', '--ip', '127.0.0.1', '--port', String(this.port),
        '--show-interactive-dev-session=false', '--persist-to', path.join(this.dir, 'state'),
        '--var', `CARAVAN_SESSION_KEYS:${TEST_KEYS}`,
        '--var', `CARAVAN_REGIONS:${JSON.stringify(this.regions)}`, '--log-level', 'warn',
        ...Object.entries(this.vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
      ],
      {
        cwd: path.join(root, 'edge'),
        detached: true, // its own process group, so stop() ends workerd too
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          PATH: `${path.join(root, 'tests/node_modules/.bin')}:${process.env.PATH}`,
          WRANGLER_SEND_METRICS: 'false',
          DO_NOT_TRACK: '1',
          CLOUDFLARE_CF_FETCH_ENABLED: 'false',
          XDG_CONFIG_HOME: path.join(this.dir, 'config'),
        },
      },
    );
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream.on('data', (d) => { this.log += d; });
    }
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break;
      try {
        const res = await fetch(`${this.url}/v1/health`);
        if (res.ok) return this;
      } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 250));
    }
    await this.stop();
    throw new Error(`wrangler dev did not become healthy:\n${this.log}`);
  }

  /** Stops workerd; `keepState` keeps its storage (and port) for the next start(). */
  async stop({ keepState = false } = {}) {
    if (this.child && this.child.exitCode === null) {
      const exited = new Promise((r) => this.child.once('exit', r));
      try { process.kill(-this.child.pid, 'SIGINT'); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-this.child.pid, 'SIGKILL'); } catch { /* gone */ } }, 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (this.dir && !keepState) {
      rmSync(this.dir, { recursive: true, force: true });
      this.dir = undefined;
    }
  }
}
