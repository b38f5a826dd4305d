// The four broad areas of need in the SEND Code of Practice (paragraph 6.28), with the signs a
// parent might notice in each, written in our own words from the parents' guide.

export const AREAS_OF_NEED = [
  "communication_interaction",
  "cognition_learning",
  "semh",
  "sensory_physical",
] as const;

export type AreaOfNeed = (typeof AREAS_OF_NEED)[number];

export type Sign = { code: string; label: string };

export type AreaInfo = {
  area: AreaOfNeed;
  label: string;
  shortLabel: string;
  summary: string;
  signs: readonly Sign[];
  /** Law catalogue ids this description rests on. */
  rules: readonly string[];
};

/** Plain-English descriptions of the four areas, in the order the Code of Practice gives them. */
export const AREA_INFO: Record<AreaOfNeed, AreaInfo> = {
  communication_interaction: {
    area: "communication_interaction",
    label: "Communication and interaction",
    shortLabel: "Communication",
    summary:
      "Finding it hard to understand what others say, to say what they mean, or to get on with other children and adults.",
    signs: [
      { code: "ci_explaining_needs", label: "Finds it hard to tell people what they need" },
      { code: "ci_understanding_language", label: "Finds it hard to understand what others say" },
      { code: "ci_eye_contact", label: "Little eye contact, or social contact that seems unusual" },
      { code: "ci_complex_instructions", label: "Struggles to follow instructions with several steps" },
      { code: "ci_conversation", label: "Finds it hard to follow or join a conversation" },
      { code: "ci_routines", label: "Relies heavily on routines" },
      { code: "ci_change_distress", label: "Gets upset when things around them change" },
      { code: "ci_friendships", label: "Finds it hard to make or keep friends" },
    ],
    rules: ["R-DEF-AREAS"],
  },
  cognition_learning: {
    area: "cognition_learning",
    label: "Cognition and learning",
    shortLabel: "Learning",
    summary:
      "Learning more slowly than other children of the same age, or finding particular things hard, such as reading, spelling or numbers.",
    signs: [
      { code: "cl_slow_progress", label: "Making slower progress than children of the same age" },
      { code: "cl_retaining", label: "Forgets new things soon after learning them" },
      { code: "cl_sequencing", label: "Finds it hard to put things in order or follow steps" },
      { code: "cl_avoids_reading_writing", label: "Avoids reading or writing" },
      { code: "cl_reading_spelling", label: "Finds reading, phonics or spelling hard" },
      { code: "cl_number", label: "Finds numbers and maths ideas hard" },
      { code: "cl_processing", label: "Needs more time than others to take things in" },
      { code: "cl_organisation", label: "Finds it hard to organise themselves or their work" },
    ],
    rules: ["R-DEF-AREAS"],
  },
  semh: {
    area: "semh",
    label: "Social, emotional and mental health",
    shortLabel: "Wellbeing",
    summary:
      "Feelings or behaviour that make school hard, such as worry, low mood, trouble paying attention or becoming overwhelmed.",
    signs: [
      { code: "semh_anxiety", label: "Very worried about school or learning" },
      { code: "semh_meltdowns", label: "Meltdowns, shutdowns or deep distress" },
      { code: "semh_attention", label: "Finds it hard to keep their attention on something" },
      { code: "semh_volatile", label: "Moods that change quickly or strongly" },
      { code: "semh_avoidance", label: "Avoids or refuses school or tasks" },
      { code: "semh_withdrawn", label: "Withdrawn, or keeps away from other children" },
      { code: "semh_behaviour", label: "Behaviour that seems to show a need is not being met" },
    ],
    rules: ["R-DEF-AREAS"],
  },
  sensory_physical: {
    area: "sensory_physical",
    label: "Sensory and/or physical needs",
    shortLabel: "Sensory and physical",
    summary:
      "Needs linked to hearing, sight, the senses, movement, coordination or a medical condition that affect learning.",
    signs: [
      { code: "sp_sensitivity", label: "Bothered by noise, light or touch" },
      { code: "sp_sitting_still", label: "Finds it hard to sit still because of sensory needs" },
      { code: "sp_handwriting", label: "Finds handwriting or other fine motor tasks hard" },
      { code: "sp_coordination", label: "Clumsy, or finds running, catching or balance hard" },
      { code: "sp_fatigue_pain", label: "Tiredness or pain gets in the way of learning" },
      { code: "sp_hearing_vision", label: "Difficulty with hearing or eyesight" },
      { code: "sp_mobility", label: "Difficulty moving around or getting about the school" },
    ],
    rules: ["R-DEF-AREAS"],
  },
};

/** How much a need affects the child day to day, as the parent sees it. */
export const IMPACT_LEVELS = ["a_little", "quite_a_lot", "a_great_deal"] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

export const IMPACT_LABELS: Record<ImpactLevel, string> = {
  a_little: "A little",
  quite_a_lot: "Quite a lot",
  a_great_deal: "A great deal",
};

/** Finds the label for a sign code, e.g. findSign("cl_number")?.label === "Finds numbers and maths ideas hard". */
export function findSign(code: string): (Sign & { area: AreaOfNeed }) | undefined {
  for (const info of Object.values(AREA_INFO)) {
    const sign = info.signs.find((s) => s.code === code);
    if (sign) return { ...sign, area: info.area };
  }
  return undefined;
}
