import type { SampleStrategy } from './strategy-content';

/**
 * The sample product's Strategy in French: its vision and north star, two objectives with their
 * key results, the initiatives that serve them, and RICE scores on the Strategy cards.
 */
export const strategyFr: SampleStrategy = {
  vision: 'Chaque petite équipe pilote son travail récurrent depuis un seul endroit : installé en un après-midi, fiable pendant des années.',
  segments: 'Petites équipes B2B de 3 à 50 personnes, agences et services terrain en tête ; foyers qui partagent listes et abonnements (B2C).',
  valueProposition: 'Démarrer sans passer par les ventes, continuer à travailler sans connexion, et ne jamais être surpris par une facture ou un renouvellement.',
  competitors: [
    { name: 'Trello', note: 'Connu et gratuit pour démarrer ; pas de saisie hors ligne, et le prix par siège rebute les agences.' },
    { name: 'Notion', note: 'Infiniment souple, mais les petites équipes passent des semaines à construire leur propre organisation.' },
    { name: 'Tableurs', note: 'Ce qu’utilisent aujourd’hui la plupart des prospects : gratuit et familier, mais sans rappels, sans historique, rien sur mobile.' },
  ],
  northStar: { metric: 'Équipes actives par semaine', current: 1240, target: 2000 },
  objectives: [
    {
      key: 'activation',
      title: 'Les petites équipes réussissent leur première semaine',
      period: { quarterOffset: 0 },
      keyResults: [
        { key: 'invites', metric: 'Équipes en essai qui invitent un collègue (%)', baseline: 48, target: 70, current: 55 },
        { key: 'imports', metric: 'Nouveaux comptes qui importent leurs données dès la première semaine (%)', baseline: 20, target: 50, current: 26 },
        { key: 'firstReport', metric: 'Délai médian avant le premier rapport d’une équipe (minutes)', baseline: 45, target: 15, current: 32 },
      ],
    },
    {
      key: 'retention',
      title: 'Nos clients restent parce que nous ne les surprenons jamais',
      period: { startDaysAgo: 40, lengthDays: 182 },
      keyResults: [
        { key: 'refunds', metric: 'Demandes de remboursement après un renouvellement, par mois', baseline: 40, target: 10, current: 17 },
        { key: 'churn', metric: 'Attrition mensuelle des équipes payantes (%)', baseline: 3.2, target: 2, current: 2.9 },
        { key: 'security', metric: 'Contrats perdus en revue de sécurité, par trimestre', baseline: 6, target: 0, current: 2 },
        { key: 'households', metric: 'Foyers encore actifs huit semaines après leur inscription (%)', baseline: 38, target: 45, current: 39 },
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
