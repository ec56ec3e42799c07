// <hw-provider>: one place for the endpoint, subject and auth of every widget inside it.
// A widget's own attribute still wins over the provider's value.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { onDevice } from './device-state.js';

interface ProviderArgs {
  endpoint?: string;
  subject?: string;
  credentials?: RequestCredentials;
  timeout?: number;
  'encrypt-drafts'?: boolean;
  // The manifest also lists these properties; the story sets the attributes instead.
  encryptDrafts?: never;
  getAuthHeaders?: never;
  config?: never;
}

const meta = {
  title: 'Setup/Provider',
  component: 'hw-provider',
  render: (args) =>
    html`<hw-provider
      endpoint=${ifDefined(args.endpoint)}
      subject=${ifDefined(args.subject)}
      credentials=${ifDefined(args.credentials)}
      timeout=${ifDefined(args.timeout)}
      ?encrypt-drafts=${args['encrypt-drafts']}
    >
      <hw-mood-tracker draft-key="story-provider-mood"></hw-mood-tracker>
      <hw-thought-record draft-key="story-provider-thought" columns="3"></hw-thought-record>
    </hw-provider>`,
  argTypes: {
    credentials: { control: 'select', options: ['omit', 'same-origin', 'include'] },
    encryptDrafts: { table: { disable: true } },
    getAuthHeaders: { control: false },
    config: { table: { disable: true } },
  },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** Two widgets configured once; neither repeats the endpoint or the subject. */
export const SharedConfiguration: Story = {
  args: { endpoint: 'https://practice.example/api/homework', subject: 'client-42' },
  loaders: [onDevice()],
  play: async ({ canvasElement }) => {
    const widgets = canvasElement.querySelectorAll('hw-mood-tracker, hw-thought-record');
    // Both render their form (no configuration error): the provider's endpoint reached them.
    await waitFor(() => {
      for (const widget of widgets) expect(widget.shadowRoot?.querySelector('[part="submit"]')).toBeTruthy();
    });
  },
};

/** An invalid endpoint on the provider shows the configuration error in every widget inside. */
export const InvalidEndpoint: Story = {
  args: { endpoint: 'ftp://practice.example/homework' },
  loaders: [onDevice()],
  play: async ({ canvasElement }) => {
    const widgets = canvasElement.querySelectorAll('hw-mood-tracker, hw-thought-record');
    await waitFor(() => {
      for (const widget of widgets) expect(widget.shadowRoot?.querySelector('[part="error"]')).toBeTruthy();
    });
  },
};
