// Live design tokens: every `--hw-*` custom property the manifest documents becomes a
// control, set on the element through styleMap (CSSOM, so it also works under a strict CSP).
// The list is read from the manifest, so a new token shows up here without editing this file.
import { getCustomElements, type Meta, type StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { onDevice } from './device-state.js';

interface ManifestToken {
  name: string;
  description?: string;
}

/** Every documented `--hw-*` token across the elements, once, in manifest order. */
function documentedTokens(): ManifestToken[] {
  const manifest = getCustomElements() as {
    modules?: { declarations?: { cssProperties?: ManifestToken[] }[] }[];
  };
  const tokens = new Map<string, ManifestToken>();
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      for (const token of declaration.cssProperties ?? []) {
        if (token.name.startsWith('--hw-') && !tokens.has(token.name)) tokens.set(token.name, token);
      }
    }
  }
  return [...tokens.values()];
}

type ThemingArgs = Record<string, string | undefined> & { theme?: 'light' | 'dark' };

const tokenStyles = (args: ThemingArgs) =>
  Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--hw-') && value));

const meta = {
  title: 'Guides/Theming',
  render: (args) =>
    html`<hw-thought-record
      draft-key="story-theming"
      columns="3"
      theme=${ifDefined(args.theme)}
      style=${styleMap(tokenStyles(args))}
    ></hw-thought-record>`,
  loaders: [onDevice()],
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    ...Object.fromEntries(
      documentedTokens().map((token) => [
        token.name,
        {
          description: token.description,
          control: token.name.startsWith('--hw-color-') ? 'color' : 'text',
          table: { category: 'Design tokens' },
        },
      ]),
    ),
  },
} satisfies Meta<ThemingArgs>;

export default meta;
type Story = StoryObj<ThemingArgs>;

/** The defaults: nothing set by the host. Change any control to restyle the widget live. */
export const Defaults: Story = {};

/** A practice's own brand: a handful of tokens set on the element, nothing else. */
export const PracticeBrand: Story = {
  args: {
    '--hw-color-primary': '#7a3e9d',
    '--hw-color-surface': '#fbf8f3',
    '--hw-color-border': '#8a7f70',
    '--hw-radius-md': '1rem',
    '--hw-font-family': 'Georgia, serif',
  },
};

/** The dark theme, chosen explicitly with `theme="dark"` instead of the page's color-scheme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { value: 'dark' } },
};
