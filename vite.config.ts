import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const tabPort = Number(process.env.TAB_PORT ?? 53000);

// No proxy here: `npm start` (api/src/local/start.ts) and the browser tests (tests/support/tabStack.ts)
// pass tabProxy() for the API they started. Importing it here would bundle the whole route table
// into this config, and Vite warns at length about every extensionless import it meets there.
export default defineConfig({
  plugins: [react()],
  server: { port: tabPort, strictPort: true, host: 'localhost' },
  preview: { port: tabPort, strictPort: true, host: 'localhost' },
  // Fluent UI + React + teams-js are ~140 KB gzipped on their own; the budget is checked by `npm run bench`.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 700 },
});
