import type { SampleStrategy } from './strategy-content';

/**
 * The sample product's Strategy in English: its vision and north star, two objectives with their
 * key results, the initiatives that serve them, and RICE scores on the Strategy cards.
 */
export const strategyEn: SampleStrategy = {
  vision: 'Every small team runs its recurring work from one place: set up in an afternoon, trusted for years.',
  segments: 'Small B2B teams of 3 to 50 people, agencies and field services first; households that share lists and subscriptions (B2C).',
  valueProposition: 'Start without talking to sales, keep working without a connection, and never be surprised by an invoice or a renewal.',
  competitors: [
    { name: 'Trello', note: 'Familiar and free to start; no offline capture, and per-seat prices put agencies off.' },
    { name: 'Notion', note: 'Endlessly flexible, but small teams spend weeks building their own setup.' },
    { name: 'Spreadsheets', note: 'What most prospects use today: free and known, but no reminders, no history, nothing on mobile.' },
  ],
  northStar: { metric: 'Weekly active teams', current: 1240, target: 2000 },
  objectives: [
    {
      key: 'activation',
      title: 'Small teams succeed in their first week',
      period: { quarterOffset: 0 },
      keyResults: [
        { key: 'invites', metric: 'Trial teams that invite a colleague (%)', baseline: 48, target: 70, current: 55 },
        { key: 'imports', metric: 'New accounts importing their data in week one (%)', baseline: 20, target: 50, current: 26 },
        { key: 'firstReport', metric: 'Median time to a team’s first report (minutes)', baseline: 45, target: 15, current: 32 },
      ],
    },
    {
      key: 'retention',
      title: 'Customers stay because we never surprise them',
      period: { startDaysAgo: 40, lengthDays: 182 },
      keyResults: [
        { key: 'refunds', metric: 'Refund requests after a renewal, per month', baseline: 40, target: 10, current: 17 },
        { key: 'churn', metric: 'Monthly churn of paying teams (%)', baseline: 3.2, target: 2, current: 2.9 },
        { key: 'security', metric: 'Deals lost in security reviews, per quarter', baseline: 6, target: 0, current: 2 },
        { key: 'households', metric: 'Households still active eight weeks after joining (%)', baseline: 38, target: 45, current: 39 },
      ],
    },
  ],
  links: [
    { initiative: 'onboarding', objective: 'activation', keyResult: 'invites' },
    { initiative: 'offline', objective: 'activation', keyResult: 'firstReport' },
    { initiative: 'bulkImport', objective: 'activation', keyResult: 'imports' },
    { initiative: 'usagePricing', objective: 'retention', keyResult: 'churn' },
    { initiative: 'reminders', objective: 'retention', keyResult: 'refunds' },
    { initiative: 'invoice', objective: 'retention' },
    { initiative: 'twoFactor', objective: 'retention', keyResult: 'security' },
    { initiative: 'darkMode', objective: 'retention', keyResult: 'households' },
    { initiative: 'streaks', objective: 'retention' },
  ],
  scores: [
    { initiative: 'onboarding', rice: { reach: 400, impact: 2, confidence: 80, effort: 3 } },
    { initiative: 'usagePricing', rice: { reach: 150, impact: 1, confidence: 50, effort: 4 } },
    { initiative: 'offline', rice: { reach: 250, impact: 2, confidence: 80, effort: 5 } },
    { initiative: 'sharedLists', rice: { reach: 900, impact: 0.5, confidence: 50, effort: 2 } },
  ],
};
