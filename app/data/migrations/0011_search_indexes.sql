CREATE INDEX "adjustments_search_idx" ON "adjustments" USING gin ("search");--> statement-breakpoint
CREATE INDEX "correspondence_search_idx" ON "correspondence" USING gin ("search");--> statement-breakpoint
CREATE INDEX "cycles_search_idx" ON "cycles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "delivery_sessions_search_idx" ON "delivery_sessions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "diagnoses_search_idx" ON "diagnoses" USING gin ("search");--> statement-breakpoint
CREATE INDEX "diary_entries_search_idx" ON "diary_entries" USING gin ("search");--> statement-breakpoint
CREATE INDEX "measurements_search_idx" ON "measurements" USING gin ("search");--> statement-breakpoint
CREATE INDEX "meeting_actions_search_idx" ON "meeting_actions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "meetings_search_idx" ON "meetings" USING gin ("search");--> statement-breakpoint
CREATE INDEX "needs_search_idx" ON "needs" USING gin ("search");--> statement-breakpoint
CREATE INDEX "professionals_search_idx" ON "professionals" USING gin ("search");--> statement-breakpoint
CREATE INDEX "provisions_search_idx" ON "provisions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "recommendations_search_idx" ON "recommendations" USING gin ("search");--> statement-breakpoint
CREATE INDEX "referrals_search_idx" ON "referrals" USING gin ("search");--> statement-breakpoint
CREATE INDEX "reports_search_idx" ON "reports" USING gin ("search");--> statement-breakpoint
CREATE INDEX "reviews_search_idx" ON "reviews" USING gin ("search");--> statement-breakpoint
CREATE INDEX "statutory_events_search_idx" ON "statutory_events" USING gin ("search");--> statement-breakpoint
CREATE INDEX "targets_search_idx" ON "targets" USING gin ("search");