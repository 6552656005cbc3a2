import { test } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

// eslint-disable-next-line no-control-regex -- terminal colour codes are control characters
const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;
const REPO = resolve(import.meta.dirname, '../../..');

export interface DevServer {
  url: string;
  /** Everything the server has printed so far, for a failing test to show. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * A copy of the project as a fresh clone has it: the files git tracks and nothing generated
 * (no public/data, no dist). node_modules is a folder of links to the installed packages, so
 * Vite's own cache (node_modules/.vite) lands in the copy and parallel tests never share one.
 */
export function makeFreshCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'timeline-fresh-'));
  const tracked = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: REPO, encoding: 'utf8' },
  )
    .split('\0')
    .filter((f) => f !== '');
  for (const file of tracked) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(REPO, file), join(root, file));
  }
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(REPO, 'node_modules'))) {
    if (entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(REPO, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  return root;
}

/** The runner's environment without colour (Playwright forces it on, and Vite warns about both). */
function serverEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, NO_COLOR: '1', BROWSER: 'none' };
  delete env.FORCE_COLOR;
  return env;
}

/** A port of 127.0.0.1 that nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
    });
  });
}

/**
 * Starts `npm run dev` in `root` on a free port of 127.0.0.1 and resolves with its address once
 * Vite prints it. `stop()` ends the server's whole process group.
 */
export async function startDevServer(options: {
  root: string;
  env?: Record<string, string>;
}): Promise<DevServer> {
  // A real port number, not 0: the page's live-reload socket connects to the port Vite was
  // configured with, and 0 is not one it can reach.
  const port = String(await freePort());
  const args = ['run', 'dev', '--', '--port', port, '--strictPort', '--host', '127.0.0.1'];
  const child = spawn('npm', args, {
    cwd: options.root,
    env: serverEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const stop = (): Promise<void> =>
    new Promise((done) => {
      if (child.exitCode !== null || child.pid === undefined) return done();
      child.once('exit', () => done());
      process.kill(-child.pid, 'SIGTERM');
    });
  return new Promise((resolveServer, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the dev server did not start within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer): void => {
      // Colour codes stripped in case the terminal settings force them on.
      output += chunk.toString().replace(ANSI_COLOUR, '');
      const match = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolveServer({ url: match[1], output: () => output, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the dev server exited (${String(code)}) before it was ready:\n${output}`));
    });
  });
}

export function removeCopy(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/**
 * Attaches the dev server's output to every failing test of this file, so a CI log shows whether
 * the seeds watcher saw the edit and how long the re-parse took.
 */
export function attachOutputOnFailure(server: () => DevServer | null): void {
  test.afterEach(async ({ page }, testInfo) => {
    const current = server();
    if (testInfo.status === testInfo.expectedStatus || current === null) return;
    // A file, not a body: the list reporter cuts a text attachment to its first lines.
    const log = testInfo.outputPath('dev-server.log');
    writeFileSync(log, current.output());
    await testInfo.attach('dev server output', { path: log, contentType: 'text/plain' });
    // Where the page ended up: a reload that never came leaves it where the test put it.
    await testInfo.attach('page URL', { body: page.url(), contentType: 'text/plain' });
  });
}
