// The one table of red-flag types: how urgent each is, the decisions a clinician can record for
// it, what each decision lets a patient take home, and which built-in assessment findings raise
// it. Built-in library text (urgency wording) and the plan's gates read this module; nothing
// else restates it. Sources for every rule: redFlagSources below.

/** How soon the patient must be seen by a doctor when the flag holds. */
export const urgencies = {
  same_day: {
    label: 'Same day',
    clinician: 'refer the same day to the emergency department or an urgent GP appointment',
    patient: 'today',
  },
  within_days: {
    label: 'Within a few days',
    clinician: 'refer urgently, to be seen within a few days',
    patient: 'within the next few days',
  },
  within_two_weeks: {
    label: 'Within 2 weeks',
    clinician: 'refer to the GP, to be seen within 2 weeks',
    patient: 'within the next 2 weeks',
  },
} as const;
export type Urgency = keyof typeof urgencies;

/** What a patient may take home while a flag carries a decision. */
export type PatientSheet = 'home-programme' | 'safety-sheet';

/** A decision the clinician records on a red flag, and what it allows to print. */
export const redFlagDecisions = {
  cleared: {
    label: 'Cleared after assessment: continue the plan',
    prints: 'home-programme',
    patient: '',
  },
  referred_imaging: {
    label: 'Referred for imaging (X-ray or MRI)',
    prints: 'safety-sheet',
    patient:
      'We have asked for a scan of your foot. Follow this sheet instead of your exercises until we have talked about the result.',
  },
  referred_same_day: {
    label: 'Referred to GP or emergency department the same day',
    prints: 'safety-sheet',
    patient:
      'Please go today to the doctor or emergency department we arranged for you, and take this sheet with you.',
  },
  referred_gp: {
    label: 'Referred to GP',
    prints: 'safety-sheet',
    patient:
      'Please see your doctor (GP) as we agreed and show them this sheet. Follow it instead of your exercises until we have talked again.',
  },
  awaiting_results: {
    label: 'Awaiting results or specialist review',
    prints: 'safety-sheet',
    patient:
      'We are waiting for your test results. Follow this sheet instead of your exercises until we have talked about them.',
  },
} as const satisfies Record<string, { label: string; prints: PatientSheet; patient: string }>;
export type RedFlagDecision = keyof typeof redFlagDecisions;
export const redFlagDecisionKeys = Object.keys(redFlagDecisions) as [
  RedFlagDecision,
  ...RedFlagDecision[],
];

/** Patient-facing advice printed on the safety sheet: plain words, no diagnosis names. */
export interface SafetyAdvice {
  /** Why the exercises are paused, as the patient hears it. */
  why: string;
  toDo: readonly string[];
  notToDo: readonly string[];
  /** How to take load off the heel until the clinician says otherwise. */
  offloading: readonly string[];
  /** Signs that mean going to the emergency department now, not waiting for the clinic. */
  emergency: readonly string[];
}

export interface RedFlagTypeInfo {
  /** Clinician-facing name; never printed on a patient document. */
  label: string;
  urgency: Urgency;
  /** Decisions offered for this flag, in the order shown. */
  decisions: readonly RedFlagDecision[];
  advice: SafetyAdvice;
  /** Keys into redFlagSources. */
  sources: readonly RedFlagSource[];
}

const keepWalkingShort =
  'Walk only as much as you need to for daily life, in your most cushioned, supportive shoes.';
const noRunning = 'Do not run, jump, hop or play sport until we tell you it is safe.';
const noHomeExercises =
  'Do not do the strengthening exercises or stretches from your exercise sheet until we have checked you again.';

export const redFlagTypeInfo = {
  suspected_stress_fracture: {
    label: 'Suspected calcaneal stress fracture',
    urgency: 'within_days',
    decisions: ['referred_imaging', 'awaiting_results', 'referred_same_day', 'cleared'],
    advice: {
      why: 'Your heel bone needs to be checked, usually with a scan, before it takes the load of exercise or running.',
      toDo: [
        'Rest your heel from anything that hurts it.',
        keepWalkingShort,
        'If walking hurts, use the crutches, boot or walking aid you were given.',
        'Ask us before doing other exercise such as swimming or cycling; only do it if it causes no heel pain at all.',
      ],
      notToDo: [
        noRunning,
        noHomeExercises,
        'Do not stand on tiptoe or do heel raises.',
        'Do not push on through heel pain.',
      ],
      offloading: [
        'Sit down for tasks you would usually stand for.',
        'Put a soft cushioned insole or heel pad in your shoes, and avoid walking barefoot on hard floors.',
        'Split walking into short trips rather than one long one.',
      ],
      emergency: [
        'You cannot put any weight on your foot.',
        'Your heel becomes very swollen or looks out of shape.',
      ],
    },
    sources: ['clinical-md', 'seed-calcaneus', 'warden-2014', 'jospt-heel-2014', 'jospt-heel-2023'],
  },
  suspected_tendon_rupture: {
    label: 'Suspected Achilles tendon rupture',
    urgency: 'same_day',
    decisions: ['referred_same_day', 'awaiting_results', 'cleared'],
    advice: {
      why: 'The strong cord at the back of your heel (the Achilles tendon) needs to be checked by a doctor today.',
      toDo: [
        'Go today to the doctor or emergency department we arranged for you.',
        'Keep your weight off the leg: use crutches if you have them, or have someone drive you.',
        'Rest with your foot pointing slightly down, the way it falls naturally.',
      ],
      notToDo: [
        'Do not walk further than you must, and do not drive.',
        'Do not stretch your calf or stand on tiptoe.',
        'Do not do any exercises from your exercise sheet.',
      ],
      offloading: [
        'Use crutches or a wheelchair to get about, keeping the foot off the ground.',
        'Sit or lie with the leg supported on a pillow.',
      ],
      emergency: ['Your calf or foot becomes cold, pale or very swollen.'],
    },
    sources: ['clinical-md', 'thompson-1962', 'nice-cks-achilles', 'boast-achilles'],
  },
  night_pain: {
    label: 'Night pain',
    urgency: 'within_days',
    decisions: ['referred_gp', 'referred_imaging', 'awaiting_results', 'cleared'],
    advice: {
      why: 'Heel pain that wakes you at night needs to be checked by a doctor before you carry on with exercise.',
      toDo: [
        'See your doctor (GP) within the next few days, as we agreed.',
        'Keep a note of the nights the pain wakes you and how long it lasts, to show your doctor.',
        keepWalkingShort,
      ],
      notToDo: [noRunning, noHomeExercises],
      offloading: [
        'Put a soft cushioned insole or heel pad in your shoes.',
        'Avoid long walks and standing for long spells.',
      ],
      emergency: [
        'You feel hot, shivery or generally unwell with the pain.',
        'You lose weight without trying, or feel very tired for no reason.',
      ],
    },
    sources: ['clinical-md', 'finucane-2020', 'jospt-heel-2023'],
  },
  pain_not_improving_with_rest: {
    label: 'Pain not improving with rest',
    urgency: 'within_two_weeks',
    decisions: ['referred_gp', 'referred_imaging', 'awaiting_results', 'cleared'],
    advice: {
      why: 'Your heel pain is not easing with rest, so it needs a closer look before you carry on with exercise.',
      toDo: [
        'Go to the appointment we arranged for you.',
        keepWalkingShort,
        'Keep a note of when the pain is worst, to bring with you.',
      ],
      notToDo: [noRunning, noHomeExercises],
      offloading: [
        'Put a soft cushioned insole or heel pad in your shoes.',
        'Sit down for tasks you would usually stand for.',
      ],
      emergency: ['You cannot put any weight on your foot.'],
    },
    sources: ['clinical-md', 'seed-calcaneus', 'jospt-heel-2023'],
  },
  swelling_redness_warmth: {
    label: 'Swelling, redness or warmth',
    urgency: 'same_day',
    decisions: ['referred_same_day', 'referred_gp', 'awaiting_results', 'cleared'],
    advice: {
      why: 'Swelling, redness or warmth around your heel needs to be checked by a doctor today.',
      toDo: [
        'See a doctor today, as we arranged.',
        'Rest and raise your foot above the level of your hip when you sit.',
      ],
      notToDo: [
        'Do not rub, massage, heat or tape the sore area.',
        noRunning,
        'Do not do any exercises from your exercise sheet.',
      ],
      offloading: ['Keep walking to a minimum, in roomy shoes that do not press on the area.'],
      emergency: [
        'You feel hot, shivery or generally unwell.',
        'The redness spreads or the pain gets much worse.',
      ],
    },
    sources: ['clinical-md', 'seed-calcaneus', 'nice-cks-septic-arthritis'],
  },
  fever_unwell: {
    label: 'Fever or feeling unwell with heel pain',
    urgency: 'same_day',
    decisions: ['referred_same_day', 'awaiting_results', 'cleared'],
    advice: {
      why: 'Feeling hot or unwell together with heel pain needs to be checked by a doctor today.',
      toDo: ['See a doctor today, as we arranged.', 'Rest and drink plenty of fluids.'],
      notToDo: [noRunning, 'Do not do any exercises from your exercise sheet.'],
      offloading: ['Keep walking to a minimum and rest with your foot raised.'],
      emergency: [
        'You feel confused, very drowsy or breathless.',
        'The heel becomes red, hot and very painful.',
      ],
    },
    sources: ['nice-cks-septic-arthritis', 'finucane-2020'],
  },
  numbness_tingling: {
    label: 'Numbness or tingling',
    urgency: 'within_days',
    decisions: ['referred_gp', 'referred_same_day', 'awaiting_results', 'cleared'],
    advice: {
      why: 'Numbness or tingling in your foot means a nerve needs checking before you carry on with exercise.',
      toDo: [
        'See your doctor (GP) within the next few days, as we agreed.',
        'Check your feet every day for cuts or blisters you may not feel.',
        'Wear well-fitting shoes with soft socks.',
      ],
      notToDo: [
        'Do not do the stretches or exercises from your exercise sheet until we have checked you again.',
        'Do not use heat packs or ice on a numb area: you may not feel a burn.',
      ],
      offloading: ['Avoid long walks and standing for long spells.'],
      emergency: [
        'Your foot or leg becomes weak, or you start to trip or drag your foot.',
        'The numbness spreads quickly, or reaches your groin or bottom.',
        'You have trouble controlling your bladder or bowels.',
      ],
    },
    sources: ['clinical-md', 'finucane-2020', 'jospt-heel-2023'],
  },
  other_joints_inflamed: {
    label: 'Other joints inflamed',
    urgency: 'within_days',
    decisions: ['referred_gp', 'awaiting_results', 'cleared'],
    advice: {
      why: 'Pain or swelling in other joints as well as your heel needs to be checked by a doctor before you carry on with exercise.',
      toDo: [
        'See your doctor (GP) within the next few days, as we agreed.',
        'Note which joints are swollen or stiff, and how long the stiffness lasts in the morning, to show your doctor.',
      ],
      notToDo: [noRunning, noHomeExercises],
      offloading: ['Rest the sore joints and keep walking to what you need for daily life.'],
      emergency: ['A joint becomes hot, red and very swollen, or you feel hot and unwell.'],
    },
    sources: ['clinical-md', 'nice-ng100', 'nice-ng65', 'jospt-heel-2023'],
  },
  other: {
    label: 'Other',
    urgency: 'within_days',
    decisions: [
      'referred_same_day',
      'referred_gp',
      'referred_imaging',
      'awaiting_results',
      'cleared',
    ],
    advice: {
      why: 'Something we found needs to be checked by a doctor before you carry on with exercise.',
      toDo: ['Go to the appointment we arranged for you.', keepWalkingShort],
      notToDo: [noRunning, noHomeExercises],
      offloading: ['Put a soft cushioned insole or heel pad in your shoes.'],
      emergency: ['Your pain or swelling gets much worse quickly, or you feel hot and unwell.'],
    },
    sources: ['clinical-md', 'finucane-2020'],
  },
} as const satisfies Record<string, RedFlagTypeInfo>;

export type RedFlagType = keyof typeof redFlagTypeInfo;
export const redFlagTypeKeys = Object.keys(redFlagTypeInfo) as [RedFlagType, ...RedFlagType[]];

/** Clinician-facing names by type (the red-flag screen, plan editor, clinician summary). */
export const redFlagLabels = Object.fromEntries(
  redFlagTypeKeys.map((key) => [key, redFlagTypeInfo[key].label]),
) as { readonly [K in RedFlagType]: (typeof redFlagTypeInfo)[K]['label'] };

export function urgencyOf(type: RedFlagType): Urgency {
  return redFlagTypeInfo[type].urgency;
}

export function decisionAllowed(type: RedFlagType, decision: RedFlagDecision): boolean {
  const offered: readonly RedFlagDecision[] = redFlagTypeInfo[type].decisions;
  return offered.includes(decision);
}

/**
 * Built-in assessments whose positive result raises a plan red flag at a visit:
 * built-in item key → finding field key → flag type. A positive finding on any other field
 * marked "positive is a red flag" raises an "Other" flag naming the finding.
 */
export const findingRedFlags: Readonly<Record<string, Readonly<Record<string, RedFlagType>>>> = {
  'assessment.red-flag-screen': {
    nightPain: 'night_pain',
    worseWithEveryRun: 'suspected_stress_fracture',
    notImprovingWithRest: 'pain_not_improving_with_rest',
    swellingRednessWarmth: 'swelling_redness_warmth',
    numbnessTingling: 'numbness_tingling',
    otherJointsInflamed: 'other_joints_inflamed',
    suddenPopWeakPushOff: 'suspected_tendon_rupture',
    feverUnwell: 'fever_unwell',
  },
  'assessment.calcaneal-squeeze-test': {
    calcanealSqueeze: 'suspected_stress_fracture',
    hopProvokes: 'suspected_stress_fracture',
  },
  'assessment.thompson-test': {
    thompson: 'suspected_tendon_rupture',
    palpableGap: 'suspected_tendon_rupture',
    matles: 'suspected_tendon_rupture',
  },
  'assessment.palpation-map': {
    calcanealWalls: 'suspected_stress_fracture',
    tarsalTunnelTinel: 'numbness_tingling',
  },
};

/** The flag a positive finding raises: by the built-in item when known, else by field key. */
export function redFlagForFinding(builtInKey: string | null, fieldKey: string): RedFlagType | null {
  if (builtInKey !== null) {
    const byItem = findingRedFlags[builtInKey]?.[fieldKey];
    if (byItem) return byItem;
  }
  for (const fields of Object.values(findingRedFlags)) {
    const type = fields[fieldKey];
    if (type) return type;
  }
  return null;
}

/** The clinical sources behind the urgencies, decisions and advice above. */
export const redFlagSources = {
  'clinical-md':
    'Physioplan CLINICAL.md: red flags for heel pain after running (stress fracture signs, pain not easing with rest, swelling/redness/warmth, numbness or tingling, other joints inflamed, positive Thompson test)',
  'seed-calcaneus':
    'HelloPhysio, "Calcaneus pain after running" (seed article): stress fractures need prompt medical attention; X-ray or MRI to confirm; swelling, redness or warmth as warning signs',
  'warden-2014':
    'Warden SJ, Davis IS, Fredericson M. Management and prevention of bone stress injuries in long-distance runners. J Orthop Sports Phys Ther 2014;44(10):749–765',
  'jospt-heel-2014':
    'Martin RL et al. Heel pain—plantar fasciitis: revision 2014. Clinical practice guidelines. J Orthop Sports Phys Ther 2014;44(11):A1–A33',
  'jospt-heel-2023':
    'Koc TA Jr et al. Heel pain—plantar fasciitis: revision 2023. Clinical practice guidelines. J Orthop Sports Phys Ther 2023;53(12):CPG1–CPG39 (differential diagnosis: stress fracture, nerve entrapment, systemic inflammatory disease)',
  'thompson-1962':
    'Thompson TC, Doherty JH. Spontaneous rupture of tendon of Achilles: a new clinical diagnostic test. J Trauma 1962;2:126–129',
  'nice-cks-achilles':
    'NICE Clinical Knowledge Summaries: Achilles tendinopathy (suspected rupture: same-day referral)',
  'boast-achilles':
    'British Orthopaedic Association, BOAST: The management of acute Achilles tendon rupture',
  'nice-cks-septic-arthritis':
    'NICE Clinical Knowledge Summaries: Septic arthritis (a hot, swollen joint or fever: same-day assessment)',
  'nice-ng100':
    'NICE guideline NG100: Rheumatoid arthritis in adults (refer suspected persistent synovitis urgently)',
  'nice-ng65': 'NICE guideline NG65: Spondyloarthritis in over 16s: diagnosis and management',
  'finucane-2020':
    'Finucane LM et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350–372 (night pain, systemic signs, progressive neurological deficit)',
} as const;
export type RedFlagSource = keyof typeof redFlagSources;
