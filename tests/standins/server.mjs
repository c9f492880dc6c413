// What every stand-in shares: an HTTP server on a free loopback port, the requests it
// received, and a stop that also drops kept-alive connections. A stand-in extends it and
// answers in `serve(req, res)`.
import { createServer } from 'node:http';

export class StandinServer {
  constructor() {
    this.requests = [];
    this.sockets = new Set();
  }

  async start() {
    this.server = createServer((req, res) => this.serve(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${this.server.address().port}`;
    return this;
  }

  async stop() {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Answers one request; stand-ins override it. */
  serve(_req, res) {
    res.writeHead(404);
    res.end();
  }
}
