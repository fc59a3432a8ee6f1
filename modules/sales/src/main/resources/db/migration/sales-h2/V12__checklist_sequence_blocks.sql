-- A sale records one checklist row per suggestion (about ten), so a block of 50 ids lasted five
-- sales: under load every fifth checkout fetched the next block while the others queued on
-- EclipseLink's sequence lock. Blocks of 500 now (the entity's allocationSize). EclipseLink takes a
-- value as the top of its block, so the next value must be 500 above the last one handed out. H2
-- keeps the next value it computed with the old increment (BASE_VALUE: the last value + 50, or the
-- start value 50 when none was handed out), so the restart is 450 above it.
ALTER SEQUENCE sal_checklist_seq INCREMENT BY 500 RESTART WITH (
  SELECT BASE_VALUE + 450 FROM INFORMATION_SCHEMA.SEQUENCES
   WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA AND SEQUENCE_NAME = 'SAL_CHECKLIST_SEQ');
