package org.storecrm.services.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.RegionType;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.services.RequestKind;
import org.storecrm.services.RequestPriority;
import org.storecrm.services.RequestProgress;
import org.storecrm.services.RequestStatus;
import org.storecrm.services.ServiceRequestView;

/**
 * A request's steps as the entity takes them (dispatch, the technician's progress, the client's
 * feedback), with the rules that refuse a step the request's state does not allow.
 */
class ServiceRequestStepsTest {
  private static final Instant DEADLINE = Instant.parse("2026-12-02T04:00:00Z");
  private static final Instant REGISTERED = DEADLINE.minus(Duration.ofHours(2));
  private static final Instant DISPATCHED = REGISTERED.plus(Duration.ofMinutes(10));
  private static final Instant ARRIVED = DISPATCHED.plus(Duration.ofMinutes(40));
  private static final Instant FINISHED = ARRIVED.plus(Duration.ofMinutes(50));
  private static final long TECH = 31;

  private static ServiceRequest registered() {
    ServiceRequest request =
        new ServiceRequest(
            1,
            7L,
            null,
            "SN1",
            RequestKind.ON_SITE,
            RegionType.CITY,
            "no picture",
            null,
            REGISTERED,
            "consultant",
            DEADLINE,
            RequestPriority.STANDARD);
    ServiceRequestTest.identify(request, 1L);
    return request;
  }

  private static ServiceRequest dispatched() {
    ServiceRequest request = registered();
    request.dispatchTo(TECH, "Wang Tech", DISPATCHED, "manager");
    return request;
  }

  private static ServiceRequest onSite() {
    ServiceRequest request = dispatched();
    request.recordProgress(step(RequestStatus.ON_SITE, " cable loose ", null, null), ARRIVED);
    return request;
  }

  private static ServiceRequest done() {
    ServiceRequest request = onSite();
    request.recordProgress(step(RequestStatus.DONE, null, "cable x1", "{}"), FINISHED);
    return request;
  }

  private static RequestProgress step(
      RequestStatus status, String notes, String parts, String signature) {
    return new RequestProgress(status, notes, parts, signature);
  }

  private static ServiceRequestView view(ServiceRequest request) {
    return request.toView("x", true, FINISHED, Duration.ofMinutes(30), BigDecimal.TEN);
  }

  private static void refused(
      Runnable step, RuleViolationException.Kind kind, String key, String field) {
    assertThatThrownBy(step::run)
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void aRegisteredRequestIsDispatchedToTheTechnician() {
    ServiceRequestView view = view(dispatched());
    assertThat(view.status()).isEqualTo(RequestStatus.DISPATCHED);
    assertThat(view.technicianId()).isEqualTo(TECH);
    assertThat(view.technicianName()).isEqualTo("Wang Tech");
    assertThat(view.dispatchedAt()).isEqualTo(DISPATCHED);
  }

  @Test
  void aDispatchedRequestMayGoToAnotherTechnician() {
    ServiceRequest request = dispatched();
    request.checkDispatchable();
    request.dispatchTo(32, "Li Tech", ARRIVED, "manager");
    assertThat(view(request).technicianId()).isEqualTo(32L);
    assertThat(view(request).dispatchedAt()).isEqualTo(ARRIVED);
  }

  @Test
  void aRequestOnSiteOrDoneIsNotDispatchedAgainAndKeepsItsTechnician() {
    for (ServiceRequest request : new ServiceRequest[] {onSite(), done()}) {
      RequestStatus before = view(request).status();
      refused(
          request::checkDispatchable,
          RuleViolationException.Kind.CONFLICT,
          "error.request.notDispatchable",
          "status");
      refused(
          () -> request.dispatchTo(32, "Li Tech", FINISHED, "manager"),
          RuleViolationException.Kind.CONFLICT,
          "error.request.notDispatchable",
          "status");
      assertThat(view(request).status()).isEqualTo(before);
      assertThat(view(request).technicianId()).isEqualTo(TECH);
    }
  }

  @Test
  void onlyTheTechnicianTheRequestIsDispatchedToMovesItOn() {
    dispatched().checkDispatchedTo(TECH);
    refused(
        () -> dispatched().checkDispatchedTo(32L),
        RuleViolationException.Kind.REFUSED,
        "error.request.notYours",
        "technicianId");
    refused(
        () -> dispatched().checkDispatchedTo(null),
        RuleViolationException.Kind.REFUSED,
        "error.request.notYours",
        "technicianId");
    refused(
        () -> registered().checkDispatchedTo(null),
        RuleViolationException.Kind.REFUSED,
        "error.request.notYours",
        "technicianId");
  }

  @Test
  void theFirstStepIsTheArrivalAndItsNotesAreTrimmed() {
    ServiceRequestView view = view(onSite());
    assertThat(view.status()).isEqualTo(RequestStatus.ON_SITE);
    assertThat(view.onSiteAt()).isEqualTo(ARRIVED);
    assertThat(view.notes()).isEqualTo("cable loose");
    assertThat(view.doneAt()).isNull();
  }

  @Test
  void anotherStepOnSiteKeepsTheArrivalAndReplacesOnlyWhatItGives() {
    ServiceRequest request = onSite();
    request.recordProgress(step(RequestStatus.ON_SITE, null, "fan", null), FINISHED);
    ServiceRequestView view = view(request);
    assertThat(view.onSiteAt()).as("the first arrival").isEqualTo(ARRIVED);
    assertThat(view.notes()).as("not given: kept").isEqualTo("cable loose");
    assertThat(view.parts()).isEqualTo("fan");
    request.recordProgress(step(RequestStatus.ON_SITE, "  ", null, null), FINISHED);
    assertThat(view(request).notes()).as("blank: cleared").isNull();
    assertThat(view(request).parts()).isEqualTo("fan");
  }

  @Test
  void doneClosesTheRequestAndPutsItLastInTheQueue() {
    ServiceRequest request = done();
    ServiceRequestView view = view(request);
    assertThat(view.status()).isEqualTo(RequestStatus.DONE);
    assertThat(view.doneAt()).isEqualTo(FINISHED);
    assertThat(view.parts()).isEqualTo("cable x1");
    assertThat(view.signed()).isTrue();
    assertThat(request.queueRank()).isEqualTo(ServiceRequest.CLOSED_RANK);
  }

  @Test
  void aJobDoneStraightFromDispatchArrivedWhenItWasDone() {
    ServiceRequest request = dispatched();
    request.recordProgress(step(RequestStatus.DONE, null, null, null), FINISHED);
    ServiceRequestView view = view(request);
    assertThat(view.status()).isEqualTo(RequestStatus.DONE);
    assertThat(view.onSiteAt()).isEqualTo(FINISHED);
    assertThat(view.doneAt()).isEqualTo(FINISHED);
  }

  @Test
  void aStepFromARegisteredOrDoneRequestOrBackwardsIsRefusedAndChangesNothing() {
    ServiceRequest registered = registered();
    assertThatThrownBy(
            () -> registered.recordProgress(step(RequestStatus.ON_SITE, "x", null, null), ARRIVED))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RuleViolationException.Kind.CONFLICT);
              assertThat(e.messageKey()).isEqualTo("error.request.badStep");
              assertThat(e.field()).isEqualTo("status");
            })
        .hasMessage("A REGISTERED request cannot move to ON_SITE");
    assertThat(view(registered).onSiteAt()).isNull();
    assertThat(view(registered).notes()).isNull();

    ServiceRequest done = done();
    refused(
        () -> done.recordProgress(step(RequestStatus.DONE, "again", null, null), FINISHED),
        RuleViolationException.Kind.CONFLICT,
        "error.request.badStep",
        "status");
    assertThat(view(done).notes()).isEqualTo("cable loose");

    for (RequestStatus back :
        new RequestStatus[] {RequestStatus.REGISTERED, RequestStatus.DISPATCHED}) {
      ServiceRequest onSite = onSite();
      refused(
          () -> onSite.recordProgress(step(back, null, null, null), FINISHED),
          RuleViolationException.Kind.CONFLICT,
          "error.request.badStep",
          "status");
      assertThat(view(onSite).status()).isEqualTo(RequestStatus.ON_SITE);
    }
  }

  @Test
  void feedbackIsRecordedOnceForADoneJob() {
    ServiceRequest request = done();
    request.checkFeedbackOpen();
    request.recordFeedback(2, FINISHED.plusSeconds(60), 77L);
    assertThat(view(request).feedbackScore()).isEqualTo(2);
    assertThat(view(request).recoveryTaskId()).isEqualTo(77L);
    refused(
        request::checkFeedbackOpen,
        RuleViolationException.Kind.CONFLICT,
        "error.request.feedbackGiven",
        "score");
    refused(
        () -> request.recordFeedback(5, FINISHED.plusSeconds(120), null),
        RuleViolationException.Kind.CONFLICT,
        "error.request.feedbackGiven",
        "score");
    assertThat(view(request).feedbackScore()).isEqualTo(2);
    assertThat(view(request).recoveryTaskId()).isEqualTo(77L);
  }

  @Test
  void aJobNotDoneTakesNoFeedback() {
    for (ServiceRequest request : new ServiceRequest[] {registered(), dispatched(), onSite()}) {
      refused(
          () -> request.recordFeedback(5, FINISHED, null),
          RuleViolationException.Kind.CONFLICT,
          "error.request.notDone",
          "score");
      assertThat(view(request).feedbackScore()).isNull();
    }
  }
}
