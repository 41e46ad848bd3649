import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { tabAliases } from './vite.config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'api',
          include: ['api/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/azuriteGlobalSetup.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias: tabAliases },
        test: {
          name: 'tab',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['src/test/setup.ts'],
          // Typing and timers in happy-dom run several times slower on a loaded 2-core machine than alone.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'system',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/azuriteGlobalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
