package org.storecrm.customers.internal.followups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.customers.Holiday;

/** A row of the holiday table: a holiday's date in one year. */
@Entity
@Table(name = "cus_holiday")
public class HolidayRecord {
  @Id
  @SequenceGenerator(
      name = "cus_holiday_seq",
      sequenceName = "cus_holiday_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_holiday_seq")
  private Long id;

  @Column(name = "name_key", nullable = false, length = 20)
  private String nameKey;

  @Column(name = "holiday_date", nullable = false)
  private LocalDate holidayDate;

  /** The date's year, kept for the unique (holiday, year) key. */
  @Column(name = "holiday_year", nullable = false)
  private int holidayYear;

  @Version private long version;

  protected HolidayRecord() {}

  HolidayRecord(String nameKey, LocalDate date) {
    describe(nameKey, date);
  }

  /** The holiday's name (its message key) and date, as added or as corrected. */
  final void describe(String nameKey, LocalDate date) {
    this.nameKey = nameKey;
    this.holidayDate = date;
    this.holidayYear = date.getYear();
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("nameKey", nameKey);
    state.put("date", holidayDate);
    return state;
  }

  Holiday view() {
    return new Holiday(id, nameKey, holidayDate, version);
  }

  LocalDate holidayDate() {
    return holidayDate;
  }

  int holidayYear() {
    return holidayYear;
  }

  Long id() {
    return id;
  }

  String nameKey() {
    return nameKey;
  }

  long version() {
    return version;
  }
}
