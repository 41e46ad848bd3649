import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const tabPort = Number(process.env.TAB_PORT ?? 53000);
// Locally the tab calls its own origin and Vite forwards to the local API host.
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 7071}`;
const proxy = { '/api': apiTarget, '/dev': apiTarget };

export default defineConfig({
  plugins: [react()],
  server: { port: tabPort, strictPort: true, host: 'localhost', proxy },
  preview: { port: tabPort, strictPort: true, host: 'localhost', proxy },
  // Fluent UI + React + teams-js are ~140 KB gzipped on their own; the budget is checked by `npm run bench`.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 700 },
});
