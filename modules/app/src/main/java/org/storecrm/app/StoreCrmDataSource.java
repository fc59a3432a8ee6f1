package org.storecrm.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import org.storecrm.platform.StoreCrmDatabase;

/**
 * The one database, from MicroProfile Config (environment variables STORECRM_DB_URL,
 * STORECRM_DB_USER, STORECRM_DB_PASSWORD, …), so the same WAR serves every environment. Defaults
 * are in config/microprofile-config.properties.
 */
@DataSourceDefinition(
    name = StoreCrmDatabase.DATASOURCE,
    className = "org.storecrm.app.UrlRoutedDataSource",
    url = "${MPCONFIG=storecrm.db.url}",
    user = "${MPCONFIG=storecrm.db.user}",
    password = "${MPCONFIG=storecrm.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=10000"
    })
@Singleton
public class StoreCrmDataSource {}
