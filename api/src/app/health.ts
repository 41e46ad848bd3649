import { StorageUnavailableError } from '../store/errors';
import type { Services } from './services';

/** Whether storage answers: the health route's probe. Any other failure is a fault, not an outage. */
export async function storageReachable(services: Services): Promise<boolean> {
  try {
    await services.personal.ping();
    return true;
  } catch (error) {
    if (error instanceof StorageUnavailableError) return false;
    throw error;
  }
}
