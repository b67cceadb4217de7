import type { BuiltInTexts } from '../structure';

export const interviews: Pick<BuiltInTexts, 'interview'> = {
  interview: {
    name: 'Story-based interview',
    description:
      'A continuous-discovery interview guide in the style of Teresa Torres (Continuous Discovery Habits): collect a specific story about past behaviour, then capture it in an interview snapshot the team can share.',
    outputs: {
      snapshot: 'Interview snapshot',
      opportunities: 'Opportunities heard (needs, pain points, desires)',
      insights: 'Insights to share with the team',
    },
    sections: {
      opening: { title: 'Opening', intro: 'Put the participant at ease and say what the conversation is for.' },
      story: {
        title: 'The story',
        intro:
          'Ask for one specific, recent story, then help the participant tell it in full. Let them talk; your job is to keep them on that one instance.',
      },
      closing: { title: 'Closing', intro: 'Leave time for what you did not ask, and for the next conversation.' },
      avoid: {
        title: 'Questions to avoid',
        intro: 'People are poor at predicting what they would do, and good at telling what they did. Ask about past behaviour.',
      },
      participant: { title: 'Participant', intro: 'Interview snapshot: who you talked to. Use an alias, not the real name.' },
      quote: { title: 'Memorable quote', intro: 'The line that will make the team remember this interview.' },
      facts: { title: 'Quick facts', intro: 'Context that helps to place this participant and this story.' },
      experience: { title: 'Experience map', intro: 'The story as it happened, moment by moment.' },
      opportunities: { title: 'Opportunities', intro: 'Needs, pain points and desires heard in the story.' },
      insights: { title: 'Insights', intro: 'What you learned that is worth sharing, beyond the opportunities.' },
    },
    items: {
      'opening.intro':
        'Introduce yourself and the purpose: “We are trying to understand how people like you [do this activity]. There is nothing to sell today.”',
      'opening.consent': 'Asked for consent to take notes (and to record, if you record)',
      'opening.expectations':
        'Set expectations: about 30 to 45 minutes, no right or wrong answers; we are here to learn from your experience, not to test you.',
      'story.last-time': {
        label: 'Tell me about the last time you…',
        help: 'Pick the moment that matches the opportunity you are exploring. Note the story as it is told, in the participant’s words.',
      },
      'story.sequence': 'What happened next? And then?',
      'story.context': 'Where were you? Who else was involved? What were you trying to get done?',
      'story.difficulties': 'What was hard or frustrating about that?',
      'story.workarounds': 'How did you get around it? What did you use instead?',
      'story.decision': 'How did you decide what to do? What did you compare?',
      'story.specific':
        'If the answer drifts into generalities (“usually I…”), bring it back to that one time: “And that last time, what did you do?”',
      'closing.anything-else': 'Is there anything else I should have asked you?',
      'closing.thanks': 'Thank the participant for their time and their story.',
      'closing.follow-up': 'Asked whether we may follow up with more questions later',
      'avoid.would-you-use': 'No “Would you use…?” or “Would you pay for…?”: answers about the future are guesses.',
      'avoid.features': 'No “What features do you want?”: the participant is the expert on their problem, not on the solution.',
      'avoid.leading':
        'No leading questions (“Don’t you find it annoying when…?”): ask open questions and let the participant choose the words.',
      'avoid.hypotheticals': 'No hypotheticals (“What if…?”, “Imagine that…”): ask what happened, the last time.',
      'participant.alias': { label: 'Alias', help: 'A first name or a nickname the team will recognise; no real names.' },
      'participant.role': { label: 'Role', help: 'What they do, in their own words.' },
      'participant.segment': { label: 'Segment', options: { b2b: 'B2B (business)', b2c: 'B2C (consumer)' } },
      'participant.company-size': {
        label: 'Company size',
        help: 'Number of employees; leave empty for consumers.',
        options: { '1-9': '1–9', '10-49': '10–49', '50-249': '50–249', '250-999': '250–999', '1000+': '1,000 or more' },
      },
      'quote.text': { label: 'Memorable quote', help: 'Word for word, in quotation marks.' },
      'facts.date': { label: 'Interview date' },
      'facts.interviewers': { label: 'Interviewers' },
      'facts.notes': {
        label: 'Quick facts',
        help: 'Facts about the participant that help to understand the story: situation, tools used, how often, for how long.',
      },
      'experience.story': {
        label: 'The story',
        help: 'The sequence of moments, in order, as the participant told it. A quick sketch or a numbered list is enough.',
      },
      'opportunities.list': {
        label: 'Opportunities',
        help: 'One per line, phrased from the participant’s point of view as a need or a pain point, not as a solution.',
      },
      'insights.list': { label: 'Insights', help: 'What surprised you, and what it changes for the team.' },
    },
  },
};
