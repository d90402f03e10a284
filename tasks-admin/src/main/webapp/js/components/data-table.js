// A table in the console's style: its column headings, and the body a view fills with rows.
import { h } from '../dom.js';

/** A column of numbers, aligned right; `title` is the heading's tooltip. */
export const numeric = (label, title) => ({ label, numeric: true, title });

/** The column of a row's buttons: its heading is read by screen readers only. */
export const ACTIONS = { label: 'Actions', screenReaderOnly: true };

/**
 * The table `data-table <kind>` and its body. A column is a label, or one of `numeric(..)` and
 * ACTIONS; an absent one (null, false) is left out, as for users who cannot act.
 */
export function dataTable(id, kind, columns) {
  const tbody = h('tbody');
  const table = h('table', { id, class: `data-table ${kind}` },
    h('thead', {}, h('tr', {}, columns.filter(Boolean).map(heading))),
    tbody);
  return { table, tbody };
}

function heading(column) {
  const { label, numeric: isNumeric = false, title, screenReaderOnly = false } =
    typeof column === 'string' ? { label: column } : column;
  return h('th', { scope: 'col', class: isNumeric && 'num', title },
    screenReaderOnly ? h('span', { class: 'visually-hidden' }, label) : label);
}
