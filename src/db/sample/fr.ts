import type { SampleText } from './content';
import { hypothesesFr, interviewsFr } from './fr-discovery';
import { deliveryFr } from './fr-delivery';
import { strategyFr } from './fr-strategy';

/** The French sample's texts, shipped as a data file (`fr.ts?data`). */
export const sampleFr: SampleText = {
  productName: 'Produit exemple',
  initiatives: [
    { key: 'onboarding', title: 'Onboarding en libre-service pour les petites équipes', summary: 'Permettre à une équipe de 3 à 10 personnes de démarrer un essai sans passer par les ventes.', problem: 'La moitié des essais de petites équipes n’invitent jamais de collègue.', owner: 'Camille', tags: ['croissance', 'activation'], segment: 'B2B', path: [['opportunities', 12]] },
    { key: 'usagePricing', title: 'Offre tarifaire à l’usage', summary: 'Un forfait facturé par projet actif plutôt que par siège.', problem: 'Les agences résilient quand le prix par siège croît plus vite que leur chiffre d’affaires.', owner: 'Hugo', tags: ['tarifs'], segment: 'B2B', path: [['opportunities', 30]] },
    { key: 'offline', title: 'Mode hors ligne pour les techniciens', summary: 'Saisir les rapports sans connexion et synchroniser plus tard.', problem: 'Les techniciens perdent les rapports écrits en sous-sol ou dans les parkings.', owner: 'Inès', tags: ['mobile', 'fiabilité'], segment: 'B2B', path: [['opportunities', 40], ['framing', 9]] },
    { key: 'sharedLists', title: 'Listes de courses partagées', summary: 'Deux personnes modifient la même liste en même temps.', problem: 'Les couples s’envoient des captures d’écran de listes et oublient des articles.', owner: 'Léa', tags: ['collaboration'], segment: 'B2C', path: [['opportunities', 25], ['framing', 4]] },
    { key: 'reminders', title: 'Rappels avant renouvellement', summary: 'Prévenir les clients une semaine avant un renouvellement annuel.', problem: 'Les renouvellements surprises causent des remboursements et des avis à une étoile.', owner: 'Camille', tags: ['rétention'], segment: 'B2C', path: [['opportunities', 50], ['framing', 35], ['exploring', 14]] },
    { key: 'bulkImport', title: 'Import en masse depuis un tableur', summary: 'Importer un CSV de contacts et associer ses colonnes.', problem: 'Les nouveaux comptes recopient des centaines de lignes à la main la première semaine.', owner: 'Hugo', tags: ['activation', 'données'], segment: 'B2B', path: [['opportunities', 60], ['framing', 45], ['exploring', 20], ['testing', 6]] },
    { key: 'referral', title: 'Programme de parrainage intégré', summary: 'Un mois offert pour chaque ami qui s’abonne.', problem: 'Le bouche-à-oreille est notre meilleur canal, mais nous ne le voyons ni ne le récompensons.', owner: 'Léa', tags: ['croissance'], segment: 'B2C', path: [['opportunities', 70], ['framing', 52], ['exploring', 33], ['testing', 11]] },
    { key: 'a11y', title: 'Corrections de l’audit d’accessibilité', summary: 'Rendre le paiement utilisable au clavier et au lecteur d’écran.', problem: 'Les clients qui utilisent des technologies d’assistance abandonnent le paiement.', owner: 'Inès', tags: ['a11y', 'paiement'], segment: 'B2C', path: [['opportunities', 80], ['framing', 70], ['exploring', 55], ['testing', 40], ['ready', 5]] },
    { key: 'invoice', title: 'Nouvelle facture PDF', summary: 'Des totaux clairs, les lignes de TVA et les conditions de paiement.', problem: 'Les services financiers appellent le support pour comprendre nos factures.', owner: 'Hugo', tags: ['facturation'], segment: 'B2B', path: [['opportunities', 90], ['framing', 80], ['exploring', 62], ['testing', 45], ['ready', 20], ['inSprint', 8]] },
    { key: 'twoFactor', title: 'Double authentification', summary: 'Applications TOTP et codes de secours pour chaque compte.', problem: 'Les grands comptes exigent la double authentification avant de signer.', owner: 'Camille', tags: ['sécurité'], segment: 'B2B', path: [['opportunities', 120], ['framing', 110], ['exploring', 95], ['testing', 80], ['ready', 60], ['inSprint', 45], ['released', 18]] },
    { key: 'darkMode', title: 'Thème sombre', summary: 'Un thème sombre qui suit le réglage du système.', problem: 'Les utilisateurs du soir se plaignent de fatigue visuelle.', owner: 'Léa', tags: ['interface'], segment: 'B2C', path: [['opportunities', 100], ['framing', 90], ['exploring', 75], ['testing', 60], ['ready', 50], ['inSprint', 40], ['released', 30]] },
    { key: 'streaks', title: 'Séries et badges', summary: 'Des séries quotidiennes et des badges pour faire revenir les utilisateurs.', problem: 'La rétention hebdomadaire chute après le premier mois.', owner: 'Hugo', tags: ['rétention'], segment: 'B2C', path: [['opportunities', 75], ['framing', 65], ['exploring', 50]], closed: { status: 'killed', daysAgo: 21, reason: 'Les entretiens ont montré que les utilisateurs se sentaient harcelés ; les séries ne collent pas à un usage hebdomadaire.' } },
    { title: 'Place de marché de modèles', summary: 'Permettre aux partenaires de vendre des modèles dans l’application.', problem: 'Les partenaires demandent où publier leurs modèles.', owner: 'Inès', tags: ['écosystème'], segment: 'B2B', path: [['opportunities', 65], ['framing', 50]], closed: { status: 'parked', daysAgo: 28, reason: 'Prometteur, mais pas avant d’atteindre 1 000 équipes payantes.' } },
  ],
  hypotheses: hypothesesFr,
  interviews: interviewsFr,
  delivery: deliveryFr,
  strategy: strategyFr,
};

export default sampleFr;
