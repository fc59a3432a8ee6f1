-- PostgreSQL only: the name search reads its page (customer and name key, in name order) and its
-- count from the name parts alone. With both columns in the index they come from the index
-- (an index-only scan), instead of one table page per matching part: at a million customers a
-- frequent surname such as 王 matches thousands of parts spread over as many pages.
DROP INDEX cus_name_part_ix;
CREATE INDEX cus_name_part_ix ON cus_name_part (store_id, part varchar_pattern_ops)
  INCLUDE (customer_id, name_key);
