import { FIRM_SIDES, SIDE_OF } from '../gazetteer.ts';
import type { TitleContext } from './kindDefinition.ts';
import { namedFirms } from './namedFirms.ts';

const FIRM_SIDE: ReadonlyMap<string, 'us' | 'china'> = new Map(FIRM_SIDES);

/** The body a sentence names when it names no country: "The watchdog had opened the review". */
const BODY =
  /\b(?:the|its|a)\s+((?:[\w-]+\s+)?(?:regulator|watchdog|administration|agency|commission))\b/i;

/**
 * Who reviews or summons a firm, and which firm: a regulator acts on the other side's firms, so
 * the firm's home tells the regulator's side even when the sentence names the firm's country
 * first ("said that a US memory maker had failed"). With no firm known, the subject the
 * sentence names, else the body it calls the actor ("Regulator").
 */
export function regulatorOf(context: TitleContext): {
  by: string;
  /** The regulator's side ("China"), or its body's name: words for an id that stays short. */
  side: string;
  firm: string | undefined;
} {
  const { actors, primary, subject } = context;
  const firm =
    actors.find((a) => FIRM_SIDE.has(a)) ??
    namedFirms(primary.segment.text).find((f) => !actors.includes(f));
  const side = firm === undefined ? undefined : FIRM_SIDE.get(firm);
  if (side !== undefined) {
    // The sentence's own name for the regulator when it is of that side ("China's cyberspace
    // regulator"), else the side.
    const lead = primary.actors[0] ?? '';
    const own =
      !FIRM_SIDE.has(lead) && SIDE_OF.get(lead) !== undefined && SIDE_OF.get(lead) !== side;
    const country = side === 'us' ? 'China' : 'US';
    return { by: own ? subject : country, side: country, firm };
  }
  if (primary.actors.length > 0 && !FIRM_SIDE.has(primary.actors[0] ?? '')) {
    return { by: subject, side: subject, firm };
  }
  const body = BODY.exec(primary.segment.text.slice(0, primary.triggerStart))?.[1];
  const by = body === undefined ? 'Regulator' : capitalised(body);
  return { by, side: by, firm };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}
