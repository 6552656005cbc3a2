import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { findDuplicate } from './addArticleDuplicates.ts';
import { findDateline } from './findDateline.ts';
import type { ArticleRead } from './read/articleRead.ts';
import { articleFileName } from './read/articleFileName.ts';
import { articleMeta } from './read/articleMeta.ts';
import { articleStem } from './read/articleStem.ts';
import { decodePageBytes } from './read/decodePageBytes.ts';
import { FETCH_LIMITS, fetchArticlePage, type FetchLimits } from './read/fetchArticlePage.ts';
import { readArticleFile } from './read/readArticleFile.ts';
import { readHtmlArticle } from './read/readHtmlArticle.ts';
import { seedMetaSchema, type SeedMeta } from './seedMetaSchema.ts';
import { replaceFileAtomically } from './replaceFileAtomically.ts';

export type AddResult =
  { ok: true; file: string; sourceId: string; warnings: string[] } | { ok: false; reason: string };

/** Something that is not a file path: "https://…", "ftp://…", "javascript:…". */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\\)/i;

/**
 * Adds one article to the seeds folder from a web address or a saved file (a page, Markdown or
 * text): `<published>_<slug>.txt` with its extracted text and a `.meta.json` sidecar. Nothing
 * is written when it cannot be read, has no article, or is already there.
 */
export async function addArticle(
  input: string,
  seedsDir: string,
  limits: FetchLimits = FETCH_LIMITS,
): Promise<AddResult> {
  const read =
    HAS_SCHEME.test(input) && !existsSync(input) ? await readUrl(input, limits) : readFile(input);
  if (!read.ok) return read;
  const { article, urls } = read;
  const warnings: string[] = [];
  const published = article.published ?? findDateline(article.text);
  if (published === null) warnings.push('no publication date found; saved as "undated"');
  if (!existsSync(seedsDir)) mkdirSync(seedsDir, { recursive: true });
  const duplicate = findDuplicate(seedsDir, { text: article.text, urls });
  if (duplicate !== null) return { ok: false, reason: `already in ${seedsDir}: ${duplicate}` };

  const file = freeName(seedsDir, articleFileName(published, article.title, article.url));
  const sidecar: SeedMeta = {
    ...(article.title !== null ? { title: article.title } : {}),
    ...(article.outlet !== null ? { outlet: article.outlet } : {}),
    ...(article.url !== null ? { url: article.url } : {}),
    published,
  };
  const stem = file.slice(0, -'.txt'.length);
  // Sidecar first: a run killed in between leaves a sidecar without an article, which parse ignores.
  replaceFileAtomically(
    join(seedsDir, `${stem}.meta.json`),
    `${JSON.stringify(sidecar, null, 2)}\n`,
  );
  replaceFileAtomically(join(seedsDir, file), article.text);
  return { ok: true, file, sourceId: stem, warnings };
}

type Read = { ok: true; article: ArticleRead; urls: string[] } | { ok: false; reason: string };

async function readUrl(input: string, limits: FetchLimits): Promise<Read> {
  const fetched = await fetchArticlePage(input, limits);
  if (!fetched.ok) return fetched;
  const decoded = decodePageBytes(fetched.bytes, fetched.charset);
  if (!decoded.ok) return decoded;
  const read = readHtmlArticle(decoded.text, fetched.finalUrl);
  if (!read.ok) return read;
  const article = { ...read.article, url: read.article.url ?? fetched.finalUrl };
  return { ok: true, article, urls: [input, fetched.finalUrl, article.url] };
}

function readFile(path: string): Read {
  const stem = articleStem(basename(path));
  if (stem === null) return { ok: false, reason: 'not an article file (.txt, .md, .html or .htm)' };
  if (!existsSync(path)) return { ok: false, reason: 'no such file' };
  const read = readArticleFile(basename(path), readFileSync(path));
  if (!read.ok) return read;
  const metaPath = join(dirname(path), `${stem}.meta.json`);
  let sidecar: SeedMeta | undefined;
  if (existsSync(metaPath)) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(metaPath, 'utf8'));
    } catch {
      return { ok: false, reason: `${metaPath}: not valid JSON` };
    }
    const parsed = seedMetaSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: `${metaPath}: not a valid sidecar` };
    sidecar = parsed.data;
  }
  const meta = articleMeta(read.article, sidecar) ?? {};
  const article: ArticleRead = {
    text: read.article.text,
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    published: meta.published ?? null,
  };
  return { ok: true, article, urls: article.url === null ? [] : [article.url] };
}

/** "x.txt", else "x-2.txt", "x-3.txt"…: two articles with one title are two files. */
function freeName(dir: string, name: string): string {
  const stem = name.slice(0, -'.txt'.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}.txt`;
    const taken = ['.txt', '.md', '.html', '.htm', '.meta.json'].some((ext) =>
      existsSync(join(dir, `${n === 1 ? stem : `${stem}-${n}`}${ext}`)),
    );
    if (!taken) return candidate;
  }
}
