import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts'],
          // The fast unit tests first; the real-CMS files after, two at a time on two cores.
          sequence: { groupOrder: 1 },
          // Each file boots its own Strapi on its own database; compiled once for the whole run.
          globalSetup: ['tests/helpers/compile-cms.ts'],
          setupFiles: ['tests/helpers/fetch-retry.ts'],
          pool: 'forks',
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          // The admin panel is built once (the desk's test drives it), then the server compiled.
          globalSetup: ['tests/helpers/build-admin.ts', 'tests/helpers/compile-cms.ts'],
          setupFiles: ['tests/helpers/fetch-retry.ts'],
          sequence: { groupOrder: 2 },
          pool: 'forks',
          maxWorkers: 1,
          testTimeout: 90_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
