import { describe, expect, it } from 'vitest';
import { publishedSlug, takedownSlug } from '../../site/server/cms-event';
import { createFreshPages } from '../../site/server/fresh-pages';

const Q = 'api::question.question';

function setup(options: { liveReadAt?: number; render?: (slug: string) => Promise<Buffer | null> } = {}) {
  const takenDown = new Set<string>();
  const logged: string[] = [];
  let liveReadAt = options.liveReadAt ?? 0;
  const fresh = createFreshPages({
    render: options.render ?? (async (slug) => Buffer.from(`<h1>${slug}</h1>`)),
    takenDown: (slug) => takenDown.has(slug),
    liveReadAt: () => liveReadAt,
    log: (message) => logged.push(message),
  });
  return { fresh, takenDown, logged, setLive: (at: number) => (liveReadAt = at) };
}

describe('the CMS event that makes a page live at once', () => {
  it('is a question’s publish with its slug, and nothing else', () => {
    expect(publishedSlug({ event: 'entry.publish', uid: Q, entry: { slug: 'a' } })).toBe('a');
    expect(publishedSlug({ event: 'entry.publish', uid: 'api::answer.answer', entry: { slug: 'a' } })).toBeNull();
    expect(publishedSlug({ event: 'entry.unpublish', uid: Q, entry: { slug: 'a' } })).toBeNull();
    expect(publishedSlug({ event: 'entry.publish', uid: Q, entry: {} })).toBeNull();
    expect(publishedSlug(null)).toBeNull();
    expect(takedownSlug({ event: 'entry.publish', uid: Q, entry: { slug: 'a' } })).toBeNull();
  });
});

describe('fresh pages', () => {
  it('serve a published question’s page until a release that read the CMS after it is live', async () => {
    const { fresh } = setup();
    expect(await fresh.published('a')).toBe(true);
    expect(fresh.page('a')?.toString()).toBe('<h1>a</h1>');
    fresh.settledBy(Date.now() - 60_000);
    expect(fresh.page('a')).not.toBeNull();
    fresh.settledBy(Date.now() + 1);
    expect(fresh.page('a')).toBeNull();
  });

  it('never serve a page that is taken down, whenever the takedown came', async () => {
    const { fresh, takenDown } = setup();
    await fresh.published('a');
    takenDown.add('a');
    expect(fresh.page('a')).toBeNull();
    // Published again while the takedown holds: the takedown still wins until the release.
    expect(await fresh.published('a')).toBe(false);
    expect(fresh.page('a')).toBeNull();
  });

  it('drop a render that finishes after a takedown or after a newer release, and a render that fails', async () => {
    let release: () => void = () => {};
    const slow = setup({ render: (slug) => new Promise((resolve) => (release = () => resolve(Buffer.from(slug)))) });
    const rendering = slow.fresh.published('a');
    slow.takenDown.add('a');
    release();
    expect(await rendering).toBe(false);

    const stale = setup({ render: (slug) => new Promise((resolve) => (release = () => resolve(Buffer.from(slug)))) });
    const late = stale.fresh.published('b');
    stale.setLive(Date.now() + 1);
    release();
    expect(await late).toBe(false);
    expect(stale.fresh.page('b')).toBeNull();

    const failing = setup({ render: async () => Promise.reject(new Error('CMS:et svarar inte')) });
    expect(await failing.fresh.published('c')).toBe(false);
    expect(failing.logged.join('\n')).toContain('nästa version');
    const gone = setup({ render: async () => null });
    expect(await gone.fresh.published('d')).toBe(false);
  });
});
