import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBalancer } from '../../server/test-support/balancer';
// Its global set-up provides the cluster's database and Redis.
import type {} from '../../server/test-support/global-setup';
import { card, cardTitles, openApp, waitForBoard, withBrowser, type Session } from './harness';
import { createInvite, joinAs, rename, shareProduct, startTeamNode, synced } from './team';

withBrowser();

const ONBOARDING = 'Self-serve onboarding for small teams';
const PRICING = 'Usage-based pricing tier';

type TeamNode = Awaited<ReturnType<typeof startTeamNode>>;
// A database of this run's own (dropped after the run) and a Redis namespace of this file's own.
const env = { DATABASE_URL: inject('databaseUrl'), REDIS_URL: inject('redisUrl'), REDIS_PREFIX: `plb-e2e-${randomBytes(4).toString('hex')}` };
let nodes: TeamNode[] = [];
let balancer: Awaited<ReturnType<typeof startBalancer>>;
const sessions: Session[] = [];

beforeAll(async () => {
  nodes = [await startTeamNode(env), await startTeamNode(env)];
  // Any balancer would do: each connection goes to the first node that answers.
  balancer = await startBalancer(() => nodes.map((n) => n.url));
});

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.context.close()));
  await balancer.close();
  for (const node of nodes) {
    await node.stop();
    node.remove();
  }
});

/** The same link, on another node's address (both serve the same app and products). */
const onNode = (link: string, node: TeamNode) => node.url + new URL(link).pathname + new URL(link).hash;

describe('team sync on a cluster: two nodes on PostgreSQL and Redis', () => {
  it('converges across nodes, loses no acknowledged change when a node is killed, and comes back whole after a full restart', async () => {
    const alice = await openApp({ baseURL: balancer.url });
    sessions.push(alice);
    const a = alice.page;
    await waitForBoard(a);
    const board = a.url();
    await shareProduct(a, 'Alice');
    const link = await createInvite(a, 'editor');
    await a.goto(board);
    await waitForBoard(a);
    const bob = await joinAs(onNode(link, nodes[1]!), 'Bob');
    sessions.push(bob);
    const b = bob.page;

    // Alice on node 1 (through the balancer), Bob on node 2.
    await rename(a, ONBOARDING, 'Onboarding, node 1');
    await rename(b, PRICING, 'Pricing, node 2');
    await expect.poll(() => cardTitles(a, 'Opportunities')).toEqual(['Onboarding, node 1', 'Pricing, node 2']);
    await expect.poll(() => cardTitles(b, 'Opportunities')).toEqual(['Onboarding, node 1', 'Pricing, node 2']);

    // Node 1 dies while Alice is typing: she reconnects through the balancer to node 2.
    await card(a, 'Onboarding, node 1').click();
    const summary = a.getByRole('dialog', { name: 'Onboarding, node 1' }).getByLabel('Summary');
    await summary.fill('Typed while node 1');
    await nodes[0]!.stop('SIGKILL');
    await summary.pressSequentially(' went down.');
    await a.keyboard.press('Escape');
    await synced(a);
    await card(b, 'Onboarding, node 1').click();
    await expect.poll(() => b.getByRole('dialog', { name: 'Onboarding, node 1' }).getByLabel('Summary').inputValue()).toBe('Typed while node 1 went down.');
    await b.keyboard.press('Escape');

    // Every node stops; new ones start on the same database: a newcomer gets everything from PostgreSQL.
    await synced(b);
    for (const node of nodes) await node.stop();
    nodes.forEach((node) => node.remove());
    nodes = [await startTeamNode(env), await startTeamNode(env)];
    await synced(a);
    await a.goto(`${board}/sharing`);
    const again = await createInvite(a, 'viewer');
    const chloe = await joinAs(onNode(again, nodes[1]!), 'Chloé');
    sessions.push(chloe);
    await expect.poll(() => cardTitles(chloe.page, 'Opportunities')).toEqual(['Onboarding, node 1', 'Pricing, node 2']);
    await card(chloe.page, 'Onboarding, node 1').click();
    await expect.poll(() => chloe.page.getByRole('dialog', { name: 'Onboarding, node 1' }).getByLabel('Summary').inputValue()).toBe('Typed while node 1 went down.');
  });
});
