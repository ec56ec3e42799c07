// Design tokens, defaulted on :host so a widget looks right on a page that defines
// nothing. Hosts theme by setting the same custom properties on the element or above it:
// each public token (--hw-*) is read once here, with its default, into a private one
// (--_*) that the styles use, so a page's value inherits in and the default never hides it.
// Component tokens (--hw-button-*, --hw-field-*, --hw-widget-*) fall back to the global
// ones. Light and dark come from `light-dark()`, which follows the `color-scheme` the element
// inherits: the page's (light when it declares none, the OS preference when it declares
// `light dark`), an `<hw-provider theme>` around it, or its own `theme="light|dark"`. A widget
// never turns dark on a page that did not ask for it. docs/theming.md lists every
// token (a test keeps the two in step).
import { css } from 'lit';

export const tokens = css`
  :host {
    --_bg: var(--hw-color-surface, light-dark(#ffffff, #0d1117));
    --_fg: var(--hw-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--hw-color-text-muted, light-dark(#4a525c, #b8c0ca));
    --_border: var(--hw-color-border, light-dark(#8c959f, #6e7681));
    --_primary: var(--hw-color-primary, light-dark(#0b5cad, #58a6ff));
    --_on-primary: var(--hw-color-on-primary, light-dark(#ffffff, #0d1117));
    --_danger: var(--hw-color-danger, light-dark(#b3261e, #ff7b72));
    --_success: var(--hw-color-success, light-dark(#1a7f37, #3fb950));
    --_warning-bg: var(--hw-color-warning-surface, light-dark(#fff4d6, #3b2e0a));
    --_subtle: var(--hw-color-surface-subtle, light-dark(#f6f8fa, #161b22));
    --_focus: var(--hw-color-focus, light-dark(#0b5cad, #58a6ff));
    --_space-1: var(--hw-space-1, 0.25rem);
    --_space-2: var(--hw-space-2, 0.5rem);
    --_space-3: var(--hw-space-3, 1rem);
    --_space-4: var(--hw-space-4, 1.5rem);
    --_radius: var(--hw-radius-md, 0.5rem);
    --_radius-sm: var(--hw-radius-sm, 0.25rem);
    --_font: var(--hw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--hw-font-size, 1rem);
    --_line-height: var(--hw-font-line-height, 1.5);
    --_button-radius: var(--hw-button-radius, var(--_radius-sm));
    --_field-bg: var(--hw-field-background, var(--_bg));
    --_field-border: var(--hw-field-border-color, var(--_border));
    --_padding: var(--hw-widget-padding, var(--_space-4));

    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_fg);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  /* Windows High Contrast and the like: system colours only, whatever the page set. */
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_primary: LinkText;
      --_on-primary: Canvas;
      --_danger: CanvasText;
      --_success: CanvasText;
      --_warning-bg: Canvas;
      --_subtle: Canvas;
      --_focus: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
