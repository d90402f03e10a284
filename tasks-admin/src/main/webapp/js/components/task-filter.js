// The task list's filter form: filled from the hash, read back into API parameters.
import { h } from '../dom.js';
import { STATUSES, statusLabel } from '../task-status.js';

/**
 * @param filter  the current filter (API parameter names, string values)
 * @param onApply (filter, order) => void, on submit
 * @param onClear () => void
 */
export function createTaskFilter({ filter, order, onApply, onClear }) {
  const form = h('form', { id: 'task-filter', class: 'filter', role: 'search', 'aria-label': 'Filter tasks' },
    field('q', 'Search', h('input', {
      type: 'search', id: 'filter-q', name: 'q', value: filter.q ?? '',
      placeholder: 'Task id or part of a name',
    })),
    field('status', 'Status', statusSelect(filter.status ?? '')),
    field('name', 'Task name', h('input', { type: 'text', id: 'filter-name', name: 'name', value: filter.name ?? '' })),
    field('application', 'Application', h('input', {
      type: 'text', id: 'filter-application', name: 'application', value: filter.application ?? '',
    })),
    field('queue', 'Queue', h('input', {
      type: 'text', id: 'filter-queue', name: 'queue', value: filter.queue ?? '',
    })),
    field('label', 'Label', h('input', {
      type: 'text', id: 'filter-label', name: 'label', value: filter.label ?? '', placeholder: 'One label',
    })),
    field('priority', 'Priority', prioritySelect(filter.priority ?? '')),
    field('order', 'Order', h('select', { id: 'filter-order', name: 'order', value: order },
      h('option', { value: 'newest' }, 'Newest first'),
      h('option', { value: 'oldest' }, 'Oldest first'))),
    field('from', 'Created from', h('input', {
      type: 'datetime-local', id: 'filter-from', name: 'from', value: isoToLocalInput(filter.from),
    })),
    field('to', 'Created before', h('input', {
      type: 'datetime-local', id: 'filter-to', name: 'to', value: isoToLocalInput(filter.to),
    })),
    // Kept from the hash (links to a task's children or tree), not edited here.
    h('input', { type: 'hidden', name: 'parent', value: filter.parent ?? '' }),
    h('input', { type: 'hidden', name: 'root', value: filter.root ?? '' }),
    h('div', { class: 'filter-buttons' },
      h('button', { id: 'apply-filter', type: 'submit', class: 'primary' }, 'Apply'),
      h('button', { id: 'clear-filter', type: 'button', onclick: clear }, 'Clear')));

  function clear() {
    form.reset();
    onClear();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onApply(readForm(form), form.elements.order.value);
  });
  return form;
}

function field(name, label, control) {
  return h('div', { class: `field field-${name}` }, h('label', { for: control.id }, label), control);
}

// A combination of statuses from a shared link gets an option of its own.
function statusSelect(current) {
  const options = [h('option', { value: '' }, 'Any status'),
    ...STATUSES.map((status) => h('option', { value: status }, statusLabel(status)))];
  if (current && !STATUSES.includes(current)) {
    options.push(h('option', { value: current }, current.split(',').map(statusLabel).join(' or ')));
  }
  return h('select', { id: 'filter-status', name: 'status', value: current }, options);
}

// Priorities run from 0 (lowest) to 9 (highest); 4 is the default.
function prioritySelect(current) {
  const options = [h('option', { value: '' }, 'Any priority')];
  for (let priority = 9; priority >= 0; priority -= 1) {
    options.push(h('option', { value: String(priority) }, priority === 4 ? '4 (default)' : String(priority)));
  }
  return h('select', { id: 'filter-priority', name: 'priority', value: current }, options);
}

function readForm(form) {
  const values = new FormData(form);
  const filter = {};
  for (const key of ['q', 'status', 'name', 'application', 'queue', 'label', 'priority', 'parent', 'root']) {
    const value = String(values.get(key) ?? '').trim();
    if (value) filter[key] = value;
  }
  for (const key of ['from', 'to']) {
    const iso = localInputToIso(values.get(key));
    if (iso) filter[key] = iso;
  }
  return filter;
}

/** An ISO instant as the local "YYYY-MM-DDTHH:mm[:ss]" a datetime-local input shows. */
function isoToLocalInput(iso) {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  const pad = (number) => String(number).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const seconds = date.getSeconds() ? `:${pad(date.getSeconds())}` : '';
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}${seconds}`;
}

/** The local time a datetime-local input holds, as an ISO instant. */
function localInputToIso(value) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
