import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCurationHandler } from '../../../src/dev/createCurationHandler.ts';

const TOKEN = 'a'.repeat(64);
const HAND_WRITTEN = `{
  "merges": [],
  "edits": [
    { "id": "trump-xi-call", "addNotes": ["A note written by hand."], "reviewer": "kept" }
  ]
}
`;

let dir: string;
let file: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'curation-handler-'));
  file = join(dir, 'curation.json');
  const handle = createCurationHandler({
    curationFile: file,
    token: TOKEN,
    port: () => port,
    maxBytes: 2048,
  });
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => writeFileSync(file, HAND_WRITTEN));

interface Sent {
  body?: string;
  headers?: Record<string, string>;
  method?: string;
}

/** What the dev page sends, unless a test overrides a header. */
function post({ body = '{}', headers = {}, method = 'POST' }: Sent): Promise<number> {
  const host = `127.0.0.1:${port}`;
  const merged: Record<string, string> = {
    host,
    origin: `http://${host}`,
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/json',
    'x-curation-token': TOKEN,
    ...headers,
  };
  // An empty value stands for "no such header".
  const all = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== ''));
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method, headers: all }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const retitle = JSON.stringify({
  edit: {
    id: 'us-china-geneva-talks',
    title: 'Geneva trade talks',
    date: { approximate: false, precision: 'day', start: '2025-05-10', end: '2025-05-11' },
  },
});

describe('POST /__curation from the dev page', () => {
  it('records the edit: sorted by id, fixed key order, 2-space JSON, hand-written extras kept', async () => {
    expect(await post({ body: retitle })).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe(`{
  "merges": [],
  "edits": [
    {
      "id": "trump-xi-call",
      "addNotes": [
        "A note written by hand."
      ],
      "reviewer": "kept"
    },
    {
      "id": "us-china-geneva-talks",
      "title": "Geneva trade talks",
      "date": {
        "start": "2025-05-10",
        "end": "2025-05-11",
        "precision": "day",
        "approximate": false
      }
    }
  ]
}
`);
    expect(readdirSync(dir)).toEqual(['curation.json']);
  });

  it('folds a second edit of the same event into its first one, and merges by target', async () => {
    await post({ body: JSON.stringify({ edit: { id: 'trump-xi-call', addNotes: ['Checked.'] } }) });
    await post({ body: JSON.stringify({ edit: { id: 'trump-xi-call', status: 'planned' } }) });
    await post({ body: JSON.stringify({ merge: { into: 'a-call', from: ['b-call'] } }) });
    await post({ body: JSON.stringify({ merge: { into: 'a-call', from: ['c-call', 'b-call'] } }) });
    const saved = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(saved).toEqual({
      merges: [{ into: 'a-call', from: ['b-call', 'c-call'] }],
      edits: [
        {
          id: 'trump-xi-call',
          status: 'planned',
          addNotes: ['A note written by hand.', 'Checked.'],
          reviewer: 'kept',
        },
      ],
    });
  });

  it('writes the same bytes when the same edit is saved twice', async () => {
    await post({ body: retitle });
    const once = readFileSync(file, 'utf8');
    await post({ body: retitle });
    expect(readFileSync(file, 'utf8')).toBe(once);
  });
});

describe('POST /__curation refuses, and leaves the file as it was,', () => {
  it.each<[string, Sent, number]>([
    ['from another origin', { headers: { origin: 'http://evil.example' } }, 403],
    ['without an Origin', { headers: { origin: '' } }, 403],
    ['as a cross-site fetch', { headers: { 'sec-fetch-site': 'cross-site' } }, 403],
    ['for another Host name (DNS rebinding)', { headers: { host: 'evil.example' } }, 403],
    ['without the token', { headers: { 'x-curation-token': '' } }, 403],
    ['with a wrong token', { headers: { 'x-curation-token': 'b'.repeat(64) } }, 403],
    ['as a form post', { headers: { 'content-type': 'text/plain' } }, 415],
    ['a GET', { method: 'GET', body: '' }, 405],
    ['a body that is not JSON', { body: '{"edit":' }, 400],
    ['an empty request', { body: '{}' }, 400],
    ['an unknown theme', { body: '{"edit":{"id":"x","themes":["sports"]}}' }, 400],
    ['a misspelt field', { body: '{"edit":{"id":"x","titel":"Oops"}}' }, 400],
    [
      'a date that does not match its precision',
      {
        body: '{"edit":{"id":"x","date":{"start":"2025-05","precision":"day","approximate":false}}}',
      },
      400,
    ],
    ['a merge into itself', { body: '{"merge":{"into":"x","from":["x"]}}' }, 400],
    [
      'a body that is too large',
      { body: JSON.stringify({ edit: { id: 'x', summary: 'y'.repeat(4000) } }) },
      413,
    ],
  ])('%s', async (_what, sent, status) => {
    const body = sent.body ?? retitle;
    expect(await post({ ...sent, body })).toBe(status);
    expect(readFileSync(file, 'utf8')).toBe(HAND_WRITTEN);
  });

  it('when curation.json is already broken, rather than overwrite it', async () => {
    writeFileSync(file, '{ "edits": [ ');
    expect(await post({ body: retitle })).toBe(409);
    expect(readFileSync(file, 'utf8')).toBe('{ "edits": [ ');
  });
});
