-- The chain-wide aging by store, as the report runs it (pgbench: raw database limit).
SELECT i.store_id,
       SUM(CASE WHEN i.due_on >= current_date THEN i.open_amount ELSE 0 END),
       SUM(CASE WHEN i.due_on < current_date AND i.due_on >= current_date - 30 THEN i.open_amount ELSE 0 END),
       SUM(CASE WHEN i.due_on < current_date - 30 AND i.due_on >= current_date - 60 THEN i.open_amount ELSE 0 END),
       SUM(CASE WHEN i.due_on < current_date - 60 AND i.due_on >= current_date - 90 THEN i.open_amount ELSE 0 END),
       SUM(CASE WHEN i.due_on < current_date - 90 THEN i.open_amount ELSE 0 END)
  FROM acc_invoice i JOIN acc_account a ON a.id = i.account_id
 WHERE i.status = 'OPEN'
 GROUP BY i.store_id;
