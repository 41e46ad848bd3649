import type { TestProject } from 'vitest/node';
import { freePort, startAzurite } from '../../api/src/hosts/local/azurite';
import { repoRoot } from '../../api/src/hosts/local/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    tablesConnectionString: string;
  }
}

/** One in-memory Azurite per test project, on a free port, stopped when the run ends. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const azurite = await startAzurite({ port: await freePort(), root: repoRoot });
  project.provide('tablesConnectionString', azurite.connectionString);
  return () => azurite.stop();
}
