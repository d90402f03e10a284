// Follows a server-sent event stream. EventSource reconnects by itself after a dropped
// connection, but gives up when the server refuses it; then we try again later.

const RETRY_AFTER_MS = 5000;

/**
 * @param onData  called with each event's parsed JSON
 * @param onState called with 'connecting', 'live' or 'reconnecting'
 * @returns a function that closes the stream
 */
export function followEvents(url, eventName, { onData, onState }) {
  let source = null;
  let retry = null;

  function connect() {
    source = new EventSource(url);
    source.addEventListener('open', () => onState('live'));
    source.addEventListener(eventName, (event) => {
      const data = parse(event.data);
      if (data === undefined) return;
      onState('live');
      onData(data);
    });
    source.addEventListener('error', () => {
      onState('reconnecting');
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        retry = setTimeout(connect, RETRY_AFTER_MS);
      }
    });
  }

  onState('connecting');
  connect();
  return () => {
    clearTimeout(retry);
    source.close();
  };
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
