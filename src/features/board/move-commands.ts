type MoveCommands = typeof import('../../db/initiative-commands');

let loaded: MoveCommands | null = null;

/**
 * The move commands load with the first move, not with the first paint: a drop shows at once
 * (pending in the drag store) and its write waits the few milliseconds the chunk takes.
 */
export const moveCommands = (): Promise<MoveCommands> => (loaded ? Promise.resolve(loaded) : import('../../db/initiative-commands').then((module) => (loaded = module)));

/**
 * Runs `run` with the move commands, at once when they are loaded: a loaded module's import()
 * still resolves a task later, which a drop's write would wait on, and teammates with it.
 */
export const withMoveCommands = <T,>(run: (commands: MoveCommands) => Promise<T>): Promise<T> => (loaded ? run(loaded) : moveCommands().then(run));
