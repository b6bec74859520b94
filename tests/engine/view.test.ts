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

  it('carries no hidden track in the log’s track values until the end', () => {
    const seized = engine.replay({ seed: 2, controllers: { north: 'human', south: 'human' } }, [
      { type: 'player.choose', side: 'north', option: 'seize' },
    ]);
    expect(seized.status).not.toBe('done');
    const choice = seized.context.log.find((e) => e.kind === 'choice');
    expect(choice?.kind === 'choice' && 'hidden-guns' in choice.tracks).toBe(true);
    const north = toView(engine, seized, { side: 'north' });
    const mine = north.log.find((e) => e.kind === 'choice');
    expect(mine?.kind === 'choice' && Object.keys(mine.tracks)).toEqual(['tension', 'goodwill']);
    expect(JSON.stringify(north)).not.toContain('hidden-guns');
    // At the end the hidden track is revealed, in the log as on the board.
    const over = engine.step(seized, { type: 'player.choose', side: 'south', option: 'refuse' });
    if (!over.ok || over.snapshot.status !== 'done') throw new Error('the refusal should end this game');
    expect(JSON.stringify(toView(engine, over.snapshot, { side: 'north' }).log)).toContain('hidden-guns');
  });

  it('shows a facilitator’s hold to no seat, and a release only to a seat that may read the paper', () => {
    const s = engine.replay({ seed: 2 }, [
      { type: 'facilitator.hold', document: 'governor-orders' },
      { type: 'facilitator.mark', note: 'They talk first.' },
      { type: 'player.choose', side: 'north', option: 'talk' },
      { type: 'facilitator.release', document: 'governor-orders' },
    ]);
    const kinds = (v: ReturnType<typeof toView>) => v.log.map((e) => e.kind);
    const north = toView(engine, s, { side: 'north' });
    expect(JSON.stringify(north)).not.toContain('governor-orders');
    expect(kinds(north)).not.toContain('release');
    expect(kinds(north)).not.toContain('mark');
    const south = toView(engine, s, { side: 'south' });
    expect(kinds(south)).toContain('release');
    expect(kinds(south)).not.toContain('hold');
  });

  it('gives the deciding seat the reply builder without what items do or what the model weighs', () => {
    const offer = engine.replay({ seed: 2 }, [{ type: 'player.choose', side: 'north', option: 'talk' }]);
    const builder = toView(engine, offer, { side: 'north' }).decision?.replyBuilder;
    expect(builder?.items.map((i) => i.id)).toEqual(['share-light', 'fishing-rights', 'ultimatum', 'patience']);
    const json = JSON.stringify(builder);
    for (const workings of ['features', 'effects', 'requires', 'historical', 'respect'])
      expect(json).not.toContain(workings);
  });

  it('tells the waiting seat whose turn it is, not what is on the other side’s table', () => {
    const s = engine.replay({ seed: 2, controllers: { north: 'human', south: 'human' } }, [
      { type: 'player.choose', side: 'north', option: 'seize' },
    ]);
    const north = toView(engine, s, { side: 'north' });
    expect(north.decision).toMatchObject({ id: 'south-answer', side: 'south', prompt: '', options: [], yours: false });
    expect(toView(engine, s, { side: 'south' }).decision?.prompt).toBe('The Governor weighs the offer.');
    expect(north.seed).toBeNull();
    expect(toView(engine, s, { review: true }).seed).toBe(2);
  });
});
