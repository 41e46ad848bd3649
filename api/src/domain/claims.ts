/**
 * Whether a claim taken at `since` (an ISO time) still holds at `now` under a lease of
 * `leaseMs`. A claim whose time cannot be read holds nothing: it is taken over, never kept
 * forever. The nudge ledger and a heads-up's card post both judge their claims by it.
 */
export function claimHolds(since: string, now: Date, leaseMs: number): boolean {
  const at = Date.parse(since);
  return Number.isFinite(at) && now.getTime() - at < leaseMs;
}
