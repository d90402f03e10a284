// Updates a table body in place: unchanged rows are kept as they are, so a periodic
// refresh keeps the keyboard focus, checkbox states and hover where they were.
import { captureFocus } from '../view-state.js';

const signatures = new WeakMap();

/**
 * @param keyOf     item => its stable key (stored as the row's data-row-key)
 * @param renderRow item => a new <tr>, used for new or changed items
 */
export function syncRows(tbody, items, keyOf, renderRow) {
  const restoreFocus = captureFocus(tbody);
  const existing = new Map([...tbody.rows].map((row) => [row.dataset.rowKey, row]));
  const wanted = items.map((item) => {
    const key = String(keyOf(item));
    const signature = JSON.stringify(item);
    const current = existing.get(key);
    if (current && signatures.get(current) === signature) return current;
    const row = renderRow(item);
    row.dataset.rowKey = key;
    signatures.set(row, signature);
    return row;
  });
  const keep = new Set(wanted);
  for (const row of [...tbody.rows]) {
    if (!keep.has(row)) row.remove();
  }
  // Only rows out of place are moved: moving a row would drop the focus inside it.
  wanted.forEach((row, index) => {
    const there = tbody.rows[index];
    if (there !== row) tbody.insertBefore(row, there ?? null);
  });
  restoreFocus();
}
