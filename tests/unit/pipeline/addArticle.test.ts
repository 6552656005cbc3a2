import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMetaSchema } from '../../../src/pipeline/seedMetaSchema.ts';
import { fetchArticlePage } from '../../../src/pipeline/read/fetchArticlePage.ts';

const ROOT = join(__dirname, '../../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const TIMEOUT = 120_000;

/** Saved pages and failure cases, served as a real site would: on 127.0.0.1, for this file only. */
function startServer(): Promise<{ server: Server; base: string }> {
  const page = (name: string) => readFileSync(join(PAGES, 'html', name));
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const html = (body: Buffer | string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    if (path === '/tech/chip-rules') return html(page('101_chip_export_rules.html'));
    if (path === '/amp/port-fees') return html(page('103_port_fee_pause.html'));
    if (path === '/short/soy') {
      res.writeHead(301, { location: '/r/2' });
      return res.end();
    }
    if (path === '/r/2') {
      res.writeHead(302, { location: '/2025/11/03/soybean-cargo/' });
      return res.end();
    }
    if (path === '/2025/11/03/soybean-cargo/') return html(page('102_soybean_cargo.htm'));
    if (path.startsWith('/loop')) {
      res.writeHead(302, { location: `/loop${path.length}` });
      return res.end();
    }
    if (path === '/photo.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    }
    if (path === '/section/world') {
      return html(
        '<html><body><nav><a href="/a">World</a> <a href="/b">Business</a></nav><h1>World</h1></body></html>',
      );
    }
    if (path === '/endless') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'word '.repeat(2000)}</p>`;
      const write = () => {
        while (res.write(chunk)) {
          if (res.destroyed) return;
        }
        res.once('drain', write);
      };
      return write();
    }
    if (path === '/silent') return; // never answers
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}

/** The real command, as `npm run add -- …` runs it; async, so this file's server keeps serving. */
function add(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['src/pipeline/addArticleCli.ts', ...args],
      { cwd: ROOT, timeout: TIMEOUT, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const listing = (dir: string) => readdirSync(dir).sort();

describe('npm run add', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    ({ server, base } = await startServer());
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it(
    'saves a page from a URL as <published>_<slug>.txt with its sidecar, and lists its events',
    async () => {
      const seeds = mkdtempSync(join(tmpdir(), 'add-seeds-'));
      const result = await add(['--seeds', seeds, `${base}/tech/chip-rules`]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const stem = '2025-09-30_commerce-department-widens-chip-equipment-export-rules';
      expect(listing(seeds)).toEqual([`${stem}.meta.json`, `${stem}.txt`]);
      expect(readFileSync(join(seeds, `${stem}.txt`), 'utf8')).toBe(
        readFileSync(join(PAGES, 'text/101_chip_export_rules.txt'), 'utf8'),
      );
      expect(
        seedMetaSchema.parse(JSON.parse(readFileSync(join(seeds, `${stem}.meta.json`), 'utf8'))),
      ).toEqual(
        JSON.parse(readFileSync(join(PAGES, 'text/101_chip_export_rules.meta.json'), 'utf8')),
      );
      expect(result.stdout).toContain(`→ ${seeds}/${stem}.txt`);
      expect(result.stdout).toMatch(
        /2025-09-29 +US Commerce Department tightens export controls on chips \(occurred; new\)/,
      );
      expect(result.stdout).toMatch(/2025-09-30 +China issues warning/);
    },
    TIMEOUT,
  );

  it(
    'follows redirects, reads a saved page or a text file, and refuses what is already there',
    async () => {
      const seeds = mkdtempSync(join(tmpdir(), 'add-seeds-'));
      const first = await add([
        '--seeds',
        seeds,
        `${base}/short/soy`,
        join(PAGES, 'html/103_port_fee_pause.html'),
      ]);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/2025-10-30 +Xi and Trump meet in Busan/);
      expect(first.stdout).toMatch(/2025-11-07 +Trump and Xi hold phone call/);
      const saved = listing(seeds);
      expect(saved).toHaveLength(4);

      // Same address (the page's canonical one, or the one a redirect ends at), or the same text.
      const plain = mkdtempSync(join(tmpdir(), 'add-plain-'));
      copyFileSync(join(PAGES, 'text/102_soybean_cargo.txt'), join(plain, 'soy.txt'));
      const again = await add([
        '--seeds',
        seeds,
        `${base}/2025/11/03/soybean-cargo/`,
        `${base}/amp/port-fees`,
        join(plain, 'soy.txt'),
      ]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(
        `${base}/2025/11/03/soybean-cargo/: already in ${seeds}: 2025-11-03_`,
      );
      expect(again.stderr).toMatch(
        /amp\/port-fees: already in .*has the same address \(https:\/\/harbourledger\.example\.com\/shipping\/port-fee-pause\)/,
      );
      expect(again.stderr).toMatch(
        /soy\.txt: already in .*2025-11-03_soybean-farmers-watch-beijing-after-the-busan-truce\.txt has the same text; nothing written/,
      );
      expect(listing(seeds)).toEqual(saved);
    },
    TIMEOUT,
  );

  it(
    'fails on a 404, a binary answer, a page with no article, a redirect loop and a non-http address, naming each, writing nothing',
    async () => {
      const seeds = mkdtempSync(join(tmpdir(), 'add-seeds-'));
      const result = await add([
        '--seeds',
        seeds,
        `${base}/gone`,
        `${base}/photo.png`,
        `${base}/section/world`,
        `${base}/loop`,
        'ftp://127.0.0.1/article.html',
      ]);
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toEqual([
        `add: ${base}/gone: HTTP 404 Not Found; nothing written`,
        `add: ${base}/photo.png: not an HTML page (Content-Type: image/png); nothing written`,
        `add: ${base}/section/world: no article found on the page (too little text outside page furniture); nothing written`,
        `add: ${base}/loop: more than 5 redirects; nothing written`,
        'add: ftp://127.0.0.1/article.html: only http and https addresses can be fetched (got ftp:); nothing written',
      ]);
      expect(result.stdout).toBe('');
      expect(listing(seeds)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'exits 2 on wrong usage',
    async () => {
      const result = await add(['--seeds']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/usage: npm run add/);
    },
    TIMEOUT,
  );

  it('gives up on a server that does not answer within the time limit', async () => {
    const result = await fetchArticlePage(`${base}/silent`, {
      timeoutMs: 300,
      maxBytes: 1_000_000,
      maxRedirects: 5,
    });
    expect(result).toEqual({ ok: false, reason: 'no complete answer within 0.3 s (timeout)' });
  });

  it('stops reading a page at the size limit', async () => {
    const result = await fetchArticlePage(`${base}/endless`, {
      timeoutMs: 10_000,
      maxBytes: 200_000,
      maxRedirects: 5,
    });
    expect(result).toEqual({ ok: false, reason: 'page larger than 200000 bytes' });
  });
});
