import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface DevServer {
  /** Origin with a trailing "/", e.g. "http://127.0.0.1:41234/". */
  url: string;
  stop(): Promise<void>;
}

const READY = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)/;
// Vite colours its banner; the address is read from the text without the escapes.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * `vite` (the dev server, as `npm run dev` starts it) in `root`, on a free port of 127.0.0.1.
 * Resolves once Vite prints its address; rejects with Vite's output if it exits or stays
 * silent for a minute. `env` is added to this process's environment for the server only.
 */
export function startDevServer(options: {
  root: string;
  env?: Record<string, string>;
}): Promise<DevServer> {
  const vite = join(options.root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [vite, '--host', '127.0.0.1', '--port', '0', '--clearScreen', 'false'],
    {
      cwd: options.root,
      env: { ...process.env, ...options.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  return new Promise<DevServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop().then(() => reject(new Error(`vite did not start within 60 s:\n${output}`)));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output.replace(ANSI, ''));
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolve({ url: match[1], stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vite exited (code ${String(code)}) before it was ready:\n${output}`));
    });
  });
}
