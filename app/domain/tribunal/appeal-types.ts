// What an appeal is about, and what the tribunal can order: the code lists and their words live in
// app/domain/codes/tribunal.ts (decision 024); the tribunal's rules import them from here too.
export { APPEAL_TYPES, ORDER_KINDS, type AppealType, type OrderKind } from "../codes/tribunal";
