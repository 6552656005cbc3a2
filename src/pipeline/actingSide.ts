import { SIDE_OF } from './gazetteer.ts';

/**
 * Companies among the gazetteer's actors. A firm belongs to a side, yet in a government's
 * measure it is the one acted on: "His administration added the telecoms giant Huawei to the
 * list in May 2019" names no government, and Huawei's side is not the side that acted.
 */
export const FIRMS: ReadonlySet<string> = new Set([
  'Huawei',
  'TikTok',
  'ByteDance',
  'SMIC',
  'ZTE',
  'Nvidia',
  'Micron',
  'Apple',
  'Intel',
  'Qualcomm',
  'Boeing',
  'Alibaba',
  'Tencent',
  'WeChat',
  'Xiaomi',
  'DJI',
  'Hikvision',
  'BYD',
  'CATL',
  'YMTC',
  'DeepSeek',
]);

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
