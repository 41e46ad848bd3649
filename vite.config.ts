import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** The tab reaches the API's domain (the shared contract and rules) through this one alias. */
export const tabAliases = { '@domain': fileURLToPath(new URL('./api/src/domain', import.meta.url)) };

const tabPort = Number(process.env.TAB_PORT ?? 53000);
// Locally the tab calls its own origin and Vite forwards to the local API host.
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 7071}`;
const proxy = { '/api': apiTarget, '/dev': apiTarget };

export default defineConfig({
  plugins: [react()],
  resolve: { alias: tabAliases },
  server: { port: tabPort, strictPort: true, host: 'localhost', proxy },
  preview: { port: tabPort, strictPort: true, host: 'localhost', proxy },
  // Fluent UI + React + teams-js are ~140 KB gzipped on their own; the budget is checked by `npm run bench`.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 700 },
});
