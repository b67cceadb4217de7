import type { SampleInterview } from './content';

/** Les synthèses d’entretiens du produit exemple en français, et les preuves que chacun apporte aux hypothèses. */

export const interviewsFr: SampleInterview[] = [
  {
    daysAgo: 18,
    initiative: 'bulkImport',
    alias: 'Nadia',
    role: 'Office manager dans un cabinet d’architectes',
    segment: 'B2B',
    companySize: '10-49',
    quote: '« J’ai passé tout mon premier vendredi à recopier les contacts depuis Excel, un par un. »',
    story:
      '1. S’inscrit un lundi, après qu’une collègue lui a montré l’application.\n2. Cherche un bouton d’import le mardi ; ne trouve que le formulaire pour un seul contact.\n3. Demande au chat du support, qui lui conseille d’ajouter les contacts un par un.\n4. Bloque son vendredi après-midi pour ressaisir les 140 contacts du fichier Excel du cabinet.\n5. Renonce à la colonne des notes : trop longue à recopier.',
    opportunities:
      'J’ai besoin de retrouver mes contacts dans l’outil dès le premier jour.\nJe ne veux pas retravailler mon tableur avant de l’importer.\nJe veux être sûre qu’aucun contact n’a été perdu ni dupliqué.',
    insights:
      'Le tableur existe déjà, et il est désordonné : cellules fusionnées, en-têtes sur deux lignes, une seule colonne pour le nom complet.\nL’import compte la première semaine : ensuite, les gens ont déjà saisi leurs contacts à la main.',
    toldStory:
      'Quand on est passés à votre application, le mois dernier. L’ancienne office manager gardait tous nos clients dans un fichier Excel depuis des années. J’ai cherché comment le faire entrer, je n’ai pas trouvé, alors le vendredi je les ai tapés un par un, jusqu’à sept heures du soir.',
    interviewers: 'Hugo, Camille',
    facts: 'Gère le bureau d’un cabinet de 25 personnes. Tient la liste des clients dans un seul fichier Excel d’environ 140 lignes. Utilise Excel tous les jours ; pas technique.',
    followUp: true,
    evidence: [
      { hypothesis: 'bulkImport.need', stance: 'supports', excerpt: 'A passé tout son premier vendredi à ressaisir 140 contacts du fichier Excel du cabinet.' },
      {
        hypothesis: 'bulkImport.autoMap',
        stance: 'refutes',
        excerpt: 'Son tableur a des cellules fusionnées, des en-têtes sur deux lignes et une seule colonne pour le nom complet : rien que nous puissions associer automatiquement.',
      },
    ],
  },
  {
    daysAgo: 15,
    initiative: 'bulkImport',
    alias: 'Marc',
    role: 'Responsable des opérations dans une entreprise de maintenance',
    segment: 'B2B',
    companySize: '50-249',
    quote: '« Si l’import demande un développeur, ça attendra le trimestre prochain. »',
    story:
      '1. Souscrit l’offre équipe pour 30 techniciens itinérants.\n2. Exporte 600 sites clients de l’ancien outil en fichier CSV.\n3. Demande à l’informatique un script pour les charger ; la demande part dans leur backlog.\n4. Trois semaines plus tard, les techniciens utilisent toujours l’ancien outil pour les adresses.\n5. Commence à saisir lui-même les 50 principaux clients, le soir.',
    opportunities:
      'Je veux charger notre liste de clients sans attendre l’informatique.\nJ’ai besoin de voir comment mes colonnes correspondent aux vôtres avant que quoi que ce soit soit importé.\nJe veux que mes techniciens passent au nouvel outil dès la première semaine.',
    insights:
      'Les exports des autres outils ont des en-têtes propres (Nom, E-mail, Société) : pour eux, deviner l’association fonctionnerait.\nLe blocage n’est pas le fichier mais l’attente de l’informatique : un import en libre-service supprime trois semaines de délai.',
    toldStory:
      'On a basculé les techniciens en mars. J’avais l’export de l’ancien outil, 600 sites, et j’ai demandé à l’informatique de le charger. Ils m’ont dit que c’était un petit script. Trois semaines après, rien, alors j’ai commencé à taper les clients importants moi-même.',
    interviewers: 'Hugo',
    facts: 'Encadre 30 techniciens itinérants. Vient d’un outil plus ancien qui exporte en CSV. Passe par l’équipe informatique pour tout ce qui lui semble technique.',
    followUp: true,
    evidence: [
      { hypothesis: 'bulkImport.need', stance: 'supports', excerpt: 'A demandé à l’informatique un script pour charger 600 sites clients ; trois semaines plus tard, la demande était toujours dans leur backlog.' },
      {
        hypothesis: 'bulkImport.autoMap',
        stance: 'supports',
        excerpt: 'Son export avait des en-têtes propres (Nom, E-mail, Société), et il ferait confiance à un aperçu des premières lignes associées à nos champs.',
      },
    ],
  },
  {
    daysAgo: 10,
    initiative: 'referral',
    alias: 'Sophie',
    role: 'Mère de deux enfants, fait les courses de la famille',
    segment: 'B2C',
    companySize: '',
    quote: '« Je ne recommande pas d’applications. Je montre ma liste à ma sœur, et elle me demande ce que c’est. »',
    story:
      '1. Prépare les courses de la semaine le dimanche soir avec l’application.\n2. Partage une liste avec sa sœur pour un déjeuner de famille.\n3. Au téléphone, sa sœur lui demande de quelle application il s’agit.\n4. Sophie lui envoie une capture d’écran de la page de l’application sur le store.\n5. Sa sœur l’installe deux jours plus tard, sans code ni lien.',
    opportunities:
      'Je veux que les personnes avec qui je partage une liste puissent nous rejoindre facilement.\nJe ne veux pas avoir l’impression de vendre quelque chose à ma famille.',
    insights:
      'Les recommandations naissent autour d’une vraie liste, pas d’un écran d’invitation.\nUne récompense pour avoir recommandé gêne au sein d’une famille ; partager une liste, non.',
    toldStory:
      'Pour le déjeuner d’anniversaire de ma mère, ma sœur et moi, on s’est partagé les courses, alors je lui ai partagé la liste. Elle m’a appelée : « C’est quoi, ce truc ? C’est génial. » Je lui ai envoyé une capture de l’application, et deux jours après elle l’avait.',
    interviewers: 'Léa',
    facts: 'Fait les courses chaque semaine pour une famille de quatre. Utilise l’application depuis huit mois. Partage des listes avec son conjoint et sa sœur.',
    followUp: false,
    evidence: [
      { hypothesis: 'referral.share', stance: 'supports', excerpt: 'Sa sœur a découvert l’application quand Sophie a partagé avec elle la liste d’un déjeuner de famille.' },
      { hypothesis: 'referral.reward', stance: 'refutes', excerpt: 'Un mois gratuit ne changerait rien pour elle : « Je recommande ce que j’utilise ; je ne veux pas être payée pour ça. »' },
    ],
  },
  {
    daysAgo: 30,
    initiative: 'streaks',
    alias: 'Thomas',
    role: 'Étudiant en colocation avec trois autres personnes',
    segment: 'B2C',
    companySize: '',
    quote: '« Elle n’arrêtait pas de me dire que j’avais perdu ma série. Je fais les courses le samedi, c’est tout. »',
    story:
      '1. Installe le prototype des séries un jeudi.\n2. Coche la liste de courses du samedi avec ses colocataires.\n3. Le lundi, reçoit un rappel : « Ne perdez pas votre série de 3 jours ! »\n4. Se sent coupable, puis agacé, et coupe toutes les notifications.\n5. Dit qu’il aurait désinstallé l’application si cela avait continué.',
    opportunities:
      'Je veux des rappels qui suivent nos courses de la semaine, pas une habitude quotidienne.\nJe ne veux pas que l’application me culpabilise.',
    insights:
      'Pour la plupart des gens, notre usage est hebdomadaire : une série quotidienne se casse forcément.\nDes rappels qui sermonnent poussent à couper toutes les notifications, y compris les utiles.',
    toldStory:
      'Le samedi matin, on fait les courses ensemble, tous les quatre, avec la liste partagée. Et puis plus rien jusqu’au samedi suivant. Le lundi, l’application m’a dit que j’allais perdre ma série. Une série de quoi ? J’ai coupé les notifications.',
    interviewers: 'Hugo, Léa',
    facts: 'Vit en colocation avec trois étudiants. Une seule liste partagée pour tout l’appartement, utilisée le samedi. A eu le prototype pendant une semaine.',
    followUp: true,
    evidence: [
      {
        hypothesis: 'streaks.daily',
        stance: 'refutes',
        excerpt: 'A coupé toutes les notifications après le deuxième rappel « Ne perdez pas votre série ! » : il fait ses courses une fois par semaine, le samedi.',
      },
    ],
  },
];
