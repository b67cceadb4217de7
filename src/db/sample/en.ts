import type { SampleText } from './content';
import { hypothesesEn } from './en-hypotheses';
import { interviewsEn } from './en-interviews';
import { deliveryEn } from './en-delivery';
import { feedbackEn } from './en-feedback';
import { strategyEn } from './en-strategy';

/** The English sample's texts, shipped as a data file (`en.ts?data`). */
export const sampleEn: SampleText = {
  productName: 'Sample product',
  initiatives: [
    { key: 'onboarding', title: 'Self-serve onboarding for small teams', summary: 'Let a team of 3–10 start a trial without talking to sales.', problem: 'Half of trial sign-ups from small teams never invite a colleague.', owner: 'Camille', tags: ['growth', 'activation'], segment: 'B2B', path: [['opportunities', 12]] },
    { key: 'usagePricing', title: 'Usage-based pricing tier', summary: 'A plan billed per active project rather than per seat.', problem: 'Agencies churn when seat prices grow faster than their revenue.', owner: 'Hugo', tags: ['pricing'], segment: 'B2B', path: [['opportunities', 30]] },
    { key: 'offline', title: 'Offline mode for field technicians', summary: 'Capture reports without a connection and sync later.', problem: 'Technicians lose reports written in basements and car parks.', owner: 'Inès', tags: ['mobile', 'reliability'], segment: 'B2B', path: [['opportunities', 40], ['framing', 9]] },
    { key: 'sharedLists', title: 'Shared shopping lists', summary: 'Two people edit the same list at once.', problem: 'Couples send each other screenshots of lists and forget items.', owner: 'Léa', tags: ['collaboration'], segment: 'B2C', path: [['opportunities', 25], ['framing', 4]] },
    { key: 'reminders', title: 'Smart reminders before renewal', summary: 'Warn customers a week before an annual renewal.', problem: 'Surprise renewals cause refunds and one-star reviews.', owner: 'Camille', tags: ['retention'], segment: 'B2C', path: [['opportunities', 50], ['framing', 35], ['exploring', 14]] },
    { key: 'bulkImport', title: 'Bulk import from spreadsheets', summary: 'Upload a CSV of contacts and map its columns.', problem: 'New accounts copy hundreds of rows by hand in their first week.', owner: 'Hugo', tags: ['activation', 'data'], segment: 'B2B', path: [['opportunities', 60], ['framing', 45], ['exploring', 20], ['testing', 6]] },
    { key: 'referral', title: 'In-app referral programme', summary: 'Give a free month for each friend who subscribes.', problem: 'Word of mouth is our best channel but we cannot see or reward it.', owner: 'Léa', tags: ['growth'], segment: 'B2C', path: [['opportunities', 70], ['framing', 52], ['exploring', 33], ['testing', 11]] },
    { key: 'a11y', title: 'Accessibility audit fixes', summary: 'Make checkout usable with a keyboard and a screen reader.', problem: 'Customers with assistive technologies abandon the checkout.', owner: 'Inès', tags: ['a11y', 'checkout'], segment: 'B2C', path: [['opportunities', 80], ['framing', 70], ['exploring', 55], ['testing', 40], ['ready', 6], ['inSprint', 5]] },
    { key: 'invoice', title: 'Invoice PDF redesign', summary: 'Clear totals, VAT lines and payment terms.', problem: 'Finance teams call support to understand our invoices.', owner: 'Hugo', tags: ['billing'], segment: 'B2B', path: [['opportunities', 90], ['framing', 80], ['exploring', 62], ['testing', 45], ['ready', 20], ['inSprint', 8]] },
    { key: 'twoFactor', title: 'Two-factor authentication', summary: 'TOTP apps and recovery codes for every account.', problem: 'Enterprise prospects require 2FA before signing.', owner: 'Camille', tags: ['security'], segment: 'B2B', path: [['opportunities', 120], ['framing', 110], ['exploring', 95], ['testing', 80], ['ready', 60], ['inSprint', 45], ['released', 18]] },
    { key: 'darkMode', title: 'Dark mode', summary: 'A dark theme that follows the system setting.', problem: 'Evening users complain about eye strain.', owner: 'Léa', tags: ['ui'], segment: 'B2C', path: [['opportunities', 100], ['framing', 90], ['exploring', 75], ['testing', 60], ['ready', 50], ['inSprint', 40], ['released', 30]] },
    { key: 'streaks', title: 'Gamified streaks', summary: 'Daily streaks and badges to bring users back.', problem: 'Weekly retention drops after the first month.', owner: 'Hugo', tags: ['retention'], segment: 'B2C', path: [['opportunities', 75], ['framing', 65], ['exploring', 50]], closed: { status: 'killed', daysAgo: 21, reason: 'Interviews showed users felt nagged; streaks do not match a weekly use.' } },
    { title: 'Marketplace for templates', summary: 'Let partners sell templates inside the app.', problem: 'Partners ask where to publish their templates.', owner: 'Inès', tags: ['ecosystem'], segment: 'B2B', path: [['opportunities', 65], ['framing', 50]], closed: { status: 'parked', daysAgo: 28, reason: 'Promising, but not before we reach 1,000 paying teams.' } },
    { title: 'Password reset by text message', summary: 'Reset a password with a code sent by SMS.', problem: 'Users locked out of their email call support to get back in.', owner: 'Inès', tags: ['security', 'support'], segment: 'B2C', path: [['opportunities', 150], ['framing', 140], ['exploring', 126], ['testing', 112], ['ready', 100], ['inSprint', 88], ['released', 72]], closed: { status: 'shipped', daysAgo: 68, reason: 'Support calls about lockouts fell by 40% in the first month.' } },
    { title: 'Faster search results', summary: 'Results as you type, in under 200 ms.', problem: 'Users with large accounts wait seconds for every search.', owner: 'Hugo', tags: ['performance'], segment: 'B2B', path: [['opportunities', 115], ['framing', 106], ['exploring', 95], ['testing', 86], ['ready', 72], ['inSprint', 58], ['released', 45]], closed: { status: 'shipped', daysAgo: 41, reason: 'The median search went from 1.8 s to 150 ms.' } },
    { title: 'Voice notes on tasks', summary: 'Record a short voice note instead of typing a comment.', problem: 'Comments typed on a phone are short and unclear.', owner: 'Inès', tags: ['mobile'], segment: 'B2C', path: [['opportunities', 104], ['framing', 93], ['exploring', 79], ['testing', 63]], closed: { status: 'killed', daysAgo: 49, reason: 'A fake-door test drew 2% of clicks: people prefer to type, even on a phone.' } },
    { title: 'Weekly summary email', summary: 'A Monday email with what changed last week.', problem: 'Managers log in only to check progress, then leave.', owner: 'Léa', tags: ['retention'], segment: 'B2B', path: [['opportunities', 96], ['framing', 87], ['exploring', 71], ['testing', 61], ['ready', 33], ['inSprint', 18], ['released', 7]], closed: { status: 'shipped', daysAgo: 4, reason: 'A 58% open rate; managers answer the email instead of logging in.' } },
    { title: 'Calendar export', summary: 'Subscribe to deadlines from any calendar app.', problem: 'Teams copy deadlines into their calendars by hand and miss changes.', owner: 'Camille', tags: ['integrations'], segment: 'B2B', path: [['opportunities', 88], ['framing', 80], ['exploring', 68], ['testing', 57], ['ready', 40], ['inSprint', 27], ['released', 14]], closed: { status: 'shipped', daysAgo: 11, reason: 'A third of active teams subscribed in the first week.' } },
  ],
  hypotheses: hypothesesEn,
  interviews: interviewsEn,
  delivery: deliveryEn,
  strategy: strategyEn,
  feedback: feedbackEn,
};

export default sampleEn;
