/**
 * `BENCH_QUICK=1 npm run bench`: every section at a small size, only to check that it runs (the
 * end-to-end tests do, so that a broken benchmark is not found the day its figures are needed).
 * Its figures mean nothing.
 */
export const QUICK = process.env.BENCH_QUICK === '1';

export const sized = (full: number, quick: number): number => (QUICK ? quick : full);
