package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** A satisfaction survey. Page: {@code customers/survey.xhtml}. */
public final class SurveyScreen extends Screen {
  public SurveyScreen(Browser browser) {
    super(browser);
  }

  public Element comment() {
    return at("surveyForm:comment");
  }

  public Element customer() {
    return at("surveyForm:customer");
  }

  public Element occasion() {
    return at("surveyForm:occasion");
  }

  public Element save() {
    return at("surveyForm:save");
  }

  public Element score() {
    return at("surveyForm:score");
  }

  public Element surveys() {
    return at("surveys");
  }
}
