package org.storecrm.bundles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.Category;

/** How checklist entries make room for one arriving at a taken position. */
class ChecklistEntryRecordTest {
  private static List<ChecklistEntryRecord> at(int... positions) {
    return java.util.Arrays.stream(positions)
        .mapToObj(p -> new ChecklistEntryRecord(Category.PHONE, p))
        .toList();
  }

  private static List<Integer> positions(List<ChecklistEntryRecord> entries) {
    return entries.stream().map(ChecklistEntryRecord::position).toList();
  }

  @Test
  void theEntriesFromTheTakenPositionMoveOneDown() {
    List<ChecklistEntryRecord> entries = at(1, 2, 3);
    ChecklistEntryRecord.makeRoom(entries, 2, null);
    assertThat(positions(entries)).containsExactly(1, 3, 4);
  }

  @Test
  void aGapFurtherDownIsKept() {
    List<ChecklistEntryRecord> entries = at(1, 2, 5);
    ChecklistEntryRecord.makeRoom(entries, 2, null);
    assertThat(positions(entries)).containsExactly(1, 3, 5);
  }

  @Test
  void aFreePositionMovesNobody() {
    List<ChecklistEntryRecord> entries = at(1, 3);
    ChecklistEntryRecord.makeRoom(entries, 2, null);
    assertThat(positions(entries)).containsExactly(1, 3);
    ChecklistEntryRecord.makeRoom(entries, 4, null);
    assertThat(positions(entries)).containsExactly(1, 3);
  }

  @Test
  void theArrivingEntryStaysWhereItIsUntilItMoves() {
    List<ChecklistEntryRecord> entries = at(1, 2, 3);
    ChecklistEntryRecord arriving = entries.get(2);
    ChecklistEntryRecord.makeRoom(entries, 1, arriving);
    arriving.moveTo(1);
    assertThat(positions(entries)).containsExactly(2, 3, 1);
  }
}
