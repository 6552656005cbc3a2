import { CURATION_PATH, CURATION_TOKEN_HEADER } from '../../../dev/curationProtocol.ts';
import type { CurationRequest } from '../../../dev/curationRequestSchema.ts';

export type PostResult = { ok: true } | { ok: false; message: string };

/** Sends one correction to the dev server; never throws. */
export async function postCuration(token: string, request: CurationRequest): Promise<PostResult> {
  try {
    const response = await fetch(CURATION_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [CURATION_TOKEN_HEADER]: token },
      body: JSON.stringify(request),
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => ({}))) as { error?: unknown };
    const reason = typeof body.error === 'string' ? body.error : `status ${response.status}`;
    return { ok: false, message: `The dev server refused the correction: ${reason}.` };
  } catch {
    return { ok: false, message: 'The dev server could not be reached. Is `npm run dev` running?' };
  }
}
