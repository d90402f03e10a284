// Starts the console: learns who is signed in, then shows the view the hash names.
import { logOut } from './api.js';
import { h } from './dom.js';
import { loadSession } from './session.js';
import { captureFocus } from './view-state.js';
import * as deadLetters from './views/dead-letters.js';
import * as limits from './views/limits.js';
import * as nodes from './views/nodes.js';
import * as notFound from './views/not-found.js';
import * as overview from './views/overview.js';
import * as schedules from './views/schedules.js';
import * as task from './views/task.js';
import * as tasks from './views/tasks.js';

const DEFAULT_HASH = '#/overview';

const ROUTES = [
  { pattern: /^\/overview$/, nav: 'overview', title: 'Overview', view: overview },
  { pattern: /^\/tasks$/, nav: 'tasks', title: 'Tasks', view: tasks },
  { pattern: /^\/tasks\/([^/]+)$/, nav: 'tasks', title: 'Task', view: task, params: ([, id]) => ({ id: decodeURIComponent(id) }) },
  { pattern: /^\/schedules$/, nav: 'schedules', title: 'Schedules', view: schedules },
  { pattern: /^\/nodes$/, nav: 'nodes', title: 'Nodes', view: nodes },
  { pattern: /^\/limits$/, nav: 'limits', title: 'Limits', view: limits },
  { pattern: /^\/dead-letters$/, nav: 'dead-letters', title: 'Dead letters', view: deadLetters },
];

const NOT_FOUND = { pattern: null, nav: null, title: 'Not found', view: notFound };

let shown = { path: null, cleanup: () => {} };

function resolve(hash) {
  const raw = hash.replace(/^#/, '');
  const queryStart = raw.indexOf('?');
  const path = queryStart < 0 ? raw : raw.slice(0, queryStart);
  const query = new URLSearchParams(queryStart < 0 ? '' : raw.slice(queryStart + 1));
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    try {
      return { route, path, params: { query, ...route.params?.(match) } };
    } catch {
      break; // a malformed escape in the id
    }
  }
  return { route: NOT_FOUND, path, params: { query } };
}

function showView() {
  if (!location.hash || location.hash === '#' || location.hash === '#/') {
    history.replaceState(null, '', DEFAULT_HASH);
  }
  const container = document.getElementById('view');
  const { route, path, params } = resolve(location.hash);
  const firstView = shown.path === null;
  // The same page with another query (a new filter) keeps the focus where it was.
  const restoreFocus = path === shown.path ? captureFocus(container) : null;

  shown.cleanup();
  container.replaceChildren();
  document.title = `${route.title} · EE Tasks`;
  const cleanup = route.view.render(container, params);
  shown = { path, cleanup: typeof cleanup === 'function' ? cleanup : () => {} };
  highlightNav(route.nav);

  if (restoreFocus) {
    restoreFocus();
  } else if (!firstView) {
    // A new page: start reading, and tabbing, from its top.
    window.scrollTo(0, 0);
    container.focus({ preventScroll: true });
  }
}

function highlightNav(current) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function showUser({ user, canAct, problem }) {
  const name = document.getElementById('user-name');
  name.textContent = user ?? 'unknown user';
  if (problem) name.title = `Could not tell who you are: ${problem}`;
  if (!canAct) {
    name.after(' ', h('span', { id: 'read-only-badge', class: 'read-only-badge' }, 'read-only'));
  }
}

async function start() {
  document.getElementById('log-out').addEventListener('click', async () => {
    await logOut().catch(() => null);
    location.href = 'login.html';
  });
  showUser(await loadSession());
  window.addEventListener('hashchange', showView);
  showView();
}

start();
