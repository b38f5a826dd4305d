// The tribunal (issue 23): its way of counting time, the council's dates after an order or a
// conceded appeal, and the family's dates to challenge a decision.
export * from "./appeal-types";
export * from "./tribunal-rules";
export * from "./tribunal-time";
export * from "./order-deadlines";
