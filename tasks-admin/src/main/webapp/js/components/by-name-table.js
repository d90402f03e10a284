// Per task name and application, how many tasks have each status.
import { dataTable, numeric } from './data-table.js';
import { h } from '../dom.js';
import { tasksHash } from '../query.js';
import { STATUSES, statusClass, statusLabel } from '../task-status.js';
import { syncRows } from './keyed-rows.js';

export function createByNameTable() {
  const { table, tbody } = dataTable('by-name', 'by-name',
    ['Name', 'Application', ...STATUSES.map((status) => numeric(statusLabel(status), status))]);
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
