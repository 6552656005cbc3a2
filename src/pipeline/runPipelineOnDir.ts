import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { buildEventsFile, sourceIdOf } from './buildEventsFile.ts';
import { curationSchema, type Curation } from './curationSchema.ts';
import { knownEventsFileSchema } from './knownEventSchema.ts';
import type { PipelineConfig, SeedInput } from './pipelineTypes.ts';
import { articleMeta } from './read/articleMeta.ts';
import { articleStem } from './read/articleStem.ts';
import { readArticleFile } from './read/readArticleFile.ts';
import { seedMetaSchema } from './seedMetaSchema.ts';
import { serializeEventsFile } from './serializeEventsFile.ts';
import { writePartsAtomically } from './writePartsAtomically.ts';

export type PipelineRun =
  | { ok: true; warnings: string[]; events: number; sources: number; written: boolean }
  | { ok: false; errors: string[]; warnings: string[] };

/**
 * Reads a seeds folder, builds the events file and writes it atomically (temp file + rename).
 * On any input problem nothing is written: the previous output stays as it was.
 */
export function runPipelineOnDir(seedsDir: string, outFile: string): PipelineRun {
  const folder = readSeedsFolder(seedsDir);
  if (!folder.ok) return folder;
  const { seeds, config, warnings } = folder;
  let text: string;
  let counts: { events: number; sources: number };
  try {
    const { file, warnings: buildWarnings } = buildEventsFile(seeds, config);
    warnings.push(...buildWarnings);
    text = serializeEventsFile(file);
    counts = { events: file.events.length, sources: file.sources.length };
  } catch (error) {
    return { ok: false, errors: [`pipeline failed: ${String(error)}`], warnings };
  }
  return { ok: true, warnings, ...counts, written: writeFileAtomically(outFile, text) };
}

export type SeedsFolder =
  | { ok: true; seeds: SeedInput[]; config: PipelineConfig; warnings: string[] }
  | { ok: false; errors: string[]; warnings: string[] };

/** The articles, sidecars and config of a seeds folder, or every problem found in them. */
export function readSeedsFolder(seedsDir: string): SeedsFolder {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) {
    return { ok: false, errors: [`${seedsDir}: seeds folder not found`], warnings };
  }
  const seeds = readSeeds(seedsDir, errors);
  const config = readConfig(seedsDir, errors);
  if (errors.length > 0) return { ok: false, errors, warnings };
  if (seeds.length === 0)
    warnings.push(`${seedsDir}: no articles (.txt, .md, .html); writing an empty timeline`);
  return { ok: true, seeds, config, warnings };
}

/**
 * Writes through a temp file and a rename, so a reader (or a second run) never sees half a file;
 * false when the file already held exactly this text and was left alone (a file of another size
 * is not read: at 5,000 articles reading the old 56 MB file was most of the write).
 */
export function writeFileAtomically(path: string, text: string): boolean {
  return writePartsAtomically(path, [text]);
}

function readSeeds(seedsDir: string, errors: string[]): SeedInput[] {
  const names = readdirSync(seedsDir)
    .filter((name) => articleStem(name) !== null)
    .sort();
  const seeds: SeedInput[] = [];
  const byId = new Map<string, string>();
  for (const name of names) {
    const path = join(seedsDir, name);
    if (!statSync(path).isFile()) continue;
    // The stem is the source id quotes point at: it must exist and name one article only.
    const id = sourceIdOf(name);
    const clash = byId.get(id);
    if (id === '' || clash !== undefined) {
      errors.push(
        `${path}: ${id === '' ? 'the file name has no stem' : `same source id "${id}" as ${clash ?? ''}`}; rename the file`,
      );
      continue;
    }
    byId.set(id, name);
    const decoded = readArticleFile(name, readFileSync(path));
    if (!decoded.ok) {
      errors.push(`${path}: ${decoded.reason}`);
      continue;
    }
    const metaPath = join(seedsDir, `${articleStem(name) ?? name}.meta.json`);
    const sidecar = existsSync(metaPath) ? readJson(metaPath, seedMetaSchema, errors) : undefined;
    const meta = articleMeta(decoded.article, sidecar);
    const text = decoded.article.text;
    seeds.push(meta === undefined ? { file: name, text } : { file: name, text, meta });
  }
  return seeds;
}

function readConfig(seedsDir: string, errors: string[]): PipelineConfig {
  const knownPath = join(seedsDir, 'known-events.json');
  const curationPath = join(seedsDir, 'curation.json');
  const known = existsSync(knownPath)
    ? readJson(knownPath, knownEventsFileSchema, errors)
    : undefined;
  const curation: Curation | undefined = existsSync(curationPath)
    ? readJson(curationPath, curationSchema, errors)
    : undefined;
  const ids = new Set<string>();
  const knownEvents = known?.events ?? [];
  for (const event of knownEvents) {
    if (ids.has(event.id)) errors.push(`${knownPath}: duplicate known event id "${event.id}"`);
    ids.add(event.id);
    for (const alias of event.aliases) {
      try {
        new RegExp(alias, 'i');
      } catch {
        errors.push(`${knownPath}: event "${event.id}" has an invalid alias pattern ${alias}`);
      }
    }
  }
  return { knownEvents, curation: curation ?? { merges: [], edits: [] } };
}

function readJson<T extends z.ZodType>(
  path: string,
  schema: T,
  errors: string[],
): z.infer<T> | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push(
      `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    errors.push(`${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
    return undefined;
  }
  return parsed.data;
}
