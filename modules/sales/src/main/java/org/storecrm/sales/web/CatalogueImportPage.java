package org.storecrm.sales.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.CatalogueExport;
import org.storecrm.sales.CatalogueImport;
import org.storecrm.sales.ImportReport;
import org.storecrm.sales.ImportRow;
import org.storecrm.sales.RowError;

/**
 * The catalogue import: a CSV file is uploaded and checked at once (the preview: what each row will
 * do, and every fault by row and column); only a file without faults can be imported, all rows in
 * one go, while a modal progress bar blocks the page.
 */
@Named
@ViewScoped
public class CatalogueImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CatalogueImport imports;
  @Inject transient CatalogueExport export;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private byte[] content;
  private String fileName;
  private ImportReport report;
  private ImportReport result;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    fileName = file.getFileName();
    content = file.getContent();
    result = null;
    report = null;
    try {
      report = imports.check(content);
    } catch (RuntimeException e) {
      errors.show(e, "importForm", SalesMenu.BUNDLE);
    }
  }

  /** Imports the checked file; a fault found only now shows as the check's faults do. */
  public void apply() {
    if (content == null) {
      return;
    }
    try {
      result = imports.apply(content);
    } catch (RuleViolationException refused) {
      if ("sales.importInvalid".equals(refused.messageKey())) {
        report = imports.check(content);
        FacesContext.getCurrentInstance().validationFailed();
        return;
      }
      errors.show(refused, "importForm", SalesMenu.BUNDLE);
      return;
    } catch (RuntimeException e) {
      errors.show(e, "importForm", SalesMenu.BUNDLE);
      return;
    }
    report = null;
    content = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                texts.fromBundle(
                    SalesMenu.BUNDLE, "import.done", result.created(), result.updated())));
  }

  /** A fault in the screen's language. */
  public String message(RowError error) {
    return texts.fromBundle(SalesMenu.BUNDLE, error.code(), error.arguments().toArray());
  }

  /** The fields an update changes, by their labels. */
  public String changes(ImportRow row) {
    return row.changes().stream()
        .map(field -> texts.fromBundle(SalesMenu.BUNDLE, "product." + field))
        .collect(Collectors.joining(", "));
  }

  public String getColumns() {
    return texts.fromBundle(
        SalesMenu.BUNDLE,
        "import.columns",
        String.join(", ", export.columns()),
        String.join(", ", export.requiredColumns()));
  }

  public boolean isImportable() {
    return content != null
        && report != null
        && report.valid()
        && report.created() + report.updated() > 0;
  }

  public int getMaxBytes() {
    return imports.maxBytes();
  }

  public String getFileName() {
    return fileName;
  }

  public ImportReport getReport() {
    return report;
  }

  public ImportReport getResult() {
    return result;
  }
}
