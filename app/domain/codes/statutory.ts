// Code list: the statutory process. Which move between phases of education a phase transfer is,
// with the words a person sees for each (docs/decisions/024-code-lists.md).

export const TRANSFERS = ["school", "post16", "post16_move"] as const;
export type Transfer = (typeof TRANSFERS)[number];

export const TRANSFER_LABELS: Record<Transfer, string> = {
  school: "To a new school (for example primary to secondary)",
  post16: "From secondary school to a post-16 place, such as a college",
  post16_move: "From one post-16 place to another",
};
