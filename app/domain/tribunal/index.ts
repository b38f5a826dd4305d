// The tribunal (issue 23): its way of counting time, the council's dates after an order or a
// conceded appeal, the family's dates to challenge a decision, the bundle's page budget and checks,
// and the bundle's page numbers.
export * from "./appeal-types";
export * from "./appeal-events";
export * from "./bundle-sections";
export * from "./tribunal-rules";
export * from "./tribunal-time";
export * from "./order-deadlines";
export * from "./page-limits";
export * from "./page-budget";
export * from "./paginate-bundle";
export * from "./bundle-view";
export * from "./working-document";
export * from "./witness-statement";
