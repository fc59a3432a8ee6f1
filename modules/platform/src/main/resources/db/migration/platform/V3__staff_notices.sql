-- In-app notices for staff (StaffNotices): one row per recipient. The key makes a repeated post
-- (a sweep run twice) a no-op for that recipient.
CREATE SEQUENCE plt_notice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE plt_notice (
  id          BIGINT       NOT NULL PRIMARY KEY,
  user_id     BIGINT       NOT NULL REFERENCES plt_user (id),
  notice_key  VARCHAR(120) NOT NULL,
  bundle      VARCHAR(100) NOT NULL,
  message_key VARCHAR(100) NOT NULL,
  args        VARCHAR(2200),
  link        VARCHAR(200),
  posted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT plt_notice_user_key_uk UNIQUE (user_id, notice_key)
);
-- A user's notices newest first, and their unread count.
CREATE INDEX plt_notice_user_posted_ix ON plt_notice (user_id, posted_at);
CREATE INDEX plt_notice_user_unread_ix ON plt_notice (user_id, read_at);
