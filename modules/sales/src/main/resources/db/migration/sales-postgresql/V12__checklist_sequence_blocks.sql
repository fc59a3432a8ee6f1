-- A sale records one checklist row per suggestion (about ten), so a block of 50 ids lasted five
-- sales: under load every fifth checkout fetched the next block while the others queued on
-- EclipseLink's sequence lock. Blocks of 500 now (the entity's allocationSize). EclipseLink takes a
-- value as the top of its block, so the next value must be 500 above the last one handed out (500
-- when none was): the block below it is then fresh, and at least 500 passes EclipseLink's check.
ALTER SEQUENCE sal_checklist_seq INCREMENT BY 500;
SELECT setval('sal_checklist_seq', CASE WHEN is_called THEN last_value ELSE 0 END + 500, false)
  FROM sal_checklist_seq;
