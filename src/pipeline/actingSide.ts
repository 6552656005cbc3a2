import { FIRM_SIDES, SIDE_OF } from './gazetteer.ts';

/** The companies among the gazetteer's actors (FIRM_SIDES). */
export const FIRMS: ReadonlySet<string> = new Set(FIRM_SIDES.map(([name]) => name));

/**
 * The side whose act a measure is, from the name its sentence gives first: a government, an
 * official or a department says it; a firm named first says nothing ("Huawei was put on the
 * list" is the other side's act, "Nvidia halted its sales" the firm's own), so the side stays
 * unknown and does not keep two accounts of one act apart.
 */
export function actingSide(lead: string | undefined): 'us' | 'china' | undefined {
  if (lead === undefined || FIRMS.has(lead)) return undefined;
  return SIDE_OF.get(lead);
}
