// Lists what the reference endpoint stored. Entry text is rendered with textContent only:
// it is whatever a client typed, and must never become markup.

const rows = /** @type {HTMLTableSectionElement} */ (document.getElementById('entries'));
const raw = /** @type {HTMLElement} */ (document.getElementById('raw'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const refreshButton = /** @type {HTMLButtonElement} */ (document.getElementById('refresh'));

/**
 * @param {string} tag
 * @param {string} [text]
 * @param {string} [className]
 */
function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** @param {unknown} value */
function text(value) {
  return typeof value === 'string' ? value : '—';
}

/** The column headers, which name each cell when the table is stacked on a narrow screen. */
const columns = [...document.querySelectorAll('.entries thead th')].map((th) => th.textContent?.trim() ?? '');

/** @param {Record<string, any>[]} entries */
function render(entries) {
  rows.replaceChildren(
    ...entries.map((entry, index) => {
      const row = element('tr');
      row.append(
        element('td', String(index + 1)),
        element('td', text(entry?.exercise)),
        element('td', text(entry?.id), 'mono'),
        element('td', text(entry?.completedAt)),
        element('td', text(entry?.data?.situation)),
      );
      [...row.children].forEach((cell, column) => cell.setAttribute('data-label', columns[column]));
      return row;
    }),
  );
  if (entries.length === 0) {
    const empty = element('td', 'Nothing received yet. Submit a thought record on the homework page.');
    empty.colSpan = 5;
    const row = element('tr');
    row.append(empty);
    rows.append(row);
  }

  raw.replaceChildren(
    ...entries.map((entry, index) => {
      const details = element('details');
      details.append(
        element('summary', `#${index + 1} ${text(entry?.exercise)} ${text(entry?.id)}`),
        element('pre', JSON.stringify(entry, null, 2)),
      );
      return details;
    }),
  );
}

async function refresh() {
  refreshButton.disabled = true;
  status.textContent = 'Loading…';
  try {
    const response = await fetch('/api/homework', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(body?.message ?? `HTTP ${response.status}`);
    const entries = Array.isArray(body) ? body : (body?.entries ?? []);
    render(entries);
    const noun = entries.length === 1 ? 'entry' : 'entries';
    status.textContent = `${entries.length} ${noun}, as of ${new Date().toLocaleTimeString()}.`;
  } catch (error) {
    status.textContent = `Could not load entries: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    refreshButton.disabled = false;
  }
}

refreshButton.addEventListener('click', refresh);
refresh();
