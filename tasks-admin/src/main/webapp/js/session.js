// Who is signed in, and whether they may act on tasks. Loaded once, before the first view.
import { getMe } from './api.js';

let session = { user: null, canAct: false, problem: null };

export async function loadSession() {
  try {
    const me = await getMe();
    session = { user: me.user, canAct: me.canAct === true, problem: null };
  } catch (error) {
    // Without an answer we cannot tell, so offer no actions.
    session = { user: null, canAct: false, problem: error.message };
  }
  return session;
}

export function canAct() {
  return session.canAct;
}
