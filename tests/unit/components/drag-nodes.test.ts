import { describe, expect, it, vi } from 'vitest';
import { dragNodes } from '../../../src/features/board/drag-nodes';
import { startsDrag } from '../../../src/features/board/press-replay';

describe('the board nodes the drag code takes over', () => {
  it('keeps a card mounted in its new stage when its old node unmounts after', () => {
    const before = document.createElement('div');
    const after = document.createElement('div');
    dragNodes.setCard('c1', 'stage-a', before);
    dragNodes.setCard('c1', 'stage-b', after);
    dragNodes.removeCard('c1', before);
    expect(dragNodes.cards().get('c1')).toEqual({ stageId: 'stage-b', node: after });
    dragNodes.removeCard('c1', after);
    expect(dragNodes.cards().has('c1')).toBe(false);
  });

  it('tells its subscribers of every mounted and unmounted card or stage', () => {
    const notify = vi.fn();
    const stop = dragNodes.subscribe(notify);
    const node = document.createElement('div');
    const version = dragNodes.version();
    dragNodes.setStage('s1', node);
    dragNodes.removeStage('s1', node);
    stop();
    dragNodes.setStage('s1', node);
    expect(notify).toHaveBeenCalledTimes(2);
    expect(dragNodes.version()).toBe(version + 3);
    dragNodes.removeStage('s1', node);
  });

  it('makes the card pressed the one draggable, telling its subscribers only when that changes', () => {
    const notify = vi.fn();
    const stop = dragNodes.subscribe(notify);
    dragNodes.arm('c3');
    dragNodes.arm('c3');
    expect(dragNodes.armed()).toBe('c3');
    dragNodes.arm('c4');
    stop();
    expect(dragNodes.armed()).toBe('c4');
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('drops the listeners of a card only when they are still the ones it has', () => {
    const old = { onMouseDown: vi.fn() };
    const current = { onMouseDown: vi.fn() };
    dragNodes.listen('c2', old);
    dragNodes.listen('c2', current);
    dragNodes.unlisten('c2', old);
    expect(dragNodes.listenersOf('c2')).toBe(current);
    dragNodes.unlisten('c2', current);
    expect(dragNodes.listenersOf('c2')).toBeUndefined();
  });
});

describe('what a press on a card starts before the drag code has loaded', () => {
  it('the main button and Space start a drag; another button or key does not', () => {
    expect(startsDrag(new MouseEvent('mousedown', { button: 0 }))).toBe(true);
    expect(startsDrag(new MouseEvent('mousedown', { button: 2 }))).toBe(false);
    expect(startsDrag(new KeyboardEvent('keydown', { code: 'Space' }))).toBe(true);
    expect(startsDrag(new KeyboardEvent('keydown', { code: 'Enter' }))).toBe(false);
  });
});
