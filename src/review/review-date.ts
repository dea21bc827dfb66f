// Review dates: a moment → the ISO 8601 text the sidecar records (`reviewedAt`, UTC to the second),
// and a date typed with `--date` → the same, or undefined when it is not a real ISO 8601 date.

/** `2026-12-08T09:30:00Z`: UTC, whole seconds (milliseconds say nothing about a review). */
export function formatReviewDate(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A typed date: `YYYY-MM-DD` is kept as it is (a day, as waivers record it); a date-time must name its
 * zone (`Z` or `+01:00`, so it means one moment everywhere) and is recorded in UTC. Calendar dates
 * that do not exist (`2026-02-30`) are refused.
 */
export function parseReviewDate(text: string): string | undefined {
  const t = text.trim();
  const day = DATE_ONLY.exec(t);
  if (day) {
    const [y, m, d] = day.slice(1).map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? t : undefined;
  }
  if (!DATE_TIME.test(t)) return undefined;
  const moment = new Date(t);
  if (Number.isNaN(moment.getTime())) return undefined;
  // Date accepts 2026-02-30T10:00Z by rolling over: compare the day it lands on (in the given zone)
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(t)!.map(Number);
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(t);
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const local = new Date(moment.getTime() + minutes * 60_000);
  if (local.getUTCFullYear() !== y || local.getUTCMonth() !== m - 1 || local.getUTCDate() !== d) return undefined;
  return formatReviewDate(moment);
}
