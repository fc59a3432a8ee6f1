package org.storecrm.customers.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.NewSurvey;
import org.storecrm.customers.SurveyOccasion;
import org.storecrm.customers.SurveyView;
import org.storecrm.customers.Surveys;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/** Records a customer's satisfaction score ({@code ?customerId=}) and shows the scores given. */
@Named
@ViewScoped
public class SurveyForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int HISTORY = 50;

  @Inject transient CustomerDirectory customers;
  @Inject transient Surveys surveys;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private Long customerId;
  private CustomerCard customer;
  private List<SurveyView> history;
  private Integer score;
  private SurveyOccasion occasion = SurveyOccasion.POST_SALE;
  private String comment;

  public void load() {
    customer = customers.get(customerId);
    history = surveys.ofCustomer(customerId, HISTORY);
  }

  public void save() {
    SurveyView saved;
    try {
      saved = surveys.record(customerId, new NewSurvey(score, occasion, comment, null));
    } catch (RuntimeException e) {
      errors.show(e, "surveyForm", CustomersMenu.BUNDLE);
      return;
    }
    score = null;
    comment = null;
    history = surveys.ofCustomer(customerId, HISTORY);
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                texts.fromBundle(
                    CustomersMenu.BUNDLE,
                    saved.recoveryTaskId() == null ? "survey.saved" : "survey.recoveryOpened")));
  }

  public List<Integer> getScores() {
    return List.of(1, 2, 3, 4, 5);
  }

  public SurveyOccasion[] getOccasions() {
    return SurveyOccasion.values();
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public CustomerCard getCustomer() {
    return customer;
  }

  public List<SurveyView> getHistory() {
    return history;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public SurveyOccasion getOccasion() {
    return occasion;
  }

  public void setOccasion(SurveyOccasion occasion) {
    this.occasion = occasion;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
