// Storybook for the widgets: one story per state a client or host can meet.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // vite.config.ts builds the CDN bundle in library mode into dist/cdn; none of that
    // applies to Storybook's app build (and lib mode would replace its HTML entries).
    const { lib: _lib, outDir: _outDir, emptyOutDir: _emptyOutDir, ...build } = viteConfig.build ?? {};
    return { ...viteConfig, build };
  },
};

export default config;
