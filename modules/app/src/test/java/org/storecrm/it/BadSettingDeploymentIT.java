package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a bad setting stops the deployment with a clear message at start-up, not on the first
 * page that uses it. An instance is started with a cadence of 0 days overriding the settings file
 * (a system property outranks it), on a database of its own (a fresh H2 file, so the run's server
 * and its database are untouched); its deployment must fail, and its log must name the key, the
 * value and the rule.
 */
class BadSettingDeploymentIT {

  @Test
  void aCadenceOfZeroDaysStopsTheDeploymentNamingTheSetting() throws Exception {
    File database =
        new File(
            System.getProperty("storecrm.it.work", "target/it"),
            "bad-setting-" + Long.toString(System.currentTimeMillis(), 36));
    String log =
        RunningStoreCrm.Server.failedDeployment(
            "storecrm-bad-setting",
            "jdbc:h2:file:" + database.getAbsolutePath() + "/storecrm",
            "storecrm",
            "storecrm",
            List.of("storecrm.followup.cadence-days.H=0"));
    assertThat(log)
        .contains("InvalidSettingException")
        .contains(
            "Invalid setting storecrm.followup.cadence-days.H=0:"
                + " a follow-up cadence is a day or more");
  }
}
