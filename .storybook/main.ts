// Storybook for the widgets: one story per state a client or a host can meet.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal(viteConfig, { configType }) {
    // vite.config.ts builds the CDN bundle in library mode. Storybook keeps only its
    // `build.target` today; if `build.lib` ever reached this far, library mode would
    // replace Storybook's HTML entries with the CDN entry. outDir is left alone: Storybook
    // has already set it to the `-o` directory.
    const { lib: _lib, ...build } = viteConfig.build ?? {};
    if (configType === 'PRODUCTION') {
      // Storybook's own preview bundle is about 1 MB; sizing it is not this project's concern.
      build.chunkSizeWarningLimit = 1500;
      build.reportCompressedSize = false;
    }
    return { ...viteConfig, build };
  },
};

export default config;
