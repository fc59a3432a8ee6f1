-- A sale records one checklist row per suggestion (about ten), so a block of 50 ids lasted five
-- sales: under load, every fifth checkout fetched the next block while the others queued on
-- EclipseLink's sequence lock. Blocks of 500 (the entity's allocationSize). The next value is the
-- current one plus 500, the top of a fresh block above every id already handed out.
ALTER SEQUENCE sal_checklist_seq INCREMENT BY 500;
