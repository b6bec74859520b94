import { describe, expect, it } from 'vitest';
import { readDocument, toView } from '../../src/engine/view';
import { miniEngine } from './helpers';

const engine = miniEngine();

describe('toView: what each seat may see', () => {
  // By 14:00 the Governor's secret orders (audience: south) have been delivered.
  // Seed 2: the chance storm does not come, so its report is not among the documents.
  const afternoon = engine.replay({ seed: 2 }, [{ type: 'player.choose', side: 'north', option: 'talk' }]);

  it('keeps the other side’s secret documents from the player’s side', () => {
    const north = toView(engine, afternoon, { side: 'north' });
    expect(north.documents.map((d) => d.id)).toEqual(['claim', 'briefing']);
    expect(JSON.stringify(north)).not.toContain('SECRET-SOUTH-TEXT');
    // A secret event is in the log, but only the south's view lists it.
    expect(afternoon.context.log.some((e) => e.kind === 'event' && e.event === 'guns-moved')).toBe(true);
    expect(north.log.some((e) => e.kind === 'event' && e.event === 'guns-moved')).toBe(false);
    expect(
      toView(engine, afternoon, { side: 'south' }).log.some((e) => e.kind === 'event' && e.event === 'guns-moved'),
    ).toBe(true);
    expect(readDocument(engine, afternoon, { side: 'north' }, 'governor-orders')).toBeNull();
    const south = toView(engine, afternoon, { side: 'south' });
    expect(south.documents.map((d) => d.id)).toEqual(['governor-orders']);
  });

  it('gives a role its own documents and its side’s, not another role’s', () => {
    expect(toView(engine, afternoon, { role: 'mayor' }).documents.map((d) => d.id)).toEqual(['claim', 'briefing']);
    expect(toView(engine, afternoon, { role: 'keeper' }).documents.map((d) => d.id)).toEqual(['claim']);
  });

  it('hides hidden tracks during play and reveals them in the review', () => {
    const ids = (v: ReturnType<typeof toView>) => v.tracks.map((t) => t.id);
    expect(ids(toView(engine, afternoon, { side: 'north' }))).toEqual(['tension', 'goodwill']);
    expect(ids(toView(engine, afternoon, { review: true }))).toEqual(['tension', 'goodwill', 'hidden-guns']);
  });

  it('shows the choices open now only to the side that decides', () => {
    const start = engine.start({ seed: 1 });
    const north = toView(engine, start, { side: 'north' });
    expect(north.status).toBe('deciding');
    expect(north.decision?.options.map((o) => o.id)).toEqual(['talk', 'seize', 'wait']);
    expect(north.decision?.advisers[0]).toMatchObject({ name: 'The Mayor', favoursLabel: 'Propose talks' });
    const south = toView(engine, start, { side: 'south' });
    expect(south.status).toBe('waiting');
    expect(south.decision?.options).toEqual([]);
    expect(south.decision?.advisers).toEqual([]);
  });

  it('shows the clock with its second clock and track levels', () => {
    const v = toView(engine, engine.start({ seed: 1 }), { side: 'north' });
    expect(v.clock).toMatchObject({
      text: '09:00',
      label: 'Harbour',
      long: 'Saturday 1 January 2000, 09:00',
      others: [{ label: 'Capital', text: '10:00' }],
    });
    expect(v.tracks[0]).toMatchObject({ id: 'tension', value: 5, level: 'Uneasy' });
  });
});
