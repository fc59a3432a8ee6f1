-- The customer's preferred language (receipts and messages to them): zh_CN unless they asked for en.
ALTER TABLE cus_customer ADD COLUMN language VARCHAR(10) DEFAULT 'zh_CN' NOT NULL;
