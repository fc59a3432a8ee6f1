package org.storecrm.services.internal.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.NewSurvey;
import org.storecrm.customers.SurveyOccasion;
import org.storecrm.customers.SurveyView;
import org.storecrm.customers.Surveys;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.UserView;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.BusinessAccounts;
import org.storecrm.services.Coverage;
import org.storecrm.services.NewServiceRequest;
import org.storecrm.services.RequestDispatch;
import org.storecrm.services.RequestFeedback;
import org.storecrm.services.RequestPriority;
import org.storecrm.services.RequestProgress;
import org.storecrm.services.RequestStatus;
import org.storecrm.services.ServiceCoverage;
import org.storecrm.services.ServiceRequestFilter;
import org.storecrm.services.ServiceRequestView;
import org.storecrm.services.ServiceRequests;
import org.storecrm.services.SlaJobStatus;
import org.storecrm.services.SlaSweepReport;
import org.storecrm.services.TechnicianLoad;
import org.storecrm.services.internal.ServicesSettings;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class ServiceRequestService implements ServiceRequests {
  static final String RECORD_TYPE = "ServiceRequest";

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject ServicesSettings settings;
  @Inject CustomerDirectory customers;
  @Inject Surveys surveys;
  @Inject StaffDirectory staff;
  @Inject ServiceCoverage coverage;
  @Inject BusinessAccounts accounts;
  @EJB SlaSweepTimer slaTimer;

  @Override
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  public ServiceRequestView register(NewServiceRequest input) {
    if ((input.customerId() == null) == (input.accountId() == null)) {
      throw RuleViolationException.refused(
          "error.request.client", "customerId", "Name either a customer or a business account");
    }
    Instant now = clock.instant();
    Instant registeredAt = input.registeredAt() == null ? now : input.registeredAt();
    long storeId;
    RequestPriority priority;
    String clientName;
    if (input.customerId() != null) {
      CustomerCard card = customers.get(input.customerId()); // another store's: not found
      storeId = card.storeId();
      if (input.storeId() != null && input.storeId() != storeId) {
        throw new RecordNotFoundException("Store", input.storeId());
      }
      priority = RequestPriority.STANDARD;
      clientName = card.name();
    } else {
      BusinessAccounts.AccountRef account = account(input.accountId());
      storeId = account.storeId();
      priority = account.key() ? RequestPriority.KEY_ACCOUNT : RequestPriority.BUSINESS;
      clientName = account.name();
    }
    Instant deadline =
        slaDeadline()
            .deadline(registeredAt, input.agreedAt(), settings.slaAllowance(input.region()));
    ServiceRequest request =
        new ServiceRequest(
            storeId,
            input.customerId(),
            input.accountId(),
            input.deviceSerial(),
            input.kind(),
            input.region(),
            input.problem(),
            input.agreedAt(),
            registeredAt,
            user.username(),
            deadline,
            priority);
    Coverage covering = covering(request.deviceSerial(), now);
    request.coveredBy(covering == null ? null : covering.contractId());
    em.persist(request);
    em.flush();
    audit.created(record(request), request.creationAuditState());
    return view(request, clientName, true);
  }

  @Override
  public Page<ServiceRequestView> find(ServiceRequestFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    scope
        .limitedTo()
        .ifPresent(
            store -> {
              where.append(" and r.storeId = :store");
              params.put("store", store);
            });
    if (filter.status() == null) {
      where.append(" and r.queueRank < :closed");
      params.put("closed", ServiceRequest.CLOSED_RANK);
    } else {
      where.append(" and r.status = :status");
      params.put("status", filter.status());
    }
    if (filter.technicianId() != null) {
      where.append(" and r.technicianId = :technician");
      params.put("technician", filter.technicianId());
    }
    TypedQuery<ServiceRequest> select =
        em.createQuery(
            "select r from ServiceRequest r" + where + " order by r.queueRank, r.slaDeadline, r.id",
            ServiceRequest.class);
    params.forEach(select::setParameter);
    List<ServiceRequest> rows =
        select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    long total =
        CriteriaPages.total(
            page,
            rows.size(),
            () -> {
              TypedQuery<Long> count =
                  em.createQuery("select count(r) from ServiceRequest r" + where, Long.class);
              params.forEach(count::setParameter);
              return count.getSingleResult();
            });
    Map<Long, String> names = clientNames(rows);
    Instant now = clock.instant();
    Duration warn = settings.slaWarning();
    List<ServiceRequestView> views = new ArrayList<>();
    for (ServiceRequest row : rows) {
      views.add(
          row.toView(names.get(row.id()), false, now, warn, settings.uncoveredFee(row.kind())));
    }
    return new Page<>(views, total, page.page(), page.size());
  }

  @Override
  public ServiceRequestView get(long id) {
    ServiceRequest request = load(id);
    return view(request, clientNames(List.of(request)).get(request.id()), true);
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public ServiceRequestView dispatch(long id, RequestDispatch dispatch) {
    ServiceRequest request = load(id);
    request.checkDispatchable();
    UserView technician = staff.get(dispatch.technicianId()); // another store's: not found
    if (technician.role() != Role.SERVICE
        || !technician.active()
        || !Objects.equals(technician.storeId(), request.storeId())) {
      throw RuleViolationException.refused(
          "error.request.notTechnician",
          "technicianId",
          "Dispatch to an active technician of the request's store");
    }
    return change(
        request,
        r ->
            r.dispatchTo(technician.id(), technician.fullName(), clock.instant(), user.username()));
  }

  @Override
  @RolesAllowed(Roles.SERVICE)
  public ServiceRequestView progress(long id, RequestProgress progress) {
    ServiceRequest request = load(id);
    request.checkDispatchedTo(user.userId().orElse(null));
    Instant now = clock.instant();
    return change(request, r -> r.recordProgress(progress, now));
  }

  @Override
  @RolesAllowed({Roles.SERVICE, Roles.MANAGER, Roles.CONSULTANT, Roles.ADMIN})
  public ServiceRequestView feedback(long id, RequestFeedback feedback) {
    ServiceRequest request = load(id);
    if (user.hasRole(Role.SERVICE)) {
      request.checkDispatchedTo(user.userId().orElse(null));
    }
    request.checkFeedbackOpen();
    Instant now = clock.instant();
    Long recovery = null;
    if (request.customerId() != null) {
      SurveyView survey =
          request.technicianId() == null
              ? surveys.record(
                  request.customerId(),
                  new NewSurvey(feedback.score(), SurveyOccasion.SERVICE, feedback.comment(), now))
              // The service survey rates the technician who did the job (issue 15).
              : surveys.recordRated(
                  request.customerId(),
                  new NewSurvey(feedback.score(), SurveyOccasion.SERVICE, feedback.comment(), now),
                  request.technicianId());
      recovery = survey.recoveryTaskId();
    }
    Long recoveryTask = recovery;
    return change(request, r -> r.recordFeedback(feedback.score(), now, recoveryTask));
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public List<TechnicianLoad> technicians() {
    List<UserView> technicians =
        staff
            .find(
                new UserFilter(null, Role.SERVICE, scope.limitedTo().orElse(null), true),
                PageRequest.first(PageRequest.MAX_SIZE))
            .items();
    if (technicians.isEmpty()) {
      return List.of();
    }
    Map<Long, long[]> loads = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.technicianId, r.status, count(r) from ServiceRequest r"
                    + " where r.technicianId in :ids and r.queueRank < :closed"
                    + " group by r.technicianId, r.status",
                Object[].class)
            .setParameter("ids", technicians.stream().map(UserView::id).toList())
            .setParameter("closed", ServiceRequest.CLOSED_RANK)
            .getResultList()) {
      long[] load = loads.computeIfAbsent((Long) row[0], k -> new long[2]);
      load[row[1] == RequestStatus.ON_SITE ? 1 : 0] += ((Number) row[2]).longValue();
    }
    return technicians.stream()
        .map(
            t -> {
              long[] load = loads.getOrDefault(t.id(), new long[2]);
              return new TechnicianLoad(t.id(), t.fullName(), load[0], load[1]);
            })
        .sorted(Comparator.comparingLong(TechnicianLoad::total).thenComparing(TechnicianLoad::name))
        .toList();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public SlaSweepReport runSlaSweep() {
    return slaTimer.runNow();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public SlaJobStatus slaJobStatus() {
    JobRun run = em.find(JobRun.class, JobRun.SERVICE_SLA);
    int staleAfter = settings.slaSweepStaleMinutes();
    boolean stale = run == null || run.staleAt(clock.instant(), Duration.ofMinutes(staleAfter));
    return new SlaJobStatus(
        run == null ? null : run.lastRunAt(),
        run == null ? 0 : run.warned(),
        run == null ? 0 : run.breached(),
        stale,
        staleAfter);
  }

  SlaDeadline slaDeadline() {
    return new SlaDeadline(
        settings.serviceOpens(), settings.serviceCloses(), settings.serviceDays(), clock.getZone());
  }

  private ServiceRequestView change(ServiceRequest request, Consumer<ServiceRequest> edit) {
    Map<String, Object> before = request.auditState();
    edit.accept(request);
    em.flush();
    audit.changed(record(request), before, request.auditState());
    return view(request, clientNames(List.of(request)).get(request.id()), true);
  }

  private ServiceRequestView view(ServiceRequest request, String clientName, boolean signature) {
    return request.toView(
        clientName,
        signature,
        clock.instant(),
        settings.slaWarning(),
        settings.uncoveredFee(request.kind()));
  }

  private Coverage covering(String serial, Instant at) {
    List<Coverage> found = coverage.covering(serial, at);
    if (!found.isEmpty()) {
      return found.get(0);
    }
    return null;
  }

  /** The account; another store's is not found. */
  private BusinessAccounts.AccountRef account(long accountId) {
    BusinessAccounts.AccountRef account =
        accounts
            .find(accountId)
            .orElseThrow(() -> new RecordNotFoundException("Account", accountId));
    scope.checkVisible(account.storeId(), "Account", accountId);
    return account;
  }

  /** Request id → client name, in one query per module for a page of requests. */
  private Map<Long, String> clientNames(Collection<ServiceRequest> rows) {
    List<Long> customerIds =
        rows.stream().map(ServiceRequest::customerId).filter(Objects::nonNull).distinct().toList();
    List<Long> accountIds =
        rows.stream().map(ServiceRequest::accountId).filter(Objects::nonNull).distinct().toList();
    Map<Long, String> customerNames =
        customerIds.isEmpty() ? Map.of() : customers.names(customerIds);
    Map<Long, String> accountNames = accountIds.isEmpty() ? Map.of() : accounts.names(accountIds);
    Map<Long, String> byRequest = new HashMap<>();
    for (ServiceRequest row : rows) {
      String name =
          row.customerId() != null
              ? customerNames.get(row.customerId())
              : accountNames.get(row.accountId());
      if (name != null) {
        byRequest.put(row.id(), name);
      }
    }
    return byRequest;
  }

  private ServiceRequest load(long id) {
    ServiceRequest request = em.find(ServiceRequest.class, id);
    if (request == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    scope.checkVisible(request.storeId(), RECORD_TYPE, id);
    return request;
  }

  private static AuditedRecord record(ServiceRequest request) {
    return new AuditedRecord(RECORD_TYPE, request.id(), request.storeId());
  }
}
