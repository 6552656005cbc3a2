import { FIRMS } from './actingSide.ts';
import { STATE_OF_BODY } from './gazetteer.ts';

const STATES = new Set(STATE_OF_BODY.values());

/** Not a state, one of its bodies or a firm: a named official ("Joe Biden", "Wang Yi"). */
export function isPerson(actor: string): boolean {
  return !STATE_OF_BODY.has(actor) && !STATES.has(actor) && !FIRMS.has(actor);
}
