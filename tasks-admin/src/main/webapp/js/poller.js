// Refreshes a view on a timer: one refresh at a time, none while the tab is hidden,
// and a refresh overtaken by a newer one is told so through isCurrent().

/**
 * @param refresh  async ({isCurrent}) => boolean|void; returning false stops the timer until now() is called
 * @param intervalMs the pause between the end of one refresh and the start of the next
 */
export function createPoller(refresh, intervalMs) {
  let generation = 0;
  let timer = null;

  async function run() {
    clearTimeout(timer);
    const mine = ++generation;
    const isCurrent = () => mine === generation;
    let keepGoing = true;
    if (!document.hidden) {
      try {
        keepGoing = (await refresh({ isCurrent })) !== false;
      } catch (error) {
        console.error(error);
      }
    }
    if (isCurrent() && keepGoing) timer = setTimeout(run, intervalMs);
  }

  return {
    now() {
      run();
    },
    stop() {
      generation++;
      clearTimeout(timer);
    },
  };
}
