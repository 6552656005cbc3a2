import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { curationSchema } from '../pipeline/curationSchema.ts';
import { applyCurationRequest } from './applyCurationRequest.ts';
import { CURATION_TOKEN_HEADER } from './curationProtocol.ts';
import { curationRequestSchema } from './curationRequestSchema.ts';
import { readCurationDocument } from './readCurationDocument.ts';
import { serializeCuration } from './serializeCuration.ts';
import { replaceFileAtomically } from '../pipeline/replaceFileAtomically.ts';

export interface CurationHandlerOptions {
  /** The only file this handler ever writes. */
  curationFile: string;
  /** The secret the dev page received in its HTML. */
  token: string;
  /** The port the dev server listens on, once it does. */
  port: () => number | undefined;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
}

const MAX_BYTES = 64 * 1024;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * `POST /__curation`. Any web page the editor has open can send requests to 127.0.0.1, so a
 * request is answered only when it comes from the dev page itself: our Host (no DNS rebinding),
 * our Origin, a same-origin fetch, JSON, and the token only our HTML carries. Everything else
 * gets a 4xx before the file is even read.
 */
export function createCurationHandler(options: CurationHandlerOptions) {
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      checkRequest(req, options);
      const body = parseJson(await readBody(req, maxBytes));
      const request = curationRequestSchema.safeParse(body);
      if (!request.success) {
        const issue = request.error.issues[0];
        throw new Refusal(
          400,
          `invalid request: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`,
        );
      }
      const current = readCurationDocument(options.curationFile);
      if (!current.ok) throw new Refusal(409, current.error);
      const next = applyCurationRequest(current.doc, request.data);
      const valid = curationSchema.safeParse(next);
      if (!valid.success) throw new Refusal(400, 'the edit would make curation.json invalid');
      const text = serializeCuration(next);
      replaceFileAtomically(options.curationFile, text);
      send(res, 200, { ok: true });
    } catch (error) {
      if (error instanceof Refusal) send(res, error.status, { error: error.message });
      else send(res, 500, { error: 'could not save the edit' });
    }
  };
}

function checkRequest(req: IncomingMessage, options: CurationHandlerOptions): void {
  if (req.method !== 'POST') throw new Refusal(405, 'POST only');
  const port = options.port();
  const host = req.headers.host ?? '';
  const ours = port === undefined ? [] : [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!ours.includes(host)) throw new Refusal(403, 'wrong host');
  if (req.headers.origin !== `http://${host}`) throw new Refusal(403, 'wrong origin');
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') throw new Refusal(403, 'not same-origin');
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new Refusal(415, 'expected JSON');
  const token = req.headers[CURATION_TOKEN_HEADER];
  if (typeof token !== 'string' || !sameSecret(token, options.token)) {
    throw new Refusal(403, 'missing or wrong token');
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > maxBytes) throw new Refusal(413, 'body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new Refusal(413, 'body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Refusal(400, 'body is not JSON');
  }
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
