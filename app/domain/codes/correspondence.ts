// Code list: the correspondence log. Which way a letter, email or call went and how it was sent,
// with every word a person sees for each (docs/decisions/024-code-lists.md).

export const DIRECTIONS = ["sent", "received"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_LABELS: Record<Direction, string> = {
  sent: "I sent it, or made the call",
  received: "I received it, or took the call",
};

export const CHANNELS = ["email", "letter", "phone", "meeting", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

/** The channel as a choice on a form and in the log. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  email: "Email",
  letter: "Letter",
  phone: "Phone call",
  meeting: "In person",
  other: "Other",
};

/** The channel at the start of a timeline title: "Conversation with the SENCO". */
export const CHANNEL_TIMELINE_NAMES: Record<Channel, string> = {
  email: "Email",
  letter: "Letter",
  phone: "Phone call",
  meeting: "Conversation",
  other: "Message",
};
