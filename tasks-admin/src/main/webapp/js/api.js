// The console's JSON API. Every failure becomes an ApiError carrying the API's own message.

export const OVERVIEW_EVENTS_URL = 'api/events';

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

export const getMe = () => request('GET', 'api/me');
export const logOut = () => request('POST', 'api/logout');
export const getOverview = () => request('GET', 'api/overview');
export const listTasks = (query) => request('GET', `api/tasks?${query}`);
export const getTask = (id) => request('GET', taskPath(id));
export const actOnTask = (id, action) => request('POST', `${taskPath(id)}/${action}`);
export const deleteTask = (id) => request('DELETE', taskPath(id));
export const actOnTasks = (body) => request('POST', 'api/tasks/actions', body);
export const listSchedules = () => request('GET', 'api/schedules');
export const actOnSchedule = (application, name, action) =>
  request('POST', `api/schedules/${encodeURIComponent(application)}/${encodeURIComponent(name)}/${action}`);
export const listNodes = () => request('GET', 'api/nodes');
export const listQueues = () => request('GET', 'api/queues');
export const listLimits = () => request('GET', 'api/limits');
export const listDeadLetters = (after) =>
  request('GET', `api/dead-letters${after ? `?after=${encodeURIComponent(after)}` : ''}`);
export const requeueDeadLetter = (messageId) => request('POST', `${deadLetterPath(messageId)}/requeue`);
export const discardDeadLetter = (messageId) => request('DELETE', deadLetterPath(messageId));

function taskPath(id) {
  return `api/tasks/${encodeURIComponent(id)}`;
}

function deadLetterPath(messageId) {
  return `api/dead-letters/${encodeURIComponent(messageId)}`;
}

async function request(method, path, body) {
  // X-Requested-By: the server refuses changes without it, which a form of another site cannot send.
  const init = {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-By': 'eetasks-console' },
  };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError('The server could not be reached. Check the connection and try again.', 0);
  }
  if (response.status === 401) {
    // The session ended (or the server restarted): log in again.
    location.href = 'login.html';
    throw new ApiError('Your session has ended; log in again.', 401);
  }
  const text = await response.text();
  const data = parseJson(text);
  if (!response.ok) {
    const fallback = `The server answered ${response.status} ${response.statusText}`.trim();
    throw new ApiError(data?.error || fallback, response.status);
  }
  if (text && data === undefined) {
    throw new ApiError('The server sent an answer that is not JSON.', response.status);
  }
  return data ?? null;
}

function parseJson(text) {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
