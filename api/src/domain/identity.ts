/** Who is calling, as established by a validated token or bot activity. Never from a request body. */
export interface Caller {
  readonly tenantId: string;
  readonly objectId: string;
  readonly name: string;
}

const KEY_SAFE = /^[0-9A-Za-z-]{1,64}$/;

/** The Table Storage partition that holds one person's own data. */
export function personalPartition(caller: Pick<Caller, 'tenantId' | 'objectId'>): string {
  if (!KEY_SAFE.test(caller.tenantId) || !KEY_SAFE.test(caller.objectId)) {
    throw new Error('Tenant and object ids must be GUID-like.');
  }
  return `user_${caller.tenantId}_${caller.objectId}`;
}
