import { z } from 'zod';
import { repoRoot, startLocalApi } from './stack';

// The local API on its own (no tab, no Azurite of its own): for benchmarks and the Agents
// Playground, which run it as a separate process the way Azure would.
const env = z
  .object({
    API_PORT: z.coerce.number().int().min(1).max(65535),
    TABLES_CONNECTION_STRING: z.string().min(1),
  })
  .parse(process.env);

const api = await startLocalApi({
  root: repoRoot,
  apiPort: env.API_PORT,
  tabOrigin: 'http://localhost:53000',
  tablesConnectionString: env.TABLES_CONNECTION_STRING,
  quiet: true,
});
console.log(`API ready at ${api.baseUrl}`);
const stop = () => void api.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
