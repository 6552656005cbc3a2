import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventsFileSchema } from '../data/eventSchema.ts';
import { runPipelineOnDir } from './runPipelineOnDir.ts';

/**
 * The lines `npm run add` prints for a new article: each event it supports, by date, with
 * whether other articles tell it too, e.g. "2025-10-30  Xi and Trump meet in Busan (occurred;
 * also in 1 other article)". Built by a full run into a scratch file, so the app's data is
 * not touched and the events are the ones `npm run parse` will write.
 */
export function addArticleEvents(
  seedsDir: string,
  sourceId: string,
): { lines: string[] } | { error: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'add-article-'));
  try {
    const out = join(scratch, 'events.json');
    const run = runPipelineOnDir(seedsDir, out);
    if (!run.ok) return { error: run.errors.join('; ') };
    const file = eventsFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const lines: string[] = [];
    for (const event of file.events) {
      if (!event.mentions.some((m) => m.sourceId === sourceId)) continue;
      const others = new Set(event.mentions.map((m) => m.sourceId).filter((id) => id !== sourceId))
        .size;
      const told =
        others === 0 ? 'new' : `also in ${others} other article${others === 1 ? '' : 's'}`;
      lines.push(
        `${(event.date.start ?? 'date unknown').padEnd(12)}  ${event.title} (${event.status}; ${told})`,
      );
    }
    return { lines };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
