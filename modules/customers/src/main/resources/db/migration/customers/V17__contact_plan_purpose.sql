-- A contact planned for any customer says why (ContactPlanPurpose); a contact's next step leaves it
-- empty and says it in words.
ALTER TABLE cus_follow_up ADD COLUMN purpose VARCHAR(30);
