// The login page: the realm's user name and password open a session, then the console opens.
const form = document.getElementById('login-form');
const error = document.getElementById('login-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  let response;
  try {
    response = await fetch('api/login', {
      method: 'POST',
      credentials: 'same-origin',
      // X-Requested-By: another site's form cannot send it, so it cannot log this browser in.
      headers: { Accept: 'application/json', 'X-Requested-By': 'eetasks-console' },
      body: new URLSearchParams(new FormData(form)),
    });
  } catch {
    error.textContent = 'The server could not be reached. Check the connection and try again.';
    return;
  }
  if (response.ok) {
    location.href = './';
    return;
  }
  const answer = await response.json().catch(() => null);
  error.textContent = answer?.error ?? `The server answered ${response.status}`;
});
