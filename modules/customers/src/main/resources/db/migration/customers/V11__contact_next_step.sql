-- The timeline records what was agreed to happen next with each contact.
ALTER TABLE cus_contact ADD COLUMN next_step VARCHAR(200);
