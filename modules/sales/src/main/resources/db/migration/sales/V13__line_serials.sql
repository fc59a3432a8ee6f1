-- The devices an order line names: the serial of a device sold, or the devices a service plan's
-- line covers (up to 20 for a business plan), separated by ';' (which a serial never holds). They
-- are read with the line and never searched here: the services module keeps each covered serial
-- in its own indexed row.
ALTER TABLE sal_order_line ADD COLUMN serials VARCHAR(840);
