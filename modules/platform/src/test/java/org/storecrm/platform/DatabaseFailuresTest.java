package org.storecrm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {
  private static EJBException sql(String state) {
    return new EJBException(new PersistenceException(new SQLException("failed", state)));
  }

  @Test
  void aDuplicateKeyAStaleRowADeadlockOrASerializationFailureIsALostRace() {
    assertThat(DatabaseFailures.lostToAConcurrentRun(sql("23505"))).isTrue();
    assertThat(
            DatabaseFailures.lostToAConcurrentRun(new EJBException(new OptimisticLockException())))
        .isTrue();
    assertThat(DatabaseFailures.lostToAConcurrentRun(sql("40P01"))).isTrue();
    assertThat(DatabaseFailures.lostToAConcurrentRun(sql("40001"))).isTrue();
    assertThat(DatabaseFailures.lostToAConcurrentRun(sql("08006"))).as("connection lost").isFalse();
    assertThat(DatabaseFailures.lostToAConcurrentRun(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void aUniqueViolationAndAStaleUpdateAreToldApart() {
    assertThat(DatabaseFailures.isUniqueViolation(sql("23505"))).isTrue();
    assertThat(DatabaseFailures.isUniqueViolation(sql("40001"))).isFalse();
    assertThat(DatabaseFailures.isStaleUpdate(new EJBException(new OptimisticLockException())))
        .isTrue();
    assertThat(DatabaseFailures.isStaleUpdate(sql("23505"))).isFalse();
  }

  @Test
  void aLostRaceIsRepeatedUpToTheAttemptsAndOtherFailuresAreNot() {
    AtomicInteger runs = new AtomicInteger();
    String result =
        DatabaseFailures.repeatingLostRaces(
            "test sweep",
            3,
            () -> {
              if (runs.incrementAndGet() < 3) {
                throw sql("23505");
              }
              return "done";
            });
    assertThat(result).isEqualTo("done");
    assertThat(runs).hasValue(3);

    runs.set(0);
    assertThatThrownBy(
            () ->
                DatabaseFailures.repeatingLostRaces(
                    "test sweep",
                    2,
                    () -> {
                      runs.incrementAndGet();
                      throw sql("40P01");
                    }))
        .isInstanceOf(EJBException.class);
    assertThat(runs).as("two attempts in all").hasValue(2);

    runs.set(0);
    assertThatThrownBy(
            () ->
                DatabaseFailures.repeatingLostRaces(
                    "test sweep",
                    5,
                    () -> {
                      runs.incrementAndGet();
                      throw sql("08006");
                    }))
        .isInstanceOf(EJBException.class);
    assertThat(runs).as("not a lost race: not repeated").hasValue(1);
  }
}
