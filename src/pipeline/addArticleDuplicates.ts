import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { articleMeta } from './read/articleMeta.ts';
import { articleStem } from './read/articleStem.ts';
import { readArticleFile } from './read/readArticleFile.ts';
import { seedMetaSchema } from './seedMetaSchema.ts';

/** An article about to be added: its text and every address it is known by. */
export interface Candidate {
  text: string;
  urls: string[];
}

/**
 * Names the article already in the seeds folder that the candidate repeats, by address
 * (its own, its canonical one, where a redirect led) or by text (white space aside), or null.
 * Files that cannot be read are skipped here: `npm run parse` reports them.
 */
export function findDuplicate(seedsDir: string, candidate: Candidate): string | null {
  const urls = new Set(candidate.urls.map(comparableUrl).filter((u) => u !== null));
  const text = comparableText(candidate.text);
  for (const name of readdirSync(seedsDir).sort()) {
    const stem = articleStem(name);
    const path = join(seedsDir, name);
    if (stem === null || !statSync(path).isFile()) continue;
    const read = readArticleFile(name, readFileSync(path));
    if (!read.ok) continue;
    const metaPath = join(seedsDir, `${stem}.meta.json`);
    const sidecar = existsSync(metaPath) ? readSidecar(metaPath) : undefined;
    const url = comparableUrl(articleMeta(read.article, sidecar)?.url ?? null);
    if (url !== null && urls.has(url)) return `${name} has the same address (${url})`;
    if (comparableText(read.article.text) === text) return `${name} has the same text`;
  }
  return null;
}

function readSidecar(path: string) {
  try {
    const parsed = seedMetaSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function comparableText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "HTTPS://Example.com/a/#top" and "https://example.com/a" are one address. */
function comparableUrl(value: string | null): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    url.hash = '';
    return url.href.replace(/\/$/, '');
  } catch {
    return null;
  }
}
