// The feedback inbox's benchmark data: 10,000 notes by default from ~300 accounts (B2B and B2C),
// a third of them linked to the initiatives buildProduct made and a tenth dismissed, with texts
// of one line to a pasted e-mail, from a small vocabulary so searches match many notes.

import { randomUUID } from 'node:crypto';
import { random } from './seed.mjs';

/** The word typed into the inbox's search box, one key at a time: some notes hold it. */
export const FEEDBACK_WORD = 'export';

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Cyberdyne', 'Soylent', 'Vandelay', 'Pied Piper', 'Aperture', 'Massive'];
const SUFFIXES = ['Industries', 'Labs', 'Retail', 'Logistics', 'Health', 'Studio', 'Bank', 'Foods', 'Travel', 'Energy', 'Média', 'Éditions', 'Software', 'Group', 'Partners', 'Systems', 'Télécom', 'Assurances', 'Outdoor', 'Kids'];
const PLANS = ['Free', 'Starter', 'Team', 'Business', 'Enterprise'];
const SOURCES = ['sales', 'customerSuccess', 'support', 'user', 'review', 'analytics', 'internal', 'other'];
const IMPORTANCES = ['niceToHave', 'important', 'critical'];
const PEOPLE = ['Nadia, office manager', 'Marc (CFO)', 'sophie@example.com', 'Thomas, IT lead', 'Aïcha', 'Jonas, support agent', 'Élodie (ops)', 'Karim', 'Mei, designer', 'Lucas, founder', ''];
const TAGS = ['export', 'billing', 'onboarding', 'mobile', 'sso', 'performance', 'reporting', 'renewal', 'permissions', 'integrations', 'pricing', 'a11y'];
const OPENINGS = [
  'Call with the customer this morning.', 'Ticket escalated by support:', 'From the quarterly business review:', 'App store review, two stars:',
  'Heard on the renewal call:', 'Churn survey answer:', 'Message in the in-app chat:', 'Noted during the demo:', 'Forwarded e-mail from the account manager:',
];
const ASKS = [
  'They want to export the monthly report to a spreadsheet without reformatting every column.', 'Onboarding took them two weeks because nobody could invite the whole team at once.',
  'The invoice PDF does not show the tax number, so their finance team rejects it.', 'Single sign-on is a must before they roll the tool out to the other offices.',
  'The mobile app logs them out every morning and they lose their drafts.', 'Search results are too slow on their large workspace, several seconds per query.',
  'They asked for a scheduled export of the audit log every Monday.', 'Their admins need roles that can see billing but not edit projects.',
  'They would pay for the Business plan if the calendar sync worked with Outlook.', 'The renewal e-mail came after the payment, they felt surprised and annoyed.',
  'Reports should remember the last filters they used instead of starting over.', 'They cannot find where to change the currency shown on the pricing page.',
  'Notifications arrive twice when a comment mentions two teams.', 'Les exports CSV cassent les accents dans Excel, il faut tout ressaisir.',
  'Accessibility audit: the charts have no text alternative for screen readers.', 'They want an API to push tickets from their support tool automatically.',
];
const DETAILS = [
  'It is blocking the deal with their procurement team.', 'Three other people on their side said the same in the workshop.', 'They found a workaround, but it costs them an hour a week.',
  'The competitor they evaluated last year already does this.', 'Not urgent for them, but they mentioned it twice.', 'Their contract is up for renewal next quarter.',
  'They would like to beta test it as soon as something exists.', 'Support closed the ticket with a workaround; the customer was not happy with it.',
];
const SIGNATURES = ['Best regards,\nThe customer success team', 'Thanks!\nSent from my phone', '-- \nAccount manager, EMEA', 'Cordialement,\nL’équipe support'];
const DAY = 86_400_000;

/** A note's text: an opening and an ask (one line), or with details, or a pasted e-mail of several paragraphs. */
function noteText(rnd, pick) {
  const size = rnd();
  const lines = [`${pick(OPENINGS)} ${pick(ASKS)}`];
  if (size > 0.4) lines.push(pick(DETAILS));
  if (size > 0.8) lines.push(`${pick(ASKS)} ${pick(DETAILS)} ${pick(DETAILS)}`, pick(SIGNATURES));
  return lines.join(size > 0.8 ? '\n\n' : ' ');
}

/** `accounts` accounts and `count` notes for `product`, some linked to its `initiatives`. */
export function buildFeedback({ product, initiatives }, { count = 10_000, accounts: accountCount = 300, seed = 16 } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const now = Date.now();
  const productId = product.id;
  const base = (at) => ({ id: randomUUID(), productId, createdAt: at, updatedAt: at, deletedAt: null });

  const names = new Set();
  const accounts = Array.from({ length: accountCount }, (_, i) => {
    let name = `${pick(COMPANIES)} ${pick(SUFFIXES)}`;
    if (names.has(name)) name = `${name} ${i + 1}`;
    names.add(name);
    const b2b = rnd() < 0.7;
    return {
      ...base(now - Math.floor(rnd() * 730 * DAY)),
      name,
      segment: b2b ? 'B2B' : 'B2C',
      plan: pick(PLANS),
      revenue: rnd() < 0.2 ? null : Math.round(rnd() * (b2b ? 500_000 : 20_000)),
      strategic: rnd() < 0.05,
    };
  });

  const active = initiatives.filter((i) => i.status === 'active' && i.deletedAt === null);
  const feedback = [];
  const feedbackLinks = [];
  for (let i = 0; i < count; i++) {
    const createdAt = now - Math.floor(rnd() * 365 * DAY);
    const note = {
      ...base(createdAt),
      text: noteText(rnd, pick),
      source: pick(SOURCES),
      // Most notes come from an account; some from a person alone (reviews, the in-app chat).
      accountId: rnd() < 0.85 ? pick(accounts).id : null,
      person: pick(PEOPLE),
      date: new Date(createdAt).toISOString().slice(0, 10),
      tags: [...new Set(Array.from({ length: Math.floor(rnd() * 3) }, () => pick(TAGS)))],
      enteredBy: '',
      dismissedAt: null,
    };
    const fate = rnd();
    if (fate < 0.3 && active.length) {
      for (let k = 0; k < 1 + Math.floor(rnd() * 2); k++) {
        feedbackLinks.push({ ...base(createdAt + DAY), feedbackId: note.id, initiativeId: pick(active).id, importance: pick(IMPORTANCES), excerpt: '' });
      }
    } else if (fate < 0.4) note.dismissedAt = createdAt + DAY;
    feedback.push(note);
  }
  return { accounts, feedback, feedbackLinks };
}
