import { describe, expect, it } from 'vitest';
import { awarenessPeers } from '../../../src/sync/awareness-peers';

describe('awarenessPeers', () => {
  it('lists each other member once, without this browser nor this member’s other browsers', () => {
    const states = [
      { clientId: 1, memberId: 'm-camille', name: 'Camille', color: '#a33', viewing: null, dragging: null },
      { clientId: 2, memberId: 'm-camille', name: 'Camille', color: '#a33', viewing: 'card-1', dragging: null },
      { clientId: 3, memberId: 'm-hugo', name: 'Hugo', color: '#36c', viewing: null, dragging: null },
      { clientId: 4, memberId: 'm-hugo', name: 'Hugo', color: '#36c', viewing: 'card-2', dragging: 'card-2' },
      { clientId: 5, memberId: 'm-lea', name: 'Léa', color: '#393', viewing: 'card-3', dragging: null },
    ];
    expect(awarenessPeers(states, 1, 'm-camille')).toEqual([
      { memberId: 'm-hugo', name: 'Hugo', color: '#36c', viewing: 'card-2', dragging: 'card-2' },
      { memberId: 'm-lea', name: 'Léa', color: '#393', viewing: 'card-3', dragging: null },
    ]);
  });

  it('leaves out a state with no member, and fills in what a state lacks', () => {
    const states = [{ clientId: 7 }, { clientId: 8, memberId: 42 }, { clientId: 9, memberId: 'm-noah' }];
    expect(awarenessPeers(states, 1, 'm-camille')).toEqual([{ memberId: 'm-noah', name: '', color: '', viewing: null, dragging: null }]);
  });
});
