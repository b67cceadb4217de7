// The work a team's product holds beside its cards, for the team-sync benchmark (a shared product
// carries all of it): 1 to 3 hypotheses per Discovery card, 2 to 4 user stories per Delivery card
// (shapes of src/domain/discovery/types.ts and src/domain/delivery/types.ts), each with the
// template copy the app stores in it. Deterministic, like seed.mjs.

import { randomUUID } from 'node:crypto';
import { generateNKeysBetween } from 'fractional-indexing';
import { random } from './seed.mjs';

const PERSONAS = ['team admins', 'new trial users', 'finance managers', 'support agents', 'mobile shoppers', 'agency owners'];
const OUTCOMES = ['fewer support tickets', 'a higher trial conversion', 'faster month-end closing', 'more weekly active teams', 'fewer abandoned carts'];
const SIGNALS = ['the share of accounts using it weekly', 'tickets tagged with this topic', 'the conversion of the step', 'the time to complete the flow'];
const WANTS = ['to export my data in one click', 'to see what changed since my last visit', 'to invite my team from the setup', 'to pay with a saved card', 'to undo a mistake'];
const REASONS = ['I can report to my manager', 'I do not miss an update', 'I do not set it up alone', 'I check out faster', 'I am not afraid to try'];
const OWNERS = ['Camille', 'Hugo', 'Inès', 'Léa', 'Noah', 'Priya'];
const CATEGORIES = ['desirability', 'viability', 'feasibility', 'usability'];
const HYPOTHESIS_STATUSES = ['draft', 'testing', 'validated', 'invalidated', 'inconclusive'];
const STORY_STATUSES = ['todo', 'inProgress', 'done'];

/** A copy of a template as an artefact stores it: a section of `items` items. */
function templateCopy(templateId, family, name, kind, items) {
  return {
    template: {
      templateId,
      templateVersion: 1,
      templateName: name,
      family,
      body: {
        description: `${name}: what the team agreed to check.`,
        sections: [{ id: 's1', title: name, intro: '', items: items.map((text, i) => ({ id: `i${i + 1}`, kind, text })) }],
        timebox: { kind: 'none' },
        outputs: [],
      },
    },
    answers: {},
    checked: {},
    notes: {},
  };
}

const HYPOTHESIS_CONTENT = templateCopy('builtin:hypothesis-lean-ux', 'hypothesis', 'Lean UX hypothesis', 'prompt', ['Who is it for?', 'What will change for them?', 'What would prove us wrong?']);
const READY = templateCopy('builtin:definition-of-ready', 'definitionOfReady', 'Definition of Ready', 'check', ['Value is clear', 'Acceptance criteria written', 'Estimated', 'Small enough for a sprint']);
const DONE = templateCopy('builtin:definition-of-done', 'definitionOfDone', 'Definition of Done', 'check', ['Code reviewed', 'Tests pass', 'Documented', 'Released behind a flag']);

/** The records of `seeded` (from seed.mjs buildProduct) with hypotheses and stories added. */
export function addTeamWork(seeded, seed = 13) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const productId = seeded.product.id;
  const hypotheses = [];
  const stories = [];
  for (const card of seeded.initiatives) {
    const at = card.updatedAt;
    if (card.lane === 'discovery') {
      for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
        hypotheses.push({
          id: randomUUID(), productId, initiativeId: card.id,
          belief: `${card.title.toLowerCase()} helps`, persona: pick(PERSONAS), outcome: pick(OUTCOMES), signal: pick(SIGNALS), threshold: `+${5 + Math.floor(rnd() * 20)} %`,
          category: pick(CATEGORIES), importance: 1 + Math.floor(rnd() * 5), evidence: 1 + Math.floor(rnd() * 5), owner: pick(OWNERS), status: pick(HYPOTHESIS_STATUSES),
          learning: '', content: HYPOTHESIS_CONTENT, createdAt: at, updatedAt: at, statusChangedAt: at, deletedAt: null,
        });
      }
    } else if (card.lane === 'delivery') {
      const ranks = generateNKeysBetween(null, null, 2 + Math.floor(rnd() * 3));
      for (const rank of ranks) {
        const status = pick(STORY_STATUSES);
        stories.push({
          id: randomUUID(), productId, initiativeId: card.id,
          asA: pick(PERSONAS), iWant: pick(WANTS), soThat: pick(REASONS),
          criteria: [{ id: randomUUID(), given: 'a signed-in member', when: 'they confirm', then: 'the change is saved and shown' }],
          points: pick([1, 2, 3, 5, 8, null]), status, rank, sprintId: null, ready: READY, done: DONE,
          doneAt: status === 'done' ? at : null, createdAt: at, updatedAt: at, deletedAt: null,
        });
      }
    }
  }
  return { ...seeded, hypotheses, stories };
}
