import { z } from 'zod';

/** The optional `<name>.meta.json` sidecar next to an article. */
export const seedMetaSchema = z.object({
  title: z.string().optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    // "2025-02-30" fits the pattern but no calendar; caught here, it is an input error naming
    // the sidecar instead of an invalid events file at the end of the build.
    .refine(isRealDay, { message: 'expected a real calendar day (YYYY-MM-DD)' })
    .nullable()
    .optional(),
});
export type SeedMeta = z.infer<typeof seedMetaSchema>;

function isRealDay(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
