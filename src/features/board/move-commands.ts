/**
 * The move commands load with the first move, not with the first paint: a drop shows at once
 * (pending in the drag store) and its write waits the few milliseconds the chunk takes.
 */
export const moveCommands = () => import('../../db/initiative-commands');
