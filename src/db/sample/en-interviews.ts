import type { SampleInterview } from './content';

/** The sample product's interview snapshots in English, and the evidence each gives the hypotheses. */

export const interviewsEn: SampleInterview[] = [
  {
    daysAgo: 18,
    initiative: 'bulkImport',
    alias: 'Nadia',
    role: 'Office manager at an architecture firm',
    segment: 'B2B',
    companySize: '10-49',
    quote: '“I spent my whole first Friday copying contacts from Excel, one by one.”',
    story:
      '1. Signed up on a Monday, after a colleague showed her the app.\n2. Looked for an import button on Tuesday; found only the form for one contact.\n3. Asked the support chat, which suggested adding contacts one at a time.\n4. Blocked Friday afternoon to retype 140 contacts from the firm’s Excel file.\n5. Gave up on the notes column: too long to copy.',
    opportunities:
      'I need my existing contacts in the tool on day one.\nI don’t want to rework my spreadsheet before importing it.\nI want to be sure no contact was lost or duplicated.',
    insights:
      'The spreadsheet already exists, and it is messy: merged cells, French headers, one column for the full name.\nThe import matters in the first week: after that, people have already typed their contacts by hand.',
    toldStory:
      'When we switched to your app last month. The previous office manager kept all our clients in one Excel file for years. I looked for a way to bring it in, didn’t find one, so on Friday I typed them in, one by one, until seven in the evening.',
    interviewers: 'Hugo, Camille',
    facts: 'Runs the office of a 25-person firm. Keeps the client list in one Excel file of about 140 rows. Uses Excel every day; not technical.',
    followUp: true,
    evidence: [
      { hypothesis: 'bulkImport.need', stance: 'supports', excerpt: 'Spent her whole first Friday retyping 140 contacts from the firm’s Excel file.' },
      {
        hypothesis: 'bulkImport.autoMap',
        stance: 'refutes',
        excerpt: 'Her sheet has merged cells, headers on two rows and one column for the full name: nothing we could match automatically.',
      },
    ],
  },
  {
    daysAgo: 15,
    initiative: 'bulkImport',
    alias: 'Marc',
    role: 'Operations lead at a maintenance company',
    segment: 'B2B',
    companySize: '50-249',
    quote: '“If the import needs a developer, it will wait until next quarter.”',
    story:
      '1. Bought the team plan for 30 field technicians.\n2. Exported 600 client sites from the old tool as a CSV file.\n3. Asked IT for a script to load them; IT put it in their backlog.\n4. Three weeks later, the technicians still used the old tool for addresses.\n5. Started typing the top 50 clients himself, in the evenings.',
    opportunities:
      'I want to load our client list without waiting for IT.\nI need to see how my columns match yours before anything is imported.\nI want my technicians on the new tool from the first week.',
    insights:
      'Exports from other tools have clean headers (Name, Email, Company): for them, guessing the match would work.\nThe blocker is not the file but waiting for IT: a self-serve import removes a three-week delay.',
    toldStory:
      'We moved our technicians over in March. I had the export from the old tool, 600 sites, and I asked IT to load it. They said it would be a small script. Three weeks later it still wasn’t done, so I started typing the important clients myself.',
    interviewers: 'Hugo',
    facts: 'Manages 30 field technicians. Moved from an older tool that exports CSV. Relies on the IT team for anything he sees as technical.',
    followUp: true,
    evidence: [
      { hypothesis: 'bulkImport.need', stance: 'supports', excerpt: 'Asked IT for a script to load 600 client sites; three weeks later it was still in their backlog.' },
      {
        hypothesis: 'bulkImport.autoMap',
        stance: 'supports',
        excerpt: 'His export had clean headers (Name, Email, Company), and he would trust a preview of the first rows matched to our fields.',
      },
    ],
  },
  {
    daysAgo: 10,
    initiative: 'referral',
    alias: 'Sophie',
    role: 'Parent of two, shops for the family',
    segment: 'B2C',
    companySize: '',
    quote: '“I don’t recommend apps. I show my list to my sister, and she asks what it is.”',
    story:
      '1. Plans the weekly shop on Sunday evening with the app.\n2. Shares a list with her sister for a family lunch.\n3. On the phone, her sister asks which app it is.\n4. Sophie sends her a screenshot of the app’s store page.\n5. Her sister installs it two days later, with no code and no link.',
    opportunities: 'I want the people I share a list with to get in easily.\nI don’t want to feel I am selling something to my family.',
    insights:
      'Recommendations happen around a real list, not through an invitation screen.\nA reward for recommending feels awkward within a family; sharing a list does not.',
    toldStory:
      'For my mother’s birthday lunch, my sister and I split the shopping, so I shared the list with her. She called me: “What is this thing? It’s great.” I sent her a screenshot of the app, and she had it two days later.',
    interviewers: 'Léa',
    facts: 'Shops weekly for a family of four. Has used the app for eight months. Shares lists with her partner and her sister.',
    followUp: false,
    evidence: [
      { hypothesis: 'referral.share', stance: 'supports', excerpt: 'Her sister discovered the app when Sophie shared the list for a family lunch with her.' },
      { hypothesis: 'referral.reward', stance: 'refutes', excerpt: 'A free month would change nothing for her: “I recommend what I use; I don’t want to be paid for it.”' },
    ],
  },
  {
    daysAgo: 30,
    initiative: 'streaks',
    alias: 'Thomas',
    role: 'Student sharing a flat with three others',
    segment: 'B2C',
    companySize: '',
    quote: '“It kept telling me I’d lost my streak. I shop on Saturdays, that’s it.”',
    story:
      '1. Installed the streaks prototype on a Thursday.\n2. Ticked off the Saturday shopping list with his flatmates.\n3. On Monday, got a reminder: “Don’t lose your 3-day streak!”\n4. Felt guilty, then annoyed, and turned off every notification.\n5. Said he would have uninstalled the app if it had kept going.',
    opportunities: 'I want reminders that follow our weekly shop, not a daily habit.\nI don’t want the app to make me feel guilty.',
    insights:
      'For most people our use is weekly: a daily streak breaks by design.\nReminders that scold make people turn off every notification, the useful ones too.',
    toldStory:
      'Saturday morning we do the shopping together, the four of us, with the shared list. Then nothing until the next Saturday. On Monday the app told me I was about to lose my streak. A streak of what? I turned off the notifications.',
    interviewers: 'Hugo, Léa',
    facts: 'Shares a flat with three students. One shared list for the whole flat, used on Saturdays. Had the prototype for a week.',
    followUp: true,
    evidence: [
      {
        hypothesis: 'streaks.daily',
        stance: 'refutes',
        excerpt: 'Turned off every notification after the second “Don’t lose your streak!” reminder: he shops once a week, on Saturdays.',
      },
    ],
  },
];
