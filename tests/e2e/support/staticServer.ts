import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface StaticServerOptions {
  /** The folder to serve, e.g. `dist/`. */
  root: string;
  /** Vite's `base` ("/" or "/repo/"); requests outside it get 404, like on a real sub-path host. */
  basePath?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Paths below the base path (e.g. `data/events.json`) answered with this body instead of disk. */
  overrides?: Record<string, string | Uint8Array>;
}

export interface StaticServer {
  /** Origin plus base path, ending with "/". */
  url: string;
  port: number;
  /** Replace (or with `null`, drop) the body served for one path below the base path. */
  setOverride: (path: string, body: string | Uint8Array | null) => void;
  close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * A tiny static host for the production build, standing in for GitHub Pages or any plain host:
 * files as they are, `<dir>/index.html` for folders, and the SPA's index.html for extension-less
 * paths with no file (deep links such as `/events/<id>`). Listens on 127.0.0.1 only.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const basePath = normaliseBase(options.basePath ?? '/');
  const overrides = new Map<string, Uint8Array>();
  for (const [path, body] of Object.entries(options.overrides ?? {})) {
    overrides.set(stripSlashes(path), toBytes(body));
  }

  const server = createServer((req, res) => {
    handle(req, res, root, basePath, overrides).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    port,
    setOverride: (path, body) => {
      if (body === null) overrides.delete(stripSlashes(path));
      else overrides.set(stripSlashes(path), toBytes(body));
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  basePath: string,
  overrides: Map<string, Uint8Array>,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    return;
  }
  const pathname = safeDecode(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (pathname === null || !(pathname + '/').startsWith(basePath)) {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  const relative = stripSlashes(pathname.slice(basePath.length));

  const override = overrides.get(relative);
  if (override !== undefined) {
    send(res, 200, contentType(relative), override, req.method === 'HEAD');
    return;
  }

  const target = resolve(root, relative);
  if (target !== root && !target.startsWith(root + sep)) {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  const file =
    (await existingFile(target)) ??
    (await existingFile(join(target, 'index.html'))) ??
    (extname(relative) === '' ? await existingFile(join(root, 'index.html')) : null);
  if (file === null) {
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  send(res, 200, contentType(file), await readFile(file), req.method === 'HEAD');
}

async function existingFile(path: string): Promise<string | null> {
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  headOnly = false,
): void {
  const bytes = toBytes(body);
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': bytes.byteLength,
    // Tests swap data files between page loads; a cached copy would hide the swap.
    'Cache-Control': 'no-store',
  });
  res.end(headOnly ? undefined : bytes);
}

function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function toBytes(body: string | Uint8Array): Uint8Array {
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function stripSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

function normaliseBase(base: string): string {
  const trimmed = stripSlashes(base);
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
