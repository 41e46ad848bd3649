import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tabProxy } from './api/src/local/tabProxy';

const tabPort = Number(process.env.TAB_PORT ?? 53000);
// Locally the tab calls its own origin and Vite forwards the API's routes to the local API host.
const proxy = tabProxy(`http://127.0.0.1:${process.env.API_PORT ?? 7071}`);

export default defineConfig({
  plugins: [react()],
  server: { port: tabPort, strictPort: true, host: 'localhost', proxy },
  preview: { port: tabPort, strictPort: true, host: 'localhost', proxy },
  // Fluent UI + React + teams-js are ~140 KB gzipped on their own; the budget is checked by `npm run bench`.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 700 },
});
