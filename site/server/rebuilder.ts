import { buildRelease, pruneReleases, type Release } from './build.ts';

/**
 * Rebuilds on request, debounced: a burst of publish events (an editor publishing several answers)
 * becomes one build, and a request that arrives during a build causes exactly one more. The old
 * release keeps serving until a new one is complete; a failed build changes nothing and says why.
 */
export function createRebuilder(options: {
  debounceMs: number;
  env: () => NodeJS.ProcessEnv;
  onRelease: (release: Release) => Promise<void> | void;
  log?: (message: string) => void;
}) {
  const log = options.log ?? ((m: string) => console.log(m));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  /** A build asked for without delay (the one at start) is as good as under way. */
  let dueNow = false;

  async function run(): Promise<void> {
    try {
      const release = await buildRelease(options.env(), log);
      await options.onRelease(release);
      pruneReleases(release);
      const search = `${release.pages} frågor i sökindexet, ${release.searchShardsReused} av ${release.searchShards} delindex oförändrade`;
      const phases = `hämtning ${(release.fetchMs / 1000).toFixed(1)} s, Astro ${(release.astroMs / 1000).toFixed(1)} s, sökindex efter Astro ${(release.searchMs / 1000).toFixed(1)} s`;
      log(`Webbplatsen byggd om${release.fullBecause ? ' helt' : ' stegvis'} på ${(release.buildMs / 1000).toFixed(1)} s (${phases}; ${search}).`);
    } catch (error) {
      log(`Ombyggnaden misslyckades; den tidigare versionen visas fortfarande. Orsak: ${(error as Error).message}`);
    } finally {
      running = undefined;
      if (again) {
        again = false;
        schedule();
      }
    }
  }

  function schedule(delayMs = options.debounceMs): void {
    // A publish just after start must not push the start-up build back by the debounce.
    if (dueNow) return;
    clearTimeout(timer);
    dueNow = delayMs === 0;
    timer = setTimeout(() => {
      dueNow = false;
      if (running) {
        again = true;
        return;
      }
      running = run();
    }, delayMs);
  }

  return {
    /** Asks for a build; every build, the first one included, goes through here, one at a time. */
    request: schedule,
    /** Resolves when no build is queued or running (for tests and shutdown). */
    async idle(): Promise<void> {
      while (running || again || dueNow) await (running ?? new Promise((r) => setTimeout(r, 50)));
    },
    /** A build is running or about to start; one waiting out the debounce is not. */
    building: () => Boolean(running) || dueNow,
  };
}
