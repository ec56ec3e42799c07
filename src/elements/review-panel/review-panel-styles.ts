// The review panel's look: cards, a toolbar, tables, the hand-drawn chart, the paged
// list and a print layout that fits on paper. Logical properties only, for RTL. Narrow
// layouts follow the panel's own width (a container query), not the window's: a panel in a
// sidebar is as narrow as one on a phone. At 320 CSS px (or 1280 px at 400% zoom) nothing
// scrolls sideways: wide tables become stacks, one record per block, each value labelled.
import { css } from 'lit';

export const reviewPanelStyles = css`
  .panel {
    container-type: inline-size;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-4);
  }
  h2 {
    margin-block: 0 var(--_space-3);
    font-size: 1.35em;
  }
  h3 {
    margin-block: 0 var(--_space-2);
    font-size: 1.1em;
  }
  h4 {
    margin-block: var(--_space-2) var(--_space-1);
    font-size: 1em;
  }
  .card {
    border-block-start: 1px solid var(--_border);
    padding-block: var(--_space-3);
  }
  .muted {
    color: var(--_muted);
  }
  p {
    margin-block: var(--_space-1);
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    gap: var(--_space-3);
    margin-block-start: var(--_space-2);
  }
  .reflections {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space-2);
  }
  blockquote {
    margin: 0;
    padding-inline-start: var(--_space-3);
    border-inline-start: 4px solid var(--_primary);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .chip,
  .badge {
    display: inline-block;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding-inline: var(--_space-2);
    margin-inline-end: var(--_space-1);
    font-size: 0.875em;
  }
  .badge.invalid,
  .flag.invalid {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .flag {
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius-sm);
    padding: var(--_space-2) var(--_space-3);
  }
  .flag.invalid {
    color: var(--_fg);
  }
  .state {
    font-weight: 600;
  }
  .state.completed {
    color: var(--_success);
  }
  .state.not-started {
    color: var(--_danger);
  }
  table {
    margin-block: var(--_space-2);
  }
  th,
  td {
    vertical-align: top;
  }
  td.text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    min-inline-size: 10rem;
  }
  .table-scroll {
    overflow-x: auto;
  }
  meter {
    inline-size: 4rem;
    margin-inline-start: var(--_space-1);
  }
  .chart {
    max-block-size: 18rem;
  }
  .range {
    stroke: var(--_primary);
    stroke-opacity: 0.35;
    stroke-width: 2;
  }
  figcaption {
    color: var(--_muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
    padding-block: var(--_space-3);
    border-block-start: 1px solid var(--_border);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  label {
    font-weight: 500;
  }
  select,
  input {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    padding: var(--_space-2);
    min-block-size: 44px;
    box-sizing: border-box;
  }
  .count {
    margin: 0;
    align-self: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  button {
    font: inherit;
    min-block-size: 44px;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius-sm);
    border: 1px solid var(--_primary);
    background: var(--_bg);
    color: var(--_primary);
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .alert {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius-sm);
    padding: var(--_space-2) var(--_space-3);
  }
  .server-message,
  .mono,
  .raw {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .mono,
  .raw {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  /* At most this tall: a short list takes only the room its rows need. */
  .viewport {
    max-block-size: var(--hw-review-list-height, 28rem);
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    overscroll-behavior: contain;
  }
  .viewport ul {
    list-style: none;
    margin: 0;
    padding-inline: 0;
    padding-block-end: 0;
    box-sizing: border-box;
  }
  .row {
    display: grid;
    grid-template-columns: 11rem 10rem minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--_space-2);
    inline-size: 100%;
    min-block-size: 3.5rem;
    padding-block: var(--_space-1);
    text-align: start;
    border: none;
    border-block-end: 1px solid var(--_border);
    border-radius: 0;
    color: var(--_fg);
    background: transparent;
  }
  .row:hover {
    background: var(--_subtle);
  }
  /* Inside the row: the scroll box would clip a ring drawn outside it to a divider-like line. */
  .row:focus-visible {
    outline-offset: -3px;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    margin-block-start: var(--_space-2);
  }
  button[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: default;
  }
  .row span {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .row .when {
    color: var(--_muted);
  }
  .row.invalid .gist {
    color: var(--_danger);
  }
  dialog {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-inline-size: min(48rem, 92vw);
    max-block-size: 88vh;
    padding: var(--_space-4);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dl.fields {
    display: grid;
    gap: var(--_space-2);
    margin: var(--_space-2) 0;
  }
  dl.fields dt {
    font-weight: 600;
  }
  dl.fields dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .print-list {
    padding-inline-start: var(--_space-4);
  }
  .print-item {
    break-inside: avoid;
    border-block-end: 1px solid var(--_border);
    padding-block: var(--_space-2);
  }
  @container (max-width: 40rem) {
    .row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .row .what,
    .row .when {
      display: none;
    }
  }
  /* Stacks: the header row is hidden (still read as the table's), each cell says its column. */
  @container (max-width: 36rem) {
    table.stack,
    table.stack tbody,
    table.stack tr,
    table.stack th,
    table.stack td,
    table.stack caption {
      display: block;
    }
    table.stack thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.stack tr {
      padding-block: var(--_space-2);
      border-block-end: 1px solid var(--_border);
    }
    table.stack th,
    table.stack td {
      border: none;
      padding-block: 0;
    }
    table.stack tbody th {
      font-weight: 600;
    }
    table.stack td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
    td.text {
      min-inline-size: 0;
    }
    /* The small tables that stay tables (counts, averages) may break a long word rather
       than widen the panel. */
    th,
    td {
      overflow-wrap: anywhere;
    }
    .toolbar .field,
    .toolbar input,
    .toolbar select {
      inline-size: 100%;
    }
  }
  @media (forced-colors: active) {
    .line,
    .range {
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
    }
    .panel,
    button {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      color-scheme: light;
      font-size: 10.5pt;
    }
    .panel {
      border: none;
      padding: 0;
    }
    .toolbar .actions,
    .toolbar .field,
    dialog,
    .pager,
    #list-help,
    details > summary {
      display: none;
    }
    .viewport {
      block-size: auto;
      overflow: visible;
      border: none;
    }
    figure,
    tr {
      break-inside: avoid;
    }
    .table-scroll {
      overflow: visible;
    }
    .chart {
      max-block-size: 12rem;
    }
  }
`;
