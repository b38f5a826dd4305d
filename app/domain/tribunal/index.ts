// The tribunal (issue 23): its way of counting time, the council's dates after an order or a
// conceded appeal, the family's dates to challenge a decision, and the bundle's page budget and
// checks on expert evidence.
export * from "./appeal-types";
export * from "./tribunal-rules";
export * from "./tribunal-time";
export * from "./order-deadlines";
export * from "./page-limits";
export * from "./page-budget";
