// The one place where Clearpath decides how dates, times, rates, plurals and names are written
// for people (decision 023). Pages, letters, PDFs, CSV files and findings all import it from
// here; lint refuses date formatters anywhere else.

export * from "./dates";
export * from "./numbers";
export * from "./names";
