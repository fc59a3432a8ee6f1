package org.storecrm.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.platform.LoginLock;
import org.storecrm.platform.LoginLocks;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.web.api.Texts;

/** The administrator's list of login locks, each with a button to lift it. */
@Named
@ViewScoped
public class LoginLockList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient LoginLocks locks;
  @Inject transient Texts texts;

  private List<LoginLock> current;

  public List<LoginLock> getLocks() {
    if (current == null) {
      current = locks.current();
    }
    return current;
  }

  public void lift(String id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      locks.lift(id);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("loginLocks.lifted", id), null));
    } catch (RecordNotFoundException gone) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("loginLocks.gone"), null));
    }
    current = null;
  }
}
