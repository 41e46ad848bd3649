import { createContext, useContext } from 'react';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | undefined>(undefined);

/** Provides the one API client to the features. */
export const ApiProvider = ApiContext.Provider;

/** The API client; throws when used outside {@link ApiProvider}. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (client === undefined) throw new Error('useApi must be used inside <ApiProvider>');
  return client;
}
