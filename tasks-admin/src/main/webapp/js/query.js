// The task list's filter lives in the hash query, under the API's own parameter names,
// so a filtered list can be bookmarked and shared.

export const FILTER_KEYS = ['status', 'name', 'application', 'queue', 'label', 'priority', 'parent', 'root', 'from', 'to',
  'q'];
export const PAGE_SIZE = 50;

/** The non-empty filter values of a query, as strings. */
export function readFilter(query) {
  const filter = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

export function readOrder(query) {
  return query.get('order') === 'oldest' ? 'oldest' : 'newest';
}

export function tasksHash(filter = {}, order = 'newest') {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (filter[key]) query.set(key, filter[key]);
  }
  if (order === 'oldest') query.set('order', 'oldest');
  const text = query.toString();
  return text ? `#/tasks?${text}` : '#/tasks';
}

export function taskHash(id) {
  return `#/tasks/${encodeURIComponent(id)}`;
}

/** The api/tasks query for one page. */
export function taskPageQuery(filter, order, after) {
  const query = new URLSearchParams(filter);
  query.set('order', order);
  query.set('limit', String(PAGE_SIZE));
  if (after) query.set('after', after);
  return query;
}
