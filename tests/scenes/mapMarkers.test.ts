import { describe, expect, it } from 'vitest';
import { mapMarkers } from '../../src/scenes/board/mapMarkers';

describe('the chart answers the run (#17 item 5)', () => {
  it('shows nothing before the papers that place a marker', () => {
    expect(mapMarkers(['situation-27', 'moscow-radio-27'])).toEqual([]);
  });

  it('ships turn back on any variant of Moscow’s broadcast; strikes, the Grozny and the lifted quarantine by their papers', () => {
    expect(mapMarkers(['khrushchev-letter-28-trade']).map((m) => m.kind)).toEqual(['ships-turn-back']);
    expect(mapMarkers(['khrushchev-letter-28']).map((m) => m.kind)).toEqual(['ships-turn-back']);
    expect(
      mapMarkers(['quarantine-lifted', 'damage-sam-sites', 'grozny-boarded', 'damage-missile-sites']).map(
        (m) => m.kind,
      ),
    ).toEqual(['grozny-stopped', 'sam-strike', 'air-strike', 'quarantine-lifted']);
    // A paper whose id merely starts the same way does not count.
    expect(mapMarkers(['khrushchev-letter-280'])).toEqual([]);
  });
});
