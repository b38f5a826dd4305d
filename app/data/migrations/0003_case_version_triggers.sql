-- Every change to a case's records raises cases.version by one, so a view computed from the
-- whole case (the dashboard's health check, the audit) can be reused until the case changes.
CREATE OR REPLACE FUNCTION clearpath_next_case_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER cases_next_version BEFORE UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION clearpath_next_case_version();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION clearpath_touch_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A delete cascading from the case or a parent record runs inside a referential-integrity
  -- trigger (depth 2 here); the parent's own change has already counted.
  IF pg_trigger_depth() > 1 THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    UPDATE cases SET updated_at = now() WHERE id = OLD.case_id;
  ELSE
    UPDATE cases SET updated_at = now() WHERE id = NEW.case_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER case_contacts_touch_case AFTER INSERT OR UPDATE OR DELETE ON case_contacts FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER needs_touch_case AFTER INSERT OR UPDATE OR DELETE ON needs FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER diagnoses_touch_case AFTER INSERT OR UPDATE OR DELETE ON diagnoses FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER cycles_touch_case AFTER INSERT OR UPDATE OR DELETE ON cycles FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER targets_touch_case AFTER INSERT OR UPDATE OR DELETE ON targets FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER provisions_touch_case AFTER INSERT OR UPDATE OR DELETE ON provisions FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER delivery_sessions_touch_case AFTER INSERT OR UPDATE OR DELETE ON delivery_sessions FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER reviews_touch_case AFTER INSERT OR UPDATE OR DELETE ON reviews FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER measurements_touch_case AFTER INSERT OR UPDATE OR DELETE ON measurements FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER diary_entries_touch_case AFTER INSERT OR UPDATE OR DELETE ON diary_entries FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
--> statement-breakpoint
CREATE TRIGGER adjustments_touch_case AFTER INSERT OR UPDATE OR DELETE ON adjustments FOR EACH ROW EXECUTE FUNCTION clearpath_touch_case();
