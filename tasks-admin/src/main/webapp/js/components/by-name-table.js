// Per task name and application, how many tasks have each status.
import { h } from '../dom.js';
import { tasksHash } from '../query.js';
import { STATUSES, statusClass, statusLabel } from '../task-status.js';
import { syncRows } from './keyed-rows.js';

export function createByNameTable() {
  const tbody = h('tbody');
  const table = h('table', { id: 'by-name', class: 'data-table by-name' },
    h('thead', {},
      h('tr', {},
        h('th', { scope: 'col' }, 'Name'),
        h('th', { scope: 'col' }, 'Application'),
        STATUSES.map((status) => h('th', { scope: 'col', class: 'num', title: status }, statusLabel(status))))),
    tbody);
  const empty = h('p', { class: 'empty-state', hidden: true }, 'No tasks yet.');
  const wrapper = h('div', { class: 'table-scroll' }, table);

  function update(byName) {
    syncRows(tbody, byName, (entry) => `${entry.application} / ${entry.name}`, nameRow);
    wrapper.hidden = byName.length === 0;
    empty.hidden = byName.length > 0;
  }

  return { element: h('div', {}, wrapper, empty), update };
}

function nameRow(entry) {
  return h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: tasksHash({ name: entry.name }) }, entry.name)),
    h('td', { class: 'muted' }, entry.application ?? '—'),
    STATUSES.map((status) => countCell(entry, status)));
}

function countCell(entry, status) {
  const count = entry.byStatus?.[status] ?? 0;
  if (!count) return h('td', { class: 'num zero' }, '0');
  return h('td', { class: `num ${statusClass(status)}` },
    h('a', {
      href: tasksHash({ status, name: entry.name, application: entry.application }),
      'aria-label': `${count} ${statusLabel(status).toLowerCase()} ${entry.name} tasks`,
    }, String(count)));
}
