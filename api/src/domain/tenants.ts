/**
 * Whether a caller's tenant may use the app: an empty allow-list allows every tenant. Tenant
 * ids are GUIDs, which Entra and Teams do not always send in the same case, so the comparison
 * ignores case. The HTTP token check and the bot's caller check both ask here.
 */
export function isTenantAllowed(allowedTenants: readonly string[], tenantId: string): boolean {
  if (allowedTenants.length === 0) return true;
  const wanted = tenantId.toLowerCase();
  return allowedTenants.some((allowed) => allowed.toLowerCase() === wanted);
}
