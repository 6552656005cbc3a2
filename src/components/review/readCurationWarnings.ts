import { z } from 'zod';

const withWarnings = z.looseObject({ curationWarnings: z.array(z.string()).optional() });

/**
 * The edits the last pipeline run could not apply, read from events.json itself: the app's
 * loader keeps only sources and events, and this is for the dev page alone.
 */
export async function readCurationWarnings(baseUrl: string): Promise<string[]> {
  try {
    const response = await fetch(`${baseUrl}data/events.json`, { cache: 'no-cache' });
    if (!response.ok) return [];
    const parsed = withWarnings.safeParse(await response.json());
    return parsed.success ? (parsed.data.curationWarnings ?? []) : [];
  } catch {
    return [];
  }
}
