// One card per status with its count, each leading to the tasks of that status.
import { h } from '../dom.js';
import { tasksHash } from '../query.js';
import { STATUSES, statusClass, statusLabel } from '../task-status.js';

export function createStatusCards() {
  const counts = new Map();
  const cards = STATUSES.map((status) => {
    const count = h('span', { class: 'status-card-count', 'data-testid': `count-${status}` }, '–');
    counts.set(status, count);
    return h('li', {},
      h('a', { class: `status-card ${statusClass(status)}`, href: tasksHash({ status }) },
        h('span', { class: 'status-card-label' }, statusLabel(status)),
        count));
  });

  /** Missing statuses mean none. */
  function update(byStatus) {
    for (const [status, count] of counts) {
      count.textContent = String(byStatus?.[status] ?? 0);
    }
  }

  return { element: h('ul', { class: 'status-cards', 'aria-label': 'Tasks by status' }, cards), update };
}
