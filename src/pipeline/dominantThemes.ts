import type { Theme } from '../data/eventSchema.ts';
import type { Segment } from './pipelineTypes.ts';
import { TECH_CUE, TRADE_CUE } from './themeCues.ts';

/**
 * The beat an article is on, from how many of its sentences mention trade or technology.
 * Events told in neutral words ("talks in Stockholm") inherit it.
 */
export function dominantThemes(segments: Segment[]): Theme[] {
  let trade = 0;
  let tech = 0;
  for (const s of segments) {
    if (s.kind !== 'body') continue;
    if (TRADE_CUE.test(s.text)) trade++;
    if (TECH_CUE.test(s.text)) tech++;
  }
  const themes: Theme[] = [];
  if (trade >= 2 && trade * 2 >= tech) themes.push('trade');
  if (tech >= 2 && tech * 2 >= trade) themes.push('technology');
  return themes;
}
