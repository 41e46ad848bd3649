import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** The tab reaches the API's domain (the shared contract and rules) through this one alias. */
export const tabAliases = { '@domain': fileURLToPath(new URL('./api/src/domain', import.meta.url)) };

const tabPort = Number(process.env.TAB_PORT ?? 53000);

// No proxy here: `npm start` (api/src/hosts/local/start.ts) and the browser tests (tests/support/tabStack.ts)
// pass tabProxy() for the API they started. Importing it here would bundle the whole route table
// into this config, and Vite warns at length about every extensionless import it meets there.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: tabAliases },
  server: { port: tabPort, strictPort: true, host: 'localhost' },
  preview: { port: tabPort, strictPort: true, host: 'localhost' },
  // Fluent UI + React + teams-js are ~140 KB gzipped on their own; the budget is checked by `npm run bench`.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 700 },
});
